"""``newsparse.parse_many``: many inputs, parsed on many cores, nothing lost.

The parent expands the inputs into dumps (:mod:`newsparse._batch.sources`), cuts
them into small chunks and keeps a bounded window of chunks in a process
pool; workers read plain files themselves and send back, for each dump, what
a ``render`` function makes of its :class:`~newsparse.Result`: the Result
itself for :func:`parse_many`, the finished output record for the command
line (:func:`render_many`), so that there the parent only writes. Memory
stays flat however many inputs there are: at most ``window`` chunks are in
flight and results are handed on as soon as they are due.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import itertools
import multiprocessing
import os
import pickle
import signal
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

import attrs

from .. import _registry
from .._api import DEFAULT_MAX_BYTES, parse
from .._errors import NewsparseWarning, ParseTimeoutError, WorkerCrashedError
from .._input.read import read_path
from .._registry import get_parser, register
from .sources import Dump, Origin, Result, SourceOptions, expand

__all__ = [
    "ParseTimeoutError",
    "WorkerCrashedError",
    "default_jobs",
    "parse_many",
    "parse_stream",
    "render_many",
    "render_stream",
    "time_limit",
]

Item = Dump | Result
InputItem = str | os.PathLike[str] | bytes | Mapping[str, Any] | Dump
T = TypeVar("T")
#: What a render function made of a Result (the Result itself for parse_many).
Out = Any

#: Dumps per chunk sent to a worker, and the bytes that close a chunk early.
CHUNK_SIZE = 64
CHUNK_BYTES = 4 << 20
#: Dumps per chunk of the first chunks (3 per worker) when no chunk size is given:
#: every worker gets work at once on a small run, and a long run then pays the
#: parent's per-chunk cost (a future, pickling, polling) four times less often.
LEAD_CHUNK_SIZE = 16


#: The default time limit of one input: TIMEOUT_PER_MB seconds per MB, at least TIMEOUT_FLOOR.
TIMEOUT_FLOOR = 10.0
TIMEOUT_PER_MB = 5.0
#: How long past its limit a worker may go (its own alarm goes first) before it is killed.
KILL_GRACE = 2.0
#: How often the parent looks for a worker past its limit.
POLL_SECONDS = 0.2

#: ``"auto"`` (the default), seconds per input, or None for no limit.
Timeout = float | str | None


def keep(result: Result) -> Result:
    """The render function of :func:`parse_many`: the Result as it is."""
    return result


@attrs.frozen(slots=True)
class _ParseOptions:
    parser: str | None
    max_bytes: int | None
    timeout: Timeout = None
    #: Applied to each Result where it is made (a worker, mostly); must pickle.
    render: Callable[[Result], Out] = keep


def default_jobs() -> int:
    """The CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def check_timeout(timeout: Timeout) -> Timeout:
    """``timeout`` if valid (``"auto"``, a positive number or None); ValueError if not."""
    if timeout is None or timeout == "auto":
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return float(timeout)
    raise ValueError(
        f'timeout must be "auto", a positive number of seconds or None, not {timeout!r}'
    )


def time_limit(size: int, timeout: Timeout) -> float | None:
    """The seconds an input of ``size`` bytes may take (None: no limit)."""
    if timeout is None:
        return None
    if timeout == "auto":
        return max(TIMEOUT_FLOOR, TIMEOUT_PER_MB * size / 1_000_000)
    return float(timeout)


def parse_dump(dump: Dump, opts: _ParseOptions) -> Result:
    """Parse one dump; never raises (the error is in the Result)."""
    try:
        data = dump.data
        if data is None:
            data = read_path(dump.origin.path or "", opts.max_bytes, gunzip=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsparseWarning)
            article = parse(data, url=dump.url, parser=opts.parser, max_bytes=opts.max_bytes)
    except Exception as exc:  # parse() raises NewsparseError; anything else is a bug, not a stop
        return Result.failed(dump.origin, exc)
    return Result(dump.origin, article)


# ---------------------------------------------------------------- time limits


class _Alarm(BaseException):
    """Raised by SIGALRM; a BaseException, so that no parser's ``except Exception`` eats it."""


def _ring(signum: int, frame: object) -> None:
    raise _Alarm


