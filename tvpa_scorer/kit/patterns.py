"""Keyword patterns compiled once, with a word prefilter so each text meets only the few
patterns that can match it, and each pattern is tried only where it can start.

A rule set holds hundreds of small regexes; scanning every text with each is the cost
that dominates. As multi-pattern engines do, the words every match must hold are worked
out once from each pattern's parse tree (see prefilter.py): "train(s|ed|ing)? ~{0,3}
officials" needs "train", "trains", "trained" or "training", and "officials". A text is
split into words once; only the patterns all of whose words occur in it are run, and each
only at the words it can start with, which finds exactly what `finditer` would.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.prefilter import (
    CHOICES,
    Requirements,
    WordChoice,
    commonness,
    fold,
    mask_of,
    numbers_in,
    parse,
    requirements,
)
from tvpa_scorer.kit.regex_tree import (
    Alternation,
    Category,
    Class,
    Group,
    Literal,
    Node,
    Range,
    Repeat,
    Sequence,
)

_WORD = re.compile(r"\w+")
_INSIDE_A_WORD = re.compile(r"\w\w")
# A repeat of at most this many rounds cannot blow up, whatever it holds.
_SHORT_REPEAT = 5
# Characters standing for every class a rule pattern uses, to tell classes apart.
_SAMPLE = frozenset("aZ09_ \t\n-.,;:'\"()/&$%")
# "~" in a rule file's pattern is one word and the space after it: "opened ~{0,3}shelters"
# lets up to three words of any kind (5,000; state-level; government's) stand between.
# Never a negation: "the committee ~{0,2}met" must not read "the committee has not met".
WORD_MARK = "~"
_ANY_WORD = r"(?:(?!(?:not|no|never|nor|n't|without)\b)[^\s;:!?]+\s+)"


def keyword_expression(source: str) -> str:
    """A pattern as written in a rule file -> a regex: word edges, any white space for ' '."""
    expression = source.replace(WORD_MARK, _ANY_WORD.replace(" ", ""))
    # " ?" is an optional space ("safe ?houses?"), not a required one made lazy
    expression = expression.replace(" ?", r"\s*").replace(" ", r"\s+")
    return r"(?<!\w)(?:" + expression + r")(?!\w)"


class TextWords:
    """The words of a text, folded to lower case, and where each starts."""

    __slots__ = ("_folded", "_found", "_known", "_satisfied", "_sorted", "_starts",
                 "candidates", "present")

    def __init__(self, text: str) -> None:
        self._folded = fold(text)
        self.present = frozenset(_WORD.findall(self._folded))
        self._satisfied: int | None = None
        self._known = 0
        self._sorted: list[str] | None = None
        self._starts: dict[str, list[int]] | None = None
        self._found: dict[int, list[int]] = {}
        # per pattern set, the patterns that can match the text: a set asked about each
        # sentence of the text in turn (the clause openings) reads them once
        self.candidates: dict[PatternSet, list[int]] = {}

    @property
    def satisfied(self) -> int:
        """The mask of the word choices (see prefilter.CHOICES) the text satisfies."""
        # a pattern set made since (a kind of number first asked for) numbers new choices
        if self._satisfied is None or self._known != len(CHOICES):
            self._known = len(CHOICES)
            self._satisfied = CHOICES.satisfied(self.present)
        return self._satisfied

    def holds(self, fragments: tuple[str, ...], start: int, end: int) -> bool:
        """Whether text[start:end] holds one of the lower-case fragments, in any case: the
        cheap test before a pattern that needs one of them is searched there."""
        return any(self._folded.find(fragment, start, end) >= 0 for fragment in fragments)

    def starts(self, choice: WordChoice, number: int) -> list[int]:
        """Where the words of the choice (numbered `number` in CHOICES) start, in order."""
        found = self._found.get(number)
        if found is None:
            found = self._found[number] = self._starts_of(choice)
        return found

    def positions(self, word: str) -> list[int]:
        """Where the folded word starts in the text, in order."""
        return self._word_starts().get(word, [])

    def _word_starts(self) -> dict[str, list[int]]:
        starts = self._starts
        if starts is None:
            starts = self._starts = {}
            for match in _WORD.finditer(self._folded):
                word = match[0]
                if word in starts:
                    starts[word].append(match.start())
                else:
                    starts[word] = [match.start()]
        return starts

    def _starts_of(self, choice: WordChoice) -> list[int]:
        starts = self._word_starts()
        words = choice.words & self.present
        if choice.prefixes:
            words = [*words, *(word for prefix in choice.prefixes
                               for word in self._with_prefix(prefix))]
        if len(words) == 1:
            return starts[next(iter(words))]
        return sorted([start for word in words for start in starts[word]])

    def _with_prefix(self, prefix: str) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.present)
        found, index = [], bisect_left(self._sorted, prefix)
        while index < len(self._sorted) and self._sorted[index].startswith(prefix):
            found.append(self._sorted[index])
            index += 1
        return found


# Trying a pattern at one word costs about as much as the regex engine scanning this many
# characters; a pattern that starts with a word met everywhere is scanned for instead.
_CHARACTERS_PER_TRY = 16
# Answers are read by the topic keywords, then by the rules and the context cues: the same
# texts, a few at a time.
_RECENT_TEXTS = 64


@lru_cache(maxsize=_RECENT_TEXTS)
def words_of(text: str) -> TextWords:
    """The words of a text, split once however many pattern sets read it."""
    return TextWords(text)


class PatternSet:
    """Named patterns matched case-insensitively; `finditer` runs only the ones that can hit."""

    def __init__(self, patterns: list[tuple[str, re.Pattern | LazyPattern]]) -> None:
        self.patterns = patterns
        self._first: list[tuple[WordChoice, int]] = []
        self._required: list[int] = []
        self._always: list[int] = []
        self._by_key: dict[int, list[int]] = defaultdict(list)
        for index, (_, pattern) in enumerate(patterns):
            needs = requirements(pattern.pattern, pattern.flags)
            self._first.append((needs.first, CHOICES.number(needs.first)))
            self._required.append(required_words(pattern))
            key = _key(needs)
            if key is None:
                self._always.append(index)
            else:
                self._by_key[CHOICES.number(key)].append(index)
        self._keys = mask_of(self._by_key)

    def candidates(self, words: TextWords) -> list[tuple[str, re.Pattern | LazyPattern]]:
        """The patterns all of whose required words occur in the text, in order."""
        return [self.patterns[index] for index in self._candidates(words)]

    def finditer(self, text: str, words: TextWords | None = None, start: int = 0,
                 end: int | None = None) -> Iterator[tuple[str, re.Match]]:
        """Every (name, match) in text[start:end], pattern by pattern, as `re.finditer` with
        those bounds finds them; `words` are the whole text's."""
        end = len(text) if end is None else end
        if 0 < end < len(text) and _INSIDE_A_WORD.fullmatch(text, end - 1, end + 1):
            # re takes the text to stop at `end`, so the part of a word before it is a word
            # of its own, which the whole text's words do not list
            words = words_of(text[:end])
        words = words or words_of(text)
        bounded = start or end < len(text)
        patterns, firsts, word_starts = self.patterns, self._first, words.starts
        for index in self._candidates(words):
            name, pattern = patterns[index]
            first, number = firsts[index]
            starts = () if first.anything else word_starts(first, number)
            if bounded:
                starts = starts[bisect_left(starts, start):bisect_left(starts, end)]
            if first.anything or len(starts) * _CHARACTERS_PER_TRY > end - start:
                for match in pattern.finditer(text, start, end):
                    yield name, match
                continue
            # as finditer would: the leftmost match, then on from where it ended
            matched_to, match_at = 0, pattern.match
            for position in starts:
                if position >= matched_to:
                    match = match_at(text, position, end)
                    if match is not None:
                        matched_to = match.end()
                        yield name, match

    def _candidates(self, words: TextWords) -> list[int]:
        found = words.candidates.get(self)
        if found is None:
            found = words.candidates[self] = self._read_candidates(words)
        return found

    def _read_candidates(self, words: TextWords) -> list[int]:
        satisfied = words.satisfied
        hits = sorted(set(self._always).union(
            *map(self._by_key.__getitem__, numbers_in(self._keys & satisfied))))
        required = self._required
        return [index for index in hits if required[index] & satisfied == required[index]]


