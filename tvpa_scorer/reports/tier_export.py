"""Tier decisions -> the `"tier"` object of the JSON contract, and lines for the text outline."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.reports.findings_export import assessment_json


def tier_json(decision: TierDecision) -> dict[str, Any]:
    """The tier contract: values 1, 2, 2WL, 3; every test with its verdict and why."""
    downgrade = decision.downgrade
    return {
        "recommended": decision.recommended.value,
        "draft": True,
        "previous": decision.previous.value if decision.previous else None,
        "previous_year": decision.previous_year,
        "move": decision.move.value if decision.move else None,
        "change": decision.change or None,
        "law": decision.era.name,
        "standards_met": [standard.standard_id for standard in decision.standards
                          if standard.met],
        "standards": [{"id": standard.standard_id, "title": standard.title,
                       "met": standard.met, "share": standard.share,
                       "unmet": list(standard.unmet)} for standard in decision.standards],
        "significant_efforts": {
            "shown": decision.efforts.significant, "action_share": decision.efforts.action_share,
            "pillars": list(decision.efforts.pillars),
            "criteria": list(decision.efforts.with_action), "why": decision.efforts.why},
        "watch_list_triggers": {
            result.trigger.value: {"state": result.state.value, "why": result.why,
                                   "criteria": list(result.criteria)}
            for result in decision.triggers},
        "watch_list_years": decision.watch_list_years,
        "downgrade": {"in_force": False} if downgrade is None else {
            "in_force": True, "watch_list_years_before": downgrade.watch_list_years_before,
            "history_known": downgrade.history_known, "due": downgrade.due,
            "forced": downgrade.forced, "waived": downgrade.waived,
            "waivers_used": downgrade.waivers_used, "waivers_allowed": downgrade.waivers_allowed,
            "why": downgrade.why or None},
        "override": {"in_force": decision.era.override, "applied": decision.override},
        "confidence": {"value": decision.confidence.value, "level": decision.confidence.level,
                       "not_assessed": list(decision.confidence.not_assessed)},
        "effort": decision.effort,
        "compared_with": None if decision.prior is None else {
            "report_year": decision.prior.report_year, "tier": decision.prior.tier.value,
            "effort": decision.prior.effort, "rules_version": decision.prior.rules_version,
            "trend": decision.trend.value if decision.trend else None},
        "pillars": {score.pillar: {"score": score.score, "mean": score.mean,
                                   "criteria": list(score.criteria),
                                   "trend": score.trend.value if score.trend else None,
                                   "previous_score": score.previous_score}
                    for score in decision.pillars},
        "reasons": [{"text": reason.text, "criteria": list(reason.criteria)}
                    for reason in decision.reasons],
    }


def tier_outline(decision: TierDecision) -> list[str]:
    """The decision in a few lines for the terminal."""
    previous = (f"; previous {decision.previous.label} ({decision.previous_year}), "
                f"{decision.move.value}") if decision.previous and decision.move else ""
    pillars = ", ".join(f"{score.pillar} {score.score if score.score is not None else '-'}/5"
                        for score in decision.pillars)
    lines = [f"  draft tier: {decision.recommended.label}{previous}",
             f"  confidence: {decision.confidence.level} ({decision.confidence.value:.0%} of "
             f"the criteria's weight assessed); pillars: {pillars}"]
    lines += [f"    {result.trigger.value}: {result.state.value.replace('_', ' ')}: {result.why}"
              for result in decision.triggers]
    lines += [f"    - {reason.text}" for reason in decision.reasons]
    return lines


def report_json(assessment: Assessment, decision: TierDecision) -> dict[str, Any]:
    """The `score` JSON of the assessment with its tier decision under "tier"."""
    return {**assessment_json(assessment), "tier": tier_json(decision)}