@contextlib.contextmanager
def _alarm(limit: float | None) -> Iterator[None]:
    """Raise _Alarm in this thread after ``limit`` seconds, where signals allow it.

    Python code stops at once; a long call in native code only when it
    returns (the parent's watchdog covers workers stuck there)."""
    usable = (
        limit is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )
    if not usable:
        yield
        return
    assert limit is not None
    previous = signal.signal(signal.SIGALRM, _ring)
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _size(dump: Dump) -> int:
    if dump.data is not None:
        return len(dump.data)
    try:  # a file the worker reads (for a .gz file: its compressed size)
        return os.stat(dump.origin.path or "").st_size
    except (OSError, ValueError):
        return 0


#: Each worker's row in the shared table: pid, chunk, index in chunk, limit, deadline.
_FIELDS = 5
_table: Any = None  # the shared table, in a worker
_row = -1  # this worker's row in it


@contextlib.contextmanager
def _locked(table: Any) -> Iterator[bool]:
    """The table's lock, if it can be had within a second: a worker killed
    while holding it (its pool then breaks and is replaced) must not hang
    anyone. Yields whether it is held."""
    lock = table.get_lock()
    held = lock.acquire(timeout=1.0)
    try:
        yield held
    finally:
        if held:
            lock.release()


def _claim_row(table: Any) -> None:
    global _table, _row
    _table = table
    with _locked(table) as held:
        for row in range(len(table) // _FIELDS) if held else ():
            if table[row * _FIELDS] == 0:
                table[row * _FIELDS] = os.getpid()
                _row = row
                return


def _post(chunk: int, index: int, limit: float) -> None:
    """Tell the parent what this worker parses now, and until when."""
    if _row >= 0:
        base = _row * _FIELDS
        with _locked(_table) as held:
            if held:
                _table[base + 1 : base + _FIELDS] = [chunk, index, limit, time.monotonic() + limit]


def _unpost() -> None:
    if _row >= 0:
        with _locked(_table) as held:
            if held:
                _table[_row * _FIELDS + 4] = 0.0


def _parse_timed(dump: Dump, opts: _ParseOptions, chunk: int, index: int) -> Result:
    limit = time_limit(_size(dump), opts.timeout)
    if limit is None:
        return parse_dump(dump, opts)
    _post(chunk, index, limit)
    try:
        with _alarm(limit):
            return parse_dump(dump, opts)
    except _Alarm:
        return Result.failed(dump.origin, ParseTimeoutError(limit))
    finally:
        _unpost()


def _parse_chunk(chunk: list[Item], opts: _ParseOptions, ident: int = 0) -> list[Out]:
    render = opts.render
    return [
        render(item if isinstance(item, Result) else _parse_timed(item, opts, ident, i))
        for i, item in enumerate(chunk)
    ]


def _chunks(items: Iterator[Item], size: int, lead: int = 0) -> Iterator[list[Item]]:
    """Chunks of at most ``size`` dumps (or CHUNK_BYTES of data); the first
    ``lead`` chunks hold at most LEAD_CHUNK_SIZE."""
    chunk: list[Item] = []
    weight = 0
    sent = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Dump) and item.data is not None:
            weight += len(item.data)
        most = min(size, LEAD_CHUNK_SIZE) if sent < lead else size
        if len(chunk) >= most or weight >= CHUNK_BYTES:
            yield chunk
            chunk, weight = [], 0
            sent += 1
    if chunk:
        yield chunk


# ---------------------------------------------------------------- workers


def _init_worker(extra: dict[str, Any], table: Any = None) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Parsers registered at run time in the parent (entry points load by themselves).
    for name, parser in extra.items():
        if name not in _registry._extra:
            register(parser, name=name)
    if table is not None:
        _claim_row(table)
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


def _context(context: str | None) -> Any:
    if context is None:
        # Not fork: forking a process that has threads can deadlock the child
        # (Python 3.14 made the same choice). The fork server starts with
        # newsparse imported, so workers start fast.
        methods = multiprocessing.get_all_start_methods()
        context = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(context)
    if context == "forkserver":
        # warm loads, once, what parsing loads on first use (the language
        # model above all): the workers forked from the server share it.
        ctx.set_forkserver_preload(["newsparse._batch.pool", "newsparse._batch.warm"])
    return ctx


def _travelling_parsers() -> dict[str, Any]:
    extra = {}
    for name, parser in _registry._extra.items():
        try:
            pickle.dumps(parser)
        except Exception:  # a parser that cannot travel stays in this process
            continue
        extra[name] = parser
    return extra


