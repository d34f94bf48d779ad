using Sitrep.Documents;

namespace Sitrep.Events.Arguments;

/// <summary>
/// Finds the actors a segment names: entity mentions when NER ran (a demonym or country mention grows over a
/// following actor noun: "Iraqi forces"), else capitalised runs and actor nouns typed by the participant lexicon.
/// A bare conjunct borrows its neighbour's noun: in "Iraqi and Kurdish troops" both are MIL.
/// </summary>
internal static class CandidateFinder
{
    public static List<Candidate> Find(TokenView view, int start, int end, ParticipantLexicon lexicon)
    {
        var found = view.Doc.Entities.Count > 0 ? FromEntities(view, start, end, lexicon) : FromSurface(view, start, end, lexicon);
        found.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        ShareConjunctNouns(view, found);
        if (view.Doc.Entities.Count > 0) JoinTitles(view, found);
        if (view.Doc.Places.Count > 0) DropCountryQualifiers(view, found);
        return found;
    }

    /// <summary>"Raqqa, Syria, and Mosul, Iraq": a country right after a place in it only says where that place is.</summary>
    static void DropCountryQualifiers(TokenView view, List<Candidate> found)
    {
        var doc = view.Doc;
        Place? PlaceAt(Candidate c) => doc.Places.FirstOrDefault(p => p.CaptionIndex is null && p.StartChar == doc.TokenStarts[c.StartToken]);
        for (int k = found.Count - 1; k > 0; k--)
        {
            var (first, country) = (found[k - 1], found[k]);
            if (!first.IsPlace || !country.IsPlace || country.StartToken != first.EndToken + 1 || view.Lower[first.EndToken] != ",") continue;
            if (PlaceAt(country) is { Feature: { } f } c && f.StartsWith("A.PCL", StringComparison.Ordinal)
                && PlaceAt(first) is { Country: { } inCountry } && inCountry == c.Country)
                found.RemoveAt(k);
        }
    }

