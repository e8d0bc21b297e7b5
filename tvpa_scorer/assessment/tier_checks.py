"""The legal tests a tier decision is made of: standards, efforts, triggers, downgrade."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.assessment.effort import Trend
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.rules.model import Effect
from tvpa_scorer.rules.names import ModifierName
from tvpa_scorer.rules.tier_law import Era, Tier, TierLaw, Trigger

_ACTION = (Status.MET, Status.PARTIAL)


@dataclass(frozen=True, slots=True)
class StandardResult:
    """A minimum standard: met, not met, or None when none of its criteria could be assessed."""

    standard_id: str
    title: str
    met: bool | None
    share: float | None  # share of its criteria's weight that is met
    unmet: tuple[str, ...]  # its criteria not met, partial or not assessed


@dataclass(frozen=True, slots=True)
class Efforts:
    significant: bool
    action_share: float  # weight of criteria showing concrete action / weight assessed
    pillars: tuple[str, ...]  # pillars with concrete action
    with_action: tuple[str, ...]
    why: str


class TriggerState(Enum):
    FIRED = "fired"
    NOT_FIRED = "not_fired"
    NOT_ASSESSABLE = "not_assessable"


@dataclass(frozen=True, slots=True)
class TriggerResult:
    trigger: Trigger
    state: TriggerState
    why: str
    criteria: tuple[str, ...]
    wording: str = ""  # the statute's words for the trigger, as the report quotes them

    @property
    def fired(self) -> bool:
        return self.state is TriggerState.FIRED


@dataclass(frozen=True, slots=True)
class DowngradeResult:
    """The automatic downgrade as it stands for this report."""

    watch_list_years_before: int  # consecutive Watch List years counted toward it
    history_known: bool  # the previous report's tier is in the history
    due: bool  # the count reached the limit and the country would stay on the list
    forced: bool  # Tier 3 by the downgrade
    waived: bool
    waivers_used: int  # waiver years used before this report
    waivers_allowed: int
    why: str


def judge_standards(law: TierLaw, findings: dict[str, Finding]) -> tuple[StandardResult, ...]:
    """Each 7106(a) standard met when its criteria's met weight reaches its share."""
    results = []
    for standard in law.standards:
        listed = [findings[name] for name in standard.criteria if name in findings]
        judged = [finding for finding in listed if finding.status is not Status.NOT_ASSESSED]
        unmet = tuple(finding.criterion.criterion_id for finding in listed
                      if finding.status is not Status.MET)
        if not judged:
            results.append(StandardResult(standard.standard_id, standard.title, None, None,
                                          unmet))
            continue
        total = sum(_weight(finding) for finding in listed)
        share = sum(_weight(finding) for finding in judged if finding.status is Status.MET) / total
        results.append(StandardResult(standard.standard_id, standard.title,
                                      share >= standard.met_share, round(share, 3), unmet))
    return tuple(results)


def judge_efforts(law: TierLaw, findings: dict[str, Finding]) -> Efforts:
    """Significant efforts rest on concrete action: criteria met or partial, in enough pillars.

    A pillar the cables never reach (an excerpt that stops early) is not held against the
    government: the pillars needed are at most those assessed."""
    test = law.significant_efforts
    judged = [finding for finding in findings.values() if finding.criterion.weight > 0
              and finding.status is not Status.NOT_ASSESSED]
    acting = [finding for finding in judged if finding.status in _ACTION]
    if not judged:
        return Efforts(False, 0.0, (), (), "nothing in the cables could be assessed")
    share = sum(_weight(finding) for finding in acting) / sum(_weight(f) for f in judged)
    pillars = tuple(pillar for pillar in test.pillars
                    if any(finding.criterion.pillar.value == pillar for finding in acting))
    assessed = [pillar for pillar in test.pillars
                if any(finding.criterion.pillar.value == pillar for finding in judged)]
    needed = min(test.min_pillars, len(assessed))
    significant = share >= test.min_action_share and len(pillars) >= needed
    unread = f"; {len(test.pillars) - len(assessed)} not assessed" \
        if len(assessed) < len(test.pillars) else ""
    why = (f"concrete action in {len(acting)} of {len(judged)} assessed criteria, "
           f"{share:.0%} of their weight ({test.min_action_share:.0%} needed), in "
           f"{len(pillars)} of the {len(test.pillars)} pillars"
           f"{': ' + ', '.join(pillars) if pillars else ''} ({needed} needed{unread})")
    return Efforts(significant, round(share, 3), pillars,
                   tuple(finding.criterion.criterion_id for finding in acting), why)


