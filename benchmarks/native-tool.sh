#!/usr/bin/env bash
# The native ogp (NativeAOT, linux-x64) against the JIT-compiled tool and a minimal Python csv.DictReader ->
# json.dump script, converting the real dataset extract from CSV to JSON; and the start-up time of
# `ogp --version`. Whole processes, median of seven runs each (benchmarks/measure.py: wall time around the
# process, peak resident memory from the kernel).
# Usage: benchmarks/native-tool.sh [CSV]   (default: the extract the tests use)
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-tests/OpenGov.Model.Tests/Fixtures/ogp-commitments-open-parliament-extract.csv}
runs=7
work=$(mktemp -d "${TMPDIR:-/tmp}/ogp-native-XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }

dotnet publish src/OpenGov.Model.Cli -c Release -r linux-x64 -o "$work/native" >/dev/null
dotnet build src/OpenGov.Model.Cli -c Release >/dev/null
native=("$work/native/ogp")
jit=(dotnet src/OpenGov.Model.Cli/bin/Release/net10.0/ogp.dll)

row() {
  local name=$1; shift
  read -r milliseconds megabytes < <(python3 benchmarks/measure.py "$runs" "$@")
  printf '| %s | %s ms | %s MB |\n' "$name" "$milliseconds" "$megabytes"
}

echo "input: $input ($(wc -c <"$input") bytes), $runs runs each, medians"
echo
echo "| command | wall time | peak memory |"
echo "|---|---:|---:|"
row "python3 csv.DictReader → json.dump" python3 benchmarks/csv_to_json.py "$input" "$work/python.json"
row "ogp convert --to json (native)" "${native[@]}" convert "$input" --to json -o "$work/native.json"
row "ogp convert --to json (JIT)" "${jit[@]}" convert "$input" --to json -o "$work/jit.json"
row "ogp --version (native)" "${native[@]}" --version
row "ogp --version (JIT)" "${jit[@]}" --version
cmp -s "$work/native.json" "$work/jit.json" || { echo "the native and JIT tools wrote different JSON" >&2; exit 1; }
