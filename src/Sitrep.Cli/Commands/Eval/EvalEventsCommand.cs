using System.CommandLine;
using Sitrep.Evaluation.Events;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval events</c>: PLOVER gold records (JSON), PETRARCH unit-test records (XML), Sitrep's own end-to-end
/// gold (JSONL with article locators), or with <c>--negative</c> a negative control of plain articles.
/// </summary>
internal static class EvalEventsCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<bool> OwnLexicon = new("--own-lexicon")
    {
        Description = "PETRARCH records: code with Sitrep's own lexicon and PLOVER→CAMEO mapping instead of the PETR.Validate dictionaries",
    };

    public static readonly Option<bool> Errors = new("--errors") { Description = "List each wrongly coded record (e2e: missed and spurious events) on stderr" };

    public static readonly Option<string?> Shared = new("--shared")
    {
        Description = "E2e gold: the shared data folder its article locators point into (default: 'shared' beside an ancestor of the gold file)",
    };

    public static readonly Option<bool> Negative = new("--negative")
    {
        Description = "Negative control: --gold is a file, folder or archive of articles with no political or conflict events; reports conflict_events_per_doc",
    };

    public static readonly Option<string?> Within = new("--within")
    {
        Description = "Negative control: only documents whose archive entry or path starts with this (e.g. bbc/sport/)",
    };

    public static Command GetCommand()
    {
        var cmd = new Command("events", "Event accuracy against PLOVER or PETRARCH gold records; end-to-end precision/recall against Sitrep's own article gold; or a negative control");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Json);
        cmd.Options.Add(OwnLexicon);
        cmd.Options.Add(Errors);
        cmd.Options.Add(Shared);
        cmd.Options.Add(Negative);
        cmd.Options.Add(Within);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "events")) return ExitCodes.Fatal;
            var errors = p.GetValue(Errors) ? Console.Error : null;
            var options = CliSettings.Options();
            var result = p.GetValue(Negative) ? NegativeControl.Evaluate(gold, options, p.GetValue(Within), errors)
                : E2eGoldReader.Detect(gold) ? E2eEvaluator.Evaluate(gold, options, p.GetValue(Shared), errors)
                : EventsEvaluator.Evaluate(gold, options, p.GetValue(OwnLexicon), errors);
            return EvalCommand.Report(result, "events", p.GetValue(Json));
        });
        return cmd;
    }
}
