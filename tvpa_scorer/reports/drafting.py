"""Cables -> a draft country assessment: findings, tier, gaps and the report, in one place.

`score`, `gaps` and the benchmark all draft through here, so each format of a report is
made from the same assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tvpa_scorer.assessment.assess import Assessment, assess
from tvpa_scorer.assessment.decisions import (
    NO_REVIEW,
    AnalystDecision,
    AppliedReview,
    apply_decisions,
)
from tvpa_scorer.assessment.effort import PriorAssessment
from tvpa_scorer.assessment.history import TierHistory
from tvpa_scorer.assessment.tier import TierDecision, decide_tier
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.json_stream import json_text
from tvpa_scorer.reports.analyst_export import analyst_json, analyst_outline
from tvpa_scorer.reports.findings_export import assessment_outline
from tvpa_scorer.reports.gaps import GapReview, review_gaps
from tvpa_scorer.reports.model import build_report
from tvpa_scorer.reports.narrative_export import narrative_json
from tvpa_scorer.reports.render import render
from tvpa_scorer.reports.source_links import source_links
from tvpa_scorer.reports.tier_chart import TimelineYear
from tvpa_scorer.reports.tier_export import report_json, tier_outline
from tvpa_scorer.rules.tier_law import Tier

EXTENSIONS = {"text": "txt", "md": "md", "html": "html", "json": "json"}


class EarlierDraft(Protocol):
    @property
    def report_year(self) -> int: ...
    @property
    def tier(self) -> Tier: ...
    @property
    def pillars(self) -> tuple[tuple[str, float | None], ...]: ...


class DraftArchive(Protocol):
    """Earlier drafts, as the corpus store keeps them: a draft reads them, never writes."""

    def history(self, country: str) -> Sequence[EarlierDraft]: ...
    def prior(self, country: str | None, report_year: int | None) -> PriorAssessment | None: ...
    def decisions(self, country: str | None, report_year: int | None
                  ) -> Sequence[AnalystDecision]: ...


@dataclass(frozen=True, slots=True)
class Draft:
    document: Document
    assessment: Assessment
    decision: TierDecision
    gaps: GapReview
    timeline: tuple[TimelineYear, ...]  # the years before the report year, then this draft
    analyst: AppliedReview = NO_REVIEW  # the analyst's decisions (review) the draft applied


def draft(document: Document, matcher: Matcher, history: TierHistory,
          store: DraftArchive | None = None, country: str | None = None,
          report_year: int | None = None, prior: PriorAssessment | None = None) -> Draft:
    """Score the cables, decide the tier against the past, and review the gaps.

    The draft of the year before comes from `prior`, else from the store."""
    assessment = assess(document, matcher, country, report_year)
    country, year = assessment.country, assessment.report_year
    # the analyst's decisions stand in for the rules' reading before the tier is decided
    assessment, analyst = apply_decisions(
        assessment, document, store.decisions(country, year) if store is not None else ())
    published = history.before(country, year)
    earlier = [item for item in store.history(country) if year is None or item.report_year < year] \
        if store is not None and country is not None else []
    if prior is None and store is not None:
        prior = store.prior(country, year)
    decision = decide_tier(assessment, matcher.rule_set.tier_law, published, prior)
    return Draft(document, assessment, decision, review_gaps(assessment, document),
                 _timeline(published, earlier, year, decision), analyst)


def _timeline(published: tuple[tuple[int, Tier], ...], earlier: Sequence[EarlierDraft],
              year: int | None, decision: TierDecision) -> tuple[TimelineYear, ...]:
    tiers = dict(published)
    drafts = {item.report_year: item for item in earlier}  # the latest kept of each year
    years = sorted(tiers.keys() | drafts.keys())
    timeline = [TimelineYear(past, tiers.get(past), drafts[past].tier if past in drafts
                             else None, drafts[past].pillars if past in drafts else ())
                for past in years]
    if year is not None:
        timeline.append(TimelineYear(year, None, decision.recommended,
                                     tuple((score.pillar, score.mean)
                                           for score in decision.pillars), current=True))
    return tuple(timeline)


def report_text(drafted: Draft, output_format: str, directory: Path | None = None,
                review_page: object | None = None) -> str:
    """The draft in one of EXTENSIONS' formats, to be read from `directory` (None: the
    working directory), where its links to the cables start. `review_page` (the review
    script and its session token) turns the HTML into `tvpa-scorer review`'s page."""
    if output_format == "text":
        return "\n".join([assessment_outline(drafted.assessment),
                          *tier_outline(drafted.decision),
                          *analyst_outline(drafted.analyst)]) + "\n"
    report = build_report(drafted.assessment, drafted.decision, drafted.gaps, drafted.document,
                          drafted.timeline, drafted.analyst)
    if output_format == "json":
        return json_text({**report_json(drafted.assessment, drafted.decision),
                          "analyst": analyst_json(drafted.analyst),
                          "narrative": narrative_json(report)})
    return render(f"report.{output_format}.j2", report=report,
                  sources=source_links(drafted.document, directory), review_page=review_page)


def report_name(drafted: Draft) -> str:
    """A file name stem: 'mexico-2008', or the cables' ids when the country is unknown."""
    assessment = drafted.assessment
    parts = [assessment.country or drafted.document.document_id]
    if assessment.report_year:
        parts.append(str(assessment.report_year))
    return "-".join("".join(char.lower() if char.isalnum() else "-" for char in part).strip("-")
                    for part in parts)
