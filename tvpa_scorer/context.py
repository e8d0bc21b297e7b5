"""Context around an evidence hit, in the manner of the ConText algorithm (medspaCy).

A cue ("plans to", "has not", "reportedly") governs a hit when the hit lies in the cue's
direction within its window of words, in the same sentence, with no terminator ("however",
"but", ";") between them. Pseudo-cues ("not only", "not/not") are phrases that look like
cues and are not. Who did a thing is read differently: the first actor named in the hit's
clause ("IOM provided training...") decides, since the subject usually comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tvpa_scorer.patterns import PatternSet, TextWords
from tvpa_scorer.rules.model import Context, Direction, Effect, Modifier, ModifierEffect
from tvpa_scorer.sentences import Sentences

_WORDS = re.compile(r"\S+")
_SHORTFALL_NEGATION = 3
GOVERNMENT = "government"
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# An event dated in an early year is still current when it goes on: "since 2005".
# "NGOs were consulted": the NGO named first is what was acted on, not who acted.
_PASSIVE = re.compile(r"\s*(?:were|was|are|is|have been|has been|had been|being|get|got)\s+"
                      r"(?:\w+ly\s+)?\w+(?:ed|en|wn|lt|nt|id)\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(since|continu\w*|ongoing|still|remains?|to date|through)\b",
                      re.IGNORECASE)


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
        for index, modifier in enumerate(context.modifiers):
            named += [(f"cue {index} {position}", trigger.pattern)
                      for position, trigger in enumerate(modifier.triggers)]
            named += [(f"pseudo {index}", pattern) for pattern in modifier.pseudo]
        named += [("terminator", pattern) for pattern in context.terminators]
        named += [("government", pattern) for pattern in context.government_actors]
        self.patterns = PatternSet(named)

    def index(self, text: str, sentences: Sentences, words: TextWords) -> ContextIndex:
        return ContextIndex(self, text, sentences, words)


class ContextIndex:
    """The cues of one answer's text, found once, then asked about hit after hit."""

    def __init__(self, matcher: ContextMatcher, text: str, sentences: Sentences,
                 words: TextWords) -> None:
        self.text = text
        self.sentences = sentences
        modifiers = matcher.context.modifiers
        self.cues: list[Cue] = []
        self.terminators: list[tuple[int, int]] = []
        self.government: list[int] = []
        pseudo: list[tuple[int, int, int]] = []
        for name, match in matcher.patterns.finditer(text, words):
            kind, *numbers = name.split()
            if kind == "cue":
                modifier = modifiers[int(numbers[0])]
                trigger = modifier.triggers[int(numbers[1])]
                self.cues.append(Cue(modifier, match.start(), match.end(), trigger.direction,
                                     match.group(), trigger.window or modifier.window))
            elif kind == "pseudo":
                pseudo.append((int(numbers[0]), match.start(), match.end()))
            elif kind == "terminator":
                self.terminators.append(match.span())
            else:
                self.government.append(match.start())
        self.cues = [cue for cue in self.cues if not any(
            modifiers[index] is cue.modifier and start < cue.end and cue.start < end
            for index, start, end in pseudo)]

    def modifiers_for(self, start: int, end: int, effect: Effect) -> list[Cue]:
        """The cues governing a hit of the given effect at text[start:end]."""
        sentence = self.sentences.spans[self.sentences.containing(start)]
        governing = []
        for cue in self.cues:
            if cue.modifier.whole_sentence or not sentence[0] <= cue.start < sentence[1]:
                continue
            flips = cue.modifier.effect is ModifierEffect.FLIP
            if cue.start < end and start < cue.end:
                # A shortfall's pattern states its own negation or draft ("has yet to adopt the
                # draft plan"); a support's match may hold a cue that qualifies it ("approved
                # funds to construct shelters"), though never the negation it would flip on.
                if effect is Effect.SUPPORTS and not flips:
                    governing.append(cue)
                continue
            # Negating a shortfall takes a cue right before it ("no longer detained"), not a
            # "lack of training" four words back that only explains it.
            window = min(cue.window, _SHORTFALL_NEGATION) if flips and effect is \
                Effect.SHORTFALL else cue.window
            if self._reaches(cue, start, end, window):
                governing.append(cue)
        actor = self.actor(start)
        if isinstance(actor, Cue):
            governing.append(actor)
        return governing

    def _reaches(self, cue: Cue, start: int, end: int, window: int) -> bool:
        if cue.end <= start and cue.direction in (Direction.FORWARD, Direction.BOTH):
            return self._open(cue.end, start, window)
        if end <= cue.start and cue.direction in (Direction.BACKWARD, Direction.BOTH):
            return self._open(end, cue.start, window)
        return False

    def _open(self, left: int, right: int, window: int) -> bool:
        """No terminator between, and within the window of words."""
        if any(left <= t_start and t_end <= right for t_start, t_end in self.terminators):
            return False
        return len(_WORDS.findall(self.text, left, right)) <= window

    def actor(self, start: int) -> Cue | str | None:
        """Who acts in the clause at `start`: GOVERNMENT, a non-government cue, or None."""
        sentence = self.sentences.spans[self.sentences.containing(start)]
        left, right = self._clause(sentence, start)
        actors = [(cue.start, cue) for cue in self.cues
                  if cue.modifier.whole_sentence and left <= cue.start < right
                  and not _PASSIVE.match(self.text, cue.end)]
        actors += [(position, GOVERNMENT) for position in self.government
                   if left <= position < right]
        if not actors:
            return None
        before = [actor for actor in actors if actor[0] < start]
        return min(before or actors, key=lambda actor: actor[0])[1]

    def _clause(self, sentence: tuple[int, int], start: int) -> tuple[int, int]:
        """The stretch of the sentence between the terminators around `start`."""
        left = max((t_end for t_start, t_end in self.terminators
                    if sentence[0] <= t_start and t_end <= start), default=sentence[0])
        right = min((t_start for t_start, _ in self.terminators
                     if start <= t_start < sentence[1]), default=sentence[1])
        return left, right


def is_historical(sentence: str, report_year: int | None, years_before_report: int) -> bool:
    """Dated only before the reporting period, and not described as going on."""
    if report_year is None:
        return False
    years = [int(year) for year in _YEAR.findall(sentence)]
    return bool(years) and max(years) < report_year - years_before_report \
        and not _ONGOING.search(sentence)
