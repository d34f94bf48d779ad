using System.Globalization;
using Sitrep.Documents;
using Sitrep.Time.Normalization;

namespace Sitrep.Events.Export;

/// <summary>Values several exporters derive the same way from an event.</summary>
static class EventFields
{
    public static string Names(IEnumerable<EventParticipant> ps) => string.Join("; ", ps.Select(p => p.Text));

    /// <summary>yyyyMMdd of the first day of the event's period (a week's Monday, a quarter's first day); "" without a date.</summary>
    public static string CompactDate(EventRecord e) =>
        e.Date?.Value is { } v && TimexPeriods.FirstDay(v) is { } first ? first.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "";

    public static string IsoDate(EventRecord e)
    {
        var c = CompactDate(e);
        return c.Length == 8 ? $"{c[..4]}-{c[4..6]}-{c[6..]}" : "";
    }

    public static string? Country(EventRecord e) =>
        e.Place?.Country ?? e.Actors.Concat(e.Recipients).Select(a => a.Country).FirstOrDefault(c => c != null);

}
