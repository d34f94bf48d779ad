using System.CommandLine;
using Sitrep.Evaluation.Entities;
using Sitrep.Training.Entities;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval ner</c>: exact span F1 against CoNLL, Universal NER, GMB, re3d, BTC, CrossNER or WikiANN gold.</summary>
internal static class EvalNerCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<string> Format = CommonOptions.Format("conll", "conll", "iob2", "gmb", "re3d", "btc", "crossner", "wikiann");
    public static readonly Option<string> Part = new("--part")
    {
        Description = "GMB only: which sentences to score (the last block is held apart from training)",
        DefaultValueFactory = _ => "heldout",
    };
    public static readonly Option<string?> Model = new("--model") { Description = "NER model file (default models/ner/model.bin)" };
    public static readonly Option<string?> HoldOut = new("--hold-out")
    {
        Description = "K/N, iob2 only: score only the documents of fold K (document index mod N), the part `train ner --hold-out K/N` kept unseen",
    };
    public static readonly Option<string?> Errors = new("--errors") { Description = "Write each sentence with missed and spurious spans to this file" };

    static EvalNerCommand() => Part.AcceptOnlyFromAmong("heldout", "train", "all");

    public static Command GetCommand()
    {
        var cmd = new Command("ner", "Named-entity precision, recall and F1 (exact span and type)");
        foreach (var o in new Option[] { Gold, Format, Part, Model, HoldOut, Errors, Json }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var gold = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(gold, "ner")) return ExitCodes.Fatal;
            var folds = NerFolds.Parse(p.GetValue(HoldOut), out var foldError);
            if (foldError is not null)
            {
                Console.Error.WriteLine($"sitrep eval ner: {foldError}");
                return ExitCodes.Fatal;
            }
            var result = NerEvaluation.Run(gold, ParseFormat(p.GetValue(Format)!), CliSettings.Options(), ParsePart(p.GetValue(Part)!), p.GetValue(Model), p.GetValue(Errors), folds);
            return EvalCommand.Report(result, "ner", p.GetValue(Json));
        });
        return cmd;
    }

    public static NerFormat ParseFormat(string format) => Enum.Parse<NerFormat>(format, ignoreCase: true);
    public static GmbPart ParsePart(string part) => part switch { "train" => GmbPart.Train, "all" => GmbPart.All, _ => GmbPart.HeldOut };
}
