"""What the evidence stage gives: evidence hits, each a judged sentence with its citation, the
figures read beside them, and what a document's evidence is as a whole."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from tvpa_scorer.rules.model import Effect


@dataclass(frozen=True, slots=True)
class Place:
    """A sentence of an answer: its citation, its span in the original file, its text."""

    cable: str
    citation: str
    paragraph: int | None
    key: str | None
    start: int
    end: int
    line: int
    quote: str


@dataclass(frozen=True, slots=True)
class EvidenceHit:
    rule_id: str
    place: Place
    matched: str
    effect: Effect
    weight: float
    modifiers: tuple[str, ...]
    vetoed_by: str | None
    answer: tuple[str, int]  # (cable, answer index): a rule counts once per answer
    repeat_of: tuple[str, int] | None = None  # the earlier answer this text repeats
    clause: int = 0  # which clause of its sentence the match stands in
    asserted: bool = True  # False in a clause that only concedes ("although ...")


@dataclass(frozen=True, slots=True)
class FoundNumber:
    what: str
    value: float
    unit: str
    place: Place
    start: int
    end: int
    modifiers: tuple[str, ...]
    vetoed_by: str | None
    criteria: frozenset[str]


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the rules found in a document, and which answers speak to each criterion."""

    hits: tuple[EvidenceHit, ...]
    numbers: tuple[FoundNumber, ...]
    mentions: dict[str, int]
    pointers: dict[str, tuple[EvidenceHit, ...]]  # per criterion: answers that only point
    # per criterion: sentences naming one of its core concepts that none of its rules judged
    unjudged: dict[str, tuple[Place, ...]] = dataclasses.field(default_factory=dict)
