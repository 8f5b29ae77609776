"""``newsparse.parse_many``: many inputs, parsed on many cores, nothing lost.

The parent expands the inputs into dumps (:mod:`newsparse._sources`), cuts
them into small chunks and keeps a bounded window of chunks in a process
pool; workers read plain files themselves and send back one
:class:`~newsparse.Result` per dump. Memory stays flat however many inputs
there are: at most ``window`` chunks are in flight and results are handed
on as soon as they are due.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import pickle
import signal
import threading
import time
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import attrs

from . import _registry
from ._api import DEFAULT_MAX_BYTES, parse
from ._errors import NewsparseError, NewsparseWarning
from ._registry import get_parser, register
from ._sources import Dump, Result, SourceOptions, expand, read_path

__all__ = ["WorkerCrashedError", "default_jobs", "parse_many", "parse_stream"]

Item = Dump | Result
InputItem = str | os.PathLike[str] | bytes | Mapping[str, Any] | Dump

#: Dumps per chunk sent to a worker, and the bytes that close a chunk early.
CHUNK_SIZE = 16
CHUNK_BYTES = 4 << 20


class WorkerCrashedError(NewsparseError):
    """A worker process died (a crash in native code, or killed) on this input."""


@attrs.frozen(slots=True)
class _ParseOptions:
    parser: str | None
    max_bytes: int | None


def default_jobs() -> int:
    """The CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def parse_dump(dump: Dump, opts: _ParseOptions) -> Result:
    """Parse one dump; never raises (the error is in the Result)."""
    try:
        data = dump.data
        if data is None:
            data = read_path(dump.origin.path or "", opts.max_bytes)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsparseWarning)
            article = parse(data, url=dump.url, parser=opts.parser, max_bytes=opts.max_bytes)
    except Exception as exc:  # parse() raises NewsparseError; anything else is a bug, not a stop
        return Result.failed(dump.origin, exc)
    return Result(dump.origin, article)


def _parse_chunk(chunk: list[Item], opts: _ParseOptions) -> list[Result]:
    return [item if isinstance(item, Result) else parse_dump(item, opts) for item in chunk]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Dump) and item.data is not None:
            weight += len(item.data)
        if len(chunk) >= size or weight >= CHUNK_BYTES:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _init_worker(extra: dict[str, Any]) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Parsers registered at run time in the parent (entry points load by themselves).
    for name, parser in extra.items():
        if name not in _registry._extra:
            register(parser, name=name)
    # A parent killed outright cannot stop its workers: they stop themselves.
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()


def _watch_parent(ppid: int) -> None:
    # The process that made the pool: through its sentinel (spawn, forkserver,
    # where the OS parent is the fork server) or by being orphaned (fork,
    # where sibling workers hold each other's sentinels open).
    parent = multiprocessing.parent_process()
    while True:
        time.sleep(0.5)
        if os.getppid() != ppid or (parent is not None and not parent.is_alive()):
            os._exit(1)


def _new_pool(jobs: int, context: str | None) -> cf.ProcessPoolExecutor:
    if context is None:
        # Not fork: forking a process that has threads can deadlock the child
        # (Python 3.14 made the same choice). The fork server starts with
        # newsparse imported, so workers start fast.
        methods = multiprocessing.get_all_start_methods()
        context = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(context)
    if context == "forkserver":
        ctx.set_forkserver_preload(["newsparse._batch"])
    extra = {}
    for name, parser in _registry._extra.items():
        try:
            pickle.dumps(parser)
        except Exception:  # a parser that cannot travel stays in this process
            continue
        extra[name] = parser
    return cf.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(extra,))


def _kill(pool: cf.ProcessPoolExecutor) -> None:
    """Stop a pool now, dropping queued work (workers may be mid-chunk)."""
    pool.shutdown(wait=False, cancel_futures=True)
    # Python 3.14 has terminate_workers(); before it, the processes are private.
    processes = getattr(pool, "_processes", None) or {}
    for proc in list(processes.values()):
        with contextlib.suppress(OSError, ValueError):
            if proc.is_alive():
                proc.terminate()


