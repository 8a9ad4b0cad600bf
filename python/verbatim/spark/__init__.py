"""Verbatim on Apache Spark: `python -m verbatim.spark INPUT OUTPUT` (or spark-submit
`verbatim/spark/__main__.py`). See job.py for what it does and README.md for the tables."""

from .job import run  # noqa: F401
