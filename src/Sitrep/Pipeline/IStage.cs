using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// A named pipeline component. <see cref="Requires"/> and <see cref="Assigns"/> name annotation
/// layers (see <see cref="Layers"/>) so the pipeline can check its order once, at construction.
/// Stages are immutable and thread-safe; per-call scratch belongs to the call.
/// </summary>
public interface IStage
{
    string Name { get; }
    IReadOnlyList<string> Requires { get; }
    IReadOnlyList<string> Assigns { get; }
    void Process(Doc doc);
}

/// <summary>Names of annotation layers that stages require and assign.</summary>
internal static class Layers
{
    public const string Tokens = "tokens", Sentences = "sentences", Tags = "tags", Lemmas = "lemmas",
        Dependencies = "deps", NerTags = "ner", Entities = "entities", Timexes = "timexes",
        Published = "published", Places = "places", Quotes = "quotes", Events = "events";
}
