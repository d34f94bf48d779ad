using Sitrep.Entities.Actors;

namespace Sitrep.Tests.Entities;

public class ActorLexiconTests
{
    [Fact]
    public void A_missing_npm_folder_is_named_in_a_warning_and_the_own_lists_still_load()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitrep-no-such-npm-" + Guid.NewGuid().ToString("N"));
        var lex = ActorLexicon.Load(missing);
        Assert.Contains(missing, lex.MissingDataWarning);
        Assert.False(lex.HasCountryData);
        Assert.Empty(lex.FirstNames);
        Assert.NotEmpty(lex.LocationHeads);
    }

    [Fact]
    public void No_warning_when_no_npm_folder_was_asked_for()
    {
        Assert.Null(ActorLexicon.Load(null).MissingDataWarning);
    }
}
