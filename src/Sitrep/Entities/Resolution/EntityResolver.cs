using Sitrep.Documents;
using Sitrep.Entities.Actors;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// In-document entity resolution: turns NER spans and lexicon matches into one <see cref="Entity"/>
/// per referent. Names merge by lexicon alias set, exact text, acronym or bracketed alias; a lone
/// surname joins the nearest preceding full name that ends with it; titles, roles and appositions
/// become roles and give country and sector; "the &lt;role or group noun&gt;" and he/she refer back.
/// All cues come from the lexicon's data files.
/// </summary>
internal sealed class EntityResolver(ActorLexicon lexicon)
{
    static readonly HashSet<string> NamedOrgCategories =
    [
        nameof(LexiconCategory.ArmedGroup), nameof(LexiconCategory.Party), nameof(LexiconCategory.Ministry),
        nameof(LexiconCategory.InternationalOrganisation), nameof(LexiconCategory.NewsOutlet), nameof(LexiconCategory.Organisation),
    ];
    const int PronounSentenceWindow = 5;

    readonly record struct Match(int Start, int End, LexiconEntry[] Entries)
    {
        public LexiconEntry? First(Func<LexiconEntry, bool> predicate) => Entries.FirstOrDefault(predicate);
    }

    readonly record struct Candidate(int Start, int End, string Type, LexiconEntry? Named);

    sealed class State(Doc doc)
    {
        public Doc Doc { get; } = doc;
        public List<EntityDraft> Entities { get; } = [];
        public Dictionary<int, EntityDraft> ByToken { get; } = [];
        public Match?[] MatchAt { get; } = new Match?[doc.Count];
        public Match?[] MatchEndingAt { get; } = new Match?[doc.Count + 1];
        public bool[] Used { get; } = new bool[doc.Count];
    }

