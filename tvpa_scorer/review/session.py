"""One review session: the submission under review, the store its decisions go to, and what
the page may post.

Every page is drafted afresh with the decisions kept so far, so a reload shows the draft as
the analyst left it (the tier re-decided on a changed status). What the page posts is
checked against that draft: a verdict names a passage the draft cites for the criterion, an
added passage is found in its cable's file, a status is one of the four.
"""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tvpa_scorer import api
from tvpa_scorer.assessment.decisions import (
    AnalystDecision,
    Passage,
    Verdict,
    cable_hashes,
)
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.inputs import Submission
from tvpa_scorer.cables.model import Cable
from tvpa_scorer.corpus.store import AssessmentStore
from tvpa_scorer.reports.analyst_export import decision_json
from tvpa_scorer.reports.cable_view import anchor_id
from tvpa_scorer.reports.drafting import Draft, report_text

WITHDRAWN = "withdrawn"  # what the page posts to take a decision back
MAX_REASON = 2000  # characters: a reason is a sentence or two, not a memo
MAX_PASSAGE = 5000  # characters an added passage may span


class ReviewError(Exception):
    """What the page posted cannot be recorded, said in one line."""


@dataclass(frozen=True, slots=True)
class ReviewPage:
    """What report.html.j2 adds to make the draft the review page."""

    token: str
    script: str = "/review.js"
    stylesheet: str = "/review.css"


class ReviewSession:
    """The submission under review; drafts are made one at a time (the page and its posts)."""

    def __init__(self, submission: Submission, store_path: Path, rules_dir: Path | None,
                 history_file: Path | None, cache: bool = True) -> None:
        self.submission = submission
        self.store_path = store_path
        self.rules_dir = rules_dir
        self.history_file = history_file
        self.cache = cache
        self.token = secrets.token_urlsafe(32)
        self._lock = threading.Lock()

    def draft(self) -> Draft:
        """The draft with every decision kept so far applied."""
        with self._lock, AssessmentStore(self.store_path) as store:
            return api.draft_submission(self.submission, self.rules_dir, self.history_file,
                                        store, cache=self.cache).draft

    def page(self) -> str:
        """The draft as the review page: the HTML report with the review script."""
        return report_text(self.draft(), "html", review_page=ReviewPage(self.token))

    def decisions(self) -> dict[str, Any]:
        """The decisions kept for this country-year, as the page reads them on load."""
        drafted = self.draft()
        review = drafted.analyst
        return {"country": drafted.assessment.country,
                "report_year": drafted.assessment.report_year,
                "decisions": [{**decision_json(item, review), "anchor": _anchor(item),
                               "stale": False} for item in review.applied]
                + [{**decision_json(item), "anchor": _anchor(item), "stale": True}
                   for item in review.stale]}

    def post(self, body: Any) -> dict[str, Any]:
        """Record (or withdraw) what the page posted; ReviewError when it cannot be."""
        if not isinstance(body, dict):
            raise ReviewError("the request is not a JSON object")
        drafted = self.draft()
        assessment = drafted.assessment
        finding = _finding(drafted, body.get("criterion"))
        verdict = body.get("verdict")
        with AssessmentStore(self.store_path) as store:
            if verdict == WITHDRAWN:
                span = _withdrawn_span(body)
                store.withdraw(assessment.country, assessment.report_year,
                               finding.criterion.criterion_id, span)
                return {"withdrawn": True}
            decision = _decision(drafted, finding, verdict, body)
            store.record(decision)
        return {"decision": {**decision_json(decision), "anchor": _anchor(decision),
                             "stale": False}}


def _finding(drafted: Draft, criterion_id: Any) -> Finding:
    found = next((finding for finding in drafted.assessment.findings
                  if finding.criterion.criterion_id == criterion_id and finding.applicable),
                 None)
    if found is None:
        raise ReviewError(f"no criterion {str(criterion_id)[:60]!r} in this draft")
    return found


