using System.Runtime.InteropServices;
using Sitrep.Ingest;
using Sitrep.Ingest.Readers;
using Sitrep.Language.Tokenization;
using Sitrep.Language.Clusters;

namespace Sitrep.Training.Language.Clusters;

/// <summary>
/// Unlabeled text for clustering, tokenised with Sitrep's tokenizer and kept case-sensitive: word types in
/// first-seen order, their counts, and the token stream as type ids with <see cref="Boundary"/> between documents.
/// </summary>
internal sealed class ClusterCorpus
{
    public const int Boundary = -1;

    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<string> _types = [];
    readonly List<int> _counts = [];
    readonly List<int> _stream = [];

    public IReadOnlyList<string> Types => _types;
    public IReadOnlyList<int> Counts => _counts;
    public ReadOnlySpan<int> Stream => CollectionsMarshal.AsSpan(_stream);
    public long Tokens { get; private set; }
    public int Documents { get; private set; }
    public List<string> Problems { get; } = [];

    /// <summary>Reads files, folders and archives (any format Ingest reads, plus Reuters-21578 SGML); English documents only.</summary>
    public static ClusterCorpus Read(IEnumerable<string> paths, Action<string>? progress = null)
    {
        var corpus = new ClusterCorpus();
        foreach (var path in paths)
        {
            int before = corpus.Documents;
            long tokensBefore = corpus.Tokens;
            foreach (var file in Expand(path, corpus.Problems))
            {
                if (ReutersSgml.Handles(file))
                {
                    try { foreach (var body in ReutersSgml.Bodies(file)) corpus.Add(body); }
                    catch (Exception e) when (e is IOException or InvalidDataException)
                    {
                        corpus.Problems.Add($"{file}: {e.Message}");
                    }
                    continue;
                }
                foreach (var result in DocumentSource.Read([file], new IngestOptions()))
                {
                    if (result is IngestError error) corpus.Problems.Add(error.ToString());
                    else if (result is IngestedDocument { Doc: var doc } && doc.Info.Language is null or "en") corpus.Add(doc.Text);
                }
            }
            progress?.Invoke($"{path}: {corpus.Documents - before:N0} documents, {corpus.Tokens - tokensBefore:N0} tokens");
        }
        return corpus;
    }

    /// <summary>Builds a corpus from texts already in memory (tests, small experiments).</summary>
    public static ClusterCorpus FromTexts(IEnumerable<string> documents)
    {
        var corpus = new ClusterCorpus();
        foreach (var d in documents) corpus.Add(d);
        return corpus;
    }

    static IEnumerable<string> Expand(string path, List<string> problems)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path))
        {
            problems.Add($"{path}: no such file or directory");
            return [];
        }
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !ArchiveReader.IsHousekeeping(Path.GetRelativePath(path, f)) && !IsCorpusDescription(f))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>SOURCE.md, a DTD and the like describe a corpus folder; they are not its text.</summary>
    static bool IsCorpusDescription(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".md" or ".dtd"
        || Path.GetFileName(file).StartsWith("README", StringComparison.OrdinalIgnoreCase);

    public void Add(string text)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = Tokenizer.English.Tokenize(text);
        if (tokens.Length == 0) return;
        if (_stream.Count > 0) _stream.Add(Boundary);
        foreach (var t in tokens)
        {
            var word = text.AsSpan(t.Offset, t.Length);
            if (!lookup.TryGetValue(word, out int id))
            {
                id = _types.Count;
                var s = word.ToString();
                _ids.Add(s, id);
                _types.Add(s);
                _counts.Add(0);
            }
            _counts[id]++;
            _stream.Add(id);
        }
        Tokens += tokens.Length;
        Documents++;
    }
}
