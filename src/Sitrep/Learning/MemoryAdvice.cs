using System.Runtime.InteropServices;

namespace Sitrep.Learning;

/// <summary>Hints to Linux (madvise) about how a large table is read; elsewhere, or when refused, nothing changes.</summary>
static unsafe class MemoryAdvice
{
    const int MadvRandom = 1, MadvHugePage = 14;

    /// <summary>
    /// Back the table with 2 MiB pages (transparent huge pages in madvise mode): random probes into a 100 MB table
    /// otherwise miss the TLB on almost every read and pay a page walk on top of the cache miss.
    /// </summary>
    public static void HugePages(void* address, nuint length) => Advise(address, length, MadvHugePage);

    /// <summary>
    /// A mapped file read at random: no read-ahead and no fault-around, so a probe brings in its own 4 KiB page rather
    /// than the 64 KiB+ around it, and a short document does not pull a whole table into memory.
    /// </summary>
    public static void RandomAccess(void* address, nuint length) => Advise(address, length, MadvRandom);

    static void Advise(void* address, nuint length, int advice)
    {
        if (!OperatingSystem.IsLinux()) return;
        try { _ = madvise(address, length, advice); }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }

    [DllImport("libc", SetLastError = false)]
    static extern int madvise(void* address, nuint length, int advice);
}
