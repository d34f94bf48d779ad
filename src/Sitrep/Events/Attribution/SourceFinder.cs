using Sitrep.Documents;
using Sitrep.Events.Arguments;

namespace Sitrep.Events.Attribution;

/// <summary>
/// Who says an event happened. The speaker, when the event is told inside a quote (the quotes stage's speaker) or in
/// reported speech: a clause under a speech verb ("Carter said the coalition will attack"), a speech verb hung beside the
/// clause ("…, declared Carter", "…, the general said") or "according to X". Otherwise the outlet: the site the document
/// came from (its URL's host), else its byline.
/// </summary>
internal static class SourceFinder
{
    const int MaxClimb = 8;
    const int MaxSpeakerTokens = 8;

    static readonly HashSet<string> ReportingRelations = ["ccomp", "parataxis", "xcomp", "advcl", "conj", "acl", "obj", "obl", "nmod", "nsubj", "csubj"];

    public static EventSource Find(TokenView view, int triggerHead, int clauseToken, List<Candidate> candidates)
    {
        var doc = view.Doc;
        int at = doc.TokenStarts[triggerHead];
        foreach (var q in doc.Quotes)
            if (q.Content.Start <= at && at < q.Content.End && SaysIt(view, q) && Speaker(doc, q) is { } quoted) return quoted;
        if (view.HasParse && FromParse(view, clauseToken, candidates) is { } reported) return reported;
        return Outlet(doc.Info);
    }

    /// <summary>The outlet: the publisher the page or feed names, else the host of its URL without "www.", else the byline; text null when none is known.</summary>
    public static EventSource Outlet(DocumentInfo info)
    {
        if (info.Publisher is { Length: > 0 } publisher) return new EventSource(EventSource.Outlet, publisher, null);
        if (info.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return new EventSource(EventSource.Outlet, uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host, null);
        return new EventSource(EventSource.Outlet, info.Byline, null);
    }

    /// <summary>A quote in quotation marks, or reported speech whose cue is a verb of saying (not "imposed sanctions on…").</summary>
    static bool SaysIt(TokenView view, Quote q)
    {
        if (q.Kind != "reported" || q.Cue is not { } cue || !view.HasPos) return true;
        int token = view.Doc.TokenAtOrAfter(cue.Start);
        return token < view.Doc.Count && ArgumentFinder.IsSpeechVerb(view, token);
    }

    static EventSource? Speaker(Doc doc, Quote q)
    {
        var entity = q.Speaker is { } id ? doc.Entities.FirstOrDefault(e => e.Id == id) : null;
        var text = q.SourceText ?? (q.Source is { } s ? s.Slice(doc.Text) : null);
        if (text is null && entity is null) return null;
        if (entity != null && (text is null || IsPronoun(text))) text = entity.Canonical;
        return new EventSource(EventSource.Speaker, text, entity?.Id);
    }

    /// <summary>Climbs from the trigger's clause to the first speech verb governing it, or one hung beside a clause on the way.</summary>
    static EventSource? FromParse(TokenView view, int clauseToken, List<Candidate> candidates)
    {
        var doc = view.Doc;
        int t = clauseToken;
        for (int step = 0; step < MaxClimb; step++)
        {
            if (SpeechBeside(view, t) is { } beside && SubjectOf(view, beside) is { } s1) return SpeakerAt(view, s1, candidates);
            if (According(view, t) is { } according) return SpeakerAt(view, according, candidates);
            int up = doc.Head[t];
            if (up < 0 || !ReportingRelations.Contains(view.BaseDeprel(t).ToString())) return null;
            if (ArgumentFinder.IsSpeechVerb(view, up) && view.BaseDeprel(t) is "ccomp" or "parataxis" or "xcomp" or "obj" && SubjectOf(view, up) is { } s2)
                return SpeakerAt(view, s2, candidates);
            t = up;
        }
        return null;
    }

    /// <summary>"The coalition will attack…, declared Carter": a speech verb under the clause as parataxis (or a misparsed conjunct or ccomp).</summary>
    static int? SpeechBeside(TokenView view, int clause)
    {
        foreach (var c in view.Children![clause])
            if (c > clause && view.BaseDeprel(c) is "parataxis" or "ccomp" or "conj" or "advcl" && ArgumentFinder.IsSpeechVerb(view, c) && !HasObjectClause(view, c))
                return c;
        return null;
    }

    static bool HasObjectClause(TokenView view, int verb)
    {
        foreach (var c in view.Children![verb])
            if (view.BaseDeprel(c) is "ccomp") return true;
        return false;
    }

    static int? According(TokenView view, int clause)
    {
        foreach (var c in view.Children![clause])
            if (view.BaseDeprel(c) is "obl" && c > 1 && view.Lower[c - 1] == "to" && view.Lower[c - 2] == "according") return c;
        return null;
    }

    static int? SubjectOf(TokenView view, int verb)
    {
        foreach (var c in view.Children![verb])
            if (view.Deprel(c) is "nsubj") return c;
        return null;
    }

    static EventSource SpeakerAt(TokenView view, int subject, List<Candidate> candidates)
    {
        var doc = view.Doc;
        var named = candidates.Where(c => !c.IsPlace && c.Overlaps(subject, subject + 1)).FirstOrDefault()
            ?? candidates.Where(c => !c.IsPlace && NominalCoreCovers(view, subject, c)).FirstOrDefault();
        if (named != null) return new EventSource(EventSource.Speaker, named.Participant.Text, named.Participant.Entity);
        if (IsPronoun(view.Lower[subject]) && PronounEntity(doc, subject) is { } e) return new EventSource(EventSource.Speaker, e.Canonical, e.Id);
        var (s, end) = view.Subtree(subject);
        if (end - s > MaxSpeakerTokens) (s, end) = (subject, subject + 1);
        return new EventSource(EventSource.Speaker, view.Text(s, end), null);
    }

    static bool NominalCoreCovers(TokenView view, int subject, Candidate c)
    {
        var (s, e) = view.Subtree(subject);
        return c.StartToken >= s && c.EndToken <= e;
    }

    static Entity? PronounEntity(Doc doc, int token)
    {
        int start = doc.TokenStarts[token];
        return doc.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.CaptionIndex is null && m.StartChar == start));
    }

    static bool IsPronoun(string text) => text.ToLowerInvariant() is "he" or "she" or "they" or "it" or "we" or "i" or "you";
}
