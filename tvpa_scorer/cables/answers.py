"""Units -> answers: the quoted question kept apart from the response, the topic decided."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tvpa_scorer.cables.model import Answer, AnswerKind, Section
from tvpa_scorer.cables.offsets import OffsetMap
from tvpa_scorer.cables.structure import Unit
from tvpa_scorer.cables.topics import TaskerLayout, TopicClues, TopicVocabulary, classify
from tvpa_scorer.cables.units import LETTERED, Opening

_RESPONSE_MARK = re.compile(
    r"\b(?:(?:POST|EMBASSY|MISSION|CONGEN|CONSULATE)(?:'?S)?\s+)?(?:RESPONSE|ANSWER|REPLY)\s*:\s*",
    re.IGNORECASE)
_LEADING_QUESTION = re.compile(
    r"^(?:(?:Is|Are|Does|Do|Did|Has|Have|Had|What|Which|Who|Where|When|How|Why|Can|Could|"
    r"Should|Would|Will|If|May)\b[^?\n]{0,600}\?\s*)+")
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z/&-]+(?: [A-Z][A-Z/&-]+){0,4}|Summary|Comment|"
                    r"Background|Overview|Introduction):\s+")
_KIND_OF_OPENING = {
    None: AnswerKind.TEXT,
    Opening.PARAGRAPH: AnswerKind.PARAGRAPH,
}


@dataclass(frozen=True, slots=True)
class AnswerContext:
    """What every answer of one cable shares."""

    cable_id: str
    clean: str
    offsets: OffsetMap
    sections: dict[int, Section]
    vocabulary: TopicVocabulary
    tasker: TaskerLayout | None
    enclosing: dict[int, int]


def build_answer(index: int, unit: Unit, context: AnswerContext, line_of) -> Answer:
    """Turn one unit into an Answer with its question, response span and topic."""
    opening = unit.opening
    content_start = unit.clean_start + (opening.content_start if opening else 0)
    question, response_start = _split_question(context.clean, content_start, unit.clean_end,
                                               opening.opening if opening else None)
    label, response_start = _label(context.clean, response_start, unit.clean_end)
    # "PROSECUTION A." names its section as a heading would, for the topic to follow
    label = label or (opening.section_name if opening else None)
    response_start, response_end = _trim(context.clean, response_start, unit.clean_end)
    text = context.clean[response_start:response_end]
    start, end = context.offsets.span_to_original(response_start, response_end)
    section = context.sections.get(unit.heading.clean_start) if unit.heading else None
    key = opening.key if opening and opening.opening is not Opening.PARAGRAPH else None
    tasker_paragraph = opening.tasker_paragraph if opening else None
    clues = TopicClues(question, text, section.title if section else None, label, key,
                       tasker_paragraph, context.tasker)
    return Answer(
        cable=context.cable_id,
        index=index,
        kind=_KIND_OF_OPENING.get(opening.opening if opening else None, AnswerKind.RESPONSE),
        key=key,
        paragraph=_paragraph(unit, section, context),
        tasker_paragraph=tasker_paragraph,
        section=section,
        marking=opening.marking if opening else None,
        label=label,
        question=question,
        topic=classify(context.vocabulary, clues),
        start=start,
        end=end,
        line=line_of(start),
        clean_start=response_start,
        clean_end=response_end,
        text=text,
    )


def _split_question(clean: str, start: int, end: int, opening: Opening | None
                    ) -> tuple[str | None, int]:
    """The quoted question, if any, and where the response begins."""
    content = clean[start:end]
    if opening is Opening.QUESTION:
        mark = _RESPONSE_MARK.search(content)
        if mark:
            return _squeezed(content[:mark.start()]), start + mark.end()
        first_block = content.split("\n\n", 1)[0]
        cut = first_block.rfind("?") + 1
        if cut:
            return _squeezed(content[:cut]), start + cut
        return None, start
    leading = _LEADING_QUESTION.match(content)
    if leading and opening is not None:
        return _squeezed(leading[0]), start + leading.end()
    return None, start


def _label(clean: str, start: int, end: int) -> tuple[str | None, int]:
    while start < end and clean[start].isspace():
        start += 1
    match = _LABEL.match(clean, start, end)
    if match:
        return match["label"], match.end()
    return None, start


def _trim(clean: str, start: int, end: int) -> tuple[int, int]:
    while start < end and clean[start].isspace():
        start += 1
    while end > start and clean[end - 1].isspace():
        end -= 1
    return start, end


def _squeezed(text: str) -> str | None:
    text = " ".join(text.split())
    return text or None


def _paragraph(unit: Unit, section: Section | None, context: AnswerContext) -> int | None:
    """The embassy paragraph an answer stands in: its own number, or its numbered section's."""
    if unit.opening and unit.opening.paragraph is not None:
        return unit.opening.paragraph
    if unit.opening and unit.opening.opening in LETTERED:
        return section.number if section else context.enclosing.get(unit.clean_start)
    return None
