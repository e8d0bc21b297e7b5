"""Paragraph blocks -> section headings and units (keyed answers, numbered paragraphs, text).

A heading only opens a section when a new unit follows it; otherwise it is a sub-heading
inside an answer (08MEXICO722's "University forums" inside Prevention A). Paragraph
numbers must rise, so a numbered list inside an answer does not split the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tvpa_scorer.cables.layout import Block
from tvpa_scorer.cables.lines import ends_sentence, is_capitals
from tvpa_scorer.cables.units import Opening, UnitStart, key_letters, match_unit_start

_HEADING_MAX = 90
_SECTION_TITLE_WORDS = 14
_TITLE_TRIM = re.compile(r"^[-\s]+|[-:\s]+$")


@dataclass(frozen=True, slots=True)
class Heading:
    title: str
    number: int | None
    clean_start: int
    clean_end: int


@dataclass(frozen=True, slots=True)
class Unit:
    """Consecutive blocks forming one answer or paragraph, under the heading in force."""

    opening: UnitStart | None
    clean_start: int
    clean_end: int
    line: int
    heading: Heading | None


@dataclass
class _Walk:
    """State while walking the blocks in order."""

    clean: str
    headings: list[Heading] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    current: list[Block] = field(default_factory=list)
    opening: UnitStart | None = None
    pending: list[Block] = field(default_factory=list)
    heading: Heading | None = None
    last_paragraph: int | None = None
    last_key: str | None = None


def find_units(clean: str, blocks: tuple[Block, ...]) -> tuple[list[Heading], list[Unit]]:
    """Group blocks into units and the headings they stand under."""
    walk = _Walk(clean)
    for block in blocks:
        text = clean[block.clean_start:block.clean_end]
        opening = _accepted_opening(walk, match_unit_start(text))
        if opening and opening.opening is Opening.PARAGRAPH and _is_section_title(text, opening,
                                                                                   block):
            _close(walk)
            walk.pending.clear()
            _open_heading(walk, Heading(_title(text[opening.content_start:]), opening.paragraph,
                                        block.clean_start, block.clean_end))
            walk.last_paragraph = opening.paragraph
        elif opening:
            _close(walk)
            if walk.pending:
                _open_heading(walk, _heading_of(walk.pending[-1], clean))
                walk.pending.clear()
            _open_unit(walk, opening, block)
        elif _looks_like_heading(text, block):
            walk.pending.append(block)
        else:
            _continue(walk, block)
    if walk.opening is not None:
        walk.current.extend(walk.pending)
    else:
        walk.units.extend(Unit(None, block.clean_start, block.clean_end, block.line, walk.heading)
                          for block in walk.pending)
    _close(walk)
    return walk.headings, walk.units


def _accepted_opening(walk: _Walk, opening: UnitStart | None) -> UnitStart | None:
    if opening is None:
        return None
    if opening.opening is Opening.PARAGRAPH:
        rising = walk.last_paragraph is None or opening.paragraph > walk.last_paragraph
        return opening if rising else None
    if opening.opening is Opening.BARE_LETTER:
        return opening if _next_letter(walk.last_key, opening.key) else None
    return opening


def _next_letter(previous: str | None, key: str) -> bool:
    """Bare letters ("B. ...") count as keys only while they run A, B, C... (a range "E-F"
    runs from its first letter, and the next runs on from its last)."""
    first = key_letters(key)[0]
    if previous is None or len(key_letters(previous)[-1]) != 1:
        return first == "A"
    return ord(first) == ord(key_letters(previous)[-1]) + 1


def _is_section_title(text: str, opening: UnitStart, block: Block) -> bool:
    """`¶2. Prevention:` or `¶3. Investigation and Prosecution of Traffickers:`."""
    title = text[opening.content_start:].strip()
    words = len(title.split())
    short = 0 < words <= _SECTION_TITLE_WORDS and ". " not in title
    return short and (title.endswith(":") or block.ruled)


def _looks_like_heading(text: str, block: Block) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > _HEADING_MAX or "\n" in stripped:
        return False
    if block.ruled:
        return True
    if stripped.endswith(":") and len(stripped.split()) <= 6:
        return True
    return is_capitals(stripped) and not ends_sentence(stripped.rstrip(":"))


def _heading_of(block: Block, clean: str) -> Heading:
    return Heading(_title(clean[block.clean_start:block.clean_end]), None, block.clean_start,
                   block.clean_end)


def _title(text: str) -> str:
    return " ".join(_TITLE_TRIM.sub("", text).split())


def _open_heading(walk: _Walk, heading: Heading) -> None:
    walk.headings.append(heading)
    walk.heading = heading
    walk.last_key = None


def _open_unit(walk: _Walk, opening: UnitStart, block: Block) -> None:
    walk.opening = opening
    walk.current = [block]
    numbered_section = walk.heading is not None and walk.heading.number is not None
    if numbered_section and opening.opening is Opening.PARAGRAPH:
        # "¶5. Post point of contact..." after "¶4. Protection:" is a sibling, not a member.
        walk.heading = None
    if opening.paragraph is not None:
        walk.last_paragraph = opening.paragraph
    walk.last_key = opening.key


def _continue(walk: _Walk, block: Block) -> None:
    """A block without an opening continues the open unit; outside one it stands alone."""
    if walk.opening is not None:
        walk.current.extend(walk.pending)
        walk.current.append(block)
    else:
        if walk.pending:
            _open_heading(walk, _heading_of(walk.pending[-1], walk.clean))
        walk.units.append(Unit(None, block.clean_start, block.clean_end, block.line, walk.heading))
    walk.pending.clear()


def _close(walk: _Walk) -> None:
    if walk.current:
        first, last = walk.current[0], walk.current[-1]
        walk.units.append(Unit(walk.opening, first.clean_start, last.clean_end, first.line,
                               walk.heading))
    walk.current = []
    walk.opening = None
