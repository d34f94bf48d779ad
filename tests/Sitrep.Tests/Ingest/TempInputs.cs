using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>A scratch folder of input files for reader tests, deleted afterwards.</summary>
public sealed class TempInputs : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return ms.ToArray();
    }

    public static byte[] Gzip(string text) => Gzip(Encoding.UTF8.GetBytes(text));

    public static byte[] TarGz(params (string Name, string Text)[] entries)
    {
        using var tarBytes = new MemoryStream();
        using (var tar = new TarWriter(tarBytes, TarEntryFormat.Pax, leaveOpen: true))
            foreach (var (name, text) in entries)
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
        return Gzip(tarBytes.ToArray());
    }

    public static List<IngestResult> Read(string path, IngestOptions? options = null) =>
        DocumentSource.Read([path], options ?? new IngestOptions()).ToList();

    public static List<Doc> Docs(List<IngestResult> results) => results.OfType<IngestedDocument>().Select(d => d.Doc).ToList();

    public static List<IngestError> Errors(List<IngestResult> results) => results.OfType<IngestError>().ToList();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
