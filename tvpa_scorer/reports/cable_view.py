"""A cable's original text cut into runs, the cited passages marked, for the HTML report.

Every citation in the report points at a character span of the original file; the page
shows the whole file with those spans highlighted, and an anchor where each span starts so
a citation link lands on its quote. Spans may overlap (two rules citing neighbouring
sentences); runs are cut at every span edge so each run is either cited or not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from tvpa_scorer.cables.model import Cable


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    cited: bool
    anchors: tuple[str, ...]  # ids of the cited spans that start here


@dataclass(frozen=True, slots=True)
class CableView:
    cable_id: str
    path: str
    runs: tuple[Run, ...]


def anchor_id(cable_id: str, start: int, end: int) -> str:
    """The HTML id of a cited span: stable, and unique within a report."""
    safe = "".join(char if char.isalnum() else "-" for char in cable_id)
    return f"q-{safe}-{start}-{end}"


def cable_view(cable: Cable, spans: Iterable[tuple[int, int]]) -> CableView:
    """The cable's text as runs, the given (start, end) spans marked."""
    text = cable.text
    spans = sorted({(max(0, start), min(len(text), end)) for start, end in spans
                    if start < end})
    cuts = sorted({0, len(text), *(edge for span in spans for edge in span)})
    starts: dict[int, list[str]] = {}
    for start, end in spans:
        starts.setdefault(start, []).append(anchor_id(cable.cable_id, start, end))
    runs, open_spans, next_span = [], [], 0
    for left, right in pairwise(cuts):
        while next_span < len(spans) and spans[next_span][0] <= left:
            open_spans.append(spans[next_span])
            next_span += 1
        open_spans = [span for span in open_spans if span[1] > left]
        runs.append(Run(text[left:right], bool(open_spans), tuple(starts.get(left, ()))))
    return CableView(cable.cable_id, cable.path, tuple(runs))
