"""Lines of a cable and the line-level shapes the reader recognises."""

from __future__ import annotations

import re
import string
from array import array
from dataclasses import dataclass

# \f is a line break too: some mirrors keep the teletype's form feeds between pages.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\f]")

# Portion markings that open a paragraph: (U), (SBU), (C), (S//NF)...
MARKING = r"\((?:U|SBU|C|S|LOU|FOUO|SBU/NF|C/NF|S/NF|S//NF|C//NF|U//FOUO|U//SBU)\)"

# "MEXICO 00000722 002 OF 008": the page header Cablegate leaves where each section began.
_PAGE_BREAK = re.compile(
    r"^\s*(?:[A-Z][A-Z.'&-]*\s+){1,4}\d{5,8}\s+\d{1,3}\s+OF\s+\d{1,3}\s*$"
    r"|^\s*PAGE\s+\d{1,3}\s+[A-Z][A-Z ]*\d{3,8}\s+\d{6}Z\s*$"
)
BANNER = re.compile(
    r"(?P<classification>UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE"
    r"|C O N F I D E N T I A L|S E C R E T)"
    r"(?:\s+E\s*F\s*T\s*O)?"
    r"\s+(?:SECTION\s+(?P<section>\d{1,2})\s+OF\s+(?P<sections>\d{1,2})\s+)?"
    r"(?P<post>[A-Z][A-Z]+(?:\s[A-Z][A-Z]+){0,2})\s+(?P<number>\d{3,8})\s*$"
)
_BANNER_INITIALS = frozenset("UCSL")
_RULE = re.compile(r"^\s*[-=_*~]{3,}(?:\s+[-=_*~]{3,})*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:--?(?!-)|[*•·o]\s|\(?[a-z0-9ivx]{1,3}\)\s)")
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_SIGNATURE = re.compile(r"^\s*[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,2}\s*$")
# Deleting the ASCII letters of one case counts them far faster than a regex finds them.
_WITHOUT_UPPER = str.maketrans("", "", string.ascii_uppercase)
_WITHOUT_LOWER = str.maketrans("", "", string.ascii_lowercase)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the original text: its number (1-based), offsets and text without the break."""

    number: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


class Lines:
    """The lines of a text, kept as offsets; each Line is made only when asked for.

    A 20 MB cable has some 400,000 lines: as objects they would cost more than the
    text itself, as two arrays of offsets they cost a few megabytes.
    """

    __slots__ = ("ends", "first", "starts", "stop", "text")

    def __init__(self, text: str, starts: array, ends: array, first: int, stop: int) -> None:
        self.text, self.starts, self.ends, self.first, self.stop = text, starts, ends, first, stop

    def __len__(self) -> int:
        return self.stop - self.first

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, _ = index.indices(len(self))
            return Lines(self.text, self.starts, self.ends, self.first + start,
                         self.first + max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._line(self.first + index)

    def __iter__(self):
        for position in range(self.first, self.stop):
            yield self._line(position)

    def _line(self, position: int) -> Line:
        start, end = self.starts[position], self.ends[position]
        return Line(position + 1, start, end, self.text[start:end])


def split_lines(text: str) -> Lines:
    """Split text into lines, keeping each line's offsets into the text."""
    starts, ends = array("q"), array("q")
    start = 0
    for match in _LINE_BREAK.finditer(text):
        starts.append(start)
        ends.append(match.start())
        start = match.end()
    if start < len(text):
        starts.append(start)
        ends.append(len(text))
    return Lines(text, starts, ends, 0, len(starts))


def squeeze(text: str) -> str:
    """Collapse runs of white space, as OCR'd and mirrored cables double them."""
    return " ".join(text.split())


def is_page_break(text: str) -> bool:
    return bool(_PAGE_BREAK.match(text))


def is_banner(text: str) -> bool:
    stripped = text.lstrip()
    return stripped[:1] in _BANNER_INITIALS and bool(BANNER.fullmatch(squeeze(stripped)))


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text))


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_signature(text: str) -> bool:
    """A drafter's surname closing a cable: 'GARZA', 'DELL'."""
    stripped = text.strip()
    return len(stripped) <= 30 and bool(_SIGNATURE.match(stripped))


def is_capitals(text: str) -> bool:
    """Mostly upper-case letters, as cable headings and header lines are."""
    lower = len(text) - len(text.translate(_WITHOUT_LOWER))
    if 5 * lower > len(text):  # prose: rejected without counting the capitals
        return False
    upper = len(text) - len(text.translate(_WITHOUT_UPPER))
    return upper + lower >= 3 and upper >= 4 * lower
