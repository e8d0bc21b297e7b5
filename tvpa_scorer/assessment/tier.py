"""Findings + tier law + tier history -> a recommended tier, with every reason that drives it.

The steps follow 7107 and are parameterised by rules/tiers.yml: the minimum standards
decide Tier 1; significant efforts on concrete action decide Tier 2 against Tier 3; the
Watch List triggers in force put a Tier 2 country on the Watch List; the automatic
downgrade and, from 2019, the state-trafficking override can then force Tier 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.effort import (
    PillarScore,
    PriorAssessment,
    Trend,
    pillar_scores,
    trend_between,
    weighted_effort,
)
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.assessment.tier_checks import (
    DowngradeResult,
    Efforts,
    StandardResult,
    TriggerResult,
    judge_downgrade,
    judge_efforts,
    judge_standards,
    judge_triggers,
)
from tvpa_scorer.rules.tier_law import Era, Tier, TierLaw


class Move(Enum):
    UP = "up"
    DOWN = "down"
    STAYED = "stayed"


@dataclass(frozen=True, slots=True)
class Confidence:
    """How much of the law the cables let us judge: assessed share of applicable weight."""

    value: float
    level: str  # high, medium, low
    not_assessed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of the decision, and the criteria whose evidence backs it."""

    text: str
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TierDecision:
    recommended: Tier
    report_year: int | None
    era: Era
    compliance_sentences: dict[str, str]  # tier -> the report year's formula sentence
    previous: Tier | None
    previous_year: int | None
    move: Move | None
    change: str  # why the tier moved or stayed; empty without a previous tier
    standards: tuple[StandardResult, ...]
    efforts: Efforts
    triggers: tuple[TriggerResult, ...]
    downgrade: DowngradeResult | None
    override: bool
    watch_list_years: int  # consecutive Watch List years ending with this one; 0 off the list
    confidence: Confidence
    effort: float | None  # weighted mean of the statuses on the pillar scale
    pillars: tuple[PillarScore, ...]
    prior: PriorAssessment | None  # the earlier draft compared with, from the store
    trend: Trend | None  # overall effort against the prior draft
    reasons: tuple[Reason, ...]


def decide_tier(assessment: Assessment, law: TierLaw, history: tuple[tuple[int, Tier], ...],
                prior: PriorAssessment | None = None) -> TierDecision:
    """Recommend a tier for the assessment's country and report year.

    `history` is the country's published tiers before the report year; `prior` an earlier
    draft of the country to compare efforts with (trigger II, and the pillars' trends)."""
    year = assessment.report_year
    era = law.era_for(year) if year is not None else law.eras[-1]
    findings = {finding.criterion.criterion_id: finding for finding in assessment.findings
                if finding.applicable}
    standards = judge_standards(law, findings)
    efforts = judge_efforts(law, findings)
    effort = weighted_effort(law, findings.values())
    trend = trend_between(law, prior.effort, effort) if prior else None
    triggers = judge_triggers(law, era, findings, efforts,
                              (trend, prior.report_year) if prior and trend else None)
    previous_year, previous = history[-1] if history else (None, None)
    confidence = _confidence(law, findings)
    ruling = _rule(law, era, year, findings, standards, efforts, triggers, history, confidence)
    move = _move(previous, ruling.tier)
    change = _change(previous, previous_year, ruling.tier, move, ruling.decisive)
    return TierDecision(
        recommended=ruling.tier, report_year=year, era=era,
        compliance_sentences=law.narrative_for(year or era.first_report).sentences,
        previous=previous, previous_year=previous_year, move=move, change=change,
        standards=standards, efforts=efforts, triggers=triggers, downgrade=ruling.downgrade,
        override=ruling.override, watch_list_years=_watch_list_years(history, year, ruling.tier),
        confidence=confidence, effort=effort,
        pillars=pillar_scores(law, findings, prior), prior=prior, trend=trend,
        reasons=_reasons(law, standards, efforts, ruling, change, confidence),
    )


