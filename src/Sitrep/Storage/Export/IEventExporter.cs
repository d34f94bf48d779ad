namespace Sitrep.Storage.Export;

/// <summary>Writes stored events in one output format. Returns how many events it wrote.</summary>
public interface IEventExporter
{
    string Format { get; }

    /// <summary>The statuses exported when the user names none; null exports every status.</summary>
    IReadOnlyList<string>? DefaultStatuses => null;

    /// <summary>Whether the format has a row for the event (ACLED has none for statements); the query filters with it before offset and limit.</summary>
    bool Includes(Documents.EventRecord e) => true;

    int Write(Stream output, IEnumerable<StoredEvent> events);
}

public static class EventExporters
{
    public static readonly IReadOnlyList<IEventExporter> All =
    [
        new TableExporter(), new CsvExporter(), new JsonlExporter(), new GeoJsonExporter(),
        new PloverExporter(), new GdeltExporter(), new AcledExporter(),
    ];

    public static IEventExporter Find(string format) =>
        All.FirstOrDefault(e => e.Format == format) ?? throw new ArgumentException($"unknown event format '{format}'");

    public static string[] Formats => [.. All.Select(e => e.Format)];

    /// <summary>Events that happened: the default of the data-set formats (GDELT, ACLED), whose users read every row as a fact.</summary>
    public static readonly IReadOnlyList<string> Factual = [Documents.EventStatus.Occurred, Documents.EventStatus.Ongoing];

    /// <summary>Runs <paramref name="query"/> for <paramref name="exporter"/> (its default statuses unless the query names some) and writes the result.</summary>
    public static int Export(this IEventExporter exporter, DocumentStore store, EventQuery query, Stream output)
    {
        if (query.Statuses is null && exporter.DefaultStatuses is { } statuses) query = query with { Statuses = statuses };
        return exporter.Write(output, store.QueryEvents(query, exporter.Includes));
    }
}
