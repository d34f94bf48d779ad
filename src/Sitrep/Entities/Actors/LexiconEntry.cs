namespace Sitrep.Entities.Actors;

/// <summary>What a lexicon phrase names; also the NER gazetteer feature it fires.</summary>
internal enum LexiconCategory : byte
{
    Country, Demonym, ArmedGroup, Party, Ministry, InternationalOrganisation, NewsOutlet, Organisation,
    Role, Title, Description, SectorCue, LocationHead, Pronoun, City, Region,
}

/// <summary>
/// One phrase of the actor lexicon. <see cref="Canonical"/> is the first name of its alias set, so
/// aliases of one group share it; <see cref="Value"/> carries category-specific data (the description
/// target category, a pronoun's gender).
/// </summary>
internal sealed record LexiconEntry(string Phrase, string Canonical, LexiconCategory Category, string? Sector, string? Country)
{
    public string? Value { get; init; }
}
