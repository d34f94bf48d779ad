using System.IO.Compression;

namespace Sitrep.Training.Language.Conllu;

/// <summary>Reads CoNLL-U (optionally gzipped). Empty nodes (ids like 8.1) are skipped.</summary>
internal static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var decoded = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decoded);
        foreach (var s in Read(reader, path)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "conllu")
    {
        var sentence = new ConlluSentence();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (sentence.Words.Count > 0) yield return sentence;
                sentence = new ConlluSentence();
                continue;
            }
            if (line[0] == '#')
            {
                sentence.Comments.Add(line[1..].Trim());
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new FormatException($"{name}:{lineNo}: expected 10 tab-separated fields, found {f.Length}");
            if (f[0].Contains('.')) continue;
            int dash = f[0].IndexOf('-');
            if (dash > 0)
            {
                sentence.Ranges.Add(new ConlluRange(int.Parse(f[0][..dash]), int.Parse(f[0][(dash + 1)..]), f[1], f[9]));
                continue;
            }
            sentence.Words.Add(new ConlluWord(int.Parse(f[0]), f[1], f[2], f[3], f[4], f[5],
                f[6] == "_" ? -1 : int.Parse(f[6]), f[7], f[8], f[9]));
        }
        if (sentence.Words.Count > 0) yield return sentence;
    }
}
