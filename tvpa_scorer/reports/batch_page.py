"""A batch's summary page: the country-by-criterion heat map, as one self-contained HTML page
beside the batch's tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tvpa_scorer import __version__
from tvpa_scorer.reports.heat_map import HeatEntry, HeatMap, heat_map
from tvpa_scorer.reports.render import render


@dataclass(frozen=True, slots=True)
class BatchPage:
    heat_map: HeatMap | None
    cables: int
    tables: tuple[str, ...]  # the tables' file names, linked from the page
    tool_version: str


def batch_page(entries: Sequence[HeatEntry], cables: int, tables: Sequence[str]) -> str:
    """The summary page of a batch of `cables` whose country-years gave `entries`."""
    return render("batch-summary.html.j2", page=BatchPage(heat_map(entries), cables,
                                                          tuple(tables), __version__))
