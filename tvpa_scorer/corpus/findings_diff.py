"""Two drafts of the same cables, made with two versions of the rules -> what changed.

Per document and criterion: the status, the score (beyond rounding), the evidence added and
removed, and per document the recommended tier. A piece of evidence is the same when its
rule, cable, span, effect and veto are: a hit that stops being counted shows as removed
(counted) and added (not counted, with the modifier that vetoed it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.evidence.hits import EvidenceHit
from tvpa_scorer.reports.drafting import Draft
from tvpa_scorer.reports.findings_export import hit_json
from tvpa_scorer.reports.render import render
from tvpa_scorer.rules.tier_law import Tier

SCHEMA_VERSION = 1
# scores are rounded to 3 places; a smaller move is noise, not a change
SCORE_TOLERANCE = 0.001


@dataclass(frozen=True, slots=True)
class FindingChange:
    document: str
    criterion_id: str
    base_status: Status | None  # None: the criterion does not exist on that side
    head_status: Status | None
    base_score: float | None
    head_score: float | None
    added: tuple[EvidenceHit, ...]
    removed: tuple[EvidenceHit, ...]

    @property
    def status_changed(self) -> bool:
        return self.base_status is not self.head_status

    @property
    def score_changed(self) -> bool:
        if self.base_score is None or self.head_score is None:
            return self.base_score != self.head_score
        return abs(self.base_score - self.head_score) > SCORE_TOLERANCE


@dataclass(frozen=True, slots=True)
class TierChange:
    document: str
    base: Tier
    head: Tier


@dataclass(frozen=True, slots=True)
class FindingsDiff:
    base: str  # 'HEAD~1 (a69346c)'
    head: str  # 'the working tree'
    base_commit: str | None
    head_commit: str | None
    documents: tuple[str, ...]
    criteria: int
    findings: tuple[FindingChange, ...]
    tiers: tuple[TierChange, ...]

    @property
    def changed(self) -> bool:
        return bool(self.findings or self.tiers)

    @property
    def added(self) -> tuple[tuple[FindingChange, EvidenceHit], ...]:
        return tuple((change, hit) for change in self.findings for hit in change.added)

    @property
    def removed(self) -> tuple[tuple[FindingChange, EvidenceHit], ...]:
        return tuple((change, hit) for change in self.findings for hit in change.removed)


def diff_drafts(pairs: Iterable[tuple[Draft, Draft]], base: str, head: str,
                base_commit: str | None = None, head_commit: str | None = None
                ) -> FindingsDiff:
    """Compare each document's draft under the base rules with its draft under the head rules."""
    pairs = list(pairs)
    findings, tiers, criteria = [], [], set()
    for before, after in pairs:
        document = after.document.document_id
        old = {item.criterion.criterion_id: item for item in before.assessment.findings}
        new = {item.criterion.criterion_id: item for item in after.assessment.findings}
        criteria |= old.keys() | new.keys()
        for criterion_id in [*new, *(key for key in old if key not in new)]:
            change = _finding_change(document, criterion_id, old.get(criterion_id),
                                     new.get(criterion_id))
            if change.status_changed or change.score_changed or change.added or change.removed:
                findings.append(change)
        if before.decision.recommended is not after.decision.recommended:
            tiers.append(TierChange(document, before.decision.recommended,
                                    after.decision.recommended))
    return FindingsDiff(base, head, base_commit, head_commit,
                        tuple(after.document.document_id for _, after in pairs), len(criteria),
                        tuple(findings), tuple(tiers))


def _finding_change(document: str, criterion_id: str, before: Finding | None,
                    after: Finding | None) -> FindingChange:
    old, new = _hits(before), _hits(after)
    return FindingChange(
        document=document, criterion_id=criterion_id,
        base_status=before.status if before else None,
        head_status=after.status if after else None,
        base_score=before.score if before else None,
        head_score=after.score if after else None,
        added=tuple(hit for key, hit in new.items() if key not in old),
        removed=tuple(hit for key, hit in old.items() if key not in new))


def _hits(finding: Finding | None) -> dict[tuple, EvidenceHit]:
    if finding is None:
        return {}
    return {(hit.rule_id, hit.place.cable, hit.place.start, hit.place.end, hit.effect,
             hit.vetoed_by): hit for hit in (*finding.evidence, *finding.rejected)}


def diff_markdown(diff: FindingsDiff) -> str:
    """The diff as a pull-request comment; one line when nothing changed."""
    return render("findings-diff.md.j2", diff=diff)


def diff_json(diff: FindingsDiff) -> dict[str, Any]:
    """The diff as the `diff --format json` contract."""
    return {
        "schema": SCHEMA_VERSION,
        "base": {"revision": diff.base, "commit": diff.base_commit},
        "head": {"revision": diff.head, "commit": diff.head_commit},
        "changed": diff.changed,
        "documents": list(diff.documents),
        "criteria": diff.criteria,
        "findings": [{
            "document": change.document, "criterion": change.criterion_id,
            "status": {"base": _value(change.base_status), "head": _value(change.head_status)},
            "score": {"base": change.base_score, "head": change.head_score},
            "added": [_hit(hit) for hit in change.added],
            "removed": [_hit(hit) for hit in change.removed]} for change in diff.findings],
        "tiers": [{"document": change.document, "base": change.base.value,
                   "head": change.head.value} for change in diff.tiers],
    }


def _hit(hit: EvidenceHit) -> dict[str, Any]:
    return {**hit_json(hit), "vetoed_by": hit.vetoed_by}


def _value(status: Status | None) -> str | None:
    return status.value if status else None
