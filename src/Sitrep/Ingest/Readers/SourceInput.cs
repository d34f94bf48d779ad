namespace Sitrep.Ingest.Readers;

/// <summary>
/// Where a stream came from: the file given (or "-"), the entry/row/record inside it, and the name whose
/// extension helps choose a reader (an archive entry's name, or the file name without ".gz").
/// </summary>
internal sealed record SourceInput(string SourcePath, string? Locator, string Name)
{
    public string Location => Locator is null ? SourcePath : $"{SourcePath}:{Locator}";

    public string Extension
    {
        get
        {
            var ext = Path.GetExtension(Name).ToLowerInvariant();
            return ext.Length > 1 ? ext[1..] : "";
        }
    }

    /// <summary>A location inside this input (a row, record or item), nested after any archive entry.</summary>
    public SourceInput Within(string locator) => this with { Locator = Locator is null ? locator : $"{Locator}:{locator}" };

    public IngestError Error(string message) => new(Location, message);

    /// <summary>A short excerpt of offending input for an error line.</summary>
    public static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
