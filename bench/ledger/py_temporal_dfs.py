"""Peer 2: a plain temporal depth-first search in Python, what a data scientist writes next:
out-edges per party sorted by time, bisect to the first later edge, stop at the window end,
filter currency and tolerance, never revisit a party.

usage: python3 py_temporal_dfs.py LEDGER.csv K WINDOW_DAYS TOLERANCE OUT.txt"""
import bisect
import sys
import time
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from ledger_common import load, write

path, k, window_days, tolerance, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), Decimal(sys.argv[4]), sys.argv[5]
started = time.perf_counter()
rows = load(path)
window = timedelta(days=window_days)
out_edges = defaultdict(list)
for row in rows:
    out_edges[row[1]].append(row)
times = {}
for party, lst in out_edges.items():
    lst.sort(key=lambda r: r[5])
    times[party] = [r[5] for r in lst]
loaded = time.perf_counter()

found = []


def extend(start, first, party, after, path, on_path):
    lst = out_edges.get(party)
    if not lst:
        return
    end = first[5] + window
    lo, hi = first[3] - tolerance * first[3], first[3] + tolerance * first[3]
    for i in range(bisect.bisect_right(times[party], after), len(lst)):
        t = lst[i]
        if t[5] > end:
            break
        if t[4] != first[4] or t[3] < lo or t[3] > hi:
            continue
        if t[2] == start:
            found.append([x[0] for x in path] + [t[0]])
        elif len(path) + 1 < k and t[2] not in on_path:
            on_path.add(t[2])
            path.append(t)
            extend(start, first, t[2], t[5], path, on_path)
            path.pop()
            on_path.discard(t[2])


for row in rows:
    extend(row[1], row, row[2], row[5], [row], {row[1], row[2]})

write(out, found)
done = time.perf_counter()
print(f"python-dfs: round_trips={len(found)} load_seconds={loaded - started:.2f} search_seconds={done - loaded:.2f} seconds={done - started:.2f}", file=sys.stderr)
