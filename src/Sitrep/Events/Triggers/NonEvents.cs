namespace Sitrep.Events.Triggers;

/// <summary>
/// Trigger words used in a sense that codes no event: a journalist's question ("asked about", "when asked to comment"),
/// readiness with no deed ("we are prepared for that"), and pushing or pressing with no demand ("push ISIS out").
/// </summary>
internal static class NonEvents
{
    static readonly HashSet<string> QuestionWords = ["about", "whether", "if", "what", "how", "why", "who", "when", "where", "which"];
    static readonly HashSet<string> SpeechComplements = ["comment", "say", "respond", "explain", "elaborate", "confirm", "answer", "speculate", "discuss"];
    static readonly HashSet<string> Readiness = ["be prepared", "be ready", "be willing"];
    static readonly HashSet<string> Pressure = ["push", "press"];

    public static bool IsNonEvent(TokenView view, TriggerMatch t, int segmentEnd)
    {
        var lemma = t.Entry.Lemma;
        int next = t.EndToken;
        string Word(int i) => i < segmentEnd ? view.Lower[i] : "";
        if (lemma == "ask")
        {
            // "when asked", "if asked": a question put to the subject, not a request by it.
            if (t.StartToken > 0 && view.Lower[t.StartToken - 1] is "when" or "if" or "after" or "before") return true;
            for (int j = next; j < segmentEnd && j < next + 3; j++)
            {
                if (QuestionWords.Contains(view.Lower[j])) return true;
                if (view.Lower[j] == "to") return SpeechComplements.Contains(Word(j + 1));
            }
            return false;
        }
        // "prepared to negotiate" commits to a deed; "prepared for that" does not.
        if (Readiness.Contains(lemma)) return Word(next) != "to";
        // "pushed for talks", "pressed Iran to release": a demand; "push ISIS out of the country": force, not a request.
        if (Pressure.Contains(lemma))
        {
            for (int j = next; j < segmentEnd && j < next + 5; j++)
                if (view.Lower[j] is "for" or "to") return false;
            return true;
        }
        return false;
    }
}
