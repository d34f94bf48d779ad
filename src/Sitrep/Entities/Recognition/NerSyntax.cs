namespace Sitrep.Entities.Recognition;

/// <summary>
/// The Language parser's output as NER features read it: per token of a text, its head's token index
/// (-1 for the root), relation and lemma. Default (empty): no parse, syntax features are left out.
/// </summary>
public readonly ref struct NerSyntax(ReadOnlySpan<int> head, ReadOnlySpan<string?> deprel, ReadOnlySpan<string?> lemma)
{
    public ReadOnlySpan<int> Head { get; } = head;
    public ReadOnlySpan<string?> Deprel { get; } = deprel;
    public ReadOnlySpan<string?> Lemma { get; } = lemma;

    public static NerSyntax Of(Documents.Doc doc) => new(doc.Head, doc.Deprel, doc.Lemma);
}
