"""Answers -> answers annotated with cross-references, repeated text and embassy notes.

Runs over a whole document, so a reference or a repeat can point into another part
of the same submission. A cross-reference is never evidence in itself; a repeat is
counted once; a "not/not for public disclosure" note must not be quoted in a report.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from tvpa_scorer.cables.model import Answer, AnswerRef, Cable, CrossReference, Note, Repeat
from tvpa_scorer.cables.units import key_letters
from tvpa_scorer.kit.patterns import PatternSet, words_of

# A paragraph number, maybe with a letter ("3.j", "27B", "28(c)"), never part of a longer
# number ("2008", "5,000"); or a letter alone.
_TARGET = (r"(?:\d{1,3}(?!\d|,\d{3})(?:\s*[./]?\s*\(?[A-Za-z]\)?(?![A-Za-z]))?"
           r"|(?-i:[A-Z])(?![A-Za-z]))")
_TARGETS = rf"{_TARGET}(?:\s*(?:,|and|&|or|-|through|to)\s*{_TARGET})*"
_REFTEL = (r"(?:reftel|ref(?:erence)?\.?(?:\s+cable)?)(?:\s*\(?[A-Z]\)?(?![A-Za-z]))?"
           r"(?<!\bref)(?<!\breference)(?<!\bcable)")
_REFTEL_LABEL = re.compile(r"([A-Z])\)?$")
_CROSS_REFERENCE = re.compile(
    r"(?P<phrase>\b(?:please\s+)?(?P<verb>see|refer\s+to|refer\s+back\s+to|as\s+(?:noted|described|"
    r"reported|discussed|stated|mentioned)\s+in)\s+(?:the\s+)?(?:(?:above|previous|earlier)\s+)?"
    r"(?:(?:answers?|responses?|replies)\s+(?:to|for|in)\s+)?"
    r"(?P<noun>questions?|q\.|paras?\.?|paragraphs?|sections?|items?|answers?|responses?|¶)?\s*"
    rf"(?P<targets>{_TARGETS})(?:\s+(?:above|below))?"
    rf"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<reftel>{_REFTEL}))?)",
    re.IGNORECASE)
# "See reftel." / "see ref B": the whole answer is in another cable.
_CABLE_REFERENCE = re.compile(rf"(?P<phrase>\b(?:please\s+)?see\s+(?P<reftel>{_REFTEL}))",
                              re.IGNORECASE)
_TARGET_ITEM = re.compile(r"(?P<number>\d{1,3})?\s*[./]?\s*\(?(?P<letter>[A-Za-z])?\)?")
_RANGE = re.compile(r"\s*(?:-|through|to)\s*")
# After the cross-references are taken out, an answer with no more than this is only a pointer.
_POINTER_WORDS = 4
_POINTER_FILLER = re.compile(r"\b(?:not applicable|n/a|none|please|also|and|the)\b|[^\w]+",
                             re.IGNORECASE)
_NOTE = re.compile(r"\b(?P<kind>note|comment)\s*:\s*(?P<body>.*?)\bend\s+(?P=kind)\b\.?",
                   re.IGNORECASE | re.DOTALL)
_RESTRICTED = re.compile(r"\bnot\s*/\s*not\b|\bnot\s+for\s+public\s+(?:disclosure|release)\b|"
                         r"\bprotect\s+(?:the\s+)?source\b|\bstrictly\s+protect\b", re.IGNORECASE)
# A word each pattern above needs: an answer holding none of them is not searched, as most
# answers point nowhere and carry no note.
_POINTER_VERBS = frozenset({"see", "refer", "noted", "described", "reported", "discussed",
                            "stated", "mentioned"})
_NOTE_WORDS = frozenset({"note", "comment"})
_RESTRICTED_WORDS = frozenset({"not", "protect", "strictly"})
# The same patterns, each tried only where its first word stands (see kit/patterns.py).
_POINTERS = PatternSet([("pointer", _CROSS_REFERENCE)])
_CABLE_POINTERS = PatternSet([("pointer", _CABLE_REFERENCE)])
_NOTES = PatternSet([("note", _NOTE)])
_RESTRICTIONS = PatternSet([("restriction", _RESTRICTED)])
_NON_WORDS = re.compile(r"\W+")
# Repeats shorter than this are boiler-plate ("End note."), not copied answers.
_MIN_REPEAT = 80
_DUPLICATE_SHARE = 0.5


def annotate(cables: Sequence[Cable]) -> tuple[Cable, ...]:
    """Annotate every answer of the document; answers may point across cables."""
    index = _AnswerIndex([answer for cable in cables for answer in cable.answers])
    seen: dict[str, AnswerRef] = {}
    annotated = []
    for cable in cables:
        answers = []
        for answer in cable.answers:
            references = _cross_references(answer, index, cable)
            repeats = _repeats(answer, seen, cable)
            answers.append(dataclasses.replace(
                answer,
                cross_refs=references,
                cross_reference_only=bool(references) and _only_pointers(answer.text),
                repeats=repeats,
                duplicate_of=_duplicate_of(answer, repeats),
                notes=_notes(answer, cable),
            ))
        annotated.append(dataclasses.replace(cable, answers=tuple(answers)))
    return tuple(annotated)


class _AnswerIndex:
    """The document's answers by paragraph number and by key, for resolving references."""

    def __init__(self, answers: list[Answer]) -> None:
        self.by_paragraph: dict[int, list[Answer]] = defaultdict(list)
        self.by_key: dict[str, list[Answer]] = defaultdict(list)
        for answer in answers:
            if answer.paragraph is not None:
                self.by_paragraph[answer.paragraph].append(answer)
            if answer.key is not None:
                for letter in key_letters(answer.key):  # "see 20B" finds "20A-B."
                    self.by_key[letter].append(answer)

    def resolve(self, target: str, noun: str | None, source: Answer, within: str | None
                ) -> list[AnswerRef]:
        """The answers a target names: an embassy paragraph, a section letter, a tasker key.

        `within` is the other cable the reference names; its answers only, if it was read.
        """
        digits = re.match(r"\d*", target)[0]
        number = int(digits) if digits else None
        letter = target[len(digits):] or None
        if number is not None and letter:
            found = [answer for answer in self.by_key.get(letter, ())
                     if number in (answer.paragraph, answer.tasker_paragraph,
                                   answer.section.number if answer.section else None)]
        elif number is not None:
            found = list(self.by_paragraph.get(number, ()))
            if not found and noun and noun.lower().startswith("q"):
                found = list(self.by_key.get(str(number), ()))
        else:
            found = [answer for answer in self.by_key.get(letter, ())
                     if answer.section == source.section]
        if within is not None:
            found = [answer for answer in found if answer.cable == within]
        # A part's own answers first: "question 12" means this cable's unless it has none.
        found.sort(key=lambda answer: answer.cable != source.cable)
        return [answer.ref for answer in found if answer is not source]


