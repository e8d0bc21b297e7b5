"""templates/narrative/sentences.yml -> the Phrasebook the narrative is written from.

The sentences of the draft live in data, so an analyst can reword them without touching
code: a sentence per criterion and status, a phrase per kind of figure, the recommendations
with the evidence that calls for or rules out each one. A broken file stops the report with
every problem located as `path:line:col: error: message`, as a broken rule file does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from tvpa_scorer.assessment.score import Status
from tvpa_scorer.kit.problems import Location, errors_among, sorted_problems
from tvpa_scorer.kit.resources import bundled_templates
from tvpa_scorer.kit.yaml_nodes import NodeReader, compose
from tvpa_scorer.reports.render import TemplateError

PHRASEBOOK = Path("narrative") / "sentences.yml"
_YEARS = re.compile(r"(\d{4})(?:(-)(\d{4})?)?$")
_SLOT = re.compile(r"\{([^{}]*)\}")
_FIGURE_SLOTS = ("n", "amount")
_STATUS_KEYS = ("met", "partial", "not_met", "not_assessed")
_CRITERION_KEYS = (*_STATUS_KEYS, "presumed", "shortfall", "missing", "planned", "others",
                   "effort", "not_done")
_TOP_KEYS = ("figures", "actors", "shortcomings", "summary", "criteria", "recommendations")
_FACT_KINDS = ("aspect", "rule", "shortfall", "figure", "vetoed", "status")
# What a recommendation can answer besides an aspect of its criterion.
ANSWERS_STATUS, ANSWERS_SHORTFALL = "status", "shortfall"


@dataclass(frozen=True, slots=True)
class Wording:
    """A text, or one text per range of report years (first year, last year or None)."""

    texts: tuple[tuple[int, int | None, str], ...]

    def for_year(self, year: int | None) -> str:
        """The text for the report year; an unknown year reads as the earliest range."""
        if year is not None:
            for first, last, text in self.texts:
                if first <= year and (last is None or year <= last):
                    return text
        return self.texts[0][2]


@dataclass(frozen=True, slots=True)
class FigureWording:
    done: Wording
    planned: Wording | None


@dataclass(frozen=True, slots=True)
class CriterionWording:
    statuses: dict[str, Wording]  # by Status value
    presumed: Wording | None  # not met for want of figures, though some action counted
    shortfall: Wording | None  # after a partial finding whose cables report shortfalls too
    missing: dict[str, Wording]  # by aspect
    planned: Wording | None
    others: Wording | None
    effort: Wording | None  # the criterion in the summary, after "efforts included"
    not_done: Wording | None  # the criterion in the summary, after "did not"


@dataclass(frozen=True, slots=True)
class Fact:
    """Something a finding shows, e.g. `aspect:enacted`; `criterion` names another finding's."""

    criterion: str | None
    kind: str
    name: str
    location: Location


@dataclass(frozen=True, slots=True)
class Variant:
    """A recommendation, the shortfall it answers, and the facts that call for or rule it out."""

    criterion_id: str
    number: int  # its place among its criterion's variants, from 1
    text: Wording
    answers: str
    when: tuple[Fact, ...]
    unless: tuple[Fact, ...]
    location: Location


@dataclass(frozen=True, slots=True)
class Summary:
    efforts: Wording
    shortfalls: Wording
    presumed: Wording  # a shortfall item: figures not given, so efforts presumed not vigorous
    nothing: Wording


@dataclass(frozen=True, slots=True)
class Phrasebook:
    figures: dict[str, FigureWording]  # in the order a sentence says them
    actors: dict[str, str]
    shortcomings: Wording  # a partial finding's shortfalls, for a criterion with no sentence
    summary: Summary
    criteria: dict[str, CriterionWording]
    recommendations: dict[str, tuple[Variant, ...]]


def phrasebook() -> Phrasebook:
    """The shipped phrasebook, read once; TemplateError when it is broken."""
    return load_phrasebook(bundled_templates() / PHRASEBOOK)


