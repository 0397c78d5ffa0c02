#!/usr/bin/env bash
# Runs every check a change must pass: formatting, build (warnings are errors), all tests.
# Installs what the tests need when it is missing (CI runs this as root on Debian).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (10.0) is required: https://dot.net" >&2
  exit 1
fi

# PostgreSQL: the store tests start a throwaway cluster from Debian's server binaries.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && [[ -z "${DEALGRAPH_TEST_POSTGRES:-}" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "== installing postgresql (Debian)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "test.sh: PostgreSQL server binaries are missing: run 'sudo apt-get install -y postgresql' or set DEALGRAPH_TEST_POSTGRES" >&2
    exit 1
  fi
fi

echo "== web front end and browser (npm for the build; Debian chromium for the browser tests)"
# The dashboard embeds Apache ECharts from npm (package-lock.json pins it). The build itself runs
# `npm ci` when node_modules is missing, and that is left to it on purpose: on a fresh clone (CI)
# the build below is then a user's first build, and DashboardAssetsTests checks that this single
# build embedded ECharts (a first build once left it out while npm ci ran).
if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: npm not found: the dashboard would be built without its charts" >&2
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
fi
if [[ -f src/Dealgraph.Web/node_modules/echarts/dist/echarts.min.js ]]; then
  echo "node_modules present: this build reuses it"
else
  echo "node_modules absent: the build runs npm ci itself, as on a fresh clone"
fi
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: /usr/bin/chromium is missing and this is not root: the browser tests will fail (apt-get install -y chromium)" >&2
  fi
fi

echo "== restore"
dotnet restore Dealgraph.slnx --nologo -v quiet

# Build before format: dotnet format's design-time build would run npm ci first and hide a build
# that leaves ECharts out when it has to fetch node_modules itself.
echo "== build"
dotnet build Dealgraph.slnx --no-restore -c Release --nologo -v quiet -warnaserror

echo "== format (dotnet format --verify-no-changes)"
dotnet format Dealgraph.slnx --verify-no-changes --no-restore

echo "== dataset schema (schema/test_validate.py)"
if python3 -c "import jsonschema, yaml" 2>/dev/null; then
  python3 schema/test_validate.py
else
  echo "python3 with jsonschema and PyYAML not found: schema check not run (the C# reader tests cover the same counterexamples)"
fi

echo "== vector code on machines without AVX-512, or without SIMD at all (the Core engines' fallback paths)"
# The bench machine has AVX-512, so the suite below runs the fastest paths only; these two runs
# make the runtime report no AVX-512, then no hardware intrinsics, for the tests of the numeric
# engines (clearing, ledger), so a fallback path cannot break unnoticed.
for isa in DOTNET_EnableAVX512F DOTNET_EnableHWIntrinsic; do
  if ! env "$isa=0" dotnet test tests/Dealgraph.Core.Tests --no-build -c Release --nologo -v quiet \
    --filter "FullyQualifiedName~Analyses|FullyQualifiedName~Ledger|FullyQualifiedName~PassCrew" >"test-output-$isa.log" 2>&1; then
    cat "test-output-$isa.log"
    echo "test.sh: Core tests failed with $isa=0" >&2
    exit 1
  fi
  echo "$isa=0: $(grep -E '(Passed|Failed)!' "test-output-$isa.log" | tail -1)"
done

echo "== test"
set +e
dotnet test Dealgraph.slnx --no-build -c Release --nologo -v quiet \
  --logger "console;verbosity=normal" --results-directory test-output >test-output.log 2>&1
status=$?
set -e
grep -vE '^\s+Passed ' test-output.log || true
count() { { grep -oE "^ +$1: +[0-9]+" test-output.log || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed) failed=$(count Failed) skipped=$(count Skipped)
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  echo "test.sh: tests failed (dotnet test exit $status)" >&2
  exit 1
fi

echo "== install: publish.sh into a temporary prefix, the native ledger front against the full CLI"
# What a user installs, checked as they would run it: with clang (Debian: clang or clang-14 and
# zlib1g-dev) PREFIX/dealgraph is the Native AOT front, whose ledger search must write the same
# bytes as the full CLI's, and which must hand every other verb to PREFIX/full.
install_dir=$(mktemp -d)
trap 'rm -rf "$install_dir"' EXIT
./publish.sh "$install_dir/prefix"
(
  cd "$install_dir"
  front=prefix/dealgraph full=prefix/full/dealgraph
  "$front" ledger generate --parties 2000 --transactions 20000 --planted 20 --seed 3 --out ledger.csv >/dev/null
  "$front" ledger loops ledger.csv --max-hops 6 --window 30d --tolerance 0.1 --out front.jsonl >/dev/null
  "$full" ledger loops ledger.csv --max-hops 6 --window 30d --tolerance 0.1 --out full.jsonl >/dev/null
  cmp front.jsonl full.jsonl
  [[ -s front.jsonl ]] || { echo "test.sh: the installed ledger search found no round trip" >&2; exit 1; }
  "$front" demo >/dev/null
  stress=$("$front" stress --fails openai --as-of 2026-06-30 --format json)
  [[ $stress == *'"totalShortfall"'* ]] || { echo "test.sh: the installed front did not hand stress over: $stress" >&2; exit 1; }
  kind=$(head -c 4 "$front" | od -An -c | tr -d ' ')
  echo "installed front: $([[ $kind == 177ELF ]] && echo "native" || echo "script (no clang: the full CLI for every verb)"); ledger search identical to the full CLI ($(wc -l < front.jsonl) round trips); demo and stress handed over"
)
