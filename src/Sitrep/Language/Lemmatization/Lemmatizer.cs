using Sitrep.Documents;
using Sitrep.Learning;

namespace Sitrep.Language.Lemmatization;

/// <summary>
/// UD lemmas: a (UPOS, form) table learned from training data, then a lowercase-form table, then
/// the most frequent edit script for the longest known (UPOS, suffix) of an unseen word.
/// Lookups take spans, so known words cost no allocation.
/// </summary>
internal sealed class Lemmatizer
{
    public const string Kind = "lemmatizer";
    public const int FormatVersion = 1;
    public const int MaxSuffix = 6;

    readonly Table[] _forms, _lowerForms;
    readonly Dictionary<string, EditScript>[] _rules;
    readonly Dictionary<string, EditScript>.AlternateLookup<ReadOnlySpan<char>>[] _ruleLookups;

    sealed class Table(Dictionary<string, string> map)
    {
        public readonly Dictionary<string, string> Map = map;
        public readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Lemmatizer(Dictionary<string, string>[] forms, Dictionary<string, string>[] lowerForms, Dictionary<string, EditScript>[] rules)
    {
        if (forms.Length != UPosNames.Count || lowerForms.Length != UPosNames.Count || rules.Length != UPosNames.Count)
            throw new InvalidDataException("lemmatizer tables must have one entry per UPOS");
        _forms = [.. forms.Select(m => new Table(m))];
        _lowerForms = [.. lowerForms.Select(m => new Table(m))];
        _rules = rules;
        _ruleLookups = [.. rules.Select(r => r.GetAlternateLookup<ReadOnlySpan<char>>())];
    }

    public int FormCount => _forms.Sum(t => t.Map.Count);
    public int RuleCount => _rules.Sum(r => r.Count);

    public string Lemmatize(ReadOnlySpan<char> form, UPos upos)
    {
        int u = (int)upos;
        if (_forms[u].Lookup.TryGetValue(form, out var lemma)) return lemma;
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        if (_lowerForms[u].Lookup.TryGetValue(lower, out lemma)) return lemma;
        for (int len = Math.Min(MaxSuffix, lower.Length); len >= 0; len--)
            if (_ruleLookups[u].TryGetValue(lower[^len..], out var script) && script.AppliesTo(form))
                return script.Apply(form);
        return upos == UPos.PROPN ? form.ToString() : lower.ToString();
    }

    public void Save(string path) => ModelFile.Save(path, Kind, FormatVersion, w =>
    {
        foreach (var table in _forms.Concat(_lowerForms))
        {
            w.Write(table.Map.Count);
            foreach (var (f, l) in table.Map.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(f); w.Write(l); }
        }
        foreach (var rules in _rules)
        {
            w.Write(rules.Count);
            foreach (var (suffix, script) in rules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(suffix); w.Write(script.ToString()); }
        }
    });

    public static ModelLoadResult<Lemmatizer> Load(string path) => ModelFile.Load(path, Kind, FormatVersion, r =>
    {
        var tables = new Dictionary<string, string>[2 * UPosNames.Count];
        for (int t = 0; t < tables.Length; t++)
        {
            int n = ReadCount(r);
            tables[t] = new Dictionary<string, string>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++) tables[t][r.ReadString()] = r.ReadString();
        }
        var rules = new Dictionary<string, EditScript>[UPosNames.Count];
        for (int u = 0; u < rules.Length; u++)
        {
            int n = ReadCount(r);
            rules[u] = new Dictionary<string, EditScript>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++) rules[u][r.ReadString()] = EditScript.Parse(r.ReadString());
        }
        return new Lemmatizer(tables[..UPosNames.Count], tables[UPosNames.Count..], rules);
    });

    static int ReadCount(BinaryReader r)
    {
        int n = r.ReadInt32();
        return n is >= 0 and <= 10_000_000 ? n : throw new InvalidDataException("bad table size");
    }
}