@dataclass(frozen=True, slots=True)
class _Ruling:
    """What the law gives, step by step: the tier the standards, efforts and triggers give,
    then the tier after the automatic downgrade and the override, and the clause that
    decides it."""

    tier: Tier
    decisive: str
    watch_list: tuple[TriggerResult, ...]  # the fired triggers a Watch List place rests on
    before_downgrade: Tier
    downgrade: DowngradeResult | None
    override: bool
    override_reason: Reason | None


def _rule(law: TierLaw, era: Era, year: int | None, findings: dict[str, Finding],
          standards: tuple[StandardResult, ...], efforts: Efforts,
          triggers: tuple[TriggerResult, ...], history: tuple[tuple[int, Tier], ...],
          confidence: Confidence) -> _Ruling:
    """Decide the tier, saying why only in the clause that decides it."""
    fired = tuple(result for result in triggers if result.fired) if era.watch_list else ()
    previous_year, previous = history[-1] if history else (None, None)
    watch_list: tuple[TriggerResult, ...] = ()
    too_little = (f"the cables bear on only {confidence.value:.0%} of the criteria's weight "
                  f"(under {law.carry_forward_below:.0%})")
    if confidence.value < law.carry_forward_below and previous is not None \
            and previous.rank is not None:
        # Cables that bear on almost nothing (a tasker, a short excerpt) are no evidence of
        # change: Tier 3 would fail the government on answers nobody has read yet.
        tier = previous
        decisive = (f"{too_little}, so the {previous_year} report's place is carried forward "
                    "until answers that say more are read")
    elif confidence.value < law.carry_forward_below:
        tier = Tier.INSUFFICIENT
        decisive = (f"{too_little}, and no earlier report's place is on record: no tier can "
                    "be drafted until answers that say more are read")
    elif all(standard.met for standard in standards) and efforts.significant:
        tier, decisive = Tier.ONE, "it meets all four minimum standards"
    elif efforts.significant:
        tier = Tier.WATCH_LIST if fired else Tier.TWO
        decisive = "; ".join(result.why for result in fired) if fired else (
            "its efforts are significant and no Watch List trigger fired" if era.watch_list
            else "its efforts are significant")
        watch_list = fired
    else:
        tier, decisive = Tier.THREE, f"its efforts are not significant ({efforts.why})"
    before_downgrade = tier
    downgrade = judge_downgrade(law, era, history, year, tier, findings)
    if downgrade is not None and downgrade.forced:
        tier, decisive = Tier.THREE, downgrade.why.rstrip(".")
    override, override_reason = _override(law, era, findings)
    if override:
        tier, decisive = Tier.THREE, override_reason.text.rstrip(".")
    return _Ruling(tier, decisive, watch_list, before_downgrade, downgrade, override,
                   override_reason)


def _reasons(law: TierLaw, standards: tuple[StandardResult, ...], efforts: Efforts,
             ruling: _Ruling, change: str, confidence: Confidence) -> tuple[Reason, ...]:
    """Every step of the ruling as a reason, with the criteria that back it: the override
    first, then the standards, the efforts, the Watch List triggers, the downgrade's warning,
    the move from the previous tier and how much the cables let the draft assess."""
    reasons = [_standards_reason(standards), _efforts_reason(efforts)]
    reasons += [Reason(f"Watch List: {result.wording} ({result.why}).", result.criteria)
                for result in ruling.watch_list]
    downgrade = ruling.downgrade
    if downgrade is not None and downgrade.why and ruling.before_downgrade is Tier.WATCH_LIST:
        reasons.append(Reason(downgrade.why, (law.criteria_read.national_plan,)))
    if ruling.override_reason:
        reasons.insert(0, ruling.override_reason)
    if change:
        reasons.append(Reason(change))
    if ruling.tier is Tier.INSUFFICIENT:
        reasons.insert(0, Reason(f"No tier: {ruling.decisive}.", confidence.not_assessed))
    elif confidence.level != "high":
        reasons.append(Reason(f"Confidence is {confidence.level}: the cables let the draft "
                              f"assess {confidence.value:.0%} of the criteria's weight, so this "
                              "tier may change once the missing answers are read.",
                              confidence.not_assessed))
    return tuple(reasons)


