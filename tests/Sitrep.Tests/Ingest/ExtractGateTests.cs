using Sitrep.Evaluation.Ingest;
using Sitrep.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

public class ExtractGateTests
{
    [SkippableFact]
    public void Extraction_benchmark_dev_f1_is_at_least_0_94()
    {
        var gold = SharedData.Require("extraction/article-extraction-benchmark-dev");
        var scores = ExtractionEvaluation.Run(gold, new IngestOptions().HtmlExtractor);
        Assert.Equal(121, scores["pages"]);
        Assert.True((double)scores["f1"]! >= 0.94, $"f1 {scores["f1"]}");
    }

    [SkippableFact]
    public void Bbc_archive_yields_2225_documents_without_errors()
    {
        var archive = SharedData.Require("news/bbc-2004-2005/bbc-fulltext.tar.gz");
        var results = DocumentSource.Read([archive], new IngestOptions()).ToList();
        Assert.Empty(results.OfType<IngestError>());
        Assert.Equal(2225, results.OfType<IngestedDocument>().Count());
    }
}
