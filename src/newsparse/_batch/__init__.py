"""Batch runs: sources (paths, archives, WARC) to dumps, the worker pool, and
sinks (JSON Lines, CSV, Parquet ...) for the results.
"""