    /// <summary>
    /// A title before a person's name is that person: "American Gen. Stephen Townsend", "Russian President Boris Yeltsin"
    /// are one participant with the person's entity, and the title's country and sector where the person has none.
    /// </summary>
    static void JoinTitles(TokenView view, List<Candidate> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var (title, name) = (found[k], found[k + 1]);
            if (title.IsPlace || name.StartToken < title.EndToken || name.StartToken - title.EndToken > 3) continue;
            if (!IsPerson(view, name) || IsPerson(view, title)) continue;
            bool titleWords = true;
            for (int j = title.EndToken; j < name.StartToken; j++)
                titleWords &= view.IsCapitalized(j) && char.IsLetter(view.Lower[j][0]);
            if (!titleWords) continue;
            var p = name.Participant;
            found[k] = new Candidate(title.StartToken, name.EndToken,
                p with { Text = view.Text(title.StartToken, name.EndToken), Country = p.Country ?? title.Participant.Country, Sector = p.Sector ?? title.Participant.Sector }, false);
            found.RemoveAt(k + 1);
        }
    }

    static bool IsPerson(TokenView view, Candidate c) =>
        c.Participant.Entity is { } id && view.Doc.Entities.FirstOrDefault(e => e.Id == id) is { Type: "PER" };

    static List<Candidate> FromEntities(TokenView view, int start, int end, ParticipantLexicon lexicon)
    {
        var doc = view.Doc;
        var found = new List<Candidate>();
        int startChar = doc.TokenStarts[start], endChar = doc.TokenEnds[end - 1];
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions)
            {
                if (m.StartChar < startChar || m.EndChar > endChar) continue;
                var span = doc.SpanFromChars(m.StartChar, m.EndChar);
                if (span.Length == 0) continue;
                int last = GrowOverActorNoun(view, span.EndToken, end, lexicon, out var sector);
                bool place = e.Type is "GPE" or "LOC" or "FAC" && last == span.EndToken;
                // "the Turkish-led coalition" is the coalition, not Turkey.
                var participant = last > span.EndToken && NominalCore.IsBackerModifier(view.Lower[span.EndToken - 1])
                    ? new EventParticipant(null, view.Text(span.StartToken, last), null, sector)
                    : new EventParticipant(e.Id, view.Text(span.StartToken, last), e.Country, e.Sector ?? sector);
                found.Add(new Candidate(span.StartToken, last, participant, place));
            }
        // Actor nouns outside any mention ("the police") still name actors.
        for (int i = start; i < end; i++)
            if (lexicon.SectorOf(view.Lower[i]) is { } sector && !found.Any(c => c.Overlaps(i, i + 1)) && (i == start || !view.IsCapitalized(i)))
                found.Add(new Candidate(i, i + 1, new EventParticipant(null, view.Text(i, i + 1), null, sector), false));
        return found;
    }

    static List<Candidate> FromSurface(TokenView view, int start, int end, ParticipantLexicon lexicon)
    {
        var found = new List<Candidate>();
        bool headline = Status.StatusClassifier.IsHeadline(view, start, end);
        int i = start;
        while (i < end)
        {
            // Headlines capitalise verbs too: a trigger word never starts or extends a name.
            if (!view.IsCapitalized(i) || !char.IsLetter(view.Lower[i][0]) || (headline && view.StartsTrigger[i]))
            {
                if (lexicon.SectorOf(view.Lower[i]) is { } s)
                    found.Add(new Candidate(i, i + 1, new EventParticipant(null, view.Text(i, i + 1), null, s), false));
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < end && !(headline && view.StartsTrigger[runEnd]) && (view.IsCapitalized(runEnd) || IsNameGlue(view, runEnd, end))) runEnd++;
            while (runEnd > i + 1 && !view.IsCapitalized(runEnd - 1)) runEnd--;
            if (IsCalendarWord(view.Lower[i]) && runEnd == i + 1) { i++; continue; }
            bool known = KnownName(view, i, runEnd, lexicon, out var country, out int countryEnd);
            string? sector = null;
            for (int k = i; k < runEnd; k++) sector ??= lexicon.SectorOf(view.Lower[k]);
            // A sentence-initial capital is only a name when something vouches for it.
            if (i == start && !known && sector is null && runEnd == i + 1) { i++; continue; }
            int last = GrowOverActorNoun(view, runEnd, end, lexicon, out var nounSector);
            bool place = known && countryEnd == runEnd && last == runEnd && !IsDemonym(view.Lower[i]);
            found.Add(new Candidate(i, last, new EventParticipant(null, view.Text(i, last), country, sector ?? nounSector), place));
            i = last;
        }
        return found;
    }

    static readonly HashSet<string> CalendarWords = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    static bool IsCalendarWord(string lower) => CalendarWords.Contains(lower);

    static bool IsNameGlue(TokenView view, int i, int end) =>
        i + 1 < end && view.IsCapitalized(i + 1) && view.Lower[i] is "of" or "-" or "." or "al" or "bin" or "de";

    static bool IsDemonym(string lower) => lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)
        || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("i", StringComparison.Ordinal) || lower.EndsWith("an", StringComparison.Ordinal);

    /// <summary>A country name or demonym at the start of the run (longest first, up to four tokens).</summary>
    static bool KnownName(TokenView view, int start, int end, ParticipantLexicon lexicon, out string? country, out int nameEnd)
    {
        for (nameEnd = Math.Min(end, start + 4); nameEnd > start; nameEnd--)
            if (lexicon.TryCountry(view.Chars(start, nameEnd).Slice(view.Doc.Text), out country)) return true;
        country = null;
        return false;
    }

    /// <summary>Extends a name over adjectives and an actor noun after it ("Iraqi federal forces"); returns the new end.</summary>
    static int GrowOverActorNoun(TokenView view, int after, int end, ParticipantLexicon lexicon, out string? sector)
    {
        sector = null;
        for (int j = after; j < end && j < after + 3; j++)
        {
            if (lexicon.SectorOf(view.Lower[j]) is { } s)
            {
                sector = s;
                int k = j + 1;
                while (k < end && lexicon.SectorOf(view.Lower[k]) is { } more) { sector = more; k++; }
                return k;
            }
            if (view.IsCapitalized(j) || !char.IsLetter(view.Lower[j][0]) || view.StartsTrigger[j] || TokenView.IsClauseBreak(view.Lower[j])
                || view.Lower[j] is "and" or "or" or "the" or "a" or "an" || IsPreposition(view, j)) break;
        }
        return after;
    }

    static bool IsPreposition(TokenView view, int j) =>
        view.HasPos ? view.Doc.Upos[j] == UPos.ADP : view.Lower[j] is "against" or "on" or "in" or "at" or "from" or "by" or "with" or "of" or "to" or "for";

    static void ShareConjunctNouns(TokenView view, List<Candidate> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (a.Participant.Sector != null || b.Participant.Sector is null || a.EndToken + 1 != b.StartToken) continue;
            if (view.Lower[a.EndToken] is not ("and" or "or" or "," or "nor")) continue;
            found[k] = a with { Participant = a.Participant with { Sector = b.Participant.Sector }, IsPlace = false };
        }
    }
}
