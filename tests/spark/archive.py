"""A news archive built from real text, deterministically, for the Spark job's test and bench.

The originals are real articles: the five seeds and the PolNeAR articles of the `dev` part of
tests/accuracy/split.tsv (the `score` part is never read here either). Each further article
is made from an earlier one (an original or one made before it) by one of:

- `repost`: the same text, character for character;
- `wrapped`: the same text between a site's header and footer paragraphs;
- `trim`: its first paragraphs (half to four fifths of them);
- `edit`: light edits — one word in forty replaced, and one sentence dropped;
- `fresh` (only with `fresh > 0`, for the bench's larger archives): a new article with the
  original's shape — its paragraphs, quotations, names and small words kept — but every
  lower-case word of four letters or more replaced by another word of the corpus, the same
  way throughout the article, so it shares no passage with any other.

`build(n)` gives `n` (id, text) pairs, ids in order (`a0000000.txt`, …), the same every time.
"""

import hashlib
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("VERBATIM_SHARED", os.path.join(os.path.dirname(REPO), "shared"))

WORD = re.compile(r"\b[a-z]{4,}\b")
HEADERS = [
    "Home | World | Politics | Business | Opinion\n\nShare this article\n\n",
    "Subscribe to our newsletter for the day's top stories.\n\nAdvertisement\n\n",
    "Breaking News Network\n\nFollow us on social media\n\n",
]
FOOTERS = [
    "\n\n© 2016 Example News. All rights reserved.\n\nRead more: Politics, Elections",
    "\n\nComments are closed.\n\nRelated stories\n\nMore from this section",
    "\n\nThis article was republished with permission.\n\nTags: news, politics",
]


def originals():
    """The real articles, in a fixed order."""
    texts = []
    seeds = os.path.join(REPO, "seeds")
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                texts.append(f.read())
    dev = []
    with open(os.path.join(REPO, "tests", "accuracy", "split.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] == "polnear" and parts[2] == "dev":
                dev.append(parts[1])
    root = os.path.join(SHARED, "corpora", "polnear", "train")
    for name in sorted(dev):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def _paragraphs(text):
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _stable(*parts):
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(h, "little")


def variant(kind, text, rng, k, vocabulary):
    if kind == "repost":
        return text
    if kind == "wrapped":
        return rng.choice(HEADERS) + text + rng.choice(FOOTERS)
    paragraphs = _paragraphs(text)
    if kind == "trim":
        keep = max(1, int(len(paragraphs) * rng.uniform(0.5, 0.8)))
        return "\n\n".join(paragraphs[:keep])
    if kind == "edit":
        words = text.split(" ")
        start = rng.randrange(40)
        for i in range(start, len(words), 40):
            words[i] = rng.choice(vocabulary)
        edited = " ".join(words)
        sentences = re.split(r"(?<=[.!?])\s+", edited)
        if len(sentences) > 3:
            del sentences[rng.randrange(1, len(sentences) - 1)]
        return " ".join(sentences)
    if kind == "fresh":
        v = len(vocabulary)
        return WORD.sub(lambda m: vocabulary[_stable(k, m.group(0)) % v], text)
    raise ValueError(kind)


def build(n, fresh=0.0, seed=21):
    """`n` articles as (id, text): the originals first, then variants of earlier articles;
    `fresh` is the share of the variants that are new articles."""
    rng = random.Random(seed)
    base = originals()
    vocabulary = sorted({w for t in base for w in WORD.findall(t)})
    texts = base[:n]
    kinds = ["repost", "wrapped", "trim", "edit"]
    while len(texts) < n:
        k = len(texts)
        if fresh and rng.random() < fresh:
            kind, src = "fresh", rng.randrange(len(base))
        else:
            kind, src = rng.choice(kinds), rng.randrange(k)
        texts.append(variant(kind, texts[src], rng, k, vocabulary))
    return [(f"a{i:07d}.txt", t) for i, t in enumerate(texts)]


if __name__ == "__main__":
    import json
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    fresh = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    for name, text in build(n, fresh):
        print(json.dumps({"name": name, "text": text}, ensure_ascii=False))
