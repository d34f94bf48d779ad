namespace Sitrep.Documents;

/// <summary>Universal POS tags (UD v2). <see cref="None"/> means "not tagged yet".</summary>
public enum UPos : byte
{
    None = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}

public static class UPosNames
{
    static readonly string[] Names = Enum.GetNames<UPos>();
    static readonly Dictionary<string, UPos> ByName =
        Enum.GetValues<UPos>().ToDictionary(u => u.ToString(), u => u, StringComparer.Ordinal);

    public static string Name(this UPos upos) => upos == UPos.None ? "_" : Names[(int)upos];

    public static UPos Parse(string name) => ByName.TryGetValue(name, out var u) ? u : UPos.None;

    public const int Count = (int)UPos.X + 1;
}
