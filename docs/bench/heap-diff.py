#!/usr/bin/env python3
"""What the live heap grew by during a load run, by class, per agent: the difference between histogram.txt and
histogram-baseline.txt of a docs/bench/load.sh result folder. Usage: heap-diff.py DIR [TOP]"""
import os
import re
import sys

out = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
row = re.compile(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)")


def read(name):
    classes = {}
    for line in open(os.path.join(out, name)):
        m = row.match(line)
        if m:
            count, size, cls = int(m.group(1)), int(m.group(2)), m.group(3)
            old = classes.get(cls, (0, 0))
            classes[cls] = (old[0] + count, old[1] + size)
    return classes


before, after = read("histogram-baseline.txt"), read("histogram.txt")
agents = int(dict(line.split("=") for line in open(os.path.join(out, "heap.txt")).read().split())["agents"])
grown = sorted(((after[c][1] - before.get(c, (0, 0))[1], after[c][0] - before.get(c, (0, 0))[0], c) for c in after),
               reverse=True)
total = sum(g[0] for g in grown)
print(f"Grown in all: {total / 1024 / agents:.1f} KiB per agent ({agents} agents)\n")
print("| class | instances per agent | KiB per agent |")
print("|---|---:|---:|")
for size, count, cls in grown[:top]:
    print(f"| {cls} | {count / agents:.1f} | {size / 1024 / agents:.2f} |")
