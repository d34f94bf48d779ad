using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// The server's only door to the store: every read goes through the library's <see cref="DocumentStore"/> (its event
/// query, stored document JSON, place lookup, counts). Request threads borrow read-only connections from a pool; filtered
/// event lists are cached, since the store only changes through this gateway (ingest), which clears the cache.
/// </summary>
public sealed class StoreGateway : IDisposable
{
    readonly string _path;
    readonly ConcurrentBag<DocumentStore> _readers = [];
    readonly MemoryCache _cache;
    readonly Lock _writeLock = new();
    DocumentStore? _writer;

    public StoreGateway(string path, bool writable, long cacheEvents)
    {
        _path = path;
        // Brings the schema up to date once; every request connection after this is read-only.
        var store = DocumentStore.Open(path);
        if (writable) _writer = store;
        else store.Dispose();
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = cacheEvents });
    }

    T Read<T>(Func<DocumentStore, T> read)
    {
        var store = _readers.TryTake(out var s) ? s : DocumentStore.OpenReadOnly(_path);
        try { return read(store); }
        finally { _readers.Add(store); }
    }

    /// <summary>Every event the filter matches, in the store's order (date, document, event).</summary>
    public IReadOnlyList<StoredEvent> Events(EventFilter filter) =>
        _cache.GetOrCreate(filter.Key, entry =>
        {
            var events = Read(store => store.QueryEvents(filter.Query).ToArray());
            entry.Size = Math.Max(1, events.Length);
            return events;
        })!;

    /// <summary>The query with its place name resolved to coordinates.</summary>
    /// <exception cref="EventFilterException">No stored event has a place of that name.</exception>
    public EventQuery Resolve(EventQuery query) => Read(store => store.Resolve(query));

    public StoreStats Totals() => Read(store => store.GetStats());

    /// <summary>The stored document JSON: text and every annotation layer.</summary>
    public string? DocumentJson(string id) => Read(store => store.FindDocumentJson(id));

    /// <summary>A stored document with one of its events, by the event's stored id (document id, '-', event id).</summary>
    public (Doc Doc, EventRecord Event)? FindEvent(string id)
    {
        int dash = id.IndexOf('-');
        if (dash <= 0 || DocumentJson(id[..dash]) is not { } json) return null;
        var doc = DocJsonReader.Read(json);
        var e = doc.Events.FirstOrDefault(x => x.Id == id[(dash + 1)..]);
        return e is null ? null : (doc, e);
    }

    /// <summary>Stores an analysed document (ingest); false when the store already holds it.</summary>
    public bool Save(Doc doc)
    {
        lock (_writeLock)
        {
            var writer = _writer ?? throw new InvalidOperationException("the store was opened read-only");
            bool added = writer.Save(doc);
            writer.Flush();
            if (added) _cache.Clear();
            return added;
        }
    }

    public void Dispose()
    {
        _cache.Dispose();
        _writer?.Dispose();
        while (_readers.TryTake(out var s)) s.Dispose();
    }
}
