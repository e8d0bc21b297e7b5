"""A batch at a glance: a country-by-criterion heat map for the batch's summary page.

A row per country-year (its cables read together) with its draft tier; a column per
criterion, grouped by pillar; each cell the status letter and shade. Workers send back a
HeatEntry per country-year, a few hundred bytes, so a corpus of any size fits in memory;
templates/batch-summary.html.j2 draws the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tvpa_scorer.assessment.score import Status
from tvpa_scorer.reports.charts import (
    PILLAR_HEADINGS,
    STATUS_MARKS,
    StatusMark,
    score_text,
    short_title,
)
from tvpa_scorer.reports.drafting import Draft
from tvpa_scorer.rules.tier_law import Tier

CELL, GAP, LABEL_WIDTH, TIER_WIDTH, BAND, HEADER, RIGHT = 26, 2, 200, 120, 26, 160, 90
_ORDER = {pillar: index for index, (pillar, _) in enumerate(PILLAR_HEADINGS)}


@dataclass(frozen=True, slots=True)
class HeatFinding:
    criterion_id: str
    title: str
    pillar: str
    weight: float
    status: Status
    score: float | None


@dataclass(frozen=True, slots=True)
class HeatEntry:
    """What the summary page needs of a country-year's draft."""

    country: str | None
    report_year: int | None
    cables: tuple[str, ...]
    tier: Tier
    findings: tuple[HeatFinding, ...]

    @property
    def label(self) -> str:
        place = self.country or " ".join(self.cables)
        return f"{place} {self.report_year}" if self.report_year else place


def heat_entry(drafted: Draft) -> HeatEntry:
    """A country-year's draft as a row of the heat map."""
    assessment = drafted.assessment
    return HeatEntry(assessment.country, assessment.report_year, tuple(assessment.cables),
                     drafted.decision.recommended, tuple(
                         HeatFinding(finding.criterion.criterion_id, finding.criterion.title,
                                     finding.criterion.pillar.value, finding.criterion.weight,
                                     finding.status, finding.score)
                         for finding in assessment.findings if finding.applicable))


@dataclass(frozen=True, slots=True)
class HeatColumn:
    criterion_id: str
    title: str
    label: str
    x: int


@dataclass(frozen=True, slots=True)
class PillarBand:
    heading: str
    x: int
    width: int


@dataclass(frozen=True, slots=True)
class HeatCell:
    x: int
    mark: StatusMark | None  # None: the criterion does not apply in the row's year
    words: str  # the cell for a tooltip: "Mexico 2008, Shelters: partial, score 0.38"


@dataclass(frozen=True, slots=True)
class HeatRow:
    y: int
    label: str
    tier: str
    cells: tuple[HeatCell, ...]


@dataclass(frozen=True, slots=True)
class HeatMap:
    width: int
    height: int
    columns: tuple[HeatColumn, ...]
    bands: tuple[PillarBand, ...]
    rows: tuple[HeatRow, ...]
    description: str

    cell = CELL
    label_width = LABEL_WIDTH
    tier_x = LABEL_WIDTH + 4
    header = HEADER
    marks = tuple(STATUS_MARKS.values())  # for the key


def heat_map(entries: Iterable[HeatEntry]) -> HeatMap | None:
    """The heat map of the country-years, sorted by country and year; None when empty."""
    ordered = sorted(entries, key=lambda entry: ((entry.country or "~").casefold(),
                                                 entry.report_year or 0, entry.cables))
    if not ordered:
        return None
    columns = _columns(ordered)
    rows = tuple(_row(entry, columns, HEADER + index * (CELL + GAP))
                 for index, entry in enumerate(ordered))
    right = columns[-1].x + CELL if columns else LABEL_WIDTH + TIER_WIDTH
    return HeatMap(right + RIGHT, HEADER + len(rows) * (CELL + GAP) + 4, columns,
                   _bands(columns, ordered), rows,
                   f"{len(rows)} country-years by {len(columns)} criteria, grouped by pillar; "
                   "letters: M met, P partial, N not met, ? not assessed, blank: does not "
                   "apply in the report year.")


def _columns(entries: list[HeatEntry]) -> tuple[HeatColumn, ...]:
    """Every criterion any row has, by pillar, then weight, heaviest first."""
    found = {finding.criterion_id: finding for entry in entries for finding in entry.findings}
    ordered = sorted(found.values(), key=lambda finding: (
        _ORDER.get(finding.pillar, len(_ORDER)), -finding.weight, finding.criterion_id))
    start = LABEL_WIDTH + TIER_WIDTH
    columns, x, pillar = [], start, None
    for finding in ordered:
        if pillar is not None and finding.pillar != pillar:
            x += 3 * GAP  # a gap between pillars
        columns.append(HeatColumn(finding.criterion_id, finding.title,
                                  short_title(finding.criterion_id, finding.title), x))
        x += CELL + GAP
        pillar = finding.pillar
    return tuple(columns)


def _bands(columns: tuple[HeatColumn, ...], entries: list[HeatEntry]) -> tuple[PillarBand, ...]:
    pillar_of = {finding.criterion_id: finding.pillar
                 for entry in entries for finding in entry.findings}
    headings = dict(PILLAR_HEADINGS)
    bands: list[PillarBand] = []
    for pillar, _ in PILLAR_HEADINGS:
        members = [column for column in columns if pillar_of[column.criterion_id] == pillar]
        if members:
            width = members[-1].x + CELL - members[0].x
            heading = headings[pillar]
            # a pillar of one or two columns has room for its first letters only
            bands.append(PillarBand(heading if 7 * len(heading) <= width
                                    else heading[:max(3, width // 9)] + ".", members[0].x, width))
    return tuple(bands)


def _row(entry: HeatEntry, columns: tuple[HeatColumn, ...], y: int) -> HeatRow:
    found = {finding.criterion_id: finding for finding in entry.findings}
    cells = []
    for column in columns:
        finding = found.get(column.criterion_id)
        if finding is None:
            cells.append(HeatCell(column.x, None,
                                  f"{entry.label}, {column.label}: does not apply"))
        else:
            mark = STATUS_MARKS[finding.status]
            cells.append(HeatCell(column.x, mark, f"{entry.label}, {column.label}: "
                                  f"{mark.words}, score {score_text(finding.score)}"))
    return HeatRow(y, entry.label, entry.tier.label, tuple(cells))