def _cross_references(answer: Answer, index: _AnswerIndex, cable: Cable
                      ) -> tuple[CrossReference, ...]:
    words = words_of(answer.text)
    if words.present.isdisjoint(_POINTER_VERBS):
        return ()
    references = []
    for _, match in _POINTERS.finditer(answer.text, words):
        if match["verb"].lower().startswith("as") and not match["noun"]:
            continue  # "as noted in 12 cases" is not a pointer; "as noted in para 12" is
        targets = _expand(match["targets"])
        other = _referenced_cable(match["reftel"], cable)
        resolved = tuple(ref for target in targets
                         for ref in index.resolve(target, match["noun"], answer, other))
        references.append(_reference(answer, cable, match, targets, resolved, other))
    for _, match in _CABLE_POINTERS.finditer(answer.text, words):
        if not any(reference.start <= _original(answer, cable, match.start()) < reference.end
                   for reference in references):
            other = _referenced_cable(match["reftel"], cable)
            references.append(_reference(answer, cable, match, (), (), other))
    return tuple(sorted(references, key=lambda reference: reference.start))


def _reference(answer: Answer, cable: Cable, match: re.Match, targets: tuple[str, ...],
               resolved: tuple[AnswerRef, ...], other: str | None) -> CrossReference:
    start, end = cable.offsets.span_to_original(answer.clean_start + match.start(),
                                                answer.clean_start + match.end())
    return CrossReference(match["phrase"], start, end, targets, tuple(dict.fromkeys(resolved)),
                          other)


def _referenced_cable(reftel: str | None, cable: Cable) -> str | None:
    """The cable a 'reftel' or 'ref B' names, from this cable's REF line."""
    if not reftel:
        return None
    refs = cable.header.refs
    label = _REFTEL_LABEL.search(reftel.strip().upper()) if reftel.lower() != "reftel" else None
    if label:
        named = next((ref for ref in refs if ref.label == label[1].upper()), None)
        return named.cable_id if named else f"ref {label[1].upper()}"
    return refs[0].cable_id if len(refs) == 1 else "reftel"


