"""Assessment + tier decision + gap review -> the report model every template renders.

The model holds the draft's sentences in the TIP Report's shape for the report year (the
tier line, the compliance sentence, the Watch List sentence, recommendations, one section
per pillar) and every cited passage with what it counted as. Templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tvpa_scorer import __version__
from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.effort import PillarScore, PriorAssessment
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.hits import EvidenceHit, FoundNumber, Place
from tvpa_scorer.reports.cable_view import CableView, anchor_id, cable_view
from tvpa_scorer.reports.gaps import GapReview
from tvpa_scorer.reports.narrative import Narrative, write_narrative
from tvpa_scorer.reports.tier_chart import TierChart, TimelineYear, tier_chart
from tvpa_scorer.rules.model import Effect
from tvpa_scorer.rules.names import MarkName, ModifierName

# How a report names what a passage counted as; any other modifier is shown by its id.
MARKS = {
    ModifierName.PLANNED: "planned",
    ModifierName.POSSIBLE: "only possible",
    ModifierName.HEDGED: "hedged",
    ModifierName.NON_GOVERNMENT: "another actor's",
    ModifierName.GOVERNMENT_FUNDED: "government-funded",
    ModifierName.AUTONOMOUS_BODY: "autonomous body",
    ModifierName.NEGATED: "negated",
    MarkName.HISTORICAL: "before the reporting period",
    MarkName.QUALIFIED: "qualified in the same clause",
    MarkName.CROSS_REFERENCE: "cross-reference",
    MarkName.REPEAT: "repeated answer",
    MarkName.UNATTRIBUTED: "no government actor",
}
_SECTIONS = (("prosecution", "Prosecution"), ("protection", "Protection"),
             ("prevention", "Prevention"), ("partnership", "Partnership"),
             ("general", "Cross-cutting indicia"))


@dataclass(frozen=True, slots=True)
class Cited:
    """A passage of a cable the report quotes, and what it counted as."""

    quote: str
    citation: str
    cable: str
    start: int  # the span in the original file
    end: int
    anchor: str
    line: int
    supports: bool
    counted: bool
    vetoed_by: str | None
    marks: tuple[tuple[str, str], ...]  # (modifier id, label), e.g. ("planned", "planned")
    detail: str = ""  # for a number: what was counted, e.g. "victims identified: 38"


@dataclass(frozen=True, slots=True)
class CriterionView:
    finding: Finding
    evidence: tuple[Cited, ...]
    not_counted: tuple[Cited, ...]
    numbers: tuple[Cited, ...]

    @property
    def citations(self) -> tuple[Cited, ...]:
        """The counted evidence, one entry per answer cited."""
        first: dict[str, Cited] = {}
        for item in self.evidence:
            first.setdefault(item.citation, item)
        return tuple(first.values())


@dataclass(frozen=True, slots=True)
class Section:
    pillar: str
    heading: str
    opening: str
    score: PillarScore | None
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True, slots=True)
class Report:
    assessment: Assessment
    decision: TierDecision
    narrative: Narrative
    sections: tuple[Section, ...]
    criteria: tuple[CriterionView, ...]
    gaps: GapReview
    cables: tuple[CableView, ...]
    timeline: tuple[TimelineYear, ...]
    chart: TierChart | None
    tool_version: str


def build_report(assessment: Assessment, decision: TierDecision, gaps: GapReview,
                 document: Document, timeline: tuple[TimelineYear, ...] = ()) -> Report:
    """Lay the assessment out as a draft country narrative."""
    ordered = sorted((finding for finding in assessment.findings if finding.applicable),
                     key=lambda finding: (-finding.criterion.weight,
                                          finding.criterion.criterion_id))
    views = {finding.criterion.criterion_id: _criterion_view(finding) for finding in ordered}
    pillar_scores = {score.pillar: score for score in decision.pillars}
    sections = tuple(
        Section(pillar, heading, _opening(heading, pillar_scores.get(pillar), decision.prior),
                pillar_scores.get(pillar),
                tuple(view for view in views.values()
                      if view.finding.criterion.pillar.value == pillar))
        for pillar, heading in _SECTIONS)
    spans: dict[str, list[tuple[int, int]]] = {}
    for view in views.values():
        for item in (*view.evidence, *view.not_counted, *view.numbers):
            spans.setdefault(item.cable, []).append((item.start, item.end))
    # passages the gap review asks a reviewer to read are linked to their place too
    for place in (place for found in gaps.gaps.values() for gap in found
                  for place in gap.passages):
        spans.setdefault(place.cable, []).append((place.start, place.end))
    return Report(
        assessment=assessment, decision=decision,
        narrative=write_narrative(assessment, decision, views),
        sections=tuple(section for section in sections if section.criteria),
        criteria=tuple(views.values()), gaps=gaps,
        cables=tuple(cable_view(cable, spans.get(cable.cable_id, ()))
                     for cable in document.cables),
        timeline=timeline, chart=tier_chart(timeline),
        tool_version=__version__,
    )


def _criterion_view(finding: Finding) -> CriterionView:
    return CriterionView(finding,
                         _distinct(cite_hit(hit) for hit in finding.evidence),
                         _distinct(cite_hit(hit) for hit in finding.rejected),
                         _distinct(_cite_number(number) for number in finding.numbers))


def _distinct(items: Iterable[Cited]) -> tuple[Cited, ...]:
    """One line per passage and verdict: several rules finding one sentence read as one."""
    return tuple({(item.anchor, item.supports, item.vetoed_by, item.detail): item
                  for item in items}.values())


def cite_hit(hit: EvidenceHit) -> Cited:
    """A hit as the report quotes it."""
    return _cited(hit.place, hit.effect is Effect.SUPPORTS, hit.vetoed_by, hit.modifiers)


def _cite_number(number: FoundNumber) -> Cited:
    value = f"{number.value:,.0f}" if number.value.is_integer() else f"{number.value:g}"
    unit = f" {number.unit}" if number.unit and number.unit != "count" else ""
    return _cited(number.place, True, number.vetoed_by, number.modifiers,
                  detail=f"{number.what.replace('_', ' ')}: {value}{unit}")


def _cited(place: Place, supports: bool, vetoed_by: str | None, modifiers: Iterable[str],
           detail: str = "") -> Cited:
    names = dict.fromkeys([*([vetoed_by] if vetoed_by else []), *modifiers])
    return Cited(
        quote=" ".join(place.quote.split()), citation=place.citation, cable=place.cable,
        start=place.start, end=place.end, anchor=anchor_id(place.cable, place.start, place.end),
        line=place.line,
        supports=supports, counted=vetoed_by is None, vetoed_by=vetoed_by,
        marks=tuple((name, MARKS.get(name, name.replace("_", " "))) for name in names),
        detail=detail)


def _opening(heading: str, score: PillarScore | None, prior: PriorAssessment | None) -> str:
    """A pillar's first sentence: the trend against an earlier draft when one is on record."""
    if score is None or score.score is None:
        return (f"The cables do not let this draft judge {heading.lower()} efforts on the "
                "1-5 scale.")
    scale = f"{score.score} of 5 on the scale of the 3P Anti-trafficking Policy Index"
    if prior is not None and score.trend is not None:
        return (f"The government {score.trend.value} {heading.lower()} efforts: {scale}, "
                f"against {score.previous_score} in the {prior.report_year} draft assessment.")
    return (f"{heading} efforts score {scale}; with no earlier assessment on record, this draft "
            "does not say whether they increased, were maintained or decreased.")
