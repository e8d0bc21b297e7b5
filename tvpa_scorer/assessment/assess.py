"""Cables -> an assessment: the report year and country, and a finding for every criterion."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from tvpa_scorer.assessment.score import Finding, score_criterion
from tvpa_scorer.cables.countries import find_country
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.match import Matcher

# Posts answer the tasker from December to March for the report published in June; a cable
# from the second half of the year feeds the next year's report.
_LAST_MONTH_FOR_THIS_YEAR = 6


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
    matcher was compiled from."""
    rule_set = matcher.rule_set
    year = report_year or infer_report_year(document)
    country = country or find_country(list(document.cables))
    evidence = matcher.find(document, year, country)
    findings = tuple(score_criterion(criterion, rule_set, evidence, year)
                     for criterion in rule_set.criteria)
    return Assessment(
        cables=tuple(cable.cable_id for cable in document.cables),
        country=country,
        report_year=year,
        rules_version=rule_set.version,
        truncated=tuple(cable.cable_id for cable in document.cables if cable.truncated),
        findings=findings,
    )


def infer_report_year(document: Document) -> int | None:
    """The June report the latest dated cable feeds."""
    dates = [cable.header.date for cable in document.cables if cable.header.date]
    return report_year_of(max(dates)) if dates else None


def report_year_of(date: datetime.date | None) -> int | None:
    """The June report a cable of this date feeds."""
    if date is None:
        return None
    return date.year + (0 if date.month <= _LAST_MONTH_FOR_THIS_YEAR else 1)
