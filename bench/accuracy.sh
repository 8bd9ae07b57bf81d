#!/usr/bin/env bash
# Measures e-mail attribution against the mxmap-ch data set (docs/accuracy.md).
# Builds outside the namespace, then replays the data set's records in NSD on 127.0.0.1 and runs the real CLI
# inside a network namespace that has only loopback: nothing leaves the machine.
#
# The data set's tenant signals are answered by a loopback stand-in for Microsoft's user-realm service.
#
# Usage: bench/accuracy.sh [DATA.json] [OUT_DIRECTORY] [--home CC] [--records DNS_CACHE.json]
#   DATA.json      default ../shared/data/benchmarks/mxmap-ch/data.json (MXMAP_DATA overrides); any file of the
#                  mxmap family (mxmap-ch, mxmap-at, mxmap-dk)
#   OUT_DIRECTORY  default $TMPDIR/pavillon-accuracy (report.md, outcomes.tsv, scan.json, replay.zone, list.csv)
#   --home CC      home country given to the scan (default CH)
#   --records FILE DATA.json only labels (a data-summary.json of the family); the records come from FILE, the
#                  labelling tool's DNS cache (one object per domain)
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-${MXMAP_DATA:-../shared/data/benchmarks/mxmap-ch/data.json}}"
out="${2:-${TMPDIR:-/tmp}/pavillon-accuracy}"
shift $(( $# < 2 ? $# : 2 ))
configuration="${CONFIGURATION:-Release}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ ! -x /usr/sbin/nsd ]]; then
    echo "accuracy.sh: NSD is needed (/usr/sbin/nsd): apt-get install -y nsd" >&2
    exit 1
fi
if ! unshare -n true 2>/dev/null; then
    echo "accuracy.sh: 'unshare -n' failed (needs root): the replay must not run on the real network." >&2
    exit 1
fi

dotnet build bench/Pavillon.Accuracy/Pavillon.Accuracy.csproj -c "$configuration" -v quiet -nologo >/dev/null
dll="bench/Pavillon.Accuracy/bin/$configuration/net10.0/Pavillon.Accuracy.dll"
mkdir -p "$out"
unshare -n bash -c 'ip link set lo up && exec dotnet "$@"' bash "$dll" "$(realpath "$data")" --out "$(realpath "$out")" "$@"
