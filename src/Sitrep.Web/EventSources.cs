using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>The outlet an event was reported by, as shown and filtered: the URL's host, else the file it was read from.</summary>
static class EventSources
{
    public static string Of(StoredEvent s) =>
        Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host
            : s.SourcePath is { Length: > 0 } path ? Path.GetFileName(path.TrimEnd('/')) : "unknown";
}
