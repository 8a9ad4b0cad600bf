"""The Spark job: Verbatim's analysis over an archive no one machine holds, as the CLI runs it
over a folder — the same quotations, pairs, clusters and quotation groups.

Every article is read on its own by the core (`verbatim._native.article`), on the executors;
what the CLI then does across articles in one process is done here as joins through Spark's
shuffle, each deciding step a call into the core (see python/src/lib.rs):

1. read and check: JSON Lines, Parquet or a folder of text files; a bad record (not UTF-8,
   empty, a field missing, too large, a duplicate id, an analysis that failed) goes to
   `errors` with its reason, and every other article goes on;
2. order: articles are numbered by id (the CLI numbers them in the order given: give it the
   files in id order to compare), and an article whose text is an earlier one's, character
   for character, is its copy (`copy_of`) and is not read again;
3. copies: the same words (a key of the word sequence), or near copies (a band of MinHash
   values in common, checked exactly by the core) are joined into groups by connected
   components; the group's first article stands for it;
4. pairs: among the standing articles, candidates share an LSH band key at the threshold or
   two sampled shingles (each held by at most `SAMPLE_MAX_HOLDERS` articles); each is scored
   exactly by the core from the two shingle sets and kept when it reaches the threshold; and
   each group's first article is paired with each other member;
5. clusters: connected components of the pairs that reach the threshold, each with its
   likely original and every copy's source, worded by the core (`lineage_of`);
6. quotations: speakers named by surname alone take the full name when the archive's
   bearers of that surname decide it (the core's `full_names`); renderings of one quotation
   across articles are grouped through shared word triples (at most `QUOTE_MAX_HOLDERS`
   renderings followed per triple), with the core's rule for alike renderings, its vote for
   the speaker and its reference rendering and differences.

Connected components are computed by min-label propagation with pointer jumping, each round
a few joins written to the work folder, so nothing about all articles is ever collected on
the driver: it only counts.

Beyond the CLI's report: pairs are not capped per article (the CLI lists at most 200 with one
article, a page's limit; `pairs_omitted` says how many it left out), and shared passages are
not placed (they need each article's words; `verbatim.analyze` gives them for any pair).
"""

import json
import os
import time

from pyspark.sql import Row, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

DEFAULT_MAX_BYTES = 10_000_000
TEXT_EXTENSIONS = ("txt", "md", "html", "htm")

# ---------------------------------------------------------------------------------------
# Schemas

QUOTE = T.StructType(
    [
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
        T.StructField("text", T.StringType()),
        T.StructField("kind", T.StringType()),
        T.StructField("speaker", T.StringType()),
        T.StructField("cue", T.StringType()),
        T.StructField("rule", T.StringType()),
        T.StructField("depth", T.LongType()),
        T.StructField("speech", T.BooleanType()),
        T.StructField("closed", T.BooleanType()),
        T.StructField("continues", T.LongType()),
        T.StructField("triples", T.ArrayType(T.LongType())),
        T.StructField("titled", T.StringType()),
    ]
)

ARTICLE = T.StructType(
    [
        T.StructField("idx", T.LongType()),
        T.StructField("id", T.StringType()),
        T.StructField("source", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("bytes", T.LongType()),
        T.StructField("title", T.StringType()),
        T.StructField("date", T.StringType()),
        T.StructField("url", T.StringType()),
        T.StructField("outlet", T.StringType()),
        T.StructField("language", T.StringType()),
        T.StructField("characters", T.LongType()),
        T.StructField("words", T.LongType()),
        T.StructField("content_words", T.LongType()),
        T.StructField("sentences", T.LongType()),
        T.StructField("paragraphs", T.LongType()),
        T.StructField("junk_paragraphs", T.LongType()),
        T.StructField("quotes", T.ArrayType(QUOTE)),
        T.StructField(
            "bearers",
            T.ArrayType(
                T.StructType(
                    [T.StructField("surname", T.StringType()), T.StructField("full", T.StringType())]
                )
            ),
        ),
        T.StructField("shingle_set", T.BinaryType()),
        T.StructField("shingles", T.LongType()),
        T.StructField("words_key", T.LongType()),
        T.StructField("length", T.LongType()),
        T.StructField("bands", T.ArrayType(T.LongType())),
        T.StructField("near_bands", T.ArrayType(T.LongType())),
        T.StructField("sample", T.ArrayType(T.LongType())),
    ]
)

CHECKED = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("source", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("reason", T.StringType()),
        T.StructField("detail", T.StringType()),
        T.StructField("bytes", T.LongType()),
        T.StructField("pos", T.LongType()),
    ]
)

PAIR = T.StructType(
    [
        T.StructField("r", T.DoubleType()),
        T.StructField("ca", T.DoubleType()),
        T.StructField("cb", T.DoubleType()),
        T.StructField("resemblance", T.DoubleType()),
        T.StructField("containment_a", T.DoubleType()),
        T.StructField("containment_b", T.DoubleType()),
        T.StructField("held", T.LongType()),
        T.StructField("kind", T.StringType()),
        T.StructField("verdict", T.StringType()),
        T.StructField("reaches", T.BooleanType()),
    ]
)

