using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Evaluation.Events;

/// <summary>
/// Reads PETRARCH unit-test records (validation XML: &lt;Sentence id&gt; with &lt;EventCoding sourcecode targetcode
/// eventcode&gt; or noevents="True", and &lt;Text&gt;). Records marked error= and the FINAL-RECORD sentinel are skipped.
/// </summary>
internal static class PetrarchGoldReader
{
    public static GoldReadResult Read(string path, Func<string, string?> ploverTypeOfCameo)
    {
        try
        {
            var xml = XDocument.Load(path);
            var records = new List<GoldRecord>();
            foreach (var s in xml.Descendants("Sentence"))
            {
                var id = (string?)s.Attribute("id") ?? $"sentence-{records.Count + 1}";
                var text = s.Element("Text")?.Value;
                if (string.IsNullOrWhiteSpace(text) || id.StartsWith("FINAL", StringComparison.Ordinal)) continue;
                var codings = s.Elements("EventCoding").ToList();
                if (codings.Any(c => c.Attribute("error") != null)) continue;
                bool none = codings.Any(c => (string?)c.Attribute("noevents") == "True") || codings.Count == 0;
                var valid = codings.Where(c => c.Attribute("eventcode") != null).ToList();
                var codes = valid.Select(c => (string)c.Attribute("eventcode")!).Where(c => c.Length > 0 && char.IsDigit(c[0])).Distinct().ToList();
                records.Add(new GoldRecord(id, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), (string?)s.Attribute("date"))
                {
                    Type = codes.Count > 0 ? ploverTypeOfCameo(codes[0]) : null,
                    Sources = [.. valid.Select(c => new GoldParticipant(null, (string?)c.Attribute("sourcecode")))],
                    Targets = [.. valid.Select(c => new GoldParticipant(null, (string?)c.Attribute("targetcode")))],
                    CameoCodes = codes,
                    ExpectsNoEvent = none && codes.Count == 0,
                });
            }
            return GoldReadResult.Ok(records);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return GoldReadResult.Fail($"{path}: {e.Message}");
        }
    }
}
