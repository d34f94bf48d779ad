using Sitrep.Documents;
using Sitrep.Pipeline;
namespace Sitrep.Tests.Events;
public class ScratchTests
{
    [Fact]
    public void Seed()
    {
        var text = File.ReadAllText("/work/shared/seed/000_917bcb8a5589eac4.txt");
        var doc = new Doc(text);
        new Sitrep.Language.Tokenization.TokenizerStage().Process(doc);
        new Sitrep.Events.EventsStage().Process(doc);
    }
}
