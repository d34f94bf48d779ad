namespace Sitrep.Evaluation;

/// <summary>Scores keyed as the contract names them, or the one-line reason evaluation could not run.</summary>
internal sealed record EvaluationResult(Dictionary<string, object?> Scores, string? Error)
{
    public bool Success => Error is null;
    public static EvaluationResult Ok(Dictionary<string, object?> scores) => new(scores, null);
    public static EvaluationResult Fail(string error) => new([], error);
}
