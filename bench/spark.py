"""`make bench-spark`: the Spark job at 10,000 and 100,000 articles on this machine, against
Spark MLlib's MinHashLSH on the same articles and threshold, and against the CLI.

The archive (tests/spark/archive.py): the 677 real originals (seeds and PolNeAR dev
articles), then variants of earlier articles — 70% new articles of the originals' shape with
their words replaced (`fresh`), 30% reposts, wrapped reposts, trims and light edits — written
once to target/bench/spark/archive-N.jsonl.

Spark runs in local-cluster mode, `local-cluster[2,1,2048]`: a driver with the job's own
settings (verbatim.spark.job.DRIVER_CONF: a 512 MB heap, the serial collector, a bounded
status store) and two executors of one core (2 GB heap each) as separate processes on this
machine, so that the driver's memory is told apart from the executors'. In this mode the
driver's JVM also runs the standalone cluster's master and two workers (small daemons, the
same at every size). Memory is each process's resident set, sampled every 0.2 s (the driver:
its JVM and its Python; an executor: its JVM and the Python workers it runs), and the JVM
heap peaks Spark reports.

MLlib: RegexTokenizer (lower case, split on non-word characters) → NGram(5) → HashingTF
(binary, 2^22 features) → MinHashLSH (numHashTables 5, as MLlib's own example) →
approxSimilarityJoin at Jaccard distance 1 − threshold; its pairs are compared with ours.

Beside each process's peak resident set, the driver's JVM is asked every second for its heap
in use and committed, its non-heap memory, its direct buffers and threads; after the run, for
its live heap (after a full collection) and the jobs, stages, tasks and queries its status
store holds. PROBE=1 also runs the driver with -XX:NativeMemoryTracking=summary and adds its
native memory by category and the classes holding most of its live heap (jcmd).

SIZES=10000,100000 (the default) and JOBS=ours,mllib,cli (the default) choose; prints one JSON
line per run and a table.
"""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "spark"))
import archive  # noqa: E402

OUT = os.path.join(REPO, "target", "bench", "spark")
SIZES = [int(s) for s in os.environ.get("SIZES", "10000,100000").split(",") if s]
THRESHOLD = 0.5
MASTER = os.environ.get("MASTER", "local-cluster[2,1,2048]")
# JOBS=ours,mllib,cli (the default) chooses the runs; mllib compares with ours' last pairs.
JOBS = os.environ.get("JOBS", "ours,mllib,cli").split(",")


