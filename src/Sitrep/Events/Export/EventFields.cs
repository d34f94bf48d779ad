using Sitrep.Documents;

namespace Sitrep.Events.Export;

/// <summary>Values several exporters derive the same way from an event.</summary>
static class EventFields
{
    public static string Names(IEnumerable<EventParticipant> ps) => string.Join("; ", ps.Select(p => p.Text));

    /// <summary>YYYYMMDD (missing month/day as 01); empty when the event has no date.</summary>
    public static string CompactDate(EventRecord e)
    {
        var v = e.Date?.Value;
        if (v is null || v.Length < 4 || !char.IsAsciiDigit(v[0])) return "";
        string y = v[..4];
        string m = v.Length >= 7 && char.IsAsciiDigit(v[5]) ? v[5..7] : "01";
        string d = v.Length >= 10 && char.IsAsciiDigit(v[8]) ? v[8..10] : "01";
        return y + m + d;
    }

    public static string IsoDate(EventRecord e)
    {
        var c = CompactDate(e);
        return c.Length == 8 ? $"{c[..4]}-{c[4..6]}-{c[6..]}" : "";
    }

    public static string? Country(EventRecord e) =>
        e.Place?.Country ?? e.Actors.Concat(e.Recipients).Select(a => a.Country).FirstOrDefault(c => c != null);

}
