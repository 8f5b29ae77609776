"""A static guard against catastrophic backtracking in rules-file patterns.

Python's ``re`` backtracks: a pattern such as ``(a+)+x`` takes time
exponential in the length of a line of ``a``s, and ``\\w+\\w+x`` cubic time.
A rules file comes from a user, so its patterns are walked here, on the parse
tree of ``re``'s own parser, before they are used. The guard looks for three
shapes (see docs/rules.md, "Pattern guard"):

- a repetition whose body can end one iteration and start the next in more
  than one way: an inner quantifier whose characters can also follow it
  (``(a+)+``, ``(a*)*``, ``(\\w+\\s?)*``; not ``(?:[\\w ]+ >)*``, where the
  ``>`` that must follow fixes where each repetition ends);
- a repeated alternation whose branches can start with the same character
  or can both match nothing (``(a|a)*``, ``(a|aa)*``);
- in a pattern not anchored with ``^``, two unbounded quantifiers over
  overlapping characters with only optional items between them and something
  after them that can fail (``\\w+\\w+x``, ``\\d+\\s*\\d+$``).

It compares characters by probing a fixed sample (ASCII, some common
non-ASCII letters, digits and spaces, and every character the pattern names),
so it errs towards refusing. It does not prove a pattern safe: see docs/rules.md.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from .._errors import PatternRisk

__all__ = ["MAX_PATTERN_LENGTH", "PatternRisk", "check_pattern"]

#: Longer patterns are refused: nothing a rules file needs is this long.
MAX_PATTERN_LENGTH = 1000

# re._parser (3.11+) was sre_parse before; both give the same tree.
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_MAXREPEAT: int = _parser.MAXREPEAT

_CATEGORIES = {
    "CATEGORY_DIGIT": re.compile(r"\d"),
    "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
    "CATEGORY_SPACE": re.compile(r"\s"),
    "CATEGORY_NOT_SPACE": re.compile(r"\S"),
    "CATEGORY_WORD": re.compile(r"\w"),
    "CATEGORY_NOT_WORD": re.compile(r"\W"),
}
_SAMPLE = "".join(map(chr, range(128))) + "\xa0\xe9\xdf\u00c9\u4e2d\u3000\u2014\u2019\u200b\u0663"
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT")
_SINGLE = ("LITERAL", "NOT_LITERAL", "ANY", "IN")
_ANCHORS = ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE")
_CAN_FAIL = ("AT", "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS")

Item = tuple[Any, Any]  # (opcode, argument), as the parser gives them
Atom = tuple[str, Any]  # one single-character item: LITERAL, NOT_LITERAL, ANY or IN


def check_pattern(pattern: str) -> None:
    """Raise :class:`PatternRisk` if ``pattern`` has a catastrophic-backtracking shape.

    ``pattern`` must already compile.
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternRisk(
            f"the pattern is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}"
        )
    try:
        tree = _parser.parse(pattern)
        _Guard(pattern, tree).check(list(tree))
    except RecursionError:
        raise PatternRisk("the pattern is nested too deeply") from None


def _name(op: Any) -> str:
    return str(getattr(op, "name", op))


