"""The draft's sentences in the TIP Report's shape for the report year.

2001-2016 reports open "MEXICO (Tier 2)" and follow the compliance sentence with the Watch
List sentence and "The government should ..." recommendations; from 2017 they open
"MEXICO: Tier 2", summarise the efforts and the key shortfalls, and list prioritized
recommendations. Both open with a summary in prose, then the prioritised recommendations;
every point about the cables carries the citation of its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.assessment.tier_checks import TriggerState
from tvpa_scorer.reports.phrasebook import Phrasebook
from tvpa_scorer.reports.prose import Sentence, summary_sentences
from tvpa_scorer.reports.recommending import Recommendation, recommend
from tvpa_scorer.rules.tier_law import Tier, Trigger

if TYPE_CHECKING:  # the views are built by report_model, which calls this module
    from tvpa_scorer.reports.model import CriterionView

MODERN_FROM = 2017
UNKNOWN_COUNTRY = "[country]"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")


@dataclass(frozen=True, slots=True)
class Narrative:
    style: str  # "classic" (2001-2016 reports) or "modern" (from 2017)
    country: str
    tier_line: str
    compliance: str
    watch_list: str  # empty off the Watch List
    progress: str  # the trigger II finding as the summary states it; empty when unknown
    summary: tuple[Sentence, ...]  # the efforts and the shortfalls, in prose
    recommendations: tuple[Recommendation, ...]
    no_recommendations: str  # what the report says when nothing is recommended
    change: str  # why the tier moved (7107(b)(1)(H)), or that it did not


# No compliance sentence of the law fits a draft whose cables bear on too little to say.
_TOO_LITTLE = ("The cables read bear on too few of the minimum standards to say whether the "
               "Government of {country} complies with them or is making significant efforts "
               "to do so.")


_ALL_MET = "None: every assessed criterion is met."
_NOTHING_ASSESSED = "None yet: the cables bear on too little to show where efforts fall short."


def write_narrative(assessment: Assessment, decision: TierDecision,
                    views: dict[str, CriterionView], book: Phrasebook) -> Narrative:
    """The narrative sentences for the assessment's country and report year."""
    year = assessment.report_year
    country = assessment.country or UNKNOWN_COUNTRY
    modern = year is not None and year >= MODERN_FROM
    tier = decision.recommended
    sentences = decision.compliance_sentences
    key = "2" if tier is Tier.WATCH_LIST else tier.value if tier.value in sentences else "3"
    compliance = _TOO_LITTLE if tier is Tier.INSUFFICIENT else sentences[key]
    return Narrative(
        style="modern" if modern else "classic",
        country=country,
        tier_line=f"{country.upper()}: {tier.label}" if modern
        else f"{country.upper()} ({tier.label})",
        compliance=compliance.format(country=country),
        watch_list=_watch_list(country, decision),
        progress=_progress(decision),
        summary=summary_sentences(_ranked(views.values(), (Status.MET, Status.PARTIAL,
                                                           Status.NOT_MET)), year, book),
        recommendations=recommend((view.finding for view in views.values()), year, book),
        no_recommendations=_NOTHING_ASSESSED if tier is Tier.INSUFFICIENT else _ALL_MET,
        change=decision.change or "No earlier tier is on record for this country.",
    )


def _ranked(views: Iterable[CriterionView], statuses: tuple[Status, ...]) -> list[CriterionView]:
    """The criteria with these statuses that carry weight, heaviest first."""
    chosen = [view for view in views if view.finding.status in statuses
              and view.finding.criterion.weight > 0]
    return sorted(chosen, key=lambda view: (-view.finding.criterion.weight,
                                            view.finding.criterion.criterion_id))


def _watch_list(country: str, decision: TierDecision) -> str:
    if decision.recommended is not Tier.WATCH_LIST:
        return ""
    years = decision.watch_list_years
    running = f" for the {_ordinal(years)} consecutive year" if years > 1 else ""
    reasons = [result.wording for result in decision.triggers if result.fired]
    because = " because " + "; and ".join(reasons) if reasons else ""
    return f"{country} is placed on Tier 2 Watch List{running}{because}."


def _progress(decision: TierDecision) -> str:
    for result in decision.triggers:
        if result.trigger is Trigger.NO_INCREASING_EFFORTS and \
                result.state is not TriggerState.NOT_ASSESSABLE:
            return ("The government did not demonstrate increasing efforts compared to the "
                    "previous reporting period." if result.fired else
                    "The government demonstrated increasing efforts compared to the previous "
                    "reporting period.")
    return ""


def _ordinal(number: int) -> str:
    return _ORDINALS[number - 1] if number <= len(_ORDINALS) else f"{number}th"
