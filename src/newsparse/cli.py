"""The ``newsparse`` command line (see docs/cli.md).

Exit status: 0 when every input parsed, 1 when some input failed (the
others are still parsed and written), 2 on usage errors and when the output
cannot be written, 70 on an internal error (a bug), 130 when interrupted
(Ctrl-C) and 143 when terminated (SIGTERM): what finished is kept, 141 when
the reader of standard output went away (``| head``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import re
import shlex
import signal
import sys
import tarfile
import threading
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from . import __version__
from ._api import DEFAULT_MAX_BYTES
from ._batch.pool import default_jobs, render_many
from ._batch.sinks import (
    OUTPUT_FORMATS,
    AtomicFile,
    Record,
    Sink,
    error_record,
    format_for,
    json_text,
    open_sink,
    printable,
)
from ._batch.sources import (
    FORMATS,
    Result,
    SourceOptions,
    _hidden,
    _wanted,
    kind_of,
    walk,
)
from ._errors import MissingDependency, NewsparseError, UnknownParserError
from ._explain import explain
from ._registry import get_parser, parsers, register, unregister

__all__ = ["main"]

#: Exit statuses (see docs/cli.md).
EXIT_OK = 0
EXIT_FAILED = 1  # some inputs failed; every other input was written
EXIT_USAGE = 2  # a usage error, or an output that cannot be written
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE in sysexits.h)
EXIT_SIGPIPE = 128 + 13  # the reader of standard output went away
EXIT_INTERRUPTED = 128 + 2  # Ctrl-C (SIGINT)
EXIT_TERMINATED = 128 + 15  # SIGTERM


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _timeout(text: str) -> float | str | None:
    if text == "auto":
        return "auto"
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds or 'auto': {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, not {text}")
    return value or None


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn news dumps (pasted text or saved HTML) into structured articles.",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse dumps (files, folders, archives, JSON Lines, WARC) into a table of articles",
        description="Parse every input into one record per article. Folders are walked "
        "recursively; .zip, .tar[.gz], .gz, JSON Lines and WARC files are opened; '-' reads "
        "standard input. Exit status: 0 when every input parsed, 1 when some failed (all "
        "others are still written), 2 on usage and output errors, 70 on internal errors, "
        "130 when interrupted, 143 when terminated.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="inputs ('-' reads stdin)")
    p.add_argument(
        "--files-from",
        metavar="FILE",
        help="also read input paths from FILE, one per line ('-' for stdin)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        help="output format (default: from the -o suffix, else jsonl)",
    )
    p.add_argument(
        "--errors", metavar="FILE", help="also write failed inputs to FILE as JSON Lines"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help=f"worker processes (default: all cores, {default_jobs()} here)",
    )
    p.add_argument(
        "--unordered",
        action="store_true",
        help="write articles as they finish, not in input order (and walk folders unsorted)",
    )
    p.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="take only files and archive members matching GLOB (repeatable)",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip files, folders and archive members matching GLOB (repeatable)",
    )
    p.add_argument(
        "--input-format",
        choices=FORMATS,
        default="auto",
        help="how to read every PATH (default: auto, from the file name)",
    )
    p.add_argument(
        "--field",
        metavar="NAME",
        help="JSON Lines field holding the page (default: html, text or content)",
    )
    p.add_argument("--parser", metavar="NAME", help="force a parser instead of detecting one")
    _add_rules_option(p)
    p.add_argument("--url", help="the URL of inputs that carry none (kept on the article)")
    p.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help="write only articles whose language is CODE (ISO 639-1, e.g. en; repeatable, "
        "or en,zh); the others are counted as skipped",
    )
    p.add_argument(
        "--full", action="store_true", help="add page, warnings and provenance to each record"
    )
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--timeout",
        type=_timeout,
        default="auto",
        metavar="SECONDS",
        help="give up on an input after SECONDS (0: never; default: auto, "
        "5 s per MB of input and at least 10 s)",
    )
    p.add_argument(
        "--csv-raw",
        action="store_true",
        help="write CSV cells as they are (by default a cell starting with = + - @ tab or CR "
        "gets a leading ' so that spreadsheets do not run it as a formula)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")

    ps = sub.add_parser("parsers", help="list the installed parsers")
    _add_rules_option(ps)

    e = sub.add_parser(
        "explain", help="print a dump with every line labelled and the rule behind it"
    )
    e.add_argument("path", metavar="PATH", help="a dump file ('-' reads stdin)")
    e.add_argument("--parser", metavar="NAME", help="force a parser instead of detecting one")
    _add_rules_option(e)
    e.add_argument("--width", type=int, default=100, help="cut lines to this width (default: 100)")
    return ap


def _add_rules_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="add the parser a rules file (TOML) defines; may be given more than once",
    )


def _register_rules(paths: Sequence[str], err: TextIO) -> list[str] | None:
    """Register each rules file's parser; None (after a message) when one is invalid."""
    from . import rules

    names: list[str] = []
    for path in paths:
        try:
            names.append(register(rules.load(path)).name)
        except NewsparseError as exc:
            for name in names:
                unregister(name)
            print(f"newsparse: error: {exc}", file=err)
            return None
    return names


