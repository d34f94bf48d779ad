using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using Sitrep.Language.Clusters;
using Sitrep.Training.Language.Clusters;

namespace Sitrep.Training.Events;

/// <summary>
/// Readers for the corpora the relevance model learns from, each giving labelled texts:
/// BBC topic folders (politics relevant; business, entertainment, sport, tech not), Reuters-21578 corporate
/// stories (earn, acq: not relevant), ISOT Reuters world and politics news (relevant), IndiaPoliceEvents
/// articles and their police-action sentences (relevant) and NGEC synthetic PLOVER stories (relevant).
/// </summary>
internal static class RelevanceCorpus
{
    public static IEnumerable<RelevanceExample> Bbc(string tarGz)
    {
        using var file = File.OpenRead(tarGz);
        using var tar = new TarReader(new GZipStream(file, CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
        {
            var parts = entry.Name.Split('/');
            if (entry.DataStream is null || parts.Length < 3 || !entry.Name.EndsWith(".txt", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.DataStream, Encoding.Latin1);
            var text = reader.ReadToEnd();
            string topic = parts[^2];
            yield return new RelevanceExample($"bbc/{topic}", $"{topic}/{parts[^1]}", text, topic == "politics");
        }
    }

    /// <summary>Reuters-21578 stories whose topics are only corporate ones (earnings, acquisitions): business news, no events.</summary>
    public static IEnumerable<RelevanceExample> ReutersCorporate(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder).Where(ReutersSgml.Handles).Order(StringComparer.Ordinal))
            foreach (var (id, topics, body) in ReutersSgml.Stories(path))
                if (topics.Count > 0 && topics.All(t => t is "earn" or "acq"))
                    yield return new RelevanceExample($"reuters/{string.Join('+', topics)}", id, body, false);
    }

    public static IEnumerable<RelevanceExample> Isot(string csvGz)
    {
        int row = 0;
        foreach (var r in Rows(csvGz))
        {
            row++;
            if (r.GetValueOrDefault("subject") is not ("worldnews" or "politicsNews") || r.GetValueOrDefault("text") is not { Length: > 0 } text) continue;
            yield return new RelevanceExample($"isot/{r["subject"]}", row.ToString(), $"{r.GetValueOrDefault("title")}\n{text}", true);
            // The lead sentence reports the story's event: a relevant sentence written nothing like IndiaPoliceEvents'.
            int end = text.IndexOf(". ", StringComparison.Ordinal);
            yield return new RelevanceExample("isot/lead-sentence", row.ToString(), end > 0 ? text[..(end + 1)] : text, true, IsSentence: true);
        }
    }

    /// <summary>Whole articles (relevant) and, as sentences, those reporting a police action (ANY_ACTION).</summary>
    public static IEnumerable<RelevanceExample> IndiaPoliceEvents(string sentencesCsv)
    {
        var docs = new SortedDictionary<int, StringBuilder>();
        foreach (var r in Rows(sentencesCsv))
        {
            if (!int.TryParse(r.GetValueOrDefault("doc_id"), out int doc)) continue;
            var text = r.GetValueOrDefault("sent_text") ?? "";
            (docs.TryGetValue(doc, out var sb) ? sb : docs[doc] = new StringBuilder()).Append(text).Append(' ');
            if (r.GetValueOrDefault("ANY_ACTION") == "1")
                yield return new RelevanceExample("ipe/action-sentence", $"{doc}", text, true, IsSentence: true);
        }
        foreach (var (doc, sb) in docs) yield return new RelevanceExample("ipe/article", $"{doc}", sb.ToString(), true);
    }

    public static IEnumerable<RelevanceExample> NgecSynthetic(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.Entries.First(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        int row = 0;
        foreach (var r in Rows(stream))
        {
            row++;
            if (r.GetValueOrDefault("text") is { Length: > 0 } text)
                yield return new RelevanceExample($"ngec/{r.GetValueOrDefault("label")}", row.ToString(), $"{r.GetValueOrDefault("title")}\n{text}", true);
        }
    }

    static IEnumerable<Dictionary<string, string?>> Rows(string path)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        foreach (var row in Rows(input)) yield return row;
    }

    static IEnumerable<Dictionary<string, string?>> Rows(Stream input)
    {
        using var text = new StreamReader(input, Encoding.UTF8);
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = 1 << 24,
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var header = csv.Headers.ToArray();
        while (csv.Read())
            yield return header.ToDictionary(h => h, h => (string?)csv.GetString(h));
    }
}