def _decision(drafted: Draft, finding: Finding, verdict: Any, body: dict) -> AnalystDecision:
    if verdict not in {item.value for item in Verdict}:
        raise ReviewError(f"unknown verdict {str(verdict)[:30]!r}: accepted, rejected, added, "
                          f"status or {WITHDRAWN}")
    chosen = Verdict(verdict)
    reason = body.get("reason") or ""
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise ReviewError(f"a reason is text of at most {MAX_REASON} characters")
    if chosen is Verdict.STATUS and not reason.strip():
        raise ReviewError("say why the status is another: a status change needs a reason")
    status = _status(body.get("status")) if chosen is Verdict.STATUS else None
    passage = None if chosen is Verdict.STATUS else (
        _added(drafted, body) if chosen is Verdict.ADDED else _cited(finding, body.get("anchor")))
    assessment = drafted.assessment
    return AnalystDecision(
        assessment.country, assessment.report_year, finding.criterion.criterion_id, chosen,
        passage, status, body.get("supports", True) is not False, " ".join(reason.split()),
        assessment.rules_version, tuple(sorted(cable_hashes(drafted.document).items())),
        datetime.now(UTC).isoformat(timespec="seconds"))


def _status(value: Any) -> Status:
    if value not in {item.value for item in Status}:
        raise ReviewError(f"unknown status {str(value)[:30]!r}: met, partial, not_met or "
                          "not_assessed")
    return Status(value)


def _cited(finding: Finding, anchor: Any) -> Passage:
    """The passage of the finding the page's item stands for, by its anchor."""
    for hit in (*finding.evidence, *finding.rejected):
        place = hit.place
        if anchor_id(place.cable, place.start, place.end) == anchor:
            return Passage(place.cable, place.start, place.end, " ".join(place.quote.split()))
    raise ReviewError(f"the draft cites no passage {str(anchor)[:80]!r} under "
                      f"{finding.criterion.criterion_id}")


def _added(drafted: Draft, body: dict) -> Passage:
    """The passage the analyst selected, found in its cable's text: at the offsets the page
    gives when the text there is the quote, else where the quote stands nearest them (a page
    counts characters as the browser does, which may differ from the file's)."""
    cable = next((item for item in drafted.document.cables
                  if item.cable_id == body.get("cable")), None)
    if cable is None:
        raise ReviewError(f"no cable {str(body.get('cable'))[:60]!r} in this draft")
    start, end, quote = body.get("start"), body.get("end"), body.get("quote")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(quote, str)
            and quote.split() and 0 <= start < end and end - start <= MAX_PASSAGE):
        raise ReviewError("an added passage needs its cable, start and end offsets and quote, "
                          f"at most {MAX_PASSAGE} characters")
    span = _located(cable, start, end, quote)
    if span is None:
        raise ReviewError(f"the quote is not in {cable.cable_id}: select the text in the "
                          "cable itself")
    return Passage(cable.cable_id, *span, " ".join(cable.text[span[0]:span[1]].split()))


def _located(cable: Cable, start: int, end: int, quote: str) -> tuple[int, int] | None:
    if cable.text[start:end].split() == quote.split():
        return start, end
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    places = [(match.start(), match.end()) for match in pattern.finditer(cable.text)]
    return min(places, key=lambda span: abs(span[0] - start)) if places else None


def _withdrawn_span(body: dict) -> tuple[str, int, int] | None:
    passage = body.get("passage")
    if passage is None:
        return None
    if not (isinstance(passage, dict) and isinstance(passage.get("cable"), str)
            and isinstance(passage.get("start"), int) and isinstance(passage.get("end"), int)):
        raise ReviewError("a passage to withdraw needs its cable, start and end")
    return passage["cable"], passage["start"], passage["end"]


def _anchor(decision: AnalystDecision) -> str | None:
    span = decision.span
    return None if span is None else anchor_id(*span)
