using Sitrep.Documents;
using Sitrep.Entities.Actors;

namespace Sitrep.Entities.Resolution;

/// <summary>An entity while mentions are still being gathered; frozen into an <see cref="Entity"/> at the end.</summary>
internal sealed class EntityDraft(string type, string canonical)
{
    public string Type { get; set; } = type;
    public string Canonical { get; set; } = canonical;
    public string? Country { get; set; }
    public string? Sector { get; set; }
    /// <summary>The lexicon alias set this entity belongs to (its canonical name), if any.</summary>
    public string? LexiconName { get; set; }
    public LexiconCategory? Category { get; set; }
    /// <summary>For people: the last word of the full name.</summary>
    public string? Surname { get; set; }
    /// <summary>For nominal actors ("Iraqi forces"): group word and sector.</summary>
    public string? NominalKey { get; set; }
    public List<string> Roles { get; } = [];
    /// <summary>Lexicon role classes (canonical role phrases) that descriptions may refer back by.</summary>
    public HashSet<string> RoleClasses { get; } = new(StringComparer.Ordinal);
    public List<(Mention Mention, int StartToken)> Mentions { get; } = [];
    /// <summary>Token index of the latest full-name mention (people) or latest mention (others).</summary>
    public int LastNameToken { get; set; } = -1;

    readonly Dictionary<string, int> _typeVotes = [];

    /// <summary>NER may type one name differently across mentions; the entity takes the most frequent type.</summary>
    public void Vote(string type) => _typeVotes[type] = _typeVotes.GetValueOrDefault(type) + 1;

    public void AddRole(string role, string? roleClass)
    {
        if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase)) Roles.Add(role);
        if (roleClass is not null) RoleClasses.Add(roleClass);
    }

    public void Fill(string? country, string? sector)
    {
        Country ??= country;
        Sector ??= sector;
    }

    /// <summary>The type so far: the listed or nominal type, else the most frequent NER type.</summary>
    public string CurrentType => LexiconName is null && NominalKey is null && _typeVotes.Count > 0 ? _typeVotes.MaxBy(kv => kv.Value).Key : Type;

    public Entity Freeze(string id) => new()
    {
        Id = id,
        Type = CurrentType, Canonical = Canonical, Country = Country, Sector = Sector,
        Roles = [.. Roles], Mentions = [.. Mentions.OrderBy(m => m.Mention.StartChar).Select(m => m.Mention)],
    };
}
