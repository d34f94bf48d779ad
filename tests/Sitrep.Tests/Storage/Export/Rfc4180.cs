using System.Text;

namespace Sitrep.Tests.Storage.Export;

/// <summary>A strict RFC 4180 reader, as a consumer would parse an export: CRLF records, quoted fields with doubled quotes.</summary>
static class Rfc4180
{
    public static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length) throw new FormatException("unterminated quoted field");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
                if (i < csv.Length && csv[i] is not (',' or '\r')) throw new FormatException($"text after a closing quote at {i}");
                continue;
            }
            switch (csv[i])
            {
                case ',':
                    row.Add(field.ToString()); field.Clear(); i++;
                    break;
                case '\r':
                    if (i + 1 >= csv.Length || csv[i + 1] != '\n') throw new FormatException($"bare CR at {i}");
                    row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i += 2;
                    break;
                case '\n':
                    throw new FormatException($"bare LF at {i} (RFC 4180 records end with CRLF)");
                case '"':
                    throw new FormatException($"quote inside an unquoted field at {i}");
                default:
                    field.Append(csv[i++]);
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }

    /// <summary>A cell a spreadsheet would run as a formula: starts with = + - @ (or tab/CR) and is not a number.</summary>
    public static bool IsFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' &&
        !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
