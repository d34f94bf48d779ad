using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Tests.Stories;

/// <summary>Short self-written articles: one report, a lightly edited re-publication of it, and an unrelated one.</summary>
static class StoryTexts
{
    public const string Report =
        "Heavy flooding along the Arno river forced the evacuation of three villages near Pisa on Tuesday, regional officials said. " +
        "Firefighters used boats to reach families trapped on the upper floors of their homes after two days of torrential rain. " +
        "The regional governor declared a state of emergency and asked the national government for help with the clean-up. " +
        "Schools in the province will stay closed until Friday while engineers inspect bridges and levees along the river. " +
        "Forecasters expect more rain over the weekend, and residents of low-lying districts were told to prepare to leave.";

    /// <summary>The report as another outlet re-published it: a new first word, one sentence cut, one added.</summary>
    public const string Edited =
        "Severe flooding along the Arno river forced the evacuation of three villages near Pisa on Tuesday, regional officials said. " +
        "Firefighters used boats to reach families trapped on the upper floors of their homes after two days of torrential rain. " +
        "The regional governor declared a state of emergency and asked the national government for help with the clean-up. " +
        "Schools in the province will stay closed until Friday while engineers inspect bridges and levees along the river. " +
        "Forecasters expect more rain over the weekend. Local volunteers have opened two shelters in a sports hall.";

    public const string Unrelated =
        "The central bank left its main interest rate unchanged on Thursday, saying inflation was slowing faster than it had expected. " +
        "Analysts had forecast the decision, although two members of the rate-setting committee voted for a cut of a quarter point. " +
        "The governor told reporters that wage growth remained strong and that the bank would watch the housing market closely. " +
        "Shares in the largest lenders rose slightly after the announcement, while the currency weakened against the dollar and the euro. " +
        "The next meeting is due in six weeks, when the bank will also publish new forecasts for growth and unemployment.";

    public static Doc Doc(string text, string source, string? title = "Floods force evacuations", string? publisher = null)
    {
        var doc = new Doc(text, new DocumentInfo { SourcePath = source, Title = title, Publisher = publisher });
        doc.Info.Id = DocumentIds.Compute(doc.Info, doc.Text);
        return doc;
    }
}
