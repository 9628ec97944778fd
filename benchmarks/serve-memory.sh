#!/usr/bin/env bash
# Peak memory (VmHWM, the resident set's high-water mark) of `ogp serve` reviewing a large dataset uploaded as a
# form, and the time of the answer; the dataset is made from the real extract's rows.
# Usage: benchmarks/serve-memory.sh [MEGABYTES]      (default 250)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-250}
work=$(mktemp -d "${TMPDIR:-/tmp}/ogp-serve-memory-XXXXXX")
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build -c Release src/OpenGov.Model.Cli >/dev/null
dotnet build -c Release benchmarks/OpenGov.Model.Benchmarks >/dev/null
# About 1,200 bytes a row: the rows for the size asked for.
rows=$((megabytes * 1024 * 1024 / 1230))
dotnet benchmarks/OpenGov.Model.Benchmarks/bin/Release/net10.0/OpenGov.Model.Benchmarks.dll generate "$rows" "$work/data.csv"
size=$(stat -c %s "$work/data.csv")

dotnet src/OpenGov.Model.Cli/bin/Release/net10.0/ogp.dll serve --port 0 --max-upload-mb $((megabytes * 2)) >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.2; done
address=$(grep -o 'http://[^ ]*' "$work/serve.log" | head -n 1)
hwm() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server/status"; }
idle=$(hwm)

start=$(date +%s.%N)
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -F "file=@$work/data.csv" "${address}review")
end=$(date +%s.%N)
peak=$(hwm)
echo "| dataset | rows | answer | time | server peak (VmHWM) | server at rest before |"
echo "|---:|---:|---:|---:|---:|---:|"
printf '| %s MB | %s | %s (%s KB page) | %.1f s | %s MB | %s MB |\n' "$((size / 1024 / 1024))" "$rows" "$status" "$(($(stat -c %s "$work/page.html") / 1024))" \
  "$(echo "$end - $start" | bc)" "$((peak / 1024))" "$((idle / 1024))"
