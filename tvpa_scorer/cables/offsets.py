"""Cleaned text that remembers, for every character, where it stands in the original file."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from cleaned-text offsets to original-text offsets.

    A verbatim segment copies original characters one for one; an inserted segment
    (a space joining two wrapped lines, say) maps every character to the original
    character it stands for. Keeping segments, not one entry per character, lets a
    20 MB cable be mapped in a few megabytes.
    """

    clean_starts: array
    original_starts: array
    verbatim: bytearray

    def to_original(self, clean_offset: int) -> int:
        """The original offset of the cleaned character at `clean_offset`."""
        index = bisect_right(self.clean_starts, clean_offset) - 1
        if index < 0:
            return 0
        original = self.original_starts[index]
        if self.verbatim[index]:
            return original + clean_offset - self.clean_starts[index]
        return original

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering cleaned characters `start` to `end` (exclusive)."""
        if end <= start:
            position = self.to_original(start)
            return position, position
        return self.to_original(start), self.to_original(end - 1) + 1


_PARTS_PER_CHUNK = 4096


class CleanTextBuilder:
    """Builds cleaned text piece by piece while recording the offset map."""

    def __init__(self, original: str) -> None:
        self._original = original
        self._chunks: list[str] = []
        self._parts: list[str] = []
        self._length = 0
        self._clean_starts = array("q")
        self._original_starts = array("q")
        self._verbatim = bytearray()

    @property
    def length(self) -> int:
        return self._length

    def original_end(self) -> int:
        """The original offset just past the last character appended so far."""
        if not self._verbatim:
            return 0
        if self._verbatim[-1]:
            return self._original_starts[-1] + self._length - self._clean_starts[-1]
        return self._original_starts[-1] + 1

    def copy(self, start: int, end: int) -> None:
        """Append original[start:end] unchanged."""
        if end <= start:
            return
        if self._verbatim and self._verbatim[-1] and self._continues(start):
            self._parts.append(self._original[start:end])
            self._length += end - start
            return
        self._add_segment(self._original[start:end], start, verbatim=True)

    def insert(self, text: str, original_offset: int) -> None:
        """Append `text` standing for the original character at `original_offset`."""
        if len(text) == 1 and self._verbatim and self._verbatim[-1] \
                and self._continues(original_offset):
            # one character for the next one copied (a space for a line break): the copy's
            # segment maps it exactly so, and the segments stay one per stretch, not per line
            self._parts.append(text)
            self._length += 1
        elif text:
            self._add_segment(text, original_offset, verbatim=False)

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join([*self._chunks, *self._parts])
        return text, OffsetMap(self._clean_starts, self._original_starts, self._verbatim)

    def _continues(self, start: int) -> bool:
        last_length = self._length - self._clean_starts[-1]
        return self._original_starts[-1] + last_length == start

    def _add_segment(self, text: str, original_offset: int, verbatim: bool) -> None:
        self._clean_starts.append(self._length)
        self._original_starts.append(original_offset)
        self._verbatim.append(1 if verbatim else 0)
        self._parts.append(text)
        self._length += len(text)
        if len(self._parts) >= _PARTS_PER_CHUNK:
            # many small strings cost more than the text; fold them as we go
            self._chunks.append("".join(self._parts))
            self._parts.clear()
