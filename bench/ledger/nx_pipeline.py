"""Peer 1: what most users would write with NetworkX 3.x: static cycles with
simple_cycles(G, length_bound=K), then the temporal / tolerance check in Python over the
transactions behind each cycle's edges.

usage: python3 nx_pipeline.py LEDGER.csv K WINDOW_DAYS TOLERANCE OUT.txt"""
import itertools
import sys
import time
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

import networkx as nx

from ledger_common import load, write

path, k, window_days, tolerance, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), Decimal(sys.argv[4]), sys.argv[5]
started = time.perf_counter()
rows = load(path)
window = timedelta(days=window_days)
edges = defaultdict(list)
G = nx.DiGraph()
for row in rows:
    edges[(row[1], row[2])].append(row)
    G.add_edge(row[1], row[2])

found = []
static_cycles = 0
for cycle in nx.simple_cycles(G, length_bound=k):
    static_cycles += 1
    n = len(cycle)
    for r in range(n):  # a round trip may start at any party of the cycle
        parties = cycle[r:] + cycle[:r]
        hops = [edges[(parties[i], parties[(i + 1) % n])] for i in range(n)]
        for combo in itertools.product(*hops):
            t1 = combo[0]
            if any(t[4] != t1[4] for t in combo):
                continue
            if any(combo[i][5] >= combo[i + 1][5] for i in range(n - 1)):
                continue
            if combo[-1][5] - t1[5] > window:
                continue
            if any(abs(t[3] - t1[3]) > tolerance * t1[3] for t in combo):
                continue
            found.append([t[0] for t in combo])

write(out, found)
print(f"networkx: static_cycles={static_cycles} round_trips={len(found)} seconds={time.perf_counter() - started:.2f}", file=sys.stderr)
