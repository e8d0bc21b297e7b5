"""The rule set: criteria, evidence rules, context modifiers, number kinds and scoring."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tvpa_scorer.cables.topics import TopicVocabulary
from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.patterns import PatternSet
from tvpa_scorer.kit.problems import Location
from tvpa_scorer.rules.formula import Formula
from tvpa_scorer.rules.tier_law import TierLaw


class CriterionPillar(Enum):
    """The TIP Report's Ps; `general` holds the cross-cutting indicia (b8, b11)."""

    PROSECUTION = "prosecution"
    PROTECTION = "protection"
    PREVENTION = "prevention"
    PARTNERSHIP = "partnership"
    GENERAL = "general"


class Effect(Enum):
    """What an evidence rule's hit says about the criterion."""

    SUPPORTS = "supports"    # a concrete government action the criterion asks for
    SHORTFALL = "shortfall"  # a failure, an absence, a harm the criterion counts against


class ModifierEffect(Enum):
    """What a context modifier does to a hit it governs."""

    VETO = "veto"          # the hit does not count (listed under `rejected`)
    FLIP = "flip"          # a negated support becomes a shortfall; a negated shortfall is vetoed
    DISCOUNT = "discount"  # the hit counts at `factor` of its weight
    CREDIT = "credit"      # restores credit another modifier withdrew (government-funded NGO)
    FLAG = "flag"          # recorded for the reader of the finding, no effect on the count


class Direction(Enum):
    FORWARD = "forward"    # governs what follows the trigger: "plans to [open a shelter]"
    BACKWARD = "backward"  # governs what precedes it: "[a shelter] is planned"
    BOTH = "both"
    # governs every word of its own clause, wherever the trigger stands in it: "a legal-aid
    # hotline for victims, staffed by ministry lawyers, is scheduled to go live in July"
    CLAUSE = "clause"
    # governs every clause of its sentence: "... criminalizes trafficking and will enter into
    # force in July" leaves the whole law pending
    SENTENCE = "sentence"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One phrase of a modifier, with its own direction when it differs from the modifier's."""

    pattern: LazyPattern
    direction: Direction
    source: str
    window: int | None = None  # words it reaches; None: the modifier's window


@dataclass(frozen=True, slots=True)
class Modifier:
    modifier_id: str
    effect: ModifierEffect
    applies_to: frozenset[Effect]
    window: int
    triggers: tuple[Trigger, ...]
    pseudo: tuple[LazyPattern, ...]
    factor: float = 1.0
    cancels: str | None = None  # for CREDIT: the modifier whose veto it lifts
    whole_sentence: bool = False  # actor cues: the sentence's first actor decides


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The words that open clauses (context.yml `clauses`), each a pattern or None."""

    # contrast, concessive and relative openings in one pattern, a named group for each, tried
    # only where one of its opening words stands
    openings: PatternSet | None
    shared_subject: LazyPattern | None  # after "and": the conjunct shares the subject
    new_subject: LazyPattern | None     # after ", and": the conjunct has a subject of its own


NO_CLAUSE_WORDS = ClauseWords(None, None, None)


@dataclass(frozen=True, slots=True)
class Context:
    """The ConText configuration: modifiers, scope terminators and the historical cut-off."""

    modifiers: tuple[Modifier, ...]
    terminators: tuple[LazyPattern, ...]
    government_actors: tuple[LazyPattern, ...]
    historical_years_before_report: int
    # phrases that put what a sentence tells before the reporting period, whatever its years
    before_period: tuple[LazyPattern, ...] = ()
    # phrases that close a dated episode ("from 2003 to 2004", "the then ministry", "a practice
    # later abandoned"): history when the report year, and so the period, is not known
    closed_episode: tuple[LazyPattern, ...] = ()
    # phrases by which a later clause or the next sentence says what a support named is not
    # yet there ("No residents have been taken in yet", "It has not been published")
    not_yet: tuple[LazyPattern, ...] = ()
    clauses: ClauseWords = NO_CLAUSE_WORDS


# Which inflections a concept's terms take: a noun's (on the last word), a verb's (on the
# first word), or both.
NOUN, VERB, ANY = "noun", "verb", "any"
# A term written "=in force" is taken as it stands: no inflection, only both spellings.
EXACT_MARK = "="


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class Concept:
    """A named concept of the lexicon: its terms, shared by every rule that names it."""

    concept_id: str
    pos: str
    terms: tuple[Term, ...]
    location: Location


@dataclass(frozen=True, slots=True)
class Lexicon:
    concepts: dict[str, Concept]


def normal_term(term: str) -> str:
    """Lower case, hyphens and runs of white space as one space: how terms and text compare."""
    return " ".join(term.lower().replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Quantity:
    """A kind of number to extract: `victims_identified`, `funds`..."""

    quantity_id: str
    unit: str
    patterns: tuple[LazyPattern, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name a rule file uses that must be defined elsewhere: a rule, topic, quantity, aspect."""

    kind: str
    name: str
    location: Location


