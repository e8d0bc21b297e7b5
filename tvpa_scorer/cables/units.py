"""How a unit of a cable body opens: the answer-key and paragraph-number styles embassies use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.cables.lines import MARKING

_NUMBER = r"(?:¶\s*)?(?P<para>\d{1,3})[.)]"
# A letter, or a range answered together: "20A-B.", "-- E. - F."
_LETTERS = r"(?P<key>[A-Z])(?:[.)]?\s?[-–]\s?(?P<last>[A-Z]))?"
_MARK = rf"(?:(?P<mark>{MARKING})\s*)?"
# The questionnaire's own section names, which some posts put before each letter.
_SECTION_NAMES = (r"(?i:overview|(?:the\s)?TIP\ssituation|situation|prevention|prosecution"
                  r"|investigation(?:\sand\sprosecution)?|protection|victim\sprotection"
                  r"|protection\sand\sassistance)")


class Opening(Enum):
    QUESTION = "question"            # 27. (SBU) QUESTION E: ... POST RESPONSE: ...
    TASKER_PAIR = "tasker_pair"      # 139. (U) (27/F) ...
    TASKER_LETTER = "tasker_letter"  # -- 27 A. (SBU) ...   18A. ...
    DASH_LETTER = "dash_letter"      # -- A. ...
    SECTION_LETTER = "section_letter"  # PROSECUTION A. ...   TIP SITUATION B: ...
    BARE_LETTER = "bare_letter"      # A. ...  (only where the letters run in sequence)
    PARAGRAPH = "paragraph"          # 27. ...   ¶1. ...


_PATTERNS = (
    (Opening.QUESTION, re.compile(
        rf"^(?:{_NUMBER}\s+)?{_MARK}(?:QUESTION|Question|Q\.)\s*"
        r"(?P<key>[A-Z]{1,2}|\d{1,2}[A-Z]?)\s*[:.)-]\s*")),
    (Opening.TASKER_PAIR, re.compile(
        rf"^(?:{_NUMBER}\s+)?{_MARK}\((?P<tpara>\d{{1,3}})\s*/\s*(?P<key>[A-Z])\)\s*"
        rf"(?:{MARKING}\s*)?")),
    (Opening.TASKER_LETTER, re.compile(
        rf"^(?:--?\s*)?(?P<tpara>\d{{1,3}})\s?{_LETTERS}[.)]\s+{_MARK}")),
    (Opening.DASH_LETTER, re.compile(rf"^--?\s*{_LETTERS}[.)]\s*{_MARK}")),
    (Opening.SECTION_LETTER, re.compile(
        rf"^(?:--?\s*)?(?P<section>{_SECTION_NAMES})[\s,-]+{_LETTERS}[.:)]\s+{_MARK}")),
    (Opening.BARE_LETTER, re.compile(rf"^(?P<key>[A-Z])[.)]\s+{_MARK}")),
    (Opening.PARAGRAPH, re.compile(rf"^{_NUMBER}\s+{_MARK}(?=\S)")),
)
# Letters with no number of their own: they stand in the paragraph or section around them.
LETTERED = (Opening.DASH_LETTER, Opening.BARE_LETTER, Opening.SECTION_LETTER)
# Openings that start a unit wherever they stand; the others need context (see structure.py).
_UNCONDITIONAL = (Opening.QUESTION, Opening.TASKER_PAIR, Opening.TASKER_LETTER,
                  Opening.DASH_LETTER, Opening.SECTION_LETTER, Opening.PARAGRAPH)
# Inline paragraph numbers inside one long line, as some mirrors flatten a cable:
# "... END SUMMARY 2. (U) The regional ..."
# Every opening starts with one of these; most lines don't, and are dismissed at once.
_MAY_OPEN = re.compile(rf"[\d¶(-]|Q|[A-Z][.)]|{_SECTION_NAMES}")
INLINE_PARAGRAPH = re.compile(rf"(?<=\S)\s+(?={_NUMBER}\s+{MARKING}\s)")


@dataclass(frozen=True, slots=True)
class UnitStart:
    """The opening of a unit: its style, key, numbers, marking, and where its content begins."""

    opening: Opening
    key: str | None
    paragraph: int | None
    tasker_paragraph: int | None
    marking: str | None
    content_start: int
    section_name: str | None = None  # "Prosecution" in "Prosecution A."


def match_unit_start(text: str) -> UnitStart | None:
    """Recognise the opening of a unit at the start of `text` (white space already squeezed)."""
    if not _MAY_OPEN.match(text):
        return None
    for opening, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            key, last = groups.get("key"), groups.get("last")
            return UnitStart(
                opening=opening,
                key=f"{key}-{last}" if last and last > key else key,
                paragraph=int(groups["para"]) if groups.get("para") else None,
                tasker_paragraph=int(groups["tpara"]) if groups.get("tpara") else None,
                marking=(groups.get("mark") or "").strip("()") or None,
                content_start=match.end(),
                section_name=groups.get("section"),
            )
    return None


def key_letters(key: str) -> tuple[str, ...]:
    """The letters a key answers: 'E-F' answers E and F; 'B' and '12' answer themselves."""
    first, _, last = key.partition("-")
    if len(first) == 1 and len(last) == 1 and first < last:
        return tuple(chr(code) for code in range(ord(first), ord(last) + 1))
    return (key,)


def starts_unit(text: str) -> bool:
    """True when `text` opens a unit whatever surrounds it (used to find where the body begins)."""
    start = match_unit_start(text.strip())
    return start is not None and start.opening in _UNCONDITIONAL
