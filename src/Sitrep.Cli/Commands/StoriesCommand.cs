using System.CommandLine;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stories</c>: story clusters of stored documents, largest first.</summary>
internal static class StoriesCommand
{
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("text", "text", "jsonl");
    public static readonly Option<int> Limit = new("--limit") { Description = "At most this many stories", DefaultValueFactory = _ => 50 };

    public static Command GetCommand()
    {
        var cmd = new Command("stories", "Story clusters of stored documents: title, time span, documents and outlets");
        foreach (var o in new Option[] { Db, Format, Limit }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            using var store = DocumentStore.OpenReadOnly(p.GetValue(Db)!);
            var stories = store.Stories(p.GetValue(Limit));
            foreach (var s in stories)
                Console.Out.WriteLine(p.GetValue(Format) == "text"
                    ? $"{s.Id[..Math.Min(12, s.Id.Length)]}  {s.Documents,4} docs {s.Outlets,3} outlets  {s.FirstSeen[..10]} .. {s.LastSeen[..10]}  {s.Title}"
                    : JsonSerializer.Serialize(new { id = s.Id, title = s.Title, first_seen = s.FirstSeen, last_seen = s.LastSeen, documents = s.Documents, outlets = s.Outlets }));
            Console.Error.WriteLine($"sitrep: {stories.Count:N0} stories");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