class _Guard:
    def __init__(self, pattern: str, tree: Any) -> None:
        flags = int(tree.state.flags)
        self.ignore_case = bool(flags & re.IGNORECASE) or "(?i" in pattern
        named = {c for c in pattern if ord(c) > 127}
        self.sample = _SAMPLE + "".join(sorted(named))
        self.cache: dict[tuple[str, str], frozenset[str]] = {}

    # --- what an item can start with -------------------------------------

    def first(self, seq: Sequence[Item]) -> tuple[list[Atom], bool]:
        """The atoms a match of ``seq`` can start with, and whether it can be empty."""
        atoms: list[Atom] = []
        for op, av in seq:
            found, empty = self.first_item(_name(op), av)
            atoms += found
            if not empty:
                return atoms, False
        return atoms, True

    def first_item(self, name: str, av: Any) -> tuple[list[Atom], bool]:
        if name in _SINGLE:
            return [(name, av)], False
        if name == "SUBPATTERN":
            return self.first(av[-1])
        if name == "ATOMIC_GROUP":
            return self.first(av)
        if name in (*_REPEATS, "POSSESSIVE_REPEAT"):
            atoms, empty = self.first(av[2])
            return atoms, empty or av[0] == 0
        if name in ("BRANCH", "GROUPREF_EXISTS"):
            atoms = []
            empty = name == "GROUPREF_EXISTS" and av[2] is None
            for seq in _branches(name, av):
                found, can_be_empty = self.first(seq)
                atoms += found
                empty = empty or can_be_empty
            return atoms, empty
        if name == "GROUPREF":
            return [("ANY", None)], True
        return [], True  # anchors and lookarounds match no characters

    # --- comparing characters ----------------------------------------------

    def overlap(self, a: list[Atom], b: list[Atom]) -> bool:
        return bool(a and b and self.chars(a) & self.chars(b))

    def chars(self, atoms: list[Atom]) -> set[str]:
        """The characters of the sample that ``atoms`` match."""
        out: set[str] = set()
        for atom in atoms:
            key = (atom[0], repr(atom[1]))
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = frozenset(
                    ch for ch in self.sample if self.matches([atom], ch)
                )
            out |= found
        return out

    def matches(self, atoms: list[Atom], ch: str) -> bool:
        forms = (
            {c for c in (ch, ch.lower(), ch.upper()) if len(c) == 1} if self.ignore_case else {ch}
        )
        return any(_atom_has(atom, c) for atom in atoms for c in forms)

    # --- the checks ------------------------------------------------------------

    def check(self, seq: Sequence[Item]) -> None:
        self.walk(seq)
        flat = _flatten(seq)
        anchored = bool(flat) and _name(flat[0][0]) == "AT" and _name(flat[0][1]) in _ANCHORS
        if not anchored:
            self.adjacent(flat, tail_can_fail=False)

    def walk(self, seq: Sequence[Item]) -> None:
        """Every repetition that can run more than once, at any depth."""
        for op, av in seq:
            name = _name(op)
            if name in _REPEATS and av[1] > 1:
                body = list(av[2])
                self.repeated(body, self.first(body)[0])
            for inner in _children(name, av):
                self.walk(inner)

    def repeated(self, seq: Sequence[Item], after: list[Atom]) -> None:
        """Inside a repetition: ``after`` is what can come once ``seq`` has matched."""
        for i, (op, av) in enumerate(seq):
            name = _name(op)
            rest, rest_empty = self.first(seq[i + 1 :])
            follow = rest + after if rest_empty else rest
            if name in _REPEATS:
                body = list(av[2])
                atoms, _ = self.first(body)
                if (
                    av[0] != av[1]
                    and self.overlap(atoms, follow)
                    and self.next_chars_overlap(body, atoms, seq[i + 1 :])
                ):
                    raise PatternRisk(
                        "a quantifier inside a repeated group can stop where the next "
                        "character could still be its own, so the text can be split "
                        "between the repetitions in exponentially many ways "
                        "(like (a+)+ or (\\w+\\s?)*)"
                    )
                self.repeated(body, atoms + follow if av[1] > 1 else follow)
            elif name in ("SUBPATTERN", "BRANCH", "GROUPREF_EXISTS"):
                branches = _branches(name, av) if name != "SUBPATTERN" else [av[-1]]
                if name == "BRANCH":
                    self.alternatives(branches, follow)
                for branch in branches:
                    self.repeated(branch, follow)

    def next_chars_overlap(
        self, body: Sequence[Item], atoms: list[Atom], rest: Sequence[Item]
    ) -> bool:
        """Whether a one-character repetition can also take each character that must follow.

        In ``(?:[\\w ]{1,30} >)*`` the space after the class is also in it, but
        the ``>`` is not, so each repetition ends in one place only.
        """
        if len(body) != 1 or _name(body[0][0]) not in _SINGLE:
            return True
        for op, av in rest:
            name = _name(op)
            if name not in _SINGLE:
                return True
            if not self.overlap(atoms, [(name, av)]):
                return False
        return True

    def alternatives(self, branches: Sequence[Sequence[Item]], follow: list[Atom]) -> None:
        starts: list[list[Atom]] = []
        empties = 0
        for branch in branches:
            atoms, empty = self.first(branch)
            empties += empty
            starts.append(atoms + follow if empty else atoms)
        seen: set[str] = set()
        overlapping = False
        for atoms in starts:
            chars = self.chars(atoms)
            overlapping = overlapping or bool(seen & chars)
            seen |= chars
        if empties > 1 or overlapping:
            raise PatternRisk(
                "a repeated alternation has branches that can match the same text, "
                "so each repetition can try them all (like (a|a)* or (a|ab)*)"
            )

    def adjacent(self, flat: Sequence[Item], tail_can_fail: bool) -> None:
        """Two unbounded quantifiers over the same characters, then something that can fail."""
        for i, (op, av) in enumerate(flat):
            name = _name(op)
            if name == "BRANCH":
                fails = tail_can_fail or _can_fail(self, flat[i + 1 :])
                for branch in av[1]:
                    self.adjacent(_flatten(branch) + list(flat[i + 1 :]), fails)
                return
            if not _unbounded(name, av):
                continue
            atoms, _ = self.first(list(av[2]))
            for j in range(i + 1, len(flat)):
                other_op, other_av = flat[j]
                other = _name(other_op)
                if (
                    _unbounded(other, other_av)
                    and self.overlap(atoms, self.first(other_av[2])[0])
                    and (tail_can_fail or _can_fail(self, flat[j + 1 :]))
                ):
                    raise PatternRisk(
                        "two unbounded quantifiers over overlapping characters follow "
                        "each other in a pattern not anchored with ^, so a failing "
                        "search takes cubic time (like \\w+\\w+x); anchor it with ^ "
                        "or make the classes disjoint"
                    )
                if not self.first_item(other, other_av)[1]:
                    break


