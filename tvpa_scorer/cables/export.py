"""Cables and documents -> the `parse` JSON contract and a readable text outline."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.cables.model import (
    Answer,
    AnswerRef,
    Cable,
    Count,
    CrossReference,
    Document,
    Note,
    Section,
)

SCHEMA_VERSION = 1
_PREVIEW = 64


def document_json(document: Document) -> dict[str, Any]:
    """Several cables read as one submission: `{"id", "parts": [cable, ...]}`."""
    return {"schema": SCHEMA_VERSION, "id": document.document_id,
            "parts": [cable_json(cable) for cable in document.cables]}


def cable_json(cable: Cable) -> dict[str, Any]:
    """One cable in the parse JSON contract; offsets are characters into the original file."""
    header = cable.header
    return {
        "schema": SCHEMA_VERSION,
        "id": header.cable_id,
        "id_source": header.id_source,
        "path": cable.path,
        "encoding": cable.encoding,
        "date": header.date.isoformat() if header.date else None,
        "classification": header.classification,
        "post": header.post,
        "subject": header.subject,
        "tags": list(header.tags),
        "refs": [{"label": ref.label, "ref": ref.name, "cable_id": ref.cable_id, "text": ref.text}
                 for ref in header.refs],
        "section_of": _count(header.section_of),
        "part_of": _count(header.part_of),
        "format": cable.body_format,
        "page_breaks_removed": cable.page_breaks,
        "truncated": cable.truncated,
        "truncation": cable.truncation,
        "sections": [_section(section, cable) for section in cable.sections],
        "paragraphs": paragraphs(cable),
        "answers": [_answer(answer, cable) for answer in cable.answers],
    }


def paragraphs(cable: Cable) -> list[dict[str, Any]]:
    """The embassy's paragraphs: numbered ones gather their lettered answers; others stand alone."""
    grouped: list[dict[str, Any]] = []
    for answer in cable.answers:
        last = grouped[-1] if grouped else None
        if last and answer.paragraph is not None and last["number"] == answer.paragraph:
            last["end"] = max(last["end"], answer.end)
            last["answers"].append(answer.index)
        else:
            grouped.append({"number": answer.paragraph, "start": answer.start, "end": answer.end,
                            "line": answer.line, "answers": [answer.index]})
    return grouped


def _count(count: Count | None) -> dict[str, int | None] | None:
    return {"number": count.number, "total": count.total} if count else None


def _section(section: Section, cable: Cable) -> dict[str, Any]:
    return {"title": section.title, "number": section.number,
            "pillar": section.pillar.value if section.pillar else None,
            "start": section.start, "end": section.end, "line": cable.position(section.start)[0]}


def _answer(answer: Answer, cable: Cable) -> dict[str, Any]:
    return {
        "index": answer.index,
        "cable": answer.cable,
        "citation": answer.citation,
        "kind": answer.kind.value,
        "key": answer.key,
        "section": answer.section.title if answer.section else None,
        "paragraph": answer.paragraph,
        "tasker_paragraph": answer.tasker_paragraph,
        "marking": answer.marking,
        "label": answer.label,
        "question": answer.question,
        "topic": {"pillar": answer.topic.pillar.value if answer.topic.pillar else None,
                  "subjects": list(answer.topic.subjects), "basis": answer.topic.basis.value},
        "start": answer.start,
        "end": answer.end,
        "line": answer.line,
        "text": answer.text,
        "truncated": answer.truncated,
        "cross_refs": [_cross_reference(reference) for reference in answer.cross_refs],
        "cross_reference_only": answer.cross_reference_only,
        "duplicate_of": _ref(answer.duplicate_of),
        "repeats": [{"start": repeat.start, "end": repeat.end, "of": _ref(repeat.of)}
                    for repeat in answer.repeats],
        "notes": [_note(note) for note in answer.notes],
    }


def _ref(ref: AnswerRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"cable": ref.cable, "index": ref.index, "paragraph": ref.paragraph, "key": ref.key,
            "citation": ref.citation}


def _cross_reference(reference: CrossReference) -> dict[str, Any]:
    return {"text": reference.text, "start": reference.start, "end": reference.end,
            "targets": list(reference.targets), "cable": reference.cable,
            "resolved": [_ref(ref) for ref in reference.resolved]}


def _note(note: Note) -> dict[str, Any]:
    return {"kind": note.kind, "text": note.text, "start": note.start, "end": note.end,
            "restricted": note.restricted}


def cable_outline(cable: Cable) -> str:
    """A readable outline: header, then one line per answer with its topic and flags."""
    header = cable.header
    lines = [f"{header.cable_id}  {cable.path}"]
    facts = [
        ("date", header.date.isoformat() if header.date else None),
        ("classification", header.classification),
        ("post", header.post),
        ("subject", header.subject),
        ("tags", " ".join(header.tags) or None),
        ("refs", "; ".join(f"{ref.label + ' ' if ref.label else ''}{ref.name}"
                           for ref in header.refs) or None),
        ("section", _of(header.section_of)),
        ("part", _of(header.part_of)),
        ("encoding", cable.encoding if cable.encoding != "utf-8" else None),
        ("format", cable.body_format),
        ("page breaks removed", str(cable.page_breaks) if cable.page_breaks else None),
        ("truncated", cable.truncation),
    ]
    lines += [f"  {name}: {value}" for name, value in facts if value]
    lines.append(f"  answers: {len(cable.answers)}")
    lines += [_answer_line(answer, cable) for answer in cable.answers]
    return "\n".join(lines)


def _of(count: Count | None) -> str | None:
    if count is None:
        return None
    return f"{count.number} of {count.total}" if count.total else str(count.number)


def _answer_line(answer: Answer, cable: Cable) -> str:
    numbered = answer.paragraph is not None or answer.key is not None
    where = answer.citation.removeprefix(answer.cable).strip() if numbered else "text"
    pillar = answer.topic.pillar.value if answer.topic.pillar else "-"
    subjects = ",".join(answer.topic.subjects[:2]) or "-"
    flags = []
    if answer.cross_reference_only:
        targets = ", ".join(_label(ref, cable) for reference in answer.cross_refs
                            for ref in reference.resolved) or _unresolved(answer)
        flags.append(f"cross-reference to {targets}")
    if answer.duplicate_of:
        flags.append(f"repeats {_label(answer.duplicate_of, cable)}")
    if any(note.restricted for note in answer.notes):
        flags.append("restricted note")
    if answer.truncated:
        flags.append("cut off")
    preview = " ".join(answer.text.split())[:_PREVIEW]
    flag_text = f"  [{'; '.join(flags)}]" if flags else ""
    return (f"    {where:<14} line {answer.line:<5} {pillar:<11} {subjects:<40} "
            f"\"{preview}\"{flag_text}")


def _unresolved(answer: Answer) -> str:
    other = next((reference.cable for reference in answer.cross_refs if reference.cable), None)
    return f"{other}, not read" if other else "unresolved"


def _label(ref: AnswerRef, cable: Cable) -> str:
    return ref.citation.removeprefix(cable.cable_id).strip() or ref.citation
