using Sitrep.Language.Features;

namespace Sitrep.Training.Language.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (ids are 1-based; Head 0 is the root).</summary>
internal sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}

/// <summary>A multiword token line "first-last form" (e.g. "don't" over "do" and "n't" in some treebanks).</summary>
internal sealed record ConlluRange(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}

internal sealed class ConlluSentence
{
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluRange> Ranges { get; } = [];

    public string? Text => Comment("text");
    public string? SentId => Comment("sent_id");
    public bool NewDoc => Comments.Any(c => c.StartsWith("newdoc", StringComparison.Ordinal));
    public bool NewPar => Comments.Any(c => c.StartsWith("newpar", StringComparison.Ordinal));

    /// <summary>The words joined by spaces, as the Language models read a treebank sentence.</summary>
    public SentenceText WordText() => SentenceText.FromWords(Words.Select(w => w.Form).ToList());

    public string? Comment(string key)
    {
        foreach (var c in Comments)
            if (c.StartsWith(key, StringComparison.Ordinal) && c.Length > key.Length && c.AsSpan(key.Length).TrimStart().StartsWith("="))
                return c[(c.IndexOf('=') + 1)..].Trim();
        return null;
    }

    /// <summary>Surface tokens: multiword ranges count once, as in the CoNLL 2018 shared task.</summary>
    public IEnumerable<(string Form, bool SpaceAfter)> SurfaceTokens()
    {
        int w = 0;
        var ranges = Ranges.ToDictionary(r => r.First);
        while (w < Words.Count)
        {
            var word = Words[w];
            if (ranges.TryGetValue(word.Id, out var r))
            {
                yield return (r.Form, r.SpaceAfter);
                while (w < Words.Count && Words[w].Id <= r.Last) w++;
            }
            else
            {
                yield return (word.Form, word.SpaceAfter);
                w++;
            }
        }
    }
}