# ---------------------------------------------------------------------------------------
# Reading and checking: one row per record, with its text or the reason it is bad.


def _decode(raw):
    """UTF-8 text, or where it is not (as the CLI says it)."""
    if isinstance(raw, str):
        return raw, None
    raw = bytes(raw)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, f"invalid byte at offset {e.start}"


def _bad(record_id, source, reason, detail, size, pos=None):
    return Row(id=record_id, source=source, text=None, reason=reason, detail=detail, bytes=size, pos=pos)


def _checked(record_id, source, text, max_bytes, size=None, pos=None):
    fields = _checked_text(record_id, source, text, max_bytes, size).asDict()
    fields["pos"] = pos
    return Row(**fields)


def _checked_text(record_id, source, text, max_bytes, size=None):
    """The row of one record: its text, or why it is left out."""
    if record_id is None or (isinstance(record_id, str) and not record_id.strip()):
        return _bad(None, source, "missing id", "no id or name field", size)
    if text is None:
        return _bad(record_id, source, "missing text", "no text field", size)
    text, where = _decode(text)
    if where:
        return _bad(record_id, source, "not UTF-8", where, size)
    n = len(text.encode("utf-8")) if size is None else size
    if n > max_bytes:
        return _bad(record_id, source, "too large", f"{n} bytes, more than {max_bytes}", n)
    if not text.strip():
        return _bad(record_id, source, "empty", "no text but white space", n)
    return Row(id=record_id, source=source, text=text, reason=None, detail=None, bytes=n)


def _check_files(max_bytes):
    def run(rows):
        for r in rows:
            name = r.path.rstrip("/").rsplit("/", 1)[-1]
            content = bytes(r.content) if r.content is not None else None
            if content is not None and 0 in content[:8192]:
                yield _bad(name, r.path, "binary", "NUL bytes: not a text file", len(content))
                continue
            if content is not None and content.startswith(b"\xef\xbb\xbf"):
                content = content[3:]  # a byte-order mark, dropped as the CLI drops it
            yield _checked(name, r.path, content, max_bytes, len(content) if content else 0, r.pos)

    return run


def _check_lines(max_bytes, id_fields):
    def run(rows):
        for r in rows:
            raw = bytes(r.raw) if r.raw is not None else b""
            if not raw.strip():
                continue  # blank lines separate nothing, as in the CLI
            text, where = _decode(raw)
            if where:
                # The record's id, if the rest of the line tells it.
                try:
                    found = json.loads(raw.decode("utf-8", "replace"))
                    record_id = next((str(found[f]) for f in id_fields if found.get(f) is not None), None)
                except (ValueError, AttributeError):
                    record_id = None
                yield _bad(record_id, r.source, "not UTF-8", where, len(raw), r.pos)
                continue
            try:
                record = json.loads(text)
            except ValueError as e:
                yield _bad(None, r.source, "not JSON", f"{e.msg}: {text[:80]!r}", len(raw), r.pos)
                continue
            if not isinstance(record, dict):
                yield _bad(None, r.source, "not JSON", "not an object", len(raw), r.pos)
                continue
            record_id = next((record[f] for f in id_fields if record.get(f) is not None), None)
            if record_id is not None and not isinstance(record_id, str):
                record_id = json.dumps(record_id)
            body = record.get("text")
            if body is not None and not isinstance(body, str):
                yield _bad(record_id, r.source, "missing text", "text is not a string", len(raw), r.pos)
                continue
            yield _checked(record_id, r.source, body, max_bytes, pos=r.pos)

    return run


def _check_table(max_bytes):
    def run(rows):
        for r in rows:
            record_id = r.id if r.id is None or isinstance(r.id, str) else str(r.id)
            yield _checked(record_id, r.source, r.text, max_bytes, pos=r.pos)

    return run


def _empty_files(spark, path):
    """(name, path) of the empty text files under `path`, on any file system."""
    sc = spark.sparkContext
    root = sc._jvm.org.apache.hadoop.fs.Path(path)
    listing = root.getFileSystem(sc._jsc.hadoopConfiguration()).listFiles(root, True)
    found = []
    while listing.hasNext():
        status = listing.next()
        if status.getLen() == 0:
            name = status.getPath().getName()
            if "." in name and name.rsplit(".", 1)[1] in TEXT_EXTENSIONS:
                found.append((name, status.getPath().toString()))
    return found


def guess_format(path):
    p = path.rstrip("/")
    if p.endswith(".parquet"):
        return "parquet"
    if p.endswith(".jsonl") or p.endswith(".json") or p.endswith(".ndjson"):
        return "jsonl"
    if os.path.isdir(p):
        names = os.listdir(p)
        if any(n.endswith(".parquet") for n in names):
            return "parquet"
        if any(n.endswith((".jsonl", ".json", ".ndjson")) for n in names):
            return "jsonl"
    return "text"