def _read_input(path: str) -> str | bytes | Path:
    return sys.stdin.buffer.read() if path == "-" else Path(path)


class _Progress:
    """A tqdm bar on a terminal; nothing when piped, quiet or without tqdm.

    ``count``, when given, is run in a thread to find the number of inputs;
    once it has, the bar shows the total, a percentage and an ETA.
    """

    def __init__(
        self,
        err: TextIO,
        enabled: bool,
        count: Callable[[threading.Event], int | None] | None = None,
    ) -> None:
        self.err = err
        self.bar: Any = None
        self.total: int | None = None
        self.stop = threading.Event()
        self.counting: threading.Thread | None = None
        if enabled and err.isatty():
            try:
                import tqdm
            except ImportError:  # pragma: no cover - tqdm is a dependency
                return
            tqdm.tqdm.monitor_interval = 0  # no monitor thread (fork-safety)
            self.bar = tqdm.tqdm(
                file=err, unit=" inputs", dynamic_ncols=True, smoothing=0.05, mininterval=0.2
            )
            if count is not None:
                # A thread, so that listing a big folder does not delay the run.
                self.counting = threading.Thread(target=self._count, args=(count,), daemon=True)
                self.counting.start()

    def _count(self, count: Callable[[threading.Event], int | None]) -> None:
        self.total = count(self.stop)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.err)
        else:
            print(message, file=self.err)

    def update(self, failed: int, new_failure: bool) -> None:
        if self.bar is not None:
            self._show_total()
            if new_failure:
                self.bar.set_postfix_str(f"{failed} failed", refresh=False)
            self.bar.update()

    def _show_total(self) -> None:
        # The counting thread only sets self.total; the bar is changed here.
        if self.total is not None and self.bar.total is None:
            self.bar.total = self.total

    def close(self) -> None:
        if self.counting is not None:
            # Counting is cheaper than parsing: it has almost always finished.
            self.counting.join(timeout=0.5)
        self.stop.set()
        if self.bar is not None:
            self._show_total()
            self.bar.close()


def _count_inputs(args: argparse.Namespace, stop: threading.Event) -> int | None:
    """How many inputs the run has, when that is cheap to know; None otherwise.

    Folders are listed (names only) and zip archives and plain tar files
    counted from their member lists; standard input, JSON Lines, WARC and
    compressed tar files would have to be read through: for them, None.
    """
    if "-" in args.paths or (args.files_from and not os.path.isfile(args.files_from)):
        return None  # a stream read here would be taken from the run
    opts = SourceOptions(
        include=tuple(args.include),
        exclude=tuple(args.exclude),
        input_format=args.input_format,
        sort=False,
    )
    total = 0
    for path in _paths(args):
        found: Iterator[str | Result] = walk(path, opts) if os.path.isdir(path) else iter([path])
        for item in found:
            n = 1 if isinstance(item, Result) else _count_file(item, opts)
            if n is None or stop.is_set():
                return None
            total += n
    return total