    public void Resolve(Doc doc)
    {
        doc.Entities.Clear();
        if (doc.Count == 0) return;
        var state = new State(doc);
        FindLexiconMatches(state);
        var candidates = OneTypePerName(doc, Candidates(state));
        foreach (var c in candidates) Assign(state, c);
        FindNominalActors(state);
        LinkDescriptionsAndPronouns(state);
        int n = 0;
        foreach (var e in state.Entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions.Min(m => m.StartToken)))
            doc.Entities.Add(e.Freeze("E" + ++n));
    }

    static bool IsNamedOrg(LexiconEntry e) => NamedOrgCategories.Contains(e.Category.ToString());

    void FindLexiconMatches(State s)
    {
        var doc = s.Doc;
        foreach (var sentence in doc.Sentences)
            foreach (var (start, end, ids) in lexicon.Matcher.MatchAll(doc.Text, doc.TokenStarts, doc.TokenEnds, sentence.StartToken, sentence.EndToken))
            {
                var m = new Match(start, end, [.. ids.Select(i => lexicon.Matcher.Entries[i])]);
                s.MatchAt[start] = m;
                s.MatchEndingAt[end] = m;
            }
    }

    /// <summary>
    /// Name mentions: NER spans repaired with the lexicon (titles and roles split off, a person's
    /// name after them retyped PER, known organisations' boundaries kept) and capitalised lexicon names.
    /// </summary>
    List<Candidate> Candidates(State s)
    {
        var doc = s.Doc;
        var list = new List<Candidate>();
        var covered = new bool[doc.Count];
        void Add(int start, int end, string type, LexiconEntry? named)
        {
            while (start < end && IsEdgePunctuation(doc, start)) start++;
            while (end > start && IsEdgePunctuation(doc, end - 1)) end--;
            if (end <= start || Enumerable.Range(start, end - start).Any(i => covered[i])) return;
            // A name never runs across a line break (a tokenizer without paragraph splitting may let NER do so).
            if (doc.Text.AsSpan(doc.TokenStarts[start], doc.TokenEnds[end - 1] - doc.TokenStarts[start]).Contains('\n')) return;
            for (int i = start; i < end; i++) covered[i] = true;
            list.Add(new Candidate(start, end, type, named));
        }
        foreach (var span in doc.EntitySpans)
        {
            int start = span.StartToken, end = span.EndToken;
            var type = span.Label ?? "MISC";
            if (InsideDescription(s, start, end)) continue;
            // A title or role inside or overlapping the span: what follows it is a person's name.
            var title = TitleWithin(s, start, end);
            if (title is { } t && t.End < end && char.IsUpper(doc.Text[doc.TokenStarts[t.End]]))
            {
                if (t.Start > start && OverlappingNamed(s, start, t.Start) is { } org) Add(org.Start, Math.Min(org.End, t.Start), "ORG", org.First(IsNamedOrg));
                else if (t.Start > start && !OnlyModifiers(s, start, t.Start)) Add(start, t.Start, type, null);
                Add(t.End, end, "PER", null);
                continue;
            }
            if (title is { } u && u.Start > start && u.End >= end) end = u.Start;
            var named = OverlappingNamed(s, start, end);
            if (named is { } m) (start, end, type) = (Math.Min(start, m.Start), Math.Max(end, m.End), "ORG");
            else if (type == "PER")
                while (start < end - 1 && s.MatchAt[start] is { } c && c.End < end && IsModifier(c)) start = c.End;
            Add(start, end, type, named?.First(IsNamedOrg));
        }
        for (int i = 0; i < doc.Count; i++)
        {
            if (s.MatchAt[i] is not { } m || !char.IsUpper(doc.Text[doc.TokenStarts[i]])) continue;
            if (m.First(IsNamedOrg) is { } org) Add(m.Start, m.End, "ORG", org);
            else if (m.First(e => e.Category == LexiconCategory.Country) is not null) Add(m.Start, m.End, "GPE", null);
        }
        return [.. list.OrderBy(c => c.Start)];
    }

    /// <summary>
    /// One sense per discourse: a name written the same way (ignoring case) several times takes the
    /// type most of its mentions got, so one stray tag ("Raqqa" as a person once in six) does not
    /// make a second entity. Ties keep their own types; names the lexicon knows keep theirs.
    /// </summary>
    static List<Candidate> OneTypePerName(Doc doc, List<Candidate> candidates)
    {
        var keys = candidates.Select(c => new Span(doc, c.Start, c.End).TextString.ToLowerInvariant()).ToList();
        var majority = new Dictionary<string, string>();
        foreach (var group in candidates.Select((c, i) => (c.Type, Key: keys[i])).GroupBy(x => x.Key))
        {
            var counts = group.GroupBy(x => x.Type).Select(t => (Type: t.Key, Count: t.Count())).OrderByDescending(t => t.Count).ToList();
            if (counts.Count > 1 && counts[0].Count > counts[1].Count) majority[group.Key] = counts[0].Type;
        }
        return [.. candidates.Select((c, i) => c.Named is null && majority.TryGetValue(keys[i], out var type) ? c with { Type = type } : c)];
    }

    static bool IsEdgePunctuation(Doc doc, int i) => doc[i].Text is [var c] && (char.IsPunctuation(c) || char.IsSymbol(c)) && c is not '.'
        || doc[i].Text is "’" or "“" or "”" or "'s" or "’s";

    /// <summary>A title or role match overlapping tokens [start, end).</summary>
    static Match? TitleWithin(State s, int start, int end)
    {
        Match? found = null;
        for (int i = Math.Max(0, start - 3); i < end; i++)
            if (s.MatchAt[i] is { } m && m.End > start && m.First(IsTitleOrRole) is not null) found = m;
        return found;
    }

    /// <summary>Whether the span sits inside "the ROLE" or "the DESCRIPTION" (e.g. "the Pentagon chief").</summary>
    static bool InsideDescription(State s, int start, int end)
    {
        for (int i = Math.Max(1, start - 3); i <= start; i++)
            if (s.MatchAt[i] is { } m && m.End >= end && IsArticle(s.Doc, i - 1)
                && m.First(e => e.Category is LexiconCategory.Role or LexiconCategory.Description) is not null)
                return true;
        return false;
    }

    static bool IsModifier(Match m) => m.First(e => IsTitleOrRole(e) || e.Category is LexiconCategory.Country or LexiconCategory.Demonym) is not null;

    static bool OnlyModifiers(State s, int start, int end)
    {
        int i = start;
        while (i < end && s.MatchAt[i] is { } m && m.End <= end && IsModifier(m)) i = m.End;
        return i >= end;
    }

    static Match? OverlappingNamed(State s, int start, int end)
    {
        for (int i = Math.Max(0, start - 1); i < end; i++)
            if (s.MatchAt[i] is { } m && m.End > start && m.Start < end && m.First(IsNamedOrg) is not null
                && (m.Start >= start || m.End >= end || m.End - m.Start >= end - start))
                return m;
        return null;
    }

    static bool IsTitleOrRole(LexiconEntry e) => e.Category is LexiconCategory.Title or LexiconCategory.Role;

    void Assign(State s, Candidate c)
    {
        var doc = s.Doc;
        string text = new Span(doc, c.Start, c.End).TextString;
        var mention = new Mention(doc.TokenStarts[c.Start], doc.TokenEnds[c.End - 1], text);
        EntityDraft? entity;
        if (c.Type == "PER" || (c.End - c.Start == 1 && PrecedingFullName(s, text, c.Start) is not null))
        {
            c = c with { Type = "PER" };
            entity = AssignPerson(s, c, ref mention);
        }
        else entity = AssignOther(s, c, ref mention);
        entity.Mentions.Add((mention, c.Start));
        entity.Vote(c.Type);
        if (mention.Kind is "name" or "alias" or "acronym") entity.LastNameToken = c.Start;
        for (int i = c.Start; i < c.End; i++) { s.ByToken[i] = entity; s.Used[i] = true; }
        if (c.Type == "PER") CollectModifiers(s, entity, c.Start, c.End);
        else if (c.Named is null) InferFromWords(s, entity, c.Start, c.End);
    }

    EntityDraft AssignPerson(State s, Candidate c, ref Mention mention)
    {
        var words = Words(s.Doc, c.Start, c.End);
        if (words.Count > 1)
        {
            var fullName = mention.Text;
            var same = s.Entities.FirstOrDefault(e => e.Type == "PER" && e.Canonical == fullName);
            if (same is not null) return same;
            var created = New(s, "PER", fullName);
            created.Surname = words[^1];
            return created;
        }
        // A lone name: the nearest preceding full name ending with it, else a same-text entity, else new.
        var word = words[0];
        var full = PrecedingFullName(s, word, c.Start);
        if (full is not null)
        {
            mention = mention with { Kind = "surname" };
            return full;
        }
        return s.Entities.FirstOrDefault(e => e.Type == "PER" && e.Canonical == word) ?? New(s, "PER", word);
    }

    static EntityDraft? PrecedingFullName(State s, string word, int before) =>
        s.Entities.Where(e => e.Type == "PER" && e.Surname == word && e.LastNameToken < before).MaxBy(e => e.LastNameToken);

    EntityDraft AssignOther(State s, Candidate c, ref Mention mention)
    {
        var doc = s.Doc;
        var text = mention.Text;
        var named = c.Named ?? ExactName(s, c.Start, c.End);
        if (named is not null)
        {
            var byLexicon = s.Entities.FirstOrDefault(e => e.LexiconName == named.Canonical);
            if (byLexicon is not null)
            {
                mention = mention with { Kind = text == byLexicon.Canonical ? "name" : IsAcronym(text) ? "acronym" : "alias" };
                return byLexicon;
            }
            var created = New(s, "ORG", named.Canonical);
            created.LexiconName = named.Canonical;
            created.Category = named.Category;
            created.Fill(named.Country, named.Sector);
            if (text != named.Canonical) mention = mention with { Kind = IsAcronym(text) ? "acronym" : "alias" };
            return created;
        }
        // "Name (ALIAS)" or "Name [ALIAS]": the bracketed name is another name of the entity just before it.
        if (c.Start >= 2 && IsOpenBracket(doc, c.Start - 1) && s.ByToken.TryGetValue(c.Start - 2, out var before)
            && c.End < doc.Count && IsCloseBracket(doc, c.End))
        {
            mention = mention with { Kind = IsAcronym(text) ? "acronym" : "alias" };
            return before;
        }
        if (IsAcronym(text))
        {
            var expanded = s.Entities.Where(e => e.Type != "PER" && Initials(e.Canonical).Contains(text.Replace(".", "")))
                .MaxBy(e => e.LastNameToken);
            if (expanded is not null)
            {
                mention = mention with { Kind = "acronym" };
                return expanded;
            }
        }
        var key = StripArticle(text);
        var same = s.Entities.FirstOrDefault(e => e.NominalKey is null && string.Equals(StripArticle(e.Canonical), key, StringComparison.OrdinalIgnoreCase));
        if (same is not null) return same;
        var entity = New(s, c.Type, text);
        if (s.MatchAt[c.Start] is { } g && g.End == c.End && g.First(e => e.Category is LexiconCategory.Country or LexiconCategory.Demonym) is { } place)
            entity.Country = place.Country;
        return entity;
    }

    /// <summary>A lexicon organisation whose name is exactly tokens [start, end).</summary>
    LexiconEntry? ExactName(State s, int start, int end)
    {
        var doc = s.Doc;
        return lexicon.Matcher.TryMatchLongest(doc.Text, doc.TokenStarts, doc.TokenEnds, start, end, out int e, out var ids) && e == end
            ? ids.Select(i => lexicon.Matcher.Entries[i]).FirstOrDefault(IsNamedOrg)
            : null;
    }

    static EntityDraft New(State s, string type, string canonical)
    {
        var e = new EntityDraft(type, canonical);
        s.Entities.Add(e);
        return e;
    }

    /// <summary>Country and sector of an unlisted organisation from its own words ("Iraqi Army" → IRQ, MIL).</summary>
    void InferFromWords(State s, EntityDraft entity, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (s.MatchAt[i] is not { } m) continue;
            if (m.First(e => e.Category is LexiconCategory.Country or LexiconCategory.Demonym && e.Country is not null) is { } c)
                entity.Fill(c.Country, null);
            if (entity.Type == "ORG" && m.First(e => e.Category == LexiconCategory.SectorCue) is { } cue)
                entity.Sector ??= cue.Sector;
        }
    }

    /// <summary>
    /// Titles, roles, countries and organisations written just before a person's name
    /// ("U.S. Navy Chief Petty Officer Jason Finan"), and a role apposition just after it
    /// (", commander of the U.S.-led coalition,").
    /// </summary>
    void CollectModifiers(State s, EntityDraft person, int start, int end)
    {
        var doc = s.Doc;
        int sentenceStart = doc.Sentence(doc.SentenceIndexOf(start)).StartToken;
        int i = start;
        while (i > sentenceStart && s.MatchEndingAt[i] is { } m && m.Start >= sentenceStart)
        {
            var text = new Span(doc, m.Start, m.End).TextString;
            if (m.First(IsTitleOrRole) is { } role)
            {
                person.AddRole(text, role.Category == LexiconCategory.Role ? role.Canonical : null);
                person.Fill(role.Country, role.Sector);
            }
            else if (m.First(e => e.Category is LexiconCategory.Country or LexiconCategory.Demonym) is { } place)
                person.Fill(place.Country, null);
            else if (m.First(IsNamedOrg) is { } org)
                person.Fill(org.Country, org.Sector);
            else break;
            i = m.Start;
        }
        // An organisation or place tagged by NER right before the titles: "U.S. Navy" → country, sector.
        if (i > sentenceStart && s.ByToken.TryGetValue(i - 1, out var affiliation) && affiliation != person)
            person.Fill(affiliation.Country, affiliation.Sector);

        // Apposition: ", ROLE [of …]," after the name.
        if (end + 1 < doc.Count && doc[end].Text is "," && s.MatchAt[end + 1] is { } r && r.First(IsTitleOrRole) is { } app)
        {
            int stop = r.End;
            int limit = Math.Min(doc.Count, stop + 8);
            if (stop < doc.Count && doc[stop].Text is "of")
                while (stop < limit && doc[stop].Text is not ("," or "." or ";" or ")")) stop++;
            person.AddRole(new Span(doc, end + 1, stop).TextString, app.Category == LexiconCategory.Role ? app.Canonical : null);
            person.Fill(app.Country, app.Sector);
        }
    }

    /// <summary>Group nouns after a country, demonym or group adjective: "Iraqi forces", "Shiite militias".</summary>
    void FindNominalActors(State s)
    {
        var doc = s.Doc;
        for (int i = 0; i < doc.Count; i++)
        {
            if (s.MatchAt[i] is not { } m || m.First(e => e.Category is LexiconCategory.Demonym or LexiconCategory.Country) is not { } who)
                continue;
            if (m.End >= doc.Count || s.MatchAt[m.End] is not { } next || next.First(e => e.Category == LexiconCategory.SectorCue) is not { } cue)
                continue;
            var group = new Span(doc, m.Start, m.End).TextString;
            var key = (who.Country ?? group.ToLowerInvariant()) + "/" + cue.Sector;
            var entity = s.Entities.FirstOrDefault(e => e.NominalKey == key);
            var text = new Span(doc, m.Start, next.End).TextString;
            if (entity is null)
            {
                entity = New(s, "ORG", text);
                entity.NominalKey = key;
                entity.Fill(who.Country, cue.Sector);
            }
            // A NORP or GPE entity made only of this modifier is absorbed into the actor.
            if (s.ByToken.TryGetValue(m.Start, out var modifier) && modifier != entity)
                modifier.Mentions.RemoveAll(x => x.StartToken == m.Start && x.Mention.EndChar <= doc.TokenEnds[m.End - 1]);
            entity.Mentions.Add((new Mention(doc.TokenStarts[m.Start], doc.TokenEnds[next.End - 1], text, "description"), m.Start));
            entity.LastNameToken = m.Start;
            for (int t = m.Start; t < next.End; t++) { s.ByToken[t] = entity; s.Used[t] = true; }
            i = next.End - 1;
        }
    }

    /// <summary>"the Pentagon chief", "the jihadist group", "the newspaper", he/she: the most recent fitting entity.</summary>
    void LinkDescriptionsAndPronouns(State s)
    {
        var doc = s.Doc;
        for (int i = 1; i < doc.Count; i++)
        {
            if (s.Used[i]) continue;
            if (s.MatchAt[i] is { } m && IsArticle(doc, i - 1))
            {
                EntityDraft? target = null;
                if (m.First(e => e.Category == LexiconCategory.Role) is { } role)
                    target = MostRecent(s, i, e => e.CurrentType == "PER" && e.RoleClasses.Contains(role.Canonical));
                else if (m.First(e => e.Category == LexiconCategory.Description) is { } d)
                    target = MostRecent(s, i, e => Fits(e, d.Value));
                if (target is not null)
                {
                    var mention = new Mention(doc.TokenStarts[i - 1], doc.TokenEnds[m.End - 1], new Span(doc, i - 1, m.End).TextString, "description");
                    target.Mentions.Add((mention, i - 1));
                    for (int t = i; t < m.End; t++) s.Used[t] = true;
                    i = m.End - 1;
                    continue;
                }
            }
            if (s.MatchAt[i] is { } p && p.End == i + 1 && p.First(e => e.Category == LexiconCategory.Pronoun) is not null
                && doc[i].Text is "he" or "He" or "she" or "She")
            {
                int sentence = doc.SentenceIndexOf(i);
                var person = MostRecent(s, i, e => e.CurrentType == "PER", minToken: doc.Sentence(Math.Max(0, sentence - PronounSentenceWindow)).StartToken);
                person?.Mentions.Add((new Mention(doc.TokenStarts[i], doc.TokenEnds[i], doc[i].TextString, "pronoun"), i));
            }
        }
    }

    static bool Fits(EntityDraft e, string? category) => category switch
    {
        "armed_group" => e.Category == LexiconCategory.ArmedGroup || (e.Type == "ORG" && e.NominalKey is null && e.Sector is "REB" or "PRM"),
        "news_outlet" => e.Category == LexiconCategory.NewsOutlet || (e.Type == "ORG" && e.Sector == "JRN"),
        "government" => e.Type == "ORG" && e.Sector == "GOV",
        "international_organisation" => e.Category == LexiconCategory.InternationalOrganisation,
        _ => false,
    };

    static EntityDraft? MostRecent(State s, int before, Func<EntityDraft, bool> fits, int minToken = 0)
    {
        EntityDraft? best = null;
        int bestToken = -1;
        foreach (var e in s.Entities)
        {
            if (!fits(e)) continue;
            foreach (var (_, t) in e.Mentions)
                if (t < before && t >= minToken && t > bestToken) { bestToken = t; best = e; }
        }
        return best;
    }

    static List<string> Words(Doc doc, int start, int end)
    {
        var words = new List<string>();
        for (int i = start; i < end; i++)
        {
            var w = doc[i].TextString;
            if (w.All(char.IsLetter) || w.Any(char.IsLetter) && !w.StartsWith('\'') && !w.StartsWith('’')) words.Add(w);
        }
        return words.Count == 0 ? [new Span(doc, start, end).TextString] : words;
    }

    static bool IsArticle(Doc doc, int i) => doc[i].Text is "the" or "The";
    static bool IsOpenBracket(Doc doc, int i) => doc[i].Text is "(" or "[";
    static bool IsCloseBracket(Doc doc, int i) => doc[i].Text is ")" or "]";

    internal static bool IsAcronym(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
            else if (c is not ('.' or '-' or '&')) return false;
        }
        return letters is >= 2 and <= 6;
    }

    static string StripArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "in", "on", "&" };

    /// <summary>Initials of a name, with and without its function words ("Islamic State of Iraq and Syria" → ISIS, ISOIAS).</summary>
    internal static HashSet<string> Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return
        [
            string.Concat(words.Where(w => !FunctionWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0]))),
            string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))),
        ];
    }
}
