using Sitrep.Learning;

namespace Sitrep.Language.Clusters;

/// <summary>
/// The payload of <c>models/clusters/model.bin</c> inside the <see cref="ModelFile"/> container: the distinct
/// cluster paths, then every word (most frequent first) with the index of its path.
/// </summary>
internal static class ClusterModelFormat
{
    public static void Save(string path, IReadOnlyList<string> words, IReadOnlyList<int> clusterOfWord, IReadOnlyList<string> clusterPaths) =>
        ModelFile.Save(path, WordClusters.Kind, WordClusters.FormatVersion, w =>
        {
            ModelFile.WriteStrings(w, clusterPaths);
            w.Write(words.Count);
            for (int i = 0; i < words.Count; i++)
            {
                w.Write(words[i]);
                w.Write7BitEncodedInt(clusterOfWord[i]);
            }
        });

    public static WordClusters Read(BinaryReader r)
    {
        var paths = ModelFile.ReadStrings(r);
        foreach (var p in paths)
            if (p.Length == 0 || p.AsSpan().ContainsAnyExcept('0', '1')) throw new InvalidDataException("a cluster path is not a bit string");
        for (int i = 0; i < paths.Length; i++) paths[i] = string.Intern(paths[i]);
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException("bad word count");
        var entries = new (string, string)[n];
        for (int i = 0; i < n; i++)
        {
            var word = r.ReadString();
            int c = r.Read7BitEncodedInt();
            if ((uint)c >= (uint)paths.Length) throw new InvalidDataException($"word {i} has cluster {c} of {paths.Length}");
            entries[i] = (word, paths[c]);
        }
        return new WordClusters(entries);
    }
}