class Sampler(threading.Thread):
    """Peak resident memory (MB) of the driver's processes and of each executor's."""

    def __init__(self, spark):
        super().__init__(daemon=True)
        self.jvm = spark._jvm
        self.driver_jvm = self.jvm.java.lang.ProcessHandle.current().pid()
        self.me = os.getpid()
        self.peak = {"driver": 0.0, "driver_jvm": 0.0, "driver_python": 0.0, "executor": 0.0,
                     "executors_total": 0.0}
        # Inside the driver's JVM, asked every second (MB): the heap in use (live data and
        # garbage not yet collected) and committed, the rest the JVM accounts for (metaspace,
        # code, …), direct and mapped buffers (Netty's among them), threads.
        self.jvm_peak = {"heap_used": 0.0, "heap_committed": 0.0, "non_heap_committed": 0.0,
                         "direct": 0.0, "mapped": 0.0, "threads": 0}
        self.done = False

    def jvm_sample(self):
        mf = self.jvm.java.lang.management.ManagementFactory
        memory = mf.getMemoryMXBean()
        heap, non_heap = memory.getHeapMemoryUsage(), memory.getNonHeapMemoryUsage()
        found = {"heap_used": heap.getUsed() / 1e6, "heap_committed": heap.getCommitted() / 1e6,
                 "non_heap_committed": non_heap.getCommitted() / 1e6,
                 "threads": mf.getThreadMXBean().getThreadCount()}
        buffers = self.jvm.java.lang.Class.forName("java.lang.management.BufferPoolMXBean")
        for pool in mf.getPlatformMXBeans(buffers):
            if pool.getName() in ("direct", "mapped"):
                found[pool.getName()] = pool.getMemoryUsed() / 1e6
        for k, v in found.items():
            self.jvm_peak[k] = max(self.jvm_peak[k], v)

    def live_heap(self):
        """The driver's heap in use after a full collection: what it holds alive (MB)."""
        self.jvm.java.lang.System.gc()
        return self.jvm.java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6

    @staticmethod
    def processes():
        out = {}
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
                with open(f"/proc/{pid}/statm") as f:
                    rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
            except (OSError, ValueError, IndexError):
                continue
            out[int(pid)] = (ppid, cmd, rss)
        return out

    def sample(self):
        procs = self.processes()
        children = {}
        for pid, (ppid, _, _) in procs.items():
            children.setdefault(ppid, []).append(pid)

        def tree(pid):
            total, stack = 0.0, [pid]
            while stack:
                p = stack.pop()
                if p in procs:
                    total += procs[p][2]
                    stack.extend(children.get(p, []))
            return total

        python = procs.get(self.me, (0, "", 0.0))[2]
        jvm = procs.get(self.driver_jvm, (0, "", 0.0))[2]
        driver = python + jvm
        self.peak["driver_jvm"] = max(self.peak["driver_jvm"], jvm)
        self.peak["driver_python"] = max(self.peak["driver_python"], python)
        executors = [tree(pid) for pid, (_, cmd, _) in procs.items() if "CoarseGrainedExecutorBackend" in cmd]
        self.peak["driver"] = max(self.peak["driver"], driver)
        if executors:
            self.peak["executor"] = max(self.peak["executor"], max(executors))
            self.peak["executors_total"] = max(self.peak["executors_total"], sum(executors))

    def run(self):
        ticks = 0
        while not self.done:
            self.sample()
            if ticks % 5 == 0:
                try:
                    self.jvm_sample()
                except Exception:  # the gateway closing at the end
                    pass
            ticks += 1
            time.sleep(0.2)

    def result(self):
        return {
            "driver_mb": round(self.peak["driver"]), "driver_jvm_mb": round(self.peak["driver_jvm"]),
            "driver_python_mb": round(self.peak["driver_python"]),
            "driver_jvm_inside_mb": {k: round(v) for k, v in self.jvm_peak.items()},
            "executor_mb": round(self.peak["executor"]),
            "executors_total_mb": round(self.peak["executors_total"]),
        }