@cache
def load_phrasebook(path: Path) -> Phrasebook:
    """Read a phrasebook file; TemplateError with every problem, one per line, when broken."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"{shown}: error: cannot read: {exc.strerror or exc}") from None
    book, problems = read_phrasebook(shown, text)
    if book is None or errors_among(problems):
        raise TemplateError("\n".join(str(problem) for problem in sorted_problems(problems)))
    return book


def read_phrasebook(path: str, text: str) -> tuple[Phrasebook | None, list]:
    """Parse phrasebook text; the Phrasebook (None when unusable) and every problem found."""
    root, problems = compose(path, text)
    if root is None:
        return None, problems
    reader = NodeReader(path, text)
    fields = reader.fields(root, "the phrasebook", _TOP_KEYS, _TOP_KEYS)
    if len(fields) < len(_TOP_KEYS):
        return None, reader.problems
    book = Phrasebook(
        figures={kind: _figure(reader, kind, node)
                 for kind, _, node in reader.mapping(fields["figures"], "figures")},
        actors={name: said for name, _, node in reader.mapping(fields["actors"], "actors")
                if (said := reader.string(node, f"how actor '{name}' is said")) is not None},
        shortcomings=_wording(reader, fields["shortcomings"], "shortcomings", ()),
        summary=_summary(reader, fields["summary"]),
        criteria={name: _criterion(reader, name, node)
                  for name, _, node in reader.mapping(fields["criteria"], "criteria")},
        recommendations={name: tuple(_variants(reader, name, node))
                         for name, _, node in reader.mapping(fields["recommendations"],
                                                             "recommendations")})
    return book, reader.problems


def _wording(reader: NodeReader, node: Node, what: str, slots: tuple[str, ...]) -> Wording:
    """A text, or texts by year range ("2001-2016", "2017-", "2008"), each slot checked."""
    if not isinstance(node, MappingNode):
        return Wording(((0, None, _text(reader, node, what, slots)),))
    texts = []
    for years, key, value in reader.mapping(node, what):
        found = _YEARS.match(years)
        if found is None:
            reader.report(key, f"'{years}' in {what} is not a year range; write 2008, "
                               "2001-2016 or 2017-", "bad-years")
            continue
        first = int(found[1])
        last = int(found[3]) if found[3] else (None if found[2] else first)
        texts.append((first, last, _text(reader, value, f"{what} for {years}", slots)))
    if not texts:
        reader.report(node, f"{what} has no text", "empty")
        texts.append((0, None, ""))
    return Wording(tuple(sorted(texts)))


def _text(reader: NodeReader, node: Node, what: str, slots: tuple[str, ...]) -> str:
    text = reader.string(node, what) or ""
    for slot in _SLOT.findall(text):
        plural = "|" in slot and "n" in slots
        if slot not in slots and not plural:
            allowed = ", ".join(f"{{{name}}}" for name in slots) or "none"
            reader.report(node, f"unknown slot '{{{slot}}}' in {what}; allowed: {allowed}"
                                f"{', {one|many}' if 'n' in slots else ''}", "unknown-slot")
    return text


def _optional(reader: NodeReader, fields: dict[str, Node], key: str, what: str,
              slots: tuple[str, ...] = ()) -> Wording | None:
    return _wording(reader, fields[key], what, slots) if key in fields else None


def _figure(reader: NodeReader, kind: str, node: Node) -> FigureWording:
    what = f"figure '{kind}'"
    fields = reader.fields(node, what, ("done", "planned"), ("done",))
    done = _optional(reader, fields, "done", f"'done' of {what}", _FIGURE_SLOTS)
    return FigureWording(done or Wording(((0, None, ""),)),
                         _optional(reader, fields, "planned", f"'planned' of {what}",
                                   _FIGURE_SLOTS))


def _summary(reader: NodeReader, node: Node) -> Summary:
    keys = ("efforts", "shortfalls", "presumed", "nothing")
    fields = reader.fields(node, "summary", keys, keys)
    empty = Wording(((0, None, ""),))
    return Summary(*(_optional(reader, fields, key, f"summary '{key}'",
                               ("items",) if key in ("efforts", "shortfalls") else ()) or empty
                     for key in keys))


def _criterion(reader: NodeReader, name: str, node: Node) -> CriterionWording:
    what = f"criterion '{name}'"
    fields = reader.fields(node, what, _CRITERION_KEYS, _STATUS_KEYS)
    missing = {aspect: _wording(reader, value, f"missing '{aspect}' of {what}", ())
               for aspect, _, value in (reader.mapping(fields["missing"], f"missing of {what}")
                                        if "missing" in fields else ())}
    return CriterionWording(
        statuses={status: _wording(reader, fields[status], f"'{status}' of {what}",
                                   ("reportedly",))
                  for status in _STATUS_KEYS if status in fields},
        presumed=_optional(reader, fields, "presumed", f"'presumed' of {what}", ("reportedly",)),
        shortfall=_optional(reader, fields, "shortfall", f"'shortfall' of {what}"),
        missing=missing,
        planned=_optional(reader, fields, "planned", f"'planned' of {what}"),
        others=_optional(reader, fields, "others", f"'others' of {what}", ("actor",)),
        effort=_optional(reader, fields, "effort", f"'effort' of {what}"),
        not_done=_optional(reader, fields, "not_done", f"'not_done' of {what}"))


def _variants(reader: NodeReader, criterion: str, node: Node) -> list[Variant]:
    if not isinstance(node, SequenceNode):
        reader.report(node, f"the recommendations of '{criterion}' must be a list", "wrong-type")
        return []
    variants = []
    for number, item in enumerate(node.value, 1):
        what = f"recommendation {number} of '{criterion}'"
        fields = reader.fields(item, what, ("text", "answers", "when", "unless"),
                               ("text", "answers"))
        if not {"text", "answers"} <= fields.keys():
            continue
        variants.append(Variant(
            criterion, number, _wording(reader, fields["text"], f"the text of {what}", ()),
            reader.string(fields["answers"], f"'answers' of {what}") or ANSWERS_STATUS,
            _facts(reader, fields.get("when"), f"'when' of {what}"),
            _facts(reader, fields.get("unless"), f"'unless' of {what}"),
            reader.location(item)))
    return variants


def _facts(reader: NodeReader, node: Node | None, what: str) -> tuple[Fact, ...]:
    facts = []
    for text, item in reader.strings(node, what) if node is not None else ():
        scope, _, fact = text.rpartition(".") if "." in text.split(":", 1)[0] else ("", "", text)
        kind, _, name = fact.partition(":")
        if kind not in _FACT_KINDS or not name:
            reader.report(item, f"'{text}' in {what} is not a fact; write one of "
                                f"{', '.join(kind + ':NAME' for kind in _FACT_KINDS)}, "
                                "optionally after 'criterion.'", "bad-fact")
        elif kind == "status" and name not in {status.value for status in Status}:
            reader.report(item, f"unknown status '{name}' in {what}; write met, partial, "
                                "not_met or not_assessed", "unknown-value")
        else:
            facts.append(Fact(scope or None, kind, name, reader.location(item)))
    return tuple(facts)