def _isolate(chunks: list[list[Item]], opts: _ParseOptions, context: str | None) -> list[Result]:
    """Re-run the chunks of a pool that broke, one dump at a time in a
    one-worker pool, so that only the dump that kills a worker fails."""
    results: list[Result] = []
    pool = _new_pool(1, context)
    try:
        for chunk in chunks:
            for item in chunk:
                if isinstance(item, Result):
                    results.append(item)
                    continue
                try:
                    results.extend(pool.submit(_parse_chunk, [item], opts).result())
                except BrokenProcessPool:
                    error = WorkerCrashedError("the worker process died while parsing this input")
                    results.append(Result.failed(item.origin, error))
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _new_pool(1, context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results


def _run_pool(
    chunks: Iterator[list[Item]],
    opts: _ParseOptions,
    jobs: int,
    ordered: bool,
    context: str | None,
) -> Iterator[Result]:
    window = jobs * 3
    pool = _new_pool(jobs, context)
    pending: deque[tuple[cf.Future[list[Result]], list[Item]]] = deque()
    interrupted = False

    def next_done() -> list[Result]:
        nonlocal pool
        index = 0
        if not ordered:
            done, _ = cf.wait([f for f, _ in pending], return_when=cf.FIRST_COMPLETED)
            index = next(i for i, (f, _) in enumerate(pending) if f in done)
        future, chunk = pending[index]
        try:
            results = future.result()
        except BrokenProcessPool:
            # Every chunk in flight is lost with the pool: redo them carefully.
            lost = [chunk] + [c for i, (_, c) in enumerate(pending) if i != index]
            pending.clear()
            _kill(pool)
            results = _isolate(lost, opts, context)
            pool = _new_pool(jobs, context)
            return results
        del pending[index]  # only now: an interrupt while waiting must not lose it
        return results

    try:
        try:
            for chunk in chunks:
                pending.append((pool.submit(_parse_chunk, chunk, opts), chunk))
                while len(pending) >= window:
                    yield from next_done()
            while pending:
                yield from next_done()
        except KeyboardInterrupt:
            # Keep what finished: chunks already running are waited for (they
            # are small), chunks still queued are dropped. In order, output
            # stops at the first dropped chunk, so that it is always a prefix.
            interrupted = True
            for future, _ in pending:
                future.cancel()
            for future, _ in list(pending):
                if future.cancelled():
                    if ordered:
                        break
                    continue
                try:
                    results = future.result()
                except BrokenProcessPool:
                    break
                yield from results
            raise
    finally:
        if interrupted or pending:
            _kill(pool)
        else:
            pool.shutdown(wait=True)


def parse_stream(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    parser: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    ordered: bool = True,
    chunk_size: int = CHUNK_SIZE,
    context: str | None = None,
) -> Generator[Result, None, None]:
    """Parse already expanded dumps (see :func:`parse_many`)."""
    opts = _ParseOptions(parser, max_bytes)
    chunks = _chunks(iter(items), max(1, chunk_size))
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one process, or too little work for a pool
        yield from _parse_chunk(first, opts)
        for chunk in chunks:
            yield from _parse_chunk(chunk, opts)
        return

    def again() -> Iterator[list[Item]]:
        yield first
        yield second
        yield from chunks

    yield from _run_pool(again(), opts, jobs, ordered, context)


def source_options(
    include: Iterable[str],
    exclude: Iterable[str],
    field: str | None,
    input_format: str,
    url: str | None,
    max_bytes: int | None,
    parser: str | None,
    *,
    sort: bool = True,
) -> SourceOptions:
    """The options every input is read with; an unknown ``parser`` fails here, once."""
    if parser is not None:
        get_parser(parser)
    return SourceOptions(
        include=tuple(include),
        exclude=tuple(exclude),
        field=field,
        input_format=input_format,
        url=url,
        max_bytes=max_bytes,
        sort=sort,
    )


def parse_many(
    inputs: InputItem | Iterable[InputItem],
    *,
    jobs: int | None = None,
    parser: str | None = None,
    url: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    field: str | None = None,
    input_format: str = "auto",
    ordered: bool = True,
    chunk_size: int = CHUNK_SIZE,
) -> Generator[Result, None, None]:
    """Parse many inputs, in parallel, yielding one :class:`Result` per input.

    ``inputs`` is one path or an iterable of: paths (``str`` or
    :class:`os.PathLike`: files, folders walked recursively, ``.zip``,
    ``.tar[.gz|.bz2|.xz]``, ``.gz``, JSON Lines and WARC files, ``"-"`` for
    standard input), ``bytes`` (a dump), mappings (a JSON Lines record) and
    :class:`Dump` objects. Note that a ``str`` is a *path* here, unlike in
    :func:`parse`; wrap text in a :class:`Dump` to parse it.

    ``jobs`` worker processes parse (default: every core; ``1`` parses in
    this process). Results come in input order unless ``ordered=False``.
    Every input gives exactly one Result, ``ok`` or with its ``error``:
    nothing is raised for a bad input. ``include``/``exclude`` are glob
    patterns for files found in folders and archive members; ``field`` names
    the JSON Lines field holding the page (default: ``html``, ``text`` or
    ``content``); ``input_format`` forces a reader for every path.

    Raises :class:`UnknownParserError` at once for an unknown ``parser``.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    opts = source_options(
        include, exclude, field, input_format, url, max_bytes, parser, sort=ordered
    )
    if isinstance(inputs, (str, os.PathLike, bytes, Mapping, Dump)):
        inputs = [inputs]
    return parse_stream(
        expand(inputs, opts),
        jobs=jobs,
        parser=parser,
        max_bytes=max_bytes,
        ordered=ordered,
        chunk_size=chunk_size,
    )
