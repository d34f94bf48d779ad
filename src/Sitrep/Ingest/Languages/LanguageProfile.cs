namespace Sitrep.Ingest.Languages;

/// <summary>One language's most frequent character trigrams in one script, each with its rank.</summary>
sealed class LanguageProfile(string code, Script script, Dictionary<ulong, int> ranks)
{
    public string Code => code;
    public Script Script => script;

    /// <summary>Out-of-place distance: how far each of the text's ranked trigrams sits from its rank here; <paramref name="missing"/> when absent.</summary>
    public long Distance(ReadOnlySpan<ulong> ranked, int missing)
    {
        long d = 0;
        for (int r = 0; r < ranked.Length; r++)
            d += ranks.TryGetValue(ranked[r], out int m) ? Math.Abs(r - m) : missing;
        return d;
    }

    /// <summary>Rows "code &lt;TAB&gt; script &lt;TAB&gt; trigram|trigram|…", most frequent first.</summary>
    public static LanguageProfile[] Load(IEnumerable<string> lines)
    {
        var profiles = new List<LanguageProfile>();
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            if (cols.Length != 3 || !Enum.TryParse<Script>(cols[1], out var script))
                throw new InvalidDataException($"bad language profile row '{line[..Math.Min(40, line.Length)]}'");
            var ranks = new Dictionary<ulong, int>();
            foreach (var t in cols[2].Split('|'))
                if (t.Length == 3) ranks.TryAdd(Trigram.Pack(t[0], t[1], t[2]), ranks.Count);
            profiles.Add(new LanguageProfile(cols[0], script, ranks));
        }
        return [.. profiles];
    }
}

static class Trigram
{
    public static ulong Pack(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;
}
