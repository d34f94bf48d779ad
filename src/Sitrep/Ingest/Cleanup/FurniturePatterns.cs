using System.Text.RegularExpressions;
using Sitrep.Pipeline;

namespace Sitrep.Ingest.Cleanup;

/// <summary>Whole-paragraph patterns for page furniture and captions, read from <c>English/furniture.txt</c>.</summary>
internal static class FurniturePatterns
{
    public const string CaptionReason = "caption";
    /// <summary>Longer paragraphs are body text whatever they start with.</summary>
    public const int MaxChars = 500;

    static readonly (string Reason, Regex Pattern)[] Patterns = Load();

    /// <summary>The reason a paragraph is furniture ("caption" for captions), or null for body text.</summary>
    public static string? Match(string paragraph)
    {
        if (paragraph.Length > MaxChars) return null;
        foreach (var (reason, pattern) in Patterns)
            if (pattern.IsMatch(paragraph)) return reason;
        return null;
    }

    static (string, Regex)[] Load() =>
        EmbeddedData.Lines("Ingest/English/furniture.txt")
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], new Regex($"^(?:{parts[1]})$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))))
            .ToArray();
}
