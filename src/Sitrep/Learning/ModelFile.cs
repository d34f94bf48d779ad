using System.IO.Compression;
using System.Text;

namespace Sitrep.Learning;

/// <summary>
/// The container every Language model is saved in: magic, kind and format version in the clear,
/// then a Brotli-compressed payload with its length and checksum, so truncation, corruption and
/// version mismatch are each reported in one line naming the file.
/// </summary>
internal static class ModelFile
{
    public const string DefaultFileName = "model.bin";

    static readonly byte[] Magic = "SITREP\u001AM"u8.ToArray();

    public static void Save(string path, string kind, int formatVersion, Action<BinaryWriter> writePayload)
    {
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true)) writePayload(w);
        var bytes = payload.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(kind);
            header.Write(formatVersion);
            header.Write((long)bytes.Length);
            header.Write(Checksum(bytes));
        }
        using var brotli = new BrotliStream(file, CompressionLevel.Optimal);
        brotli.Write(bytes);
    }

    /// <summary>Reads a model; any failure becomes a one-line message naming the file.</summary>
    /// <remarks>With <paramref name="cacheDirectory"/>, perceptron tables built from this payload are kept there and mapped by later loads.</remarks>
    public static ModelLoadResult<T> Load<T>(string path, string kind, int formatVersion, Func<BinaryReader, T> readPayload, string? cacheDirectory = null) where T : class
    {
        if (!File.Exists(path)) return ModelLoadResult<T>.Fail($"model file {path} not found");
        try
        {
            using var file = File.OpenRead(path);
            using var header = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            var magic = header.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic)) return ModelLoadResult<T>.Fail($"model file {path} is not a Sitrep model");
            string fileKind = header.ReadString();
            if (fileKind != kind) return ModelLoadResult<T>.Fail($"model file {path} holds a {fileKind} model, expected {kind}");
            int version = header.ReadInt32();
            if (version != formatVersion)
                return ModelLoadResult<T>.Fail($"model file {path} has format version {version}; this build reads version {formatVersion} (retrain with `sitrep train {kind}`)");
            long length = header.ReadInt64();
            ulong checksum = header.ReadUInt64();
            if (length is < 0 or > int.MaxValue) return ModelLoadResult<T>.Fail($"model file {path} is corrupt (bad payload length)");
            var cached = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "models", $"{checksum:x16}.payload");
            var bytes = cached is null ? null : ReadCachedPayload(cached, length, checksum);
            if (bytes is null)
            {
                bytes = new byte[length];
                using (var brotli = new BrotliStream(file, CompressionMode.Decompress))
                {
                    brotli.ReadExactly(bytes);
                    if (brotli.ReadByte() != -1) return ModelLoadResult<T>.Fail($"model file {path} is corrupt (payload longer than its header says)");
                }
                if (Checksum(bytes) != checksum) return ModelLoadResult<T>.Fail($"model file {path} is corrupt (checksum mismatch)");
                if (cached is not null) TryWriteCache(cached, stream => stream.Write(bytes));
            }
            using var r = new ModelPayloadReader(new MemoryStream(bytes), cacheDirectory is null ? null : new ModelImageCache(cacheDirectory, checksum));
            var model = readPayload(r);
            if (r.BaseStream.Position != r.BaseStream.Length) return ModelLoadResult<T>.Fail($"model file {path} is corrupt (trailing bytes)");
            return ModelLoadResult<T>.Ok(model);
        }
        catch (EndOfStreamException)
        {
            return ModelLoadResult<T>.Fail($"model file {path} is truncated");
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FormatException or ArgumentException)
        {
            return ModelLoadResult<T>.Fail($"model file {path} is corrupt ({e.Message})");
        }
    }

    static ulong Checksum(ReadOnlySpan<byte> bytes) => Fnv1a.Of(bytes);

    /// <summary>The payload as an earlier load left it in the cache (a read and a checksum instead of Brotli); null when absent or damaged.</summary>
    static byte[]? ReadCachedPayload(string path, long length, ulong checksum)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length != length) return null;
            var bytes = File.ReadAllBytes(path);
            return Checksum(bytes) == checksum ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes a cache file whole or not at all; a cache that cannot be written only costs later runs their speed.</summary>
    internal static void TryWriteCache(string path, Action<Stream> write)
    {
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.Create(temporary)) write(file);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values) w.Write(v);
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad string list length");
        var values = new string[n];
        for (int i = 0; i < n; i++) values[i] = r.ReadString();
        return values;
    }

    /// <summary>Feature templates are stored with the weights; a model whose templates differ from this build's is refused.</summary>
    public static void CheckTemplates(BinaryReader r, IReadOnlyList<string> expected)
    {
        var stored = ReadStrings(r);
        if (!stored.AsSpan().SequenceEqual(expected.ToArray()))
            throw new InvalidDataException("its feature templates differ from this build's");
    }
}

/// <summary>A loaded model or the one-line reason it could not be loaded.</summary>
internal sealed record ModelLoadResult<T>(T? Model, string? Error) where T : class
{
    public static ModelLoadResult<T> Ok(T model) => new(model, null);
    public static ModelLoadResult<T> Fail(string error) => new(null, error);
    public bool Success => Model is not null;
    public T GetValueOrThrow() => Model ?? throw new InvalidDataException(Error);
}
