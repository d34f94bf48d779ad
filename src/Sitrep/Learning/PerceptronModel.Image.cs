using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace Sitrep.Learning;

/// <summary>
/// The built table as a file (<see cref="ModelImageCache"/>): the slots exactly as they sit in memory, so a later run
/// maps them instead of parsing and hashing every row. Mapped pages are read from the page cache only when a
/// feature lands on them: a short document touches a few hundred pages of a parser table of 100+ MB.
/// </summary>
internal sealed unsafe partial class PerceptronModel
{
    static readonly byte[] ImageMagic = "SITREPT1"u8.ToArray();
    const int ImageHeaderBytes = 4096;   // a page, so the mapped slots start page-aligned

    readonly MemoryMappedFile? _imageFile;
    readonly MemoryMappedViewAccessor? _imageView;

    PerceptronModel(int classCount, int featureCount, int entryCount, int slotCount, int denseStride, Slot* slots,
        Entry[] overflow, short[] dense, MemoryMappedFile imageFile, MemoryMappedViewAccessor imageView)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        EntryCount = entryCount;
        _slotCount = slotCount;
        _mask = slotCount - 1;
        _denseStride = denseStride;
        _slots = slots;
        _overflow = overflow;
        _dense = dense;
        _imageFile = imageFile;
        _imageView = imageView;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct ImageHeader
    {
        public int ClassCount, FeatureCount, EntryCount, SlotCount, DenseStride, OverflowLength, DenseLength;
        public long SectionLength;   // bytes of the model file's payload this table was built from

        public readonly long FileLength => ImageHeaderBytes + (long)SlotCount * SlotBytes + (long)OverflowLength * sizeof(uint) + (long)DenseLength * sizeof(short);
    }

    /// <summary>The table mapped from <paramref name="path"/>, with <paramref name="r"/> moved past the rows it replaces; null when there is none usable.</summary>
    static PerceptronModel? TryMapImage(string path, BinaryReader r)
    {
        if (!File.Exists(path)) return null;
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            var header = *(ImageHeader*)(start + ImageMagic.Length);
            bool valid = new ReadOnlySpan<byte>(start, ImageMagic.Length).SequenceEqual(ImageMagic)
                && header.SlotCount > 0 && (header.SlotCount & (header.SlotCount - 1)) == 0 && header.OverflowLength >= 0 && header.DenseLength >= 0
                && header.FileLength == new FileInfo(path).Length
                && header.SectionLength > 0 && r.BaseStream.Position + header.SectionLength <= r.BaseStream.Length;
            if (!valid)
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
                view.Dispose();
                file.Dispose();
                return null;
            }
            byte* slots = start + ImageHeaderBytes;
            MemoryAdvice.RandomAccess(slots, (nuint)header.SlotCount * SlotBytes);
            byte* overflow = slots + (long)header.SlotCount * SlotBytes;
            byte* dense = overflow + (long)header.OverflowLength * sizeof(uint);
            var model = new PerceptronModel(header.ClassCount, header.FeatureCount, header.EntryCount, header.SlotCount, header.DenseStride,
                (Slot*)slots, new ReadOnlySpan<Entry>(overflow, header.OverflowLength).ToArray(),
                new ReadOnlySpan<short>(dense, header.DenseLength).ToArray(), file, view);
            r.BaseStream.Seek(header.SectionLength, SeekOrigin.Current);
            return model;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            view?.Dispose();
            file?.Dispose();
            return null;
        }
    }

    /// <summary>Writes the table for later runs; a cache that cannot be written (read-only, full) only costs the next run its speed.</summary>
    void TrySaveImage(string path, long sectionLength)
    {
        var header = new ImageHeader
        {
            ClassCount = ClassCount, FeatureCount = FeatureCount, EntryCount = EntryCount, SlotCount = _slotCount,
            DenseStride = _denseStride, OverflowLength = _overflow.Length, DenseLength = _dense.Length, SectionLength = sectionLength,
        };
        ModelFile.TryWriteCache(path, file =>
        {
            var first = new byte[ImageHeaderBytes];
            ImageMagic.CopyTo(first, 0);
            MemoryMarshal.Write(first.AsSpan(ImageMagic.Length), in header);
            file.Write(first);
            // Page by page: written in large pieces, the page cache may keep the file in large folios, and a fault maps
            // a whole folio however randomly the table is read, which brings most of it into memory for one sentence.
            for (long done = 0, total = (long)_slotCount * SlotBytes; done < total;)
            {
                int chunk = (int)Math.Min(total - done, Environment.SystemPageSize);
                file.Write(new ReadOnlySpan<byte>((byte*)_slots + done, chunk));
                done += chunk;
            }
            file.Write(MemoryMarshal.AsBytes(_overflow.AsSpan()));
            file.Write(MemoryMarshal.AsBytes(_dense.AsSpan()));
        });
    }
}
