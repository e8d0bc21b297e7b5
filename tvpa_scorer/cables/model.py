"""The parsed cable: header, sections and keyed answers, every span an offset into the original."""

from __future__ import annotations

import datetime
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.cables.offsets import OffsetMap


class Pillar(Enum):
    """The questionnaire's sections, which are also the TIP Report's three Ps plus the overview."""

    OVERVIEW = "overview"
    PROSECUTION = "prosecution"
    PROTECTION = "protection"
    PREVENTION = "prevention"


class AnswerKind(Enum):
    RESPONSE = "response"    # keyed to a tasker question: "QUESTION E:", "-- A.", "(27/F)"
    PARAGRAPH = "paragraph"  # an embassy's numbered paragraph answering no lettered question
    TEXT = "text"            # unnumbered text: a pasted paragraph, a preamble before paragraph 1


class TopicBasis(Enum):
    """What the topic of an answer was read from, strongest first."""

    QUESTION = "question"  # the quoted question's own words
    SECTION = "section"    # the section heading above the answer
    LABEL = "label"        # an inline label such as "OVERVIEW:"
    TASKER = "tasker"      # the known layout of the tasker the cable answers
    TEXT = "text"          # the answer's own words, when nothing else says
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Count:
    """`SECTION 1 OF 8`, `PART 2 OF 2`; the total is unknown when the cable omits it."""

    number: int
    total: int | None


@dataclass(frozen=True, slots=True)
class Reference:
    """A REF line entry such as `C. (C) 2008 STATE 02731`."""

    label: str | None
    year: int | None
    post: str
    number: int
    text: str

    @property
    def name(self) -> str:
        """The usual written form: `08 STATE 2731`."""
        prefix = f"{self.year % 100:02d} " if self.year is not None else ""
        return f"{prefix}{self.post} {self.number}"

    @property
    def cable_id(self) -> str:
        """The reference as a cable id: `08STATE2731`."""
        prefix = f"{self.year % 100:02d}" if self.year is not None else ""
        return f"{prefix}{self.post.replace(' ', '')}{self.number}"


@dataclass(frozen=True, slots=True)
class Header:
    """What the cable says about itself before its body."""

    cable_id: str
    id_source: str
    date: datetime.date | None
    classification: str | None
    post: str | None
    subject: str | None
    tags: tuple[str, ...]
    refs: tuple[Reference, ...]
    section_of: Count | None
    part_of: Count | None


@dataclass(frozen=True, slots=True)
class Section:
    """A section heading (`PREVENTION:`, `¶2. Prevention:`, a dashed banner) and its pillar."""

    title: str
    number: int | None
    pillar: Pillar | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Topic:
    """The pillar and subjects an answer speaks to; subjects strongest first."""

    pillar: Pillar | None
    subjects: tuple[str, ...]
    basis: TopicBasis


@dataclass(frozen=True, slots=True)
class AnswerRef:
    """A pointer from one answer to another, possibly in another cable of the document."""

    cable: str
    index: int
    paragraph: int | None
    key: str | None
    citation: str


@dataclass(frozen=True, slots=True)
class CrossReference:
    """`See question 34 and 35.`: text that points elsewhere instead of giving evidence."""

    text: str
    start: int
    end: int
    targets: tuple[str, ...]
    resolved: tuple[AnswerRef, ...]
    cable: str | None = None  # the other cable it points into ("see question 27 in reftel A")


@dataclass(frozen=True, slots=True)
class Note:
    """An embassy note or comment inside an answer; `restricted` when not for public disclosure."""

    kind: str
    text: str
    start: int
    end: int
    restricted: bool


@dataclass(frozen=True, slots=True)
class Repeat:
    """A stretch of an answer that repeats, word for word, text of an earlier answer."""

    start: int
    end: int
    of: AnswerRef


@dataclass(frozen=True, slots=True)
class Answer:
    """One unit of the body: a keyed response, a numbered paragraph, or unnumbered text.

    `start`/`end` are offsets into the original file of the response; `text` is the
    cleaned response (page breaks gone, wrapped lines joined); `clean_start`/`clean_end`
    locate it in the cable's cleaned text, whose offset map leads back to the file.
    """

    cable: str
    index: int
    kind: AnswerKind
    key: str | None
    paragraph: int | None
    tasker_paragraph: int | None
    section: Section | None
    marking: str | None
    label: str | None
    question: str | None
    topic: Topic
    start: int
    end: int
    line: int
    clean_start: int
    clean_end: int
    text: str
    truncated: bool = False
    cross_refs: tuple[CrossReference, ...] = ()
    cross_reference_only: bool = False
    duplicate_of: AnswerRef | None = None
    repeats: tuple[Repeat, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def ref(self) -> AnswerRef:
        return AnswerRef(self.cable, self.index, self.paragraph, self.key, self.citation)

    @property
    def citation(self) -> str:
        """How an analyst cites it: `08MEXICO722 ¶38 Q.E`, `08HARARE186 27/A`."""
        parts = [self.cable]
        if self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        if self.key is not None:
            prefix = f"{self.tasker_paragraph}/" if self.tasker_paragraph is not None else "Q."
            parts.append(prefix + self.key)
        if len(parts) == 1:
            parts.append(f"line {self.line}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Cable:
    """One cable file, read."""

    path: str
    text: str
    encoding: str
    header: Header
    clean: str
    offsets: OffsetMap
    line_starts: array
    sections: tuple[Section, ...]
    answers: tuple[Answer, ...]
    body_format: str
    page_breaks: int
    truncated: bool
    truncation: str | None

    @property
    def cable_id(self) -> str:
        return self.header.cable_id

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an original offset."""
        line_index = max(bisect_right(self.line_starts, offset) - 1, 0)
        return line_index + 1, offset - self.line_starts[line_index] + 1


@dataclass(frozen=True, slots=True)
class Document:
    """The cables read together: one file, or the parts and supplements of one submission."""

    cables: tuple[Cable, ...]

    @property
    def document_id(self) -> str:
        return "+".join(cable.cable_id for cable in self.cables)

    @property
    def answers(self) -> tuple[Answer, ...]:
        return tuple(answer for cable in self.cables for answer in cable.answers)

    def cable(self, cable_id: str) -> Cable:
        return next(cable for cable in self.cables if cable.cable_id == cable_id)
