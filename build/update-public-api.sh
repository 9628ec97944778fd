#!/usr/bin/env bash
# Adds the public API that a build reports as undeclared (RS0016) to each project's
# PublicAPI/<framework>/PublicAPI.Unshipped.txt, and drops entries reported as removed (RS0017).
# Review the diff: it is the change to the public API.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/OpenGov.Model/OpenGov.Model.csproj}"
log=$(mktemp)
dotnet build "$project" --no-incremental -p:WarningsAsErrors= -p:TreatWarningsAsErrors=false 2>&1 | tee "$log" >/dev/null || true
python3 - "$log" <<'PY'
import re, sys, os, collections
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.search(r"(\S+\.cs)\(\d+,\d+\): (?:warning|error) RS0016: Symbol '(.+)' is not part of the declared public API.*\[(.+\.csproj)::TargetFramework=([^\]]+)\]", line)
    if m:
        added[(os.path.dirname(m.group(3)), m.group(4))].add(m.group(2))
    m = re.search(r"(?:warning|error) RS0017: Symbol '(.+)' is part of the declared API, but is either not public or could not be found.*\[(.+\.csproj)::TargetFramework=([^\]]+)\]", line)
    if m:
        removed[(os.path.dirname(m.group(2)), m.group(3))].add(m.group(1))
for key in set(added) | set(removed):
    path = os.path.join(key[0], 'PublicAPI', key[1], 'PublicAPI.Unshipped.txt')
    lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')] if os.path.exists(path) else ['#nullable enable']
    body = set(l for l in lines[1:] if l.strip()) | added.get(key, set())
    body -= removed.get(key, set())
    with open(path, 'w', encoding='utf-8') as f:
        f.write('#nullable enable\n' + ''.join(l + '\n' for l in sorted(body, key=lambda s: s.lstrip('~'))))
    print(f"{path}: +{len(added.get(key, ()))} -{len(removed.get(key, ()))}")
PY
rm -f "$log"
