#!/usr/bin/env bash
# One sha256 line per corpus of the CLI's `--json` report, to show a change is behaviour-neutral:
# run it before and after and compare (`scripts/report-digest.sh > /tmp/digest-before.txt`,
# then `scripts/report-digest.sh | diff /tmp/digest-before.txt -`).
# Corpora: the seeds together, the quotation evaluation texts together, the duplicate
# fixtures together, each seed alone, and the polnear training texts in one call (from
# ../shared/corpora/polnear/train, skipped with a note when that checkout is absent).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin=target/release/verbatim

digest() { # digest LABEL FILE...
    local label=$1
    shift
    printf '%s  %s\n' "$("$bin" --json "$@" | sha256sum | cut -d' ' -f1)" "$label"
}

digest 'seeds/*.txt' seeds/*.txt
digest 'tests/quotes_eval/*.txt' tests/quotes_eval/*.txt
digest 'tests/duplicates/*' tests/duplicates/*
for seed in seeds/*.txt; do
    digest "$seed" "$seed"
done
polnear=../shared/corpora/polnear/train
if compgen -G "$polnear/*.txt" >/dev/null; then
    digest "$polnear/*.txt" "$polnear"/*.txt
else
    echo "skipped: $polnear/*.txt (absent)"
fi
