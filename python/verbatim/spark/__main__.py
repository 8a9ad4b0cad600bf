"""`python -m verbatim.spark INPUT OUTPUT [options]`, or the same arguments after
`spark-submit … path/to/verbatim/spark/__main__.py`: reads articles (JSON Lines, Parquet or a
folder of text files) and writes the Parquet tables articles, quotes, pairs, clusters,
quote_groups and errors under OUTPUT."""

import argparse
import json
import sys


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m verbatim.spark", description=__doc__)
    parser.add_argument("input", help="a JSON Lines file or folder ({id or name, text} per line), "
                        "a Parquet table (id or name, text), or a folder of .txt/.md/.html files")
    parser.add_argument("output", help="where the Parquet tables go (a folder, local or on the cluster's file system)")
    parser.add_argument("--format", choices=["jsonl", "parquet", "text"], help="the input's format (guessed from its name otherwise)")
    parser.add_argument("--threshold", type=float, default=0.5,
                        help="resemblance or containment a pair needs (0 to 1; default 0.5, as the CLI)")
    parser.add_argument("--max-bytes", type=int, default=10_000_000,
                        help="larger articles are errors, not read (default 10,000,000)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    parser.add_argument("--partitions", type=int, help="spark.sql.shuffle.partitions")
    parser.add_argument("--keep-work", action="store_true", help="keep OUTPUT/_work, the intermediate tables")
    args = parser.parse_args(argv)
    if not 0.0 <= args.threshold <= 1.0:
        parser.error("--threshold takes a number from 0 to 1")

    import os

    from pyspark.sql import SparkSession

    if args.master and args.master.startswith("local"):
        # Local mode: the executors' Python is this one, which has the package.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from verbatim.spark.job import driver_conf

    builder = SparkSession.builder.appName("verbatim")
    if args.master:
        # Not under spark-submit: this process starts the driver, with the job's settings
        # (spark-submit is given them as --driver-memory and --conf; see the README).
        builder = builder.master(args.master)
        for key, value in driver_conf(args.master).items():
            builder = builder.config(key, value)
    if args.partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(args.partitions))
    spark = builder.getOrCreate()
    try:
        from verbatim.spark.job import run

        summary = run(spark, args.input, args.output, fmt=args.format, threshold=args.threshold,
                      max_bytes=args.max_bytes, keep_work=args.keep_work,
                      log=lambda m: print(m, file=sys.stderr))
    finally:
        spark.stop()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
