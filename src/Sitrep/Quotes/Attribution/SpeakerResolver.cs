using Sitrep.Documents;
using Sitrep.Quotes.English;
using Sitrep.Quotes.Reported;

namespace Sitrep.Quotes.Attribution;

/// <summary>
/// Turns found attributions into <see cref="Quote"/> records with a speaker: the entity with a mention
/// over the source span; else, for he/she/they, the latest speaker or person named before it; a quote
/// with no cue that opens a paragraph, or sits in the paragraph of the last speaker, continues that
/// speaker (news convention). Unnamed sources ("officials") keep their text and no speaker. A quote
/// relayed inside another source's content is attributed to both.
/// </summary>
internal sealed class SpeakerResolver(QuoteLexicon lexicon)
{
    readonly QuoteLexicon _lex = lexicon;

    public List<Quote> Resolve(Doc doc, IReadOnlyList<Reported.Attribution> found)
    {
        var mentions = doc.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Span: new CharSpan(m.StartChar, m.EndChar))))
            .OrderBy(m => m.Span.Start).ToList();
        var quotes = new List<Quote>(found.Count);
        string? lastSpeaker = null;
        int lastParagraph = -1;
        foreach (var a in found.OrderBy(a => a.Content.Start))
        {
            string? speaker = null;
            string? sourceText = a.Source is { } s ? s.Slice(doc.Text) : null;
            int paragraph = ParagraphStart(doc.Text, a.Content.Start);
            if (a.Source is { } src)
                speaker = MentionOver(mentions, src) ?? PronounAntecedent(mentions, src, sourceText!, lastSpeaker);
            else if (a.Cue is null && (paragraph == a.Content.Start || paragraph == lastParagraph))
                speaker = lastSpeaker;
            if (speaker is not null) (lastSpeaker, lastParagraph) = (speaker, paragraph);
            quotes.Add(new Quote(a.Kind, a.Content)
            {
                Cue = a.Cue, Source = a.Source, SourceText = sourceText, Speaker = speaker, Confidence = a.Confidence,
            });
        }
        AddRelays(quotes);
        return quotes;
    }

    static string? MentionOver(List<(Entity Entity, CharSpan Span)> mentions, CharSpan source)
    {
        string? best = null;
        int bestLength = 0;
        foreach (var (entity, span) in mentions)
            if (span.Overlaps(source) && span.Length > bestLength) { best = entity.Id; bestLength = span.Length; }
        return best;
    }

    string? PronounAntecedent(List<(Entity Entity, CharSpan Span)> mentions, CharSpan source, string text, string? lastSpeaker)
    {
        var kind = _lex.PronounClass(text);
        if (kind is null) return null;
        // The latest person (or group) named before the pronoun, else the latest speaker.
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var (entity, span) = mentions[i];
            if (span.Start >= source.Start) continue;
            if (source.Start - span.Start > 2000) break;
            bool fits = kind switch { "PER" => entity.Type == "PER", "GROUP" => entity.Type is "ORG" or "NORP" or "GPE", _ => true };
            if (fits) return entity.Id;
        }
        return kind == "PER" ? lastSpeaker : null;
    }

    /// <summary>"..., notes The Telegraph" around "fighters have rigged buildings, Carter said": both speak.</summary>
    static void AddRelays(List<Quote> quotes)
    {
        foreach (var outer in quotes)
            foreach (var inner in quotes)
            {
                if (ReferenceEquals(outer, inner) || outer.Speaker is null || inner.Speaker is null || outer.Speaker == inner.Speaker) continue;
                bool nested = outer.Content.Start <= inner.Content.Start && inner.Content.End <= outer.Content.End
                    && (inner.Cue is { } c && outer.Content.Start <= c.Start && c.End <= outer.Content.End);
                if (!nested) continue;
                if (!inner.AlsoAttributedTo.Contains(outer.Speaker)) inner.AlsoAttributedTo.Add(outer.Speaker);
                if (!outer.AlsoAttributedTo.Contains(inner.Speaker)) outer.AlsoAttributedTo.Add(inner.Speaker);
            }
    }

    /// <summary>Offset of the first non-space character of the paragraph holding <paramref name="offset"/>.</summary>
    static int ParagraphStart(string text, int offset)
    {
        int start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        while (start < offset && char.IsWhiteSpace(text[start])) start++;
        return start;
    }
}
