"""The baseline of benchmarks/native-tool.sh: the least a script does to turn a CSV file into JSON."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(list(csv.DictReader(source)), target, ensure_ascii=False)
