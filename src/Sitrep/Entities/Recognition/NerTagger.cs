using Sitrep.Documents;
using Sitrep.Entities.Actors;

namespace Sitrep.Entities.Recognition;

/// <summary>Applies a <see cref="NerModel"/> to a document, sentence by sentence, writing the IOB columns.</summary>
internal sealed class NerTagger(NerModel model, ActorLexicon lexicon)
{
    readonly NerFeatures _features = new(lexicon, model.Clusters?.Clusters, model.Extras);

    [ThreadStatic] static NerFeatures.Buffer? t_buffer;
    [ThreadStatic] static int[]? t_tags;

    public NerModel Model => model;

    public void Tag(Doc doc)
    {
        var buffer = t_buffer ??= new NerFeatures.Buffer();
        foreach (var sentence in doc.Sentences)
            TagRange(doc, sentence.StartToken, sentence.EndToken, buffer);
        if ((model.Extras & (NerExtraFeatures.DocumentTypes | NerExtraFeatures.DocumentPropagate)) != 0)
            NerDocumentConsistency.Apply(doc, (model.Extras & NerExtraFeatures.DocumentTypes) != 0, (model.Extras & NerExtraFeatures.DocumentPropagate) != 0);
    }

    void TagRange(Doc doc, int from, int to, NerFeatures.Buffer buffer)
    {
        if (to <= from) return;
        // A model trained without POS learned its "no tag" features as biases: tags must stay out for it.
        _features.Extract(buffer, doc.Text, doc.TokenStarts, doc.TokenEnds, from, to, model.UsesPos ? doc.Upos : [],
            (model.Extras & NerExtraFeatures.Syntax) != 0 ? NerSyntax.Of(doc) : default);
        var tags = t_tags is { } t && t.Length >= to - from ? t : (t_tags = new int[Math.Max(256, to - from)]);
        model.Predict(buffer, tags.AsSpan(0, to - from));
        bool open = false;
        for (int i = from; i < to; i++)
        {
            int tag = tags[i - from];
            bool begins = NerLabels.PositionOf(tag) is NerLabels.Begin or NerLabels.Unit;
            // Greedy decoding can keep a name open over a whole clause; a name never runs across quote marks or clause punctuation.
            if (tag == 0 || (!begins && (!open || BreaksName(doc, i))))
            {
                doc.EntityIob[i] = 0;
                doc.EntityType[i] = null;
                open = false;
                continue;
            }
            doc.EntityIob[i] = begins ? (byte)1 : (byte)2;
            doc.EntityType[i] = NerLabels.Types[NerLabels.TypeOf(tag)];
            open = true;
        }
    }

    static bool BreaksName(Doc doc, int token)
    {
        var text = doc.Text.AsSpan(doc.TokenStarts[token], doc.TokenEnds[token] - doc.TokenStarts[token]);
        return text.Length == 1 && text[0] is '“' or '”' or '"' or '‘' or '’' or '«' or '»' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']';
    }
}
