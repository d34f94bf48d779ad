using System.CommandLine;
using Sitrep.Entities.Actors;
using Sitrep.Entities.Recognition;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval ner</c>: exact span F1 against CoNLL, Universal NER, GMB or re3d gold.</summary>
public static class EvalNerCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<string> Format = CommonOptions.Format("conll", "conll", "iob2", "gmb", "re3d");
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
            var result = Evaluate(gold, ParseFormat(p.GetValue(Format)!), ParsePart(p.GetValue(Part)!), p.GetValue(Model), p.GetValue(Errors), folds);
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"sitrep eval ner: {result.Error}");
                return ExitCodes.Fatal;
            }
            EvalCommand.Print(result.Scores!, p.GetValue(Json));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static NerFormat ParseFormat(string format) => Enum.Parse<NerFormat>(format, ignoreCase: true);
    public static GmbPart ParsePart(string part) => part switch { "train" => GmbPart.Train, "all" => GmbPart.All, _ => GmbPart.HeldOut };

    public sealed record Result(Dictionary<string, object?>? Scores, string? Error);

    public static Result Evaluate(string goldPath, NerFormat format, GmbPart part = GmbPart.HeldOut, string? modelPath = null, string? errorsPath = null, NerFolds? holdOut = null)
    {
        var options = CliSettings.Options();
        modelPath ??= NerStage.ModelPath(options.ModelsDirectory);
        var load = NerModel.Load(modelPath);
        if (!load.Success) return new(null, load.Error);
        var lexicon = ActorLexicon.Load(options.NpmDirectory);
        var corpus = NerCorpusReader.Read(goldPath, format, part, lexicon);
        if (!corpus.Success) return new(null, corpus.Error);
        if (holdOut is not null && format != NerFormat.Iob2) return new(null, $"{goldPath}: --hold-out applies to --format iob2 only");
        var gold = holdOut is { } folds ? folds.Select(corpus.Sentences, heldOut: true) : corpus.Sentences;
        var pos = NerPosTagging.For(load.Model!, options.ModelsDirectory, out var posError);
        if (posError is not null) return new(null, posError);
        using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        var scores = NerEvaluator.Evaluate(gold, new NerTagger(load.Model!, lexicon), NerCorpusReader.Scheme(format), errors, pos is null ? null : pos.Tag);
        return new(scores.ToDictionary(), null);
    }
}
