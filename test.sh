#!/usr/bin/env bash
# The one test command. Restores and builds once, with the network, then runs the unit tests and the
# end-to-end tests inside a network namespace that has only loopback, so that a stray DNS query or
# connection fails here instead of leaving the machine. Ends with "N passed, N failed[, N skipped]".
#
# Environment: CONFIGURATION (default Release); TEST_FILTER (a dotnet test --filter expression, optional).
set -euo pipefail
cd "$(dirname "$0")"

configuration="${CONFIGURATION:-Release}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ ! -x /usr/sbin/nsd ]]; then
    echo "test.sh: the end-to-end tests need NSD (/usr/sbin/nsd): apt-get install -y nsd" >&2
    exit 1
fi

# Never fall back to the real network: without a namespace of our own, stop here.
if ! unshare -n true 2>/dev/null; then
    echo "test.sh: cannot create a network namespace ('unshare -n' failed; it needs root or CAP_SYS_ADMIN)." >&2
    echo "test.sh: the tests must not run on the real network; run ./test.sh as root." >&2
    exit 1
fi

dotnet restore Pavillon.slnx
dotnet build Pavillon.slnx --no-restore -c "$configuration"

# The knowledge base is data reviewed like code: every file must pass the validator before anything else runs.
dotnet "src/Pavillon.Cli/bin/$configuration/net10.0/pavillon.dll" providers validate

results="$(pwd)/TestResults/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$results"
filter_args=()
if [[ -n "${TEST_FILTER:-}" ]]; then
    filter_args=(--filter "$TEST_FILTER")
fi

set +e
# One dotnet test per project so that each writes its own named trx file.
# shellcheck disable=SC2016 # expanded by the inner shell
unshare -n bash -c '
    ip link set lo up || exit 1
    configuration="$1" results="$2"; shift 2
    status=0
    for project in tests/*/*.csproj; do
        name="$(basename "$project" .csproj)"
        dotnet test "$project" --no-build -c "$configuration" \
            --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
            --results-directory "$results" "$@" || status=1
    done
    exit $status' bash "$configuration" "$results" "${filter_args[@]}"
test_status=$?
set -e

# Sum the counters of every trx file (one per test project).
passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
    [[ -e "$trx" ]] || continue
    files=$((files + 1))
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    # A skipped test is counted in total but not in executed (VSTest leaves notExecuted at 0).
    skipped=$((skipped + $(value total) - $(value executed)))
done

summary="$passed passed, $failed failed"
if ((skipped > 0)); then
    summary="$summary, $skipped skipped"
fi

echo
echo "$summary"

if ((files == 0)); then
    echo "test.sh: no test result was written (dotnet test exit code $test_status)" >&2
    exit 1
fi
if ((failed > 0 || test_status != 0 || passed == 0)); then
    exit 1
fi
