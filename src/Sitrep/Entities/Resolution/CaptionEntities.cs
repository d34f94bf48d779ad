using Sitrep.Documents;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Joins the entities of an image caption, resolved as a document of its own, to the document's:
/// a caption entity with the canonical name and type of a document entity adds its mentions there
/// ("the Islamic State (IS) group" in a caption gives the text's Islamic State the mention IS);
/// others become new entities. Caption mentions carry the caption index, their offsets point into it.
/// </summary>
internal static class CaptionEntities
{
    /// <returns>Caption entity id → document entity id, for caption events that name them.</returns>
    public static Dictionary<string, string> Merge(Doc doc, Doc caption, int captionIndex)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ce in caption.Entities)
        {
            var mentions = ce.Mentions.Select(m => m with { CaptionIndex = captionIndex });
            var target = doc.Entities.FirstOrDefault(e => e.Type == ce.Type && string.Equals(e.Canonical, ce.Canonical, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                target = new Entity
                {
                    Id = $"C{captionIndex + 1}-{ce.Id}", Type = ce.Type, Canonical = ce.Canonical,
                    Country = ce.Country, Sector = ce.Sector, Confidence = ce.Confidence,
                };
                doc.Entities.Add(target);
            }
            else
            {
                target.Country ??= ce.Country;
                target.Sector ??= ce.Sector;
            }
            foreach (var role in ce.Roles)
                if (!target.Roles.Contains(role)) target.Roles.Add(role);
            target.Mentions.AddRange(mentions);
            ids[ce.Id] = target.Id;
        }
        return ids;
    }

    /// <summary>Points the participants of a caption event at the document's entity ids.</summary>
    public static void Remap(EventRecord e, IReadOnlyDictionary<string, string> ids)
    {
        static void Apply(List<EventParticipant> list, IReadOnlyDictionary<string, string> ids)
        {
            for (int i = 0; i < list.Count; i++)
                if (list[i].Entity is { } id && ids.TryGetValue(id, out var mapped)) list[i] = list[i] with { Entity = mapped };
        }
        Apply(e.Actors, ids);
        Apply(e.Recipients, ids);
    }
}
