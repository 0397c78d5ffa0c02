"""Eisenberg–Noe clearing by fictitious default in NumPy: the peer of ClearingVector.

The same algorithm as src/Dealgraph.Core/Analyses/FictitiousDefault.cs, step for step: start
with everyone paying in full and the failed parties defaulted (round 0); each round solve the
defaulted parties' payments by Jacobi sweeps from above,
p_i = min(cap_i, e_i + sum_j Pi_ji p_j), then add every party whose assets plus receipts fall
short of what it owes; stop when no one new defaults. Same tolerance (1e-12 of the largest
figure). Reads the network file written by `Dealgraph.Bench.Analyses clearing-generate`.

usage: /usr/bin/python3 bench/clearing_numpy.py FILE RUNS
"""
import json
import sys
import time

import numpy as np


def read(path):
    with open(path, "rb") as f:
        n, m = np.frombuffer(f.read(8), dtype="<i4")
        debtor = np.frombuffer(f.read(4 * m), dtype="<i4").copy()
        creditor = np.frombuffer(f.read(4 * m), dtype="<i4").copy()
        amount = np.frombuffer(f.read(8 * m), dtype="<i8") / 100.0
        assets = np.frombuffer(f.read(8 * n), dtype="<i8") / 100.0
        (k,) = np.frombuffer(f.read(4), dtype="<i4")
        failed = np.frombuffer(f.read(4 * k), dtype="<i4").copy()
    return int(n), debtor, creditor, amount, assets, failed


def clear(n, debtor, creditor, amount, assets, failed, max_sweeps=100_000):
    owed = np.bincount(debtor, weights=amount, minlength=n)
    safe = np.where(owed > 0, owed, 1.0)
    weight = amount / safe[debtor]
    cap = owed.copy()
    cap[failed] = 0.0  # recovery 0
    round_ = np.full(n, -1, dtype=np.int32)
    round_[failed] = 0
    defaulted = round_ >= 0
    tol = max(1.0, owed.max(), assets.max()) * 1e-12
    p = owed.copy()
    rounds = sweeps = 0

    def inflow(p):
        return np.bincount(creditor, weights=weight * p[debtor], minlength=n)

    while True:
        if defaulted.any():
            idx = np.flatnonzero(defaulted)
            for _ in range(max_sweeps):
                got = inflow(p)
                sweeps += 1
                new = np.minimum(cap[idx], assets[idx] + got[idx])
                change = np.abs(new - p[idx]).max()
                p[idx] = new
                if change <= tol:
                    break
        got = inflow(p)
        newly = (~defaulted) & (assets + got < owed - tol)
        if not newly.any():
            return p, owed, round_, rounds, sweeps
        rounds += 1
        round_[newly] = rounds
        defaulted |= newly


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    data = read(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        p, owed, round_, rounds, sweeps = clear(*data)
        times.append(time.perf_counter() - start)
    times.sort()
    median = times[len(times) // 2] if runs % 2 else (times[runs // 2 - 1] + times[runs // 2]) / 2
    np.savetxt(path + ".numpy-paid.txt", p, fmt="%.2f")
    print(json.dumps({
        "impl": "numpy", "seconds": round(median, 4), "runs": runs, "parties": data[0], "liabilities": len(data[1]),
        "defaulted": int((round_ >= 0).sum()), "rounds": rounds, "sweeps": sweeps,
        "totalShortfall": round(float((owed - p).sum()), 2), "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()
