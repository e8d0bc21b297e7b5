"""Findings -> the draft's prioritised recommendations, each following from the evidence.

A criterion not met or partial gets the first of its phrasebook variants that answers one
of its shortfalls and that nothing credited rules out: where the cables report the new law,
the draft asks for its regulations or its use, never for a law. The heaviest criteria that
fall furthest short come first, ten at most, as the TIP Report lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.reports.phrasebook import (
    ANSWERS_SHORTFALL,
    ANSWERS_STATUS,
    Fact,
    Phrasebook,
    Variant,
)
from tvpa_scorer.rules.model import Effect

MOST_RECOMMENDATIONS = 10
_STATUS_ORDER = {Status.NOT_MET: 0, Status.PARTIAL: 1}


@dataclass(frozen=True, slots=True)
class Recommendation:
    text: str
    criterion_id: str
    title: str
    statute: str
    status: Status
    answers: str  # the shortfall it answers, in words
    variant: int  # which of the criterion's phrasebook variants, from 1
    priority: float  # the criterion's weight times how far its score falls short of 1


def recommend(findings: Iterable[Finding], year: int | None, book: Phrasebook
              ) -> tuple[Recommendation, ...]:
    """At most ten recommendations, most pressing first, one per criterion that falls short."""
    findings = list(findings)
    by_id = {finding.criterion.criterion_id: finding for finding in findings}
    made = []
    for finding in findings:
        if finding.status not in _STATUS_ORDER or finding.criterion.weight <= 0:
            continue
        variant = choose_variant(finding, book.recommendations.get(
            finding.criterion.criterion_id, ()), by_id)
        if variant is not None:
            made.append(_recommendation(finding, variant, year))
    made.sort(key=lambda item: (-item.priority, _STATUS_ORDER[item.status], item.criterion_id))
    return tuple(made[:MOST_RECOMMENDATIONS])


def choose_variant(finding: Finding, variants: Iterable[Variant],
                   findings: Mapping[str, Finding]) -> Variant | None:
    """The first variant that answers a shortfall of the finding, all of whose `when` facts
    hold and none of whose `unless` facts do."""
    return next((variant for variant in variants
                 if answers(finding, variant.answers)
                 and all(fact_holds(fact, finding, findings) for fact in variant.when)
                 and not any(fact_holds(fact, finding, findings) for fact in variant.unless)),
                None)


def answers(finding: Finding, shortfall: str) -> bool:
    """Whether the finding has the shortfall: any (status), a credited shortfall, or an
    aspect of its criterion that no credited passage shows."""
    variables = dict(finding.variables)
    if shortfall == ANSWERS_STATUS:
        return True
    if shortfall == ANSWERS_SHORTFALL:
        return variables.get("shortfall", 0) > 0
    return f"support_{shortfall}" in variables and variables[f"support_{shortfall}"] <= 0


def fact_holds(fact: Fact, finding: Finding, findings: Mapping[str, Finding]) -> bool:
    """Whether the finding (or the one of the criterion the fact names) shows the fact."""
    target = findings.get(fact.criterion) if fact.criterion else finding
    if target is None:
        return False
    if fact.kind == "aspect":
        return dict(target.variables).get(f"support_{fact.name}", 0) > 0
    if fact.kind in ("rule", "shortfall"):
        effect = Effect.SUPPORTS if fact.kind == "rule" else Effect.SHORTFALL
        return any(hit.rule_id == fact.name and hit.effect is effect for hit in target.evidence)
    if fact.kind == "figure":
        return any(number.what == fact.name and number.vetoed_by is None
                   for number in target.numbers)
    if fact.kind == "vetoed":
        return any(item.vetoed_by == fact.name for item in (*target.rejected, *target.numbers))
    return target.status.value == fact.name


def _recommendation(finding: Finding, variant: Variant, year: int | None) -> Recommendation:
    criterion = finding.criterion
    gaps = dict(criterion.aspects)
    said = gaps.get(variant.answers) or (
        "the cables report shortfalls" if variant.answers == ANSWERS_SHORTFALL
        else f"the criterion is {finding.status.value.replace('_', ' ')}")
    return Recommendation(
        text=variant.text.for_year(year), criterion_id=criterion.criterion_id,
        title=criterion.title, statute=criterion.statute, status=finding.status,
        answers=said, variant=variant.number,
        priority=round(criterion.weight * (1 - (finding.score or 0.0)), 3))
