"""Loop listing in NetworkX: the peer of LoopFinder on the synthetic deal list.

Parallel deals between the same payer and payee are summed into one edge (as MoneyGraph does),
every simple cycle is listed with nx.simple_cycles, and each gets its round trip (the smallest
edge amount) and the list is sorted largest first, the same work the C# side does.
Reads the CSV written by `Dealgraph.Bench.Analyses cycles-generate`.

usage: python3 bench/cycles_networkx.py FILE RUNS
"""
import csv
import json
import sys
import time

import networkx as nx


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        g = nx.DiGraph()
        for r in rows:
            a, b, amount = r["payer"], r["payee"], int(r["amount"])
            if g.has_edge(a, b):
                g[a][b]["amount"] += amount
            else:
                g.add_edge(a, b, amount=amount)
        loops = []
        for cycle in nx.simple_cycles(g):
            hops = zip(cycle, cycle[1:] + cycle[:1])
            loops.append((min(g[a][b]["amount"] for a, b in hops), cycle))
        loops.sort(key=lambda x: -x[0])
        count = len(loops)
        times.append(time.perf_counter() - start)
    times.sort()
    print(json.dumps({"impl": "networkx", "seconds": round(times[len(times) // 2], 4), "runs": runs, "deals": len(rows),
                      "loops": count, "networkx": nx.__version__}))


if __name__ == "__main__":
    main()
