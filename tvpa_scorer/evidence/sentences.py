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
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_CHARACTERS = _LETTERS | {"."}
_LETTERS_AND_DIGITS = _LETTERS | frozenset("0123456789")


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
        if match["stop"] == "." and _ends_abbreviation(_word_before(text, start, match.start()),
                                                       text[match.end():match.end() + 12]):
            continue
        end = match.start() + (1 if match["stop"] else 0)
        _add(spans, text, start, end)
        start = match.end()
    _add(spans, text, start, len(text))
    return Sentences(text, tuple(spans), tuple(start for start, _ in spans))


def _word_before(text: str, start: int, end: int) -> str | None:
    """The word text[start:end] ends on: letters and full stops from a letter that no letter
    or digit precedes, or that a full stop does ("U.S"). Read back from the end, where a
    search would try every character of the sentence so far."""
    if end > start and text[end - 1] == "\n":
        end -= 1  # as `$` does, a word may end before a final line break
    run = end
    while run > start and text[run - 1] in _WORD_CHARACTERS:
        run -= 1
    for position in range(run, end):
        if text[position] in _LETTERS and (
                position == start or text[position - 1] not in _LETTERS_AND_DIGITS):
            return text[position:end]
    return None


def _ends_abbreviation(word: str | None, after: str) -> bool:
    if word is None:
        return False
    token = word.lower().strip(".")
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
