namespace Sitrep.Events.Triggers;

/// <summary>
/// Trigger words used in a sense that codes no event: a journalist's question ("asked about", "when asked to comment"),
/// readiness with no deed ("we are prepared for that"), pushing or pressing with no demand ("push ISIS out"), giving
/// or sending words rather than help ("gave no details", "sent a letter"), declining to comment, committing a crime
/// rather than to a deal, ending or breaking off nothing ("the talks ended", "broke off from a march"), a participle
/// describing a thing ("the banned nerve agent", "an advanced stage"), a verbal noun that only characterises its
/// subject ("North Korea is a threat"), and aggregates ("a series of attacks").
/// </summary>
internal static class NonEvents
{
    static readonly HashSet<string> QuestionWords = ["about", "whether", "if", "what", "how", "why", "who", "when", "where", "which"];
    static readonly HashSet<string> SpeechComplements = ["comment", "say", "respond", "explain", "elaborate", "confirm", "answer", "speculate", "discuss"];
    static readonly HashSet<string> Readiness = ["be prepared", "be ready", "be willing"];
    static readonly HashSet<string> Pressure = ["push", "press"];
    static readonly HashSet<string> Giving = ["give", "send", "provide", "offer"];
    /// <summary>What is given or sent when no help is: words, documents, signals.</summary>
    static readonly HashSet<string> Words = ["detail", "details", "information", "comment", "comments", "speech", "statement", "interview",
        "letter", "letters", "message", "messages", "warning", "signal", "signals", "evidence", "answer", "explanation", "reason",
        "figure", "figures", "name", "names", "account", "testimony", "briefing", "lecture", "address", "notice", "word", "email",
        "emails", "tweet", "report", "indication", "sign", "timeframe", "date", "birth", "way", "rise", "chase"];
    static readonly HashSet<string> Refusals = ["decline", "refuse"];
    static readonly HashSet<string> NeedsObject = ["end", "break off"];
    static readonly HashSet<string> Aggregates = ["series", "wave", "spate", "string", "number", "history"];

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
        if (Giving.Contains(lemma) && ObjectWord(view, t, segmentEnd) is { } thing && Words.Contains(thing)) return true;
        // "declined to comment", "refused to give details".
        if (Refusals.Contains(lemma) && Word(next) == "to" && (SpeechComplements.Contains(Word(next + 1)) || Word(next + 1) is "give" or "provide" or "disclose" or "identify" or "name"))
            return true;
        // "committed suicide", "commit crimes": only "commit to" is a commitment.
        if (lemma == "commit")
        {
            for (int j = next; j < segmentEnd && j < next + 3; j++)
                if (view.Lower[j] == "to") return false;
            return true;
        }
        if (NeedsObject.Contains(lemma) && t.Entry.IsVerb && !HasObject(view, t, segmentEnd)) return true;
        if (t.Entry.IsVerb && DescribesNoun(view, t)) return true;
        if (!t.Entry.IsVerb && view.HasParse && view.Children![t.HeadToken].Any(c => view.Deprel(c) is "cop")
            && t.Entry.Type is not ("ASSAULT" or "PROTEST" or "MOBILIZE" or "COERCE")) return true;
        // "the latest in a series of attacks", "a wave of arrests".
        return !t.Entry.IsVerb && t.StartToken >= 2 && view.Lower[t.StartToken - 1] == "of" && Aggregates.Contains(view.Lower[t.StartToken - 2]);
    }

    /// <summary>The head word of the verb's direct object: the parse's obj, else the first noun within three words.</summary>
    static string? ObjectWord(TokenView view, TriggerMatch t, int segmentEnd)
    {
        if (view.HasParse)
        {
            foreach (var c in view.Children![t.HeadToken])
                if (view.Deprel(c) is "obj") return view.Lower[c];
            return null;
        }
        for (int j = t.EndToken; j < segmentEnd && j < t.EndToken + 4; j++)
            if (view.Doc.Upos.Length > j && view.Doc.Upos[j] is Documents.UPos.NOUN) return view.Lower[j];
        return null;
    }

    static bool HasObject(TokenView view, TriggerMatch t, int segmentEnd)
    {
        if (view.HasParse) return view.Children![t.HeadToken].Any(c => view.Deprel(c) is "obj" or "nsubj:pass");
        return t.EndToken < segmentEnd && view.Doc.Upos.Length > t.EndToken && view.Doc.Upos[t.EndToken] is Documents.UPos.DET or Documents.UPos.NOUN or Documents.UPos.PROPN or Documents.UPos.PRON;
    }

    /// <summary>"the banned nerve agent", "an advanced stage": a participle before the noun it describes.</summary>
    static bool DescribesNoun(TokenView view, TriggerMatch t)
    {
        if (!view.HasParse) return false;
        int h = t.HeadToken, up = view.Doc.Head[h];
        // Only after a determiner: a parser may read a sentence-initial "Zambia extradited X" as a noun phrase.
        return view.Deprel(h) is "amod" && up > h && view.Doc.Upos[up] is Documents.UPos.NOUN or Documents.UPos.PROPN
            && h > 0 && (view.Doc.Upos[h - 1] is Documents.UPos.DET || TokenView.NounMarkers.Contains(view.Lower[h - 1]));
    }
}