def judge_triggers(law: TierLaw, era: Era, findings: dict[str, Finding], efforts: Efforts,
                   compared: tuple[Trend, int] | None) -> tuple[TriggerResult, ...]:
    """Every Watch List trigger in force for the era, fired or not and why.

    `compared` is the trend of efforts since an earlier draft and that draft's report year."""
    judges = {
        Trigger.VICTIMS_RISING: lambda: _victims(law, findings),
        Trigger.VICTIMS_RISING_UNMATCHED: lambda: _victims_unmatched(law, findings, efforts),
        Trigger.NO_INCREASING_EFFORTS: lambda: _no_increase(law, findings, compared),
        Trigger.FUTURE_COMMITMENTS: lambda: _commitments(law, findings),
    }
    return tuple(dataclasses.replace(judges[trigger](), wording=law.watch_list_reasons[trigger])
                 for trigger in era.triggers)


def _victims(law: TierLaw, findings: dict[str, Finding],
             trigger: Trigger = Trigger.VICTIMS_RISING) -> TriggerResult:
    criteria = (law.criteria_read.victim_numbers,)
    finding = findings.get(criteria[0])
    if finding is None or finding.status is Status.NOT_ASSESSED:
        return TriggerResult(trigger, TriggerState.NOT_ASSESSABLE,
                             "the cables say nothing of the number of victims", criteria)
    if finding.status is Status.NOT_MET:
        return TriggerResult(trigger, TriggerState.FIRED, "the cables describe a very "
                             "significant or growing number of victims", criteria)
    return TriggerResult(trigger, TriggerState.NOT_FIRED, "the cables do not describe a very "
                         "significant or growing number of victims", criteria)


def _victims_unmatched(law: TierLaw, findings: dict[str, Finding], efforts: Efforts
                       ) -> TriggerResult:
    victims = _victims(law, findings, Trigger.VICTIMS_RISING_UNMATCHED)
    if not victims.fired:
        return victims
    proportional = efforts.action_share >= law.proportional_action_share
    state = TriggerState.NOT_FIRED if proportional else TriggerState.FIRED
    return TriggerResult(victims.trigger, state, f"{victims.why}, and concrete action covers "
                         f"{efforts.action_share:.0%} of the assessed criteria "
                         f"({law.proportional_action_share:.0%} counts as proportional)",
                         victims.criteria + efforts.with_action)


def _no_increase(law: TierLaw, findings: dict[str, Finding],
                 compared: tuple[Trend, int] | None) -> TriggerResult:
    """Trigger II: the cables' own comparison, and the trend since an earlier draft if any."""
    trigger = Trigger.NO_INCREASING_EFFORTS
    criteria = (law.criteria_read.appreciable_progress,)
    finding = findings.get(criteria[0])
    stated = None if finding is None or finding.status is Status.NOT_ASSESSED \
        else finding.status is not Status.NOT_MET
    if compared is not None:
        trend, year = compared
        since = f"efforts {trend.value} since the {year} draft assessment"
        if trend is Trend.INCREASED:
            return TriggerResult(trigger, TriggerState.NOT_FIRED, since, criteria)
        if trend is Trend.DECREASED or not stated:
            shown = "" if trend is Trend.DECREASED else \
                ", and the cables show no increase over the previous year either"
            return TriggerResult(trigger, TriggerState.FIRED, since + shown, criteria)
        return TriggerResult(trigger, TriggerState.NOT_FIRED, since + ", and the cables show "
                             "efforts increasing over the previous year", criteria)
    if stated is None:
        return TriggerResult(trigger, TriggerState.NOT_ASSESSABLE, "the cables do not compare "
                             "this year's efforts with the previous year's", criteria)
    if not stated:
        return TriggerResult(trigger, TriggerState.FIRED, "the cables show no increase in "
                             "efforts over the previous year", criteria)
    return TriggerResult(trigger, TriggerState.NOT_FIRED, "the cables show efforts increasing "
                         "over the previous year", criteria)


