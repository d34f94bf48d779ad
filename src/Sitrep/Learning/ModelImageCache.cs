namespace Sitrep.Learning;

/// <summary>
/// Where built model tables are kept between runs (the cache directory's models/ folder), named by the checksum of
/// the model payload they were built from and their place in it: a changed model file never meets a stale table.
/// </summary>
internal sealed record ModelImageCache(string Directory, ulong PayloadChecksum)
{
    public string PathFor(long payloadOffset, int[]? classOf)
    {
        ulong classes = Fnv1a.Offset;
        foreach (int c in classOf ?? []) classes = Fnv1a.Step(classes, (uint)c);
        return Path.Combine(Directory, "models", $"{PayloadChecksum:x16}-{payloadOffset}-{classes:x16}.table");
    }
}

/// <summary>A model payload reader that knows where the tables built from this payload may be cached.</summary>
internal sealed class ModelPayloadReader(Stream payload, ModelImageCache? images) : BinaryReader(payload, System.Text.Encoding.UTF8)
{
    public ModelImageCache? Images => images;
}
