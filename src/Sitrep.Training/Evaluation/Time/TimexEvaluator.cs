using Sitrep.Documents;
using Sitrep.Evaluation;

namespace Sitrep.Evaluation.Time;

/// <summary>
/// TempEval-3 Task A scoring. Extents: strict = identical span, relaxed = any overlap (one-to-one,
/// left to right). Attributes are judged on relaxed matches only: value accuracy = matches whose
/// value is identical / relaxed matches, and value F1 = relaxed F1 × value accuracy (equivalently
/// P and R each multiplied by that accuracy); type accuracy likewise. The DCT is not scored.
/// </summary>
internal sealed class TimexEvaluator
{
    readonly PrfCounts _strict = new(), _relaxed = new();
    long _valueCorrect, _typeCorrect;
    public List<string> Errors { get; } = [];
    public bool CollectErrors { get; init; }

    public void Add(TimeMlDocument gold, IReadOnlyList<Timex> system)
    {
        var used = new bool[system.Count];
        int matched = 0;
        foreach (var g in gold.Timexes)
        {
            int hit = -1;
            for (int k = 0; k < system.Count; k++)
            {
                if (used[k] || system[k].EndChar <= g.StartChar || system[k].StartChar >= g.EndChar) continue;
                hit = k;
                break;
            }
            if (hit < 0)
            {
                _relaxed.FalseNegatives++;
                _strict.FalseNegatives++;
                Note($"MISS  {gold.Text[g.StartChar..g.EndChar]} {g.Type} {g.Value}", gold, g.StartChar);
                continue;
            }
            used[hit] = true;
            matched++;
            var s = system[hit];
            _relaxed.TruePositives++;
            if (s.StartChar == g.StartChar && s.EndChar == g.EndChar) _strict.TruePositives++;
            else { _strict.FalseNegatives++; _strict.FalsePositives++; }
            if (s.Value == g.Value) _valueCorrect++;
            else Note($"VALUE {gold.Text[g.StartChar..g.EndChar]} | {s.Text}: gold {g.Type} {g.Value} system {s.Type} {s.Value}", gold, g.StartChar);
            if (s.Type == g.Type) _typeCorrect++;
        }
        for (int k = 0; k < system.Count; k++)
        {
            if (used[k]) continue;
            _relaxed.FalsePositives++;
            _strict.FalsePositives++;
            Note($"EXTRA {system[k].Text} {system[k].Type} {system[k].Value}", gold, system[k].StartChar);
        }
    }

    void Note(string what, TimeMlDocument doc, int at)
    {
        if (!CollectErrors) return;
        int s = Math.Max(0, at - 60), e = Math.Min(doc.Text.Length, at + 60);
        Errors.Add($"{what}\t[{Path.GetFileName(doc.Path)} dct {doc.Dct}] …{doc.Text[s..e].ReplaceLineEndings(" ")}…");
    }

    public double ValueAccuracy => _relaxed.TruePositives == 0 ? 0 : (double)_valueCorrect / _relaxed.TruePositives;
    public double TypeAccuracy => _relaxed.TruePositives == 0 ? 0 : (double)_typeCorrect / _relaxed.TruePositives;

    /// <summary>The contract's keys (strict_f1, relaxed_f1, value_f1, type_accuracy) and their precision/recall.</summary>
    public Dictionary<string, object?> Scores() => new()
    {
        ["strict_f1"] = _strict.F1,
        ["relaxed_f1"] = _relaxed.F1,
        ["value_f1"] = _relaxed.F1 * ValueAccuracy,
        ["type_accuracy"] = TypeAccuracy,
        ["strict_precision"] = _strict.Precision,
        ["strict_recall"] = _strict.Recall,
        ["relaxed_precision"] = _relaxed.Precision,
        ["relaxed_recall"] = _relaxed.Recall,
        ["value_precision"] = _relaxed.Precision * ValueAccuracy,
        ["value_recall"] = _relaxed.Recall * ValueAccuracy,
        ["value_accuracy"] = ValueAccuracy,
        ["type_f1"] = _relaxed.F1 * TypeAccuracy,
        ["gold_timexes"] = _relaxed.TruePositives + _relaxed.FalseNegatives,
        ["system_timexes"] = _relaxed.TruePositives + _relaxed.FalsePositives,
    };
}
