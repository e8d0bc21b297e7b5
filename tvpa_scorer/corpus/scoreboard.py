"""Labelled submissions and their assessments -> a scoreboard of the rules.

Per criterion: status agreement with the labels, evidence precision and recall. Per rule:
true positives, false positives and misses, each with its cable and line.

A labelled quote is found when a counted piece of evidence overlaps it in the original
file (as `labels.compare` finds it). Labels list the passages that must count, not every
passage that may, so hits are judged only for a criterion whose label lists evidence
quotes; hits of criteria labelled by status alone are counted as unjudged. Precision is
therefore a floor: a hit on a sound passage the analyst did not list counts against it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Document
from tvpa_scorer.corpus.labels import Label, compare, quote_spans
from tvpa_scorer.evidence.hits import EvidenceHit


@dataclass(frozen=True, slots=True)
class Ratio:
    part: int
    whole: int

    @property
    def value(self) -> float | None:
        """The share, or None when there is nothing to measure."""
        return self.part / self.whole if self.whole else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.part + other.part, self.whole + other.whole)


NO_RATIO = Ratio(0, 0)


@dataclass(frozen=True, slots=True)
class Spot:
    """A sentence a rule fired on, or a labelled quote, where it stands in a cable file."""

    label: str
    criterion_id: str
    cable: str
    path: str
    line: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Miss:
    """A labelled quote no counted evidence overlaps, and the rule vetoed there if any."""

    spot: Spot
    rule_id: str | None
    vetoed_by: str | None


@dataclass(frozen=True, slots=True)
class Disagreement:
    label: str
    criterion_id: str
    expected: Status
    actual: Status


@dataclass(frozen=True, slots=True)
class Judged:
    """One labelled criterion of one submission, judged against its finding."""

    label: str
    criterion_id: str
    expected: Status
    actual: Status
    quotes: int
    hits: tuple[tuple[str, Spot, bool], ...]  # (rule, where, overlaps a labelled quote)
    misses: tuple[Miss, ...]
    unjudged: int  # counted hits of a criterion whose label lists no quotes


@dataclass(frozen=True, slots=True)
class CriterionScore:
    criterion_id: str
    agreement: Ratio
    precision: Ratio
    recall: Ratio


@dataclass(frozen=True, slots=True)
class RuleScore:
    rule_id: str | None  # None: the misses no rule fired on
    true_positives: tuple[Spot, ...]
    false_positives: tuple[Spot, ...]
    misses: tuple[Miss, ...]


@dataclass(frozen=True, slots=True)
class Scoreboard:
    labels: tuple[str, ...]
    criteria: tuple[CriterionScore, ...]
    rules: tuple[RuleScore, ...]
    disagreements: tuple[Disagreement, ...]
    rejections: Ratio  # labelled rejections found and not counted, for the labelled reason
    figures: Ratio  # labelled figures read
    unjudged: int

    @property
    def agreement(self) -> Ratio:
        return sum((item.agreement for item in self.criteria), NO_RATIO)

    @property
    def precision(self) -> Ratio:
        return sum((item.precision for item in self.criteria), NO_RATIO)

    @property
    def recall(self) -> Ratio:
        return sum((item.recall for item in self.criteria), NO_RATIO)

    @property
    def misses(self) -> tuple[Miss, ...]:
        return tuple(miss for rule in self.rules for miss in rule.misses)


@dataclass(frozen=True, slots=True)
class LabelResult:
    """A label's criteria judged, with its rejections and figures found."""

    label: str
    judged: tuple[Judged, ...]
    rejections: Ratio
    figures: Ratio


def judge_label(label: Label, assessment: Assessment, document: Document) -> LabelResult:
    """Judge each labelled criterion of one submission against its assessment."""
    findings = {finding.criterion.criterion_id: finding for finding in assessment.findings}
    name = str(label.path)
    judged = tuple(_judge(name, expected.criterion_id, expected.status, expected.evidence,
                          findings.get(expected.criterion_id), document)
                   for expected in label.findings)
    comparisons = compare(label, assessment, document)
    rejections = Ratio(sum(len(item.rejected) for item in label.findings)
                       - sum(len(item.missing_rejections) for item in comparisons),
                       sum(len(item.rejected) for item in label.findings))
    figures = Ratio(sum(len(item.numbers) for item in label.findings)
                    - sum(len(item.missing_numbers) for item in comparisons),
                    sum(len(item.numbers) for item in label.findings))
    return LabelResult(name, judged, rejections, figures)


