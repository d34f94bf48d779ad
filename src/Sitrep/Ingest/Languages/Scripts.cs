namespace Sitrep.Ingest.Languages;

/// <summary>Writing systems LanguageDetector tells apart before it looks at trigrams.</summary>
enum Script
{
    Other, Latin, Cyrillic, Arabic, Devanagari, Ethiopic, Hebrew, Myanmar,
    Han, Kana, Hangul, Greek, Thai, Georgian, Armenian, Bengali, Tamil, Telugu, Gujarati, Kannada, Malayalam,
    Gurmukhi, Sinhala, Khmer, Lao, Tibetan,
    Count,
}

static class Scripts
{
    public static Script Of(char c) => c switch
    {
        < '\u0250' => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or >= '\u00C0' ? Script.Latin : Script.Other,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0980' and <= '\u09FF' => Script.Bengali,
        >= '\u0A00' and <= '\u0A7F' => Script.Gurmukhi,
        >= '\u0A80' and <= '\u0AFF' => Script.Gujarati,
        >= '\u0B80' and <= '\u0BFF' => Script.Tamil,
        >= '\u0C00' and <= '\u0C7F' => Script.Telugu,
        >= '\u0C80' and <= '\u0CFF' => Script.Kannada,
        >= '\u0D00' and <= '\u0D7F' => Script.Malayalam,
        >= '\u0D80' and <= '\u0DFF' => Script.Sinhala,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u0E80' and <= '\u0EFF' => Script.Lao,
        >= '\u0F00' and <= '\u0FFF' => Script.Tibetan,
        >= '\u1000' and <= '\u109F' => Script.Myanmar,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' or >= '\u3130' and <= '\u318F' => Script.Hangul,
        >= '\u1200' and <= '\u139F' => Script.Ethiopic,
        >= '\u1780' and <= '\u17FF' => Script.Khmer,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
        _ => Script.Other,
    };

    /// <summary>The script with the most letters (the first on ties); Han and kana count together as one.</summary>
    public static Script Top(ReadOnlySpan<int> counts)
    {
        var top = Script.Other;
        for (var s = Script.Latin; s < Script.Count; s++)
        {
            int n = s == Script.Han ? counts[(int)Script.Han] + counts[(int)Script.Kana] : s == Script.Kana ? 0 : counts[(int)s];
            int best = top == Script.Han ? counts[(int)Script.Han] + counts[(int)Script.Kana] : counts[(int)top];
            if (n > best) top = s;
        }
        return top;
    }

    /// <summary>The language a script is written in when only one is (null for scripts shared by several).</summary>
    public static string? SingleLanguage(Script script, ReadOnlySpan<int> counts) => script switch
    {
        // Japanese mixes kanji with kana; Chinese has no kana.
        Script.Han => counts[(int)Script.Kana] * 10 >= counts[(int)Script.Han] ? "ja" : "zh",
        Script.Hangul => "ko",
        Script.Greek => "el",
        Script.Thai => "th",
        Script.Georgian => "ka",
        Script.Armenian => "hy",
        Script.Bengali => "bn",
        Script.Tamil => "ta",
        Script.Telugu => "te",
        Script.Gujarati => "gu",
        Script.Kannada => "kn",
        Script.Malayalam => "ml",
        Script.Gurmukhi => "pa",
        Script.Sinhala => "si",
        Script.Khmer => "km",
        Script.Lao => "lo",
        Script.Tibetan => "bo",
        _ => null,
    };
}
