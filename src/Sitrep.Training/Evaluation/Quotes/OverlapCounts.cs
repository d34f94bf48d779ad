namespace Sitrep.Evaluation.Quotes;

/// <summary>Overlap matching: precision over system spans touching some gold span, recall over gold spans touched.</summary>
internal sealed class OverlapCounts
{
    public long SystemHits, System, GoldHits, Gold;

    public double Precision => System == 0 ? 0 : (double)SystemHits / System;
    public double Recall => Gold == 0 ? 0 : (double)GoldHits / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
