namespace Sitrep.Events.Plover;

/// <summary>The PLOVER event types with their modes, quad classes, contexts and sector codes.</summary>
internal sealed class PloverOntology
{
    static readonly Lazy<PloverOntology> Instance = new(Load);
    readonly Dictionary<string, (string Quad, bool RequiresRecipient, HashSet<string> Modes)> _types;

    PloverOntology(Dictionary<string, (string, bool, HashSet<string>)> types, HashSet<string> contexts, HashSet<string> sectors)
    {
        _types = types;
        Contexts = contexts;
        Sectors = sectors;
    }

    public static PloverOntology Default => Instance.Value;

    public IEnumerable<string> Types => _types.Keys;
    public IReadOnlySet<string> Contexts { get; }
    public IReadOnlySet<string> Sectors { get; }

    public bool IsType(string type) => _types.ContainsKey(type);

    public bool IsMode(string type, string mode) => _types.TryGetValue(type, out var t) && t.Modes.Contains(mode);

    /// <summary>verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.</summary>
    public string Quad(string type) => _types[type].Quad;

    public bool IsCooperative(string type) => Quad(type).EndsWith("cooperation", StringComparison.Ordinal);

    static PloverOntology Load()
    {
        var types = new Dictionary<string, (string, bool, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var row in EventResources.Rows("Plover/event_types.tsv"))
            types[row[0]] = (row[1], row[2] == "yes", [.. (row.Length > 3 ? row[3] : "").Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        var contexts = EventResources.Rows("Plover/contexts.txt").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var sectors = EventResources.Rows("Plover/sectors.txt").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        return new PloverOntology(types, contexts, sectors);
    }
}
