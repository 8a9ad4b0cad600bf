#!/usr/bin/env python3
"""Keeps a small corpus: of the inputs a libFuzzer merge control file lists, the few that
cover the most code, picked greedily (most new edges first, the smaller on a tie), up to a
limit. `make fuzz` uses it so fuzz/corpus/<target>/ stays a few hundred small files that
tests/corpus.rs replays in seconds, while the full corpus stays in fuzz/work/<target>/.

usage: keep.py CONTROL_FILE CORPUS_DIR LIMIT
"""
import os
import shutil
import sys
import tempfile

control, corpus, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(control).read().split("\n")
count = int(lines[0])
files = lines[2 : 2 + count]
edges = {}
for line in lines[2 + count :]:
    if line.startswith("COV "):
        parts = line.split()
        edges[int(parts[1])] = set(map(int, parts[2:]))
sizes = {i: os.path.getsize(files[i]) for i in edges}
covered, chosen = set(), []
while edges and len(chosen) < limit:
    best = max(edges, key=lambda i: (len(edges[i] - covered), -sizes[i]))
    if not edges[best] - covered:
        break
    covered |= edges.pop(best)
    chosen.append(best)
total = len(covered | set().union(*edges.values())) if edges else len(covered)
with tempfile.TemporaryDirectory() as keep:
    for i in chosen:
        shutil.copy(files[i], keep)
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(keep, corpus)
print(f"{corpus}: kept {len(chosen)} inputs covering {len(covered)} of {total} edges")
