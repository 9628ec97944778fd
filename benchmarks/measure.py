"""Runs a command several times; prints the median wall time (ms) and the median peak memory (MB) of its process.

Usage: python3 benchmarks/measure.py RUNS COMMAND [ARGS...]
Wall time is measured around the process with a monotonic clock; peak memory is the maximum resident set
size the kernel reports for that process (wait4).
"""
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
command = sys.argv[2:]
times, peaks = [], []
for _ in range(runs):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    times.append((time.perf_counter() - start) * 1000)
    peaks.append(usage.ru_maxrss / 1024)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} exited {os.waitstatus_to_exitcode(status)}")
print(f"{statistics.median(times):.1f} {statistics.median(peaks):.1f}")
