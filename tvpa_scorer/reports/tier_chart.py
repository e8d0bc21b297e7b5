"""A country's tiers over the years, laid out as a chart for the HTML report.

Published tiers (the built-in history and --history) are filled circles joined by a line;
drafts (earlier ones kept in the store, and the draft in hand, last) are open diamonds, so
the two differ in shape as well as colour. html/tier_chart.html.j2 draws the SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvpa_scorer.reports.charts import marker_path
from tvpa_scorer.rules.tier_law import Tier

_ROWS = (Tier.ONE, Tier.TWO, Tier.WATCH_LIST, Tier.THREE)
_STEP_X, _STEP_Y, _LEFT, _TOP, _RIGHT, _BOTTOM = 46, 36, 138, 44, 24, 48
_APART = 6
_SHAPES = {"published": "circle", "drafted": "diamond", "current": "diamond"}
_WORDS = {"published": "published", "drafted": "earlier draft", "current": "this draft"}


@dataclass(frozen=True, slots=True)
class TimelineYear:
    """A report year of the country: its published tier and its draft, when known, and
    the draft's pillar means (0-1, as the store keeps them), when there is a draft."""

    year: int
    published: Tier | None
    drafted: Tier | None
    pillars: tuple[tuple[str, float | None], ...] = ()
    current: bool = False  # the draft in hand


@dataclass(frozen=True, slots=True)
class ChartPoint:
    x: int
    y: int
    year: int
    tier: Tier
    series: str  # "published", "drafted" (an earlier draft) or "current" (this draft)
    path: str  # the marker

    @property
    def words(self) -> str:
        return f"{self.year}: {self.tier.label} ({_WORDS[self.series]})"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    x: int
    y: int
    series: str
    label: str
    path: str


@dataclass(frozen=True, slots=True)
class TierChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_bottom: int
    rows: tuple[tuple[str, int], ...]  # (tier label, y) for the axis
    years: tuple[tuple[int, int], ...]  # (year, x) for the axis
    points: tuple[ChartPoint, ...]
    published_line: str  # SVG polyline points of the published series
    drafted_line: str  # of the drafts, earlier ones and this one
    legend: tuple[LegendEntry, ...]
    description: str  # every point in words, for the text alternative


def tier_chart(timeline: tuple[TimelineYear, ...]) -> TierChart | None:
    """The chart of a timeline; None when it has no tier to draw."""
    if not timeline:
        return None
    first = timeline[0].year
    x_of = {entry.year: _LEFT + 14 + (entry.year - first) * _STEP_X for entry in timeline}
    y_of = {tier: _TOP + row * _STEP_Y for row, tier in enumerate(_ROWS)}
    points = [ChartPoint(x_of[entry.year] + shift, y_of[tier], entry.year, tier, series,
                         marker_path(_SHAPES[series], x_of[entry.year] + shift, y_of[tier], 6))
              for entry in timeline for series, tier, shift in _series(entry)
              if tier in y_of]
    if not points:
        return None
    plot_right = x_of[timeline[-1].year] + 14
    legend = _legend(points)
    return TierChart(
        width=max(plot_right + _RIGHT, legend[-1].x + _legend_width(legend[-1].label)),
        height=_TOP + (len(_ROWS) - 1) * _STEP_Y + _BOTTOM,
        plot_left=_LEFT, plot_right=plot_right,
        plot_bottom=_TOP + (len(_ROWS) - 1) * _STEP_Y + 14,
        rows=tuple((tier.label, y_of[tier]) for tier in _ROWS),
        years=tuple((entry.year, x_of[entry.year]) for entry in timeline),
        points=tuple(points), published_line=_line(points, ("published",)),
        drafted_line=_line(points, ("drafted", "current")), legend=legend,
        description="; ".join(point.words for point in points) + ".")


def _series(entry: TimelineYear) -> tuple[tuple[str, Tier | None, int], ...]:
    """A year's published tier and draft, set apart when both are drawn, so neither hides
    the other."""
    apart = _APART if entry.published in _ROWS and entry.drafted in _ROWS else 0
    return (("published", entry.published, -apart),
            ("current" if entry.current else "drafted", entry.drafted, apart))


def _line(points: list[ChartPoint], series: tuple[str, ...]) -> str:
    chosen = [point for point in points if point.series in series]
    return " ".join(f"{point.x},{point.y}" for point in chosen) if len(chosen) > 1 else ""


def _legend(points: list[ChartPoint]) -> tuple[LegendEntry, ...]:
    """A key above the plot for each series drawn, left to right."""
    shown = [series for series in _WORDS if any(point.series == series for point in points)]
    labels = {"published": "Published tier", "drafted": "Earlier draft (store)",
              "current": "This draft"}
    entries, x = [], _LEFT
    for series in shown:
        entries.append(LegendEntry(x, 16, series, labels[series],
                                   marker_path(_SHAPES[series], x + 6, 16, 6)))
        x += _legend_width(labels[series])
    return tuple(entries)


def _legend_width(label: str) -> int:
    """A legend entry's marker and words, with room to the next; 12px text runs about 7px a
    character."""
    return 30 + 7 * len(label)
