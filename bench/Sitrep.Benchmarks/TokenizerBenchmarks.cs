using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Language.Tokenization;

namespace Sitrep.Benchmarks;

/// <summary>The tokenizer and sentence splitter on a news-style article (written for this benchmark).</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    const string Paragraph =
        "KABUL (Reuters) - At least 12 people were killed and 30 wounded on Tuesday when a car bomb exploded " +
        "near a U.S.-led coalition base in eastern Afghanistan, officials said. \"We heard a huge blast at 9:15 a.m. " +
        "and then gunfire,\" said Lt. Col. J. R. Harper, a spokesman for the force. The attack, the second-largest " +
        "this year, came days after Gen. Ahmad al-Rashid's troops took control of the district's 30,000 residents " +
        "[sic]. Sen. Mary O'Neil (D., Ill.) didn't comment; her office said on Oct. 5 that 45.5% of aid had arrived… " +
        "See https://example.org/report or e-mail press@example.org, and follow @newsdesk #Afghanistan.\n\n";

    static readonly string Article = string.Concat(Enumerable.Repeat(Paragraph, 8));
    static readonly TokenizerStage Stage = new();
    static readonly TokenBuffer ArticleTokens = TokenizeArticle();

    static TokenBuffer TokenizeArticle()
    {
        var tokens = new TokenBuffer();
        Tokenizer.English.Tokenize(Article, tokens);
        return tokens;
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.English.Tokenize(Article).Length;

    [Benchmark]
    public int TokenizeIntoBuffer()
    {
        var tokens = new TokenBuffer(Article.Length / 4);
        Tokenizer.English.Tokenize(Article, tokens);
        return tokens.Count;
    }

    [Benchmark]
    public List<int> SplitSentences() => SentenceSplitter.Split(Article, ArticleTokens.Starts, ArticleTokens.Ends);

    [Benchmark]
    public Doc TokenizerStageOnArticle()
    {
        var doc = new Doc(Article);
        Stage.Process(doc);
        return doc;
    }

    [Benchmark]
    public int PreTokenize()
    {
        int chunks = 0;
        foreach (var _ in PreTokenizer.Split(Article)) chunks++;
        return chunks;
    }
}