def _atom_has(atom: Atom, ch: str) -> bool:
    name, av = atom
    if name == "ANY":
        return True
    if name == "LITERAL":
        return ch == chr(av)
    if name == "NOT_LITERAL":
        return ch != chr(av)
    negate = False
    found = False
    for op, arg in av:
        kind = _name(op)
        if kind == "NEGATE":
            negate = True
        elif kind == "LITERAL":
            found = found or ch == chr(arg)
        elif kind == "RANGE":
            found = found or arg[0] <= ord(ch) <= arg[1]
        elif kind == "CATEGORY":
            rx = _CATEGORIES.get(_name(arg))
            found = found or rx is None or rx.match(ch) is not None
        else:  # not seen from the parser; assume the worst
            found = True
    return found != negate


def _branches(name: str, av: Any) -> list[Any]:
    if name == "BRANCH":
        return list(av[1])
    return [seq for seq in (av[1], av[2]) if seq is not None]  # GROUPREF_EXISTS


def _children(name: str, av: Any) -> Iterable[Any]:
    if name == "SUBPATTERN":
        return [av[-1]]
    if name in (*_REPEATS, "POSSESSIVE_REPEAT"):
        return [av[2]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [av[1]]
    if name == "ATOMIC_GROUP":
        return [av]
    if name in ("BRANCH", "GROUPREF_EXISTS"):
        return _branches(name, av)
    return []


def _flatten(seq: Iterable[Item]) -> list[Item]:
    """The items of ``seq`` with plain groups opened up."""
    out: list[Item] = []
    for op, av in seq:
        if _name(op) == "SUBPATTERN":
            out += _flatten(av[-1])
        else:
            out.append((op, av))
    return out


def _unbounded(name: str, av: Any) -> bool:
    return name in _REPEATS and av[1] == _MAXREPEAT and av[0] != av[1]


def _can_fail(guard: _Guard, rest: Sequence[Item]) -> bool:
    if not rest:
        return False
    if not guard.first(rest)[1]:
        return True
    return any(_name(op) in _CAN_FAIL for op, _ in _flatten(rest))
