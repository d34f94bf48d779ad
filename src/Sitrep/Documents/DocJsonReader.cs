using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>Reads the contract's document JSON back into a <see cref="Doc"/> (the inverse of <see cref="DocJsonWriter"/>).</summary>
public static class DocJsonReader
{
    public static Doc Read(string json)
    {
        using var jd = JsonDocument.Parse(json);
        var r = jd.RootElement;
        var src = r.GetProperty("source");
        var info = new DocumentInfo
        {
            Id = Str(r, "id") ?? "",
            SourcePath = Str(src, "path"),
            Locator = Str(src, "locator"),
            Url = Str(src, "url"),
            Publisher = Str(src, "publisher"),
            Title = Str(r, "title"),
            Byline = Str(r, "byline"),
            Language = Str(r, "language"),
        };
        if (r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.Object)
            info.Published = new PublishedDate(Str(p, "value") ?? "", p.GetProperty("inferred").GetBoolean(), Str(p, "evidence"));
        foreach (var c in r.GetProperty("captions").EnumerateArray()) info.Captions.Add(c.GetString()!);
        foreach (var d in r.GetProperty("dropped").EnumerateArray()) info.Dropped.Add(new DroppedText(Str(d, "text")!, Str(d, "reason")!));
        if (r.TryGetProperty("relevance", out var rel) && rel.ValueKind == JsonValueKind.Object)
            info.Relevance = new DocumentRelevance(rel.GetProperty("relevant").GetBoolean(),
                rel.TryGetProperty("score", out var score) ? score.GetDouble() : null, Str(rel, "reason") ?? "")
            {
                Threshold = rel.TryGetProperty("threshold", out var threshold) ? threshold.GetDouble() : null,
                Cues = [.. rel.GetProperty("cues").EnumerateArray().Select(c => c.GetString()!)],
                DroppedEvents = rel.GetProperty("dropped_events").GetInt32(),
            };
        if (r.TryGetProperty("warnings", out var ws)) foreach (var w in ws.EnumerateArray()) info.Warnings.Add(w.GetString()!);

        var doc = new Doc(Str(r, "text") ?? "", info);
        var tokens = r.GetProperty("tokens");
        int n = tokens.GetArrayLength();
        var starts = new int[n];
        var ends = new int[n];
        int i = 0;
        foreach (var t in tokens.EnumerateArray())
        {
            starts[i] = t.GetProperty("start").GetInt32();
            ends[i++] = t.GetProperty("end").GetInt32();
        }
        doc.SetTokens(starts, ends);
        i = 0;
        foreach (var t in tokens.EnumerateArray())
        {
            doc.Upos[i] = Str(t, "upos") is { } u ? UPosNames.Parse(u) : UPos.None;
            doc.Xpos[i] = Str(t, "xpos");
            doc.Lemma[i] = Str(t, "lemma");
            doc.Head[i] = t.GetProperty("head").GetInt32();
            doc.Deprel[i] = Str(t, "deprel");
            if (Str(t, "ner") is { Length: > 2 } ner)
            {
                doc.EntityIob[i] = ner[0] == 'B' ? (byte)1 : (byte)2;
                doc.EntityType[i] = ner[2..];
            }
            i++;
        }
        var sentenceStarts = new List<int>();
        foreach (var s in r.GetProperty("sentences").EnumerateArray())
            sentenceStarts.Add(doc.TokenAtOrAfter(s.GetProperty("start").GetInt32()));
        doc.SetSentenceStarts(sentenceStarts);

        foreach (var e in r.GetProperty("entities").EnumerateArray())
        {
            var entity = new Entity
            {
                Id = Str(e, "id")!, Type = Str(e, "type")!, Canonical = Str(e, "canonical")!,
                Country = Str(e, "country"), Sector = Str(e, "sector"),
                Confidence = e.TryGetProperty("confidence", out var c) ? c.GetDouble() : 1,
            };
            foreach (var role in e.GetProperty("roles").EnumerateArray()) entity.Roles.Add(role.GetString()!);
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
                entity.Mentions.Add(new Mention(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), Str(m, "text")!, Str(m, "kind") ?? "name") { CaptionIndex = CaptionIndex(m) });
            doc.Entities.Add(entity);
        }
        foreach (var t in r.GetProperty("timexes").EnumerateArray())
            doc.Timexes.Add(new Timex(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), Str(t, "text")!, Str(t, "type")!, Str(t, "value")!, Str(t, "anchor")) { CaptionIndex = CaptionIndex(t) });
        foreach (var pl in r.GetProperty("places").EnumerateArray())
            doc.Places.Add(new Place(pl.GetProperty("start").GetInt32(), pl.GetProperty("end").GetInt32(), Str(pl, "text")!)
            {
                GeonameId = Long(pl, "geonameid"), Name = Str(pl, "name"), Country = Str(pl, "country"), Admin1 = Str(pl, "admin1"), Admin1Code = Str(pl, "admin1_code"),
                Lat = Dbl(pl, "lat"), Lon = Dbl(pl, "lon"), Feature = Str(pl, "feature"),
                Approximate = pl.GetProperty("approximate").GetBoolean(), RadiusKm = Dbl(pl, "radius_km"),
                Anchor = Str(pl, "anchor"), Confidence = Dbl(pl, "confidence") ?? 0, CaptionIndex = CaptionIndex(pl),
            });
        foreach (var q in r.GetProperty("quotes").EnumerateArray())
        {
            var quote = new Quote(Str(q, "kind")!, SpanOf(q, "content")!.Value)
            {
                Cue = SpanOf(q, "cue"), Source = SpanOf(q, "source"),
                SourceText = q.GetProperty("source") is { ValueKind: JsonValueKind.Object } so ? Str(so, "text") : null,
                Speaker = Str(q, "speaker"), Confidence = Dbl(q, "confidence") ?? 0,
            };
            if (q.TryGetProperty("also_attributed_to", out var also))
                foreach (var a in also.EnumerateArray()) quote.AlsoAttributedTo.Add(a.GetString()!);
            doc.Quotes.Add(quote);
        }
        foreach (var e in r.GetProperty("events").EnumerateArray()) doc.Events.Add(ReadEvent(e));
        return doc;
    }

    public static EventRecord ReadEvent(JsonElement e)
    {
        var ev = new EventRecord
        {
            Id = Str(e, "id")!, Type = Str(e, "type")!, Mode = Str(e, "mode"), Status = Str(e, "status")!,
            Cameo = Str(e, "cameo"), Confidence = Dbl(e, "confidence") ?? 0,
            Sentence = SpanOf(e.GetProperty("evidence"), "sentence")!.Value,
        };
        ev.CaptionIndex = CaptionIndex(e.GetProperty("evidence"));
        foreach (var c in e.GetProperty("context").EnumerateArray()) ev.Context.Add(c.GetString()!);
        foreach (var a in e.GetProperty("actors").EnumerateArray()) ev.Actors.Add(Participant(a));
        foreach (var a in e.GetProperty("recipients").EnumerateArray()) ev.Recipients.Add(Participant(a));
        if (e.GetProperty("place") is { ValueKind: JsonValueKind.Object } pl)
            ev.Place = new EventPlace(Str(pl, "name")!, Long(pl, "geonameid"), Dbl(pl, "lat"), Dbl(pl, "lon"),
                pl.GetProperty("approximate").GetBoolean(), Dbl(pl, "radius_km"))
            { Country = Str(pl, "country"), Admin1 = Str(pl, "admin1"), Admin1Code = Str(pl, "admin1_code"), Feature = Str(pl, "feature") };
        if (e.GetProperty("date") is { ValueKind: JsonValueKind.Object } d)
            ev.Date = new EventDate(Str(d, "value")!, Str(d, "precision")!, d.TryGetProperty("from_published", out var fp) && fp.GetBoolean());
        ev.Reported = Str(e, "reported");
        if (e.TryGetProperty("source", out var so) && so.ValueKind == JsonValueKind.Object)
            ev.Source = new EventSource(Str(so, "kind")!, Str(so, "text"), Str(so, "entity"));
        var counts = e.TryGetProperty("counts", out var cs) ? cs : default;
        ev.Dead = Count(counts, "dead");
        ev.Injured = Count(counts, "injured");
        ev.Arrested = Count(counts, "arrested");
        ev.Size = Count(counts, "size");
        foreach (var f in e.GetProperty("evidence").GetProperty("fields").EnumerateObject())
            ev.Fields[f.Name] = new CharSpan(f.Value.GetProperty("start").GetInt32(), f.Value.GetProperty("end").GetInt32());
        return ev;
    }

    /// <summary>The caption index of a "source": "captions[N]" field, or null for the text.</summary>
    static int? CaptionIndex(JsonElement e) =>
        Str(e, "source") is { } source && source.StartsWith("captions[", StringComparison.Ordinal)
            ? int.Parse(source.AsSpan(9, source.Length - 10)) : null;

    static EventParticipant Participant(JsonElement a) => new(Str(a, "entity"), Str(a, "text")!, Str(a, "country"), Str(a, "sector"));

    static EventCount? Count(JsonElement counts, string name) =>
        counts.ValueKind == JsonValueKind.Object && counts.TryGetProperty(name, out var c)
            ? new EventCount(c.GetProperty("best").GetInt32(), (int?)Long(c, "low"), (int?)Long(c, "high"))
            : null;

    static CharSpan? SpanOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object
            ? new CharSpan(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())
            : null;

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static double? Dbl(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
