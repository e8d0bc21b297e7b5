"""Cable text -> Cable, and several cables -> one Document: the reader's entry points."""

from __future__ import annotations

import dataclasses
import datetime
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from tvpa_scorer.cables.annotate import annotate
from tvpa_scorer.cables.answers import AnswerContext, build_answer
from tvpa_scorer.cables.header import read_header
from tvpa_scorer.cables.layout import Layout, lay_out
from tvpa_scorer.cables.lines import ends_sentence, split_lines
from tvpa_scorer.cables.model import Cable, Document, Header, Section
from tvpa_scorer.cables.structure import Heading, Unit, find_units
from tvpa_scorer.cables.topics import TopicVocabulary
from tvpa_scorer.cables.units import LETTERED, Opening
from tvpa_scorer.kit.sources import Source

_FORMATS = {
    Opening.QUESTION: "question_response",
    Opening.DASH_LETTER: "lettered",
    Opening.BARE_LETTER: "lettered",
    Opening.SECTION_LETTER: "lettered",
    Opening.TASKER_LETTER: "tasker_keyed",
    Opening.TASKER_PAIR: "tasker_keyed",
    Opening.PARAGRAPH: "numbered_paragraphs",
}


def read_cable(source: Source, vocabulary: TopicVocabulary) -> Cable:
    """Read one cable's text into a Cable (answers not yet cross-linked; see read_document)."""
    header, layout, line_starts = _read_lines(source)
    headings, units = find_units(layout.clean, layout.blocks)
    sections = {heading.clean_start: _section(heading, layout.offsets, vocabulary)
                for heading in headings}
    context = AnswerContext(header.cable_id, layout.clean, layout.offsets, sections, vocabulary,
                            vocabulary.tasker_for(header.refs), _enclosing_paragraphs(units))

    def line_of(offset: int) -> int:
        return bisect_right(line_starts, offset)

    answers = [build_answer(index, unit, context, line_of) for index, unit in enumerate(units)]
    if answers and layout.truncation and not ends_sentence(answers[-1].text):
        answers[-1] = dataclasses.replace(answers[-1], truncated=True)
    return Cable(
        path=source.path,
        text=source.text,
        encoding=source.encoding,
        header=header,
        clean=layout.clean,
        offsets=layout.offsets,
        line_starts=line_starts,
        sections=tuple(sections.values()),
        answers=tuple(answers),
        body_format=_body_format(units),
        page_breaks=layout.page_breaks,
        truncated=layout.truncation is not None,
        truncation=layout.truncation,
    )


def read_text(text: str, vocabulary: TopicVocabulary, path: str = "<text>") -> Cable:
    """Read cable text held in memory (a pasted paragraph, a test snippet) into a Cable."""
    return read_cable(Source(path, text, "utf-8"), vocabulary)


def read_cable_header(source: Source) -> Header:
    """Only the header of a cable: enough to sort a corpus by country and year quickly."""
    return read_header(split_lines(source.text), source.path)[0]


def _read_lines(source: Source) -> tuple[Header, Layout, array]:
    """Header and layout from the lines; the line list is dropped once they are read."""
    lines = split_lines(source.text)
    header, body_start = read_header(lines, source.path)
    section_total = header.section_of.total if header.section_of else None
    layout = lay_out(source.text, lines[body_start:], section_total)
    line_starts = lines.starts if len(lines) else array("q", [0])
    return header, layout, line_starts


def read_document(cables: Iterable[Cable]) -> Document:
    """Read cables together as one document: parts in order, answers cross-linked across them."""
    ordered = sorted(cables, key=_submission_order)
    return Document(annotate(ordered))


def _section(heading: Heading, offsets, vocabulary: TopicVocabulary) -> Section:
    start, end = offsets.span_to_original(heading.clean_start, heading.clean_end)
    return Section(heading.title, heading.number, vocabulary.heading_pillar(heading.title),
                   start, end)


def _enclosing_paragraphs(units: list[Unit]) -> dict[int, int]:
    """For lettered answers inside a numbered paragraph ("5. ... -- A. ..."), that paragraph."""
    enclosing, current, heading = {}, None, None
    for unit in units:
        if unit.heading is not heading:
            current, heading = None, unit.heading
        opening = unit.opening.opening if unit.opening else None
        if opening is Opening.PARAGRAPH:
            current = unit.opening.paragraph
        elif opening in LETTERED and current is not None:
            enclosing[unit.clean_start] = current
    return enclosing


def _body_format(units: list[Unit]) -> str:
    openings = Counter(_FORMATS[unit.opening.opening] for unit in units if unit.opening)
    keyed = {name: count for name, count in openings.items() if name != "numbered_paragraphs"}
    if keyed:
        return max(keyed, key=keyed.get)
    return "numbered_paragraphs" if openings else "unstructured"


def _submission_order(cable: Cable) -> tuple:
    """Parts in the order they were sent: date, then part number, then cable number."""
    header = cable.header
    number = re.search(r"(\d+)$", header.cable_id)
    return (header.date or datetime.date.max,
            header.part_of.number if header.part_of else 0,
            int(number[1]) if number else 0)
