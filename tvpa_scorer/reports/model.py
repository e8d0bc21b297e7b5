"""Assessment + tier decision + gap review -> the report model every template renders.

The model holds the draft's sentences in the TIP Report's shape for the report year (the
tier line, the compliance sentence, the Watch List sentence, recommendations, one section
per pillar) and every cited passage with what it counted as. Templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from tvpa_scorer import __version__
from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.decisions import NO_REVIEW, AnalystDecision, AppliedReview
from tvpa_scorer.assessment.effort import PillarScore, PriorAssessment
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.hits import EvidenceHit, FoundNumber, Place
from tvpa_scorer.reports.analyst_export import analyst_note
from tvpa_scorer.reports.cable_view import CableView, anchor_id, cable_view
from tvpa_scorer.reports.gaps import GapReview
from tvpa_scorer.reports.narrative import Narrative, write_narrative
from tvpa_scorer.reports.phrasebook import phrasebook
from tvpa_scorer.reports.prose import Paragraph, pillar_paragraphs
from tvpa_scorer.reports.report_charts import ReportCharts, report_charts
from tvpa_scorer.reports.tier_chart import TimelineYear
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
    MarkName.ANALYST: "analyst",
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
    # the same words elsewhere in the cables (an answer repeated under another question),
    # shown once with these citations beside it
    also: tuple[Cited, ...] = ()


@dataclass(frozen=True, slots=True)
class CriterionView:
    finding: Finding
    evidence: tuple[Cited, ...]
    not_counted: tuple[Cited, ...]
    numbers: tuple[Cited, ...]
    # the analyst's status where it replaced the rules': "analyst: partial (was not met), ..."
    analyst: str = ""

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
    paragraphs: tuple[Paragraph, ...] = ()  # the pillar's narrative in prose, every claim cited


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
    charts: ReportCharts
    tool_version: str
    analyst: AppliedReview = NO_REVIEW  # the analyst's decisions the draft applied
    analyst_note: str = ""  # what the report says of them


def build_report(assessment: Assessment, decision: TierDecision, gaps: GapReview,
                 document: Document, timeline: tuple[TimelineYear, ...] = (),
                 analyst: AppliedReview = NO_REVIEW) -> Report:
    """Lay the assessment out as a draft country narrative, each passage the analyst
    decided on marked with the decision."""
    ordered = sorted((finding for finding in assessment.findings if finding.applicable),
                     key=lambda finding: (-finding.criterion.weight,
                                          finding.criterion.criterion_id))
    views = {finding.criterion.criterion_id: _criterion_view(finding, analyst)
             for finding in ordered}
    pillar_scores = {score.pillar: score for score in decision.pillars}
    book = phrasebook()
    sections = []
    for pillar, heading in _SECTIONS:
        chosen = tuple(view for view in views.values()
                       if view.finding.criterion.pillar.value == pillar)
        sections.append(Section(
            pillar, heading, _opening(heading, pillar_scores.get(pillar), decision.prior),
            pillar_scores.get(pillar), chosen,
            pillar_paragraphs(chosen, assessment.report_year, book, _cite_number)))
    spans: dict[str, list[tuple[int, int]]] = {}
    for view in views.values():
        for shown in (*view.evidence, *view.not_counted, *view.numbers):
            for item in (shown, *shown.also):
                spans.setdefault(item.cable, []).append((item.start, item.end))
    # passages the gap review asks a reviewer to read are linked to their place too
    for place in (place for found in gaps.gaps.values() for gap in found
                  for place in gap.passages):
        spans.setdefault(place.cable, []).append((place.start, place.end))
    return Report(
        assessment=assessment, decision=decision,
        narrative=write_narrative(assessment, decision, views, book),
        sections=tuple(section for section in sections if section.criteria),
        criteria=tuple(views.values()), gaps=gaps,
        cables=tuple(cable_view(cable, spans.get(cable.cable_id, ()))
                     for cable in document.cables),
        timeline=timeline,
        charts=report_charts([view.finding for view in views.values()], decision, timeline),
        tool_version=__version__,
        analyst=analyst, analyst_note=analyst_note(analyst),
    )


def _criterion_view(finding: Finding, analyst: AppliedReview = NO_REVIEW) -> CriterionView:
    criterion_id = finding.criterion.criterion_id

    def judged(items: tuple[Cited, ...]) -> tuple[Cited, ...]:
        return tuple(_judged(item, analyst.on_passage(criterion_id, item.cable, item.start,
                                                      item.end)) for item in items)

    changed = analyst.on_status(criterion_id)
    evidence, not_counted, numbers = once_per_quote(
        [cite_hit(hit) for hit in finding.evidence], [cite_hit(hit) for hit in finding.rejected],
        [_cite_number(number) for number in finding.numbers])
    return CriterionView(finding, judged(evidence), judged(not_counted), numbers,
                         changed.label(analyst.rules_status(criterion_id)) if changed else "")


def _judged(item: Cited, decision: AnalystDecision | None) -> Cited:
    """A passage with the analyst's decision on it as its last mark, in place of the bare
    'analyst' veto."""
    if decision is None:
        return item
    marks = tuple(mark for mark in item.marks if mark[0] != MarkName.ANALYST)
    return replace(item, marks=(*marks, (MarkName.ANALYST.value, decision.label())))


def once_per_quote(*lists: Iterable[Cited]) -> tuple[tuple[Cited, ...], ...]:
    """Each quote once under a criterion, in the first list that holds it: several rules
    finding one sentence read as one, and the same words in another answer (an answer
    repeated under a second question) become an "also" citation of the first."""
    shown: dict[tuple[str, str], tuple[int, int]] = {}  # quote -> (list, position)
    kept: list[list[Cited]] = [[] for _ in lists]
    for which, items in enumerate(lists):
        for item in items:
            key = (" ".join(item.quote.split()).casefold(), item.detail)
            if key not in shown:
                shown[key] = (which, len(kept[which]))
                kept[which].append(item)
                continue
            where, position = shown[key]
            first = kept[where][position]
            if item.citation != first.citation and all(
                    item.citation != other.citation for other in first.also):
                kept[where][position] = replace(first, also=(*first.also, item))
    return tuple(tuple(items) for items in kept)


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
