"""Verbatim from Python: the same core as the page and the CLI, built from the same crate.

    >>> import verbatim
    >>> report = verbatim.analyze(["…one article…", "…another…"])   # the CLI's --json, as dicts
    >>> verbatim.quotes("…an article…")        # its quotations: kind, speaker, cue, rule, offsets
    >>> verbatim.features("…an article…")      # MinHash LSH band keys, shingle set, sample
    >>> verbatim.pair(text_a, text_b)          # exact resemblance, containment both ways, verdict

Offsets are the report's: UTF-16 code units, half-open. Every rule is the Rust core's; this
package only carries values across (see python/src/lib.rs). `python -m verbatim.spark` runs
the same analysis over an archive on Apache Spark.
"""

import json

from . import _native
from ._native import (  # noqa: F401  (re-exported)
    DEFAULT_THRESHOLD,
    K,
    REPORT_VERSION,
    features,
    pair,
    signature,
)

__all__ = ["analyze", "analyze_json", "quotes", "features", "signature", "band_keys", "pair",
           "REPORT_VERSION", "K", "DEFAULT_THRESHOLD"]


def _inputs(texts, names):
    items = list(texts)
    out = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            name = names[i] if names is not None else ""
            out.append((name, item))
        elif isinstance(item, dict):
            out.append((item.get("name", ""), item["text"]))
        else:
            name, text = item
            out.append((name, text))
    return out


def analyze_json(texts, names=None, threshold=DEFAULT_THRESHOLD):
    """The report of `texts` as the CLI's `--json` prints it (a str). `texts` holds strings
    (named by `names`, else by their headline or "Article N", as the page names them),
    `(name, text)` pairs, or `{"name", "text"}` dicts."""
    return _native.analyze_json(_inputs(texts, names), threshold)


def analyze(texts, names=None, threshold=DEFAULT_THRESHOLD):
    """The report of `texts` (see `analyze_json`) as Python dicts and lists."""
    return json.loads(analyze_json(texts, names, threshold))


def quotes(text):
    """One article's quotations: start, end (UTF-16), text, kind, speaker, cue, rule, depth,
    speech, closed, continues. Speakers are this article's alone: `analyze` over several
    articles also gives a surname the full name another article names."""
    return _native.quotes_of(text)


def band_keys(text, threshold=DEFAULT_THRESHOLD):
    """The article's LSH band keys at `threshold`, as the CLI bands signatures: two
    articles sharing a key are a candidate pair."""
    return features(text, threshold)["bands"]