def required_words(pattern: re.Pattern | LazyPattern) -> int:
    """The mask (in CHOICES) of the word choices every match of the pattern holds: a text
    whose `TextWords.satisfied` lacks one cannot match."""
    needs = requirements(pattern.pattern, pattern.flags)
    return mask_of(CHOICES.number(choice) for choice in (needs.first, *needs.others)
                   if not choice.anything)


def _key(needs: Requirements) -> WordChoice | None:
    """The required word least likely to occur: the one to file the pattern under."""
    choices = [choice for choice in (needs.first, *needs.others) if not choice.anything]
    return min(choices, key=commonness, default=None)


def backtracking_risk(pattern: re.Pattern | LazyPattern) -> bool:
    """True when a long repeat holds a variable repeat that can split text more than one way.

    `(\\w+\\s?)+` can take time exponential in the length of a sentence it fails on: the
    same letters can be shared out between rounds in many ways. `(\\w+\\s+){0,6}` and
    `(potential\\s+|suspected\\s+)*` cannot: each round needs a character the inner
    repeat cannot swallow. A short repeat such as `{0,3}` costs at most a small power.
    """
    try:
        parsed = parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return _risky(parsed, inside_long_repeat=False)


def _risky(items: Sequence, inside_long_repeat: bool) -> bool:
    for position, node in enumerate(items):
        if isinstance(node, Repeat):
            if inside_long_repeat and node.high > 1 and node.low != node.high \
                    and not _separated(items, position, _first_class(node.body)):
                return True
            if _risky(node.body, inside_long_repeat or node.high > _SHORT_REPEAT):
                return True
        elif any(_risky(part, inside_long_repeat) for part in _parts(node)):
            return True
    return False


