using System.Text;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary>
/// The trafilatura evaluation metric: after white-space normalisation, a "with" segment found in the
/// output is a true positive (else a false negative), a "without" segment found is a false positive
/// (else a true negative); counts are summed over pages.
/// </summary>
internal sealed class SegmentPresence
{
    int _tp, _fp, _fn, _tn;

    public int Pages { get; private set; }
    public double Precision => _tp + _fp == 0 ? 0 : (double)_tp / (_tp + _fp);
    public double Recall => _tp + _fn == 0 ? 0 : (double)_tp / (_tp + _fn);
    public double F1 => 2 * _tp + _fp + _fn == 0 ? 0 : 2.0 * _tp / (2 * _tp + _fp + _fn);
    public double Accuracy => _tp + _fp + _fn + _tn == 0 ? 0 : (double)(_tp + _tn) / (_tp + _fp + _fn + _tn);

    public void Add(SegmentPage page, string extracted)
    {
        Pages++;
        var text = Normalize(extracted);
        foreach (var s in page.With)
            if (Contains(text, s)) _tp++; else _fn++;
        foreach (var s in page.Without)
            if (Contains(text, s)) _fp++; else _tn++;
    }

    static bool Contains(string text, string segment) => text.Length > 0 && text.Contains(Normalize(segment), StringComparison.Ordinal);

    /// <summary>Runs of white space become one space; ends are trimmed.</summary>
    internal static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