def archive_file(n):
    """The archive of `n` articles, written once by archive.py in a process of its own: built
    here, its texts (500 MB at 100,000) would stay in this process, the job's driver, and be
    counted as the driver's memory."""
    path = os.path.join(OUT, f"archive-{n}.jsonl")
    if not os.path.exists(path):
        os.makedirs(OUT, exist_ok=True)
        with open(path + ".part", "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, archive.__file__, str(n), "0.7"], stdout=f, check=True,
                           env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        os.rename(path + ".part", path)
    return path


def rest(spark, what):
    sc = spark.sparkContext
    url = f"{sc.uiWebUrl}/api/v1/applications/{sc.applicationId}/{what}"
    return json.loads(urllib.request.urlopen(url, timeout=30).read())


def heap_peaks(spark):
    try:
        found = rest(spark, "executors")
    except OSError:
        return {}
    return {
        e["id"]: round(e.get("peakMemoryMetrics", {}).get("JVMHeapMemory", 0) / 1e6, 1)
        for e in found
    }


def bookkeeping(spark):
    """What the driver's status store holds of the run: jobs, stages, tasks, SQL queries."""
    try:
        stages = rest(spark, "stages")
        return {"jobs": len(rest(spark, "jobs")), "stages": len(stages),
                "tasks": sum(s.get("numTasks", 0) for s in stages),
                "sql": len(rest(spark, "sql?details=false&length=100000"))}
    except OSError:
        return {}


def native_memory(pid):
    """PROBE=1: the driver JVM's own account of its memory (-XX:NativeMemoryTracking=summary),
    MB committed by category, and the classes holding most of its live heap (a histogram
    after a full collection), by the jcmd beside its java."""
    jcmd = os.path.join(os.path.dirname(os.path.realpath(f"/proc/{pid}/exe")), "jcmd")

    def ask(*what):
        try:
            return subprocess.run([jcmd, str(pid), *what], capture_output=True, text=True, timeout=300).stdout
        except (OSError, subprocess.SubprocessError) as e:
            return f"{e}"

    found = {}
    for line in ask("VM.native_memory", "summary").splitlines():
        line = line.strip()
        if "committed=" in line and (line.startswith("-") or line.startswith("Total:")):
            what = "Total" if line.startswith("Total:") else line.lstrip("-").split("(")[0].strip()
            found[what] = round(int(line.split("committed=")[1].split("KB")[0]) / 1e3)
    histogram = [line.split() for line in ask("GC.class_histogram").splitlines()[2:17]]
    top = [f"{row[3]} {round(int(row[2]) / 1e6, 1)} MB" for row in histogram if len(row) >= 4]
    return {"native_committed_mb": found, "live_heap_top": top}


PROBE = os.environ.get("PROBE") == "1"


def session(name):
    """The driver as `python -m verbatim.spark --master MASTER` starts it: the job's driver
    settings (verbatim.spark.job.DRIVER_CONF); executors of 2 GB."""
    from pyspark.sql import SparkSession

    from verbatim.spark.job import driver_conf

    os.environ["PYSPARK_PYTHON"] = sys.executable
    conf = driver_conf(MASTER)
    if PROBE:
        conf["spark.driver.extraJavaOptions"] = (
            conf.get("spark.driver.extraJavaOptions", "") + " -XX:NativeMemoryTracking=summary"
        ).strip()
    builder = (
        SparkSession.builder.master(MASTER).appName(name)
        .config("spark.executor.memory", "2g")
        .config("spark.sql.shuffle.partitions", "16")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.executor.processTreeMetrics.enabled", "true")
    )
    for key, value in conf.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def ours(n, path):
    from verbatim.spark.job import run

    spark = session(f"verbatim-{n}")
    sampler = Sampler(spark)
    sampler.start()
    out = os.path.join(OUT, f"out-{n}")
    started = time.time()
    summary = run(spark, path, out, fmt="jsonl", threshold=THRESHOLD, log=lambda m: print(m, file=sys.stderr))
    seconds = time.time() - started
    heaps = heap_peaks(spark)
    sampler.done = True
    sampler.join()
    row = {
        "job": "verbatim", "articles": n, "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds, 1), "pairs": summary["pairs"],
        "clusters": summary["clusters"], "quotes": summary["quotes"],
        "quote_groups": summary["quote_groups"], "errors": summary["errors"],
        **sampler.result(), "jvm_heap_peak_mb": heaps,
        "driver_live_heap_mb": round(sampler.live_heap()), "driver_status": bookkeeping(spark),
    }
    if PROBE:
        row.update(native_memory(sampler.driver_jvm))
    spark.stop()
    return row


def mllib(n, path):
    from pyspark.ml import Pipeline
    from pyspark.ml.feature import HashingTF, MinHashLSH, NGram, RegexTokenizer
    from pyspark.sql import functions as F

    spark = session(f"mllib-{n}")
    sampler = Sampler(spark)
    sampler.start()
    started = time.time()
    docs = spark.read.json(path).select(F.col("name").alias("id"), "text")
    features = Pipeline(stages=[
        RegexTokenizer(inputCol="text", outputCol="words", pattern="\\W+", toLowercase=True),
        NGram(n=5, inputCol="words", outputCol="shingles"),
        HashingTF(inputCol="shingles", outputCol="tf", numFeatures=1 << 22, binary=True),
    ]).fit(docs).transform(docs)
    features = features.where(F.size("shingles") > 0).select("id", "tf").cache()
    model = MinHashLSH(inputCol="tf", outputCol="hashes", numHashTables=5).fit(features)
    joined = model.approxSimilarityJoin(features, features, 1.0 - THRESHOLD, distCol="distance")
    found = joined.select(F.col("datasetA.id").alias("a"), F.col("datasetB.id").alias("b")).where("a < b")
    found_path = os.path.join(OUT, f"mllib-{n}")
    found.write.mode("overwrite").parquet(found_path)
    seconds = time.time() - started
    found = spark.read.parquet(found_path)
    pairs = spark.read.parquet(os.path.join(OUT, f"out-{n}", "pairs"))
    alike = pairs.where(F.col("resemblance") >= THRESHOLD)
    result = {
        "job": "mllib", "articles": n, "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds, 1), "pairs": found.count(),
        "ours_found": pairs.join(found, ["a", "b"]).count(), "ours": pairs.count(),
        "ours_alike": alike.count(), "ours_alike_found": alike.join(found, ["a", "b"]).count(),
    }
    heaps = heap_peaks(spark)
    sampler.done = True
    sampler.join()
    spark.stop()
    result.update(**sampler.result(), jvm_heap_peak_mb=heaps)
    return result


def cli(n, path):
    binary = os.path.join(REPO, "target", "release", "verbatim")
    started = time.time()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "--json", path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    seconds = time.time() - started
    peak_kb = int(run.stderr.decode().strip().splitlines()[-1])
    return {"job": "cli", "articles": n, "seconds": round(seconds, 1),
            "articles_per_s": round(n / seconds, 1), "peak_mb": round(peak_kb / 1e3)}


def one(job, n):
    """One run, in a process of its own: `spark.stop()` leaves pyspark's JVM running, so runs
    in one process would share a driver JVM, started with the first run's settings and
    carrying its classes, its compiled code and its heap into the next."""
    found = subprocess.run([sys.executable, __file__, "--one", job, str(n)], check=True,
                           stdout=subprocess.PIPE, text=True).stdout
    return json.loads(found.strip().splitlines()[-1])


def main():
    if sys.argv[1:2] == ["--one"]:
        job, n = sys.argv[2], int(sys.argv[3])
        print(json.dumps({"ours": ours, "mllib": mllib, "cli": cli}[job](n, archive_file(n))))
        return
    rows = []
    for n in SIZES:
        archive_file(n)
        for job in ("ours", "mllib", "cli"):
            if job not in JOBS:
                continue
            row = one(job, n)
            print(json.dumps(row), flush=True)
            rows.append(row)
            with open(os.path.join(OUT, "results.jsonl"), "a") as f:
                f.write(json.dumps(row) + "\n")
    print("\n| articles | job | s | articles/s | driver MB | executor MB | pairs |")
    print("|---:|---|---:|---:|---:|---:|---|")
    for r in rows:
        if r["job"] == "cli":
            print(f"| {r['articles']} | CLI (one process) | {r['seconds']} | {r['articles_per_s']} | {r['peak_mb']} (whole process) | | |")
        elif r["job"] == "mllib":
            print(f"| {r['articles']} | MLlib MinHashLSH | {r['seconds']} | {r['articles_per_s']} | {r['driver_mb']} | {r['executor_mb']} | "
                  f"{r['pairs']} found; {r['ours_found']} of our {r['ours']}, {r['ours_alike_found']} of our {r['ours_alike']} at resemblance ≥ {THRESHOLD} |")
        else:
            print(f"| {r['articles']} | verbatim.spark | {r['seconds']} | {r['articles_per_s']} | {r['driver_mb']} | {r['executor_mb']} | {r['pairs']} |")


if __name__ == "__main__":
    main()
