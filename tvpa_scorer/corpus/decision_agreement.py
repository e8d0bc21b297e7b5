"""Two drafts of the same cables under two versions of the rules, and the analyst's decisions
on them -> the decisions the rule change now agrees with.

The drafts are the rules' own (no decision applied). A rule change agrees with a decision it
did not agree with before: a rejected passage the base rules counted and the head rules do
not; an added passage the base rules did not count and the head rules do (any counted hit
overlapping it); a status the base rules did not give and the head rules do. Stale decisions
(their cable has changed since) are left out, as a draft leaves them out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tvpa_scorer.assessment.decisions import AnalystDecision, Verdict, cable_hashes, is_stale
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.corpus.store import AssessmentStore
from tvpa_scorer.reports.analyst_export import decision_json
from tvpa_scorer.reports.drafting import Draft
from tvpa_scorer.reports.render import markdown_text


@dataclass(frozen=True, slots=True)
class Agreement:
    document: str
    decision: AnalystDecision

    @property
    def text(self) -> str:
        """'rule change now agrees with the analyst's rejection of "..." under shelters'."""
        decision = self.decision
        if decision.verdict is Verdict.STATUS and decision.status is not None:
            what = f"status {decision.status.value.replace('_', ' ')} for"
        else:
            kind = "rejection" if decision.verdict is Verdict.REJECTED else "addition"
            quote = " ".join(decision.passage.quote.split())
            what = f"{kind} of \"{quote if len(quote) <= 120 else quote[:117] + '...'}\" under"
        reason = f" (reason: {decision.reason})" if decision.reason else ""
        return (f"rule change now agrees with the analyst's {what} "
                f"{decision.criterion_id}{reason}")


def agreements(pairs: Iterable[tuple[Draft, Draft]],
               decisions: Sequence[Sequence[AnalystDecision]]) -> tuple[Agreement, ...]:
    """For each (base draft, head draft) and the decisions on its country-year, those the
    head rules agree with and the base rules did not."""
    found = []
    for (before, after), recorded in zip(pairs, decisions, strict=True):
        hashes = cable_hashes(after.document)
        old = {item.criterion.criterion_id: item for item in before.assessment.findings}
        new = {item.criterion.criterion_id: item for item in after.assessment.findings}
        for decision in recorded:
            criterion_id = decision.criterion_id
            if is_stale(decision, hashes) or criterion_id not in old or criterion_id not in new:
                continue
            if not _agrees(decision, old[criterion_id]) and _agrees(decision, new[criterion_id]):
                found.append(Agreement(after.document.document_id, decision))
    return tuple(found)


def _agrees(decision: AnalystDecision, finding: Finding) -> bool:
    if decision.verdict is Verdict.STATUS:
        return finding.status is decision.status
    counted = _counted(decision, finding)
    if decision.verdict is Verdict.REJECTED:
        return not counted
    if decision.verdict is Verdict.ADDED:
        return counted
    return False  # an acceptance agrees with the rules already; no change comes to it


def _counted(decision: AnalystDecision, finding: Finding) -> bool:
    """Whether a counted hit of the finding overlaps the decision's passage."""
    cable, start, end = decision.span
    return any(hit.place.cable == cable and hit.place.start < end and start < hit.place.end
               for hit in finding.evidence)


def agreements_json(found: Iterable[Agreement]) -> list[dict[str, Any]]:
    return [{"document": item.document, "text": item.text, **decision_json(item.decision)}
            for item in found]


def agreements_markdown(found: Sequence[Agreement]) -> str:
    """A section to follow the diff's comment; empty when no decision is newly agreed with."""
    if not found:
        return ""
    lines = ["", "### Analyst decisions this change now agrees with", ""]
    lines += [f"- {item.document}: {markdown_text(item.text)}" for item in found]
    return "\n".join(lines) + "\n"


def recorded_decisions(store_path: Path, drafts: Iterable[Draft]
                       ) -> list[list[AnalystDecision]]:
    """The decisions kept on each draft's country-year; none when there is no store yet (a
    diff never makes one)."""
    drafts = list(drafts)
    if not store_path.is_file():
        return [[] for _ in drafts]
    with AssessmentStore(store_path) as store:
        return [store.decisions(item.assessment.country, item.assessment.report_year)
                for item in drafts]
