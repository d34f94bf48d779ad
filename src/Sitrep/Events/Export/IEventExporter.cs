using Sitrep.Storage;

namespace Sitrep.Events.Export;

/// <summary>Writes stored events in one output format. Returns how many events it wrote (a format may skip some, e.g. ACLED has no verbal events).</summary>
public interface IEventExporter
{
    string Format { get; }
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
}
