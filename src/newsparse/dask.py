"""Parse dumps on a Dask cluster: bags and data frames of articles.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``)::

    from dask.distributed import Client
    import newsparse.dask as nd

    client = Client("scheduler:8786")
    results = nd.from_paths(["/data/corpus/"], include=["*.html"])
    articles = nd.to_dataframe(results)          # one row per parsed input
    articles.to_parquet("/data/articles/")
    failures = nd.errors(results).compute()       # the inputs that failed

The paths must be readable by the workers under the same names (a shared
file system). Folders are listed here, on the client; archives, JSON Lines
and WARC files are each opened by one worker, and plain files are parsed in
partitions of ``files_per_partition``. Every input gives one
:class:`newsparse.Result`, exactly as :func:`newsparse.parse_many` does.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._api import DEFAULT_MAX_BYTES
from ._batch.pool import InputItem, parse_stream, source_options
from ._batch.sinks import (
    CSV_COLUMNS,
    FULL_COLUMNS,
    MOMENT_FIELDS,
    error_record,
    flat_row,
    moment_columns,
)
from ._batch.sources import (
    Result,
    SourceOptions,
    expand,
    kind_of,
    walk,
)
from ._errors import MissingDependency

try:
    import dask.bag as _dask_bag
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "newsparse.dask needs the 'dask' extra: pip install 'newsparse[dask]'"
    ) from exc

__all__ = ["articles", "errors", "from_paths", "parse_bag", "to_dataframe"]

_PLAIN = ("file", "gzip")
# Dask's own annotations are partial; treat its objects as Any here.
db: Any = _dask_bag
Bag = Any


def _parse_partition(
    items: Iterable[InputItem], opts: SourceOptions, parser: str | None
) -> list[Result]:
    return list(parse_stream(expand(items, opts), jobs=1, parser=parser, max_bytes=opts.max_bytes))


def _units(
    paths: Iterable[str | os.PathLike[str]], opts: SourceOptions, size: int
) -> Iterator[list[Any]]:
    """Partitions of work, in input order: each container alone, plain files in groups."""
    group: list[Any] = []
    for item in paths:
        path = os.fspath(item)
        found: Iterable[str | Result] = walk(path, opts) if os.path.isdir(path) else [path]
        for file in found:
            if isinstance(file, Result) or kind_of(file, opts.input_format) in _PLAIN:
                group.append(file)
            else:  # in order: what came before first
                if group:
                    yield group
                    group = []
                yield [file]
            if len(group) >= size:
                yield group
                group = []
    if group:
        yield group


def _run_unit(unit: list[Any], opts: SourceOptions, parser: str | None) -> list[Result]:
    done = [item for item in unit if isinstance(item, Result)]
    todo = [item for item in unit if not isinstance(item, Result)]
    return done + _parse_partition(todo, opts, parser)


def from_paths(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    field: str | None = None,
    input_format: str = "auto",
    parser: str | None = None,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    files_per_partition: int = 256,
) -> Bag:
    """A bag of :class:`~newsparse.Result`, one per input found under ``paths``.

    The options mean what they mean for :func:`newsparse.parse_many`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    opts = source_options(include, exclude, field, input_format, url, max_bytes, parser)
    units = list(_units(paths, opts, max(1, files_per_partition)))
    if not units:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(units, partition_size=1)
    return bag.map(_run_unit, opts, parser).flatten()


def parse_bag(
    bag: Bag,
    *,
    field: str | None = None,
    parser: str | None = None,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Bag:
    """Parse a bag of raw dumps into a bag of :class:`~newsparse.Result`.

    Items are what :func:`newsparse.parse_many` takes: ``bytes``, mappings
    (JSON Lines records, the page in ``field`` or ``html``/``text``/
    ``content``, with ``url`` kept), :class:`~newsparse.Dump` objects, or
    paths readable by the workers.
    """
    opts = source_options((), (), field, "auto", url, max_bytes, parser)
    return bag.map_partitions(_parse_partition, opts, parser)


def articles(results: Bag) -> Bag:
    """The :class:`~newsparse.Article` of every input that parsed."""
    return results.filter(_is_ok).map(_article_of)


def errors(results: Bag) -> Bag:
    """The inputs that failed, as ``--errors`` records (input, origin, error, message)."""
    return results.filter(_is_failed).map(error_record)


def to_dataframe(results: Bag, *, full: bool = False) -> Any:
    """A Dask DataFrame of the parsed inputs, one flat row each, with typed
    columns (so that ``.to_parquet()`` works).

    The columns are those of the CSV output, typed: ``origin_*`` and the
    text fields are strings (``string[pyarrow]``), ``origin_line`` an
    integer, ``authors`` and ``tags`` joined by "; ", the body as text and captions as
    JSON (list columns do not survive pandas' own Parquet reader). Each
    date field is three columns: ``date`` (a UTC timestamp; a day alone is
    its midnight UTC), ``date_offset`` (the offset the article gave, in
    minutes east of UTC) and ``date_day_only`` (only the day was known);
    likewise ``updated``. With ``full``, ``page`` (an integer),
    ``warnings`` and ``provenance`` (JSON) follow. Missing values are
    ``<NA>`` (``NaT`` for times). Needs pyarrow.
    """
    pd: Any = importlib.import_module("pandas")
    dtypes = _dtypes(pd, full)
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})
    rows = results.filter(_is_ok).map(_row, full)
    return rows.to_dataframe(meta=meta)


def _dtypes(pd: Any, full: bool) -> dict[str, Any]:
    """The data frame's columns and their pandas dtypes, in order."""
    try:  # the string columns are stored by pyarrow
        importlib.import_module("pyarrow")
    except ImportError:
        raise MissingDependency("Dask data frames", "parquet") from None
    text = pd.StringDtype("pyarrow")
    special = {"origin_line": "Int64", "page": "Int64"}
    dtypes: dict[str, Any] = {}
    for name in CSV_COLUMNS + (FULL_COLUMNS if full else ()):
        if name in MOMENT_FIELDS:
            dtypes[name] = pd.DatetimeTZDtype("us", "UTC")
            dtypes[f"{name}_offset"] = "Int16"
            dtypes[f"{name}_day_only"] = "boolean"
        else:
            dtypes[name] = special.get(name, text)
    return dtypes


def _is_ok(result: Result) -> bool:
    return result.ok


def _is_failed(result: Result) -> bool:
    return not result.ok


def _article_of(result: Result) -> Any:
    return result.article


def _row(result: Result, full: bool) -> Mapping[str, Any]:
    row = flat_row(result, full=full)
    for name in MOMENT_FIELDS:
        row.update(moment_columns(name, getattr(result.article, name)))
    return row
