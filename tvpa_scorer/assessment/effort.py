"""How much effort the findings show, on the 3P scale, and how it compares with a prior draft.

Effort is the weighted mean of the findings' statuses on the tier law's pillar scale (met 1,
partial 0.5, not met 0) over the criteria the cables let us assess; a pillar's score on the
1-5 scale of the 3P Anti-trafficking Policy Index is 1 + 4 x its mean. An earlier assessment
of the same country, kept in the store, turns the means into trends.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.rules.tier_law import Tier, TierLaw

PILLARS = ("prosecution", "protection", "prevention")


class Trend(Enum):
    INCREASED = "increased"
    MAINTAINED = "maintained"
    DECREASED = "decreased"


@dataclass(frozen=True, slots=True)
class PriorAssessment:
    """An earlier draft for the same country, as the store keeps it."""

    report_year: int
    tier: Tier
    effort: float | None
    pillar_means: tuple[tuple[str, float | None], ...]
    rules_version: str


@dataclass(frozen=True, slots=True)
class PillarScore:
    """A pillar on the 1-5 scale; None: not assessed. Trend against the prior draft, if any."""

    pillar: str
    score: int | None
    mean: float | None
    criteria: tuple[str, ...]
    trend: Trend | None = None
    previous_score: int | None = None


def weighted_effort(law: TierLaw, findings: Iterable[Finding]) -> float | None:
    """The weighted mean on the pillar scale of the assessed criteria that carry weight."""
    judged = [finding for finding in findings if finding.criterion.weight > 0
              and finding.status is not Status.NOT_ASSESSED]
    weight = sum(finding.criterion.weight for finding in judged)
    if not weight:
        return None
    return round(sum(finding.criterion.weight * law.pillar_scale[finding.status.value]
                     for finding in judged) / weight, 3)


def pillar_scores(law: TierLaw, findings: dict[str, Finding], prior: PriorAssessment | None
                  ) -> tuple[PillarScore, ...]:
    """Each of the three Ps on the 1-5 scale, with its trend since the prior draft."""
    before = dict(prior.pillar_means) if prior else {}
    scores = []
    for pillar in PILLARS:
        members = [finding for finding in findings.values()
                   if finding.criterion.pillar.value == pillar]
        mean = weighted_effort(law, members)
        previous = before.get(pillar)
        scores.append(PillarScore(
            pillar, scale_score(mean), mean,
            tuple(finding.criterion.criterion_id for finding in members
                  if finding.criterion.weight > 0 and finding.status is not Status.NOT_ASSESSED),
            trend_between(law, previous, mean), scale_score(previous)))
    return tuple(scores)


def trend_between(law: TierLaw, before: float | None, now: float | None) -> Trend | None:
    """Increased, maintained or decreased; None when either side was not assessed."""
    if before is None or now is None:
        return None
    change = now - before
    if change >= law.trend_threshold:
        return Trend.INCREASED
    if change <= -law.trend_threshold:
        return Trend.DECREASED
    return Trend.MAINTAINED


def scale_score(mean: float | None) -> int | None:
    """A 0..1 mean on the 1-5 scale, halves rounded up."""
    return None if mean is None else 1 + math.floor(4 * mean + 0.5)
