"""Cables -> an assessment: the report year and country, and a finding for every criterion."""

from __future__ import annotations

from dataclasses import dataclass

from tvpa_scorer.assessment.score import Finding, score_criterion
from tvpa_scorer.cables.grouping import document_placement
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.match import Matcher


@dataclass(frozen=True, slots=True)
class Assessment:
    cables: tuple[str, ...]
    country: str | None
    report_year: int | None
    rules_version: str
    truncated: tuple[str, ...]
    findings: tuple[Finding, ...]


def assess(document: Document, matcher: Matcher, country: str | None = None,
           report_year: int | None = None) -> Assessment:
    """Score every criterion over the document's cables, read together, by the rule set the
    matcher was compiled from; the country and year the cables give unless told them."""
    rule_set = matcher.rule_set
    if country is None or report_year is None:
        placed_country, placed_year = document_placement(document)
        country, report_year = country or placed_country, report_year or placed_year
    evidence = matcher.find(document, report_year, country)
    findings = tuple(score_criterion(criterion, rule_set, evidence, report_year)
                     for criterion in rule_set.criteria)
    return Assessment(
        cables=tuple(cable.cable_id for cable in document.cables),
        country=country,
        report_year=report_year,
        rules_version=rule_set.version,
        truncated=tuple(cable.cable_id for cable in document.cables if cable.truncated),
        findings=findings,
    )

