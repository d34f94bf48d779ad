using System.Runtime.InteropServices;

namespace Sitrep.Learning;

/// <summary>
/// Asks Linux to back a large table with 2 MiB pages (transparent huge pages in madvise mode):
/// random probes into a 100 MB table otherwise miss the TLB on almost every read and pay a page
/// walk on top of the cache miss. Elsewhere, or when refused, nothing changes.
/// </summary>
static unsafe class HugePages
{
    const int MadvHugePage = 14;

    public static void Advise(void* address, nuint length)
    {
        if (!OperatingSystem.IsLinux()) return;
        try { _ = madvise(address, length, MadvHugePage); }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }

    [DllImport("libc", SetLastError = false)]
    static extern int madvise(void* address, nuint length, int advice);
}
