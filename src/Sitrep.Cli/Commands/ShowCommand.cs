using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show ID|PATH</c>: one document, annotated and readable.</summary>
internal static class ShowCommand
{
    public static readonly Argument<string> Target = new("ID|PATH") { Description = "A stored document id (or prefix), or a file to analyse" };
    public static readonly Option<string> Db = CommonOptions.Db();
    public static readonly Option<string> Format = CommonOptions.Format("text", "text", "json");

    public static Command GetCommand()
    {
        var cmd = new Command("show", "Show one document, annotated");
        cmd.Arguments.Add(Target);
        cmd.Options.Add(Db);
        cmd.Options.Add(Format);
        cmd.SetAction(p => Execute(p.GetValue(Target)!, p.GetValue(Db)!, p.GetValue(Format)!));
        return cmd;
    }

    public static int Execute(string target, string db, string format)
    {
        if (File.Exists(target) || Directory.Exists(target) || target == "-")
        {
            var analyzer = Analyzer.Load(CliSettings.Options());
            foreach (var r in DocumentSource.Read([target], new IngestOptions()))
            {
                if (r is IngestError e) { Console.Error.WriteLine(e.ToString()); return ExitCodes.SomeInputsFailed; }
                if (r is not IngestedDocument { Doc: var doc }) continue;
                if (analyzer.TryAnalyze(doc) is { } f) { Console.Error.WriteLine($"{target}: {f.Message}"); return ExitCodes.SomeInputsFailed; }
                Console.Out.WriteLine(format == "json" ? DocJsonWriter.ToJson(doc, indented: true) : DocTextRenderer.Full(doc));
                return ExitCodes.Ok;
            }
            Console.Error.WriteLine($"{target}: no document found");
            return ExitCodes.SomeInputsFailed;
        }
        if (!File.Exists(db)) return CommonOptions.Fail($"sitrep show: '{target}' is not a file, and there is no database {db}");
        using var store = DocumentStore.OpenReadOnly(db);
        var json = store.FindDocumentJson(target);
        if (json is null) return CommonOptions.Fail($"sitrep show: no single document with id '{target}' in {db}");
        Console.Out.WriteLine(format == "json" ? json : DocTextRenderer.Full(DocJsonReader.Read(json)));
        return ExitCodes.Ok;
    }
}
