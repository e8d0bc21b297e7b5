"""The charts of a country report, built together: the criteria at a glance, the pillar
scores across report years, and the tier timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.reports.glance import Glance, glance
from tvpa_scorer.reports.pillar_chart import PillarChart, pillar_chart
from tvpa_scorer.reports.tier_chart import TierChart, TimelineYear, tier_chart


@dataclass(frozen=True, slots=True)
class ReportCharts:
    glance: Glance | None
    pillars: PillarChart | None
    tiers: TierChart | None


def report_charts(findings: Sequence[Finding], decision: TierDecision,
                  timeline: tuple[TimelineYear, ...]) -> ReportCharts:
    """Every chart of a report; a chart with nothing to draw is None."""
    return ReportCharts(glance(findings, decision.pillars), pillar_chart(timeline),
                        tier_chart(timeline))