class _Workers:
    """A process pool and, with time limits, the table where each worker posts
    what it parses and until when, so that the parent can kill one that is stuck
    (in native code no signal reaches, for instance)."""

    def __init__(self, jobs: int, context: str | None, timed: bool) -> None:
        ctx = _context(context)
        self.table = ctx.Array("d", 2 * jobs * _FIELDS) if timed else None
        self.pool = cf.ProcessPoolExecutor(
            jobs,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(_travelling_parsers(), self.table),
        )

    def submit(
        self, chunk: list[Item], opts: _ParseOptions, ident: int
    ) -> cf.Future[list[Out]] | None:
        """The chunk's future; None when the pool is broken (it may break at any time)."""
        try:
            return self.pool.submit(_parse_chunk, chunk, opts, ident)
        except BrokenProcessPool:
            return None

    def kill_overdue(self) -> dict[tuple[int, int], float]:
        """Kill each worker past its deadline; {(chunk, index): limit} of what they parsed."""
        killed: dict[tuple[int, int], float] = {}
        if self.table is None:
            return killed
        now = time.monotonic()
        with _locked(self.table) as held:
            for base in range(0, len(self.table), _FIELDS) if held else ():
                pid, chunk, index, limit, deadline = self.table[base : base + _FIELDS]
                if pid and deadline and now > deadline + KILL_GRACE:
                    self.table[base + 4] = 0.0
                    if self._kill_pid(int(pid)):
                        killed[int(chunk), int(index)] = limit
        return killed

    def _kill_pid(self, pid: int) -> bool:
        # Through the pool's Process object, which knows whether the pid is
        # still this worker's (not reaped and reused).
        processes = getattr(self.pool, "_processes", None) or {}
        for proc in list(processes.values()):
            if proc.pid == pid and proc.is_alive():
                proc.kill()
                return True
        return False

    def kill(self) -> None:
        """Stop now, dropping queued work (workers may be mid-chunk)."""
        with contextlib.suppress(Exception):
            self.pool.shutdown(wait=False, cancel_futures=True)
        # Python 3.14 has terminate_workers(); before it, the processes are private.
        processes = getattr(self.pool, "_processes", None) or {}
        for proc in list(processes.values()):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if proc.is_alive():
                    proc.kill()

    def close(self) -> None:
        try:
            self.pool.shutdown(wait=True)
        except Exception:  # a pool that broke while closing: its work is done
            self.kill()


def _wait(
    workers: _Workers, futures: list[cf.Future[list[Out]]], timed: bool
) -> tuple[set[cf.Future[list[Out]]], dict[tuple[int, int], float]]:
    """Wait for the first of ``futures``; with time limits, a stuck worker is killed
    (which breaks the pool: the futures then fail)."""
    while True:
        done, _ = cf.wait(futures, timeout=POLL_SECONDS if timed else None,
                          return_when=cf.FIRST_COMPLETED)  # fmt: skip
        killed = workers.kill_overdue() if timed else {}
        if done or killed:
            return done, killed


@attrs.define(eq=False)
class _Job:
    """A chunk sent to the pool: its future, then its (rendered) results."""

    chunk: list[Item]
    ident: int
    future: cf.Future[list[Out]] | None = None
    results: list[Out] | None = None
    resent: bool = False


def _crashed(origin: Origin) -> Result:
    error = WorkerCrashedError("the worker process died while parsing this input")
    return Result.failed(origin, error)


