using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>Writes a <see cref="Doc"/> as the contract's document JSON, streaming through <see cref="Utf8JsonWriter"/>.</summary>
public static class DocJsonWriter
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(Doc doc, bool indented = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, indented ? Indented : Compact)) Write(w, doc);
        return System.Text.Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    public static void Write(Utf8JsonWriter w, Doc doc)
    {
        var info = doc.Info;
        w.WriteStartObject();
        w.WriteString("id", info.Id);
        w.WriteStartObject("source");
        w.WriteString("path", info.SourcePath);
        if (info.Locator != null) w.WriteString("locator", info.Locator);
        w.WriteString("url", info.Url);
        if (info.Publisher != null) w.WriteString("publisher", info.Publisher);
        w.WriteEndObject();
        w.WriteString("title", info.Title);
        w.WriteString("byline", info.Byline);
        if (info.Published is { } p)
        {
            w.WriteStartObject("published");
            w.WriteString("value", p.Value);
            w.WriteBoolean("inferred", p.Inferred);
            w.WriteString("evidence", p.Evidence);
            w.WriteEndObject();
        }
        else w.WriteNull("published");
        WriteStrings(w, "captions", info.Captions);
        w.WriteStartArray("dropped");
        foreach (var d in info.Dropped)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            w.WriteString("reason", d.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (info.Warnings.Count > 0) WriteStrings(w, "warnings", info.Warnings);
        w.WriteString("text", doc.Text);
        w.WriteString("language", info.Language);
        if (info.Relevance is { } rel)
        {
            w.WriteStartObject("relevance");
            w.WriteBoolean("relevant", rel.Relevant);
            if (rel.Score is { } score) w.WriteNumber("score", score);
            if (rel.Threshold is { } threshold) w.WriteNumber("threshold", threshold);
            w.WriteString("reason", rel.Reason);
            WriteStrings(w, "cues", rel.Cues);
            w.WriteNumber("dropped_events", rel.DroppedEvents);
            w.WriteEndObject();
        }

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.StartChar);
            w.WriteNumber("end", s.EndChar);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("tokens");
        for (int i = 0; i < doc.Count; i++)
        {
            // Token objects are most of a document's JSON: names pre-encoded, text written from the span.
            var t = doc[i];
            w.WriteStartObject();
            w.WriteNumber(TokenNames.Start, t.StartChar);
            w.WriteNumber(TokenNames.End, t.EndChar);
            w.WriteString(TokenNames.Text, doc.Text.AsSpan(t.StartChar, t.EndChar - t.StartChar));
            w.WriteString(TokenNames.Upos, t.Upos == UPos.None ? null : t.Upos.Name());
            w.WriteString(TokenNames.Xpos, t.Xpos);
            w.WriteString(TokenNames.Lemma, t.Lemma);
            w.WriteNumber(TokenNames.Head, t.HeadIndex);
            w.WriteString(TokenNames.Deprel, t.Deprel);
            if (doc.EntityIob[i] != 0)
                w.WriteString(TokenNames.Ner, (doc.EntityIob[i] == 1 ? "B-" : "I-") + doc.EntityType[i]);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            w.WriteString("canonical", e.Canonical);
            w.WriteString("country", e.Country);
            w.WriteString("sector", e.Sector);
            WriteStrings(w, "roles", e.Roles);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.StartChar);
                w.WriteNumber("end", m.EndChar);
                w.WriteString("text", m.Text);
                w.WriteString("kind", m.Kind);
                if (m.CaptionIndex is { } caption) w.WriteString("source", $"captions[{caption}]");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("timexes");
        foreach (var t in doc.Timexes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.StartChar);
            w.WriteNumber("end", t.EndChar);
            w.WriteString("text", t.Text);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            w.WriteString("anchor", t.Anchor);
            if (t.CaptionIndex is { } caption) w.WriteString("source", $"captions[{caption}]");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (var pl in doc.Places)
        {
            w.WriteStartObject();
            w.WriteNumber("start", pl.StartChar);
            w.WriteNumber("end", pl.EndChar);
            w.WriteString("text", pl.Text);
            WriteNumber(w, "geonameid", pl.GeonameId);
            w.WriteString("name", pl.Name);
            w.WriteString("country", pl.Country);
            w.WriteString("admin1", pl.Admin1);
            if (pl.Admin1Code != null) w.WriteString("admin1_code", pl.Admin1Code);
            WriteNumber(w, "lat", pl.Lat);
            WriteNumber(w, "lon", pl.Lon);
            w.WriteString("feature", pl.Feature);
            w.WriteBoolean("approximate", pl.Approximate);
            WriteNumber(w, "radius_km", pl.RadiusKm);
            w.WriteString("anchor", pl.Anchor);
            w.WriteNumber("confidence", Math.Round(pl.Confidence, 3));
            if (pl.CaptionIndex is { } caption) w.WriteString("source", $"captions[{caption}]");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("kind", q.Kind);
            WriteSpan(w, "content", q.Content, doc.Text);
            WriteSpan(w, "cue", q.Cue, doc.Text);
            w.WritePropertyName("source");
            if (q.Source is { } src)
            {
                w.WriteStartObject();
                w.WriteNumber("start", src.Start);
                w.WriteNumber("end", src.End);
                w.WriteString("text", q.SourceText ?? src.Slice(doc.Text));
                w.WriteEndObject();
            }
            else w.WriteNullValue();
            w.WriteString("speaker", q.Speaker);
            if (q.AlsoAttributedTo.Count > 0) WriteStrings(w, "also_attributed_to", q.AlsoAttributedTo);
            w.WriteNumber("confidence", Math.Round(q.Confidence, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events) WriteEvent(w, e, doc.EvidenceText(e));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, EventRecord e, string? text)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("mode", e.Mode);
        WriteStrings(w, "context", e.Context);
        w.WriteString("status", e.Status);
        WriteParticipants(w, "actors", e.Actors);
        WriteParticipants(w, "recipients", e.Recipients);
        w.WritePropertyName("place");
        if (e.Place is { } pl)
        {
            w.WriteStartObject();
            w.WriteString("name", pl.Name);
            WriteNumber(w, "geonameid", pl.GeonameId);
            WriteNumber(w, "lat", pl.Lat);
            WriteNumber(w, "lon", pl.Lon);
            w.WriteBoolean("approximate", pl.Approximate);
            WriteNumber(w, "radius_km", pl.RadiusKm);
            w.WriteString("country", pl.Country);
            w.WriteString("admin1", pl.Admin1);
            if (pl.Admin1Code != null) w.WriteString("admin1_code", pl.Admin1Code);
            w.WriteString("feature", pl.Feature);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WritePropertyName("date");
        if (e.Date is { } d)
        {
            w.WriteStartObject();
            w.WriteString("value", d.Value);
            w.WriteString("precision", d.Precision);
            if (d.FromPublished) w.WriteBoolean("from_published", true);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WriteString("reported", e.Reported);
        w.WritePropertyName("source");
        if (e.Source is { } src)
        {
            w.WriteStartObject();
            w.WriteString("kind", src.Kind);
            w.WriteString("text", src.Text);
            w.WriteString("entity", src.Entity);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        WriteCount(w, "dead", e.Dead);
        WriteCount(w, "injured", e.Injured);
        WriteCount(w, "arrested", e.Arrested);
        WriteCount(w, "size", e.Size);
        w.WriteStartObject("counts");
        foreach (var (name, c) in new[] { ("dead", e.Dead), ("injured", e.Injured), ("arrested", e.Arrested), ("size", e.Size) })
        {
            if (c is null) continue;
            w.WriteStartObject(name);
            w.WriteNumber("best", c.Best);
            WriteNumber(w, "low", c.Low);
            WriteNumber(w, "high", c.High);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteString("cameo", e.Cameo);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WriteStartObject("evidence");
        if (e.CaptionIndex is { } caption) w.WriteString("source", $"captions[{caption}]");
        WriteSpan(w, "sentence", e.Sentence, text);
        w.WriteStartObject("fields");
        foreach (var (field, span) in e.Fields)
        {
            w.WriteStartObject(field);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    static void WriteParticipants(Utf8JsonWriter w, string name, List<EventParticipant> list)
    {
        w.WriteStartArray(name);
        foreach (var a in list)
        {
            w.WriteStartObject();
            w.WriteString("entity", a.Entity);
            w.WriteString("text", a.Text);
            w.WriteString("country", a.Country);
            w.WriteString("sector", a.Sector);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void WriteSpan(Utf8JsonWriter w, string name, CharSpan? span, string? text)
    {
        w.WritePropertyName(name);
        if (span is not { } s) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        if (text != null) w.WriteString("text", s.Slice(text));
        w.WriteEndObject();
    }

    static void WriteCount(Utf8JsonWriter w, string name, EventCount? c)
    {
        if (c is null) w.WriteNull(name);
        else w.WriteNumber(name, c.Best);
    }

    static void WriteNumber(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x) w.WriteNumber(name, Math.Round(x, 6));
        else w.WriteNull(name);
    }

    static void WriteNumber(Utf8JsonWriter w, string name, long? v)
    {
        if (v is { } x) w.WriteNumber(name, x);
        else w.WriteNull(name);
    }

    static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    static class TokenNames
    {
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start"), End = JsonEncodedText.Encode("end"),
            Text = JsonEncodedText.Encode("text"), Upos = JsonEncodedText.Encode("upos"), Xpos = JsonEncodedText.Encode("xpos"),
            Lemma = JsonEncodedText.Encode("lemma"), Head = JsonEncodedText.Encode("head"), Deprel = JsonEncodedText.Encode("deprel"),
            Ner = JsonEncodedText.Encode("ner");
    }
}
