"""`make bench`, the peer of examples/scale.rs: datasketch's MinHash + LSH on the very same
documents (target/bench/docs-N.jsonl, written by the scale example) at the same threshold.

Same shingling as Verbatim's: words are runs of letters, digits and apostrophes (Unicode
\\w), lower-cased with curly apostrophes folded, and shingles are 5 consecutive words.
MinHash with 64 permutations (Verbatim keeps 64 values per signature); MinHashLSH at
threshold 0.5 (datasketch picks its bands and rows for 64 permutations); each candidate
pair kept when its estimated Jaccard reaches 0.5; clusters by union-find, as Verbatim's.
Signatures are built with update_batch, datasketch's fast (numpy) path.

Usage: lsh_datasketch.py (not datasketch.py, which would shadow the package) docs-N.jsonl — prints one JSON line: seconds, peak memory, clusters.
"""

import json
import re
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.5
PERMUTATIONS = 64
SHINGLE = 5
WORD = re.compile(r"\w+(?:['’.]\w+)*")


def shingles(text):
    words = [w.replace("’", "'") for w in WORD.findall(text.lower())]
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def main(path):
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
    signatures = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=PERMUTATIONS)
        m.update_batch(list(shingles(text)))
        signatures.append(m)
        lsh.insert(i, m)
    pairs = set()
    for i, m in enumerate(signatures):
        for j in lsh.query(m):
            if j > i and m.jaccard(signatures[j]) >= THRESHOLD:
                pairs.add((i, j))
    parent = list(range(len(texts)))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for a, b in pairs:
        for d in (a, b):
            groups.setdefault(root(d), set()).add(d)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "articles": len(texts),
        "seconds": seconds,
        "peak_mb": peak - before,
        "pairs": len(pairs),
        "clusters": len(groups),
        "in_clusters": sum(len(g) for g in groups.values()),
        "bands_rows": list(lsh.b_r) if hasattr(lsh, "b_r") else [lsh.b, lsh.r],
    }))


if __name__ == "__main__":
    main(sys.argv[1])
