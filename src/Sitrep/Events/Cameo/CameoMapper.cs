namespace Sitrep.Events.Cameo;

/// <summary>
/// PLOVER → CAMEO by rules (Cameo/plover_to_cameo.tsv): the first row whose type, mode, actor sector and
/// trigger lemma fit gives the code. "MIL" in the sector column stands for any state armed force.
/// </summary>
internal sealed class CameoMapper
{
    static readonly Lazy<CameoMapper> Instance = new(() => new CameoMapper(EventResources.Rows("Cameo/plover_to_cameo.tsv")));
    static readonly HashSet<string> StateForces = ["MIL", "COP", "UAF", "SPY"];

    readonly List<(string Type, string Mode, string Sector, string Lemma, string Code)> _rules;

    public CameoMapper(IEnumerable<string[]> rows) => _rules = [.. rows.Select(r => (r[0], r[1], r[2], r[3], r[4]))];

    public static CameoMapper Default => Instance.Value;

    public string? Map(string type, string? mode, string? actorSector, string? triggerLemma)
    {
        foreach (var (t, m, s, l, code) in _rules)
        {
            if (t != type) continue;
            if (m != "*" && m != mode) continue;
            if (s != "*" && !(s == "MIL" ? actorSector != null && StateForces.Contains(actorSector) : s == actorSector)) continue;
            if (l != "*" && l != triggerLemma) continue;
            return code;
        }
        return null;
    }

    /// <summary>The CAMEO root: the first two digits ("1831" → "18").</summary>
    public static string Root(string code) => code.Length >= 2 ? code[..2] : code;
}
