"""Context around an evidence hit, in the manner of the ConText algorithm (medspaCy).

A cue ("plans to", "has not", "reportedly") governs a hit when the hit lies in the cue's
direction within its window of words, in the same sentence, with no terminator ("however",
"but", ";") between them. Pseudo-cues ("not only", "not/not") are phrases that look like
cues and are not. Who did a thing is read differently: the first actor named in the hit's
clause ("IOM provided training...") decides, since the subject usually comes first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from tvpa_scorer.cables.countries import countries_named, country_key, country_of_subject
from tvpa_scorer.evidence.aliases import Aliases
from tvpa_scorer.evidence.clauses import Clause, ClauseKind, read_clauses
from tvpa_scorer.evidence.sentences import Sentences
from tvpa_scorer.kit.patterns import PatternSet, TextWords
from tvpa_scorer.rules.model import (
    ClauseWords,
    Context,
    Direction,
    Effect,
    Modifier,
    ModifierEffect,
)

Item = TypeVar("Item")

_WORDS = re.compile(r"\S+")
_SHORTFALL_NEGATION = 3
# What a source says opens a clause of its own ("an NGO reported that courts convicted five"),
# unless the source reports its own work ("IOM reported that it assisted 40 victims"). Every
# such phrase holds "that" or "according", so only a clause with one of them is searched.
_REPORTED = re.compile(
    r"\b(?:said|says|say|reported|reports|report|stated|states|claimed|claims|claim|noted|notes|"
    r"note|indicated|indicate|explained|confirmed|alleged|alleges|allege|believes?|believed|"
    r"asserts?|asserted|observed|observes?|complained|complains?|told\s+\w+)\s+that\s+"
    r"(?!(?:it|they|we|its|their|the\s+(?:organi[sz]ation|NGO|group))\b)"
    r"|\baccording\s+to\s+[^,.;]{1,60},\s*", re.IGNORECASE)
GOVERNMENT = "government"
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# An event dated in an early year is still current when it goes on ("since 2005"), or when
# the sentence describes a state that holds now ("created in 2007, it brings together...").
# "NGOs were consulted": the NGO named first is what was acted on, not who acted.
_PASSIVE = re.compile(r"\s*(?:were|was|are|is|have been|has been|had been|being|get|got)\s+"
                      r"(?:\w+ly\s+)?\w+(?:ed|en|wn|lt|nt|id)\b", re.IGNORECASE)
# A year a figure is measured against dates the baseline, not the event ("fewer victims than
# in 2007", "up 15 percent over 2007"); a year naming a law names it ("under the 2007 law").
_BASELINE_YEAR = re.compile(r"\b(?:than(?:\s+in)?|compared\s+(?:to|with)(?:\s+in)?|over|"
                            r"relative\s+to|versus|vs\.?)\s+(19[89]\d|20[0-4]\d)\b", re.IGNORECASE)
_LAW_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\s+(?:[\w-]+\s+){0,2}(?:law|act|code|decree|"
                       r"constitution|amendments?|legislation|statute|regulations?)\b"
                       r"|\b(?:law|act|decree|code|amendments?)\s+(?:no\.\s*\S+\s+)?of\s+"
                       r"(?:\w+\s+)?(19[89]\d|20[0-4]\d)\b", re.IGNORECASE)
# "Government of Norway", "Government of the Netherlands": capitalised words after "of".
_GOVERNMENT_OF = re.compile(
    r"\s+of\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:and\s+)?[A-Z][\w'.-]*){0,3})")
# "sheltered by the state", "counseling from government social workers", "handed out by
# labour ministry staff": the agent may follow a word or two of modifiers.
_AGENT_REACH = 30  # characters before the actor the "by" may stand
_PARTICIPLE_REACH = 50  # characters before the actor "drafted by consultants for" may start
# "a memorandum signed with IOM": the other party to an agreement is a partner too
_HELPER = re.compile(r"\b(?:with\s+(?:the\s+)?(?:help|support|assistance|backing|technical "
                     r"assistance)\s+(?:of|from)|assisted\s+by|in\s+(?:cooperation|partnership|"
                     r"collaboration)\s+with|together\s+with|(?:signed|concluded|agreed|"
                     r"negotiated|agreements?|memorand(?:um|a)|MOUs?|contracts?|protocols?)\s+"
                     r"(?:[\w-]+\s+){0,4}with)\s+(?:the\s+|all\s+|[\d,]+\s+)?$", re.IGNORECASE)
_HELPER_REACH = 45  # characters before the partner the helping words may start
_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "a refuge run by Anglican nuns", "a roadmap, drafted by consultants for Sida,", "seminars on
# child victims that were organised and paid for by the French embassy": the agent of a
# participle, or of a passive relative clause, right after the action and what it is about.
_ATTACHED_AGENT = re.compile(
    r"(?:\s+(?:on|about|for|in|against)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"[\s,]*(?:(?:that|which)\s+(?:was|were|is|are|had been|has been|have been)\s+)?"
    r"(?:(?:[\w-]+ed|run|held|led|given|taught|done|made|built|written|drawn up|set up|"
    r"carried out|paid for)(?:\s+and\s+(?:[\w-]+ed|run|paid for))?)?"
    r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
# "...attended workshops on trafficking run by the U.S. Department of Justice", "drafted last
# year by consultants for Danida": the agent of a participle.
_AGENT_WITHIN = re.compile(r"\b(?:\w+ed|run|held|led|given|taught|done|made|built|written|"
                           r"drawn up|set up|carried out|paid for)(?:\s+(?:in|last|this|early|"
                           r"late|[\w-]+ly|\d{4}|year|month|spring|summer|autumn|winter))*"
                           r"\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", re.IGNORECASE)
# A clause that opens on "it" or "they", or on what is theirs ("its mobile teams"), after a
# connective at most.
_PRONOUN_SUBJECT = re.compile(r"[\s,;:]*(?:(?:however|also|then|and|but|moreover|in addition|"
                              r"in \d{4}|during the (?:year|reporting period)|"
                              r"(?:this|last|that|each|every) (?:year|month|week|season)|"
                              r"since then|so far|to date)[\s,]+)?"
                              r"(?:it|they|its|their)\s", re.IGNORECASE)
# "not detained, fined or prosecuted": a negation reaches every item of a short series
_SERIES = re.compile(r"\s*(?:[\w'’-]+\s*,\s*){1,4}(?:[\w'’-]+\s*,?\s*)?(?:or|and|nor)\s+",
                     re.IGNORECASE)
# "Under a memorandum signed with IOM, the police refer victims": a clause that opens on a
# preposition or a participle has its subject after the opener's comma.
_OPENER = re.compile(r"[\s\"'(]*(?:under|in|following|after|through|with|without|since|during|"
                     r"as part of|pursuant to|in line with|on|at|acting|working|using|drawing|"
                     r"\w+ed|\w+ing|broadcast|run|held|built|written|taught|given|sent|"
                     r"shown|set up)\b[^,;:]*,\s*", re.IGNORECASE)
# what goes on now, however long ago it began: "opened before the reporting period, it still
# operates"; weaker than _ONGOING, whose copulas a sentence about the past also holds
_STILL_GOING = re.compile(r"\b(since|continu\w*|ongoing|still|remains?|to date)\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(since|continu\w*|ongoing|still|never|remains?|to date|"
                      r"through(?!\s+(?:the\s+)?(?:late\s+|early\s+|mid-?\s*)?(?:19|20)\d\d)|is|"
                      r"are|has|have|exists?|includes?|operates?|brings?|consists?|comprises?|"
                      r"functions?|meets|runs)\b", re.IGNORECASE)


# The context file's phrase lists: what puts a sentence before the reporting period, what
# closes a dated episode, what says a thing named is not yet there.
BEFORE_PERIOD, CLOSED_EPISODE, NOT_YET = "before_period", "closed_episode", "not_yet"
PHRASE_KINDS = (BEFORE_PERIOD, CLOSED_EPISODE, NOT_YET)


@dataclass(frozen=True, slots=True)
class Cue:
    modifier: Modifier
    start: int
    end: int
    direction: Direction
    text: str
    window: int


class ContextMatcher:
    """Every cue pattern of the context, compiled into one prefiltered set."""

    def __init__(self, context: Context) -> None:
        self.context = context
        named = []
        # what each pattern's name stands for: ("cue", modifier, trigger), ("pseudo",
        # modifier), ("phrase", kind), ("terminator",) or ("government",)
        self.meaning: dict[str, tuple] = {}
        for index, modifier in enumerate(context.modifiers):
            for position, trigger in enumerate(modifier.triggers):
                named.append((f"cue {index} {position}", trigger.pattern))
                self.meaning[named[-1][0]] = ("cue", modifier, trigger)
            named += [(f"pseudo {index}", pattern) for pattern in modifier.pseudo]
            self.meaning[f"pseudo {index}"] = ("pseudo", modifier)
        named += [("terminator", pattern) for pattern in context.terminators]
        named += [("government", pattern) for pattern in context.government_actors]
        # the phrase lists a sentence is asked about, found in the same pass as the cues
        named += [(f"phrase {kind}", pattern) for kind in PHRASE_KINDS
                  for pattern in getattr(context, kind)]
        self.meaning |= {f"phrase {kind}": ("phrase", kind) for kind in PHRASE_KINDS}
        self.meaning |= {"terminator": ("terminator",), "government": ("government",)}
        self.patterns = PatternSet(named)

    def index(self, text: str, sentences: Sentences, words: TextWords,
              aliases: Aliases | None = None, host: str | None = None) -> ContextIndex:
        return ContextIndex(self, text, sentences, words, aliases, host)

    @property
    def clause_words(self) -> ClauseWords:
        return self.context.clauses


class ContextIndex:
    """The cues of one answer's text, found once, then asked about hit after hit."""

    def __init__(self, matcher: ContextMatcher, text: str, sentences: Sentences,
                 words: TextWords, aliases: Aliases | None = None,
                 host: str | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self._words = words
        self._clause_words = matcher.clause_words
        self._clauses: dict[int, tuple[Clause, ...]] = {}
        # hit after hit asks about the same few places: each is answered once
        self._clause_of: dict[int, tuple[int, int]] = {}
        self._actor_of: dict[tuple[int, int], Cue | str | None] = {}
        self._cues_of: dict[int, list[Cue]] = {}
        self._reaching: dict[tuple[int, int, Effect], list[Cue]] = {}
        self._acting_in: dict[tuple[int, int], list[tuple[int, int, Cue | str]]] = {}
        modifiers = matcher.context.modifiers
        self.cues: list[Cue] = []
        self.terminators: list[tuple[int, int]] = []
        self.government: list[tuple[int, int]] = []
        self._phrases: dict[str, list[tuple[int, int]]] = {kind: [] for kind in PHRASE_KINDS}
        pseudo: list[tuple[Modifier, int, int]] = []
        for name, match in matcher.patterns.finditer(text, words):
            kind, *what = matcher.meaning[name]
            if kind == "cue":
                modifier, trigger = what
                self.cues.append(Cue(modifier, match.start(), match.end(), trigger.direction,
                                     match.group(), trigger.window or modifier.window))
            elif kind == "pseudo":
                pseudo.append((what[0], match.start(), match.end()))
            elif kind == "terminator":
                self.terminators.append(match.span())
            elif kind == "phrase":
                self._phrases[what[0]].append(match.span())
            else:
                self.government.append(match.span())
        self.cues = [cue for cue in self.cues if not any(
            modifier is cue.modifier and start < cue.end and cue.start < end
            for modifier, start, end in pseudo)]
        if aliases is not None:
            self._add_aliases(aliases)
        self._tie_to_countries(text, host, next(
            (modifier for modifier in modifiers if modifier.whole_sentence), None))
        if host is not None:
            self.government = [span for span in self.government
                               if not _foreign_government(text, span[1], host)]
        self.terminators.sort()
        self._terminator_starts = [t_start for t_start, _ in self.terminators]
        # asked clause after clause, sentence after sentence: looked up by where they start,
        # so a long answer's many cues are not all read for each
        self._cues = _ByStart(self.cues, [cue.start for cue in self.cues])
        self._actor_cues = self._cues.only(lambda cue: cue.modifier.whole_sentence)
        self._word_cues = self._cues.only(lambda cue: not cue.modifier.whole_sentence)
        self._government = _ByStart(self.government, [start for start, _ in self.government])

    def _tie_to_countries(self, text: str, host: str | None, actor: Modifier | None) -> None:
        """A government actor or an embassy tied to a country other than the host is another
        actor: "Italian prosecutors in Bari", "the Norwegian Embassy". With no host known
        (a fragment with no header), the host is the country the text ties a government
        actor to last: answers name a foreign body first and the host's own part after."""
        if actor is None or not (self.government or _FOREIGN_WORD.search(text)):
            return
        tied, bodies = [], []
        for start, end, country in countries_named(text, self._words):
            span = next((span for span in self.government
                         if end < span[0] <= end + _TIE_REACH
                         and _TIED.fullmatch(text, end, span[0])
                         and self.sentences.containing(span[0])
                         == self.sentences.containing(start)), None)
            if span is not None:
                tied.append((start, country, span))
            elif _FOREIGN_BODY.match(text, end):
                bodies.append((start, _FOREIGN_BODY.match(text, end).end(), country))
        host_key = country_key(host) if host else None
        # an embassy of the United States reports on another country, never on its own
        candidates = [country for _, country, _ in tied if country_key(country) != _SENDER]
        if host_key is None and candidates:
            host_key = country_key(candidates[-1])
        foreign = [(start, span[1], span) for start, country, span in tied
                   if host_key is not None and country_key(country) != host_key]
        foreign += [(start, end, None) for start, end, country in bodies
                    if country_key(country) != host_key]
        taken = {span for _, _, span in foreign}
        self.government = [span for span in self.government if span not in taken]
        self.cues += [Cue(actor, start, end, Direction.BOTH, text[start:end], actor.window)
                      for start, end, _ in foreign]

    def _add_aliases(self, aliases: Aliases) -> None:
        """Acronyms the document defined stand for their actors: "CLF" for the foundation."""
        self.government += [match.span()
                            for match in aliases.find(aliases.government, self.text)]
        if aliases.modifier is not None:
            self.cues += [Cue(aliases.modifier, match.start(), match.end(), Direction.BOTH,
                              match.group(), aliases.modifier.window)
                          for match in aliases.find(aliases.non_government, self.text)]

    def says(self, kind: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds a phrase of the context file's list `kind`."""
        return any(start <= p_start and p_end <= end for p_start, p_end in self._phrases[kind])

    def clauses(self, index: int) -> tuple[Clause, ...]:
        """The clauses of sentence `index`, read once."""
        found = self._clauses.get(index)
        if found is None:
            found = self._clauses[index] = read_clauses(self.text, *self.sentences.spans[index],
                                                        self._clause_words, self._words)
        return found

    def clause_at(self, offset: int) -> tuple[int, int]:
        """(sentence, clause) indexes of the clause holding `offset`."""
        known = self._clause_of.get(offset)
        if known is None:
            index = self.sentences.containing(offset)
            clauses = self.clauses(index)
            position = next((number for number in range(len(clauses) - 1, -1, -1)
                             if clauses[number].start <= offset), 0)
            known = self._clause_of[offset] = (index, position)
        return known

    def modifiers_for(self, start: int, end: int, effect: Effect) -> list[Cue]:
        """The cues governing a hit of the given effect at text[start:end], its actor's too."""
        actor = self.actor(start, end)
        governing = self.cues_reaching(start, end, effect)
        return [*governing, actor] if isinstance(actor, Cue) else governing

    def cues_reaching(self, start: int, end: int, effect: Effect) -> list[Cue]:
        """The cues whose words reach a hit of the given effect at text[start:end]."""
        key = (start, end, effect)
        if key not in self._reaching:
            self._reaching[key] = self._cues_reaching(start, end, effect)
        return self._reaching[key]

    def _cues_reaching(self, start: int, end: int, effect: Effect) -> list[Cue]:
        governing: list[Cue] = []
        for cue in self.cues_in(self.sentences.containing(start)):
            flips = cue.modifier.effect is ModifierEffect.FLIP
            if cue.start < end and start < cue.end:
                # A shortfall's pattern states its own negation or draft ("has yet to adopt the
                # draft plan"); a support's match may hold a cue that qualifies it ("approved
                # funds to construct shelters"), though never the negation it would flip on.
                # A hedge qualifies either: "officials reportedly take bribes".
                stated = flips or (effect is Effect.SHORTFALL
                                   and cue.modifier.effect is ModifierEffect.VETO)
                if not stated:
                    governing.append(cue)
                continue
            # Negating a shortfall takes a cue right before it ("no longer detained"), not a
            # "lack of training" four words back that only explains it.
            window = min(cue.window, _SHORTFALL_NEGATION) if flips and effect is \
                Effect.SHORTFALL else cue.window
            if self._reaches(cue, start, end, window):
                governing.append(cue)
        return governing

    def cues_starting(self, left: int, right: int) -> list[Cue]:
        """Every cue that starts in text[left:right]."""
        return self._cues.within(left, right)

    def cues_in(self, index: int) -> list[Cue]:
        """The cues of sentence `index` that reach by words, not by naming an actor."""
        found = self._cues_of.get(index)
        if found is None:
            found = self._cues_of[index] = self._word_cues.within(*self.sentences.spans[index])
        return found

    def _reaches(self, cue: Cue, start: int, end: int, window: int) -> bool:
        # A negation looking forward ends at a comma ("In the absence of a law, prosecutors
        # charged ten"); looking back it reaches over an aside ("The commission, required by
        # the law, has not been established").
        comma_ends = cue.modifier.effect is ModifierEffect.FLIP
        if cue.direction is Direction.SENTENCE:
            # what a sentence concedes governs only its concession: "although its statute still
            # awaits the President's signature, the roundtable met every month"
            cue_clause = self.clause_at(cue.start)
            return self.clauses(cue_clause[0])[cue_clause[1]].kind is not ClauseKind.CONCESSIVE \
                or cue_clause == self.clause_at(start)
        if cue.direction is Direction.CLAUSE:
            return self.clause_at(cue.start) in (self.clause_at(start),
                                                 self.clause_at(max(start, end - 1)))
        if cue.end <= start and cue.direction in (Direction.FORWARD, Direction.BOTH):
            return self._open(cue.end, start, window, comma_ends)
        if end <= cue.start and cue.direction in (Direction.BACKWARD, Direction.BOTH):
            return self._open(end, cue.start, window, False)
        return False

    def _open(self, left: int, right: int, window: int, comma_ends: bool) -> bool:
        """In one clause, no terminator between, and within the window of words."""
        if self.clause_at(left) != self.clause_at(max(left, right - 1)):
            return False
        if any(t_end <= right for _, t_end in self._terminators_from(left, right)):
            return False
        if comma_ends and "," in self.text[left:right] \
                and not _SERIES.fullmatch(self.text, left, right):
            return False
        return len(_WORDS.findall(self.text, left, right)) <= window

    def actor(self, start: int, end: int) -> Cue | str | None:
        """Who acts in the clause of text[start:end]: GOVERNMENT, a non-government cue, or None."""
        if (start, end) not in self._actor_of:
            self._actor_of[(start, end)] = self._actor(start, end)
        return self._actor_of[(start, end)]

    def _actor(self, start: int, end: int) -> Cue | str | None:
        index = self.sentences.containing(start)
        left, right = self._clause(self.sentences.spans[index], start)
        # "prepared with help from IOM": who helped is a partner, not the actor
        actors = self._acting(left, right)
        # The subject of a passive was acted on ("border police were trained by IOM"); an
        # actor named after the hit acts only as its agent ("sheltered by the state"), not
        # as its object ("...called upon to assist the INM").
        before = [actor for actor in actors if actor[0] < end
                  and not _PASSIVE.match(self.text, actor[1])]
        after = [actor for actor in actors if actor[0] >= end
                 and self._agent(_AGENT, max(left, actor[0] - _AGENT_REACH), actor[0])]
        # "police take victims to a refuge run by nuns": who runs it is the agent, not the
        # clause's subject. Only another actor takes over so: "funded by the Italian
        # government" names a donor, and credit needs the clearer word.
        attached = next((actor for actor in after if actor[2] != GOVERNMENT
                         and _ATTACHED_AGENT.fullmatch(self.text, end, actor[0])), None) \
            or next((actor for actor in actors if start < actor[0] < end
                     and actor[2] != GOVERNMENT
                     and self._agent(_AGENT_WITHIN, max(start, actor[0] - _AGENT_REACH),
                                     actor[0])), None)
        # "A regional roadmap for the Mekong countries, drafted by consultants for Sida, was
        # launched": with no subject named, the agent of a participle later in the clause
        if attached is None and not before:
            attached = next((actor for actor in actors if actor[0] >= end
                             and actor[2] != GOVERNMENT
                             and self._agent(_AGENT_WITHIN,
                                             max(end, actor[0] - _PARTICIPLE_REACH), actor[0])),
                            None)
        opener = _OPENER.match(self.text, left)
        if opener and start < opener.end() and not (before or after):
            before = [actor for actor in actors if actor[0] >= opener.end()]
        elif opener and start >= opener.end():
            # "Acting on a request from Thai police, Vietnam's ministry extradited...": who is
            # named in the opening phrase is not the subject when the clause names one after it
            before = [actor for actor in before if actor[0] >= opener.end()] or before
        # a clause that opens on a verb sharing the subject before it ("... and barred NGO
        # staff from police stations", "but has not met") names no subject of its own: who it
        # names before the hit is its object. After a relative clause the sentence goes on
        # with what may be an aside first ("where the Coordinator, Deputy Minister X, ...").
        clause = self.clauses(index)[self.clause_at(start)[1]]
        if clause.subject is not None and clause.kind is not ClauseKind.CONTINUED:
            before = []
        named = before or after
        chosen = attached or (min(named, key=lambda actor: actor[0]) if named else None)
        # "IOM and the ministry jointly run the centre": joined to the government, another
        # actor acts with it
        if chosen is not None and chosen[2] != GOVERNMENT and chosen is not attached:
            chosen = next((actor for actor in named if actor[2] == GOVERNMENT
                           and _JOINED.fullmatch(self.text, chosen[1], actor[0])), chosen)
        # "The government opened no shelter. However, it continued to fund two NGO shelters":
        # a pronoun subject ahead of any actor named is whoever the sentence named first before
        # it ("a hostel run by the Methodist Church; it took in eleven men"), else whoever the
        # sentence before named first.
        pronoun = _PRONOUN_SUBJECT.match(self.text, left, start)
        if pronoun and (chosen is None or pronoun.end() <= chosen[0]):
            referent = self._referent(index, left)
            if referent is not None:
                return referent
        return chosen[2] if chosen else self._inherited_actor(index, start)

    def _acting(self, left: int, right: int) -> list[tuple[int, int, Cue | str]]:
        """The actors named in text[left:right] but for helpers ("prepared with help from
        IOM"), asked once per clause however many hits stand in it."""
        known = self._acting_in.get((left, right))
        if known is None:
            known = self._acting_in[(left, right)] = [
                actor for actor in self._actors(left, right)
                if not self._helped(max(left, actor[0] - _HELPER_REACH), actor[0])]
        return known

    def _agent(self, pattern: re.Pattern, left: int, right: int) -> bool:
        """Whether text[left:right] ends on the pattern's "by ..." or "from ..." naming an
        agent; a stretch with neither word is not searched."""
        return self._words.holds(("by", "from"), left, right) \
            and pattern.search(self.text, left, right) is not None

    def _helped(self, left: int, right: int) -> bool:
        """Whether text[left:right] ends on words naming a helper or a partner ("with the
        support of", "assisted by"): each holds "with" or "assisted"."""
        return self._words.holds(("with", "assisted"), left, right) \
            and _HELPER.search(self.text, left, right) is not None

    def _referent(self, index: int, left: int) -> Cue | str | None:
        """Who "it" or "they" opening text[left:] stands for: the first actor its sentence
        named before it, else the first actor of the sentence before."""
        opening = self.sentences.spans[index][0]
        earlier = self._actors(opening, left) if left > opening else []
        if not earlier and index > 0:
            earlier = self._actors(*self.sentences.spans[index - 1])
        return min(earlier, key=lambda actor: actor[0])[2] if earlier else None

    def names_government(self, start: int, end: int) -> bool:
        """Whether text[start:end] names the government."""
        return bool(self._government.within(start, end))

    def _inherited_actor(self, index: int, start: int) -> Cue | str | None:
        """A clause naming no actor takes the one of the clause whose subject it shares ("...
        and has housed 17 women"), or of a relative clause about that subject ("The centre,
        which the ministry opened in May, has housed 17 women"); a relative clause naming none
        takes the actor of the clause it describes ("IOM runs the only shelter, which housed
        76 people"). A clause that names none either passes the question on to the clause it
        hangs from in turn: "La Strada approached 600 women and identified 19 victims, whom
        they referred to the police"."""
        clauses = self.clauses(index)
        _, position = self.clause_at(start)
        asked = {position}
        while True:
            clause = clauses[position]
            subject = clause.subject if clause.subject is not None else clause.antecedent
            if subject is None or subject in asked:
                return None
            # not the asking clause itself: the actor it names stands after its verb
            sources = [subject, *(number for number, clause in enumerate(clauses)
                                  if clause.antecedent == subject and number not in asked)]
            for number in sources:
                actors = self._actors(clauses[number].start, clauses[number].end)
                if actors:
                    return min(actors, key=lambda actor: actor[0])[2]
                # "...; they interviewed 300 detainees and flagged 22 victims"
                if _PRONOUN_SUBJECT.match(self.text, clauses[number].start):
                    referent = self._referent(index, clauses[number].start)
                    if referent is not None:
                        return referent
            asked.add(subject)
            position = subject

    def _actors(self, left: int, right: int) -> list[tuple[int, int, Cue | str]]:
        actors: list[tuple[int, int, Cue | str]] = [
            (cue.start, cue.end, cue) for cue in self._actor_cues.within(left, right)]
        actors += [(a_start, a_end, GOVERNMENT)
                   for a_start, a_end in self._government.within(left, right)]
        return actors

    def _clause(self, sentence: tuple[int, int], start: int) -> tuple[int, int]:
        """The clause around `start`, cut short by the terminators within it.

        A report opens a clause of its own: in "an NGO reported that courts convicted five
        traffickers", the NGO is the source and the courts are the actor.
        """
        index, position = self.clause_at(start)
        clause = self.clauses(index)[position]
        left = max((t_end for _, t_end in self._terminators_from(clause.start, start)
                    if t_end <= start), default=clause.start)
        if self._words.holds(("that", "according"), left, start):
            left = max((match.end() for match in _REPORTED.finditer(self.text, left, start)),
                       default=left)
        right = min((t_start for t_start, _ in self._terminators_from(start, clause.end)),
                    default=clause.end)
        return left, right

    def _terminators_from(self, left: int, right: int) -> list[tuple[int, int]]:
        """The terminators starting in [left, right), in order."""
        return self.terminators[bisect_left(self._terminator_starts, left):
                                bisect_left(self._terminator_starts, right)]


def _foreign_government(text: str, end: int, host: str) -> bool:
    """'the Government of Norway' in a cable on another country is a donor, not the government
    the cable assesses."""
    named = _GOVERNMENT_OF.match(text, end)
    country = country_of_subject(named.group(1)) if named else None
    return country is not None and country_key(country) != country_key(host)


# "Italian Carabinieri", "the UK Border Agency", "Spain's Guardia Civil", "the Philippine and
# Sri Lankan missions": what the words right after a country's name or adjective tie to it
_TIED = re.compile(r"(?:'s|’s)?\s+(?:(?:and|&)\s+(?:[\w.'’-]+\s+){1,2})?(?:[\w-]+\s+){0,2}")
_FOREIGN_BODY = re.compile(r"(?:'s|’s)?\s+(?:(?:and|&)\s+(?:[\w.'’-]+\s+){1,2})?(?:[\w-]+\s+)?"
                           r"(?:embass(?:y|ies)|missions?|consulates?|governments?|donors?|aid\b|"
                           r"development\s+agenc(?:y|ies))", re.IGNORECASE)
_TIE_REACH = 40  # characters a country's word may stand before what it ties
_FOREIGN_WORD = re.compile(r"embass|mission|consul|government|donor|\baid\b|agenc",
                           re.IGNORECASE)
_SENDER = "united states"
# between two actors named as one subject: "the Royal Thai Police and the Cambodian National
# Police carried out a joint operation"
_JOINED = re.compile(r"(?:'s|’s)?\s+(?:and|together with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}",
                     re.IGNORECASE)


# The TVPA became law in 2000 and the first report covered that year, so an event dated
# earlier is history for every report, even when the report year is not known.
_FIRST_REPORTING_YEAR = 2000


def is_historical(sentence: str, report_year: int | None, years_before_report: int,
                  said_before_period: bool = False, episode_closed: bool = False) -> bool:
    """Dated only before the reporting period, or said to be before it, and not described as
    going on. With no report year to place the period, a dated episode the sentence itself
    closes ("ran from 2003 to 2004", "the then ministry", "a practice later abandoned") is
    history too. `said_before_period` and `episode_closed`: whether the sentence holds one of
    the context file's phrases for each."""
    if said_before_period:
        return not _STILL_GOING.search(sentence)
    if _YEAR.search(sentence) is None:
        return False  # most sentences name no year: nothing dates them
    period_starts = _FIRST_REPORTING_YEAR if report_year is None \
        else report_year - years_before_report
    not_events = {match.start(1) for match in _BASELINE_YEAR.finditer(sentence)}
    not_events |= {match.start(match.lastindex) for match in _LAW_YEAR.finditer(sentence)}
    years = [int(match.group()) for match in _YEAR.finditer(sentence)
             if match.start() not in not_events]
    if years and report_year is None and episode_closed:
        return not _STILL_GOING.search(sentence)
    return bool(years) and max(years) < period_starts \
        and not _ONGOING.search(sentence)


class _ByStart(Generic[Item]):
    """Items found by where they start: those starting in [left, right), in the order they
    were listed (which decides between actors named at one place)."""

    def __init__(self, items: list[Item], starts: list[int]) -> None:
        self._items = items
        self._all_starts = starts
        self._order = sorted(range(len(items)), key=starts.__getitem__)
        self._starts = [starts[number] for number in self._order]

    def only(self, keep: Callable[[Item], bool]) -> _ByStart[Item]:
        """The items `keep` accepts, in their order."""
        numbers = [number for number, item in enumerate(self._items) if keep(item)]
        return _ByStart([self._items[number] for number in numbers],
                        [self._all_starts[number] for number in numbers])

    def within(self, left: int, right: int) -> list[Item]:
        first, last = bisect_left(self._starts, left), bisect_left(self._starts, right)
        return [self._items[number] for number in sorted(self._order[first:last])]
