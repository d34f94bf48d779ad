using System.Formats.Tar;
using Sitrep.Pipeline;

namespace Sitrep.Ingest.Readers;

/// <summary>Streams a tar archive's regular files, each read as if it were a file of its own.</summary>
internal static class ArchiveReader
{
    static readonly HashSet<string> HousekeepingNames = new(EmbeddedData.Lines("Ingest/Readers/housekeeping-names.txt"), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options, int depth)
    {
        using var tar = new TarReader(stream, leaveOpen: true);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var inner = new SourceInput(source.SourcePath, source.Locator is null ? entry.Name : $"{source.Locator}:{entry.Name}", entry.Name);
            if (IsHousekeeping(entry.Name))
            {
                yield return new IngestSkipped(inner.Location, "not a document: archive housekeeping file");
                continue;
            }
            foreach (var result in DocumentSource.Guarded(DocumentSource.ReadStream(entry.DataStream, inner, options, depth + 1), inner))
                yield return result;
        }
    }

    /// <summary>README, LICENSE and the like, hidden files, and macOS resource forks.</summary>
    public static bool IsHousekeeping(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || path.Contains("__MACOSX/", StringComparison.Ordinal)) return true;
        return HousekeepingNames.Contains(Path.GetFileNameWithoutExtension(name));
    }
}
