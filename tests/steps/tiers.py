"""Steps about the tier: findings for a report year, a tier history, and the decision."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pytest_bdd import given, parsers, then, when

from tests.support import assessment_with
from tvpa_scorer.assessment.effort import PriorAssessment, Trend
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.assessment.tier import decide_tier
from tvpa_scorer.rules.tier_law import Tier


@dataclass
class TierCase:
    """What a scenario says about a country's findings, past tiers and earlier draft."""

    year: int
    default: Status
    statuses: dict[str, Status] = field(default_factory=dict)
    planned: int = 0
    concrete: int = 0
    history: list[tuple[int, Tier]] = field(default_factory=list)
    prior: PriorAssessment | None = None


@given(parsers.parse('findings for the {year:d} report in which every criterion of effort is '
                     '"{status}"'), target_fixture="tier_case")
def given_findings(year, status):
    return TierCase(year, Status(status))


@given(parsers.parse('criterion "{criterion}" is "{status}"'))
def given_status(tier_case, criterion, status):
    tier_case.statuses[criterion] = Status(status)


@given(parsers.parse('criteria {names} are "{status}"'))
def given_statuses(tier_case, names, status):
    for name in re.split(r",\s*|\s+and\s+", names):
        tier_case.statuses[name.strip()] = Status(status)


@given(parsers.parse("{planned:d} pieces of evidence of effort are planned and {concrete:d} are "
                     "concrete"))
def given_commitments(tier_case, planned, concrete):
    tier_case.planned, tier_case.concrete = planned, concrete


@given(parsers.parse('the country\'s tier history reads "{entries}"'))
def given_history(tier_case, entries):
    tier_case.history = [(int(year), Tier(tier.strip())) for year, tier in
                         (entry.split(":") for entry in entries.split(","))]


@given(parsers.parse('the store keeps a draft for the {year:d} report in which every criterion '
                     'of effort was "{status}"'))
def given_prior(rule_set, tier_case, year, status):
    earlier = decide_tier(assessment_with(rule_set, year, {}, Status(status)), rule_set.tier_law,
                          ())
    tier_case.prior = PriorAssessment(year, earlier.recommended, earlier.effort,
                                      tuple((item.pillar, item.mean) for item in earlier.pillars),
                                      rule_set.version)


@when("the tier is decided", target_fixture="decision")
def when_decided(rule_set, tier_case):
    assessment = assessment_with(rule_set, tier_case.year, tier_case.statuses, tier_case.default,
                                 planned=tier_case.planned, concrete=tier_case.concrete)
    return decide_tier(assessment, rule_set.tier_law, tuple(tier_case.history), tier_case.prior)


@then(parsers.parse('the recommended tier is "{tier}"'))
def then_tier(decision, tier):
    assert decision.recommended is Tier(tier), [reason.text for reason in decision.reasons]


@then(parsers.parse('Watch List trigger "{trigger}" has "{state}"'))
def then_trigger(decision, trigger, state):
    states = {result.trigger.value: result.state.value.replace("_", " ")
              for result in decision.triggers}
    assert states.get(trigger, "not in force") == state, states


@then("no Watch List trigger is in force")
def then_no_triggers(decision):
    assert decision.triggers == ()


@then(parsers.parse('the automatic downgrade is "{state}"'))
def then_downgrade(decision, state):
    downgrade = decision.downgrade
    found = "not in force" if downgrade is None else "forced" if downgrade.forced else \
        "waived" if downgrade.waived else "not due"
    assert found == state, downgrade


@then(parsers.parse('the previous tier is "{tier}" from the {year:d} report and the move is '
                    '"{move}"'))
def then_previous(decision, tier, year, move):
    assert (decision.previous, decision.previous_year, decision.move.value) == (
        Tier(tier), year, move)


@then("no previous tier is known and no move is claimed")
def then_no_previous(decision):
    assert (decision.previous, decision.move, decision.change) == (None, None, "")


@then(parsers.parse('minimum standard "{standard}" is "{verdict}"'))
def then_standard(decision, standard, verdict):
    found = {result.standard_id: result.met for result in decision.standards}[standard]
    assert {True: "met", False: "not met", None: "cannot be judged"}[found] == verdict


@then(parsers.parse('the confidence is "{level}"'))
def then_confidence(decision, level):
    assert decision.confidence.level == level, decision.confidence


@then(parsers.parse("the {pillar} pillar scores {score:d} of 5"))
def then_pillar(decision, pillar, score):
    assert {item.pillar: item.score for item in decision.pillars}[pillar] == score


@then(parsers.parse('{pillar} efforts are "{trend}" since the earlier draft'))
def then_trend(decision, pillar, trend):
    trends = {item.pillar: item.trend for item in decision.pillars}
    found = decision.trend if pillar == "overall" else trends[pillar]
    assert found is Trend(trend), (decision.effort, decision.prior)


@then(parsers.parse("the {pillar} pillar is not assessed"))
def then_pillar_not_assessed(decision, pillar):
    assert {item.pillar: item.score for item in decision.pillars}[pillar] is None


@then(parsers.parse("the country has been on the Watch List {years:d} consecutive years"))
def then_watch_list_years(decision, years):
    assert decision.watch_list_years == years


@then(parsers.parse('a reason says "{text}"'))
def then_reason(decision, text):
    reasons = [reason.text for reason in decision.reasons]
    assert any(text in reason for reason in reasons), reasons
