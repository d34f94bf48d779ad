using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest.Cleanup;
using Sitrep.Ingest.Languages;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest;

/// <summary>Cleans a reader's raw text into a <see cref="Doc"/>: headline, captions, furniture, size cap, language, id.</summary>
internal static class DocumentBuilder
{
    public static IngestResult Build(RawDocument raw, IngestOptions options)
    {
        var text = TextCleaner.Normalise(raw.Text);
        var title = raw.Title is null ? null : TextCleaner.Normalise(raw.Title);
        if (string.IsNullOrEmpty(title)) title = null;
        if (title is null && raw.MayStartWithHeadline && TextCleaner.TrySplitHeadline(text, out var headline, out var rest))
            (title, text) = (headline, rest);
        else if (title != null && text.StartsWith(title + "\n\n", StringComparison.Ordinal))
            text = text[(title.Length + 2)..];

        var cleaned = TextCleaner.Clean(text);
        var body = cleaned.Text;
        var warnings = new List<string>(raw.Warnings);
        if (body.Length > options.MaxDocumentChars)
        {
            body = CutAtSpace(body, options.MaxDocumentChars);
            warnings.Add($"text cut to {body.Length:N0} characters (size cap {options.MaxDocumentChars:N0})");
        }
        if (body.Length == 0)
            return raw.Source.Error(cleaned.Dropped.Count > 0 || cleaned.Captions.Count > 0
                ? "no body text (only captions or page furniture)" : "no text");

        var info = new DocumentInfo
        {
            SourcePath = raw.Source.SourcePath.Length == 0 ? null : raw.Source.SourcePath,
            Locator = raw.Source.Locator,
            Url = raw.Url,
            Title = title,
            Byline = raw.Byline is null ? null : TextCleaner.Normalise(raw.Byline),
            Published = NormaliseDate(raw.Published) is { } date ? new PublishedDate(date) : null,
            Language = LanguageDetector.Detect(body) ?? raw.DeclaredLanguage,
            Captions = [.. raw.Captions.Select(TextCleaner.Normalise).Concat(cleaned.Captions).Where(c => c.Length > 0).Distinct()],
            Dropped = cleaned.Dropped,
            Warnings = warnings,
        };
        info.Id = DocumentIds.Compute(info, body);
        return new IngestedDocument(new Doc(body, info));
    }

    static string CutAtSpace(string text, int max)
    {
        int cut = text.LastIndexOfAny([' ', '\n'], max - 1, Math.Min(max, 200));
        return text[..(cut > 0 ? cut : max)].TrimEnd();
    }

    /// <summary>ISO 8601: a date alone stays a date; a timestamp keeps its offset (UTC when none is given).</summary>
    public static string? NormaliseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
            return null;
        bool hasTime = value.Contains(':');
        if (!hasTime) return dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return dto.ToString(dto.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
