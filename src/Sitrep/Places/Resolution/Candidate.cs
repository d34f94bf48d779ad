namespace Sitrep.Places.Resolution;

/// <summary>How a surface form matched a gazetteer entry; better matches first.</summary>
internal enum NameMatch : byte { MainName, AlternateName, Transliteration, Demonym, WithoutHead }

/// <summary>A gazetteer entry a toponym may refer to.</summary>
internal readonly record struct Candidate(int Entry, NameMatch Match);

/// <summary>A toponym to resolve: its character span in the text.</summary>
internal readonly record struct ToponymSpan(int StartChar, int EndChar);

/// <summary>The chosen entry of one toponym (-1 when the gazetteer has none) and how sure the choice is.
/// <see cref="InFocus"/>: the gazetteer lacks the name, and <see cref="Entry"/> is the document's focus
/// place, where an unknown local name (a street, a neighbourhood) most likely lies.</summary>
internal readonly record struct Resolution(int Entry, double Confidence, bool InFocus = false)
{
    public static Resolution None => new(-1, 0);
    public bool IsResolved => Entry >= 0;
}
