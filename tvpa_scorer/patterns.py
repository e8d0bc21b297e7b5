"""Keyword patterns compiled once, with a word prefilter so each text meets only the few
patterns that can match it.

A rule set holds hundreds of small regexes; scanning every text with each is the cost
that dominates. As multi-pattern engines do, each pattern's possible first words are
worked out once from its parse tree ("train(s|ed|ing)?" -> train, trains, trained,
training; "extradit\\w*" -> any word starting "extradit"). A text is split into words
once, and only patterns whose first words occur in it are run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

# The parse tree of a regex, to read each pattern's possible first words.
from re import _constants as sre_constants
from re import _parser as sre_parse

_WORD = re.compile(r"\w+")
_WORD_CHARACTER = re.compile(r"\w")
# Enumerating first words stops past this many alternatives; the pattern then always runs.
_MAX_FIRST_WORDS = 64
_MAX_CHARSET = 8
# A repeat of at most this many rounds cannot blow up, whatever it holds.
_SHORT_REPEAT = 5
# Characters standing for every class a rule pattern uses, to tell classes apart.
_SAMPLE = frozenset("aZ09_ \t\n-.,;:'\"()/&$%")
_CATEGORIES = {
    sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W",
    sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
}


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


@dataclass(frozen=True, slots=True)
class _Triggers:
    """First words that let a pattern match: exact words, and prefixes of words."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    always: bool


class TextWords:
    """The lower-case words of a text, for prefilter look-ups."""

    __slots__ = ("present",)

    def __init__(self, text: str) -> None:
        self.present = frozenset(_WORD.findall(text.lower()))


class PatternSet:
    """Named patterns matched case-insensitively; `finditer` runs only the ones that can hit."""

    def __init__(self, patterns: list[tuple[str, re.Pattern]]) -> None:
        self.patterns = patterns
        self._always: list[int] = []
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_prefix: dict[str, list[int]] = defaultdict(list)
        for index, (_, pattern) in enumerate(patterns):
            trigger = _triggers(pattern.pattern)
            if trigger.always:
                self._always.append(index)
            for word in trigger.words:
                self._by_word[word].append(index)
            for prefix in trigger.prefixes:
                self._by_prefix[prefix].append(index)
        self._prefix_lengths = sorted({len(prefix) for prefix in self._by_prefix})

    def candidates(self, words: TextWords) -> list[tuple[str, re.Pattern]]:
        """The patterns whose first words occur in the text, in rule order."""
        hit = set(self._always)
        for word in words.present:
            hit.update(self._by_word.get(word, ()))
            for length in self._prefix_lengths:
                if length > len(word):
                    break
                hit.update(self._by_prefix.get(word[:length], ()))
        return [self.patterns[index] for index in sorted(hit)]

    def finditer(self, text: str, words: TextWords | None = None
                 ) -> Iterator[tuple[str, re.Match]]:
        """Every (name, match) in the text, pattern by pattern."""
        for name, pattern in self.candidates(words or TextWords(text)):
            for match in pattern.finditer(text):
                yield name, match


