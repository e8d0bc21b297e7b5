"""Labelled cables: what an analyst found, criterion by criterion, and how an assessment compares.

A label file names the sample cables read together, the report year, and per criterion the
expected status, the quotes that must count as evidence, the quotes that must be found but
vetoed (with the reason), and the figures that must be read. A quote counts as found when
its place in the original file overlaps a piece of evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.hits import EvidenceHit
from tvpa_scorer.kit.problems import Problem, error
from tvpa_scorer.kit.yaml_nodes import NodeReader, compose

_STATUSES = {status.value: status for status in Status}
# A rejection labelled `vetoed_by: any` asks only that the passage not count, found or not,
# for whatever reason: what an analyst's rejection in `tvpa-scorer review` says.
ANY_VETO = "any"


@dataclass(frozen=True, slots=True)
class ExpectedRejection:
    quote: str
    vetoed_by: str


@dataclass(frozen=True, slots=True)
class ExpectedFinding:
    criterion_id: str
    status: Status
    evidence: tuple[str, ...]
    rejected: tuple[ExpectedRejection, ...]
    numbers: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Label:
    path: Path
    cables: tuple[Path, ...]
    country: str | None
    report_year: int | None
    findings: tuple[ExpectedFinding, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """How one finding compares with its label."""

    criterion_id: str
    expected: Status
    actual: Status
    missing_evidence: tuple[str, ...]
    missing_rejections: tuple[ExpectedRejection, ...]
    missing_numbers: tuple[tuple[str, float], ...]

    @property
    def agrees(self) -> bool:
        return self.expected is self.actual

    @property
    def complete(self) -> bool:
        return self.agrees and not (self.missing_evidence or self.missing_rejections
                                    or self.missing_numbers)


def load_label(path: Path) -> tuple[Label | None, list[Problem]]:
    name = str(path)
    try:
        root, problems = compose(name, path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [error(name, f"cannot read label file: {exc}", "unreadable")]
    if root is None:
        return None, problems or [error(name, "label file is empty", "empty")]
    reader = NodeReader(name)
    fields = reader.fields(root, "the label file",
                           ("cables", "country", "report_year", "findings", "source"),
                           ("cables", "findings"))
    cables = tuple(path.parent / text for text, _ in reader.strings(fields["cables"], "cables")) \
        if "cables" in fields else ()
    findings = tuple(finding for criterion, _, node in reader.mapping(
        fields.get("findings", root), "findings")
        if (finding := _expected(reader, criterion, node)) is not None)
    label = Label(
        path=path, cables=cables,
        country=reader.string(fields["country"], "country") if "country" in fields else None,
        report_year=reader.integer(fields["report_year"], "report_year")
        if "report_year" in fields else None,
        findings=findings)
    return (None if reader.problems else label), reader.problems


def load_labels(arguments: Iterable[str]) -> tuple[list[Label], list[Problem]]:
    """Label files, and directories of them (every *.yml inside): the labels and their problems."""
    labels, problems = [], []
    for path in _label_paths(arguments, problems):
        label, found = load_label(path)
        problems += found
        if label is not None:
            labels.append(label)
    return labels, problems


def _label_paths(arguments: Iterable[str], problems: list[Problem]) -> list[Path]:
    paths = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(path.rglob("*.yml"))
            if not found:
                problems.append(error(argument, "directory holds no label files (*.yml)",
                                      "empty-directory"))
            paths += found
        elif path.exists():
            paths.append(path)
        else:
            problems.append(error(argument, "no such label file", "not-found"))
    return paths


def _expected(reader: NodeReader, criterion: str, node: Node) -> ExpectedFinding | None:
    what = f"the label of '{criterion}'"
    fields = reader.fields(node, what, ("status", "evidence", "rejected", "numbers"), ("status",))
    status = reader.choice(fields["status"], _STATUSES, "status") if "status" in fields else None
    if status is None:
        return None
    evidence = tuple(text for text, _ in reader.strings(fields["evidence"], "evidence")) \
        if "evidence" in fields else ()
    rejected = []
    for item in getattr(fields.get("rejected"), "value", []):
        entry = reader.fields(item, "a rejected quote", ("quote", "vetoed_by"),
                              ("quote", "vetoed_by"))
        if {"quote", "vetoed_by"} <= entry.keys():
            rejected.append(ExpectedRejection(reader.string(entry["quote"], "quote") or "",
                                              reader.string(entry["vetoed_by"], "vetoed_by") or ""))
    numbers = []
    for item in getattr(fields.get("numbers"), "value", []):
        entry = reader.fields(item, "a number", ("what", "value"), ("what", "value"))
        if {"what", "value"} <= entry.keys():
            numbers.append((reader.string(entry["what"], "what") or "",
                            reader.number(entry["value"], "value") or 0.0))
    return ExpectedFinding(criterion, _STATUSES[status], evidence, tuple(rejected), tuple(numbers))


def compare(label: Label, assessment: Assessment, document: Document) -> list[Comparison]:
    """Each labelled criterion against the assessment's finding."""
    findings = {finding.criterion.criterion_id: finding for finding in assessment.findings}
    comparisons = []
    for expected in label.findings:
        finding = findings.get(expected.criterion_id)
        if finding is None:
            comparisons.append(Comparison(expected.criterion_id, expected.status,
                                          Status.NOT_ASSESSED, expected.evidence,
                                          expected.rejected, expected.numbers))
            continue
        comparisons.append(Comparison(
            criterion_id=expected.criterion_id, expected=expected.status, actual=finding.status,
            missing_evidence=tuple(quote for quote in expected.evidence
                                   if not _found(quote, finding.evidence, document)),
            missing_rejections=tuple(item for item in expected.rejected
                                     if not _rejected_as_labelled(item, finding, document)),
            missing_numbers=tuple(item for item in expected.numbers
                                  if not _has_number(finding, item))))
    return comparisons


def quote_spans(quote: str, document: Document) -> list[tuple[str, int, int]]:
    """Where a quote stands in the original files: (cable, start, end) for each place."""
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    places = []
    for cable in document.cables:
        for answer in cable.answers:
            for match in pattern.finditer(answer.text):
                start, end = cable.offsets.span_to_original(answer.clean_start + match.start(),
                                                            answer.clean_start + match.end())
                places.append((cable.cable_id, start, end))
    return places


def _found(quote: str, hits: list[EvidenceHit] | tuple[EvidenceHit, ...],
           document: Document) -> bool:
    return any(hit.place.cable == cable and hit.place.start < end and start < hit.place.end
               for cable, start, end in quote_spans(quote, document) for hit in hits)


def _rejected_as_labelled(item: ExpectedRejection, finding: Finding,
                          document: Document) -> bool:
    if item.vetoed_by == ANY_VETO:
        return not _found(item.quote, finding.evidence, document)
    return _found(item.quote, [hit for hit in finding.rejected
                               if hit.vetoed_by == item.vetoed_by], document)


def _has_number(finding: Finding, expected: tuple[str, float]) -> bool:
    what, value = expected
    return any(number.what == what and number.value == value for number in finding.numbers)