@dataclass(frozen=True, slots=True)
class Examples:
    match: tuple[tuple[str, Location], ...]
    no_match: tuple[tuple[str, Location], ...]


@dataclass(frozen=True, slots=True)
class EvidenceRule:
    rule_id: str
    title: str
    effect: Effect
    patterns: tuple[LazyPattern, ...]
    requires: tuple[LazyPattern, ...]  # each must also occur in the sentence
    exclude: tuple[LazyPattern, ...]   # distractors: a sentence holding one does not count
    weight: float
    aspect: str | None
    numbers: tuple[str, ...]
    examples: Examples
    location: Location
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()
    government_actor: bool = False  # counts only when the clause names the government as actor
    standing: bool = False  # a law on the books: an early date does not make it history
    # Concepts that must meet in one clause: each frame a tuple of (slot, the concepts any of
    # which fills it); the rule fires where any of its frames is filled.
    frames: tuple[tuple[tuple[str, frozenset[str]], ...], ...] = ()
    negated: bool = False  # fires only where a negation reaches the frame ("no shelter")
    # A rule that only shows why nothing counted: its hits are kept where one of these
    # modifiers vetoes them ("a shelter is to open in May", "IOM's shelter") and dropped
    # otherwise, and only in a sentence no other rule of the criterion found.
    kept_when_vetoed_by: frozenset[str] = frozenset()
    # `requires: ["@trafficking or @exploitation_risk"]`: concepts the sentence must name, one
    # of each set at least
    required_concepts: tuple[frozenset[str], ...] = ()


# What the scorer provides to status conditions and score formulas, per criterion:
# support / shortfall  weighted credited evidence for and against
# rejected             hits found but vetoed (planned, NGO-run, cross-reference...)
# mentions             answers to a known question on one of the criterion's topics
# aspects              how many of the criterion's aspects have support (aspects_total: of how many)
# figures              credited figures the data presumption asks for
# support_<aspect>     support for one aspect, e.g. support_functions
FORMULA_VARIABLES = ("support", "shortfall", "rejected", "mentions", "aspects", "aspects_total",
                     "figures")


@dataclass(frozen=True, slots=True)
class StatusRules:
    """How evidence becomes a status: conditions tried in order, and the score formula."""

    score: Formula
    met: Formula
    partial: Formula
    not_met: Formula


@dataclass(frozen=True, slots=True)
class Presumption:
    """The data presumption of 7106(b)(1) and (b)(7): no figures means not vigorous."""

    figures: tuple[str, ...]
    from_year: int
    reason: str


@dataclass(frozen=True, slots=True)
class Question:
    """A follow-up question for the embassy, and what in the cables makes it worth asking.

    A question with neither terms nor topics is the criterion's own: asked whenever the
    criterion's status calls for questions. One about a particular practice (child soldiers,
    labour camps, peacekeepers) names the terms or topics that show the cables speak of it, so
    that a country whose cables never do is not asked about it.
    """

    text: str
    terms: tuple[LazyPattern, ...] = ()  # asked when an answer of the cables says one of these
    topics: frozenset[str] = frozenset()  # or when an answer is filed under one of these

    @property
    def conditional(self) -> bool:
        return bool(self.terms or self.topics)


@dataclass(frozen=True, slots=True)
class Criterion:
    criterion_id: str
    title: str
    statute: str
    pillar: CriterionPillar
    weight: float
    from_year: int
    to_year: int | None
    topics: frozenset[str]
    evidence: tuple[str, ...]
    aspects: tuple[tuple[str, str], ...]  # (aspect, the gap reported when it has no support)
    status: StatusRules
    presumption: Presumption | None
    gap: str
    recommendation: str
    location: Location
    mentions: tuple[Mention, ...] = ()
    questions: tuple[Question, ...] = ()  # concrete follow-up questions for the embassy
    priority: bool = False  # one of the criteria the domain guidance puts first (4.1)
    # concepts a sentence on the criterion names: one no rule judged is left for a reviewer
    core: frozenset[str] = frozenset()

    def applies_in(self, report_year: int | None) -> bool:
        if report_year is None:
            return True
        return self.from_year <= report_year and (self.to_year is None
                                                  or report_year <= self.to_year)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything in a rules directory, compiled once."""

    criteria: tuple[Criterion, ...]
    rules: dict[str, EvidenceRule]
    context: Context
    quantities: dict[str, Quantity]
    topics: TopicVocabulary
    tier_law: TierLaw
    version: str
    lexicon: Lexicon = Lexicon({})

    def rules_of(self, criterion: Criterion) -> tuple[EvidenceRule, ...]:
        return tuple(self.rules[rule_id] for rule_id in criterion.evidence)
