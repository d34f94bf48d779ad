using Sitrep.Language.Tagging;
using Sitrep.Learning;
using Sitrep.Tests.Language;
using Sitrep.Training.Language;
using Sitrep.Training.Learning;

namespace Sitrep.Tests.Learning;

public sealed class ModelFileTests : TempFolderTest
{
    string SavedTagger()
    {
        var path = Path.Combine(Dir, "model.bin");
        TaggerTrainer.Train(TinyTreebank.Sentences(), null, new TrainingOptions { Epochs = 2 }).Save(path);
        return path;
    }

    [Fact]
    public void Truncated_file_gives_one_line_naming_it()
    {
        var path = SavedTagger();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        var result = Tagger.Load(path);
        Assert.False(result.Success);
        Assert.Contains(path, result.Error);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Corrupted_payload_is_reported_with_the_file_name()
    {
        var path = SavedTagger();
        var bytes = File.ReadAllBytes(path);
        for (int i = bytes.Length - 40; i < bytes.Length - 20; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var result = Tagger.Load(path);
        Assert.False(result.Success);
        Assert.Contains(path, result.Error);
        Assert.Matches("is (corrupt|truncated)", result.Error);
    }

    [Fact]
    public void Other_format_version_names_both_versions()
    {
        var path = Path.Combine(Dir, "future.bin");
        ModelFile.Save(path, Tagger.Kind, Tagger.FormatVersion + 1, w => w.Write(0));
        var result = Tagger.Load(path);
        Assert.Equal($"model file {path} has format version {Tagger.FormatVersion + 1}; this build reads version {Tagger.FormatVersion} (retrain with `sitrep train tagger`)", result.Error);
    }

    [Fact]
    public void Wrong_kind_and_foreign_files_are_refused()
    {
        var parserFile = Path.Combine(Dir, "parser.bin");
        ModelFile.Save(parserFile, "parser", 1, w => w.Write(0));
        Assert.Equal($"model file {parserFile} holds a parser model, expected tagger", Tagger.Load(parserFile).Error);
        var text = Path.Combine(Dir, "notes.txt");
        File.WriteAllText(text, "hello, not a model");
        Assert.Equal($"model file {text} is not a Sitrep model", Tagger.Load(text).Error);
    }

    [Fact]
    public void Payload_round_trips_and_trailing_bytes_are_refused()
    {
        var path = Path.Combine(Dir, "x.bin");
        ModelFile.Save(path, "x", 3, w => { w.Write(42); w.Write("forty-two"); });
        Assert.Equal("42 forty-two", ModelFile.Load(path, "x", 3, r => $"{r.ReadInt32()} {r.ReadString()}").Model);
        Assert.Equal($"model file {path} is corrupt (trailing bytes)", ModelFile.Load(path, "x", 3, r => r.ReadInt32().ToString()).Error);
    }
}
