"""Document + RuleSet -> evidence: every place an evidence rule fires, judged in its context.

Every rule reads every answer: a summary, an overview or a comment carries evidence on
any criterion. An answer's topic only says which criteria it speaks to when it says nothing
the rules count, and which criterion a figure belongs to.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable

from tvpa_scorer.cables.model import Answer, AnswerKind, Cable, Document, TopicBasis
from tvpa_scorer.evidence.aliases import Aliases, AliasLearner
from tvpa_scorer.evidence.clauses import ClauseKind
from tvpa_scorer.evidence.context import (
    BEFORE_PERIOD,
    CLOSED_EPISODE,
    NOT_YET,
    ContextIndex,
    ContextMatcher,
    Cue,
    is_historical,
)
from tvpa_scorer.evidence.hits import Evidence, EvidenceHit, FoundNumber, Place
from tvpa_scorer.evidence.judge import Verdict, judge
from tvpa_scorer.evidence.lexicon import ConceptFinder, ConceptMention
from tvpa_scorer.evidence.numbers import find_amounts
from tvpa_scorer.evidence.sentences import Sentences, split_sentences
from tvpa_scorer.kit.patterns import PatternSet, TextWords, required_words, words_of
from tvpa_scorer.rules.model import (
    Criterion,
    Direction,
    Effect,
    EvidenceRule,
    ModifierEffect,
    RuleSet,
)
from tvpa_scorer.rules.names import MarkName, ModifierName

_STRUCTURED_BASES = (TopicBasis.QUESTION, TopicBasis.TASKER, TopicBasis.SECTION)
# Only a known question narrows which rules read an answer; subjects guessed from the
# answer's own words must not blind a rule to it.
_SCOPING_BASES = (TopicBasis.QUESTION, TopicBasis.TASKER)
POINTER_RULE = "cross-reference"
# The frame slot that names the action: its actor is named before it, or as its agent.
ACT_SLOT = "act"
# How far into a sentence a pointer may start and still be what the sentence is ("Also see").
_POINTER_OPENING = 8
# "(see 19F for more information)": the pointer adds to its sentence, which still counts
_FURTHER = re.compile(r"\s*(?:for|with)\s+(?:(?:more|further|additional|fuller)\s+)?"
                      r"(?:information|details?|background)", re.IGNORECASE)
# Sets of concepts a sentence or clause names, and what rules make of each, remembered up to
# this many before starting afresh.
_REMEMBERED = 20_000
# What stands for a thing the sentence before named: "it", "one", "its director", "the unit"
# ("...has hired a consultant to produce one": the next sentence speaks of the same thing).
_STANDS_FOR_IT = re.compile(
    r"\b(?:one|it|its|they|their|the (?:unit|body|council|commission|committee|task force|"
    r"group|office|agency|mechanism|shelter|refuge|centre|center|home|facility|hotline|plan|"
    r"strategy|programme|program|campaign|team|chamber|court|system|database|law|bill|decree|"
    r"guidelines|manual|handbook|course|curriculum|module|checklist|procedures?)|"
    r"(?:a|the) (?:first |initial )?draft)\b",
    re.IGNORECASE)
_MODAL = re.compile(r"will|shall|would|may|might|could", re.IGNORECASE)
_DUTY = re.compile(r"\b(?:required|mandated|obliged|obliges|requires|mandates|must|should|ought)\b",
                   re.IGNORECASE)
# A sentence that only says where the answer is: "For figures on victims sheltered, see the
# response to question 29(H)", "Identification procedures: refer to post's answers at paras 18
# and 22", "Shelter available to victims is described in post's response to Question H".
_POINTER_SENTENCE = re.compile(
    # after the answer's own key and marking, when no header let them be read as such
    r"^\W*(?:(?:\d{1,2}\s?)?(?:\([A-Za-z]\)|[A-Za-z]\.)\s+|\d{1,2}\.?\s+)?"
    r"(?:\((?:U|SBU|C|S)\)\s*)?"
    r"(?:(?:(?:for|on|regarding|concerning|about|as\s+(?:for|to)|with\s+regard\s+to|"
    r"in\s+relation\s+to)\b[^.;:]{0,100},|[^.;:]{0,60}:)\s*)?(?:please\s+)?"
    r"(?:see|refer\s+to|consult)\b"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:described|covered|"
    r"addressed|discussed|reported|detailed|consolidated|provided|given|set\s+out|answered|"
    r"treated|included)\s+(?:in|under|at)\s+(?:full\s+|detail\s+)?(?:in\s+)?"
    r"(?:post's\s+|the\s+|our\s+|embassy's\s+)?(?:[\w-]+\s+){0,3}?(?:responses?|answers?|"
    r"repl(?:y|ies)|para(?:graph)?s?|sections?|questions?|parts?|reftel|ref)\b",
    re.IGNORECASE)
# A pointer holds one of these words: a sentence with none is not searched.
_POINTER_WORDS = ("see", "refer", "consult", "described", "covered", "addressed", "discussed",
                  "reported", "detailed", "consolidated", "provided", "given", "set",
                  "answered", "treated", "included")


class _SentenceTests:
    """What a rule asks of the whole sentence it finds: patterns it must hold, patterns that
    rule it out. Each is run only where the answer holds the words it needs (a sentence
    starts and ends between words, so its words are the answer's)."""

    def __init__(self, rule: EvidenceRule) -> None:
        self._requires = [(pattern, required_words(pattern)) for pattern in rule.requires]
        self._excludes = [(pattern, required_words(pattern)) for pattern in rule.exclude]

    def passed(self, sentence: str, answer_words: TextWords) -> bool:
        satisfied = answer_words.satisfied
        return all(needs & satisfied == needs and pattern.search(sentence)
                   for pattern, needs in self._requires) \
            and not any(needs & satisfied == needs and pattern.search(sentence)
                        for pattern, needs in self._excludes)


class Matcher:
    """A rule set compiled for matching: built once, used for every document."""

    def __init__(self, rule_set: RuleSet) -> None:
        self.rule_set = rule_set
        self.patterns = PatternSet([(rule.rule_id, pattern) for rule in rule_set.rules.values()
                                    for pattern in rule.patterns])
        self.concepts = ConceptFinder(rule_set.lexicon)
        self.sentence_tests = {rule.rule_id: _SentenceTests(rule)
                               for rule in rule_set.rules.values() if rule.requires or rule.exclude}
        self.frame_rules = tuple(rule for rule in rule_set.rules.values() if rule.frames)
        self.frame_order = {rule.rule_id: number for number, rule in enumerate(self.frame_rules)}
        self.criteria_with_core = tuple(criterion for criterion in rule_set.criteria
                                        if criterion.core)
        # a frame is filled only where its first slot is, so a concept names the rules to try
        self.frame_concepts = {rule.rule_id: frozenset(concept for frame in rule.frames
                                                       for _, concepts in frame
                                                       for concept in concepts)
                               for rule in self.frame_rules}
        self.frame_rules_of: dict[str, list[EvidenceRule]] = defaultdict(list)
        for rule in self.frame_rules:
            for concept in {concept for frame in rule.frames for concept in frame[0][1]}:
                self.frame_rules_of[concept].append(rule)
        self.context = ContextMatcher(rule_set.context)
        self.aliases = AliasLearner(rule_set.context)
        self.amounts = {quantity_id: PatternSet([(quantity_id, pattern)
                                                 for pattern in quantity.patterns])
                        for quantity_id, quantity in rule_set.quantities.items()}
        self._frame_rules_for: dict[tuple[frozenset[str], bool], list[EvidenceRule]] = {}
        self._slots_filled: dict[tuple[str, frozenset[str]],
                                 tuple[frozenset[str], frozenset[str]] | None] = {}
        self.criteria_of: dict[str, list[Criterion]] = defaultdict(list)
        for criterion in rule_set.criteria:
            for rule_id in criterion.evidence:
                self.criteria_of[rule_id].append(criterion)
        self.kinds_of = {criterion.criterion_id: tuple(dict.fromkeys(
            kind for rule in rule_set.rules_of(criterion) for kind in rule.numbers))
            for criterion in rule_set.criteria}

    def frame_rules_for(self, present: frozenset[str], denies: bool) -> list[EvidenceRule]:
        """The frame rules a sentence naming these concepts may fill, in the rule files'
        order (so the same cable always gives the same findings); those on an absence only
        where the sentence denies something. Sentences name the same few sets of concepts
        again and again: each set is read once."""
        key = (present, denies)
        rules = self._frame_rules_for.get(key)
        if rules is None:
            if len(self._frame_rules_for) >= _REMEMBERED:
                self._frame_rules_for.clear()
            reached = {rule.rule_id: rule for concept in present
                       for rule in self.frame_rules_of.get(concept, ())}
            rules = self._frame_rules_for[key] = [
                rule for rule in sorted(reached.values(),
                                        key=lambda rule: self.frame_order[rule.rule_id])
                if (denies or not rule.negated)
                and any(all(concepts & present for _, concepts in frame) for frame in rule.frames)]
        return rules

    def slots_filled(self, rule: EvidenceRule, present: frozenset[str]
                     ) -> tuple[frozenset[str], frozenset[str]] | None:
        """For a clause naming these concepts, the concepts of the rule's frames it fills,
        and of their actions; None when it fills none."""
        key = (rule.rule_id, present)
        if key not in self._slots_filled:
            if len(self._slots_filled) >= _REMEMBERED:
                self._slots_filled.clear()
            filled = [frame for frame in rule.frames
                      if all(concepts & present for _, concepts in frame)]
            self._slots_filled[key] = (
                frozenset().union(*(concepts for frame in filled for _, concepts in frame)),
                frozenset().union(*(concepts for frame in filled
                                    for slot, concepts in frame if slot == ACT_SLOT))
            ) if filled else None
        return self._slots_filled[key]

    def find(self, document: Document, report_year: int | None, country: str | None = None,
             every_rule: bool = False) -> Evidence:
        """Every rule's hits in the document; `country` is the host, whose government acts.

        A rule kept only to explain speaks for a sentence no other rule of its criterion
        found (see score.py), so it is read only there; `every_rule` reads it everywhere, as
        validate does to run its examples."""
        hits, numbers = [], []
        mentions: dict[str, int] = defaultdict(int)
        pointers: dict[str, list[EvidenceHit]] = defaultdict(list)
        unjudged: dict[str, list[Place]] = defaultdict(list)
        aliases = self.aliases.learn(document)
        for cable in document.cables:
            for answer in cable.answers:
                reading = _AnswerReading(self, cable, answer, report_year, aliases, country,
                                         every_rule)
                hits += reading.hits()
                hits += reading.frame_hits()
                numbers += reading.numbers()
                for criterion in self.rule_set.criteria:
                    # an answer to a known question on the criterion speaks to it even if it
                    # says nothing the rules count; other text speaks through its hits
                    if scoped(answer) and not criterion.topics.isdisjoint(reading.named):
                        mentions[criterion.criterion_id] += 1
                        if answer.cross_reference_only:
                            pointers[criterion.criterion_id].append(reading.pointer())
                for criterion_id, places in reading.unjudged().items():
                    unjudged[criterion_id] += places
        return Evidence(tuple(_without_repeats(hits)), tuple(numbers), dict(mentions),
                        {key: tuple(value) for key, value in pointers.items()},
                        {key: tuple(value) for key, value in unjudged.items()})


def _without_repeats(hits: list[EvidenceHit]) -> list[EvidenceHit]:
    """Veto a hit in repeated text when its rule also read the answer repeated: the list of
    NGOs pasted under a second question counts once, but not zero times."""
    read = {(hit.rule_id, hit.answer) for hit in hits}
    return [dataclasses.replace(hit, weight=0.0, vetoed_by=MarkName.REPEAT,
                                modifiers=(*hit.modifiers, MarkName.REPEAT))
            if hit.vetoed_by is None and hit.repeat_of is not None
            and (hit.rule_id, hit.repeat_of) in read else hit for hit in hits]


def structured(answer: Answer) -> bool:
    """Keyed to a question, or filed by a section or tasker: its pillar is known."""
    return answer.kind is AnswerKind.RESPONSE or answer.topic.basis in _STRUCTURED_BASES


def scoped(answer: Answer) -> bool:
    """The question the answer responds to is known: rules read it only within their scope."""
    return answer.topic.basis in _SCOPING_BASES


def _named_topics(answer: Answer) -> frozenset[str]:
    """The subjects an answer speaks to, and its pillar when its structure says it."""
    pillar = answer.topic.pillar.value if answer.topic.pillar else None
    return frozenset(answer.topic.subjects) | (
        {pillar} if structured(answer) and pillar else frozenset())


class _AnswerReading:
    """One answer read by the rules: sentences and context cues are found once."""

    def __init__(self, matcher: Matcher, cable: Cable, answer: Answer,
                 report_year: int | None, aliases: Aliases, country: str | None,
                 every_rule: bool = False) -> None:
        self.matcher, self.cable, self.answer = matcher, cable, answer
        self.every_rule = every_rule
        self.report_year, self.aliases, self.country = report_year, aliases, country
        self.words = words_of(answer.text)
        self.named = _named_topics(answer)
        self._sentences: Sentences | None = None
        self._context: ContextIndex | None = None
        self._hit_sentences: dict[int, set[str]] = defaultdict(set)
        self._supported: dict[int, set[str]] = defaultdict(set)  # sentence -> rules it supports
        self._judged: dict[int, set[str]] = defaultdict(set)  # sentence -> rules that read it
        self._counted: set[tuple[str, int]] = set()  # (rule, sentence) a pattern counted
        # what a sentence says of itself, asked hit after hit: only points elsewhere; is history
        self._points_only: dict[int, bool] = {}
        self._history: dict[int, bool] = {}
        self._mentions: dict[int, list[ConceptMention]] | None = None
        self._concepts_in: dict[int, frozenset[str]] = {}
        self._may_hold_in: dict[tuple[str, int], bool] = {}
        self._places: dict[int, Place] = {}  # the sentences hits stand in, placed once each

    @property
    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = split_sentences(self.answer.text)
        return self._sentences

    @property
    def context(self) -> ContextIndex:
        if self._context is None:
            self._context = self.matcher.context.index(self.answer.text, self.sentences,
                                                       self.words, self.aliases, self.country)
        return self._context

    def hits(self) -> list[EvidenceHit]:
        rules = self.matcher.rule_set.rules
        found: dict[tuple[str, int], EvidenceHit] = {}
        for rule_id, match in self.matcher.patterns.finditer(self.answer.text, self.words):
            index = self.sentences.containing(match.start())
            kept = found.get((rule_id, index))
            if kept is not None and kept.vetoed_by is None:
                continue  # a rule finds a sentence once; a counted match beats a vetoed one
            hit = self._judge(rules[rule_id], index, match.start(), match.end())
            if hit is not None and (kept is None or hit.vetoed_by is None):
                found[(rule_id, index)] = hit
        self._counted = {key for key, hit in found.items() if hit.vetoed_by is None}
        return list(found.values())

    @property
    def mentions(self) -> dict[int, list[ConceptMention]]:
        """Every concept the answer names, found once, filed by sentence."""
        if self._mentions is None:
            by_sentence: dict[int, list[ConceptMention]] = defaultdict(list)
            for mention in self.matcher.concepts.find(self.answer.text):
                by_sentence[self.sentences.containing(mention.start)].append(mention)
            self._mentions = dict(by_sentence)
        return self._mentions

    def concepts_in(self, index: int) -> frozenset[str]:
        """The concepts sentence `index` names, gathered once per sentence."""
        found = self._concepts_in.get(index)
        if found is None:
            found = self._concepts_in[index] = frozenset(
                mention.concept_id for mention in self.mentions.get(index, ()))
        return found

    def frame_hits(self) -> list[EvidenceHit]:
        """Where every slot of a rule's frame is filled in one clause: its own words, and the
        subject or antecedent it shares ("The centre, which the ministry opened...")."""
        found: dict[tuple[str, int], EvidenceHit] = {}
        for index, in_sentence in self.mentions.items():
            present = self.concepts_in(index)
            # an absence ("no shelter") is read only in a sentence that denies something
            denies = any(cue.modifier.effect is ModifierEffect.FLIP
                         for cue in self.context.cues_in(index))
            rules = self.matcher.frame_rules_for(present, denies)
            if not rules:
                continue  # clauses are read only where some frame could be filled
            by_clause = self._by_clause(index, in_sentence)
            if self.every_rule:
                self._frame_hits_in(index, by_clause, rules, found)
                continue
            self._frame_hits_in(index, by_clause, [rule for rule in rules
                                                   if not rule.kept_when_vetoed_by], found)
            explaining = [rule for rule in rules if rule.kept_when_vetoed_by
                          and not self._found_by_criterion(rule, index)]
            if explaining:
                self._frame_hits_in(index, by_clause, explaining, found)
        return list(found.values())

    def _found_by_criterion(self, rule: EvidenceRule, index: int) -> bool:
        """Whether another rule of the rule's criteria found sentence `index` as support."""
        return any(not self.matcher.rule_set.rules[other].kept_when_vetoed_by
                   and other in self._supported[index]
                   for criterion in self.matcher.criteria_of[rule.rule_id]
                   for other in criterion.evidence)

    def _may_be_vetoed(self, index: int, modifier_ids: frozenset[str]) -> bool:
        """Whether one of the modifiers can veto a hit in sentence `index`: only a cue of its
        own there, or an actor or a plan named in the sentence before or after, can."""
        spans = self.sentences.spans
        start, end = spans[max(index - 1, 0)][0], spans[min(index + 1, len(spans) - 1)][1]
        return any(cue.modifier.modifier_id in modifier_ids
                   for cue in self.context.cues_starting(start, end)) \
            or (ModifierName.PLANNED in modifier_ids
                and self.context.says(NOT_YET, spans[index][0], end))

    def _by_clause(self, index: int, mentions: list[ConceptMention]
                   ) -> dict[int, list[ConceptMention]]:
        """The mentions of sentence `index`, filed by the clause they stand in."""
        starts = [clause.start for clause in self.context.clauses(index)]
        by_clause: dict[int, list[ConceptMention]] = defaultdict(list)
        for mention in mentions:
            by_clause[max(bisect_right(starts, mention.start) - 1, 0)].append(mention)
        return by_clause

    def _frame_hits_in(self, index: int, by_clause: dict[int, list[ConceptMention]],
                       rules: list[EvidenceRule], found: dict[tuple[str, int], EvidenceHit]
                       ) -> None:
        clauses = self.context.clauses(index)
        for position, own in by_clause.items():
            clause = clauses[position]
            shared = [mention for link in (clause.subject, clause.antecedent) if link is not None
                      for mention in by_clause.get(link, ())]
            present = frozenset(mention.concept_id for mention in (*own, *shared))
            for rule in rules:
                slots = self.matcher.slots_filled(rule, present)
                if slots is None:
                    continue
                wanted, acts = slots
                spans = [(mention.start, mention.end) for mention in own
                         if mention.concept_id in wanted]
                if not spans:
                    continue  # the frame lies wholly in the clause it shares; read there
                kept = found.get((rule.rule_id, index))
                if (kept is not None and kept.vetoed_by is None) \
                        or (rule.rule_id, index) in self._counted:
                    continue  # the rule already counts this sentence
                # who acts stands before the action: "...trained Mexican law enforcement"
                # names who was trained; "the shelter that the ministry opened", who opened it
                action = [(mention.start, mention.end) for mention in own
                          if mention.concept_id in acts] or spans
                # an action named twice may have its actor before the later mention only:
                # "under a cooperation agreement ..., the ministry and IOM jointly deliver"
                match_start, match_end = min(spans)[0], max(end for _, end in spans)
                for _, action_end in sorted(action):
                    hit = self._judge(rule, index, match_start, match_end, spans, action_end)
                    if hit is None or hit.vetoed_by != MarkName.UNATTRIBUTED:
                        break
                if hit is not None and (kept is None or hit.vetoed_by is None):
                    found[(rule.rule_id, index)] = hit

    def _judge(self, rule: EvidenceRule, index: int, start: int, end: int,
               words: list[tuple[int, int]] | None = None, actor_end: int | None = None
               ) -> EvidenceHit | None:
        """A rule's match judged in its context; `actor_end` is where the actor must be named
        by (the end of a frame's action), else the match's end."""
        self._judged[index].add(rule.rule_id)
        if not self._may_hold(rule, index):
            return None
        if rule.kept_when_vetoed_by and not self._may_be_vetoed(index, rule.kept_when_vetoed_by):
            return None  # what only explains a veto has nothing to explain here
        # a rule on an absence ("no shelter") is read as the thing and must be negated
        effect = Effect.SUPPORTS if rule.negated else rule.effect
        actor_end = actor_end or end
        cues = self._cues(start, end, actor_end, effect, words)
        if rule.negated and not any(cue.modifier.effect is ModifierEffect.FLIP
                                    and effect in cue.modifier.applies_to for cue in cues):
            return None
        self._hit_sentences[index].add(rule.rule_id)
        structural = self._structural(rule, index, start, end, actor_end)
        verdict = judge(effect, rule.weight, cues, structural)
        sentence_index, position = self.context.clause_at(start)
        if self._plan_beside(verdict, sentence_index, position,
                             lambda: self._named(rule, start, end)):
            verdict = Verdict(verdict.effect, 0.0, (*verdict.modifiers, ModifierName.PLANNED),
                              ModifierName.PLANNED)
        if rule.kept_when_vetoed_by and verdict.vetoed_by not in rule.kept_when_vetoed_by:
            return None
        concessive = self.context.clauses(sentence_index)[position].kind is ClauseKind.CONCESSIVE
        if verdict.effect is Effect.SUPPORTS:
            self._supported[index].add(rule.rule_id)
        return EvidenceHit(rule.rule_id, self._place(index), self.answer.text[start:end],
                           verdict.effect, verdict.weight, verdict.modifiers, verdict.vetoed_by,
                           (self.answer.cable, self.answer.index), self._repeat_of(start),
                           position, not concessive)

    def _may_hold(self, rule: EvidenceRule, index: int) -> bool:
        """Whether sentence `index` is one the rule may find at all, asked once per sentence
        however many of its matches or frame clauses stand there."""
        key = (rule.rule_id, index)
        known = self._may_hold_in.get(key)
        if known is None:
            sentence = self.sentences.text_of(index)
            tests = self.matcher.sentence_tests.get(rule.rule_id)
            # a question quoted into the answer asserts nothing; a distractor ("animal
            # shelter") is no near miss worth listing
            known = self._may_hold_in[key] = not sentence.rstrip().endswith("?") \
                and all(group & self.concepts_in(index) for group in rule.required_concepts) \
                and (tests is None or tests.passed(sentence, self.words))
        return known

    def _named(self, rule: EvidenceRule, start: int, end: int) -> frozenset[str]:
        """The concepts a hit is about: its frame's, or those its pattern's words name."""
        if rule.frames:
            return self.matcher.frame_concepts[rule.rule_id]
        index = self.sentences.containing(start)
        return frozenset(mention.concept_id for mention in self.mentions.get(index, ())
                         if start <= mention.start < end)

    def _next_step(self, index: int, position: int, named: Callable[[], frozenset[str]]
                   ) -> bool:
        """Whether a clause after the given one of sentence `index` names a plan, or the next
        sentence plans the same thing: "Botswana has no national plan. The ministry has hired
        a consultant to produce one."."""
        after = self.context.clauses(index)[position].end
        if any(cue.modifier.modifier_id == ModifierName.PLANNED and cue.start >= after
               for cue in self.context.cues_in(index)):
            return True
        # a bare "will" in the next sentence describes ("this commission will be the formal
        # mechanism") and a duty is no step ("under the new law, the GOM is required to create
        # a national plan"); a step taken is ("has hired a consultant to produce one")
        following = index + 1
        if following >= len(self.sentences.spans) or not any(
                cue.modifier.modifier_id == ModifierName.PLANNED and not _MODAL.fullmatch(cue.text)
                and not _DUTY.search(cue.text) for cue in self.context.cues_in(following)):
            return False
        return self._speaks_of(following, named)

    def _plan_beside(self, verdict: Verdict, index: int, position: int,
                     named: Callable[[], frozenset[str]]) -> bool:
        """Whether a plan next to the hit makes it one: "no shelter yet; the ministry will open
        one in May" (an absence with its next step named), "Parliament approved HUF 95 million
        for a shelter. No site has yet been selected" (what a later clause or the next sentence
        says is not yet there)."""
        if verdict.effect is Effect.SHORTFALL:
            return verdict.vetoed_by is None and self._next_step(index, position, named)
        return verdict.vetoed_by in (None, MarkName.UNATTRIBUTED) \
            and (self._not_yet_after(index, position) or self._not_yet_there(index + 1, named))

    def _not_yet_after(self, index: int, position: int) -> bool:
        """Whether a later clause of the sentence says what it named is not yet there: "the
        artwork was approved in January, but no posters had appeared when this cable was
        drafted"."""
        return self.context.says(NOT_YET, self.context.clauses(index)[position].end,
                                 self.sentences.spans[index][1])

    def _not_yet_there(self, index: int, named: Callable[[], frozenset[str]]) -> bool:
        """Whether sentence `index` says that something the sentence before named is not yet
        there, about the same thing: a plan cue that governs its whole sentence or clause
        ("has not yet been staffed", "is not due to open until 2011"), or one of the context
        file's not-yet phrases ("no residents have been taken in yet")."""
        if index >= len(self.sentences.spans):
            return False
        if not any(cue.modifier.modifier_id == ModifierName.PLANNED
                   and cue.direction in (Direction.SENTENCE, Direction.CLAUSE)
                   and not _DUTY.search(cue.text) for cue in self.context.cues_in(index)) \
                and not self.context.says(NOT_YET, *self.sentences.spans[index]):
            return False
        return self._speaks_of(index, named)

    def _speaks_of(self, index: int, named: Callable[[], frozenset[str]]) -> bool:
        """Whether sentence `index` speaks of what the sentence before it named: one of its
        concepts, or "it" and "one" standing for it."""
        return bool(named() & self.concepts_in(index)) \
            or _STANDS_FOR_IT.search(self.sentences.text_of(index)) is not None

    def _cues(self, start: int, end: int, actor_end: int, effect: Effect,
              words: list[tuple[int, int]] | None) -> list[Cue]:
        """The cues governing a pattern's match, or any word of a frame: a negation or a plan
        that reaches the frame's verb or its object governs the frame ("the commission ...
        has not been established", "no procedure for identifying victims")."""
        if words is None:
            return self.context.modifiers_for(start, end, effect)
        cues = list({id(cue): cue for word in words
                     for cue in self.context.cues_reaching(*word, effect)}.values())
        # a negation that ends on a word of the frame ("the refuges were shut down") is what
        # the frame states, not a denial of it; one that runs past frame words ("none of the
        # 1,000 labour inspectors has") denies them
        cues = [cue for cue in cues if cue.modifier.effect is not ModifierEffect.FLIP
                or not any(cue.start < word_end and word_start < cue.end <= word_end
                           for word_start, word_end in words)]
        actor = self.context.actor(start, actor_end)
        # "an MOU between the Royal Thai Police and the hotels association": a partner the
        # frame names is a party to what the government did, not another actor
        if isinstance(actor, Cue) and any(word_start <= actor.start < word_end
                                          for word_start, word_end in words) \
                and self.context.names_government(start, end):
            return cues
        return [*cues, actor] if isinstance(actor, Cue) else cues

    def _repeat_of(self, start: int) -> tuple[str, int] | None:
        answer = self.answer
        original = self.cable.offsets.to_original(answer.clean_start + start)
        source = answer.duplicate_of or next(
            (repeat.of for repeat in answer.repeats if repeat.start <= original < repeat.end),
            None)
        return (source.cable, source.index) if source else None

    def _structural(self, rule: EvidenceRule | None, index: int, start: int, end: int,
                    actor_end: int) -> list[str]:
        """Vetoes that come from the cable's structure and dates, not from cue words."""
        answer, vetoes = self.answer, []
        sentence = self.sentences.text_of(index)
        # where the cable's own text holds the hit: asked only of an answer with pointers or
        # notes to place it among
        original = self.cable.offsets.span_to_original(
            answer.clean_start + start, answer.clean_start + end) \
            if answer.cross_refs or answer.notes else (0, 0)
        if answer.cross_reference_only or self._only_points(index, sentence) \
                or (answer.cross_refs and self._points_elsewhere(index, start, original)):
            vetoes.append(MarkName.CROSS_REFERENCE)
        if rule is not None and rule.government_actor and self._unattributed(start, actor_end):
            vetoes.append(MarkName.UNATTRIBUTED)
        standing = rule is not None and rule.standing  # "the 2005 law prohibits..." still does
        if not standing and self._is_history(index, sentence):
            vetoes.append(MarkName.HISTORICAL)
        if any(note.restricted and note.start <= original[0] < note.end for note in answer.notes):
            vetoes.append(MarkName.RESTRICTED)
        return vetoes

    def _points_elsewhere(self, index: int, start: int, original: tuple[int, int]) -> bool:
        """Whether a pointer of the answer makes the hit at `original` (in the cable's text)
        one counted where it points: the hit stands in the pointer, its sentence opens on it,
        or the pointer closes the clause ("...began using a screening checklist (see 2.G)":
        a summary that points to the answer holding the fact counts it there, not twice)."""
        # "See paragraph 2 for government funding of NGO shelters": a sentence that opens on
        # a pointer describes the passage pointed to, which is read where it stands.
        opening = self.cable.offsets.to_original(
            self.answer.clean_start + self.sentences.spans[index][0])
        clause_end = self._clause_end(start)
        return any(
            reference.start <= original[0] < reference.end
            or opening <= reference.start <= opening + _POINTER_OPENING <= original[0]
            or (reference.resolved and reference.cable is None
                and original[1] <= reference.start < clause_end
                and not _FURTHER.match(self.cable.text, reference.end))
            for reference in self.answer.cross_refs)

    def _only_points(self, index: int, sentence: str) -> bool:
        if index not in self._points_only:
            self._points_only[index] = \
                self.words.holds(_POINTER_WORDS, *self.sentences.spans[index]) \
                and _POINTER_SENTENCE.search(sentence) is not None
        return self._points_only[index]

    def _is_history(self, index: int, sentence: str) -> bool:
        if index not in self._history:
            span = self.sentences.spans[index]
            self._history[index] = is_historical(
                sentence, self.report_year,
                self.matcher.rule_set.context.historical_years_before_report,
                self.context.says(BEFORE_PERIOD, *span), self.context.says(CLOSED_EPISODE, *span))
        return self._history[index]

    def _clause_end(self, start: int) -> int:
        """Where the clause holding clean offset `start` ends, in the cable's own text."""
        index, position = self.context.clause_at(start)
        return self.cable.offsets.to_original(
            self.answer.clean_start + self.context.clauses(index)[position].end)

    def _unattributed(self, start: int, end: int) -> bool:
        """No actor named in the clause, and no sign of government funding either."""
        if self.context.actor(start, end) is not None:
            return False
        # who acts is never a credit: only a cue's words can say the government paid
        cues = self.context.cues_reaching(start, start + 1, Effect.SUPPORTS)
        return not any(cue.modifier.effect is ModifierEffect.CREDIT for cue in cues)

    def numbers(self) -> list[FoundNumber]:
        """Numbers of the kinds each criterion asks for, in its answers and its rules' hits."""
        wanted: dict[str, set[str]] = defaultdict(set)  # kind -> criteria
        if scoped(self.answer):
            for criterion in self.matcher.rule_set.criteria:
                if not criterion.topics.isdisjoint(self.named):
                    for kind in self.matcher.kinds_of[criterion.criterion_id]:
                        wanted[kind].add(criterion.criterion_id)
        by_sentence = self._hit_kinds()
        kinds = set(wanted) | {kind for pairs in by_sentence.values() for kind, _ in pairs}
        found = []
        for kind in sorted(kinds):
            quantity = self.matcher.rule_set.quantities[kind]
            for amount in find_amounts(self.answer.text, quantity, self.matcher.amounts[kind],
                                       self.words):
                index = self.sentences.containing(amount.start)
                criteria = set(wanted.get(kind, ()))
                criteria |= {criterion for pair_kind, criterion in by_sentence.get(index, ())
                             if pair_kind == kind}
                if criteria:
                    found.append(self._number(amount, index, frozenset(criteria)))
        return found

    def _hit_kinds(self) -> dict[int, set[tuple[str, str]]]:
        pairs: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for index, rule_ids in self._hit_sentences.items():
            for rule_id in rule_ids:
                for criterion in self.matcher.criteria_of[rule_id]:
                    for kind in self.matcher.rule_set.rules[rule_id].numbers:
                        pairs[index].add((kind, criterion.criterion_id))
        return pairs

    def _number(self, amount, index: int, criteria: frozenset[str]) -> FoundNumber:
        verdict: Verdict = judge(Effect.SUPPORTS, 1.0,
                                 self.context.modifiers_for(amount.start, amount.end,
                                                            Effect.SUPPORTS),
                                 self._structural(None, index, amount.start, amount.end,
                                                  amount.end))
        start, end = self.cable.offsets.span_to_original(self.answer.clean_start + amount.start,
                                                         self.answer.clean_start + amount.end)
        return FoundNumber(amount.what, amount.value, amount.unit, self._place(index), start, end,
                           verdict.modifiers, verdict.vetoed_by, criteria)

    def unjudged(self) -> dict[str, list[Place]]:
        """Per criterion, the sentences that name one of its core concepts and that none of
        its rules read: nothing the cable says on a criterion is silently dropped."""
        if self.answer.cross_reference_only:
            return {}
        found: dict[str, list[Place]] = defaultdict(list)
        for index in sorted(self.mentions):
            concepts = self.concepts_in(index)
            if self.sentences.text_of(index).rstrip().endswith("?"):
                continue
            for criterion in self.matcher.criteria_with_core:
                if criterion.core & concepts and \
                        self._judged[index].isdisjoint(criterion.evidence):
                    found[criterion.criterion_id].append(self._place(index))
        return found

    def pointer(self) -> EvidenceHit:
        """An answer that only points elsewhere: listed as rejected, never counted."""
        place = self._place(0) if self.answer.text else self._empty_place()
        return EvidenceHit(POINTER_RULE, place, self.answer.text, Effect.SUPPORTS, 0.0,
                           (MarkName.CROSS_REFERENCE,), MarkName.CROSS_REFERENCE,
                           (self.answer.cable, self.answer.index))

    def _place(self, index: int) -> Place:
        place = self._places.get(index)
        if place is None:
            place = self._places[index] = self._place_of(index)
        return place

    def _place_of(self, index: int) -> Place:
        start, end = self.sentences.spans[index]
        answer = self.answer
        original = self.cable.offsets.span_to_original(answer.clean_start + start,
                                                       answer.clean_start + end)
        return Place(answer.cable, answer.citation, answer.paragraph, answer.key, *original,
                     self.cable.position(original[0])[0], answer.text[start:end])

    def _empty_place(self) -> Place:
        answer = self.answer
        return Place(answer.cable, answer.citation, answer.paragraph, answer.key, answer.start,
                     answer.end, answer.line, "")