def _original(answer: Answer, cable: Cable, clean_offset: int) -> int:
    return cable.offsets.to_original(answer.clean_start + clean_offset)


def _expand(targets: str) -> tuple[str, ...]:
    """'34 and 35' -> ('34', '35'); '34-36' -> ('34', '35', '36'); '3.j' -> ('3J',)."""
    items = []
    for part in re.split(r"\s*(?:,|\band\b|&|\bor\b)\s*", targets.strip()):
        bounds = _RANGE.split(part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit() \
                and 0 <= int(bounds[1]) - int(bounds[0]) <= 20:
            items.extend(str(number) for number in range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            items.extend(_normal_target(bound) for bound in bounds if bound.strip())
    return tuple(dict.fromkeys(items))


def _normal_target(text: str) -> str:
    match = _TARGET_ITEM.fullmatch(text.strip())
    if not match:
        return text.strip().upper()
    return (match["number"] or "") + (match["letter"] or "").upper()


def _only_pointers(text: str) -> bool:
    remainder = _CROSS_REFERENCE.sub(" ", text)
    words = _POINTER_FILLER.sub(" ", remainder).split()
    return len(words) <= _POINTER_WORDS and len(remainder.strip(" .;:()")) < 40


def _repeats(answer: Answer, seen: dict[str, AnswerRef], cable: Cable) -> tuple[Repeat, ...]:
    """Paragraphs of this answer already given word for word in an earlier answer."""
    repeats = []
    position = 0
    for paragraph in answer.text.split("\n\n"):
        offset = answer.text.index(paragraph, position)
        position = offset + len(paragraph)
        fingerprint = _fingerprint(paragraph)
        if fingerprint is None:
            continue
        earlier = seen.get(fingerprint)
        if earlier is not None and earlier != answer.ref:
            start, end = cable.offsets.span_to_original(answer.clean_start + offset,
                                                        answer.clean_start + position)
            repeats.append(Repeat(start, end, earlier))
        else:
            seen.setdefault(fingerprint, answer.ref)
    return tuple(repeats)


def _fingerprint(paragraph: str) -> str | None:
    """The paragraph's words in lower case, one space apart: what a copy of it shares."""
    text = _NON_WORDS.sub(" ", paragraph.lower()).strip()
    return text if len(text) >= _MIN_REPEAT else None


def _duplicate_of(answer: Answer, repeats: tuple[Repeat, ...]) -> AnswerRef | None:
    """The earlier answer this one mostly repeats, when repeats make up most of it."""
    if not repeats or answer.end <= answer.start:
        return None
    shares: dict[AnswerRef, int] = {}
    for repeat in repeats:
        shares[repeat.of] = shares.get(repeat.of, 0) + repeat.end - repeat.start
    source, covered = max(shares.items(), key=lambda item: item[1])
    return source if covered >= _DUPLICATE_SHARE * (answer.end - answer.start) else None


def _notes(answer: Answer, cable: Cable) -> tuple[Note, ...]:
    words = words_of(answer.text)
    if words.present.isdisjoint(_NOTE_WORDS) and words.present.isdisjoint(_RESTRICTED_WORDS):
        return ()
    spans = [(match.start(), match.end(), match["kind"].lower())
             for _, match in _NOTES.finditer(answer.text, words)]
    for _, match in _RESTRICTIONS.finditer(answer.text, words):
        if not any(start <= match.start() < end for start, end, _ in spans):
            spans.append((*_sentence_around(answer.text, match.start(), match.end()),
                          "restriction"))
    return tuple(_note(answer, cable, start, end, kind) for start, end, kind in sorted(spans))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    sentence_start = text.rfind(". ", 0, start)
    sentence_end = text.find(". ", end)
    return (sentence_start + 2 if sentence_start >= 0 else 0,
            sentence_end + 1 if sentence_end >= 0 else len(text))


def _note(answer: Answer, cable: Cable, start: int, end: int, kind: str) -> Note:
    body = answer.text[start:end].strip()
    original_start, original_end = cable.offsets.span_to_original(answer.clean_start + start,
                                                                  answer.clean_start + end)
    return Note(kind, body, original_start, original_end, bool(_RESTRICTED.search(body)))
