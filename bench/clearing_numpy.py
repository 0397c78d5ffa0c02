"""Eisenberg–Noe clearing by fictitious default in NumPy: the peer of ClearingVector.

The same algorithm as src/Dealgraph.Core/Analyses/FictitiousDefault.cs, step for step: start
with everyone paying in full and the failed parties defaulted (round 0); each round solve the
defaulted parties' payments by Jacobi sweeps from above,
p_i = min(cap_i, e_i + sum_j Pi_ji p_j), then add every party whose assets plus receipts fall
short of what it owes; stop when no one new defaults. What a party receives is computed as
what it is owed minus what its defaulted debtors fail to pay, so after p-bar and r each round
touches only the liabilities of defaulted debtors (as in the C#). Same tolerances (sweeps: 1e-12 of the
largest figure; a default: short by more than 1e-12 of the party's own figures). Reads the network file written by `Dealgraph.Bench.Analyses clearing-generate`.

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
    receivable = np.bincount(creditor, weights=amount, minlength=n)
    cap = owed.copy()
    cap[failed] = 0.0  # recovery 0
    round_ = np.full(n, -1, dtype=np.int32)
    round_[failed] = 0
    tol = max(1.0, owed.max(), assets.max()) * 1e-12
    # A party defaults when short by more than 1e-12 of its own figures (as in the C#).
    slack = (assets + receivable + owed) * 1e-12
    p = owed.copy()
    rounds = sweeps = 0
    # Liabilities of defaulted debtors, the only ones not paid in full, grown round by round.
    e_debtor = np.empty(0, dtype=debtor.dtype)
    e_creditor = np.empty(0, dtype=creditor.dtype)
    e_weight = np.empty(0)

    while True:
        defaulted = round_ >= 0
        if defaulted.any():
            new = np.flatnonzero(round_[debtor] == rounds)
            nd = debtor[new]
            e_debtor = np.concatenate([e_debtor, nd])
            e_creditor = np.concatenate([e_creditor, creditor[new]])
            e_weight = np.concatenate([e_weight, amount[new] / np.where(owed[nd] > 0, owed[nd], 1.0)])
            # Block solve: received_i = r_i - sum over liabilities between defaulted parties of Pi_ji (pbar_j - p_j).
            idx = np.flatnonzero(defaulted)
            pos = np.full(n, -1, dtype=np.int64)
            pos[idx] = np.arange(len(idx))
            inner = defaulted[e_creditor]
            sub_pos, sub_debtor, sub_weight = pos[e_creditor[inner]], e_debtor[inner], e_weight[inner]
            base, top, own = receivable[idx], cap[idx], assets[idx]
            for _ in range(max_sweeps):
                sweeps += 1
                lost = np.bincount(sub_pos, weights=sub_weight * (owed[sub_debtor] - p[sub_debtor]), minlength=len(idx))
                value = np.minimum(top, own + (base - lost))
                change = np.abs(value - p[idx]).max()
                p[idx] = value
                if change <= tol:
                    break
        lost = np.bincount(e_creditor, weights=e_weight * (owed[e_debtor] - p[e_debtor]), minlength=n)
        newly = (~defaulted) & (assets + (receivable - lost) + slack < owed)
        if not newly.any():
            return p, owed, round_, rounds, sweeps
        rounds += 1
        round_[newly] = rounds


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    data = read(path)
    times, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        p, owed, round_, rounds, sweeps = clear(*data)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    times.sort()
    cpu.sort()
    median = times[len(times) // 2] if runs % 2 else (times[runs // 2 - 1] + times[runs // 2]) / 2
    np.savetxt(path + ".numpy-paid.txt", p, fmt="%.2f")
    print(json.dumps({
        "impl": "numpy", "seconds": round(median, 4), "fastest": round(times[0], 4), "cpuSeconds": round(cpu[len(cpu) // 2], 4), "runs": runs, "parties": data[0], "liabilities": len(data[1]),
        "defaulted": int((round_ >= 0).sum()), "rounds": rounds, "sweeps": sweeps,
        "totalShortfall": round(float((owed - p).sum()), 2), "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()
