namespace Sitrep.Events.Arguments;

/// <summary>
/// The tokens of a noun phrase that name its referent: the head with its compounds, flat names, adjectives,
/// possessors, conjuncts and appositions, but not its relative clauses, clausal conjuncts or other clauses
/// ("Iraqi and Kurdish forces, many backed by Iran" names the forces, not Iran). In a subject, prepositional modifiers
/// count only while the phrase has no name of its own: "the leader of Hamas" is Hamas, "Townsend, commander of the
/// coalition" is Townsend; in an object they always do, since an event noun's target is in them ("operations in Raqqa").
/// </summary>
internal sealed class NominalCore
{
    static readonly HashSet<string> CoreRelations = ["compound", "flat", "amod", "nmod:poss", "det", "nummod", "nmod:desc", "nmod:unmarked",
        "fixed", "goeswith", "conj", "cc", "case", "punct", "det:poss", "nmod:npmod", "nmod:tmod"];

    /// <summary>Possessors of these nouns are speakers, not parties to the event ("Carter's comments").</summary>
    static readonly HashSet<string> SpeechNouns = ["comment", "comments", "remark", "remarks", "statement", "statements", "word", "words", "speech",
        "announcement", "claim", "claims", "view", "views", "warning", "interview", "message", "letter", "report", "spokesman", "spokeswoman", "spokesperson"];

    static readonly string[] BackerSuffixes = ["-led", "-backed", "-supported", "-sponsored", "-funded", "-trained", "-armed", "-allied", "-aligned", "-linked", "-inspired", "-brokered"];

    const int MaxModifierDepth = 3;

    readonly bool[] _in;
    readonly int _lo, _hi;

    NominalCore(bool[] inCore, int lo, int hi) => (_in, _lo, _hi) = (inCore, lo, hi);

    /// <param name="subject">
    /// Whether the phrase is a subject: then the possessor of a speech noun is a speaker, not a party, and a named subject
    /// keeps out its prepositional modifiers (a sailor's hometown); an object keeps them ("the headquarters of Hamas").
    /// </param>
    public static NominalCore Of(TokenView view, int dependent, List<Candidate> candidates, bool subject)
    {
        var doc = view.Doc;
        var inCore = new bool[doc.Count];
        var frontier = new List<int>();
        if (doc.Upos[dependent] is Documents.UPos.VERB && view.Children![dependent] is { } kids)
        {
            // A clause where a noun phrase should be (a parse error, or "those who fled"): its nominal arguments.
            foreach (var k in kids)
                if (view.BaseDeprel(k) is "nsubj" or "obj" or "obl" && doc.Upos[k] is not Documents.UPos.VERB) frontier.Add(k);
        }
        else frontier.Add(dependent);

        var modifiers = new List<int>();
        var appositions = new List<int>();
        var scope = new bool[doc.Count];
        Grow(view, frontier, inCore, scope, modifiers, appositions, subject);
        // An apposition joins the phrase but does not make it named: "part of a Karen stronghold, Thai police" (a misparse)
        // still reaches Karen, while "Townsend, commander of the coalition" stays Townsend.
        for (int depth = 0; depth < MaxModifierDepth && modifiers.Count > 0 && !(subject && Named(view, scope, candidates)); depth++)
        {
            var next = new List<int>();
            Grow(view, modifiers, inCore, scope, next, appositions, subject);
            modifiers = next;
        }
        var unused = new List<int>();
        // A named phrase keeps only appositions that are names themselves: "Townsend, commander of …" is Townsend.
        if (Named(view, scope, candidates)) appositions.RemoveAll(a => doc.Upos[a] is not Documents.UPos.PROPN);
        // "Finan, 34, of Anaheim, California": a place in apposition to what is not a place belongs to the hometown the
        // parser hung elsewhere, not to the participant.
        if (!IsPlace(candidates, dependent)) appositions.RemoveAll(a => IsPlace(candidates, a));
        while (appositions.Count > 0)
        {
            var roots = appositions;
            appositions = [];
            Grow(view, roots, inCore, null, unused, appositions, subject);
        }
        int lo = int.MaxValue, hi = -1;
        for (int i = 0; i < inCore.Length; i++)
            if (inCore[i]) { lo = Math.Min(lo, i); hi = Math.Max(hi, i); }
        return new NominalCore(inCore, lo, hi);
    }

    static bool IsPlace(List<Candidate> candidates, int token) => candidates.Exists(c => c.IsPlace && c.Overlaps(token, token + 1));

    /// <summary>
    /// Adds <paramref name="roots"/> and what hangs on them by core relations (also to <paramref name="scope"/> when given);
    /// prepositional modifiers and appositions are set aside for the caller.
    /// </summary>
    static void Grow(TokenView view, List<int> roots, bool[] inCore, bool[]? scope, List<int> modifiers, List<int> appositions, bool subject)
    {
        var stack = new Stack<int>(roots);
        while (stack.Count > 0)
        {
            int t = stack.Pop();
            if (inCore[t]) continue;
            inCore[t] = true;
            if (scope != null) scope[t] = true;
            bool speechNoun = subject && SpeechNouns.Contains(view.Lower[t]);
            foreach (var c in view.Children![t])
            {
                var rel = view.Deprel(c) ?? "";
                if (rel is "nmod:poss" && speechNoun) continue;
                if (rel is "conj" && view.Doc.Upos[c] is Documents.UPos.VERB) continue;
                if (rel is "appos") appositions.Add(c);
                else if (CoreRelations.Contains(rel) || rel.StartsWith("flat", StringComparison.Ordinal) || rel.StartsWith("compound", StringComparison.Ordinal)) stack.Push(c);
                else if (view.BaseDeprel(c) is "nmod") modifiers.Add(c);
            }
        }
    }

    /// <summary>Whether the core holds a name (an entity mention, or a capitalised word that is not a bare actor noun).</summary>
    static bool Named(TokenView view, bool[] inCore, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Participant.Entity is null && (!view.IsCapitalized(c.StartToken) || BareActorNoun(view, c))) continue;
            for (int i = c.StartToken; i < c.EndToken; i++)
                if (inCore[i]) return true;
        }
        return false;
    }

    static bool BareActorNoun(TokenView view, Candidate c)
    {
        for (int i = c.StartToken; i < c.EndToken; i++)
            if (ParticipantLexicon.Default.SectorOf(view.Lower[i]) is null) return false;
        return true;
    }

    public bool Covers(Candidate c)
    {
        if (c.EndToken <= _lo || c.StartToken > _hi) return false;
        for (int i = Math.Max(c.StartToken, _lo); i < c.EndToken && i <= _hi; i++)
            if (_in[i]) return true;
        return false;
    }

    public bool Contains(int token) => token >= _lo && token <= _hi && _in[token];

    /// <summary>A candidate that is only a backer in a compound adjective ("U.S.-backed" in "U.S.-backed Iraqi troops").</summary>
    public static bool OnlyBacker(TokenView view, Candidate c)
    {
        for (int i = c.StartToken; i < c.EndToken; i++)
            if (!IsBackerModifier(view.Lower[i])) return false;
        return true;
    }

    public static bool IsBackerModifier(string lower)
    {
        foreach (var s in BackerSuffixes)
            if (lower.EndsWith(s, StringComparison.Ordinal) && lower.Length > s.Length) return true;
        return false;
    }
}
