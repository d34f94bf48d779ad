using Sitrep.Documents;
using Sitrep.Entities.Actors;

namespace Sitrep.Entities.Recognition;

/// <summary>Applies a <see cref="NerModel"/> to a document, sentence by sentence, writing the IOB columns.</summary>
public sealed class NerTagger(NerModel model, ActorLexicon lexicon)
{
    readonly NerFeatures _features = new(lexicon);

    [ThreadStatic] static NerFeatures.Buffer? t_buffer;
    [ThreadStatic] static int[]? t_tags;

    public NerModel Model => model;

    public void Tag(Doc doc)
    {
        var buffer = t_buffer ??= new NerFeatures.Buffer();
        foreach (var sentence in doc.Sentences)
            TagRange(doc, sentence.StartToken, sentence.EndToken, buffer);
    }

    void TagRange(Doc doc, int from, int to, NerFeatures.Buffer buffer)
    {
        if (to <= from) return;
        _features.Extract(buffer, doc.Text, doc.TokenStarts, doc.TokenEnds, from, to, doc.Upos);
        var tags = t_tags is { } t && t.Length >= to - from ? t : (t_tags = new int[Math.Max(256, to - from)]);
        model.Predict(buffer, tags.AsSpan(0, to - from));
        for (int i = from; i < to; i++)
        {
            int tag = tags[i - from];
            if (tag == 0) { doc.EntityIob[i] = 0; doc.EntityType[i] = null; continue; }
            doc.EntityIob[i] = NerLabels.PositionOf(tag) is NerLabels.Begin or NerLabels.Unit ? (byte)1 : (byte)2;
            doc.EntityType[i] = NerLabels.Types[NerLabels.TypeOf(tag)];
        }
    }
}