def _judge(label: str, criterion_id: str, expected: Status, quotes: tuple[str, ...],
           finding: Finding | None, document: Document) -> Judged:
    actual = finding.status if finding else Status.NOT_ASSESSED
    counted = finding.evidence if finding else ()
    places = {quote: quote_spans(quote, document) for quote in quotes}
    spans = [span for found in places.values() for span in found]
    hits = tuple((hit.rule_id, _hit_spot(label, criterion_id, hit, document),
                  any(_overlaps(hit, span) for span in spans)) for hit in counted) \
        if quotes else ()
    misses = tuple(_miss(label, criterion_id, quote, found, finding, document)
                   for quote, found in places.items()
                   if not any(_overlaps(hit, span) for span in found for hit in counted))
    return Judged(label, criterion_id, expected, actual, len(quotes), hits, misses,
                  0 if quotes else len(counted))


def _overlaps(hit: EvidenceHit, span: tuple[str, int, int]) -> bool:
    cable, start, end = span
    return hit.place.cable == cable and hit.place.start < end and start < hit.place.end


def _hit_spot(label: str, criterion_id: str, hit: EvidenceHit, document: Document) -> Spot:
    return Spot(label, criterion_id, hit.place.cable, document.cable(hit.place.cable).path,
                hit.place.line, hit.place.quote)


def _miss(label: str, criterion_id: str, quote: str, places: list[tuple[str, int, int]],
          finding: Finding | None, document: Document) -> Miss:
    if not places:
        return Miss(Spot(label, criterion_id, "", label, None, quote), None, None)
    cable_id, start, _ = places[0]
    cable = document.cable(cable_id)
    spot = Spot(label, criterion_id, cable_id, cable.path, cable.position(start)[0], quote)
    vetoed = [hit for hit in (finding.rejected if finding else ())
              if any(_overlaps(hit, span) for span in places)]
    if not vetoed:
        return Miss(spot, None, None)
    return Miss(spot, vetoed[0].rule_id, vetoed[0].vetoed_by)


def build_scoreboard(results: Iterable[LabelResult]) -> Scoreboard:
    """Add up the judged labels: per criterion, per rule, and the totals."""
    results = list(results)
    judged = [item for result in results for item in result.judged]
    return Scoreboard(
        labels=tuple(result.label for result in results),
        criteria=_criteria(judged),
        rules=_rules(judged),
        disagreements=tuple(Disagreement(item.label, item.criterion_id, item.expected,
                                         item.actual)
                            for item in judged if item.expected is not item.actual),
        rejections=sum((result.rejections for result in results), NO_RATIO),
        figures=sum((result.figures for result in results), NO_RATIO),
        unjudged=sum(item.unjudged for item in judged))


def _criteria(judged: list[Judged]) -> tuple[CriterionScore, ...]:
    per_criterion: dict[str, list[Judged]] = defaultdict(list)
    for item in judged:
        per_criterion[item.criterion_id].append(item)
    return tuple(CriterionScore(
        criterion_id=criterion_id,
        agreement=Ratio(sum(item.expected is item.actual for item in items), len(items)),
        precision=Ratio(sum(correct for item in items for _, _, correct in item.hits),
                        sum(len(item.hits) for item in items)),
        recall=Ratio(sum(item.quotes - len(item.misses) for item in items),
                     sum(item.quotes for item in items)))
        for criterion_id, items in sorted(per_criterion.items()))


def _rules(judged: list[Judged]) -> tuple[RuleScore, ...]:
    # a rule serving two criteria hits a sentence once: true if it is true for either
    verdicts: dict[str | None, dict[tuple, tuple[Spot, bool]]] = defaultdict(dict)
    misses: dict[str | None, list[Miss]] = defaultdict(list)
    for item in judged:
        for rule_id, spot, correct in item.hits:
            key = (spot.label, spot.cable, spot.line, spot.text)
            earlier = verdicts[rule_id].get(key)
            verdicts[rule_id][key] = (spot, correct or bool(earlier and earlier[1]))
        for miss in item.misses:
            misses[miss.rule_id].append(miss)
    rule_ids = sorted(verdicts.keys() | {key for key in misses if key is not None})
    if None in misses:
        rule_ids.append(None)
    return tuple(RuleScore(
        rule_id=rule_id,
        true_positives=tuple(spot for spot, correct in verdicts[rule_id].values() if correct),
        false_positives=tuple(spot for spot, correct in verdicts[rule_id].values()
                              if not correct),
        misses=tuple(misses[rule_id]))
        for rule_id in rule_ids)