def backtracking_risk(pattern: re.Pattern) -> bool:
    """True when a long repeat holds a variable repeat that can split text more than one way.

    `(\\w+\\s?)+` can take time exponential in the length of a sentence it fails on: the
    same letters can be shared out between rounds in many ways. `(\\w+\\s+){0,6}` and
    `(potential\\s+|suspected\\s+)*` cannot: each round needs a character the inner
    repeat cannot swallow. A short repeat such as `{0,3}` costs at most a small power.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return _risky(list(parsed), inside_long_repeat=False)


def _risky(items: list, inside_long_repeat: bool) -> bool:
    for position, (op, argument) in enumerate(items):
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, body = argument
            if inside_long_repeat and high > 1 and low != high \
                    and not _separated(items, position, _first_class(list(body))):
                return True
            if _risky(list(body), inside_long_repeat or high > _SHORT_REPEAT):
                return True
        elif any(_risky(part, inside_long_repeat) for part in _parts(op, argument)):
            return True
    return False


def _parts(op, argument) -> list[list]:
    """The sub-sequences of a group or an alternation."""
    if op is sre_constants.SUBPATTERN:
        return [list(argument[-1])]
    if op is sre_constants.BRANCH:
        return [list(branch) for branch in argument[1]]
    return []


def _separated(items: list, position: int, repeated: frozenset[str]) -> bool:
    """Does the sequence hold a mandatory character the repeat at `position` cannot match?"""
    for index, (op, argument) in enumerate(items):
        if index == position:
            continue
        characters = _class(op, argument)
        if characters is not None and not characters & repeated:
            return True
    return False


def _first_class(items: list) -> frozenset[str]:
    if len(items) == 1:
        characters = _class(*items[0])
        if characters is not None:
            return characters
    return _SAMPLE  # anything more complex may match anything


def _class(op, argument) -> frozenset[str] | None:
    """The sample characters one mandatory item matches, or None for other items."""
    if op is sre_constants.LITERAL:
        character = chr(argument)
        return frozenset({character, character.lower(), character.upper()}) & _SAMPLE or \
            frozenset({character})
    if op is sre_constants.IN:
        test = re.compile(_class_source(argument), re.IGNORECASE)
        return frozenset(character for character in _SAMPLE if test.fullmatch(character))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and argument[0] >= 1:
        return _first_class(list(argument[2])) if len(argument[2]) == 1 else None
    return None


def _class_source(items) -> str:
    parts, negate = [], False
    for op, argument in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            parts.append(re.escape(chr(argument)))
        elif op is sre_constants.RANGE:
            parts.append(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op is sre_constants.CATEGORY:
            parts.append(_CATEGORIES.get(argument, r"\s\S"))
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _triggers(expression: str) -> _Triggers:
    try:
        states = _walk(list(sre_parse.parse(expression, re.IGNORECASE)), {("", _OPEN)})
    except (re.error, _TooMany):
        return _Triggers(frozenset(), (), always=True)
    if any(not text for text, _ in states):
        return _Triggers(frozenset(), (), always=True)
    words = frozenset(text for text, state in states if state == _CLOSED)
    prefixes = tuple(sorted({text for text, state in states if state != _CLOSED}))
    return _Triggers(words, prefixes, always=False)


# A partial first word is OPEN (may grow), CLOSED (a non-word character ended it) or a
# PREFIX (something unlistable follows, so any word starting with it may match).
_OPEN, _CLOSED, _PREFIX = "open", "closed", "prefix"


class _TooMany(Exception):
    """The first words cannot be listed in reasonable number."""


def _walk(items: list, states: set[tuple[str, str]]) -> set[tuple[str, str]]:
    for op, argument in items:
        growing = {text for text, state in states if state == _OPEN}
        if not growing:
            break
        settled = {(text, state) for text, state in states if state != _OPEN}
        states = settled | _step(op, argument, growing)
        if len(states) > _MAX_FIRST_WORDS:
            raise _TooMany
    return states


def _step(op, argument, texts: set[str]) -> set[tuple[str, str]]:
    """Apply one parsed item to the growing first words."""
    opened = {(text, _OPEN) for text in texts}
    if op is sre_constants.LITERAL:
        return _extend(texts, [chr(argument).lower()])
    if op is sre_constants.IN:
        characters = _charset(argument)
        if characters is None:
            return {(text, _PREFIX) for text in texts}
        return _extend(texts, characters)
    if op is sre_constants.SUBPATTERN:
        return _walk(list(argument[-1]), opened)
    if op is sre_constants.BRANCH:
        return set().union(*(_walk(list(branch), opened) for branch in argument[1]))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, body = argument
        once = _walk(list(body), opened)
        if high == 1:
            return once | (opened if low == 0 else set())
        if all(state != _OPEN for _, state in once):  # e.g. \s+ ends the word either way
            return once | (opened if low == 0 else set())
        return {(text, _PREFIX) for text in texts}
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return opened
    return {(text, _PREFIX) for text in texts}


def _extend(texts: set[str], characters: list[str]) -> set[tuple[str, str]]:
    states = set()
    for character in characters:
        word_character = bool(_WORD_CHARACTER.match(character))
        for text in texts:
            states.add((text + character, _OPEN) if word_character else (text, _CLOSED))
    return states


def _charset(items) -> list[str] | None:
    r"""The characters of a small class like [sz]; None for open classes like \w."""
    characters = []
    for op, argument in items:
        if op is sre_constants.LITERAL:
            characters.append(chr(argument).lower())
        elif op is sre_constants.CATEGORY and argument is sre_constants.CATEGORY_SPACE:
            characters.append(" ")
        else:
            return None
    unique = sorted(set(characters))
    return unique if len(unique) <= _MAX_CHARSET else None
