using Sitrep.Learning;

namespace Sitrep.Training.Learning;

/// <summary>
/// The model of the epoch that scored best on held-out data, kept in memory during training (a later
/// epoch must score strictly higher to replace it), so nothing is saved and read back.
/// </summary>
internal sealed class BestEpoch<TModel> where TModel : class
{
    public TModel? Model { get; private set; }
    public int Epoch { get; private set; }
    public double Score { get; private set; } = double.NegativeInfinity;

    /// <summary>Keeps <paramref name="model"/> when <paramref name="score"/> beats the best so far; returns whether it did.</summary>
    public bool Offer(int epoch, double score, TModel model)
    {
        if (score <= Score) return false;
        (Model, Epoch, Score) = (model, epoch, score);
        return true;
    }
}
