using Sitrep.Documents;
using Sitrep.Entities.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Entities.Resolution;

/// <summary>The <c>entities</c> stage: in-document resolution of NER mentions into <see cref="Doc.Entities"/>.</summary>
internal sealed class EntityStage(EntityResolver resolver) : IStage
{
    public string Name => "entities";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];
    public IReadOnlyList<string> Assigns => [Layers.Entities];

    public void Process(Doc doc) => resolver.Resolve(doc);

    public static EntityStage Create(StageContext context) => new(new EntityResolver(ActorLexicon.For(context)));
}