def read_checked(spark, path, fmt, max_bytes, id_fields=("id", "name")):
    """Every record of the input as (id, source, text, reason, bytes): `reason` is None for a
    good article."""
    fmt = fmt or guess_format(path)
    if fmt == "text":
        files = (
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.{" + ",".join(TEXT_EXTENSIONS) + "}")
            .load(path)
        )
        # Too large: told by the listing, without reading the file.
        large = files.where(F.col("length") > max_bytes).select(
            F.regexp_extract("path", r"([^/]+)$", 1).alias("id"),
            F.col("path").alias("source"),
            F.lit(None).cast("string").alias("text"),
            F.lit("too large").alias("reason"),
            F.concat(F.col("length").cast("string"), F.lit(f" bytes, more than {max_bytes}")).alias("detail"),
            F.col("length").alias("bytes"),
            F.lit(None).cast("long").alias("pos"),
        )
        # Spark's file scans skip empty files altogether: those are found by listing the
        # folder (as Spark's driver lists it to plan the scan), and only they are kept.
        empty = spark.createDataFrame(
            [_bad(name, source, "empty", "an empty file", 0) for name, source in _empty_files(spark, path)],
            CHECKED,
        )
        small = files.where(F.col("length") <= max_bytes).select(
            "path", "content", F.monotonically_increasing_id().alias("pos")
        )
        checked = spark.createDataFrame(small.rdd.mapPartitions(_check_files(max_bytes)), CHECKED, verifySchema=False)
        return checked.unionByName(large).unionByName(empty)
    if fmt == "jsonl":
        lines = spark.read.format("text").load(path).select(
            F.input_file_name().alias("source"), F.col("value").cast("binary").alias("raw"),
            F.monotonically_increasing_id().alias("pos"),
        )
        return spark.createDataFrame(lines.rdd.mapPartitions(_check_lines(max_bytes, id_fields)), CHECKED, verifySchema=False)
    if fmt == "parquet":
        table = spark.read.parquet(path)
        id_col = next((f for f in id_fields if f in table.columns), None)
        text_col = F.col("text") if "text" in table.columns else F.lit(None).cast("string")
        rows = table.select(
            (F.col(id_col) if id_col else F.lit(None).cast("string")).alias("id"),
            F.input_file_name().alias("source"),
            text_col.alias("text"),
            F.monotonically_increasing_id().alias("pos"),
        )
        return spark.createDataFrame(rows.rdd.mapPartitions(_check_table(max_bytes)), CHECKED, verifySchema=False)
    raise ValueError(f"unknown input format {fmt!r} (text, jsonl or parquet)")


# ---------------------------------------------------------------------------------------
# Reading each article: the core, on the executors. (Rows are made to the schemas above, so
# createDataFrame is told not to check each value again: that check was most of the time.)


def _read_articles(threshold):
    def run(rows):
        from verbatim import _native

        for r in rows:
            base = dict(idx=r.idx, id=r.id, source=r.source, bytes=r.bytes)
            try:
                a = _native.article(r.id, r.text, threshold)
            except BaseException as e:  # a panic in the core is a PanicException
                if isinstance(e, (KeyboardInterrupt, SystemExit)):
                    raise
                yield _failed(base, e)
                continue
            s = a["stats"]
            f = a["features"]
            yield Row(
                idx=r.idx, id=r.id, source=r.source, error=None, bytes=r.bytes,
                title=a["title"], date=a["date"], url=a["url"], outlet=a["outlet"],
                language=a["language"],
                characters=s["characters"], words=s["words"], content_words=s["content_words"],
                sentences=s["sentences"], paragraphs=s["paragraphs"],
                junk_paragraphs=s["junk_paragraphs"],
                quotes=[
                    Row(start=q["start"], end=q["end"], text=q["text"], kind=q["kind"],
                        speaker=q["speaker"], cue=q["cue"], rule=q["rule"], depth=q["depth"],
                        speech=q["speech"], closed=q["closed"], continues=q["continues"],
                        triples=q["triples"], titled=q["titled"])
                    for q in a["quotes"]
                ],
                bearers=[Row(surname=s_, full=f_) for s_, f_ in a["bearers"]],
                shingle_set=f["set"], shingles=f["shingles"], words_key=f["words"],
                length=f["length"], bands=f["bands"], near_bands=f["near_bands"],
                sample=f["sample"],
            )

    return run


def _failed(base, e):
    row = {f.name: None for f in ARTICLE.fields}
    row.update(base)
    row["error"] = f"{type(e).__name__}: {e}"[:500]
    return Row(**row)


# ---------------------------------------------------------------------------------------
# Connected components, distributed: min-label propagation with pointer jumping.


def _remove(sc, path):
    """Deletes a folder on whatever file system holds it (local, HDFS, S3…)."""
    jvm = sc._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    p.getFileSystem(sc._jsc.hadoopConfiguration()).delete(p, True)