def _standards_reason(standards: tuple[StandardResult, ...]) -> Reason:
    met = [standard.standard_id for standard in standards if standard.met]
    unmet = [standard.standard_id for standard in standards if standard.met is False]
    unknown = [standard.standard_id for standard in standards if standard.met is None]
    parts = [f"met: {', '.join(met)}" if met else "none met"]
    if unmet:
        parts.append(f"not met: {', '.join(unmet)}")
    if unknown:
        parts.append(f"cannot be judged from the cables: {', '.join(unknown)}")
    verdict = "all met, as Tier 1 requires" if len(met) == len(standards) else \
        "Tier 1 needs all four"
    return Reason(f"Minimum standards of 7106(a): {'; '.join(parts)} ({verdict}).",
                  tuple(dict.fromkeys(name for standard in standards
                                      if not standard.met for name in standard.unmet)))


def _efforts_reason(efforts: Efforts) -> Reason:
    verdict = "significant efforts" if efforts.significant else "no significant efforts"
    return Reason(f"{verdict.capitalize()}: {efforts.why}.", efforts.with_action)


def _override(law: TierLaw, era: Era, findings: dict[str, Finding]
              ) -> tuple[bool, Reason | None]:
    criteria = (law.criteria_read.state_trafficking,)
    finding = findings.get(criteria[0])
    if finding is None or finding.status is not Status.NOT_MET:
        return False, None
    if era.override:
        return True, Reason("A government policy or pattern of trafficking means Tier 3 "
                            "(7107(b)(3)(B)).", criteria)
    return False, Reason("The cables show a government policy or pattern of trafficking; before "
                         "the 2019 amendments this weighs against significant efforts but does "
                         "not by itself mean Tier 3.", criteria)


def _move(previous: Tier | None, tier: Tier) -> Move | None:
    if previous is None or previous.rank is None:
        return None
    if tier.rank == previous.rank:
        return Move.STAYED
    return Move.UP if tier.rank < previous.rank else Move.DOWN


def _change(previous: Tier | None, previous_year: int | None, tier: Tier, move: Move | None,
            decisive: str) -> str:
    """The explanation 7107(b)(1)(H) asks for when a tier changes: what drove the move."""
    if previous is None or move is None:
        return ""
    before = f"{previous.label} in the {previous_year} report"
    if move is Move.STAYED:
        return f"Unchanged from {before}: {decisive}."
    direction = "Up" if move is Move.UP else "Down"
    return f"{direction} from {before} to {tier.label}: {decisive}."


def _watch_list_years(history: tuple[tuple[int, Tier], ...], year: int | None,
                      tier: Tier) -> int:
    if tier is not Tier.WATCH_LIST or year is None:
        return 0
    count, expected = 1, year - 1
    for past_year, past_tier in reversed(history):
        if past_year != expected or past_tier is not Tier.WATCH_LIST:
            break
        count, expected = count + 1, expected - 1
    return count


def _confidence(law: TierLaw, findings: dict[str, Finding]) -> Confidence:
    weighed = [finding for finding in findings.values() if finding.criterion.weight > 0]
    total = sum(finding.criterion.weight for finding in weighed)
    missing = [finding for finding in weighed if finding.status is Status.NOT_ASSESSED]
    value = 0.0 if not total else 1 - sum(finding.criterion.weight for finding in missing) / total
    level = "high" if value >= law.confidence_high else (
        "medium" if value >= law.confidence_medium else "low")
    return Confidence(round(value, 3), level,
                      tuple(finding.criterion.criterion_id for finding in missing))
