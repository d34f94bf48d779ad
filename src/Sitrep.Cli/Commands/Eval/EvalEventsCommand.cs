using System.CommandLine;
using Sitrep.Events.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval events</c>: PLOVER gold records (JSON) or PETRARCH unit-test records (XML).</summary>
public static class EvalEventsCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<bool> OwnLexicon = new("--own-lexicon")
    {
        Description = "PETRARCH records: code with Sitrep's own lexicon and PLOVER→CAMEO mapping instead of the PETR.Validate dictionaries",
    };

    public static readonly Option<bool> Errors = new("--errors") { Description = "List each wrongly coded record on stderr" };

    public static Command GetCommand()
    {
        var cmd = new Command("events", "Event type, mode, actor, recipient (and CAMEO) accuracy against PLOVER or PETRARCH gold records");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Json);
        cmd.Options.Add(OwnLexicon);
        cmd.Options.Add(Errors);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "events")) return ExitCodes.Fatal;
            var result = EventsEvaluator.Evaluate(gold, CliSettings.Options(), p.GetValue(OwnLexicon), p.GetValue(Errors) ? Console.Error : null);
            if (!result.Success)
            {
                Console.Error.WriteLine($"sitrep eval events: {result.Error}");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(result.Scores, p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static EvaluationResult Evaluate(string goldPath, bool ownLexicon = false) =>
        EventsEvaluator.Evaluate(goldPath, CliSettings.Options(), ownLexicon);
}
