using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Cameo;
using Sitrep.Pipeline;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Scores the whole pipeline against gold event records. Each record's text is run as its own document (the
/// record's date as publication date); the record is compared with the document's main event, the one with the
/// highest confidence (earliest on ties). A record with no coded event counts as wrong.
/// <list type="bullet">
/// <item>event_accuracy: main event's PLOVER type equals the gold type (PETRARCH: the PLOVER type of the first gold CAMEO code);</item>
/// <item>mode_accuracy: over records whose gold has a mode, type and mode both equal;</item>
/// <item>actor_accuracy / recipient_accuracy: over records with gold sources / targets, some coded actor (recipient) matches
///   some gold one: PLOVER by text (either contains the other, case-insensitive) or ISO3 code; PETRARCH by the first three
///   letters of the code the PETR.Validate actor dictionary gives the coded text;</item>
/// <item>cameo_accuracy / cameo_root_accuracy (PETRARCH): the main event's CAMEO code, or its two-digit root, equals any gold code's.</item>
/// </list>
/// PETRARCH records that expect no event are scored apart (no_event_accuracy). With the PETR.Validate dictionaries beside the
/// gold (../dictionaries), the PETRARCH run swaps in their verb lexicon for the shipped one, as PETRARCH's own unit tests do.
/// </summary>
internal static class EventsEvaluator
{
    public static EvaluationResult Evaluate(string goldPath, AnalyzerOptions options, bool ownLexicon = false, TextWriter? errors = null)
    {
        var files = Directory.Exists(goldPath)
            ? Directory.EnumerateFiles(goldPath, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).Order().ToList()
            : [goldPath];
        if (files.Count == 0) return EvaluationResult.Fail($"{goldPath}: no .json (PLOVER) or .xml (PETRARCH) gold files");
        bool petrarch = files[0].EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        if (files.Any(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) != petrarch))
            return EvaluationResult.Fail($"{goldPath}: mixes PLOVER JSON and PETRARCH XML; evaluate them separately");

        var goldDir = Path.GetDirectoryName(Path.GetFullPath(files[0]))!;
        var cameoToPlover = CameoToPlover.TryLoad(Path.Combine(goldDir, "..", "..", "plover", "CAMEO2PLOVER-2021.txt"));
        PetrarchDictionaries? dictionaries = petrarch ? PetrarchDictionaries.TryLoad(Path.Combine(goldDir, "..", "dictionaries"), cameoToPlover) : null;

        var records = new List<GoldRecord>();
        foreach (var f in files)
        {
            var read = petrarch ? PetrarchGoldReader.Read(f, c => cameoToPlover?.TypeOf(c)) : PloverGoldReader.Read(f);
            if (!read.Success) return EvaluationResult.Fail(read.Error!);
            records.AddRange(read.Records);
        }

