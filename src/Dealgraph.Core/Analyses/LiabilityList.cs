using System.Buffers;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// A growable list of liabilities (debtor, creditor, weight Π; the debtor may be a dense number) in arrays rented from
/// <see cref="ArrayPool{T}"/>: the clearing collects the liabilities of defaulted debtors into
/// it round by round, and fresh memory would cost a page fault per 4 KiB (see bench/RESULTS.md).
/// </summary>
internal sealed class LiabilityList : IDisposable
{
    private int[] _debtor;
    private int[] _creditor;
    private double[] _weight;

    public LiabilityList(int capacity)
    {
        capacity = Math.Max(capacity, 256);
        _debtor = ArrayPool<int>.Shared.Rent(capacity);
        _creditor = ArrayPool<int>.Shared.Rent(capacity);
        _weight = ArrayPool<double>.Shared.Rent(capacity);
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Debtor => _debtor.AsSpan(0, Count);

    public ReadOnlySpan<int> Creditor => _creditor.AsSpan(0, Count);

    public ReadOnlySpan<double> Weight => _weight.AsSpan(0, Count);

    public void Add(int debtor, int creditor, double weight)
    {
        if (Count == _debtor.Length)
        {
            Grow(Count + 1);
        }
        _debtor[Count] = debtor;
        _creditor[Count] = creditor;
        _weight[Count] = weight;
        Count++;
    }

    public void Clear() => Count = 0;

    /// <summary>Appends every liability of <paramref name="other"/>, in its order.</summary>
    public void Append(LiabilityList other)
    {
        if (Count + other.Count > _debtor.Length)
        {
            Grow(Count + other.Count);
        }
        other.Debtor.CopyTo(_debtor.AsSpan(Count));
        other.Creditor.CopyTo(_creditor.AsSpan(Count));
        other.Weight.CopyTo(_weight.AsSpan(Count));
        Count += other.Count;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_debtor);
        ArrayPool<int>.Shared.Return(_creditor);
        ArrayPool<double>.Shared.Return(_weight);
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, 2 * _debtor.Length);
        _debtor = Regrown(_debtor, capacity, Count);
        _creditor = Regrown(_creditor, capacity, Count);
        _weight = Regrown(_weight, capacity, Count);
    }

    private static T[] Regrown<T>(T[] old, int capacity, int count)
    {
        var grown = ArrayPool<T>.Shared.Rent(capacity);
        old.AsSpan(0, count).CopyTo(grown);
        ArrayPool<T>.Shared.Return(old);
        return grown;
    }
}
