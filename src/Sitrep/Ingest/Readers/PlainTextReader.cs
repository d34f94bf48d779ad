namespace Sitrep.Ingest.Readers;

/// <summary>One plain-text document per file; its first line is the headline when it looks like one.</summary>
internal static class PlainTextReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        var decoded = TextDecoding.Read(stream, options.MaxDocumentChars);
        var raw = new RawDocument(source, decoded.Text)
        {
            MayStartWithHeadline = true,
            Warnings = [.. decoded.Warnings(options.MaxDocumentChars)],
        };
        yield return DocumentBuilder.Build(raw, options);
    }
}
