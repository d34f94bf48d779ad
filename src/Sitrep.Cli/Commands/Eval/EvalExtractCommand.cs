using System.CommandLine;
using Sitrep.Evaluation.Ingest;
using Sitrep.Ingest.Html;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval extract</c>: HTML main-text extraction against an annotated benchmark (word 4-gram overlap).</summary>
internal static class EvalExtractCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<string> Extractor = new("--extractor")
    {
        Description = "own (default), smartreader, or combined (own, SmartReader when the own text is thin)",
        DefaultValueFactory = _ => "own",
    };

    static EvalExtractCommand() => Extractor.AcceptOnlyFromAmong("own", "smartreader", "combined");

    public static Command GetCommand()
    {
        var cmd = new Command("extract", "Main-text extraction F1 on a folder with html/<id>.html.gz pages in a .tar.gz and ground-truth*.json (shingle overlap), or html/<file> pages and evaldata.json (trafilatura segments)");
        cmd.Options.Add(Gold);
        cmd.Options.Add(Json);
        cmd.Options.Add(Extractor);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "extract")) return ExitCodes.Fatal;
            if (!Directory.Exists(gold))
            {
                Console.Error.WriteLine($"sitrep eval extract: gold '{gold}' must be a folder");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(ExtractionEvaluation.Run(gold, Parse(p.GetValue(Extractor)!)), p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    static HtmlExtractor Parse(string name) => name switch
    {
        "smartreader" => HtmlExtractor.SmartReader,
        "combined" => HtmlExtractor.Combined,
        _ => HtmlExtractor.Own,
    };
}
