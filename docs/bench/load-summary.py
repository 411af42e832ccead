#!/usr/bin/env python3
"""Summarises one docs/bench/load.sh run: per-action round trips from the Gatling report, CPU over the
steady phase from cpu.csv, and live heap per session from heap.txt. Usage: load-summary.py DIR RAMP STEADY"""
import html
import os
import re
import sys

out, ramp, steady = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
page = open(os.path.join(out, "gatling", "index.html"), encoding="utf-8").read()

rows = []
for match in re.finditer(r'<tr id="([^"]+)" data-parent="([^"]+)">(.*?)</tr>', page, re.S):
    row_id, parent, body = match.groups()
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', body).group(1))
    cells = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', body)
    values = {int(col): value for col, value in cells}
    rows.append((row_id, parent, name, values))

print(f"### {os.path.basename(out)}\n")
print("| action | count | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|")
for row_id, parent, name, v in rows:
    if parent == "ROOT":
        print(f"| {name} | {v[2]} | {v[4]} | {v[8]} | {v[10]} | {v[11]} | {v[12]} |")
total = re.search(r'id="stats-table-ROOT".*?</tr>', page, re.S)
if total:
    t = {int(c): val for c, val in re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', total.group(0))}
    print(f"| all requests | {t[2]} | {t[4]} | {t[8]} | {t[10]} | {t[11]} | {t[12]} |")

if not os.path.exists(os.path.join(out, "cpu.csv")):
    sys.exit(0)  # runs without CPU and heap samples (docs/bench/two-nodes.sh) end here

# CPU over the steady phase (after the ramp and a settling margin, before the end).
samples = [list(map(int, line.split(","))) for line in open(os.path.join(out, "cpu.csv")).read().split("\n")[1:] if line]
window = [s for s in samples if ramp + 10 <= s[0] <= ramp + steady - 5]
hz = os.sysconf("SC_CLK_TCK")
if len(window) >= 2:
    first, last = window[0], window[-1]
    seconds = last[0] - first[0]
    app = (last[1] - first[1]) / hz / seconds
    db = (last[2] - first[2]) / hz / seconds
    machine = (last[3] - first[3]) / max(1, last[4] - first[4])
    cores = os.cpu_count()
    print(f"\nCPU over {seconds} s of steady load: app JVM {app:.2f} cores, MariaDB {db:.2f} cores, "
          f"whole machine {machine * 100:.0f}% of {cores} cores (includes the load generator).")

heap = dict(line.split("=") for line in open(os.path.join(out, "heap.txt")).read().split())
baseline, loaded = int(heap["baseline_kib"]), int(heap["loaded_kib"])
agents = int(heap["agents"])
sessions = agents + int(heap["hr_sessions"]) + int(heap["customer_sessions"])
print(f"\nLive heap after a full GC: {baseline / 1024:.0f} MiB before the run, {loaded / 1024:.0f} MiB with the "
      f"sessions open: {(loaded - baseline) / agents:.0f} KiB per agent ({agents} agents), "
      f"{(loaded - baseline) / sessions:.0f} KiB per session counting HR and customer sessions ({sessions}).")
