namespace Sitrep.Language.Lemmatization;

/// <summary>
/// How a lemma is made from its form: optionally lowercase, cut <see cref="Strip"/> characters from
/// the end, append <see cref="Append"/>. Learned from (form, lemma) pairs; written "l|2|y" or "k|0|".
/// </summary>
internal readonly record struct EditScript(bool Lowercase, int Strip, string Append)
{
    /// <summary>
    /// The script sharing the longest prefix with the lemma, lowercasing on ties ("talks" → talk
    /// lowercases, so "Tanks" becomes tank; "Kabul" keeps its case). Null when the form shares no
    /// prefix with its lemma (was → be): that is a table entry, not a suffix rule.
    /// </summary>
    public static EditScript? Learn(string form, string lemma)
    {
        var lower = form.ToLowerInvariant();
        int keepCommon = CommonPrefix(form, lemma), lowerCommon = CommonPrefix(lower, lemma);
        bool lowercase = lowerCommon >= keepCommon;
        int common = Math.Max(keepCommon, lowerCommon);
        if (common == 0 && form.Length > 0) return null;
        return new EditScript(lowercase, form.Length - common, lemma[common..]);
    }

    static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    public bool AppliesTo(ReadOnlySpan<char> form) => Strip < form.Length;

    public string Apply(ReadOnlySpan<char> form)
    {
        Span<char> buffer = form.Length + Append.Length <= 128 ? stackalloc char[form.Length + Append.Length] : new char[form.Length + Append.Length];
        var kept = form[..(form.Length - Strip)];
        if (Lowercase) kept.ToLowerInvariant(buffer);
        else kept.CopyTo(buffer);
        Append.AsSpan().CopyTo(buffer[kept.Length..]);
        return new string(buffer[..(kept.Length + Append.Length)]);
    }

    public override string ToString() => $"{(Lowercase ? 'l' : 'k')}|{Strip}|{Append}";

    public static EditScript Parse(string s)
    {
        var parts = s.Split('|', 3);
        if (parts.Length != 3 || parts[0] is not ("l" or "k") || !int.TryParse(parts[1], out int strip) || strip < 0)
            throw new InvalidDataException($"bad edit script '{s}'");
        return new EditScript(parts[0] == "l", strip, parts[2]);
    }
}
