using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Time;

namespace Sitrep.Benchmarks;

/// <summary>
/// The time stage alone over an already tokenised document (tokens per second = tokens / mean).
/// The sample is our own news-like prose repeated to about 100k tokens: one paragraph dense in time
/// expressions and four with none, about one expression per 35 tokens (TimeBank has one per ~50).
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    const string Paragraph =
        "The ministry said on Tuesday that talks would resume next week, three years after the last round collapsed in March 2013. " +
        "Officials met for two hours on Oct. 20 and again on Friday night, and a spokesman said a deal could come within days. " +
        "Prices rose 4% in the third quarter from a year earlier, while imports fell in the first nine months of 2016. " +
        "Protesters march every Friday, and the rally planned for Sunday has been moved to early November. " +
        "Theresa May told the Sunday Times that the government may act soon; the 1990s were different, she said. " +
        "Fighting has continued for the past 24 hours near the border, where at least 1,500 people fled last month. ";

    const string Plain =
        "The coalition said its aircraft struck a depot used by the militants near the river crossing, and local officials " +
        "reported that the bridge to the eastern districts remained closed to civilian traffic. Aid groups warned that " +
        "supplies of water and medicine were running short in the camps, where families who fled the fighting sleep in " +
        "tents provided by the United Nations. A spokesman for the governor declined to comment on the number of casualties. ";

    static readonly Doc Sample = Build();

    static Doc Build()
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph + Plain + Plain + Plain + Plain, 190));
        var doc = new Doc(text, new DocumentInfo { Published = new PublishedDate("2016-10-23") });
        new TokenizerStage().Process(doc);
        return doc;
    }

    readonly TimeStage _stage = new();

    public static int Tokens => Sample.Count;

    [Benchmark]
    public int TimeStageDocument()
    {
        Sample.Timexes.Clear();
        _stage.Process(Sample);
        return Sample.Timexes.Count;
    }
}