def _count_file(path: str, opts: SourceOptions) -> int | None:
    """The number of inputs in one file (see :func:`_count_inputs`)."""
    kind = kind_of(path, opts.input_format)
    if kind in ("file", "gzip"):
        return 1
    if not os.path.exists(path):
        return 1  # one failed result
    if not os.path.isfile(path):  # a FIFO, say: reading it here would take it from the run
        return None
    if kind not in ("zip", "tar"):
        return None
    try:
        return sum(not _hidden(name) and _wanted(name, opts) for name in _members(path, kind))
    except tarfile.ReadError:  # a compressed tar: it would have to be read through
        return None
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError):
        return 1  # one failed result for the file


def _members(path: str, kind: str) -> Iterator[str]:
    """The names of an archive's files, from its member list (zip) or headers (plain tar)."""
    if kind == "zip":
        with zipfile.ZipFile(path) as archive:
            yield from (info.filename for info in archive.infolist() if not info.is_dir())
        return
    with tarfile.open(path, mode="r:") as tar:  # seeks from header to header
        while (info := tar.next()) is not None:
            cast(Any, tar).members.clear()  # kept otherwise: memory grows with the archive
            if info.isfile():
                yield info.name


def _paths(args: argparse.Namespace) -> Iterator[str]:
    yield from args.paths
    if args.files_from:
        # Bytes, decoded as the OS decodes file names: a name that is not
        # UTF-8 comes back as the same file (surrogateescape), not an error.
        fh = sys.stdin.buffer
        if args.files_from != "-":
            fh = open(args.files_from, "rb")  # noqa: SIM115 (closed below)
        try:
            for line in fh:
                if line := line.rstrip(b"\r\n"):
                    yield os.fsdecode(line)
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _url_problem(path: str, command: str) -> str | None:
    """A message for a URL given as a path: newsparse reads dumps, it fetches nothing."""
    if not path.lower().startswith(("http://", "https://")) or os.path.exists(path):
        return None
    url = shlex.quote(path)
    return (
        f"{path} is a URL; newsparse does not fetch pages. Fetch it and pipe it in:\n"
        f"  curl -sL {url} | newsparse {command} -"
        + (f" --url {url}" if command == "parse" else "")
    )


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _languages(values: Sequence[str]) -> set[str]:
    """The codes of ``--language`` (repeatable, comma-separated), lower-cased."""
    return {code.strip().lower() for value in values for code in value.split(",")}


def _wrong_language(record: Record, languages: set[str]) -> bool:
    """Whether ``--language`` leaves this parsed article out (unknown language too)."""
    if not languages or not record.ok:
        return False
    language = (record.language or "").lower().split("-")[0]
    return language not in languages


def _usage_problem(args: argparse.Namespace, fmt: str) -> str | None:
    """What makes this command line unusable, checked before any work."""
    if not args.paths and not args.files_from:
        return "no inputs: give a PATH ('-' for stdin) or --files-from FILE"
    if args.paths.count("-") + (args.files_from == "-") > 1:
        return "standard input can be read only once"
    for path in args.paths:
        if url := _url_problem(path, "parse"):
            return url
    for code in _languages(args.language):
        if not _LANGUAGE_CODE.fullmatch(code):
            return f"--language takes language codes such as en or zh, not {code!r}"
    if args.jobs is not None and args.jobs < 1:
        return f"--jobs must be at least 1, not {args.jobs}"
    if fmt == "parquet" and not args.output:
        return "--format parquet needs -o FILE"
    if args.files_from and args.files_from != "-" and not os.path.isfile(args.files_from):
        return f"--files-from: no such file: {args.files_from!r}"
    try:
        if args.parser is not None:
            get_parser(args.parser)
    except UnknownParserError as exc:
        return str(exc)
    needs = []
    if fmt == "parquet":
        needs.append(("pyarrow", "Parquet files", "parquet"))
    if any(kind_of(p, args.input_format) == "warc" for p in args.paths):
        needs.append(("warcio", "WARC files", "warc"))
    for module, what, extra in needs:
        if importlib.util.find_spec(module) is None:
            return str(MissingDependency(what, extra))
    return None


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is (a KeyboardInterrupt, so that parse_many
    hands out what finished)."""


class _OutputError(Exception):
    """Writing the output (or the ``--errors`` file) failed."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: signals are not ours to take
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(sink: Sink, record: Record) -> Record:
    """Write a parsed input; a record the writer cannot take fails alone."""
    try:
        sink.put(record.data)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(exc) from exc
    except Exception as exc:  # a bug in a writer must not end the run
        return Record.failed(record.origin, exc)
    return record


