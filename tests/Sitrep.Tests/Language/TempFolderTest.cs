namespace Sitrep.Tests.Language;

/// <summary>Base for model tests: a private temporary folder, deleted afterwards.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("sitrep-language-").FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Trains and saves twice; the two files must be byte-identical.</summary>
    protected void AssertTrainsIdentically(Action<string> trainAndSave)
    {
        string a = Path.Combine(Dir, "a.bin"), b = Path.Combine(Dir, "b.bin");
        trainAndSave(a);
        trainAndSave(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
