using System.CommandLine;
using Sitrep.Evaluation.Stories;
using Sitrep.Stories;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval stories</c>: online story clustering against hand-grouped articles of a corpus.</summary>
internal static class EvalStoriesCommand
{
    public static readonly Option<string> Gold = EvalCommand.Gold();
    public static readonly Option<string> Corpus = new("--corpus") { Description = "The corpus holding the gold articles (file, folder or archive)", Required = true };
    public static readonly Option<double?> Threshold = new("--threshold") { Description = "Similarity at or above which an article joins a story" };
    public static readonly Option<double?> WindowDays = new("--window-days") { Description = "Days a story stays open after its latest article" };
    public static readonly Option<bool> Json = CommonOptions.Json();
    public static readonly Option<bool> Sweep = new("--sweep") { Description = "Dev-half F1 over a grid of thresholds and windows (for tuning; the test half is not shown)" };

    public static Command GetCommand()
    {
        var cmd = new Command("stories", "Story clustering against hand-grouped gold: pairwise and B-cubed P/R/F1, dev and test halves");
        foreach (var o in new Option[] { Gold, Corpus, Threshold, WindowDays, Json, Sweep }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var goldPath = p.GetValue(Gold)!;
            if (!EvalCommand.CheckGold(goldPath, "stories")) return ExitCodes.Fatal;
            var options = new StoryOptions();
            if (p.GetValue(Threshold) is { } t) options = options with { Threshold = t };
            if (p.GetValue(WindowDays) is { } d) options = options with { Window = TimeSpan.FromDays(d) };
            return EvalCommand.Report(StoryEvaluation.Run(goldPath, p.GetValue(Corpus)!, options, p.GetValue(Sweep), CliSettings.Options()), "stories", p.GetValue(Json));
        });
        return cmd;
    }
}
