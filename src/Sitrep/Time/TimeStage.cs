using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time.Anchoring;
using Sitrep.Time.Normalization;
using Sitrep.Time.Recognition;

namespace Sitrep.Time;

/// <summary>
/// Finds time expressions, normalises them to TIMEX3 against the document creation time, and
/// infers that time from the text (with evidence) when the metadata did not give it.
/// Uses NER tags and the parse when an earlier stage filled them; works on tokens alone otherwise.
/// </summary>
internal sealed class TimeStage : IStage
{
    [ThreadStatic] static TextWord[]? t_words;

    public string Name => "time";
    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];
    public IReadOnlyList<string> Assigns => [Layers.Timexes, Layers.Published];

    public void Process(Doc doc)
    {
        var candidates = Recognize(doc);
        doc.Info.Published ??= DctInference.Infer(doc, candidates, CaptionDates(doc));
        DateOnly? dct = doc.Info.Published is { } p && TimexValues.TryParseDate(p.Value, out var d) ? d : null;
        string? anchor = dct is { } a ? TimexValues.Day(a) : null;
        var tense = new ClauseTense(doc);
        int first = doc.Timexes.Count;
        var story = new StoryTime();
        foreach (var c in candidates)
        {
            var direction = TimexNormalizer.NeedsDirection(c.Spec) ? Direction(doc, tense, c) : TimeDirection.Present;
            string value = TimexNormalizer.Resolve(c.Spec, c.Spec.Narrative ? story.For(c.Spec) ?? dct : dct, direction);
            story.Saw(c.Spec, value);
            var span = doc.SpanFromChars(c.StartChar, c.EndChar);
            doc.Timexes.Add(new Timex(c.StartChar, c.EndChar, doc.Text[c.StartChar..c.EndChar], c.Spec.Type, value,
                c.Spec.Kind == TimexSpecKind.Fixed || (c.Spec.Kind == TimexSpecKind.Calendar && c.Spec.Year > 0) ? null : anchor)
            {
                StartToken = span.StartToken,
                EndToken = span.EndToken,
            });
        }
        ClockDates.Apply(doc, candidates, first);
    }

    /// <summary>
    /// The clause tense; with no tense word at all, news reports the past. A possessive weekday in a
    /// present-tense clause ("the move follows Tuesday's declaration") names something already done.
    /// </summary>
    static TimeDirection Direction(Doc doc, ClauseTense tense, TimexCandidate c)
    {
        var cue = tense.Find(c.StartChar, c.EndChar);
        if (cue.Token < 0 || After(doc.Text, c.StartChar, "since")) return TimeDirection.Past;
        if (cue.Direction == TimeDirection.Present && IsPossessive(doc.Text, c.EndChar) && !After(doc.Text, c.StartChar, "ahead of")) return TimeDirection.Past;
        // "has given them until Tuesday": a deadline is the nearest such day, whichever way.
        if (cue.Direction == TimeDirection.Past && (After(doc.Text, c.StartChar, "until") || After(doc.Text, c.StartChar, "till") || After(doc.Text, c.StartChar, "through"))) return TimeDirection.Present;
        return cue.Direction;
    }

    /// <summary>Whether the text just before <paramref name="start"/> (past spaces) is the word or phrase <paramref name="words"/>.</summary>
    static bool After(string text, int start, string words)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e - words.Length;
        return s >= 0 && text.AsSpan(s, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase) && (s == 0 || !char.IsLetter(text[s - 1]));
    }

    static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>Full calendar dates (day, month and year) written in the document's captions.</summary>
    static List<(DateOnly Date, string Text)> CaptionDates(Doc doc)
    {
        var dates = new List<(DateOnly, string)>();
        foreach (var caption in doc.Info.Captions)
            foreach (var c in Recognize(caption, isNameAt: null))
                if (c.Spec is { Kind: TimexSpecKind.Calendar, Year: > 0, Month: > 0, Day: > 0 } s && s.Day <= DateTime.DaysInMonth(s.Year, s.Month))
                    dates.Add((new DateOnly(s.Year, s.Month, s.Day), caption[c.StartChar..c.EndChar]));
        return dates;
    }

    /// <summary>The time expressions of a document, before normalisation.</summary>
    public static List<TimexCandidate> Recognize(Doc doc)
    {
        bool hasNer = doc.Has(Layers.NerTags);
        return Recognize(doc.Text, hasNer ? c => IsNameAt(doc, c) : null);
    }

    /// <param name="isNameAt">Whether a character offset lies inside a name (NER), when known.</param>
    static List<TimexCandidate> Recognize(string text, Func<int, bool>? isNameAt)
    {
        var words = t_words ?? new TextWord[256];
        int count = WordScanner.Scan(text, TimeLexicon.English, ref words);
        t_words = words;
        var result = new List<TimexCandidate>();
        new TimexGrammar(text, words, count, isNameAt).Run(result);
        return result;
    }

    static bool IsNameAt(Doc doc, int charOffset)
    {
        int t = doc.TokenAtOrAfter(charOffset);
        return t < doc.Count && doc.TokenStarts[t] <= charOffset && doc.EntityIob[t] != 0
               && doc.EntityType[t] is "PER" or "ORG" or "FAC" or "PERSON";
    }
}