def _commitments(law: TierLaw, findings: dict[str, Finding]) -> TriggerResult:
    trigger = Trigger.FUTURE_COMMITMENTS
    planned = {name: sum(1 for hit in finding.rejected if hit.vetoed_by == ModifierName.PLANNED)
               for name, finding in findings.items()}
    concrete = sum(1 for finding in findings.values() for hit in finding.evidence
                   if hit.effect is Effect.SUPPORTS)
    promised = sum(planned.values())
    criteria = tuple(name for name, count in planned.items() if count)
    if not promised + concrete:
        return TriggerResult(trigger, TriggerState.NOT_ASSESSABLE,
                             "the cables report neither actions nor commitments", criteria)
    share = promised / (promised + concrete)
    state = TriggerState.FIRED if share >= law.min_planned_share else TriggerState.NOT_FIRED
    return TriggerResult(trigger, state, f"{promised} of {promised + concrete} pieces of "
                         f"evidence of effort are plans or commitments ({share:.0%}; "
                         f"{law.min_planned_share:.0%} makes the efforts rest on them)", criteria)


def judge_downgrade(law: TierLaw, era: Era, history: tuple[tuple[int, Tier], ...],
                    year: int | None, tier: Tier, findings: dict[str, Finding]
                    ) -> DowngradeResult | None:
    """The automatic downgrade after consecutive Watch List years, with its waiver."""
    rule = era.downgrade
    if rule is None or year is None:
        return None
    tiers = dict(history)
    streak = 0
    while (year - streak - 1) >= rule.counted_from and tiers.get(year - streak - 1) is \
            Tier.WATCH_LIST:
        streak += 1
    known = (year - 1) in tiers
    used = max(0, streak - rule.after_watch_list_years)
    result = dict(watch_list_years_before=streak, history_known=known, waivers_used=used,
                  waivers_allowed=rule.waiver_years)
    if tier is not Tier.WATCH_LIST:
        return DowngradeResult(**result, due=False, forced=False, waived=False, why="")
    if not known:
        return DowngradeResult(**result, due=False, forced=False, waived=False, why=(
            f"The tier history has no {year - 1} report, so the automatic downgrade could not "
            "be checked; give the history with --history."))
    reinstated = rule.reinstated_max_years
    if reinstated and streak >= reinstated and tiers.get(year - streak - 1) is Tier.THREE:
        return DowngradeResult(**result, due=True, forced=True, waived=False, why=(
            f"Moved up from Tier 3 to the Watch List {streak} year(s) ago, it may stay there at "
            f"most {reinstated} consecutive year(s) (7107(b)(2)(F)): Tier 3."))
    if streak < rule.after_watch_list_years:
        return DowngradeResult(**result, due=False, forced=False, waived=False, why=(
            f"Watch List year {streak + 1} counted since the {rule.counted_from} report; the "
            f"automatic downgrade comes after {rule.after_watch_list_years}."))
    plan = findings.get(law.criteria_read.national_plan)
    has_plan = plan is not None and plan.status in _ACTION
    waivable = used < rule.waiver_years and has_plan
    why = (f"On the Watch List for {streak} consecutive years since the {rule.counted_from} "
           f"report, so the automatic downgrade to Tier 3 applies (7107(b)(2)(D))")
    if waivable:
        why += (f"; a waiver is possible, year {used + 1} of {rule.waiver_years}, because the "
                "government has a written plan: it stays on the Watch List.")
    elif used >= rule.waiver_years:
        why += f"; the {rule.waiver_years} waiver year(s) the law allows are used up: Tier 3."
    else:
        why += "; no written plan supports a waiver: Tier 3."
    return DowngradeResult(**result, due=True, forced=not waivable, waived=waivable, why=why)


def _weight(finding: Finding) -> float:
    return finding.criterion.weight
