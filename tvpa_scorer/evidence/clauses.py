"""A sentence -> its clauses, so that who acted, whether it was done and whether it was negated
are read for each clause and not for the sentence as a whole.

    "The reception centre, which the ministry opened in May, will house 40 victims and has
     already accommodated 17 women, but it has no beds for men."

reads as five clauses: "The reception centre" (main), "which the ministry opened in May"
(relative, about the centre), "will house 40 victims" (continuing the centre's clause),
"and has already accommodated 17 women" (coordinate, same subject), "but it has no beds
for men" (contrast). The words that open each kind are data: `clauses` in context.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.kit.patterns import TextWords
from tvpa_scorer.rules.model import ClauseWords


class ClauseKind(Enum):
    MAIN = "main"              # a clause with a subject of its own
    RELATIVE = "relative"      # ", which ...": about its antecedent
    CONTINUED = "continued"    # the main clause again, after a relative clause
    COORDINATE = "coordinate"  # "... and has opened": the subject of the clause before
    CONTRAST = "contrast"      # "but", "however": a turn the sentence leans on
    CONCESSIVE = "concessive"  # "although", "while": conceded, not asserted


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    kind: ClauseKind
    subject: int | None = None     # the clause whose subject this one shares
    antecedent: int | None = None  # for a relative clause, the clause it describes


_COMMA = re.compile(r",\s")
_AND = re.compile(r"(,\s*|\s+)and\s+", re.IGNORECASE)
_SEMICOLON = re.compile(r";")
# "workshops organised and financed by IOM": two participles sharing one agent, not two clauses
_PARTICIPLE_BEFORE = re.compile(r"(?:\w+ed|run|built|written|taught|given|held|paid for)$",
                                re.IGNORECASE)
_SHARED_AGENT = re.compile(r"[\w-]+\s+by\b", re.IGNORECASE)
_SPACE = re.compile(r"\s*")
_SHARING = (ClauseKind.CONTINUED, ClauseKind.COORDINATE)
_OPENING_KINDS = {"contrast": ClauseKind.CONTRAST, "concessive": ClauseKind.CONCESSIVE,
                  "relative": ClauseKind.RELATIVE}
_EDGE = frozenset(", \n\t")


def read_clauses(text: str, start: int, end: int, words: ClauseWords,
                 text_words: TextWords | None = None) -> tuple[Clause, ...]:
    """The clauses of the sentence text[start:end], in order, covering it; `text_words` are
    the words of the whole text, when already read."""
    opens = sorted(_openings(text, start, end, words, text_words))
    clauses: list[Clause] = []
    begin, kind, link = start, ClauseKind.MAIN, (None, None)
    closes_at_comma = False
    for position, resume, new_kind, after in opens:
        if position < begin:
            continue
        if closes_at_comma:
            comma = _COMMA.search(text, begin, position)
            if comma is not None:  # the relative or concessive clause ended first
                clauses.append(_clause(begin, comma.start(), kind, link))
                begin, kind, link = comma.end(), *_after(clauses)
        clauses.append(_clause(begin, position, kind, link))
        begin, kind = resume, new_kind
        link = _link(new_kind, clauses)
        if new_kind is ClauseKind.CONTRAST and words.shared_subject is not None \
                and words.shared_subject.match(text, after):
            # "...is ready in Osh but has not yet received anyone": the same subject goes on
            link = (_subject_of(clauses, len(clauses) - 1), None)
        closes_at_comma = new_kind in (ClauseKind.RELATIVE, ClauseKind.CONCESSIVE)
    if closes_at_comma:
        comma = _COMMA.search(text, begin, end)
        if comma is not None:
            clauses.append(_clause(begin, comma.start(), kind, link))
            begin, kind, link = comma.end(), *_after(clauses)
    clauses.append(_clause(begin, end, kind, link))
    return tuple(_stripped(text, clause) for clause in clauses if clause.end > clause.start)


def _stripped(text: str, clause: Clause) -> Clause:
    """The clause without the white space and commas around it."""
    start, end = clause.start, clause.end
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return Clause(start, end, clause.kind, clause.subject, clause.antecedent)


def _openings(text: str, start: int, end: int, words: ClauseWords,
              text_words: TextWords | None):
    """(where the clause before ends, where the new one starts, its kind, where the words
    after its opening word start) for each opening."""
    for match in _SEMICOLON.finditer(text, start, end):
        yield match.start(), match.end(), ClauseKind.MAIN, match.end()
    if words.openings is not None:
        for _, match in words.openings.finditer(text, text_words, start, end):
            kind = _OPENING_KINDS[match.lastgroup]
            if match.start() > start or kind is ClauseKind.CONCESSIVE:
                after = _SPACE.match(text, match.end()).end()
                yield _trimmed(text, start, match.start()), match.start(), kind, after
    for match in _AND.finditer(text, start, end):
        after = match.end()
        if "," not in match.group(1) and _SHARED_AGENT.match(text, after) \
                and _PARTICIPLE_BEFORE.search(text, start, match.start()):
            continue
        if words.shared_subject is not None and words.shared_subject.match(text, after):
            yield match.start(), match.start(), ClauseKind.COORDINATE, after
        elif "," in match.group(1) and words.new_subject is not None \
                and words.new_subject.match(text, after):
            yield match.start(), match.start(), ClauseKind.MAIN, after


def _trimmed(text: str, start: int, position: int) -> int:
    """Where the clause before an opening word ends: before the comma and space leading to it."""
    while position > start and text[position - 1] in ", \n\t":
        position -= 1
    return position


def _link(kind: ClauseKind, clauses: list[Clause]) -> tuple[int | None, int | None]:
    """(subject, antecedent) of a clause of this kind opening after `clauses`."""
    last = len(clauses) - 1
    if kind is ClauseKind.RELATIVE:
        return None, last
    if kind is ClauseKind.COORDINATE:
        return _subject_of(clauses, last), None
    return None, None


def _after(clauses: list[Clause]) -> tuple[ClauseKind, tuple[int | None, int | None]]:
    """What follows the comma that closes a relative or concessive clause."""
    closed = clauses[-1]
    if closed.kind is ClauseKind.RELATIVE and closed.antecedent is not None:
        return ClauseKind.CONTINUED, (_subject_of(clauses, closed.antecedent), None)
    return ClauseKind.MAIN, (None, None)


def _subject_of(clauses: list[Clause], index: int) -> int:
    """The clause that holds the subject clause `index` shares, following the chain back."""
    while clauses[index].kind in _SHARING and clauses[index].subject is not None:
        index = clauses[index].subject
    return index


def _clause(start: int, end: int, kind: ClauseKind, link: tuple[int | None, int | None]
            ) -> Clause:
    subject, antecedent = link
    return Clause(start, end, kind, subject, antecedent)
