namespace Sitrep.Training.Entities.Corpora;

/// <summary>
/// CrossNER's fine-grained types onto CoNLL's four (the mapping of ../shared/corpora/crossner/SOURCE.md):
/// people, organisations, places and "misc" names (works, events, awards, products) are kept; genres,
/// disciplines, chemicals, algorithms and the like are not names in the CoNLL sense and are dropped.
/// </summary>
internal static class CrossNerTypes
{
    static readonly Dictionary<string, string> Coarse = new(StringComparer.Ordinal)
    {
        ["person"] = "PER", ["politician"] = "PER", ["scientist"] = "PER", ["musicalartist"] = "PER", ["writer"] = "PER", ["researcher"] = "PER",
        ["organisation"] = "ORG", ["politicalparty"] = "ORG", ["university"] = "ORG", ["band"] = "ORG", ["magazine"] = "ORG", ["academicjournal"] = "ORG",
        ["location"] = "LOC", ["country"] = "LOC",
        ["misc"] = "MISC", ["event"] = "MISC", ["election"] = "MISC", ["award"] = "MISC", ["album"] = "MISC", ["song"] = "MISC",
        ["book"] = "MISC", ["poem"] = "MISC", ["product"] = "MISC", ["conference"] = "MISC", ["programlang"] = "MISC",
    };

    /// <summary>Labels only CrossNER uses (WNUT-17 shares "person" and "location"), for format detection.</summary>
    public static readonly string[] Distinctive = ["politician", "politicalparty", "organisation", "country", "misc", "scientist", "musicalartist", "writer", "researcher"];

    public static string? Map(string label) => Coarse.GetValueOrDefault(label);
}
