"""The ``newsparse`` command line.

Exit status: 0 when every input parsed, 1 when some input failed (the
others are still parsed and written), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from ._api import DEFAULT_MAX_BYTES, parse
from ._errors import NewsparseError, NewsparseWarning, UnknownParserError
from ._explain import explain
from ._registry import parsers, register, unregister

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn news dumps (pasted text or saved HTML) into structured articles.",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse dumps and print articles as JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help="dump files ('-' reads stdin)")
    p.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default="jsonl",
        help="output format (default: jsonl)",
    )
    p.add_argument("--parser", metavar="NAME", help="force a parser instead of detecting one")
    _add_rules_option(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--url", help="the URL the dump came from (kept on the article)")
    p.add_argument(
        "--full", action="store_true", help="add page, warnings and provenance to each record"
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )

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


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    records: list[dict[str, Any]] = []
    failed = 0
    for path in args.paths:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NewsparseWarning)
                article = parse(
                    _read_input(path), url=args.url, parser=args.parser, max_bytes=args.max_bytes
                )
        except UnknownParserError as exc:
            print(f"newsparse: error: {exc}", file=err)
            return 2
        except NewsparseError as exc:
            failed += 1
            print(f"newsparse: {path}: {exc}", file=err)
            continue
        record = {"path": path, **article.to_dict(full=args.full)}
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    err: TextIO = sys.stderr
    registered = _register_rules(args.rules, err)
    if registered is None:
        return 2
    try:
        return _run(args, err)
    finally:
        for name in registered:
            unregister(name)


def _run(args: argparse.Namespace, err: TextIO) -> int:
    out: TextIO = sys.stdout
    if args.command == "parsers":
        for name, parser in parsers().items():
            about = getattr(parser, "description", None) or type(parser).__doc__
            doc = (about or "").strip().splitlines()
            out.write(f"{name:<14} {doc[0] if doc else ''}\n")
        return 0
    if args.command == "explain":
        try:
            out.write(explain(_read_input(args.path), parser=args.parser, width=args.width))
        except NewsparseError as exc:
            print(f"newsparse: {args.path}: {exc}", file=err)
            return 2 if isinstance(exc, UnknownParserError) else 1
        return 0
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                return _cmd_parse(args, fh, err)
        except OSError as exc:
            print(f"newsparse: cannot write {args.output}: {exc.strerror}", file=err)
            return 2
    return _cmd_parse(args, out, err)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
