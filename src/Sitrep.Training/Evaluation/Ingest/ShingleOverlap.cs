using System.Text.RegularExpressions;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation.Ingest;

/// <summary>
/// Per-page word 4-gram ("shingle") overlap between gold and extracted text, averaged over pages:
/// precision over pages with non-empty output, recall over all pages, F1 of the two averages.
/// </summary>
internal sealed partial class ShingleOverlap
{
    const int ShingleSize = 4;
    double _precisionSum, _recallSum;
    int _precisionPages, _pages, _exact;

    public int Pages => _pages;
    public double Precision => _precisionPages == 0 ? 0 : _precisionSum / _precisionPages;
    public double Recall => _pages == 0 ? 0 : _recallSum / _pages;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Share of pages whose word sequence equals the gold one.</summary>
    public double Accuracy => _pages == 0 ? 0 : (double)_exact / _pages;

    public (double Precision, double Recall) Add(string gold, string predicted)
    {
        var goldWords = Words(gold);
        var predictedWords = Words(predicted);
        var goldShingles = Shingles(goldWords);
        var predictedShingles = Shingles(predictedWords);
        int tp = 0, fp = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            int inGold = goldShingles.GetValueOrDefault(shingle);
            tp += Math.Min(count, inGold);
            fp += Math.Max(0, count - inGold);
        }
        int fn = goldShingles.Values.Sum() - tp;
        double precision = fp == 0 && fn == 0 ? 1 : tp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = fp == 0 && fn == 0 ? 1 : tp == 0 ? 0 : (double)tp / (tp + fn);
        _pages++;
        _recallSum += recall;
        if (predictedWords.Count > 0)
        {
            _precisionPages++;
            _precisionSum += precision;
        }
        if (goldWords.SequenceEqual(predictedWords)) _exact++;
        return (precision, recall);
    }

    static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var m in WordRegex().EnumerateMatches(text))
            words.Add(text.Substring(m.Index, m.Length));
        return words;
    }

    /// <summary>A text shorter than the shingle size gives one shorter shingle.</summary>
    static Dictionary<string, int> Shingles(List<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, words.Count - ShingleSize + 1);
        for (int i = 0; i < n; i++)
        {
            var key = string.Join('\u0001', words.Skip(i).Take(ShingleSize));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    [GeneratedRegex(@"\w+", RegexOptions.None, 1000)]
    private static partial Regex WordRegex();
}
