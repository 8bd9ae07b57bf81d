#!/usr/bin/env bash
# Scan rate and peak memory of the real `pavillon scan` against a generated mini-internet (BENCHMARKS.md).
# Builds outside the namespace, then runs NSD, Kestrel and the CLI inside a network namespace that has only
# loopback: nothing leaves the machine.
#
# Usage: bench/scan-bench.sh [--organisations N] [--concurrency C]... [--out DIRECTORY]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ ! -x /usr/sbin/nsd || ! -x /usr/bin/time ]]; then
    echo "scan-bench.sh: needs NSD and GNU time: apt-get install -y nsd time" >&2
    exit 1
fi
if ! unshare -n true 2>/dev/null; then
    echo "scan-bench.sh: 'unshare -n' failed (needs root): the benchmark must not run on the real network." >&2
    exit 1
fi

dotnet build bench/Pavillon.ScanBench/Pavillon.ScanBench.csproj -c Release -v quiet -nologo >/dev/null
unshare -n bash -c 'ip link set lo up && exec dotnet bench/Pavillon.ScanBench/bin/Release/net10.0/Pavillon.ScanBench.dll "$@"' bash "$@"
