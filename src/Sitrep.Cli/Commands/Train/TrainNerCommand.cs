using System.CommandLine;
using Sitrep.Entities.Recognition;
using Sitrep.Training.Entities;
using Sitrep.Training.Learning;

namespace Sitrep.Cli.Commands.Train;

/// <summary><c>sitrep train ner --train PATH… [--dev PATH] --out DIR</c>.</summary>
internal static class TrainNerCommand
{
    public static readonly Option<string[]> Train = new("--train")
    {
        Description = "Training files (CoNLL, Universal NER iob2, GMB CSV, re3d; format detected per file)",
        Required = true, AllowMultipleArgumentsPerToken = true,
    };
    public static readonly Option<string?> Dev = new("--dev") { Description = "Development file scored into card.json" };
    public static readonly Option<string> Out = new("--out") { Description = "Output folder for model.bin and card.json", Required = true };
    public static readonly Option<string?> Teacher = new("--teacher") { Description = "Model typing silver spans of UD treebanks without entity labels" };
    public static readonly Option<bool> Pos = new("--pos") { Description = "Use UPOS features predicted by the shipped tagger (models/tagger)" };
    public static readonly Option<string?> HoldOut = new("--hold-out")
    {
        Description = "K/N: Universal NER (iob2) files train on every document fold but K (document index mod N); an iob2 --dev file is scored on fold K only",
    };
    public static readonly Option<int> InDomainCopies = new("--in-domain-copies")
    {
        Description = "Repeat each Universal NER (iob2) training sentence this many times", DefaultValueFactory = _ => 1,
    };
    public static readonly Option<int> GmbSentences = new("--gmb-sentences") { Description = "Use only the first N sentences of GMB's train part (0 = all)" };
    public static readonly Option<bool> BestEpoch = new("--best-epoch") { Description = "Keep the epoch scoring best on --dev (hold that part out of training)" };
    public static readonly Option<int> LowercaseEvery = new("--lowercase-every")
    {
        Description = "Every Nth training sentence is also trained lower-cased (0 = never)", DefaultValueFactory = _ => new NerTrainOptions().LowercaseCopyEvery,
    };
    public static readonly Option<bool> Clusters = new("--clusters") { Description = "Use Brown-cluster features from models/clusters (stored in the model)" };
    public static readonly Option<bool> CueWords = new("--cue-words") { Description = "Use organisation/place head and trigger word features" };
    public static readonly Option<bool> SentenceCase = new("--sentence-case") { Description = "Use the sentence's casing (lower, caps, title) crossed with token shape" };
    public static readonly Option<bool> KnownOrgs = new("--known-orgs") { Description = "Use the list of one-word company, brand and institution names" };
    public static readonly Option<bool> DocConsistency = new("--doc-consistency")
    {
        Description = "Tag with document-level consistency: one type per repeated name, repeats of a found name tagged (recorded in the model)",
    };
    public static readonly Option<bool> Syntax = new("--syntax") { Description = "Use dependency features from the shipped parser (models/parser; needs --pos)" };
    public static readonly Option<bool> Viterbi = new("--viterbi") { Description = "Structured perceptron trained and decoded with Viterbi search (first-order history features) instead of greedy decoding" };
    public static readonly Option<int> Epochs = new("--epochs") { DefaultValueFactory = _ => new NerTrainOptions().Epochs };
    public static readonly Option<int> Seed = new("--seed") { DefaultValueFactory = _ => new NerTrainOptions().Seed };
    public static readonly Option<int> Members = new("--members")
    {
        Description = "Train this many models (seeds --seed, --seed+1, …) and average their weights into one", DefaultValueFactory = _ => new NerTrainOptions().Members,
    };

    public static Command GetCommand()
    {
        var cmd = new Command("ner", "Train the named-entity recogniser");
        foreach (var o in new Option[] { Train, Dev, Out, Teacher, Pos, HoldOut, InDomainCopies, GmbSentences, BestEpoch, LowercaseEvery, Clusters, CueWords, SentenceCase, KnownOrgs, DocConsistency, Syntax, Viterbi, Epochs, Seed, Members }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var folds = NerFolds.Parse(p.GetValue(HoldOut), out var foldError);
            if (foldError is not null)
            {
                Console.Error.WriteLine($"sitrep train ner: {foldError}");
                return ExitCodes.Fatal;
            }
            var request = new NerTrainingRequest(p.GetValue(Train)!, p.GetValue(Dev), p.GetValue(Out)!)
            {
                Teacher = p.GetValue(Teacher), Pos = p.GetValue(Pos), HoldOut = folds, InDomainCopies = Math.Max(1, p.GetValue(InDomainCopies)), GmbSentences = Math.Max(0, p.GetValue(GmbSentences)), BestEpoch = p.GetValue(BestEpoch), Clusters = p.GetValue(Clusters),
                Extras = (p.GetValue(CueWords) ? NerExtraFeatures.CueWords : 0) | (p.GetValue(SentenceCase) ? NerExtraFeatures.SentenceCase : 0) | (p.GetValue(KnownOrgs) ? NerExtraFeatures.KnownOrgs : 0) | (p.GetValue(Syntax) ? NerExtraFeatures.Syntax : 0)
                    | (p.GetValue(DocConsistency) ? NerExtraFeatures.DocumentTypes | NerExtraFeatures.DocumentPropagate : 0),
                Options = new NerTrainOptions { Epochs = p.GetValue(Epochs), Seed = p.GetValue(Seed), Members = Math.Max(1, p.GetValue(Members)), LowercaseCopyEvery = Math.Max(0, p.GetValue(LowercaseEvery)), Viterbi = p.GetValue(Viterbi) },
                CommandLine = "sitrep " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            };
            var result = NerTraining.Run(request, line => Console.Error.WriteLine(line));
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"sitrep train ner: {result.Error}");
                return ExitCodes.Fatal;
            }
            Console.Error.WriteLine($"wrote {result.ModelPath}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
