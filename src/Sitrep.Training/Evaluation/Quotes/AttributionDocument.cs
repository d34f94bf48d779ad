using Sitrep.Documents;

namespace Sitrep.Evaluation.Quotes;

/// <summary>One gold attribution: its roles as character spans (discontinuous brat spans are kept as fragments).</summary>
internal sealed record GoldAttribution(CharSpan[] Content, CharSpan[]? Cue, CharSpan[]? Source);

/// <summary>An article with the attributions of one annotator.</summary>
internal sealed record AttributionDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);
