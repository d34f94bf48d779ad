using System.Globalization;
using CsvHelper;

namespace Sitrep.Storage.Export;

/// <summary>
/// RFC 4180 CSV (comma, CRLF, quotes doubled) whose text cells never start a spreadsheet formula: a text cell
/// beginning with = + - @ or a tab gets a leading apostrophe, as OWASP advises. Numbers are written as they are.
/// </summary>
sealed class SpreadsheetCsv : IDisposable
{
    readonly CsvWriter _csv;

    public SpreadsheetCsv(Stream output) => _csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);

    public void Row(IEnumerable<object?> cells)
    {
        foreach (var cell in cells) _csv.WriteField((object)Safe(cell));
        _csv.EndRecord();
    }

    public static string Safe(object? cell)
    {
        var s = Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
        if (s.Length == 0 || s[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return s;
        return cell is double or int or long or float or decimal ? s : "'" + s;
    }

    public void Dispose() => _csv.Dispose();
}
