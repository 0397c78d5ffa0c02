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
internal static partial class HugePageArrays
{
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE
    private const long HugePage = 2L << 20;
    private const long MinBytes = 4 * HugePage;

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
        if (last > first)
        {
            try
            {
                _ = Advise((nint)first, (nuint)(last - first), AdviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc madvise: 4 KB pages, as for any array.
            }
        }

        if (clear)
        {
            array.AsSpan().Clear();
        }

        return array;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
