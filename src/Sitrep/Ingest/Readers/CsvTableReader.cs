using CsvHelper;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// One document per CSV/TSV record (header row required; separator detected). A malformed record (bad quoting,
/// wrong field count) is skipped as one error naming its line; the rest of the file is read.
/// </summary>
internal static class CsvTableReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, SourceInput source, IngestOptions options)
    {
        using var text = TextDecoding.OpenReader(stream, out var invalid);
        var malformed = new Queue<CsvMalformedRecord>();
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            TrackLineNumbers = true,
            MaxRecordSize = Math.Max(1 << 20, options.MaxDocumentChars * 4),
        };
        if (source.Extension == "tsv") csvOptions = csvOptions with { Separator = '\t' };
        using var csv = CsvReader.Create(text, csvOptions, leaveOpen: true);
        var header = csv.Headers;
        if (header.Count == 0)
        {
            yield return source.Error("no header row");
            yield break;
        }
        if (ColumnMap.Resolve(header, options) is not { } columns)
        {
            yield return source.Error(ColumnMap.Missing(header, options));
            yield break;
        }
        while (true)
        {
            int invalidBefore = invalid.Count;
            bool more = csv.Read();
            while (malformed.TryDequeue(out var bad))
                yield return source.Within($"line {bad.LineNumber}").Error($"malformed CSV record ({Describe(bad.Reason)}), skipped");
            if (!more) yield break;
            yield return DocumentBuilder.Build(new RawDocument(source.Within($"line {csv.LineNumber}"), csv.GetString(columns.Text) ?? "")
            {
                Title = columns.Title is null ? null : csv.GetString(columns.Title),
                Published = columns.Date is null ? null : csv.GetString(columns.Date),
                Url = columns.Url is null ? null : csv.GetString(columns.Url),
                Warnings = invalid.Count > invalidBefore ? [DecodedText.InvalidUtf8(invalid.Count - invalidBefore)] : [],
            }, options);
        }
    }

    static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "stray quote in an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "quoted field never closed",
        CsvMalformedReason.LineBreakInQuotes => "line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "field count differs from the header",
        _ => reason.ToString(),
    };
}
