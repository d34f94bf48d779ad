namespace Sitrep.Tests.Ingest;

/// <summary>Reader tests write their inputs into a scratch folder that is deleted after each test.</summary>
public abstract class ReaderTestBase : IDisposable
{
    protected TempInputs Inputs { get; } = new();

    public void Dispose()
    {
        Inputs.Dispose();
        GC.SuppressFinalize(this);
    }
}
