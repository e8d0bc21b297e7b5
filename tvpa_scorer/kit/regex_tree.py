"""The tree a regex is read into (kit/regex_syntax.py parses it): literals, classes, anchors,
groups, lookarounds, alternations and repeats, each a frozen value.

The tree has the shape re's own parser gives it, since the prefilter's word lists were first
read from that: a group with neither a number nor flags is opened up into the sequence
around it, an item that starts every alternative is moved out in front of them, and
alternatives of one character each become a single class.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import Enum

# More rounds than re allows in {m,n}: a repeat with no upper bound.
UNBOUNDED = sys.maxsize


class Category(Enum):
    """A class escape, valued as written."""

    DIGIT = r"\d"
    NOT_DIGIT = r"\D"
    SPACE = r"\s"
    NOT_SPACE = r"\S"
    WORD = r"\w"
    NOT_WORD = r"\W"


class Anchor(Enum):
    """A zero-width position test, valued as written."""

    LINE_START = "^"
    LINE_END = "$"
    TEXT_START = r"\A"
    TEXT_END = r"\Z"
    WORD_EDGE = r"\b"
    NOT_WORD_EDGE = r"\B"


@dataclass(frozen=True, slots=True)
class Literal:
    """One character, as written (re.IGNORECASE also takes its other cases)."""

    character: str


@dataclass(frozen=True, slots=True)
class Range:
    """The characters from `first` to `last` in a class, as [a-z]."""

    first: str
    last: str


@dataclass(frozen=True, slots=True)
class Class:
    r"""Any one character the items match ([a-z\s], \d), or any other one when negated."""

    items: tuple[Literal | Range | Category, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class AnyCharacter:
    """'.': any character but a line break (any at all with re.DOTALL)."""


@dataclass(frozen=True, slots=True)
class Backreference:
    """The text a numbered group matched, again: \\1 or (?P=name)."""

    group: int


@dataclass(frozen=True, slots=True)
class Group:
    """(...) numbered from 1, (?P<name>...), or (?flags:...) with no number."""

    body: Sequence
    number: int | None = None
    name: str | None = None
    flags: str = ""  # as written: "i", "-i", "i-s"


@dataclass(frozen=True, slots=True)
class Lookaround:
    """(?=...), (?!...), (?<=...) or (?<!...): a test of the text ahead or behind."""

    body: Sequence
    ahead: bool
    negative: bool


@dataclass(frozen=True, slots=True)
class Alternation:
    """a|b|c: any one of the branches."""

    branches: tuple[Sequence, ...]


@dataclass(frozen=True, slots=True)
class Repeat:
    """The body `low` to `high` times (UNBOUNDED for * and +), fewest first when lazy."""

    body: Sequence
    low: int
    high: int
    lazy: bool = False


Node = (Literal | Class | AnyCharacter | Anchor | Backreference | Group | Lookaround
        | Alternation | Repeat)
Sequence = tuple[Node, ...]
