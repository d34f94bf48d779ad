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
    [InlineData("Ministr uvedl, že jednání budou po volbách v hlavním městě pokračovat, jak vláda slíbila.", "cs")]
    [InlineData("Minister powiedział, że rozmowy zostaną wznowione w stolicy po wyborach, jak obiecał rząd.", "pl")]
    [InlineData("Bakan, görüşmelerin seçimlerden sonra başkentte yeniden başlayacağını söyledi.", "tr")]
    [InlineData("Ministern sade att samtalen ska återupptas i huvudstaden efter valet, enligt regeringen.", "sv")]
    [InlineData("Міністр сказав, що переговори відновляться у столиці після виборів, як обіцяв уряд.", "uk")]
    [InlineData("Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν στην πρωτεύουσα μετά τις εκλογές.", "el")]
    [InlineData("大臣は、選挙の後に首都で協議を再開すると述べた。", "ja")]
    [InlineData("部长表示，选举结束后将在首都恢复会谈，政府也承诺支持这一计划。", "zh")]
    [InlineData("장관은 선거 후 수도에서 회담이 재개될 것이라고 말했다.", "ko")]
    [InlineData("מנכ\"ל המשרד אמר כי השיחות יתחדשו בבירה לאחר הבחירות.", "he")]
    [InlineData("मंत्री ने कहा कि चुनाव के बाद राजधानी में बातचीत फिर से शुरू होगी।", "hi")]
    public void Detects_the_language_of_a_news_sentence(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Rebels shelled the airport in Kharkiv as Putin met Erdogan in Ankara on Tuesday.")]
    [InlineData("Police in Lagos arrested 40 protesters outside the governor's office.")]
    [InlineData("Chelsea beat Portsmouth 2-0 at Stamford Bridge on Saturday.")]
    public void Keeps_short_English_news_full_of_foreign_names_English(string text) =>
        Assert.Equal("en", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12,000 / 45.5")]
    [InlineData("Paris, 12 mai")]
    public void Returns_null_without_evidence(string text) => Assert.Null(LanguageDetector.Detect(text));
}