class _Runner:
    """Chunks through a pool that is rebuilt whenever it breaks: a worker that
    crashes, or one killed past its time limit. Wherever the pool breaks (a
    submit, a result, a shutdown), the chunks it held are done again."""

    def __init__(self, jobs: int, opts: _ParseOptions, context: str | None) -> None:
        self.jobs = jobs
        self.opts = opts
        self.context = context
        self.timed = opts.timeout is not None
        self.ids = itertools.count()
        self.timed_out: dict[tuple[int, int], float] = {}
        self.workers = _Workers(jobs, context, self.timed)

    def send(self, job: _Job) -> None:
        job.ident = next(self.ids)
        job.future = self.workers.submit(job.chunk, self.opts, job.ident)

    def take(self, pending: deque[_Job], ordered: bool) -> _Job:
        """The next job whose results are due (the oldest, when ``ordered``)."""
        while True:
            ready = [job for job in pending if job.results is not None]
            if ready and (not ordered or ready[0] is pending[0]):
                return ready[0]
            waiting = [pending[0]] if ordered else list(pending)
            futures = [job.future for job in waiting if job.future is not None]
            if len(futures) < len(waiting):  # a submit found the pool broken
                self.recover(pending)
                continue
            done, killed = _wait(self.workers, futures, self.timed)
            self.timed_out.update(killed)
            for job in waiting:
                if job.future in done and self._collect(job):
                    self.recover(pending)
                    break

    def _collect(self, job: _Job) -> bool:
        """Take a done job's results; True when its pool broke."""
        assert job.future is not None
        try:
            job.results = job.future.result()
        except BrokenProcessPool:
            return True
        except Exception as exc:  # e.g. a result that cannot be pickled back
            render = self.opts.render
            job.results = [
                render(item if isinstance(item, Result) else Result.failed(item.origin, exc))
                for item in job.chunk
            ]
        return False

    def recover(self, pending: deque[_Job]) -> None:
        """The pool broke: keep what finished, start a fresh pool, do the rest again.

        A job that held an input killed past its limit is redone one input at a
        time; so is every job when the culprit is unknown (a crash) or a job
        already sent twice. Other jobs are simply sent again."""
        lost = []
        for job in pending:
            if job.results is None and not (job.future is not None and self._finished(job)):
                lost.append(job)
        self.workers.kill()
        self.workers = _Workers(self.jobs, self.context, self.timed)
        guilty = {job for job in lost if any(key[0] == job.ident for key in self.timed_out)}
        resend = [job for job in lost if guilty and job not in guilty and not job.resent]
        for job in resend:
            job.resent = True
            self.send(job)
        alone = [job for job in lost if job not in resend]
        if alone:
            self._isolate(alone)

    def _finished(self, job: _Job) -> bool:
        assert job.future is not None
        if not job.future.done() or job.future.cancelled():
            return False
        return not self._collect(job)

    def _isolate(self, jobs: list[_Job]) -> None:
        """Each input of ``jobs`` alone in a one-worker pool, with its own
        deadline, so that only the input that kills a worker fails."""
        workers = _Workers(1, self.context, self.timed)
        render = self.opts.render
        try:
            for job in jobs:
                results = []
                for index, item in enumerate(job.chunk):
                    limit = self.timed_out.get((job.ident, index))
                    if isinstance(item, Result):
                        results.append(render(item))
                    elif limit is not None:
                        results.append(render(Result.failed(item.origin, ParseTimeoutError(limit))))
                    else:
                        result, workers = self._alone(item, workers)
                        results.append(result)
                job.results = results
        finally:
            workers.kill()

    def _alone(self, dump: Dump, workers: _Workers) -> tuple[Out, _Workers]:
        ident = next(self.ids)
        future = workers.submit([dump], self.opts, ident)
        killed: dict[tuple[int, int], float] = {}
        if future is not None:
            done, killed = _wait(workers, [future], self.timed)
            if done:
                try:
                    return future.result()[0], workers
                except BrokenProcessPool:
                    pass
        workers.kill()
        fresh = _Workers(1, self.context, self.timed)
        if (ident, 0) in killed:
            timed_out = Result.failed(dump.origin, ParseTimeoutError(killed[ident, 0]))
            return self.opts.render(timed_out), fresh
        return self.opts.render(_crashed(dump.origin)), fresh

    def settle(self, job: _Job) -> list[Out] | None:
        """After an interrupt: the job's results once its chunk ends, None if it cannot."""
        future = job.future
        if job.results is not None or future is None or future.cancelled():
            return job.results
        while not future.done():  # the watchdog still stops a stuck worker
            self.timed_out.update(_wait(self.workers, [future], self.timed)[1])
        if self._collect(job):
            return None
        return job.results

    def close(self, now: bool) -> None:
        if now:
            self.workers.kill()
        else:
            self.workers.close()


