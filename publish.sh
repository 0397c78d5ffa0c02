#!/usr/bin/env bash
# Installs the dealgraph CLI into PREFIX (default: ./dist); run PREFIX/dealgraph.
#   PREFIX/full/      every verb: the ReadyToRun CLI (needs the .NET 10 runtime)
#   PREFIX/dealgraph  native front: `ledger loops` and `ledger generate` compiled ahead of time (no JIT,
#                     no runtime start-up); every other verb is handed to full/dealgraph
# The native build needs clang (or clang-14) and zlib (Debian: apt-get install clang zlib1g-dev).
# Without them, or with DEALGRAPH_NATIVE=0, PREFIX/dealgraph is a script that runs full/dealgraph.
# See docs/ledger.md, "Install".
set -euo pipefail
cd "$(dirname "$0")"
PREFIX=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
case "$(uname -m)" in x86_64) RID=linux-x64 ;; aarch64) RID=linux-arm64 ;; *) RID="" ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
LOG="$PREFIX/publish.log"
: > "$LOG"

echo "== full CLI (ReadyToRun) → $PREFIX/full"
rm -rf "$PREFIX/full" "$PREFIX/dealgraph"
dotnet publish src/Dealgraph.Cli -c Release ${RID:+-r $RID} --self-contained false -p:PublishReadyToRun=true \
  -o "$PREFIX/full" -nologo -v q >> "$LOG" 2>&1 || { cat "$LOG" >&2; exit 1; }

native=${DEALGRAPH_NATIVE:-1}
cxx=()
if ! command -v clang > /dev/null 2>&1; then
  if command -v clang-14 > /dev/null 2>&1; then cxx=(-p:CppCompilerAndLinker=clang-14); else native=0; fi
fi
[ -n "$RID" ] || native=0
if [ "$native" = 1 ]; then
  echo "== native ledger front (Native AOT, $RID) → $PREFIX/dealgraph"
  if dotnet publish src/Dealgraph.Cli -c Release -r "$RID" -p:DealgraphNative=true "${cxx[@]}" \
      -o "$PREFIX/.native" -nologo -v q >> "$LOG" 2>&1; then
    mv "$PREFIX/.native/dealgraph" "$PREFIX/dealgraph"
    rm -rf "$PREFIX/.native"
    echo "dealgraph: native ($RID)"
    exit 0
  fi
  echo "publish.sh: the native build failed (see $LOG); PREFIX/dealgraph runs the full CLI" >&2
  rm -rf "$PREFIX/.native"
fi
printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/full/dealgraph" "$@"\n' > "$PREFIX/dealgraph"
chmod +x "$PREFIX/dealgraph"
echo "dealgraph: ReadyToRun (full CLI for every verb)"