def components(spark, edges, work, name):
    """(node, label) for every node of `edges` (columns src, dst: longs): label is the
    smallest node of its connected component."""
    both = (
        edges.select("src", "dst")
        .union(edges.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
        .where(F.col("src") != F.col("dst"))
        .distinct()
    )
    both_path = os.path.join(work, f"{name}_edges")
    both.write.mode("overwrite").parquet(both_path)
    both = spark.read.parquet(both_path)
    labels = both.groupBy("src").agg(F.min("dst").alias("m")).select(
        F.col("src").alias("node"), F.least("src", "m").alias("label")
    )
    # Nodes that only appear alone (self-edges) are their own component.
    alone = edges.where(F.col("src") == F.col("dst")).select(
        F.col("src").alias("node"), F.col("src").alias("label")
    )
    labels = labels.unionByName(alone).groupBy("node").agg(F.min("label").alias("label"))
    round_ = 0
    path = os.path.join(work, f"{name}_labels_{round_}")
    labels.write.mode("overwrite").parquet(path)
    labels = spark.read.parquet(path)
    while True:
        round_ += 1
        # Each node takes the smallest label among its neighbours' and its own…
        spread = (
            both.join(labels, both.dst == labels.node)
            .groupBy("src")
            .agg(F.min("label").alias("m"))
            .select(F.col("src").alias("node"), F.col("m").alias("label"))
        )
        merged = labels.unionByName(spread).groupBy("node").agg(F.min("label").alias("label"))
        # …then its label's label (pointer jumping: chains shorten by half each round).
        via = merged.alias("v").join(merged.alias("l"), F.col("v.label") == F.col("l.node"), "left")
        jumped = via.select(
            F.col("v.node").alias("node"),
            F.least(F.col("v.label"), F.coalesce(F.col("l.label"), F.col("v.label"))).alias("label"),
        )
        path = os.path.join(work, f"{name}_labels_{round_}")
        jumped.write.mode("overwrite").parquet(path)
        new = spark.read.parquet(path)
        changed = (
            new.alias("n").join(labels.alias("o"), "node")
            .where(F.col("n.label") != F.col("o.label"))
            .limit(1)
            .count()
        )
        labels = new
        if changed == 0:
            return labels


# ---------------------------------------------------------------------------------------
# The job.


# The driver's settings for a run (`python -m verbatim.spark --master …` sets them; give them to
# spark-submit on a cluster). The driver holds no article, only the run's bookkeeping: 90 MB
# live at 10,000 articles, 100 MB at 100,000 (make bench-spark), so 512 MB of heap do (about
# Spark's least), and the serial collector kept 383 MB of it committed at both sizes, where
# G1 committed up to 650 MB of a 1 GB heap for the same run, mostly for garbage, and 50 MB
# for its own tables. The status store (the web UI's jobs, stages, tasks and SQL queries)
# keeps the last ones only: a larger archive's run has more tasks and more rounds of
# connected components, and all of them stayed on the driver.
DRIVER_CONF = {
    "spark.driver.memory": "512m",
    "spark.driver.extraJavaOptions": "-XX:+UseSerialGC",
    "spark.ui.retainedJobs": "100",
    "spark.ui.retainedStages": "100",
    "spark.ui.retainedTasks": "5000",
    "spark.sql.ui.retainedExecutions": "20",
}



def driver_conf(master):
    """DRIVER_CONF for a driver started with this master. In local mode (`local`, `local[…]`) the
    driver's JVM runs the tasks too, on every core: its heap and collector are then left as they
    are (1 GB and G1 unless set), and only the status store is bounded."""
    if master == "local" or master.startswith("local["):
        return {k: v for k, v in DRIVER_CONF.items() if k.startswith("spark.ui.") or k.startswith("spark.sql.ui.")}
    return dict(DRIVER_CONF)


# Set for the run, whatever the session says: no broadcast joins, since a broadcast join first
# collects its smaller side on the driver, and every table here is the size of the archive
# (the ids of all articles were broadcast up to 10 MB). Every join goes through the shuffle.
RUN_CONF = {
    "spark.sql.autoBroadcastJoinThreshold": "-1",
    "spark.sql.adaptive.autoBroadcastJoinThreshold": "-1",
}


def run(spark, input_path, output, fmt=None, threshold=0.5, max_bytes=DEFAULT_MAX_BYTES,
        id_fields=("id", "name"), work=None, keep_work=False, log=print):
    """Reads `input_path`, writes the tables under `output`, returns a summary dict."""
    before = {k: spark.conf.get(k, None) for k in RUN_CONF}
    for k, v in RUN_CONF.items():
        spark.conf.set(k, v)
    try:
        return _run(spark, input_path, output, fmt, threshold, max_bytes, id_fields, work,
                    keep_work, log)
    finally:
        for k, v in before.items():
            if v is None:
                spark.conf.unset(k)
            else:
                spark.conf.set(k, v)


def _run(spark, input_path, output, fmt, threshold, max_bytes, id_fields, work, keep_work, log):
    from verbatim import _native

    if not 0.0 <= threshold <= 1.0:
        raise ValueError("threshold is a number from 0 to 1")
    started = time.time()
    work = work or os.path.join(output, "_work")
    sc = spark.sparkContext

    def save(df, name, folder=work):
        path = os.path.join(folder, name)
        df.write.mode("overwrite").parquet(path)
        return spark.read.parquet(path)

    def step(what):
        log(f"verbatim-spark: {what} ({time.time() - started:.1f} s)")

    # 1. Read and check.
    step("reading")
    checked = save(read_checked(spark, input_path, fmt, max_bytes, id_fields), "checked")
    good = checked.where(F.col("reason").isNull())
    bad = checked.where(F.col("reason").isNotNull()).select("id", "source", "reason", "detail", "bytes")
    # One article per id, the first in the input: the others with that id are errors.
    w = Window.partitionBy("id").orderBy("source", "pos")
    ranked = good.withColumn("n", F.row_number().over(w))
    dupes = ranked.where(F.col("n") > 1).select(
        "id", "source", F.lit("duplicate id").alias("reason"),
        F.lit("an earlier record has this id").alias("detail"), "bytes",
    )
    good = ranked.where(F.col("n") == 1).drop("n")

    # 2. Number by id, without a single-partition sort: a range-partitioned sort and
    # zipWithIndex.
    step("numbering")
    numbered = good.select("id").rdd.map(lambda r: r[0]).sortBy(lambda x: x).zipWithIndex()
    ids = spark.createDataFrame(
        numbered.map(lambda p: Row(id=p[0], idx=p[1])),
        T.StructType([T.StructField("id", T.StringType()), T.StructField("idx", T.LongType())]),
    )
    good = good.join(ids, "id").withColumn("sha", F.sha2("text", 256))
    first_of_text = good.groupBy("sha").agg(F.min("idx").alias("first"))
    good = good.join(first_of_text, "sha").withColumn(
        "copy_of", F.when(F.col("first") != F.col("idx"), F.col("first"))
    )
    good = save(good.drop("sha", "first"), "good")

    # Read each distinct text once.
    step("reading each article")
    distinct = (
        good.where(F.col("copy_of").isNull())
        .select("idx", "id", "source", "text", "bytes")
        .repartition(max(2, sc.defaultParallelism * 4))
    )
    analysed = spark.createDataFrame(distinct.rdd.mapPartitions(_read_articles(threshold)), ARTICLE, verifySchema=False)
    analysed = save(analysed, "analysed")
    failed = analysed.where(F.col("error").isNotNull()).select(
        "id", "source", F.lit("analysis failed").alias("reason"), F.col("error").alias("detail"), "bytes"
    )
    docs = analysed.where(F.col("error").isNull())
    failed_idx = analysed.where(F.col("error").isNotNull()).select(F.col("idx").alias("failed"))
    # A copy of a text that failed fails with it.
    copies_of_failed = good.join(failed_idx, good.copy_of == failed_idx.failed).select(
        "id", "source", F.lit("analysis failed").alias("reason"),
        F.lit("the same text as an article whose analysis failed").alias("detail"), "bytes",
    )
    errors = bad.unionByName(dupes).unionByName(failed).unionByName(copies_of_failed)
    errors = save(errors, "errors", output)

    # Every good article: its own report fields, or its original's (a copy of the text).
    kept = good.join(failed_idx, good.copy_of == failed_idx.failed, "left_anti").select(
        "idx", "id", "source", "copy_of", "bytes"
    )
    own = F.coalesce(F.col("copy_of"), F.col("idx"))
    fields = docs.select(
        F.col("idx").alias("of"), "title", "date", "url", "outlet", "language", "characters",
        "words", "content_words", "sentences", "paragraphs", "junk_paragraphs",
        F.size("quotes").alias("quote_count"), "shingle_set", "shingles", "words_key", "length",
        "bands", "near_bands", "sample",
    )
    everyone = save(kept.withColumn("of", own).join(fields, "of").drop("of"), "everyone")
    ids_of = everyone.select("idx", "id")

    # 3. Copies.
    step("copies")
    with_set = everyone.where(F.col("shingles") > 0)
    copy_edges = with_set.where(F.col("copy_of").isNotNull()).select(
        F.col("idx").alias("src"), F.col("copy_of").alias("dst")
    )
    own_text = with_set.where(F.col("copy_of").isNull())
    classes = own_text.groupBy("words_key", "length").agg(F.min("idx").alias("cls"))
    by_class = own_text.join(classes, ["words_key", "length"])
    word_edges = by_class.where(F.col("idx") != F.col("cls")).select(
        F.col("idx").alias("src"), F.col("cls").alias("dst")
    )
    reps = by_class.where(F.col("idx") == F.col("cls"))
    near_keys = reps.select("idx", F.posexplode("near_bands").alias("band", "key"))
    firsts = near_keys.groupBy("band", "key").agg(F.min("idx").alias("f"))
    proposed = (
        near_keys.join(firsts, ["band", "key"])
        .where(F.col("idx") != F.col("f"))
        .select(F.col("f").alias("a"), F.col("idx").alias("b"))
        .distinct()
    )
    sets = everyone.select("idx", "shingle_set")
    near_udf = F.udf(lambda x, y: _native.near_copy(bytes(x), bytes(y)), T.BooleanType())
    near_edges = (
        proposed.join(sets.select(F.col("idx").alias("a"), F.col("shingle_set").alias("sa")), "a")
        .join(sets.select(F.col("idx").alias("b"), F.col("shingle_set").alias("sb")), "b")
        .where(near_udf("sa", "sb"))
        .select(F.col("a").alias("src"), F.col("b").alias("dst"), F.lit(True).alias("near"))
    )
    near_edges = save(near_edges, "near_edges")
    all_copy_edges = (
        copy_edges.withColumn("near", F.lit(False))
        .unionByName(word_edges.withColumn("near", F.lit(False)))
        .unionByName(near_edges)
    )
    groups = components(spark, all_copy_edges, work, "copies")  # node, label (= first member)
    near_groups = near_edges.join(groups, near_edges.src == groups.node).select("label").distinct()
    groups = save(
        groups.join(near_groups.withColumn("near", F.lit(True)), "label", "left")
        .select("node", "label", F.col("near").isNull().alias("identical")),
        "groups",
    )
    # 4. Pairs among the standing articles (in no group, or a group's first member).
    step("pairs")
    standing = with_set.join(
        groups.where(F.col("node") != F.col("label")).select(F.col("node").alias("idx")),
        "idx", "left_anti",
    ).select("idx", "bands", "sample")
    banded = standing.select("idx", F.posexplode("bands").alias("band", "key"))
    lsh = (
        banded.alias("x").join(banded.alias("y"), ["band", "key"])
        .where(F.col("x.idx") < F.col("y.idx"))
        .select(F.col("x.idx").alias("a"), F.col("y.idx").alias("b"))
    )
    sampled = standing.select("idx", F.size("sample").alias("n"), F.explode("sample").alias("h"))
    holders = sampled.groupBy("h").agg(F.count("*").alias("holders"))
    kept_samples = sampled.join(
        holders.where(F.col("holders") <= _native.SAMPLE_MAX_HOLDERS), "h"
    )
    contained_udf = F.udf(lambda n, x, y: _native.contained(n, x, y), T.BooleanType())
    sample_pairs = (
        kept_samples.alias("x").join(kept_samples.alias("y"), "h")
        .where(F.col("x.idx") < F.col("y.idx"))
        .groupBy(F.col("x.idx").alias("a"), F.col("y.idx").alias("b"))
        .agg(F.count("*").alias("shared"), F.first("x.n").alias("na"), F.first("y.n").alias("nb"))
        .where(contained_udf("shared", "na", "nb"))
        .select("a", "b")
    )
    candidates = save(lsh.unionByName(sample_pairs).distinct(), "candidates")
    # Each group's first member with each other member, scored whatever their scores.
    group_pairs = groups.where(F.col("node") != F.col("label")).select(
        F.col("label").alias("a"), F.col("node").alias("b")
    )

    def scored(pairs, filtered):
        names = everyone.select("idx", "id", "shingle_set")
        joined = pairs.join(
            names.select(F.col("idx").alias("a"), F.col("id").alias("a_id"),
                         F.col("shingle_set").alias("sa")), "a"
        ).join(
            names.select(F.col("idx").alias("b"), F.col("id").alias("b_id"),
                         F.col("shingle_set").alias("sb")), "b"
        )

        def score(a, b, a_id, b_id, sa, sb):
            r, ca, cb = _native.score_sets(bytes(sa), bytes(sb))
            j = _native.judge(a, b, a_id, b_id, r, ca, cb, threshold)
            return (r, ca, cb, j["resemblance"], j["containment_a"], j["containment_b"],
                    j["held"], j["kind"], j["verdict"], j["reaches"])

        out = joined.withColumn(
            "s", F.udf(score, PAIR)("a", "b", "a_id", "b_id", "sa", "sb")
        ).select("a", "b", "a_id", "b_id", "s.*")
        if filtered:
            # Shared something, and reaching the threshold: as the CLI keeps candidates.
            out = out.where((F.col("r") > 0) & F.col("reaches"))
        return out

    pairs = scored(candidates, True).withColumn("copies", F.lit(False)).unionByName(
        scored(group_pairs, False).withColumn("copies", F.lit(True))
    )
    pairs = save(pairs, "pairs_exact")
    pairs_table = pairs.select(
        F.col("a_id").alias("a"), F.col("b_id").alias("b"), "resemblance", "containment_a",
        "containment_b",
        F.when(F.col("held") == F.col("a"), F.col("a_id")).otherwise(F.col("b_id")).alias("held"),
        "kind", "verdict", F.col("reaches").alias("above_threshold"), "copies",
        F.col("a").alias("a_index"), F.col("b").alias("b_index"),
    )
    pairs_table.write.mode("overwrite").parquet(os.path.join(output, "pairs"))

    # 5. Clusters and where each comes from.
    step("clusters")
    strong = pairs.where("reaches").select(F.col("a").alias("src"), F.col("b").alias("dst"))
    clusters = save(components(spark, strong, work, "clusters"), "cluster_labels")
    members = clusters.join(everyone, clusters.node == everyone.idx).select(
        "label", "idx", "id", "date"
    )
    inside = (
        pairs.join(clusters.select(F.col("node").alias("a"), F.col("label").alias("la")), "a")
        .join(clusters.select(F.col("node").alias("b"), F.col("label").alias("lb")), "b")
        .where(F.col("la") == F.col("lb"))
        .select(F.col("la").alias("label"), F.struct("a", "b", "r", "ca", "cb").alias("p"))
    )
    per_cluster = members.groupBy("label").agg(
        F.collect_list(F.struct("idx", "id", "date")).alias("members")
    ).join(inside.groupBy("label").agg(F.collect_list("p").alias("pairs")), "label", "left")
    LINEAGE = T.StructType([
        T.StructField("original", T.LongType()),
        T.StructField("basis", T.StringType()),
        T.StructField("copies", T.ArrayType(T.StructType([
            T.StructField("article", T.LongType()), T.StructField("of", T.LongType()),
            T.StructField("share", T.DoubleType()), T.StructField("relation", T.StringType()),
            T.StructField("verdict", T.StringType()),
        ]))),
    ])

    def lineage(ms, ps):
        found = _native.lineage_of(
            [(m["idx"], m["id"], m["date"]) for m in ms],
            [(p["a"], p["b"], p["r"], p["ca"], p["cb"]) for p in (ps or [])],
        )
        if found is None:
            return None
        return (found["original"], found["basis"], found["copies"])

    lineages = per_cluster.withColumn("l", F.udf(lineage, LINEAGE)("members", "pairs"))
    lineages = save(lineages.select("label", F.size("members").alias("size"), "l.*"), "lineages")
    names = ids_of
    cluster_rows = (
        lineages.select("label", "size", "original", "basis", F.explode("copies").alias("c"))
        .select("label", "size", "original", "basis", F.col("c.article").alias("article"),
                F.col("c.of").alias("of"), "c.share", "c.relation", "c.verdict")
        .unionByName(
            lineages.select("label", "size", "original", "basis",
                            F.col("original").alias("article"),
                            F.lit(None).cast("long").alias("of"),
                            F.lit(None).cast("double").alias("share"),
                            F.lit("original").alias("relation"),
                            F.lit(None).cast("string").alias("verdict"))
        )
    )
    named = lambda col, alias: names.select(F.col("idx").alias(col), F.col("id").alias(alias))  # noqa: E731
    cluster_rows = (
        cluster_rows.join(named("label", "cluster"), "label")
        .join(named("original", "original_id"), "original")
        .join(named("article", "article_id"), "article")
        .join(named("of", "of_id"), "of", "left")
        .select(
            "cluster", "size", F.col("article_id").alias("article"),
            F.col("original_id").alias("original"), "basis", F.col("of_id").alias("of"),
            "share", "relation", "verdict", F.col("label").alias("cluster_index"),
            F.col("article").alias("article_index"),
        )
    )
    cluster_rows.write.mode("overwrite").parquet(os.path.join(output, "clusters"))

    # 6. Quotations: speakers unified across the archive.
    step("quotations")
    raw_quotes = docs.select("idx", "id", F.posexplode("quotes").alias("quote", "q")).select(
        "idx", "id", "quote", "q.*"
    )
    bearers = (
        docs.select(F.explode("bearers").alias("b")).select("b.surname", "b.full").distinct()
        .groupBy("surname").agg(F.collect_list("full").alias("fulls"))
    )
    RESOLVED = T.StructType([T.StructField(g, T.StringType()) for g in ("untitled", "male", "female")])
    resolved = bearers.select(
        "surname", F.udf(lambda fs: _native.full_names(sorted(fs)), RESOLVED)("fulls").alias("r")
    ).select("surname", "r.*")
    unified = (
        raw_quotes.join(resolved, raw_quotes.speaker == resolved.surname, "left")
        .withColumn(
            "full",
            F.when(F.col("titled") == "male", F.col("male"))
            .when(F.col("titled") == "female", F.col("female"))
            .otherwise(F.col("untitled")),
        )
        .withColumn("speaker", F.coalesce("full", "speaker"))
        .drop("surname", "untitled", "male", "female", "full")
    )
    quotes = save(unified, "quotes_all")
    quotes.select(
        F.col("id").alias("article"), "quote", "start", "end", "text", "kind", "speaker", "cue",
        "rule", "depth", "speech", "closed", "continues", F.col("idx").alias("article_index"),
    ).write.mode("overwrite").parquet(os.path.join(output, "quotes"))

    # 7. The same quotation across articles.
    step("quotation groups")
    renderings = quotes.where(F.col("speech") & F.col("triples").isNotNull()).select(
        "idx", "quote", "speaker", "triples", (F.col("idx") * (1 << 32) + F.col("quote")).alias("at")
    )
    qsets = save(
        renderings.groupBy("triples").agg(
            F.min("at").alias("set"),
            F.countDistinct("idx").alias("docs"),
            F.min("idx").alias("doc"),
        ).select(
            "set", "triples", F.size("triples").alias("n"),
            F.when(F.col("docs") == 1, F.col("doc")).alias("only_in"),
        ),
        "quote_sets",
    )
    exploded = qsets.select("set", "n", "only_in", F.explode("triples").alias("h"))
    followed = exploded.withColumn(
        "rank", F.row_number().over(Window.partitionBy("h").orderBy("set"))
    ).where(F.col("rank") <= _native.QUOTE_MAX_HOLDERS)
    alike_udf = F.udf(lambda s, x, y: _native.alike(s, x, y), T.BooleanType())
    i, j = exploded.alias("i"), followed.alias("j")
    quote_edges = (
        i.join(j, "h")
        .where(
            (F.col("j.set") > F.col("i.set"))
            & (F.col("i.only_in").isNull() | ~F.col("i.only_in").eqNullSafe(F.col("j.only_in")))
        )
        .groupBy(F.col("i.set").alias("src"), F.col("j.set").alias("dst"))
        .agg(F.count("*").alias("shared"), F.first("i.n").alias("ni"), F.first("j.n").alias("nj"))
        .where(alike_udf("shared", "ni", "nj"))
        .select("src", "dst")
    )
    # A set rendered in two articles or more is a group even with no other set alike.
    spread = qsets.where(F.col("only_in").isNull()).select(F.col("set").alias("src"), F.col("set").alias("dst"))
    qgroups = components(spark, quote_edges.unionByName(spread), work, "quote_groups")
    set_of = renderings.join(qsets.select("set", "triples"), "triples")
    qmembers = set_of.join(qgroups, set_of.set == qgroups.node).select(
        F.col("label").alias("group"), "idx", "quote", "speaker"
    )
    qmembers = save(qmembers, "quote_members")
    speakers = qmembers.groupBy("group").agg(
        F.udf(lambda ss: _native.vote([s for s in ss if s is not None]), T.StringType())(
            F.collect_list("speaker")
        ).alias("group_speaker")
    )
    # Each member's utterance: its quotation and the parts that continue it, in its article.
    in_article = docs.select(
        "idx", F.col("quotes.text").alias("texts"), F.col("quotes.continues").alias("continues")
    )
    utter_udf = F.udf(
        lambda texts, cont, q: _native.utterance(list(texts), list(cont), q),
        T.ArrayType(T.StringType()),
    )
    uttered = qmembers.join(
        qmembers.select("idx").distinct().join(in_article, "idx"), "idx"
    ).select("group", "idx", "quote", utter_udf("texts", "continues", "quote").alias("parts"))
    DIFFS = T.ArrayType(T.StructType([
        T.StructField("reference", T.BooleanType()),
        T.StructField("changed", T.ArrayType(T.ArrayType(T.LongType()))),
        T.StructField("omitted", T.LongType()),
        T.StructField("idx", T.LongType()),
        T.StructField("quote", T.LongType()),
    ]))

    def differences(ms):
        ms = sorted(ms, key=lambda m: (m["idx"], m["quote"]))
        reference, diffs = _native.quote_group([list(m["parts"]) for m in ms])
        return [
            (k == reference, [list(c) for c in changed], omitted, m["idx"], m["quote"])
            for k, (m, (changed, omitted)) in enumerate(zip(ms, diffs))
        ]

    grouped = uttered.groupBy("group").agg(
        F.udf(differences, DIFFS)(F.collect_list(F.struct("idx", "quote", "parts"))).alias("d")
    ).join(speakers, "group")
    group_rows = grouped.select("group", "group_speaker", F.explode("d").alias("m")).select(
        "group", F.col("group_speaker").alias("speaker"), "m.idx", "m.quote", "m.reference",
        "m.changed", "m.omitted",
    )
    first_member = group_rows.groupBy("group").agg(F.min(F.struct("idx", "quote")).alias("f"))
    group_rows = (
        group_rows.join(first_member, "group")
        .join(named("idx", "article"), "idx")
        .join(named("first_idx", "first_article"),
              F.col("f.idx") == F.col("first_idx"))
        .select(
            F.concat(F.col("first_article"), F.lit("#"), F.col("f.quote").cast("string")).alias("group"),
            "speaker", "article", "quote", "reference", "changed", "omitted",
            F.col("idx").alias("article_index"),
        )
    )
    group_rows.write.mode("overwrite").parquet(os.path.join(output, "quote_groups"))

    # The articles themselves, each with its copy_of.
    everyone.join(named("copy_of", "copy_of_id"), "copy_of", "left").select(
        "id", "idx", "source", F.col("copy_of_id").alias("copy_of"), "bytes", "title", "date",
        "url", "outlet", "language", "characters", "words", "content_words", "sentences",
        "paragraphs", "junk_paragraphs", "quote_count",
    ).write.mode("overwrite").parquet(os.path.join(output, "articles"))

    step("counting")
    reasons = {}
    for r in errors.groupBy("reason").count().collect():  # one row per distinct reason
        reasons[r["reason"]] = r["count"]
    written = lambda name: spark.read.parquet(os.path.join(output, name))  # noqa: E731
    summary = {
        "input": input_path,
        "threshold": threshold,
        "articles": written("articles").count(),
        "read": docs.count(),
        "errors": errors.count(),
        "error_reasons": reasons,
        "pairs": written("pairs").count(),
        "clusters": lineages.count(),
        "quotes": written("quotes").count(),
        "quote_groups": written("quote_groups").select("group").distinct().count(),
        "seconds": round(time.time() - started, 2),
    }
    spark.createDataFrame([Row(value=json.dumps(summary))]).coalesce(1).write.mode(
        "overwrite"
    ).text(os.path.join(output, "_summary"))
    if not keep_work:
        _remove(sc, work)
    step("done")
    return summary
