"""The analyst's decisions a draft applied -> the `"analyst"` object of the `score` JSON
contract, lines for the text outline, and the note a report opens with."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.assessment.decisions import AnalystDecision, AppliedReview, Verdict


def analyst_json(review: AppliedReview) -> dict[str, Any]:
    """Every decision applied, and every stale one (its cable changed since), in full."""
    return {"applied": [decision_json(item, review) for item in review.applied],
            "stale": [decision_json(item, review) for item in review.stale]}


def decision_json(decision: AnalystDecision, review: AppliedReview | None = None
                  ) -> dict[str, Any]:
    """One decision as tools read it; `was` is the rules' status a status change replaced."""
    passage = decision.passage
    was = review.rules_status(decision.criterion_id) if review is not None else None
    return {
        "criterion": decision.criterion_id, "verdict": decision.verdict.value,
        "passage": None if passage is None else {
            "cable": passage.cable, "start": passage.start, "end": passage.end,
            "quote": passage.quote},
        "status": decision.status.value if decision.status else None,
        "was": was.value if was and decision.verdict is Verdict.STATUS else None,
        "supports": decision.supports if decision.verdict is Verdict.ADDED else None,
        "reason": decision.reason, "label": decision.label(was), "made": decision.made,
        "rules_version": decision.rules_version, "cable_hashes": dict(decision.cable_hashes),
    }


def analyst_outline(review: AppliedReview) -> list[str]:
    """The decisions in a few lines for the terminal."""
    lines = [f"  {item.criterion_id}: {_where(item)}"
             f"{item.label(review.rules_status(item.criterion_id))}" for item in review.applied]
    lines += [f"  stale (its cable changed since): {item.criterion_id}: {_where(item)}"
              f"{item.label()}" for item in review.stale]
    return ["  analyst decisions:", *lines] if lines else []


def analyst_note(review: AppliedReview) -> str:
    """What a report says of the analyst's decisions it applied: that they stand in for the
    rules' reading, and which could not be applied."""
    if not review.applied and not review.stale:
        return ""
    applied = len(review.applied)
    note = (f"{applied} analyst decision{'s' if applied != 1 else ''} recorded with "
            "tvpa-scorer review {verb} applied: the analyst's word is the draft's. A passage "
            "the analyst rejected does not count; one the analyst added counts; a status the "
            "analyst changed stands in for the rules' and the tier follows it.").format(
                verb="is" if applied == 1 else "are")
    if review.stale:
        stale = len(review.stale)
        note += (f" {stale} decision{'s' if stale != 1 else ''} {'is' if stale == 1 else 'are'} "
                 f"stale and not applied: {', '.join(review.changed_cables) or 'a cable'} "
                 f"changed since {'it was' if stale == 1 else 'they were'} made.")
    return note


def _where(decision: AnalystDecision) -> str:
    passage = decision.passage
    if passage is None:
        return ""
    quote = " ".join(passage.quote.split())
    quote = quote if len(quote) <= 80 else quote[:77] + "..."
    return f"{passage.cable} \"{quote}\": "
