#!/usr/bin/env bash
# Analyses benchmarks (issue 3), each side by side with its peer in one run:
#   clearing: Eisenberg–Noe fictitious default on 100k parties / 1M liabilities, C# vs NumPy
#             (Debian's python3-numpy under /usr/bin/python3), same network file, same algorithm;
#   loops:    every simple cycle of a 10k-deal synthetic dataset, C# vs NetworkX simple_cycles.
# The two sides alternate ROUNDS times and the ratio of the medians is printed, so a busy
# machine slows both alike. Usage: bench/run-analyses.sh [ROUNDS] [RUNS_PER_ROUND]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
RUNS=${2:-5}
WORK=${TMPDIR:-/tmp}/dealgraph-bench-analyses
mkdir -p "$WORK"
dotnet build -c Release bench/Dealgraph.Bench.Analyses -v q -nologo >/dev/null
BIN=bench/Dealgraph.Bench.Analyses/bin/Release/net10.0/Dealgraph.Bench.Analyses
"$BIN" clearing-generate "$WORK/network.bin" 100000 1000000 42
"$BIN" cycles-generate "$WORK/deals.csv" 10000 7
: > "$WORK/results.jsonl"
for round in $(seq 1 "$ROUNDS"); do
  "$BIN" clearing "$WORK/network.bin" "$RUNS" | sed 's/^{/{"bench":"clearing",/' >> "$WORK/results.jsonl"
  /usr/bin/python3 bench/clearing_numpy.py "$WORK/network.bin" "$RUNS" | sed 's/^{/{"bench":"clearing",/' >> "$WORK/results.jsonl"
  "$BIN" cycles "$WORK/deals.csv" "$RUNS" | sed 's/^{/{"bench":"loops",/' >> "$WORK/results.jsonl"
  python3 bench/cycles_networkx.py "$WORK/deals.csv" "$RUNS" | sed 's/^{/{"bench":"loops",/' >> "$WORK/results.jsonl"
done
python3 - "$WORK" <<'PY'
import json, statistics, sys
work = sys.argv[1]
rows = [json.loads(l) for l in open(f"{work}/results.jsonl")]
def med(bench, impl, key="seconds"):
    return statistics.median(r[key] for r in rows if r["bench"] == bench and r["impl"] == impl)
last = {(r["bench"], r["impl"]): r for r in rows}
dn, npy = last["clearing", "dotnet"], last["clearing", "numpy"]
same = (dn["defaulted"], dn["rounds"], dn["sweeps"]) == (npy["defaulted"], npy["rounds"], npy["sweeps"])
paid_d = [float(x) for x in open(f"{work}/network.bin.dotnet-paid.txt")]
paid_n = [float(x) for x in open(f"{work}/network.bin.numpy-paid.txt")]
diff = max(abs(a - b) for a, b in zip(paid_d, paid_n))
print(f"clearing 100k parties / 1M liabilities: dotnet {med('clearing','dotnet'):.4f} s, numpy {med('clearing','numpy'):.4f} s, "
      f"ratio {med('clearing','numpy') / med('clearing','dotnet'):.2f}x (numpy/dotnet)")
print(f"  same cascade: {same} (defaulted {dn['defaulted']}, rounds {dn['rounds']}, sweeps {dn['sweeps']}); max |p_dotnet - p_numpy| = {diff:.2f}")
print(f"  decimal API (decimal in/out + decimal fixed-point check): {med('clearing','dotnet','decimalApiSeconds'):.4f} s, residual {dn['residual']}")
ld, lx = last["loops", "dotnet"], last["loops", "networkx"]
print(f"loops on {ld['deals']} deals: dotnet {med('loops','dotnet'):.4f} s (pipeline from deals {med('loops','dotnet','pipelineSeconds'):.4f} s), "
      f"networkx {med('loops','networkx'):.4f} s, ratio {med('loops','networkx') / med('loops','dotnet'):.2f}x; loops {ld['loops']} vs {lx['loops']}")
PY
