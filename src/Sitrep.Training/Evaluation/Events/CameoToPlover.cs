namespace Sitrep.Evaluation.Events;

/// <summary>
/// The published CAMEO→PLOVER table (PLOVER's CAMEO2PLOVER file, lines "CODE: EVENT, mode, context # label"),
/// read at evaluation time to give PETRARCH gold codes a PLOVER type. The longest listed prefix of a code wins.
/// </summary>
internal sealed class CameoToPlover
{
    readonly Dictionary<string, (string Type, string? Mode)> _byCode = new(StringComparer.Ordinal);

    public static CameoToPlover? TryLoad(string path)
    {
        if (!File.Exists(path)) return null;
        var map = new CameoToPlover();
        foreach (var line in File.ReadLines(path))
        {
            int colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon <= 0) continue;
            var body = line[(colon + 1)..];
            int hash = body.IndexOf('#');
            if (hash >= 0) body = body[..hash];
            var parts = body.Split(',');
            var type = parts[0].Trim();
            if (type.Length == 0) continue;
            var mode = parts.Length > 1 && parts[1].Trim() is { Length: > 0 } m ? m : null;
            map._byCode[line[..colon].Trim()] = (type, mode);
        }
        return map;
    }

    public string? TypeOf(string cameo)
    {
        for (int n = cameo.Length; n >= 2; n--)
            if (_byCode.TryGetValue(cameo[..n], out var t)) return t.Type;
        return null;
    }
}
