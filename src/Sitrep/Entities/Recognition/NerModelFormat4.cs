using System.IO.Compression;
using System.Text;
using Sitrep.Language.Features;
using Sitrep.Learning;

namespace Sitrep.Entities.Recognition;

/// <summary>
/// Reads NER model files written before the <see cref="ModelFile"/> container (formats 1–4, gzip): magic,
/// format and template versions, flag bytes, tag names, dense half-precision rows, then any word clusters.
/// Only read, never written: a model saved again is saved in the current format.
/// </summary>
internal static class NerModelFormat4
{
    const string Magic = "SITREP-NER";
    const int LastFormat = 4;
    /// <summary>Flags byte: bit 0 POS, bit 1 clusters, bits 2–6 the first five extras, bit 7 Viterbi; format 3 adds a byte of further extras.</summary>
    const int ViterbiFlag = 128, FirstByteExtras = 5;

    public static bool Recognises(string path)
    {
        if (!File.Exists(path)) return false;
        using var file = File.OpenRead(path);
        return file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;   // the gzip magic
    }

    public static ModelLoadResult<NerModel> Load(string path)
    {
        try
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var r = new BinaryReader(gz, Encoding.UTF8);
            if (r.ReadString() != Magic) return Fail(path, "is not a Sitrep NER model");
            int format = r.ReadInt32(), templates = r.ReadInt32();
            // Format 1 models have no POS flag and never used POS; templates 2 changed POS templates only.
            bool readable = ((format is >= 2 and <= LastFormat) && templates == NerFeatures.TemplateVersion) || (format == 1 && templates == 1);
            if (!readable)
                return Fail(path, $"has format {format}/features {templates}; this build reads {NerModel.FormatVersion} (and 2–{LastFormat})/{NerFeatures.TemplateVersion}");
            int flags = format == 1 ? 0 : r.ReadByte();
            bool usesPos = (flags & 1) != 0, usesClusters = (flags & 2) != 0, usesViterbi = (flags & ViterbiFlag) != 0;
            int moreExtras = format >= 3 ? r.ReadByte() : 0;
            var extras = (NerExtraFeatures)(((flags & ~ViterbiFlag) >> 2) | (moreExtras << FirstByteExtras));
            if ((extras & ~NerExtraFeatures.All) != 0) return Fail(path, $"has unknown flags {flags}");
            if (usesClusters && format < 4) return Fail(path, $"is a format {format} cluster model without its clusters; retrain it");
            int tagCount = r.ReadInt32();
            NerModel.CheckTags([.. Enumerable.Range(0, tagCount).Select(_ => r.ReadString())]);
            int rowCount = r.ReadInt32();
            var rows = new PerceptronRows(minWeight: 0);
            for (int row = 0; row < rowCount; row++)
            {
                ulong key = r.ReadUInt64();
                int nonZero = r.ReadByte();
                for (int j = 0; j < nonZero; j++) rows.Add(r.ReadByte(), (double)r.ReadHalf());
                rows.EndRow(key);
            }
            var clusters = usesClusters ? EmbeddedClusters.Read(r) : null;
            if (gz.ReadByte() != -1) return Fail(path, "has trailing bytes");
            return ModelLoadResult<NerModel>.Ok(new NerModel(rows.Build(tagCount), usesPos, clusters, extras, usesViterbi));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return Fail(path, $"is corrupt ({e.Message})");
        }
    }

    static ModelLoadResult<NerModel> Fail(string path, string problem) => ModelLoadResult<NerModel>.Fail($"model file {path} {problem}");
}
