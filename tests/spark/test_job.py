"""The Spark job gives the CLI's answers: on an archive of real articles with reposts, trims
and light edits (archive.py), run in Spark local mode (`local[2]`), its pairs, clusters with
their likely originals, quotations and quotation groups equal those of `verbatim --json` on
the same articles; and damaged records (not UTF-8, empty, missing fields, not JSON, a
duplicate id, a 50 MB article) are counted in `errors` with their reasons while every other
article is read.

Run by `make test-spark` (part of `make test`): `.venv/bin/python tests/spark/test_job.py`.
ARTICLES=N changes the archive's size (default 1,000); KEEP=dir keeps the inputs and tables.
"""

import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import archive  # noqa: E402

ARTICLES = int(os.environ.get("ARTICLES", "1000"))
CLI = os.path.join(REPO, "target", "release", "verbatim")

# The damaged records mixed into the input, and the reason each must be given.
DAMAGED = [
    (b'{"name": "bad-utf8.txt", "text": "caf\xe9 au lait, said the \xff owner"}', "not UTF-8"),
    (b'{"name": "empty.txt", "text": ""}', "empty"),
    (b'{"name": "blank.txt", "text": "  \\n\\n  "}', "empty"),
    (b'{"name": "no-text.txt", "body": "The text is under another key."}', "missing text"),
    (b'{"text": "An article with no name or id at all, said someone."}', "missing id"),
    (b'{"name": "number.txt", "text": 42}', "missing text"),
    (b'{"name": "broken.txt", "text": "never closed', "not JSON"),
    (b"[1, 2, 3]", "not JSON"),
]


def session():
    from pyspark.sql import SparkSession

    # The executors' Python is this one, which has the package.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]").appName("verbatim-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def tables(spark, out):
    def rows(name):
        return [r.asDict(recursive=True) for r in spark.read.parquet(os.path.join(out, name)).collect()]

    return {t: rows(t) for t in ("articles", "quotes", "pairs", "clusters", "quote_groups", "errors")}


class SparkJobEqualsCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = os.environ.get("KEEP") or tempfile.mkdtemp(prefix="verbatim-spark-")
        os.makedirs(cls.dir, exist_ok=True)
        cls.articles = archive.build(ARTICLES)
        good = os.path.join(cls.dir, "good.jsonl")
        damaged = os.path.join(cls.dir, "input.jsonl")
        with open(good, "w", encoding="utf-8") as g, open(damaged, "wb") as d:
            for i, (name, text) in enumerate(cls.articles):
                line = json.dumps({"name": name, "text": text}, ensure_ascii=False)
                g.write(line + "\n")
                d.write(line.encode("utf-8") + b"\n")
                if i % 150 == 7:  # the damaged records among the good ones
                    bad, _ = DAMAGED[(i // 150) % len(DAMAGED)]
                    d.write(bad + b"\n")
            for bad, _ in DAMAGED:
                d.write(bad + b"\n")
            # A 50 MB article, and a second record with an id already taken.
            d.write(json.dumps({"name": "huge.txt", "text": "All work and no play. " * 2_400_000}).encode() + b"\n")
            d.write(json.dumps({"name": cls.articles[3][0], "text": "Another text under a taken id."}).encode() + b"\n")
        cls.expected_errors = collections.Counter(reason for _, reason in DAMAGED)
        for i in range(len(cls.articles)):
            if i % 150 == 7:
                cls.expected_errors[DAMAGED[(i // 150) % len(DAMAGED)][1]] += 1
        cls.expected_errors["too large"] += 1
        cls.expected_errors["duplicate id"] += 1

        started = time.time()
        cli = subprocess.run([CLI, "--json", good], check=True, capture_output=True)
        cls.report = json.loads(cli.stdout)
        cls.cli_seconds = time.time() - started

        cls.spark = session()
        from verbatim.spark.job import run

        out = os.path.join(cls.dir, "out")
        started = time.time()
        cls.summary = run(cls.spark, damaged, out, fmt="jsonl", log=lambda m: print(m, file=sys.stderr))
        cls.spark_seconds = time.time() - started
        cls.t = tables(cls.spark, out)
        print(f"spark test: {len(cls.articles)} articles; CLI {cls.cli_seconds:.1f} s, "
              f"Spark local[2] {cls.spark_seconds:.1f} s; {cls.summary}", file=sys.stderr)

    def names(self):
        return [d["name"] for d in self.report["documents"]]

    def test_the_archive_is_large_and_has_copies_of_every_kind(self):
        self.assertGreaterEqual(len(self.articles), 1000 if "ARTICLES" not in os.environ else 1)
        # Standing articles beyond the CLI's exact limit (200), so both compare by LSH.
        self.assertGreater(len(self.report["documents"]) - sum(len(c["members"]) - 1 for c in self.report["copies"]), 200)
        self.assertEqual(self.report["pairs_omitted"], 0, "the CLI listed every pair")
        self.assertTrue(any(c["identical"] for c in self.report["copies"]))
        self.assertTrue(any(not c["identical"] for c in self.report["copies"]))
        self.assertGreater(len(self.report["clusters"]), 20)
        self.assertGreater(len(self.report["quote_groups"]), 20)

    def test_no_good_article_is_lost_and_bad_records_are_counted_with_their_reason(self):
        self.assertEqual(sorted(a["id"] for a in self.t["articles"]), sorted(self.names()))
        got = collections.Counter(e["reason"] for e in self.t["errors"])
        self.assertEqual(got, self.expected_errors)
        huge = [e for e in self.t["errors"] if e["reason"] == "too large"]
        self.assertEqual(huge[0]["id"], "huge.txt")

    def test_copies_of_a_text_point_to_the_first(self):
        names = self.names()
        want = {d["name"]: names[d["copy_of"]] for d in self.report["documents"] if "copy_of" in d}
        got = {a["id"]: a["copy_of"] for a in self.t["articles"] if a["copy_of"] is not None}
        self.assertEqual(got, want)

    def test_quotations_are_the_clis(self):
        names = self.names()
        fields = ("start", "end", "text", "kind", "speaker", "cue", "rule", "depth", "speech", "closed", "continues")
        want = sorted(
            (names[i], q_i) + tuple(q[f] for f in fields)
            for i, d in enumerate(self.report["documents"])
            for q_i, q in enumerate(d["quotes"])
        )
        got = sorted((q["article"], q["quote"]) + tuple(q[f] for f in fields) for q in self.t["quotes"])
        self.assertGreater(len(want), 1000)
        self.assertEqual(got, want)

    def test_pairs_are_the_clis(self):
        names = self.names()
        want = sorted(
            (names[p["a"]], names[p["b"]], p["resemblance"], p["containment"][0], p["containment"][1],
             names[p["held"]], p["kind"], p["verdict"])
            for p in self.report["pairs"]
        )
        got = sorted(
            (p["a"], p["b"], p["resemblance"], p["containment_a"], p["containment_b"], p["held"], p["kind"], p["verdict"])
            for p in self.t["pairs"]
        )
        self.assertGreater(len(want), 100)
        self.assertEqual(got, want)

    def test_clusters_and_their_originals_are_the_clis(self):
        names = self.names()
        want = sorted(tuple(names[m] for m in c) for c in self.report["clusters"])
        by_cluster = collections.defaultdict(list)
        for r in self.t["clusters"]:
            by_cluster[r["cluster"]].append(r["article"])
        got = sorted(tuple(sorted(m)) for m in by_cluster.values())
        self.assertEqual(got, want)
        want_lineage = sorted(
            (names[l["original"]], l["basis"], names[c["article"]], names[c["of"]], c["share"], c["relation"], c["verdict"])
            for l in self.report["lineages"] for c in l["copies"]
        )
        got_lineage = sorted(
            (r["original"], r["basis"], r["article"], r["of"], r["share"], r["relation"], r["verdict"])
            for r in self.t["clusters"] if r["relation"] != "original"
        )
        self.assertEqual(got_lineage, want_lineage)

    def test_quotation_groups_are_the_clis(self):
        names = self.names()
        want = sorted(
            [
                (g["speaker"], tuple((names[d], q) for d, q in g["members"]),
                 (names[g["members"][g["reference"]][0]], g["members"][g["reference"]][1]),
                 tuple((tuple(map(tuple, x["changed"])), x["omitted"]) for x in g["differences"]))
                for g in self.report["quote_groups"]
            ],
            key=repr,
        )
        groups = collections.defaultdict(list)
        for r in self.t["quote_groups"]:
            groups[r["group"]].append(r)
        got = []
        for members in groups.values():
            members.sort(key=lambda r: (r["article_index"], r["quote"]))
            ref = next(m for m in members if m["reference"])
            got.append((
                members[0]["speaker"], tuple((m["article"], m["quote"]) for m in members),
                (ref["article"], ref["quote"]),
                tuple((tuple(map(tuple, m["changed"])), m["omitted"]) for m in members),
            ))
        self.assertEqual(sorted(got, key=repr), want)


class EveryInputFormatIsChecked(unittest.TestCase):
    """A folder of text files and a Parquet table are read as JSON Lines are: good articles
    kept whole, bad records given their reason."""

    @classmethod
    def setUpClass(cls):
        cls.spark = session()
        cls.dir = tempfile.mkdtemp(prefix="verbatim-spark-formats-")

    def checked(self, path, fmt, max_bytes):
        from verbatim.spark.job import read_checked

        rows = read_checked(self.spark, path, fmt, max_bytes).collect()
        return {r["id"]: (r["reason"], r["text"]) for r in rows}

    def test_a_folder_of_text_files(self):
        folder = os.path.join(self.dir, "texts")
        os.makedirs(os.path.join(folder, "sub"))
        files = {
            "good.txt": "\ufeff“We will win,” she said.".encode("utf-8"),
            "sub/also.md": b"Another article, in a subfolder.",
            "latin1.txt": "caf\xe9".encode("latin-1"),
            "empty.txt": b"",
            "blank.html": b"  \n ",
            "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
            "large.txt": b"word " * 400,
            "notes.csv": b"not an article: not a text extension",
        }
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        got = self.checked(folder, "text", 1000)
        self.assertEqual(got["good.txt"], (None, "“We will win,” she said."), "the byte-order mark dropped, as the CLI does")
        self.assertEqual(got["also.md"], (None, "Another article, in a subfolder."))
        self.assertEqual(
            {k: v[0] for k, v in got.items() if v[0]},
            {"latin1.txt": "not UTF-8", "empty.txt": "empty", "blank.html": "empty",
             "image.txt": "binary", "large.txt": "too large"},
        )
        self.assertNotIn("notes.csv", got)

    def test_a_parquet_table(self):
        from pyspark.sql import types as T

        path = os.path.join(self.dir, "table.parquet")
        schema = T.StructType([T.StructField("id", T.StringType()), T.StructField("text", T.BinaryType())])
        self.spark.createDataFrame(
            [("a", "Plain text.".encode()), ("b", b"\xff\xfe"), (None, b"No id."), ("c", None)], schema
        ).write.mode("overwrite").parquet(path)
        got = self.checked(path, None, 1000)
        self.assertEqual(got["a"], (None, "Plain text."))
        self.assertEqual({k: v[0] for k, v in got.items() if v[0]},
                         {"b": "not UTF-8", None: "missing id", "c": "missing text"})


if __name__ == "__main__":
    unittest.main(verbosity=2)
