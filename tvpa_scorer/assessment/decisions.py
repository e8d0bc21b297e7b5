"""An analyst's decisions on a draft + the rules' findings -> the findings as the analyst sees them.

`tvpa-scorer review` records the decisions; every draft applies them here, after the rules
have scored the cables and before the tier is decided, because the analyst's word is the
draft's:

- a rejected passage stops counting: it is listed as not counted, for the analyst;
- an accepted passage stays as the rules placed it, marked as checked;
- an added passage counts as evidence the rules missed, for or against the criterion;
- a changed status replaces the rules' status, and the tier, the pillar scores and the
  recommendations follow it. The score stays the rules' formula's: the analyst judges the
  status, not the arithmetic, and a passage verdict alone never moves the status.

A decision names the SHA-256 of the cables' files it was made on. A decision on a cable whose
file has changed since (or, for a status, on cables that are no longer all there unchanged)
is stale: it is reported, never applied, since the passage it names may have moved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Document
from tvpa_scorer.evidence.hits import EvidenceHit, Place
from tvpa_scorer.kit.fingerprints import content_hash
from tvpa_scorer.rules.model import Effect
from tvpa_scorer.rules.names import MarkName

ANALYST = MarkName.ANALYST.value  # the veto of a rejected passage, the rule of an added one


class Verdict(Enum):
    ACCEPTED = "accepted"  # the rules read the passage right
    REJECTED = "rejected"  # the passage should not count
    ADDED = "added"        # a passage the rules missed
    STATUS = "status"      # the criterion's status is another


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of a cable's original file, and the text there."""

    cable: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class AnalystDecision:
    country: str
    report_year: int
    criterion_id: str
    verdict: Verdict
    passage: Passage | None  # None for a status change
    status: Status | None  # the analyst's status, for a status change
    supports: bool  # an added passage is evidence for the criterion, else a shortfall
    reason: str
    rules_version: str  # of the draft the analyst reviewed
    cable_hashes: tuple[tuple[str, str], ...]  # (cable id, SHA-256 of its file)
    made: str  # ISO 8601, UTC

    @property
    def span(self) -> tuple[str, int, int] | None:
        passage = self.passage
        return None if passage is None else (passage.cable, passage.start, passage.end)

    def label(self, was: Status | None = None) -> str:
        """How a report marks it: 'analyst: rejected, reason ...', 'analyst: partial (was
        not met), reason ...'."""
        if self.verdict is Verdict.STATUS and self.status is not None:
            words = _words(self.status) + (f" (was {_words(was)})" if was else "")
        elif self.verdict is Verdict.ADDED:
            words = "added, " + ("supports" if self.supports else "shortfall")
        else:
            words = self.verdict.value
        return f"analyst: {words}" + (f", reason {self.reason}" if self.reason else "")


@dataclass(frozen=True, slots=True)
class AppliedReview:
    """The decisions a draft applied, those it could not (stale), and the status each
    changed criterion had under the rules."""

    applied: tuple[AnalystDecision, ...] = ()
    stale: tuple[AnalystDecision, ...] = ()
    rules_statuses: tuple[tuple[str, Status], ...] = ()
    changed_cables: tuple[str, ...] = ()  # the cables that made a decision stale

    def on_passage(self, criterion_id: str, cable: str, start: int, end: int
                   ) -> AnalystDecision | None:
        return next((item for item in self.applied if item.criterion_id == criterion_id
                     and item.span == (cable, start, end)), None)

    def on_status(self, criterion_id: str) -> AnalystDecision | None:
        return next((item for item in self.applied if item.criterion_id == criterion_id
                     and item.verdict is Verdict.STATUS), None)

    def rules_status(self, criterion_id: str) -> Status | None:
        return dict(self.rules_statuses).get(criterion_id)


NO_REVIEW = AppliedReview()


def cable_hashes(document: Document) -> dict[str, str]:
    """Each cable's id -> the SHA-256 of its file."""
    return {cable.cable_id: content_hash(cable.path, cable.text) for cable in document.cables}


def is_stale(decision: AnalystDecision, hashes: Mapping[str, str]) -> bool:
    """Whether a cable the decision rests on has changed: the passage's cable, or for a
    status every cable it was made on."""
    made_on = dict(decision.cable_hashes)
    cables = [decision.passage.cable] if decision.passage else list(made_on)
    return not cables or any(hashes.get(cable) != made_on.get(cable) for cable in cables)


def apply_decisions(assessment: Assessment, document: Document,
                    decisions: Iterable[AnalystDecision]) -> tuple[Assessment, AppliedReview]:
    """The assessment as the analyst sees it, and what was applied and what was stale."""
    decisions = list(decisions)
    if not decisions:
        return assessment, NO_REVIEW
    hashes = cable_hashes(document)
    findings = {finding.criterion.criterion_id: finding for finding in assessment.findings}
    stale = [item for item in decisions if is_stale(item, hashes)]
    usable = [item for item in decisions if item not in stale
              and item.criterion_id in findings and findings[item.criterion_id].applicable]
    reviewed = tuple(_reviewed(finding, [item for item in usable
                                         if item.criterion_id == criterion_id], document)
                     for criterion_id, finding in findings.items())
    changed = tuple((item.criterion_id, findings[item.criterion_id].status) for item in usable
                    if item.verdict is Verdict.STATUS)
    moved = sorted({cable for item in stale for cable, digest in item.cable_hashes
                    if hashes.get(cable) != digest})
    return (replace(assessment, findings=reviewed),
            AppliedReview(tuple(usable), tuple(stale), changed, tuple(moved)))


def _reviewed(finding: Finding, decisions: list[AnalystDecision], document: Document
              ) -> Finding:
    if not decisions:
        return finding
    rejected = {item.span for item in decisions if item.verdict is Verdict.REJECTED}
    dropped = [hit for hit in finding.evidence if _span(hit) in rejected]
    added = [_added_hit(item, document) for item in decisions if item.verdict is Verdict.ADDED]
    evidence = [hit for hit in finding.evidence if _span(hit) not in rejected]
    status = next((item.status for item in decisions
                   if item.verdict is Verdict.STATUS and item.status is not None),
                  finding.status)
    return replace(finding, status=status,
                   evidence=(*evidence, *(hit for hit in added if hit is not None)),
                   rejected=(*finding.rejected, *(replace(hit, vetoed_by=ANALYST)
                                                  for hit in dropped)))


def _span(hit: EvidenceHit) -> tuple[str, int, int]:
    return hit.place.cable, hit.place.start, hit.place.end


def _added_hit(decision: AnalystDecision, document: Document) -> EvidenceHit | None:
    """A passage the analyst added, as a piece of evidence cited like any other; None when
    its cable is not among the document's."""
    passage = decision.passage
    cable = next((item for item in document.cables if item.cable_id == passage.cable), None)
    if cable is None:
        return None
    answer = next((item for item in cable.answers if item.start <= passage.start < item.end),
                  None)
    place = Place(passage.cable, answer.citation if answer else
                  f"{passage.cable} line {cable.position(passage.start)[0]}",
                  answer.paragraph if answer else None, answer.key if answer else None,
                  passage.start, passage.end, cable.position(passage.start)[0], passage.quote)
    return EvidenceHit(ANALYST, place, passage.quote,
                       Effect.SUPPORTS if decision.supports else Effect.SHORTFALL, 1.0, (), None,
                       (passage.cable, answer.index if answer else -1))


def _words(status: Status) -> str:
    return status.value.replace("_", " ")
