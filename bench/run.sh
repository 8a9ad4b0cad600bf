#!/usr/bin/env bash
# `make bench`: Verbatim against its peers on this machine, in one go; prints the tables.
# Browser: bench/browser.mjs (our wasm, Intl.Segmenter, wink-nlp, compromise in Chromium).
# Native: examples/stages.rs (each stage), examples/scale.rs (10 to 10,000 articles) and
# bench/lsh_datasketch.py (datasketch, in a virtual environment in target/bench-venv).
# Everything lands in target/bench/; bench/report.mjs prints it. SIZES=10,100 to shorten.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
mkdir -p "$OUT"
SIZES=${SIZES:-10,100,1000,10000}

if [ ! -x target/bench-venv/bin/python ] || ! target/bench-venv/bin/python -c 'import datasketch' 2>/dev/null; then
  echo "bench: datasketch into target/bench-venv" >&2
  python3 -m venv target/bench-venv
  target/bench-venv/bin/pip install --quiet datasketch
fi

echo "bench: browser (several minutes: compromise is slow on 10 MB)" >&2
node bench/browser.mjs

echo "bench: native stages" >&2
cargo build --release --examples --quiet
target/release/examples/stages "$OUT"/texts/{10KB,100KB,1MB,10MB}.txt > "$OUT/stages.jsonl"

echo "bench: 10 to 10,000 articles, ours and datasketch's" >&2
: > "$OUT/scale.jsonl"
: > "$OUT/datasketch.jsonl"
for n in ${SIZES//,/ }; do
  JOB=full SIZES=$n JSONL=$OUT target/release/examples/scale --json >> "$OUT/scale.jsonl"
  JOB=clusters SIZES=$n target/release/examples/scale --json >> "$OUT/scale.jsonl"
  target/bench-venv/bin/python bench/lsh_datasketch.py "$OUT/docs-$n.jsonl" >> "$OUT/datasketch.jsonl"
done

node bench/report.mjs
