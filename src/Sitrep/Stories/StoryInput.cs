using Sitrep.Documents;

namespace Sitrep.Stories;

/// <summary>What story clustering reads of an article: its time, words, named entities, places and event types.</summary>
internal sealed record StoryInput(string DocumentId, DateTimeOffset Time, string? Title, string Text)
{
    public IReadOnlyList<string> Entities { get; init; } = [];
    /// <summary>Place keys: GeoNames ids and country codes.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> EventTypes { get; init; } = [];

    /// <summary>An analysed document as clustering input; <paramref name="fallbackTime"/> when it has no publication date.</summary>
    public static StoryInput From(Doc doc, DateTimeOffset fallbackTime) => new(doc.Info.Id, PublishedTime(doc) ?? fallbackTime, doc.Info.Title, doc.Text)
    {
        Entities = doc.Entities.Where(e => e.Type is not ("DATE" or "TIME" or "CARDINAL" or "ORDINAL" or "MONEY" or "PERCENT" or "QUANTITY"))
            .Select(e => e.Canonical.ToLowerInvariant()).Distinct().ToList(),
        Places = doc.Places.SelectMany(p => new[] { p.GeonameId?.ToString(), p.Country }).OfType<string>().Distinct().ToList(),
        EventTypes = doc.Events.Select(e => e.Type).Distinct().ToList(),
    };

    public static DateTimeOffset? PublishedTime(Doc doc) =>
        doc.Info.Published?.Value is { } v && DateTimeOffset.TryParse(v, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
