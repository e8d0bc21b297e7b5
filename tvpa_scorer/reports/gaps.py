"""Findings -> the evidence-gap review: what the cables do not establish, and what to ask post.

A reviewer reads it before writing: for each criterion, the questions answered only by a
cross-reference, evidence that is only planned, hedged or another actor's, the enforcement
figures whose absence triggers the data presumption, and criteria the cables never reach.
It ends in a checklist of follow-up questions for post (follow_ups.py), grouped under the
criterion each serves, most urgent first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.hits import EvidenceHit, Place
from tvpa_scorer.evidence.match import POINTER_RULE
from tvpa_scorer.reports.follow_ups import (
    URGENCY,
    AnswerId,
    FollowUp,
    QuestionGroup,
    ask_post,
    pointer_owners,
)
from tvpa_scorer.rules.model import Effect
from tvpa_scorer.rules.names import ModifierName

_NOT_CREDITED = {
    ModifierName.PLANNED:
        "only planned, promised or pending; ask whether it was done in the reporting period",
    ModifierName.NON_GOVERNMENT:
        "another actor's work (NGO, international organisation or donor); ask whether the "
        "government funds, runs, mandates or formally partners it",
}


class GapKind(Enum):
    NOT_ASSESSED = "not_assessed"
    CROSS_REFERENCE_ONLY = "cross_reference_only"
    PLANNED_ONLY = ModifierName.PLANNED.value
    OTHER_ACTOR = ModifierName.NON_GOVERNMENT.value
    HEDGED = ModifierName.HEDGED.value
    MISSING_FIGURES = "missing_figures"
    MISSING_ASPECT = "missing_aspect"
    UNJUDGED = "unjudged"


@dataclass(frozen=True, slots=True)
class Gap:
    """One thing the cables do not establish for a criterion, with where it shows."""

    criterion_id: str
    kind: GapKind
    text: str
    hits: tuple[EvidenceHit, ...] = ()
    question: str | None = None  # the tasker question, for an answer that only points
    passages: tuple[Place, ...] = ()  # sentences to read that no rule judged


@dataclass(frozen=True, slots=True)
class GapReview:
    findings: tuple[Finding, ...]  # those with gaps, most urgent first
    gaps: dict[str, tuple[Gap, ...]]  # criterion id -> its gaps
    checklist: tuple[FollowUp, ...]  # every follow-up question, ranked as shown
    asked_first: tuple[QuestionGroup, ...] = ()  # the first ten, grouped by criterion
    further: tuple[QuestionGroup, ...] = ()  # the rest, grouped the same way

    @property
    def further_count(self) -> int:
        return sum(len(group.questions) for group in self.further)


def review_gaps(assessment: Assessment, document: Document) -> GapReview:
    """Every gap of every applicable criterion that is not met, and the follow-up checklist."""
    open_findings = sorted((finding for finding in assessment.findings
                            if finding.applicable and finding.status is not Status.MET),
                           key=lambda finding: (URGENCY[finding.status],
                                                -finding.criterion.weight,
                                                finding.criterion.criterion_id))
    owners = pointer_owners(assessment.findings, document)
    gaps = {finding.criterion.criterion_id: _gaps(finding, assessment, document, owners)
            for finding in open_findings}
    checklist = ask_post(open_findings, owners, document)
    return GapReview(tuple(open_findings), gaps, checklist.questions, checklist.first,
                     checklist.further)


def _gaps(finding: Finding, assessment: Assessment, document: Document,
          owners: dict[AnswerId, str]) -> tuple[Gap, ...]:
    criterion_id = finding.criterion.criterion_id
    # what no rule judged may hold the answer the status lacks
    unread = [Gap(criterion_id, GapKind.UNJUDGED, f"read {_these(finding.unjudged)}: "
                  "it speaks of the criterion's subject, but no rule judged it",
                  passages=finding.unjudged)] if finding.unjudged else []
    if finding.status is Status.NOT_ASSESSED:
        return (Gap(criterion_id, GapKind.NOT_ASSESSED, _not_assessed(assessment)), *unread)
    # an answer that only cross-refers is a gap of the criterion its question is about alone
    gaps = [Gap(criterion_id, GapKind.CROSS_REFERENCE_ONLY,
                f"answered only with a cross-reference (\"{hit.matched}\"); ask post for a "
                "direct answer", (hit,), _question(document, hit))
            for hit in finding.rejected
            if hit.rule_id == POINTER_RULE and owners.get(hit.answer) == criterion_id]
    for modifier, advice in _NOT_CREDITED.items():
        hits = tuple(hit for hit in finding.rejected if hit.vetoed_by == modifier)
        if hits:
            gaps.append(Gap(criterion_id, GapKind(modifier), f"{len(hits)} finding(s) not "
                            f"credited: {advice}", hits))
    supports = [hit for hit in finding.evidence if hit.effect is Effect.SUPPORTS]
    hedged = tuple(hit for hit in supports if ModifierName.HEDGED in hit.modifiers)
    if hedged:
        share = "all" if len(hedged) == len(supports) else f"{len(hedged)} of {len(supports)}"
        gaps.append(Gap(criterion_id, GapKind.HEDGED, f"{share} of the supporting evidence is "
                        "hedged (reportedly, officials say) and counts half; seek confirmation",
                        hedged))
    presumption = finding.criterion.presumption
    if presumption is not None and dict(finding.variables).get("figures", 0) == 0:
        gaps.append(Gap(criterion_id, GapKind.MISSING_FIGURES, presumption.reason))
    variables = dict(finding.variables)
    gaps += [Gap(criterion_id, GapKind.MISSING_ASPECT, text)
             for name, text in finding.criterion.aspects if variables[f"support_{name}"] <= 0]
    return (*gaps, *unread)


def _these(passages: tuple[Place, ...]) -> str:
    return "this passage" if len(passages) == 1 else f"these {len(passages)} passages"


def _not_assessed(assessment: Assessment) -> str:
    if assessment.truncated:
        return (f"not assessed: {', '.join(assessment.truncated)} stops early (it looks "
                "truncated), so the answers on this criterion may be in the missing part; "
                "ask post for the complete cable")
    return "not assessed: no answer in the cables speaks to this criterion"


def _question(document: Document, hit: EvidenceHit) -> str | None:
    cable_id, index = hit.answer
    answer = document.cable(cable_id).answers[index]
    return answer.question

