using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Places.Gazetteer;

/// <summary>
/// The compiled gazetteer on disk: a magic string, a format version and the fingerprint of the
/// sources it was built from, then the entry columns and the three name indexes as flat arrays.
/// </summary>
internal static class GazetteerFile
{
    const string Magic = "SITREP-GAZETTEER";
    public const int FormatVersion = 10;

    public static void Write(Gazetteer g, string path, string fingerprint)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Unique per write: two analyzers in one process may build the same index at once.
        var tmp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(tmp))
        using (var w = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(fingerprint);
            w.Write(g.Count);
            WriteArray(w, g.GeonameIds);
            WriteArray(w, g.Lats);
            WriteArray(w, g.Lons);
            WriteArray(w, g.Populations);
            WriteArray(w, g.FeatureIds);
            WriteArray(w, g.CountryIds);
            WriteArray(w, g.Admin1Ids);
            WriteArray(w, g.RadiiKm);
            WriteStrings(w, g.Names);
            WriteStrings(w, g.Features);
            WriteStrings(w, g.Admin1Codes);
            w.Write(g.Countries.Length);
            foreach (var c in g.Countries) { w.Write(c.Iso2); w.Write(c.Iso3); w.Write(c.Name); }
            w.Write(g.MergeKeys.Count(k => k != null));
            for (int i = 0; i < g.MergeKeys.Length; i++)
                if (g.MergeKeys[i] is { } key) { w.Write(i); w.Write(key); }
            foreach (var index in new[] { g.Exact, g.Transliterated, g.Demonyms })
            {
                WriteArray(w, index.KeyChars);
                WriteArray(w, index.KeyStarts);
                WriteArray(w, index.Slots);
                WriteArray(w, index.PostingStarts);
                WriteArray(w, index.Postings);
            }
            w.Write(Magic);
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>The fingerprint stored in a file, or null when the file is absent or not a gazetteer of this version.</summary>
    public static string? ReadFingerprint(string path)
    {
        try
        {
            using var r = Open(path, out _);
            return r?.ReadString();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static GazetteerLoadResult Read(string path)
    {
        try
        {
            using var r = Open(path, out var problem);
            if (r is null) return GazetteerLoadResult.Fail($"{path}: {problem}");
            var fingerprint = r.ReadString();
            int n = r.ReadInt32();
            var ids = ReadArray<int>(r, n);
            var lats = ReadArray<float>(r, n);
            var lons = ReadArray<float>(r, n);
            var pops = ReadArray<long>(r, n);
            var feats = ReadArray<ushort>(r, n);
            var countryIds = ReadArray<short>(r, n);
            var admin1Ids = ReadArray<int>(r, n);
            var radii = ReadArray<float>(r, n);
            var names = ReadStrings(r);
            var features = ReadStrings(r);
            var admin1Codes = ReadStrings(r);
            var countries = new CountryCodes[r.ReadInt32()];
            for (int i = 0; i < countries.Length; i++) countries[i] = new CountryCodes(r.ReadString(), r.ReadString(), r.ReadString());
            var mergeKeys = new string?[n];
            for (int k = r.ReadInt32(); k > 0; k--) { int i = r.ReadInt32(); mergeKeys[i] = r.ReadString(); }
            var indexes = new NameIndex[3];
            for (int i = 0; i < indexes.Length; i++)
            {
                indexes[i] = new NameIndex(ReadArray<char>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<int>(r));
            }
            if (r.ReadString() != Magic) return GazetteerLoadResult.Fail($"{path}: truncated gazetteer index (rebuild it by deleting the file)");
            return GazetteerLoadResult.Ok(new Gazetteer
            {
                GeonameIds = ids, Names = names, Lats = lats, Lons = lons, Populations = pops, FeatureIds = feats,
                Features = features, CountryIds = countryIds, Countries = countries, Admin1Ids = admin1Ids,
                Admin1Codes = admin1Codes, RadiiKm = radii, MergeKeys = mergeKeys,
                Exact = indexes[0], Transliterated = indexes[1], Demonyms = indexes[2],
            }, fingerprint);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
        {
            return GazetteerLoadResult.Fail($"{path}: unreadable gazetteer index ({e.Message})");
        }
    }

    static BinaryReader? Open(string path, out string problem)
    {
        problem = "";
        if (!File.Exists(path)) { problem = "no gazetteer index"; return null; }
        var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        var r = new BinaryReader(stream, Encoding.UTF8);
        if (r.ReadString() != Magic) { r.Dispose(); problem = "not a Sitrep gazetteer index"; return null; }
        int version = r.ReadInt32();
        if (version != FormatVersion)
        {
            r.Dispose();
            problem = $"gazetteer index format {version}, this build reads {FormatVersion}";
            return null;
        }
        return r;
    }

    static void WriteArray<T>(BinaryWriter w, T[] values) where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    static T[] ReadArray<T>(BinaryReader r, int expected = -1) where T : unmanaged
    {
        int n = r.ReadInt32();
        if (n < 0 || (expected >= 0 && n != expected)) throw new InvalidDataException($"column of {n} values where {expected} were expected");
        var values = new T[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    static void WriteStrings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadString();
        return values;
    }
}

/// <summary>Outcome of loading a compiled gazetteer: the gazetteer, or a one-line reason.</summary>
internal sealed record GazetteerLoadResult(Gazetteer? Gazetteer, string? Fingerprint, string? Error)
{
    public static GazetteerLoadResult Ok(Gazetteer g, string fingerprint) => new(g, fingerprint, null);
    public static GazetteerLoadResult Fail(string error) => new(null, null, error);
    public bool Success => Gazetteer != null;
}