def _run_pool(
    chunks: Iterator[list[Item]],
    opts: _ParseOptions,
    jobs: int,
    ordered: bool,
    context: str | None,
) -> Iterator[Out]:
    window = jobs * 3
    runner = _Runner(jobs, opts, context)
    pending: deque[_Job] = deque()
    interrupted = False

    def next_results() -> list[Out]:
        job = runner.take(pending, ordered)
        pending.remove(job)  # only now: an interrupt while waiting must not lose it
        assert job.results is not None
        return job.results

    try:
        try:
            for chunk in chunks:
                job = _Job(chunk, 0)
                runner.send(job)
                pending.append(job)
                while len(pending) >= window:
                    yield from next_results()
            while pending:
                yield from next_results()
        except KeyboardInterrupt:
            # Keep what finished: chunks already running are waited for (they
            # are small), chunks still queued are dropped. In order, output
            # stops at the first dropped chunk, so that it is always a prefix.
            interrupted = True
            for job in pending:
                if job.future is not None:
                    job.future.cancel()
            for job in list(pending):
                results = runner.settle(job)
                if results is None:
                    if ordered:
                        break
                    continue
                yield from results
            raise
    finally:
        runner.close(now=interrupted or bool(pending))


def parse_stream(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    parser: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    ordered: bool = True,
    chunk_size: int | None = None,
    context: str | None = None,
    timeout: Timeout = "auto",
) -> Generator[Result, None, None]:
    """Parse already expanded dumps (see :func:`parse_many`)."""
    return render_stream(
        items,
        keep,
        jobs=jobs,
        parser=parser,
        max_bytes=max_bytes,
        ordered=ordered,
        chunk_size=chunk_size,
        context=context,
        timeout=timeout,
    )


def render_stream(
    items: Iterable[Item],
    render: Callable[[Result], T],
    *,
    jobs: int = 1,
    parser: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    ordered: bool = True,
    chunk_size: int | None = None,
    context: str | None = None,
    timeout: Timeout = "auto",
) -> Generator[T, None, None]:
    """:func:`parse_stream`, yielding what ``render`` makes of each Result
    (see :func:`render_many`)."""
    opts = _ParseOptions(parser, max_bytes, check_timeout(timeout), render)
    if chunk_size is None:
        chunks = _chunks(iter(items), CHUNK_SIZE, lead=3 * jobs)
    else:
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
    chunk_size: int | None = None,
    timeout: float | str | None = "auto",
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
    ``chunk_size`` is how many dumps a worker is sent at a time (default: 16
    for the first three chunks per worker, then 64).

    ``timeout`` is the time one input may take: ``"auto"`` (the default:
    5 seconds per MB of input, at least 10 seconds), a number of seconds, or
    None for no limit. An input past it fails with ``ParseTimeoutError``; in
    a worker process that does not stop by itself (stuck in native code) is
    killed and the run goes on. With ``jobs=1`` (and runs of one chunk) the
    limit is a SIGALRM in this process: it stops Python code, and native
    code only once it returns, and only in the main thread on Unix.

    Raises :class:`UnknownParserError` at once for an unknown ``parser``,
    ValueError for bad ``jobs`` or ``timeout``.
    """
    return render_many(
        inputs,
        keep,
        jobs=jobs,
        parser=parser,
        url=url,
        max_bytes=max_bytes,
        include=include,
        exclude=exclude,
        field=field,
        input_format=input_format,
        ordered=ordered,
        chunk_size=chunk_size,
        timeout=timeout,
    )


def render_many(
    inputs: InputItem | Iterable[InputItem],
    render: Callable[[Result], T],
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
    chunk_size: int | None = None,
    timeout: float | str | None = "auto",
) -> Generator[T, None, None]:
    """:func:`parse_many`, yielding what ``render`` makes of each Result.

    ``render`` runs where the Result is made, in the worker processes (so it
    must pickle: a module-level function or a picklable object); what it
    returns travels back to this process. The command line renders output
    records there, so that no Article is pickled back and this process
    only writes. Results that this process makes itself (inputs that failed
    before parsing, a worker that crashed) are rendered here.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    timeout = check_timeout(timeout)
    opts = source_options(
        include, exclude, field, input_format, url, max_bytes, parser, sort=ordered
    )
    if isinstance(inputs, (str, os.PathLike, bytes, Mapping, Dump)):
        inputs = [inputs]
    return render_stream(
        expand(inputs, opts),
        render,
        jobs=jobs,
        parser=parser,
        max_bytes=max_bytes,
        ordered=ordered,
        chunk_size=chunk_size,
        timeout=timeout,
    )
