"""The three Ps on the 1-5 scale across report years, laid out as a chart.

The scores come from the drafts: earlier ones kept in the store and the draft in hand (the
published history has tiers only). Each pillar has its own marker shape and line dash, and
the three are set a little apart on a year so equal scores do not hide one another; one
year alone is still drawn. html/pillar_chart.html.j2 draws the SVG.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from tvpa_scorer.assessment.effort import PILLARS, scale_score
from tvpa_scorer.reports.charts import marker_path
from tvpa_scorer.reports.tier_chart import TimelineYear

_LEFT, _TOP, _RIGHT, _BOTTOM, _STEP_X, _STEP_Y, _PAD, _MIN_PLOT = 64, 44, 24, 48, 70, 34, 36, 300
_STYLE = {"prosecution": ("circle", -8), "protection": ("square", 0),
          "prevention": ("triangle", 8)}  # marker, x offset


@dataclass(frozen=True, slots=True)
class PillarPoint:
    x: int
    y: int
    year: int
    score: int
    path: str


@dataclass(frozen=True, slots=True)
class PillarSeries:
    pillar: str
    heading: str
    points: tuple[PillarPoint, ...]
    line: str  # an SVG path, broken where a drafted year has no score; empty with one point
    legend_x: int
    legend_path: str


@dataclass(frozen=True, slots=True)
class PillarYear:
    """A row of the chart's table: a year's three scores and whose draft they are."""

    year: int
    scores: tuple[int | None, ...]  # in PILLARS' order
    source: str


@dataclass(frozen=True, slots=True)
class PillarChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    scale: tuple[tuple[int, int], ...]  # (score, y)
    years: tuple[tuple[int, int], ...]  # (year, x)
    series: tuple[PillarSeries, ...]
    table: tuple[PillarYear, ...]
    caption: str

    headings = tuple(pillar.capitalize() for pillar in PILLARS)


def pillar_chart(timeline: Sequence[TimelineYear]) -> PillarChart | None:
    """The chart of the drafted years of a timeline; None when no draft has a pillar score."""
    drafted = [entry for entry in timeline if entry.drafted is not None and entry.pillars]
    table = tuple(PillarYear(entry.year, _scores(entry), "this draft" if entry.current
                             else "earlier draft") for entry in drafted)
    if all(score is None for row in table for score in row.scores):
        return None
    first, span = table[0].year, (table[-1].year - table[0].year) * _STEP_X
    plot_width = max(2 * _PAD + span, _MIN_PLOT)  # a single year stands in the middle
    plot_right = _LEFT + plot_width
    x_of = {row.year: _LEFT + (plot_width - span) // 2 + (row.year - first) * _STEP_X
            for row in table}
    y_of = {score: _TOP + (5 - score) * _STEP_Y for score in range(1, 6)}
    series = tuple(_series(pillar, index, table, x_of, y_of)
                   for index, pillar in enumerate(PILLARS))
    return PillarChart(
        width=max(plot_right + _RIGHT, 400), height=_TOP + 4 * _STEP_Y + _BOTTOM,
        plot_left=_LEFT, plot_right=plot_right, plot_top=_TOP, plot_bottom=y_of[1],
        scale=tuple(y_of.items()), years=tuple(x_of.items()), series=series, table=table,
        caption=_caption(table))


def _scores(entry: TimelineYear) -> tuple[int | None, ...]:
    means = dict(entry.pillars)
    return tuple(scale_score(means.get(pillar)) for pillar in PILLARS)


def _series(pillar: str, index: int, table: tuple[PillarYear, ...], x_of: dict[int, int],
            y_of: dict[int, int]) -> PillarSeries:
    shape, offset = _STYLE[pillar]
    points = tuple(PillarPoint(x_of[row.year] + offset, y_of[score], row.year, score,
                               marker_path(shape, x_of[row.year] + offset, y_of[score], 5))
                   for row in table if (score := row.scores[index]) is not None)
    legend_x = _LEFT + index * 120
    return PillarSeries(pillar, pillar.capitalize(), points, _line(points, table),
                        legend_x, marker_path(shape, legend_x + 6, 16, 5))


def _line(points: tuple[PillarPoint, ...], table: tuple[PillarYear, ...]) -> str:
    """The path through the points, lifted over a drafted year that has no score."""
    if len(points) < 2:
        return ""
    years = [row.year for row in table]
    steps = [f"M{points[0].x},{points[0].y}"]
    for before, point in pairwise(points):
        joined = years.index(point.year) == years.index(before.year) + 1
        steps.append(f"{'L' if joined else 'M'}{point.x},{point.y}")
    return " ".join(steps)


def _caption(table: tuple[PillarYear, ...]) -> str:
    if len(table) == 1:
        return (f"Pillar scores of the {table[0].year} draft on the 1-5 scale; there is no "
                "earlier draft of this country on record to compare them with.")
    years = ", ".join(str(row.year) for row in table)
    return (f"Pillar scores on the 1-5 scale in the drafts of {years} (earlier drafts from the "
            "assessment store); the published history has tiers only.")
