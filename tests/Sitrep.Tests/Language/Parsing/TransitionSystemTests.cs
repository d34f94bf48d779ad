using CsCheck;
using Sitrep.Language.Parsing;
using Sitrep.Training.Language;

namespace Sitrep.Tests.Language.Parsing;

public class TransitionSystemTests
{
    /// <summary>Follows the dynamic oracle's cheapest action from the initial state; returns the tree it builds.</summary>
    static (int[] Heads, int[] Labels) FollowOracle(int[] heads, int[] labels, int labelCount)
    {
        var state = new ParserState();
        state.Reset(heads.Length);
        var costs = new int[ArcEager.ActionCount(labelCount)];
        while (!state.IsTerminal)
        {
            Oracle.Costs(state, heads, labels, costs);
            int best = 0;
            for (int a = 1; a < costs.Length; a++) if (costs[a] < costs[best]) best = a;
            Assert.Equal(0, costs[best]);
            ArcEager.Apply(state, best);
        }
        return (state.Heads[..heads.Length], state.Labels[..heads.Length]);
    }

    static (int[] Heads, string[] Labels) RoundTrip(int[] heads, string[] labels)
    {
        var (projective, lifted) = Projectivizer.Projectivize(heads, labels);
        Assert.True(Projectivizer.IsProjective(projective));
        var names = lifted.Distinct().Order(StringComparer.Ordinal).ToArray();
        var ids = lifted.Select(l => Array.IndexOf(names, l)).ToArray();
        var (h, l) = FollowOracle(projective, ids, names.Length);
        var parsedLabels = h.Select((head, i) => head < 0 ? "root" : names[l[i]]).ToArray();
        Projectivizer.Deprojectivize(h, parsedLabels);
        return (h, parsedLabels);
    }

    [Fact]
    public void Projective_tree_round_trips_through_arc_eager()
    {
        var s = TinyTreebank.Sentences()[0];   // The cat sat on the mat .
        int[] heads = [.. s.Words.Select(w => w.Head - 1)];
        string[] labels = [.. s.Words.Select(w => w.Deprel)];
        Assert.True(Projectivizer.IsProjective(heads));
        var (h, l) = RoundTrip(heads, labels);
        Assert.Equal([1, 2, -1, 5, 5, 2, 2], h);
        Assert.Equal(labels, l);
    }

    [Fact]
    public void Non_projective_tree_is_lifted_parsed_and_restored()
    {
        var s = TinyTreebank.NonProjective;     // A hearing is scheduled on the issue today .
        int[] heads = [.. s.Words.Select(w => w.Head - 1)];
        string[] labels = [.. s.Words.Select(w => w.Deprel)];
        Assert.False(Projectivizer.IsProjective(heads));
        var (projective, lifted) = Projectivizer.Projectivize(heads, labels);
        Assert.Equal(3, projective[6]);         // issue hangs from "scheduled" while parsing
        Assert.Equal("nmod↑nsubj:pass", lifted[6]);
        var (h, l) = RoundTrip(heads, labels);
        Assert.Equal(heads, h);
        Assert.Equal(labels, l);
    }

    /// <summary>Random trees: word i hangs from an earlier-drawn word, then positions are shuffled (often non-projective).</summary>
    static readonly Gen<int[]> Trees =
        Gen.Int[2, 14].SelectMany(n => Gen.Int[0, 1000].Array[n].Select(draws =>
        {
            var order = Enumerable.Range(0, n).OrderBy(i => draws[i] * 31 % 997).ThenBy(i => i).ToArray();   // position of the i-th drawn word
            var heads = new int[n];
            heads[order[0]] = -1;
            for (int i = 1; i < n; i++) heads[order[i]] = order[draws[i] % i];
            return heads;
        }));

    [Fact]
    public void Oracle_builds_exactly_the_projectivised_tree() =>
        Trees.Sample(heads =>
        {
            var labels = heads.Select((_, i) => i % 2 == 0 ? "obj" : "nmod").ToArray();
            var (projective, lifted) = Projectivizer.Projectivize(heads, labels);
            var names = lifted.Distinct().Order(StringComparer.Ordinal).ToArray();
            var ids = lifted.Select(l => Array.IndexOf(names, l)).ToArray();
            var (h, l) = FollowOracle(projective, ids, names.Length);
            return h.SequenceEqual(projective) && Enumerable.Range(0, h.Length).All(i => h[i] < 0 || l[i] == ids[i]);
        });

    [Fact]
    public void Several_headless_words_end_as_one_root()
    {
        int[] heads = [-1, 0, -1, -1];
        string[] labels = ["?", "obj", "?", "?"];
        ArcEager.SingleRoot(heads, labels, [false, false, true, false]);
        Assert.Equal([-1, 0, 0, 0], heads);
        Assert.Equal(["root", "obj", "punct", "parataxis"], labels);
    }
}
