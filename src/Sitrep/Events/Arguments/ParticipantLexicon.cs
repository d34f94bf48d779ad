namespace Sitrep.Events.Arguments;

/// <summary>Actor nouns with their PLOVER sector ("troops" → MIL) and, for documents without NER, demonyms and country names.</summary>
internal sealed class ParticipantLexicon
{
    static readonly Lazy<ParticipantLexicon> English = new(() => new ParticipantLexicon(
        EventResources.Map("English/participant_nouns.tsv", StringComparer.Ordinal),
        EventResources.Map("English/demonyms.tsv", StringComparer.Ordinal)));

    readonly Dictionary<string, string> _sectors;
    readonly Dictionary<string, string> _countries;
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countriesSpan;

    public ParticipantLexicon(Dictionary<string, string> sectorNouns, Dictionary<string, string> countryNames)
    {
        _sectors = sectorNouns;
        _countries = countryNames;
        _countriesSpan = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ParticipantLexicon Default => English.Value;

    /// <summary>The sector of a lowercase actor noun ("police" → COP), or null.</summary>
    public string? SectorOf(string lower) => _sectors.GetValueOrDefault(lower);

    /// <summary>Whether a name or demonym is known; <paramref name="iso3"/> is null for peoples without a state ("Kurdish").</summary>
    public bool TryCountry(ReadOnlySpan<char> name, out string? iso3)
    {
        if (_countriesSpan.TryGetValue(name, out var code))
        {
            iso3 = code == "-" ? null : code;
            return true;
        }
        iso3 = null;
        return false;
    }
}
