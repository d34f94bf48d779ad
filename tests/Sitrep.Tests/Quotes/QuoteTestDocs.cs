using Sitrep.Documents;
using Sitrep.Language.Tokenization;
using Sitrep.Quotes;

namespace Sitrep.Tests.Quotes;

/// <summary>Runs the tokenizer and the rule-based quotes stage over a short passage.</summary>
internal static class QuoteTestDocs
{
    public static Doc Run(string text, params Entity[] entities)
    {
        var doc = new Doc(text);
        new TokenizerStage().Process(doc);
        doc.Entities.AddRange(entities);
        new QuoteStage().Process(doc);
        return doc;
    }

    public static Entity Entity(string id, string type, string text, params string[] mentions)
    {
        var entity = new Entity { Id = id, Type = type, Canonical = mentions[0] };
        foreach (var m in mentions)
        {
            int at = -1;
            while ((at = text.IndexOf(m, at + 1, StringComparison.Ordinal)) >= 0)
                entity.Mentions.Add(new Mention(at, at + m.Length, m));
        }
        return entity;
    }

    public static string Slice(Doc doc, CharSpan? span) => span is { } s ? s.Slice(doc.Text) : "";
}
