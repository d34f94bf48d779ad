using Sitrep.Documents;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest;

/// <summary>
/// Turns paths (files, folders, .gz and .tar.gz archives, "-" for stdin) into documents. The reader is chosen
/// by content and extension; every problem becomes one <see cref="IngestError"/> naming the file (and row,
/// record or entry) and the batch goes on. Inputs are streamed: nothing reads a whole large file at once.
/// </summary>
public static class DocumentSource
{
    const int MaxNesting = 4;

    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions options)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var stdin = new SourceInput("-", null, "-");
                foreach (var r in Guarded(ReadStream(Console.OpenStandardInput(), stdin, options, 0), stdin)) yield return r;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    if (ArchiveReader.IsHousekeeping(Path.GetRelativePath(path, file)))
                        yield return new IngestSkipped(file, "not a document: corpus housekeeping file");
                    else
                        foreach (var r in ReadFile(file, options)) yield return r;
                }
            }
            else if (File.Exists(path))
                foreach (var r in ReadFile(path, options)) yield return r;
            else
                yield return new IngestError(path, "no such file or directory");
        }
    }

    /// <summary>
    /// One text handed over directly (library use): cleaned as the plain-text reader cleans a file (a first line
    /// that reads as a headline becomes the title when <paramref name="info"/> gives none), with the caller's metadata
    /// and a computed id.
    /// </summary>
    public static IngestResult FromText(string text, DocumentInfo? info = null)
    {
        var source = new SourceInput(info?.SourcePath ?? "", info?.Locator, "text.txt");
        var raw = new RawDocument(source, text)
        {
            Url = info?.Url,
            Title = info?.Title,
            Byline = info?.Byline,
            Published = info?.Published?.Value,
            DeclaredLanguage = info?.Language,
            Captions = info is null ? [] : [.. info.Captions],
            MayStartWithHeadline = info?.Title is null,
        };
        return DocumentBuilder.Build(raw, new IngestOptions());
    }

    /// <summary>Every file below a folder, in ordinal path order so runs are reproducible.</summary>
    static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        }).Order(StringComparer.Ordinal);

    static IEnumerable<IngestResult> ReadFile(string path, IngestOptions options)
    {
        var source = new SourceInput(path, null, path);
        Stream stream;
        try { stream = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [source.Error($"cannot open: {e.Message}")];
        }
        return Guarded(ReadStream(stream, source, options, 0), source, stream);
    }

    /// <summary>Lazy, so that damage found while sniffing surfaces inside <see cref="Guarded"/>.</summary>
    internal static IEnumerable<IngestResult> ReadStream(Stream stream, SourceInput source, IngestOptions options, int depth)
    {
        foreach (var result in Dispatch(stream, source, options, depth)) yield return result;
    }

    static IEnumerable<IngestResult> Dispatch(Stream stream, SourceInput source, IngestOptions options, int depth)
    {
        var peek = new PeekableStream(stream);
        var kind = Sniffer.Detect(peek.Head, source.Extension);
        switch (kind)
        {
            case SourceKind.Empty:
                return [source.Error("empty file")];
            case SourceKind.Binary:
                return [source.Error("binary file, not text (no reader for it)")];
            case SourceKind.Gzip or SourceKind.Tar when depth >= MaxNesting:
                return [source.Error("archives nested too deeply")];
            case SourceKind.Gzip:
                return Gunzip(peek, source, options, depth);
            case SourceKind.Tar:
                return ArchiveReader.Read(peek, source, options, depth);
            case SourceKind.Html:
                return HtmlReader.Read(peek, source, options, peek.Head);
            case SourceKind.Feed:
                return FeedReader.Read(peek, source, options);
            case SourceKind.Jsonl:
                return JsonlReader.Read(peek, source, options);
            case SourceKind.Csv:
                return CsvTableReader.Read(peek, source, options);
            case SourceKind.Warc:
                return WarcReader.Read(peek, source, options);
            default:
                return PlainTextReader.Read(peek, source, options);
        }
    }

    static IEnumerable<IngestResult> Gunzip(Stream compressed, SourceInput source, IngestOptions options, int depth)
    {
        var gzip = new CheckedGzipStream(compressed);
        var name = source.Name;
        if (name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)) name = name[..^4] + ".tar";
        else if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        var inner = source with { Name = name };
        var peek = new PeekableStream(gzip);
        // WARC.gz holds one gzip member per record: the single-member length check does not apply.
        if (Sniffer.Detect(peek.Head, inner.Extension) == SourceKind.Warc) gzip.VerifyLength = false;
        return ReadStream(peek, inner, options, depth + 1);
    }

    /// <summary>
    /// Runs a reader, turning any exception (truncated archive, I/O error, a parser's surprise) into one error line for
    /// <paramref name="source"/>; results already yielded stand. Disposes <paramref name="owned"/> at the end.
    /// </summary>
    internal static IEnumerable<IngestResult> Guarded(IEnumerable<IngestResult> results, SourceInput source, IDisposable? owned = null)
    {
        using var _ = owned;
        using var e = results.GetEnumerator();
        while (true)
        {
            IngestResult? current = null;
            IngestError? failure = null;
            try
            {
                if (!e.MoveNext()) yield break;
                current = e.Current;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure = source.Error(Describe(ex));
            }
            if (failure != null)
            {
                yield return failure;
                yield break;
            }
            yield return current!;
        }
    }

    static string Describe(Exception e) => e switch
    {
        EndOfStreamException => "unexpected end of data (truncated file?)",
        InvalidDataException => e.Message.Contains("gzip", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("tar", StringComparison.OrdinalIgnoreCase)
            ? e.Message : $"corrupt data: {e.Message}",
        IOException or UnauthorizedAccessException or FormatException => e.Message,
        _ => $"unreadable ({e.GetType().Name}: {e.Message})",
    };
}