def _parts(node: Node) -> tuple[Sequence, ...]:
    """The sub-sequences of a group or an alternation."""
    if isinstance(node, Group):
        return (node.body,)
    if isinstance(node, Alternation):
        return node.branches
    return ()


def _separated(items: Sequence, position: int, repeated: frozenset[str]) -> bool:
    """Does the sequence hold a mandatory character the repeat at `position` cannot match?"""
    for index, node in enumerate(items):
        if index == position:
            continue
        characters = _class(node)
        if characters is not None and not characters & repeated:
            return True
    return False


def _first_class(items: Sequence) -> frozenset[str]:
    if len(items) == 1:
        characters = _class(items[0])
        if characters is not None:
            return characters
    return _SAMPLE  # anything more complex may match anything


def _class(node: Node) -> frozenset[str] | None:
    """The sample characters one mandatory item matches, or None for other items."""
    match node:
        case Literal(character=character):
            return frozenset({character, character.lower(), character.upper()}) & _SAMPLE \
                or frozenset({character})
        case Class():
            test = re.compile(_class_source(node), re.IGNORECASE)
            return frozenset(character for character in _SAMPLE if test.fullmatch(character))
        case Repeat(low=low, body=body) if low >= 1:
            return _first_class(body) if len(body) == 1 else None
    return None


def _class_source(node: Class) -> str:
    return "[" + ("^" if node.negated else "") + "".join(map(_item_source, node.items)) + "]"


def _item_source(item: Literal | Range | Category) -> str:
    match item:
        case Literal(character=character):
            return re.escape(character)
        case Range(first=first, last=last):
            return f"{re.escape(first)}-{re.escape(last)}"
    return item.value
