using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// Large arrays whose memory the kernel is asked to back with 2 MB pages (Linux transparent huge
/// pages in <c>madvise</c> mode). Why: interning a million names probes a 32 MB table at random,
/// and with 4 KB pages nearly every probe also misses the TLB; filling a column of millions of
/// rows with 4 KB pages costs a page fault per 4 KB. Elsewhere, or when the kernel says no, these
/// are ordinary arrays.
/// </summary>
internal static class HugePageArrays
{
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE
    private const long HugePage = 2L << 20;
    private const long MinBytes = 4 * HugePage;

    // madvise from the C library the process already has loaded (glibc or musl, whatever its
    // file name), found once; 0 where there is none (then 4 KB pages, as for any array).
    private static readonly nint MadviseAddress =
        OperatingSystem.IsLinux() && NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "madvise", out var address) ? address : 0;

    /// <summary>An array of <paramref name="length"/> elements, zeroed when <paramref name="clear"/>.</summary>
    public static T[] Allocate<T>(int length, bool clear)
        where T : unmanaged
    {
        var bytes = (long)length * Unsafe.SizeOf<T>();
        if (bytes < MinBytes || !OperatingSystem.IsLinux())
        {
            return clear ? new T[length] : GC.AllocateUninitializedArray<T>(length);
        }

        // Pinned, so the address advised stays the array's; uninitialized, so no page is touched
        // (and given 4 KB) before the advice.
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var first = (start + HugePage - 1) & ~(HugePage - 1);
        var last = (start + bytes) & ~(HugePage - 1);
        if (last > first && MadviseAddress != 0)
        {
            unsafe
            {
                _ = ((delegate* unmanaged<nint, nuint, int, int>)MadviseAddress)((nint)first, (nuint)(last - first), AdviseHugePage);
            }
        }

        if (clear)
        {
            array.AsSpan().Clear();
        }

        return array;
    }

}
