using Sitrep.Language.Clusters;
using static Sitrep.Tests.Language.Clusters.ClusterTestCorpus;
using Sitrep.Training.Language.Clusters;

namespace Sitrep.Tests.Language.Clusters;

public sealed class WordClustersTests : TempFolderTest
{
    string TrainToFolder(string name, int clusters = 5)
    {
        var text = Path.Combine(Dir, "corpus.txt");
        if (!File.Exists(text)) File.WriteAllText(text, string.Join("\n\n", Texts()));
        var result = ClusterTraining.Run(new ClusterTrainingRequest
        {
            Train = [text], OutDirectory = Path.Combine(Dir, name), Clusters = clusters, MinCount = 3,
        });
        Assert.Null(result.Error);
        return result.ModelPath!;
    }

    [Fact]
    public void Training_twice_gives_identical_model_files()
    {
        var a = TrainToFolder("a");
        var b = TrainToFolder("b");
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.True(File.Exists(Path.Combine(Dir, "a", Sitrep.Learning.ModelCard.FileName)));
    }

    [Fact]
    public void Words_of_one_distributional_class_share_longer_prefixes_than_words_of_different_classes()
    {
        var clusters = WordClusters.Load(TrainToFolder("m"));
        var classes = Classes.ToArray();
        foreach (var own in classes)
            foreach (var other in classes.Where(c => c != own))
            {
                int within = (from x in own from y in own where x != y select CommonPrefix(clusters.PathOf(x)!, clusters.PathOf(y)!)).Min();
                int across = (from x in own from y in other select CommonPrefix(clusters.PathOf(x)!, clusters.PathOf(y)!)).Max();
                Assert.True(within > across, $"{own[0]}'s class shares {within} bits inside, {across} with {other[0]}'s class");
            }
    }

    [Fact]
    public void Maintained_merge_losses_equal_the_AMI_lost_by_merging()
    {
        var corpus = ClusterCorpus.FromTexts(Texts(documents: 6));
        var bigrams = BigramCounts.From(corpus, minCount: 1);
        Assert.True(bigrams.Vocabulary > 10);
        Assert.True(BrownClusterer.LargestLossError(bigrams, clusters: 6) < 1e-9);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(12)]
    public void Maintained_merge_losses_equal_the_AMI_lost_by_merging_on_skewed_text(int clusters)
    {
        var bigrams = BigramCounts.From(ClusterCorpus.FromTexts(ZipfTexts(documents: 5, words: 400)), minCount: 1);
        Assert.True(bigrams.Vocabulary > 25);
        Assert.True(BrownClusterer.LargestLossError(bigrams, clusters) < 1e-9);
    }

    [Fact]
    public void Truncated_or_corrupted_file_gives_one_line_naming_it()
    {
        var path = TrainToFolder("t");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var truncated = Assert.Throws<InvalidDataException>(() => WordClusters.Load(path));
        Assert.Contains(path, truncated.Message);
        Assert.DoesNotContain('\n', truncated.Message);

        for (int i = bytes.Length - 30; i < bytes.Length - 10; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var corrupt = Assert.Throws<InvalidDataException>(() => WordClusters.Load(path));
        Assert.Matches($"^model file {System.Text.RegularExpressions.Regex.Escape(path)} is (corrupt|truncated)", corrupt.Message);
        Assert.DoesNotContain('\n', corrupt.Message);
    }

    [Fact]
    public void PathOf_falls_back_to_lowercase_and_is_null_for_unknown_words()
    {
        var corpus = ClusterCorpus.FromTexts([.. Texts(), "Zanzibar Zanzibar and zanzibar"]);
        var clusters = ClusterTraining.Train(corpus, clusters: 5, minCount: 3);
        Assert.NotNull(clusters.PathOf("in"));
        Assert.Equal(clusters.PathOf("in"), clusters.PathOf("IN"));
        Assert.Equal(clusters.PathOf("Paris"), clusters.PathOf("PARIS"));
        Assert.Equal(clusters.PathOf("Paris"), clusters.PathOf("paris"));
        Assert.Null(clusters.PathOf("Zanzibar"));
        Assert.Null(clusters.PathOf("Atlantis"));
        Assert.Null(clusters.PathOf(""));
        Assert.Equal(17, clusters.Words);
    }
}
