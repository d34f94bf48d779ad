using Sitrep.Ingest.Languages;

namespace Sitrep.Tests.Ingest;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("The minister said that the talks would resume in the capital after the election.", "en")]
    [InlineData("Le ministre a dit que les négociations reprendront dans la capitale après les élections.", "fr")]
    [InlineData("Der Minister sagte, dass die Gespräche nach der Wahl in der Hauptstadt wieder aufgenommen werden.", "de")]
    [InlineData("El ministro dijo que las conversaciones se reanudarán en la capital después de las elecciones.", "es")]
    [InlineData("Il ministro ha detto che i colloqui riprenderanno nella capitale dopo le elezioni, come previsto dal governo.", "it")]
    [InlineData("O ministro disse que as negociações serão retomadas na capital após as eleições, segundo o governo.", "pt")]
    [InlineData("De minister zei dat de gesprekken na de verkiezingen in de hoofdstad worden hervat.", "nl")]
    [InlineData("قال الوزير إن المحادثات ستستأنف في العاصمة بعد الانتخابات", "ar")]
    [InlineData("Министр сказал, что переговоры возобновятся в столице после выборов.", "ru")]
    public void Detects_the_language_of_a_news_sentence(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12,000 / 45.5")]
    public void Returns_null_without_evidence(string text) => Assert.Null(LanguageDetector.Detect(text));
}
