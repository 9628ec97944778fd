#!/usr/bin/env bash
# Peak memory (maximum resident set size, from /usr/bin/time -v) and wall time of ogp converting,
# validating and summarizing datasets of 10,000 to 1,000,000 rows made from the real extract's rows.
# Usage: benchmarks/memory.sh [ROWS...]        (default: 10000 100000 1000000; needs about 8 GB of disk for a million)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
work=$(mktemp -d "${TMPDIR:-/tmp}/ogp-memory-XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

dotnet build -c Release src/OpenGov.Model.Cli >/dev/null
dotnet build -c Release benchmarks/OpenGov.Model.Benchmarks >/dev/null
ogp=(dotnet src/OpenGov.Model.Cli/bin/Release/net10.0/ogp.dll)
generate=(dotnet benchmarks/OpenGov.Model.Benchmarks/bin/Release/net10.0/OpenGov.Model.Benchmarks.dll generate)

measure() {
  local rows=$1 step=$2; shift 2
  local log="$work/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local rss wall status
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  status=$(sed -n 's/.*Exit status: //p' "$log")
  printf '| %s | %s | %s | %s | %s |\n' "$rows" "$step" "$((rss / 1024)) MB" "$wall" "$status"
}

echo "| rows | step | peak memory | wall time | exit |"
echo "|---:|---|---:|---:|---:|"
for rows in "${sizes[@]}"; do
  "${generate[@]}" "$rows" "$work/data.csv" --json-rows "$work/rows.json"
  measure "$rows" "convert CSV → JSON" "${ogp[@]}" convert "$work/data.csv" --to json -o "$work/data.json"
  measure "$rows" "convert dataset JSON → CSV" "${ogp[@]}" convert "$work/data.json" --to csv -o "$work/back.csv"
  measure "$rows" "convert JSON rows → CSV" "${ogp[@]}" convert "$work/rows.json" --to csv -o "$work/rows.csv"
  measure "$rows" "validate CSV" "${ogp[@]}" validate "$work/data.csv" --format json
  measure "$rows" "summary CSV" "${ogp[@]}" summary "$work/data.csv" --format json
  measure "$rows" "show CSV" "${ogp[@]}" show "$work/data.csv"
  rm -f "$work"/*.csv "$work"/*.json
done
