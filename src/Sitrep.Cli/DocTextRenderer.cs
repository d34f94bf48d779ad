using System.Text;
using Sitrep.Documents;

namespace Sitrep.Cli;

/// <summary>Readable views of a document for the terminal.</summary>
internal static class DocTextRenderer
{
    public static string Summary(Doc doc) =>
        $"{doc.Info.Id}  {doc.Info.Title ?? doc.Info.SourcePath}  " +
        $"({doc.SentenceCount} sentences, {doc.Count} tokens, {doc.Entities.Count} entities, {doc.Events.Count} events)";

    /// <summary>Title, metadata, then each sentence with one line per token (a dependency view once parsed).</summary>
    public static string Full(Doc doc)
    {
        var sb = new StringBuilder();
        var i = doc.Info;
        sb.AppendLine($"# {i.Title}");
        sb.AppendLine($"id {i.Id}  source {i.SourcePath}{(i.Locator is null ? "" : ":" + i.Locator)}  published {i.Published?.Value ?? "?"}{(i.Published?.Inferred == true ? " (inferred)" : "")}");
        if (i.Byline != null) sb.AppendLine($"by {i.Byline}");
        foreach (var c in i.Captions) sb.AppendLine($"[caption] {c}");
        foreach (var d in i.Dropped) sb.AppendLine($"[dropped: {d.Reason}] {d.Text}");
        int n = 0;
        foreach (var s in doc.Sentences)
        {
            sb.AppendLine();
            sb.AppendLine($"## sentence {++n}: {s.TextString}");
            for (int t = s.StartToken; t < s.EndToken; t++)
            {
                var tok = doc[t];
                string head = tok.HeadIndex < 0 ? "ROOT" : $"{tok.HeadIndex - s.StartToken + 1}:{doc[tok.HeadIndex].TextString}";
                string ner = doc.EntityIob[t] == 0 ? "" : (doc.EntityIob[t] == 1 ? "B-" : "I-") + doc.EntityType[t];
                sb.AppendLine($"  {t - s.StartToken + 1,3} {tok.TextString,-18} {tok.Upos.Name(),-6} {tok.Lemma,-16} {tok.Deprel,-12} {head,-20} {ner}");
            }
        }
        AppendList(sb, "entities", doc.Entities.Select(e =>
            $"{e.Id} {e.Type} {e.Canonical} [{e.Country}/{e.Sector}] roles: {string.Join("; ", e.Roles)} mentions: {string.Join(" | ", e.Mentions.Select(m => m.Text))}"));
        AppendList(sb, "timexes", doc.Timexes.Select(t => $"{t.Text} → {t.Type} {t.Value}"));
        AppendList(sb, "places", doc.Places.Select(p =>
            $"{p.Text} → {p.Name ?? "?"} ({p.Country}) {p.Lat:F4},{p.Lon:F4}{(p.Approximate ? $" ≈{p.RadiusKm:F0} km from {p.Anchor}" : "")}"));
        AppendList(sb, "quotes", doc.Quotes.Select(q => $"{q.Kind} {q.SourceText ?? q.Speaker ?? "?"}: {q.Content.Slice(doc.Text)}"));
        AppendList(sb, "events", doc.Events.Select(e =>
            $"{e.Type}/{e.Mode} {e.Status} {string.Join("+", e.Actors.Select(a => a.Text))} → {string.Join("+", e.Recipients.Select(a => a.Text))} at {e.Place?.Name} on {e.Date?.Value}"));
        return sb.ToString();
    }

    static void AppendList(StringBuilder sb, string name, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        sb.AppendLine();
        sb.AppendLine($"## {name}");
        foreach (var l in list) sb.AppendLine("  " + l);
    }
}
