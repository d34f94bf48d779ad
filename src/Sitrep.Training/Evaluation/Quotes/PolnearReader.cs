using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Documents;
using Sitrep.Learning;

namespace Sitrep.Evaluation.Quotes;

/// <summary>Result of reading a PolNeAR split: the documents, or one line saying what is wrong.</summary>
internal sealed record PolnearReadResult(IReadOnlyList<AttributionDocument> Documents, string? Error)
{
    public bool Success => Error is null;
}

/// <summary>
/// Reads PolNeAR's brat layout (<c>data/&lt;split&gt;/text/*.txt</c>, <c>data/&lt;split&gt;/attributions/*_&lt;annotator&gt;.ann</c>)
/// from a folder or a .tar.gz. Articles with several annotators are read with the first annotation
/// file in ordinal file-name order, so every article counts once.
/// Two parts of <c>train</c> are splits of their own: <see cref="HeldOut"/> (one article in ten, chosen by a
/// hash of its name, never trained or tuned on) and <see cref="Fit"/> (the rest, what the tagger learns from).
/// </summary>
internal static class PolnearReader
{
    public const string HeldOut = "train-heldout", Fit = "train-fit";

    public static PolnearReadResult Read(string path, string split)
    {
        if (split is HeldOut or Fit)
        {
            var train = Read(path, "train");
            if (!train.Success) return train;
            bool wanted = split == HeldOut;
            return new PolnearReadResult([.. train.Documents.Where(d => IsHeldOut(d.Name) == wanted)], null);
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var anns = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var textDir = $"data/{split}/text/";
        var annDir = $"data/{split}/attributions/";
        void Add(string name, Func<string> read)
        {
            name = name.Replace('\\', '/');
            int t = name.IndexOf(textDir, StringComparison.Ordinal), a = name.IndexOf(annDir, StringComparison.Ordinal);
            if (t >= 0 && name.EndsWith(".txt", StringComparison.Ordinal)) texts[name[(t + textDir.Length)..^4]] = read();
            else if (a >= 0 && name.EndsWith(".ann", StringComparison.Ordinal)) anns[name[(a + annDir.Length)..^4]] = read();
        }
        try
        {
            if (Directory.Exists(path))
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                    Add(Path.GetRelativePath(path, f), () => File.ReadAllText(f, Encoding.UTF8));
            else
            {
                using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var tar = new TarReader(gz);
                while (tar.GetNextEntry() is { } entry)
                {
                    if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                    Add(entry.Name, () => new StreamReader(entry.DataStream, Encoding.UTF8).ReadToEnd());
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new PolnearReadResult([], $"{path}: cannot read PolNeAR data ({e.Message})");
        }
        var docs = new List<AttributionDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (annName, ann) in anns)
        {
            int cut = annName.LastIndexOf('_');
            var article = cut > 0 ? annName[..cut] : annName;
            if (!texts.TryGetValue(article, out var text) || !seen.Add(article)) continue;
            docs.Add(new AttributionDocument(article, text, ParseAnn(ann)));
        }
        if (docs.Count == 0)
            return new PolnearReadResult([], $"{path}: no articles under {textDir} with annotations under {annDir}");
        return new PolnearReadResult(docs, null);
    }

    /// <summary>True for the tenth of PolNeAR's train articles kept out of training and tuning (stable across runs and machines).</summary>
    public static bool IsHeldOut(string article) => Fnv1a.Of(article) % 10 == 3;

    /// <summary>Brat standoff: T lines hold labelled spans, E lines tie Source, Cue and Content into one attribution.</summary>
    public static List<GoldAttribution> ParseAnn(string ann)
    {
        var spans = new Dictionary<string, CharSpan[]>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in ann.Split('\n'))
        {
            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[0].Length < 2) continue;
            if (cols[0][0] == 'T' && char.IsDigit(cols[0][1]))
            {
                int space = cols[1].IndexOf(' ');
                if (space < 0) continue;
                var fragments = cols[1][(space + 1)..].Split(';')
                    .Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
                    .Select(p => new CharSpan(int.Parse(p[0]), int.Parse(p[1]))).ToArray();
                if (fragments.Length > 0) spans[cols[0]] = fragments;
            }
            else if (cols[0][0] == 'E' && char.IsDigit(cols[0][1])) events.Add(cols[1]);
        }
        var result = new List<GoldAttribution>();
        foreach (var e in events)
        {
            CharSpan[]? content = null, cue = null, source = null;
            foreach (var arg in e.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = arg.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var s)) continue;
                switch (arg[..colon])
                {
                    case "Content": content = s; break;
                    case "Cue": cue = s; break;
                    case "Source": source = s; break;
                }
            }
            if (content is not null) result.Add(new GoldAttribution(content, cue, source));
        }
        return result;
    }
}
