"""Cables -> a draft country assessment: findings, tier, gaps and the report, in one place.

`score`, `gaps` and the benchmark all draft through here, so each format of a report is
made from the same assessment.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvpa_scorer.assess import Assessment, assess
from tvpa_scorer.cables.model import Document
from tvpa_scorer.findings_export import assessment_outline
from tvpa_scorer.gaps import GapReview, review_gaps
from tvpa_scorer.history import TierHistory
from tvpa_scorer.match import Matcher
from tvpa_scorer.render import render
from tvpa_scorer.report_model import build_report
from tvpa_scorer.tier import TierDecision, decide_tier
from tvpa_scorer.tier_export import report_json, tier_outline

EXTENSIONS = {"text": "txt", "md": "md", "html": "html", "json": "json"}


@dataclass(frozen=True, slots=True)
class Draft:
    document: Document
    assessment: Assessment
    decision: TierDecision
    gaps: GapReview


def draft(document: Document, matcher: Matcher, history: TierHistory, country: str | None = None,
          report_year: int | None = None) -> Draft:
    """Score the cables, decide the tier and review the gaps."""
    assessment = assess(document, matcher.rule_set, matcher, country, report_year)
    decision = decide_tier(assessment, matcher.rule_set.tier_law,
                           history.before(assessment.country, assessment.report_year))
    return Draft(document, assessment, decision, review_gaps(assessment, document))


def report_text(drafted: Draft, output_format: str) -> str:
    """The draft in one of EXTENSIONS' formats."""
    if output_format == "text":
        return "\n".join([assessment_outline(drafted.assessment),
                          *tier_outline(drafted.decision)]) + "\n"
    if output_format == "json":
        return render("report.json.j2",
                      contract=report_json(drafted.assessment, drafted.decision))
    report = build_report(drafted.assessment, drafted.decision, drafted.gaps, drafted.document)
    return render(f"report.{output_format}.j2", report=report)


def report_name(drafted: Draft) -> str:
    """A file name stem: 'mexico-2008', or the cables' ids when the country is unknown."""
    assessment = drafted.assessment
    parts = [assessment.country or drafted.document.document_id]
    if assessment.report_year:
        parts.append(str(assessment.report_year))
    return "-".join("".join(char.lower() if char.isalnum() else "-" for char in part).strip("-")
                    for part in parts)
