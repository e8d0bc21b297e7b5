"""Cables -> a draft country assessment: findings, tier, gaps and the report, in one place.

`score`, `gaps` and the benchmark all draft through here, so each format of a report is
made from the same assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tvpa_scorer.assessment.assess import Assessment, assess
from tvpa_scorer.assessment.effort import PriorAssessment
from tvpa_scorer.assessment.history import TierHistory
from tvpa_scorer.assessment.tier import TierDecision, decide_tier
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.json_stream import json_text
from tvpa_scorer.reports.findings_export import assessment_outline
from tvpa_scorer.reports.gaps import GapReview, review_gaps
from tvpa_scorer.reports.model import build_report
from tvpa_scorer.reports.render import render
from tvpa_scorer.reports.tier_chart import TimelineYear
from tvpa_scorer.reports.tier_export import report_json, tier_outline
from tvpa_scorer.rules.tier_law import Tier

EXTENSIONS = {"text": "txt", "md": "md", "html": "html", "json": "json"}


class EarlierDraft(Protocol):
    @property
    def report_year(self) -> int: ...
    @property
    def tier(self) -> Tier: ...


class DraftArchive(Protocol):
    """Earlier drafts, as the corpus store keeps them: a draft reads them, never writes."""

    def history(self, country: str) -> Sequence[EarlierDraft]: ...
    def prior(self, country: str | None, report_year: int | None) -> PriorAssessment | None: ...


@dataclass(frozen=True, slots=True)
class Draft:
    document: Document
    assessment: Assessment
    decision: TierDecision
    gaps: GapReview
    timeline: tuple[TimelineYear, ...]  # the years before the report year, then this draft


def draft(document: Document, matcher: Matcher, history: TierHistory,
          store: DraftArchive | None = None, country: str | None = None,
          report_year: int | None = None, prior: PriorAssessment | None = None) -> Draft:
    """Score the cables, decide the tier against the past, and review the gaps.

    The draft of the year before comes from `prior`, else from the store."""
    assessment = assess(document, matcher, country, report_year)
    country, year = assessment.country, assessment.report_year
    published = history.before(country, year)
    earlier = [item for item in store.history(country) if year is None or item.report_year < year] \
        if store is not None and country is not None else []
    if prior is None and store is not None:
        prior = store.prior(country, year)
    decision = decide_tier(assessment, matcher.rule_set.tier_law, published, prior)
    return Draft(document, assessment, decision, review_gaps(assessment, document),
                 _timeline(published, earlier, year, decision.recommended))


def _timeline(published: tuple[tuple[int, Tier], ...], earlier: Sequence[EarlierDraft],
              year: int | None, tier: Tier) -> tuple[TimelineYear, ...]:
    tiers = dict(published)
    drafts = {item.report_year: item.tier for item in earlier}
    years = sorted(tiers.keys() | drafts.keys())
    timeline = [TimelineYear(past, tiers.get(past), drafts.get(past)) for past in years]
    if year is not None:
        timeline.append(TimelineYear(year, None, tier))
    return tuple(timeline)


def report_text(drafted: Draft, output_format: str) -> str:
    """The draft in one of EXTENSIONS' formats."""
    if output_format == "text":
        return "\n".join([assessment_outline(drafted.assessment),
                          *tier_outline(drafted.decision)]) + "\n"
    if output_format == "json":
        return json_text(report_json(drafted.assessment, drafted.decision))
    report = build_report(drafted.assessment, drafted.decision, drafted.gaps, drafted.document,
                          drafted.timeline)
    return render(f"report.{output_format}.j2", report=report)


def report_name(drafted: Draft) -> str:
    """A file name stem: 'mexico-2008', or the cables' ids when the country is unknown."""
    assessment = drafted.assessment
    parts = [assessment.country or drafted.document.document_id]
    if assessment.report_year:
        parts.append(str(assessment.report_year))
    return "-".join("".join(char.lower() if char.isalnum() else "-" for char in part).strip("-")
                    for part in parts)