def _log(result: Record, errors_file: AtomicFile | None, progress: _Progress) -> None:
    """Report a failed input on stderr (escaped for a terminal) and in ``--errors``."""
    progress.say(printable(f"newsparse: {result.origin}: {result.message}"))
    if errors_file:
        try:
            errors_file.fh.write(json_text(error_record(result)) + "\n")
        except OSError as exc:
            raise _OutputError(exc) from exc


def _silence_stdout() -> None:
    # No second error when Python flushes standard output at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _output_failed(message: str, files: list[AtomicFile], err: TextIO) -> int:
    for file in files:
        file.discard()
    if not files:  # standard output
        with contextlib.suppress(OSError, ValueError):
            _silence_stdout()
    print(f"newsparse: error: cannot write output: {message}", file=err)
    return EXIT_USAGE


def _reader_gone(files: list[AtomicFile]) -> int:
    """Standard output's reader went away: keep ``--errors`` as after Ctrl-C."""
    for file in files:
        try:
            file.keep_partial()
        except OSError:
            file.discard()
    _silence_stdout()
    return EXIT_SIGPIPE


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = args.format or format_for(args.output)
    problem = _usage_problem(args, fmt)
    if problem:
        print(printable(f"newsparse: error: {problem}"), file=err)
        return EXIT_USAGE
    files: list[AtomicFile] = []
    try:
        target = AtomicFile(args.output, binary=fmt == "parquet") if args.output else None
        if target:
            files.append(target)
        errors_file = AtomicFile(args.errors) if args.errors else None
        if errors_file:
            files.append(errors_file)
        sink = open_sink(fmt, target.fh if target else out, full=args.full, csv_raw=args.csv_raw)
    except (OSError, MissingDependency) as exc:
        for file in files:
            file.discard()
        what = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(printable(f"newsparse: error: cannot write output: {what}"), file=err)
        return EXIT_USAGE
    with _sigterm_as_interrupt():
        return _run_parse(args, sink, files, errors_file, err)


