using System.Formats.Tar;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Language.Parsing;
using Sitrep.Language.Tagging;
using Sitrep.Language.Tokenization;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>
/// Tagging + lemmas, and parsing, over BBC news articles (../shared/news/bbc-2004-2005) tokenised once
/// in setup. Tokens per second = <see cref="Tokens"/> / mean time. Needs models/ and ../shared.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    Doc[] _docs = [];
    TaggerStage _tagger = null!;
    ParserStage _parser = null!;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new AnalyzerOptions();
        _tagger = TaggerStage.Create(options) ?? throw new InvalidOperationException("models/tagger is missing");
        _parser = ParserStage.Create(options) ?? throw new InvalidOperationException("models/parser is missing");
        var archive = Path.Combine(Path.GetDirectoryName(options.ModelsDirectory)!, "..", "shared", "news", "bbc-2004-2005", "bbc-fulltext.tar.gz");
        _docs = [.. ReadTexts(archive, 200).Select(text => new Doc(text))];
        var tokenizer = new TokenizerStage();
        foreach (var doc in _docs)
        {
            tokenizer.Process(doc);
            _tagger.Process(doc);   // the parser benchmark reads these tags
        }
        Tokens = _docs.Sum(d => d.Count);
        Console.WriteLine($"// {_docs.Length} BBC articles, {Tokens} tokens");
    }

    static IEnumerable<string> ReadTexts(string archive, int max)
    {
        using var gz = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        int n = 0;
        while (n < max && tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".txt", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.DataStream);
            n++;
            yield return reader.ReadToEnd();
        }
    }

    [Benchmark]
    public int TagAndLemmatise()
    {
        foreach (var doc in _docs) _tagger.Process(doc);
        return _docs.Length;
    }

    [Benchmark]
    public int Parse()
    {
        foreach (var doc in _docs) _parser.Process(doc);
        return _docs.Length;
    }
}
