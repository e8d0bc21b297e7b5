"""Recommendations follow from the evidence: what was credited rules a variant out."""

from __future__ import annotations

from dataclasses import replace

from tests.support import assessment_with
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.evidence.hits import EvidenceHit, Place
from tvpa_scorer.reports.phrasebook import phrasebook
from tvpa_scorer.reports.recommending import MOST_RECOMMENDATIONS, choose_variant, recommend
from tvpa_scorer.rules.model import Effect


def _findings(rule_set, statuses, default=Status.MET):
    return {finding.criterion.criterion_id: finding
            for finding in assessment_with(rule_set, 2008, statuses, default).findings}


def _credited(rule_id: str) -> EvidenceHit:
    place = Place("00TEST1", "00TEST1 ¶1", 1, None, 0, 40, 1, "The new law took effect in May.")
    return EvidenceHit(rule_id, place, "law", Effect.SUPPORTS, 1.0, (), None, ("00TEST1", 0))


def _law(findings, variables, rules=()):
    law = replace(findings["law_prohibition"], variables=tuple(variables.items()),
                  evidence=tuple(_credited(rule_id) for rule_id in rules))
    return {**findings, "law_prohibition": law}


def test_a_law_in_force_rules_out_asking_for_one(rule_set):
    findings = _law(_findings(rule_set, {"law_prohibition": Status.PARTIAL}),
                    {"support_enacted": 2.0, "support_comprehensive": 0.0},
                    ["law-in-force"])
    variant = choose_variant(findings["law_prohibition"],
                             phrasebook().recommendations["law_prohibition"], findings)
    assert variant.text.for_year(2008) == (
        "Issue implementing regulations for the anti-trafficking law, and use it to prosecute "
        "both sex and labour trafficking of adults and children.")


def test_without_a_law_the_draft_asks_for_one(rule_set):
    findings = _law(_findings(rule_set, {"law_prohibition": Status.NOT_MET}),
                    {"support_enacted": 0.0, "support_comprehensive": 0.0})
    variant = choose_variant(findings["law_prohibition"],
                             phrasebook().recommendations["law_prohibition"], findings)
    assert variant.text.for_year(2008).startswith("Enact a law that prohibits all forms")


def test_prosecution_is_asked_to_use_the_law_another_finding_credits(rule_set):
    findings = _law(_findings(rule_set, {"prosecution": Status.NOT_MET}),
                    {"support_enacted": 1.0}, ["law-in-force"])
    findings["prosecution"] = replace(findings["prosecution"], variables=(
        ("shortfall", 1.0), ("support_convictions", 0.0), ("support_enforcement", 0.0)))
    variant = choose_variant(findings["prosecution"],
                             phrasebook().recommendations["prosecution"], findings)
    assert variant.text.for_year(2008).startswith("Use the anti-trafficking law")


def test_recommendations_are_ten_at_most_heaviest_and_furthest_short_first(rule_set):
    findings = _findings(rule_set, {"shelters": Status.PARTIAL}, default=Status.NOT_MET)
    made = recommend(findings.values(), 2008, phrasebook())
    assert len(made) == MOST_RECOMMENDATIONS
    assert [item.priority for item in made] == sorted((item.priority for item in made),
                                                      reverse=True)
    assert made[0].priority == 3.0
    assert "shelters" not in [item.criterion_id for item in made[:3]]


def test_nothing_is_recommended_for_criteria_met(rule_set):
    assert recommend(_findings(rule_set, {}).values(), 2008, phrasebook()) == ()
