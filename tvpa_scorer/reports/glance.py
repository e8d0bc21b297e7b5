"""The criteria at a glance: a status matrix, a column per pillar and a cell per criterion.

Each cell shows the criterion's short title, its status (a letter and a shade) and its
score, and links to the criterion's article in the report; html/glance.html.j2 draws it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tvpa_scorer.assessment.effort import PillarScore
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.reports.charts import (
    PILLAR_HEADINGS,
    STATUS_MARKS,
    StatusMark,
    score_text,
    short_title,
    wrap,
)

CELL_WIDTH, CELL_HEIGHT, GAP, HEAD, MARGIN = 176, 54, 8, 42, 2


@dataclass(frozen=True, slots=True)
class GlanceCell:
    criterion_id: str
    title: str  # the full title, for the cell's tooltip and the table
    label: tuple[str, ...]  # the short title, a line each
    mark: StatusMark
    score: str
    x: int
    y: int


@dataclass(frozen=True, slots=True)
class GlanceColumn:
    pillar: str
    heading: str
    pillar_score: int | None  # on the 1-5 scale, for the three Ps
    x: int
    cells: tuple[GlanceCell, ...]


@dataclass(frozen=True, slots=True)
class Glance:
    width: int
    height: int
    columns: tuple[GlanceColumn, ...]
    description: str  # the counts by status, for the text alternative

    cell_width = CELL_WIDTH
    cell_height = CELL_HEIGHT
    head = HEAD
    marks = tuple(STATUS_MARKS.values())  # for the key


def glance(findings: Sequence[Finding], pillars: Sequence[PillarScore]) -> Glance | None:
    """The matrix of the findings in the order given; None when there is none."""
    scores = {score.pillar: score.score for score in pillars}
    columns = []
    for pillar, heading in PILLAR_HEADINGS:
        members = [finding for finding in findings if finding.criterion.pillar.value == pillar]
        if members:
            x = MARGIN + len(columns) * (CELL_WIDTH + GAP)
            columns.append(GlanceColumn(pillar, heading, scores.get(pillar), x, tuple(
                _cell(finding, x, MARGIN + HEAD + row * (CELL_HEIGHT + GAP))
                for row, finding in enumerate(members))))
    if not columns:
        return None
    rows = max(len(column.cells) for column in columns)
    return Glance(
        width=2 * MARGIN + len(columns) * (CELL_WIDTH + GAP) - GAP,
        height=2 * MARGIN + HEAD + rows * (CELL_HEIGHT + GAP) - GAP,
        columns=tuple(columns), description=_description(findings))


def _cell(finding: Finding, x: int, y: int) -> GlanceCell:
    criterion = finding.criterion
    return GlanceCell(criterion.criterion_id, criterion.title,
                      wrap(short_title(criterion.criterion_id, criterion.title), 20)[:2],
                      STATUS_MARKS[finding.status], score_text(finding.score), x, y)


def _description(findings: Sequence[Finding]) -> str:
    counts = Counter(finding.status for finding in findings)
    told = ", ".join(f"{counts[status]} {mark.words}" for status, mark in STATUS_MARKS.items()
                     if counts[status])
    return (f"{len(findings)} criteria by pillar: {told}. "
            "Letters: M met, P partial, N not met, ? not assessed.")