def _run_parse(
    args: argparse.Namespace,
    sink: Sink,
    files: list[AtomicFile],
    errors_file: AtomicFile | None,
    err: TextIO,
) -> int:
    progress = _Progress(err, not args.quiet, lambda stop: _count_inputs(args, stop))
    languages = _languages(args.language)
    started = time.perf_counter()
    parsed = failed = empty = skipped = 0
    interrupted = 0  # the exit status of an interrupted run
    # Workers render each record for the writer: this process only writes.
    results = render_many(
        _paths(args),
        sink.renderer,
        jobs=args.jobs,
        parser=args.parser,
        url=args.url,
        max_bytes=args.max_bytes,
        include=args.include,
        exclude=args.exclude,
        field=args.field,
        input_format=args.input_format,
        ordered=not args.unordered,
        timeout=args.timeout,
    )
    try:
        for result in results:
            if _wrong_language(result, languages):
                skipped += 1
                progress.update(failed, False)
                continue
            if result.ok:
                result = _write(sink, result)
            if result.ok:
                parsed += 1
                empty += result.empty
            else:
                failed += 1
                _log(result, errors_file, progress)
            progress.update(failed, not result.ok)
    except KeyboardInterrupt as exc:
        interrupted = EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `newsparse parse corpus/ | head`: stop quietly
        results.close()
        progress.close()
        return _reader_gone(files)
    except _OutputError as exc:  # a full disk, a vanished output folder
        results.close()
        progress.close()
        return _output_failed(str(exc), files, err)
    except BaseException:
        progress.close()
        for file in files:
            file.discard()
        raise
    finally:
        results.close()
    progress.close()
    try:
        sink.close()
        kept = [f.keep_partial() if interrupted else f.commit() for f in files]
    except BrokenPipeError:
        return _reader_gone(files)
    except OSError as exc:
        return _output_failed(exc.strerror or str(exc), files, err)
    except BaseException:
        for file in files:
            file.discard()
        raise
    if not args.quiet or interrupted:
        seconds = time.perf_counter() - started
        total = parsed + skipped + failed
        wanted = " or ".join(sorted(languages))
        line = (
            f"newsparse: {total} input{'' if total == 1 else 's'}: {parsed} parsed"
            + (f" ({empty} without article text)" if empty else "")
            + (f", {skipped} skipped (language not {wanted})" if languages else "")
            + f", {failed} failed; {seconds:.1f} s, {total / max(seconds, 1e-9):.1f} inputs/s"
        )
        if interrupted:
            how = "terminated" if interrupted == EXIT_TERMINATED else "interrupted"
            line = f"newsparse: {how}; kept what finished. " + line[len("newsparse: ") :]
            if kept:
                line += "; partial output in " + ", ".join(kept)
        print(printable(line), file=err)
    if interrupted:
        return interrupted
    return EXIT_FAILED if failed else EXIT_OK


_ROLE = re.compile(r":[\w:+-]+:`([^`]*)`")  # :class:`~newsparse.Article`
_MARKUP = [
    (re.compile(r"``(.+?)``"), r"\1"),  # ``literal``
    (re.compile(r"`([^`]+)`_{0,2}"), r"\1"),  # `default role`, `link`_
    (re.compile(r"\*\*(\S(?:.*?\S)?)\*\*"), r"\1"),  # **strong**
    (re.compile(r"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])"), r"\1"),  # *emphasis*
]


def _role_text(match: re.Match[str]) -> str:
    """What Sphinx shows for a role: its title, or with ``~`` the last name only."""
    target = match.group(1)
    titled = re.fullmatch(r"(.*?)\s*<[^>]*>", target)
    if titled:
        return titled.group(1)
    return target[1:].rsplit(".", 1)[-1] if target.startswith("~") else target


def _plain(text: str) -> str:
    """reST docstring markup taken out, for a terminal: roles, literals, emphasis."""
    text = _ROLE.sub(_role_text, text)
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    err: TextIO = sys.stderr
    registered = _register_rules(args.rules, err)
    if registered is None:
        return EXIT_USAGE
    try:
        return _run(args, err)
    except Exception:  # a bug: say so, distinctly from "some inputs failed"
        traceback.print_exc(file=err)
        print("newsparse: internal error (a bug; please report it with the above)", file=err)
        return EXIT_INTERNAL
    finally:
        for name in registered:
            unregister(name)


def _run(args: argparse.Namespace, err: TextIO) -> int:
    out: TextIO = sys.stdout
    if args.command == "parsers":
        for name, parser in parsers().items():
            about = getattr(parser, "description", None) or type(parser).__doc__
            doc = _plain(about or "").strip().splitlines()
            out.write(f"{name:<14} {doc[0] if doc else ''}\n")
        return 0
    if args.command == "explain":
        if url := _url_problem(args.path, "explain"):
            print(f"newsparse: error: {url}", file=err)
            return 2
        try:
            out.write(explain(_read_input(args.path), parser=args.parser, width=args.width))
        except NewsparseError as exc:
            print(printable(f"newsparse: {args.path}: {exc}"), file=err)
            return 2 if isinstance(exc, UnknownParserError) else 1
        return 0
    return _cmd_parse(args, out, err)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
