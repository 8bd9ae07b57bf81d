#!/usr/bin/env bash
# Measures how much of the real world the knowledge base names (docs/knowledge-base.md): the MX hosts of the
# mxmap-ch municipalities matched by MX suffixes, and the largest ASNs of the IP data snapshot matched by ASN.
# Offline: reads the provider files, data/ipdata/ipdata.bin, the Public Suffix List and the data set; no network.
#
# Usage: bench/coverage.sh [DATA.json] [REPORT.md] [GAP_ROWS]
#   DATA.json  default ../shared/data/benchmarks/mxmap-ch/data.json (MXMAP_DATA overrides)
#   REPORT.md  default $TMPDIR/pavillon-coverage.md (the report is also printed)
#   GAP_ROWS   rows per gap table, default 40
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-${MXMAP_DATA:-../shared/data/benchmarks/mxmap-ch/data.json}}"
out="${2:-${TMPDIR:-/tmp}/pavillon-coverage.md}"
rows="${3:-40}"
configuration="${CONFIGURATION:-Release}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if ! log="$(dotnet build bench/Pavillon.Coverage/Pavillon.Coverage.csproj -c "$configuration" -v quiet -nologo 2>&1)"; then
    echo "$log" >&2
    exit 1
fi
dotnet "bench/Pavillon.Coverage/bin/$configuration/net10.0/Pavillon.Coverage.dll" \
    --repo "$(pwd)" --mxmap "$(realpath "$data")" --out "$out" --gaps "$rows"
