namespace Sitrep.Ingest.Readers;

/// <summary>Which columns (JSONL keys or CSV headers) hold the text, title, date and URL.</summary>
internal sealed record ColumnMap(string Text, string? Title, string? Date, string? Url)
{
    static readonly string[] TextDefaults = ["text", "body", "content"];
    static readonly string[] TitleDefaults = ["title", "headline"];
    static readonly string[] DateDefaults = ["date", "published", "publish_date", "published_at", "pubdate"];
    static readonly string[] UrlDefaults = ["url", "link"];

    /// <summary>Matches the options' names (or the defaults) against the available names, ignoring case.</summary>
    public static ColumnMap? Resolve(IReadOnlyCollection<string> available, IngestOptions options)
    {
        string? Pick(string? chosen, string[] defaults)
        {
            foreach (var name in chosen is null ? defaults : [chosen])
                foreach (var a in available)
                    if (string.Equals(a.Trim(), name, StringComparison.OrdinalIgnoreCase)) return a;
            return null;
        }
        var text = Pick(options.TextColumn, TextDefaults);
        return text is null ? null : new ColumnMap(text, Pick(options.TitleColumn, TitleDefaults), Pick(options.DateColumn, DateDefaults), Pick(options.UrlColumn, UrlDefaults));
    }

    public static string Missing(IEnumerable<string> available, IngestOptions options) =>
        $"no text column (looked for {string.Join(", ", options.TextColumn is null ? TextDefaults : [options.TextColumn])}; " +
        $"found {string.Join(", ", available.Take(12))}); name it with --text-column";
}