        var pipeline = BuildPipeline(options, petrarch && !ownLexicon ? dictionaries : null);
        var timings = new StageTimings();
        var tally = new Tally();
        long tokens = 0;
        foreach (var gold in records)
        {
            var doc = new Doc(gold.Text, new DocumentInfo { Id = gold.Id, Published = PublishedOf(gold.Date) });
            if (pipeline.Process(doc, timings) is { } failure) return EvaluationResult.Fail($"{gold.Id}: {failure.Message}");
            tokens += doc.Count;
            var main = doc.Events.OrderByDescending(e => e.Confidence).FirstOrDefault();
            bool right = tally.Add(gold, main, petrarch ? dictionaries : null, out var missed);
            if (errors != null && right && missed.Length > 0 && main != null)
                errors.WriteLine($"{gold.Id}\t{missed} miss\tgold [{string.Join(", ", gold.Sources.Select(g => g.Text ?? g.Code))}] -> [{string.Join(", ", gold.Targets.Select(g => g.Text ?? g.Code))}]"
                    + $"\tcoded [{string.Join(", ", main.Actors.Select(a => a.Text))}] -> [{string.Join(", ", main.Recipients.Select(a => a.Text))}]\t{gold.Text}");
            if (!right)
                errors?.WriteLine($"{gold.Id}\tgold {gold.Type}/{gold.Mode} {string.Join(',', gold.CameoCodes)}\tcoded {main?.Type}/{main?.Mode} {main?.Cameo}"
                    + $" [{string.Join(", ", main?.Actors.Select(a => a.Text) ?? [])}] -> [{string.Join(", ", main?.Recipients.Select(a => a.Text) ?? [])}]\t{gold.Text}");
        }
        var seconds = timings.Totals.TryGetValue("events", out var t) ? t.TotalSeconds : 0;
        var scores = tally.Scores(petrarch);
        scores["events_tokens_per_second"] = tokens / Math.Max(seconds, 1e-9);
        scores["lexicon"] = petrarch && !ownLexicon && dictionaries != null ? "PETR.Validate" : "sitrep";
        return EvaluationResult.Ok(scores);
    }

    static DocPipeline BuildPipeline(AnalyzerOptions options, PetrarchDictionaries? dictionaries)
    {
        var stages = StageCatalog.Build(options).Stages.ToList();
        if (dictionaries != null)
            stages = [.. stages.Select(s => s is EventsStage e ? new EventsStage(new EventCoder(dictionaries.Verbs), e.Gate) : s)];
        return new DocPipeline(stages);
    }

    static PublishedDate? PublishedOf(string? date)
    {
        if (date is null) return null;
        if (date.Length == 8 && date.All(char.IsDigit)) date = $"{date[..4]}-{date[4..6]}-{date[6..]}";
        return new PublishedDate(date);
    }

    sealed class Tally
    {
        int _records, _typeRight, _modeRecords, _modeRight, _actorRecords, _actorRight, _recipientRecords, _recipientRight;
        int _cameoRecords, _cameoRight, _rootRight, _noEventRecords, _noEventRight;

        /// <summary>Counts one record; false when its main event (type, or CAMEO root for PETRARCH) is wrong.</summary>
        /// <param name="missed">"actor", "recipient" or "actor+recipient" when those were scored and wrong, else empty.</param>
        public bool Add(GoldRecord gold, EventRecord? main, PetrarchDictionaries? dictionaries, out string missed)
        {
            missed = "";
            if (gold.ExpectsNoEvent)
            {
                _noEventRecords++;
                if (main is null) _noEventRight++;
                return main is null;
            }
            _records++;
            bool typeRight = main != null && main.Type == gold.Type;
            if (typeRight) _typeRight++;
            if (gold.Mode != null)
            {
                _modeRecords++;
                if (typeRight && main!.Mode == gold.Mode) _modeRight++;
            }
            if (gold.Sources.Count > 0)
            {
                _actorRecords++;
                if (main != null && Matches(main.Actors, gold.Sources, dictionaries)) _actorRight++;
                else missed = "actor";
            }
            if (gold.Targets.Count > 0)
            {
                _recipientRecords++;
                if (main != null && Matches(main.Recipients, gold.Targets, dictionaries)) _recipientRight++;
                else missed = missed.Length > 0 ? "actor+recipient" : "recipient";
            }
            if (gold.CameoCodes.Count > 0)
            {
                _cameoRecords++;
                if (main?.Cameo is { } code)
                {
                    if (gold.CameoCodes.Contains(code)) _cameoRight++;
                    if (gold.CameoCodes.Any(g => CameoMapper.Root(g) == CameoMapper.Root(code))) _rootRight++;
                    else return false;
                }
                else return false;
            }
            return typeRight || gold.CameoCodes.Count > 0;
        }

        static bool Matches(List<EventParticipant> coded, List<GoldParticipant> gold, PetrarchDictionaries? dictionaries)
        {
            foreach (var p in coded)
                foreach (var g in gold)
                {
                    if (dictionaries != null)
                    {
                        if (g.Code is { Length: >= 3 } gc && dictionaries.ActorCode(p.Text) is { Length: >= 3 } pc
                            && string.Equals(gc[..3], pc[..3], StringComparison.OrdinalIgnoreCase)) return true;
                        continue;
                    }
                    if (p.Country != null && p.Country == g.Code) return true;
                    if (g.Text is { Length: > 0 } t && (p.Text.Contains(t, StringComparison.OrdinalIgnoreCase) || t.Contains(p.Text, StringComparison.OrdinalIgnoreCase)))
                        return true;
                }
            return false;
        }

        static double Ratio(int right, int total) => total == 0 ? 0 : (double)right / total;

        public Dictionary<string, object?> Scores(bool petrarch)
        {
            var scores = new Dictionary<string, object?>
            {
                ["event_accuracy"] = Ratio(_typeRight, _records),
                ["mode_accuracy"] = Ratio(_modeRight, _modeRecords),
                ["actor_accuracy"] = Ratio(_actorRight, _actorRecords),
                ["recipient_accuracy"] = Ratio(_recipientRight, _recipientRecords),
                ["records"] = _records,
                ["mode_records"] = _modeRecords,
            };
            if (petrarch)
            {
                scores["cameo_root_accuracy"] = Ratio(_rootRight, _cameoRecords);
                scores["cameo_accuracy"] = Ratio(_cameoRight, _cameoRecords);
                scores["no_event_accuracy"] = Ratio(_noEventRight, _noEventRecords);
                scores["no_event_records"] = _noEventRecords;
            }
            return scores;
        }
    }
}
