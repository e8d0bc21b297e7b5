"""The tier law of rules/tiers.yml: 22 U.S.C. 7107 as in force for each report year."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Tier(Enum):
    """A place in the TIP Report; SPECIAL is a special case given no tier (e.g. instability).
    INSUFFICIENT is no place: a draft whose cables bear on too little to ground a tier."""

    ONE = "1"
    TWO = "2"
    WATCH_LIST = "2WL"
    THREE = "3"
    SPECIAL = "special"
    INSUFFICIENT = "insufficient"

    @property
    def rank(self) -> int | None:
        """Order from best to worst; a special case has none."""
        return _RANKS.get(self)

    @property
    def label(self) -> str:
        return _LABELS.get(self, f"Tier {self.value}")


_RANKS = {Tier.ONE: 1, Tier.TWO: 2, Tier.WATCH_LIST: 3, Tier.THREE: 4}
_LABELS = {Tier.WATCH_LIST: "Tier 2 Watch List", Tier.SPECIAL: "Special case",
           Tier.INSUFFICIENT: "Insufficient evidence"}


class Trigger(Enum):
    """The special watch list triggers of 7107(b)(2)(A)(iii), in their yearly wordings."""

    VICTIMS_RISING = "victims_rising"
    VICTIMS_RISING_UNMATCHED = "victims_rising_unmatched"
    NO_INCREASING_EFFORTS = "no_increasing_efforts"
    FUTURE_COMMITMENTS = "future_commitments"


@dataclass(frozen=True, slots=True)
class Downgrade:
    """The automatic downgrade to Tier 3 after consecutive Watch List years, and its waiver."""

    after_watch_list_years: int
    counted_from: int
    waiver_years: int
    reinstated_max_years: int | None


@dataclass(frozen=True, slots=True)
class Era:
    """One version of the law, governing the reports from `first_report` to `last_report`."""

    name: str
    first_report: int
    last_report: int | None
    watch_list: bool
    triggers: tuple[Trigger, ...]
    downgrade: Downgrade | None
    override: bool

    def governs(self, report_year: int) -> bool:
        return self.first_report <= report_year and (self.last_report is None
                                                     or report_year <= self.last_report)


@dataclass(frozen=True, slots=True)
class Standard:
    """One minimum standard of 7106(a), judged by the criteria that speak to it."""

    standard_id: str
    title: str
    criteria: tuple[str, ...]
    met_share: float  # 1.0: every criterion met


@dataclass(frozen=True, slots=True)
class CriteriaRead:
    """The criteria the law's tests read by name (tiers.yml `criteria_read`), beyond the
    standards: renaming one in criteria/ without renaming it here is a located error."""

    victim_numbers: str        # Watch List trigger I: victims very significant or rising
    appreciable_progress: str  # trigger II: evidence of increasing efforts
    national_plan: str         # the written plan a waiver of the downgrade needs
    state_trafficking: str     # a government policy or pattern of trafficking: Tier 3


@dataclass(frozen=True, slots=True)
class EffortsTest:
    """When efforts count as significant: the Tier 2 line of 7107(b)(1)(B)."""

    min_action_share: float
    min_pillars: int
    pillars: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Narrative:
    """The TIP Report's compliance sentence for each tier, in one span of report years."""

    first_report: int
    last_report: int | None
    sentences: dict[str, str]  # tier ("1", "2", "3") -> sentence with {country}

    def governs(self, report_year: int) -> bool:
        return self.first_report <= report_year and (self.last_report is None
                                                     or report_year <= self.last_report)


@dataclass(frozen=True, slots=True)
class TierLaw:
    eras: tuple[Era, ...]
    standards: tuple[Standard, ...]
    significant_efforts: EffortsTest
    min_planned_share: float
    proportional_action_share: float
    pillar_scale: dict[str, float]  # finding status -> value on the 0..1 scale
    trend_threshold: float  # change in mean effort that counts as increased or decreased
    confidence_high: float
    confidence_medium: float
    carry_forward_below: float  # assessed share under which the previous tier is kept
    narratives: tuple[Narrative, ...]
    watch_list_reasons: dict[Trigger, str]
    criteria_read: CriteriaRead

    def era_for(self, report_year: int) -> Era:
        """The law in force for a report year; before the first report, the first law."""
        return next((era for era in self.eras if era.governs(report_year)), self.eras[0])

    def narrative_for(self, report_year: int) -> Narrative:
        return next((narrative for narrative in self.narratives
                     if narrative.governs(report_year)), self.narratives[0])
