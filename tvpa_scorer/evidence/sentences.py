"""Answer text -> sentence spans: the unit a piece of evidence is quoted by and a modifier's
scope stops at."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Full stops that end no sentence in cable prose.
_ABBREVIATIONS = frozenset("""
    u.s u.n u.k e.g i.e etc dr mr mrs ms no nos art arts st gen sen amb jan feb mar apr
    jun jul aug sep sept oct nov dec inc co corp ltd vs approx est gov govt dept para
    paras ref p pp fig jr sr lt col capt sgt rep hon d.c a.m p.m min sec reg cf al
""".split())  # noqa: SIM905 (a word list reads better as text)
_BOUNDARY = re.compile(
    r"(?P<stop>[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9¶-])"  # a full stop before a capital
    r"|\n\s*\n"                                               # a paragraph break
    r"|\n(?=\s*(?:--|[-*•]\s))")                               # a list item on its own line
# A sentence may end on "U.S." or "U.K."; these words then start the next one.
_COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n"})
_STARTER = re.compile(r"(The|This|These|That|Those|It|In|On|He|She|They|We|Its|Their|A|An|"
                      r"According|However|Since|During)\b")
# A word, not the letter of a key: "See 28C. The NGO..." ends a sentence, "Mark P. Lagon" not.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of one text as (start, end) spans, found once."""

    text: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def containing(self, offset: int) -> int:
        """Index of the sentence holding `offset`."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def text_of(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]


def split_sentences(text: str) -> Sentences:
    """Split at sentence ends, paragraph breaks and list items, never at 'U.S.' or 'Mark P.'."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match["stop"] == "." and _ends_abbreviation(text[start:match.start()],
                                                       text[match.end():match.end() + 12]):
            continue
        end = match.start() + (1 if match["stop"] else 0)
        _add(spans, text, start, end)
        start = match.end()
    _add(spans, text, start, len(text))
    return Sentences(text, tuple(spans), tuple(start for start, _ in spans))


def _ends_abbreviation(before: str, after: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    token = word.group(1).lower().strip(".")
    if token in _COUNTRY_ABBREVIATIONS and _STARTER.match(after):
        return False  # "...on their way to the U.S. The GOM is working..."
    return token in _ABBREVIATIONS or len(token) == 1


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
