"""A country's tiers over the years, as the points of a small chart in the HTML report.

Published tiers (the built-in history and --history) and earlier drafts kept in the store
are drawn as two series, the draft in hand as the last point; the template draws the SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvpa_scorer.rules.tier_law import Tier

_ROWS = (Tier.ONE, Tier.TWO, Tier.WATCH_LIST, Tier.THREE)
_STEP_X, _STEP_Y, _LEFT, _TOP = 34, 26, 96, 14


@dataclass(frozen=True, slots=True)
class TimelineYear:
    """A report year of the country: its published tier and its draft, when known."""

    year: int
    published: Tier | None
    drafted: Tier | None


@dataclass(frozen=True, slots=True)
class ChartPoint:
    x: int
    y: int
    year: int
    tier: Tier
    series: str  # "published" or "drafted"


@dataclass(frozen=True, slots=True)
class TierChart:
    width: int
    height: int
    rows: tuple[tuple[str, int], ...]  # (tier label, y) for the axis
    years: tuple[tuple[int, int], ...]  # (year, x) for the axis
    points: tuple[ChartPoint, ...]
    published_line: str  # SVG polyline points of the published series

    @property
    def plot_right(self) -> int:
        return self.width - 10


def tier_chart(timeline: tuple[TimelineYear, ...]) -> TierChart | None:
    """The chart of a timeline; None when it has no tier to draw."""
    if not timeline:
        return None
    first = timeline[0].year
    x_of = {entry.year: _LEFT + (entry.year - first) * _STEP_X for entry in timeline}
    y_of = {tier: _TOP + row * _STEP_Y for row, tier in enumerate(_ROWS)}
    points = [ChartPoint(x_of[entry.year], y_of[tier], entry.year, tier, series)
              for entry in timeline
              for series, tier in (("published", entry.published), ("drafted", entry.drafted))
              if tier in y_of]
    if not points:
        return None
    line = " ".join(f"{point.x},{point.y}" for point in points if point.series == "published")
    return TierChart(
        width=x_of[timeline[-1].year] + 30, height=_TOP + len(_ROWS) * _STEP_Y + 14,
        rows=tuple((tier.label.replace("Tier 2 Watch List", "Tier 2 WL"), y_of[tier])
                   for tier in _ROWS),
        years=tuple((entry.year, x_of[entry.year]) for entry in timeline),
        points=tuple(points), published_line=line)
