"""A regex's parse tree -> words any match must hold: where it can start, and what else.

"(does not|did not) (yet )?have (a|an|any) ~{0,2}(plan|strategy)" can only match text
holding "does" or "did", "have", "a", "an" or "any", and "plan" or "strategy", each as
a whole word. Every word that a mandatory non-word character (a space, a hyphen) sets
off is such a requirement, and the first one also says where a match can start. Reading
them once per pattern lets a text skip every pattern one of whose words it lacks, as
multi-pattern engines (RE2's prefilter, Hyperscan's literal factors) do.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from operator import or_

from tvpa_scorer.kit import regex_syntax
from tvpa_scorer.kit.regex_tree import (
    Alternation,
    Anchor,
    Category,
    Class,
    Group,
    Literal,
    Lookaround,
    Node,
    Range,
    Repeat,
    Sequence,
)

_WORD_CHARACTER = re.compile(r"\w")
# Enumerating a word's spellings stops past this many; the word then requires nothing.
_MAX_FIRST_WORDS = 256
_MAX_CHARSET = 12
_DIGITS = list("0123456789")
# Words in nearly every answer, and short prefixes, say little about a text.
_COMMON = frozenset("""
    a an and any are as at be been but by for from had has have in is it its no not of on
    or that the their there this to was were which will with would government officials
""".split())  # noqa: SIM905 (a word list reads better as text)
_SHORT_PREFIX = 4
# Prefixes are filed under their first letters, and checked in full when a word is learned.
_PREFIX_BUCKET = 3
# A partial word is OPEN (may grow), CLOSED (a non-word character ended it) or a PREFIX
# (something unlistable follows, so any word starting with it may match).
_OPEN, _CLOSED, _PREFIX = "open", "closed", "prefix"
# How a stretch of pattern ends: always on a non-word character, on one or on nothing,
# or in a way that says nothing about the character before the next item.
_NON_WORD, _EMPTY_OR_NON_WORD, _UNKNOWN = "non-word", "empty-or-non-word", "unknown"
_NON_WORD_CATEGORIES = (Category.SPACE, Category.NOT_WORD)
_WORD_CLASS = (Class((Category.WORD,)),)
# The letters re.IGNORECASE takes for one another beyond lower(): the long s for 's', the
# dotless i for 'i', Greek and Cyrillic variants (re keeps this table privately). Folded text
# spells each class as its first letter, so folded text and patterns agree.
# tests/kit/test_prefilter.py derives the classes from str.upper() and str.lower() over all
# of Unicode and holds this list to them; a table computed at start would cost every
# command a tenth of a second.
_CASE_CLASSES = (
    "i\u0131", "s\u017f", "\u00b5\u03bc", "\u0345\u03b9\u1fbe", "\u0390\u1fd3",
    "\u03b0\u1fe3", "\u03b2\u03d0", "\u03b5\u03f5", "\u03b8\u03d1", "\u03ba\u03f0",
    "\u03c0\u03d6", "\u03c1\u03f1", "\u03c2\u03c3", "\u03c6\u03d5", "\u0432\u1c80",
    "\u0434\u1c81", "\u043e\u1c82", "\u0441\u1c83", "\u0442\u1c84\u1c85", "\u044a\u1c86",
    "\u0463\u1c87", "\u1c88\ua64b", "\u1e61\u1e9b", "\ufb05\ufb06",
)
_FIXES = {ord(letter): letters[0] for letters in _CASE_CLASSES for letter in letters}
# \d and \w take any script's decimal digits; folded text writes them as ASCII ones.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_UNUSUAL = re.compile("[" + "".join(re.escape(chr(code)) for code in _FIXES) + "\u0130]"
                      + "|" + _OTHER_DIGIT.pattern)


def fold(text: str) -> str:
    """Lower-case text as `re.IGNORECASE` compares it, one character for one."""
    if text.isascii() or _UNUSUAL.search(text) is None:
        return text.lower()
    # 'İ' lowers to two characters; IGNORECASE takes it for a plain 'i'
    folded = text.replace("\u0130", "i").lower().translate(_FIXES)
    return _OTHER_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), folded)


@dataclass(frozen=True, slots=True)
class WordChoice:
    """One word of a match, any of these: exact words, or words starting with a prefix.

    `anything` when the word cannot be listed, so it requires nothing.
    """

    words: frozenset[str]
    prefixes: tuple[str, ...]
    anything: bool = False


ANYTHING = WordChoice(frozenset(), (), anything=True)


@dataclass(frozen=True, slots=True)
class Requirements:
    """The word a match starts with, and the other words it must hold."""

    first: WordChoice
    others: tuple[WordChoice, ...]


class ChoiceIndex:
    """Every WordChoice in use, numbered, and the choices each word of a text satisfies.

    A set of choices is a bit mask, bit n for the choice numbered n: a text satisfies a
    thousand or more, and or-ing masks costs a small part of joining sets of that size. Cables
    share most of their words, so what a word satisfies is worked out once per process and
    remembered: a text's satisfied choices are then one `|` per word.
    """

    # Enough for every word of a large corpus; past it, forget and learn again.
    _MAX_LEARNED = 200_000

    def __init__(self) -> None:
        self._numbers: dict[WordChoice, int] = {}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_prefix: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._learned: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._numbers)

    def number(self, choice: WordChoice) -> int:
        """The choice's number, given when first seen."""
        number = self._numbers.get(choice)
        if number is None:
            number = self._numbers[choice] = len(self._numbers)
            for word in choice.words:
                self._by_word[word].append(number)
            for prefix in choice.prefixes:
                self._by_prefix[prefix[:_PREFIX_BUCKET]].append((prefix, number))
            self._learned.clear()
        return number

    def adopt(self, saved: ChoiceIndex) -> bool:
        """Take on the numbering of an index saved with a compiled engine, whose patterns hold
        masks in it; only when it numbers every choice this index has as this one does (it
        was saved by a process that began as this one). False, changing nothing, if not."""
        if any(saved._numbers.get(choice) != number for choice, number in self._numbers.items()):
            return False
        self._numbers, self._by_word, self._by_prefix = (saved._numbers, saved._by_word,
                                                         saved._by_prefix)
        self._learned = {}
        return True

    def satisfied(self, words: Set[str]) -> int:
        """The mask of the choices some of the words satisfy."""
        learned = self._learned
        if len(learned) >= self._MAX_LEARNED:
            learned.clear()
        for word in set(words) - learned.keys():
            self._learn(word)
        return reduce(or_, map(learned.__getitem__, words), 0)

    def _learn(self, word: str) -> None:
        numbers = set(self._by_word.get(word, ()))
        for length in range(1, min(len(word), _PREFIX_BUCKET) + 1):
            numbers.update(number for prefix, number in self._by_prefix.get(word[:length], ())
                           if word.startswith(prefix))
        self._learned[word] = mask_of(numbers)


def mask_of(numbers: Iterable[int]) -> int:
    """The bit mask of the choices numbered so."""
    return reduce(or_, (1 << number for number in numbers), 0)


def numbers_in(mask: int) -> Iterator[int]:
    """The numbers of the choices a mask holds, lowest first."""
    bits = bin(mask)[:1:-1]  # the binary digits, lowest first
    number = bits.find("1")
    while number >= 0:
        yield number
        number = bits.find("1", number + 1)


CHOICES = ChoiceIndex()


# The checks that read a tree run one after the other as each pattern is loaded, so the
# last few trees are all that need keeping.
@lru_cache(maxsize=8)
def parse(expression: str, flags: int = re.IGNORECASE) -> Sequence:
    """A regex's parse tree, read once for the checks run on it in turn."""
    return regex_syntax.parse(expression, flags)


@cache
def requirements(expression: str, flags: int = re.IGNORECASE) -> Requirements:
    """What a match of the case-insensitive expression needs: read once per expression."""
    try:
        items = parse(expression, flags)
    except re.error:
        return Requirements(ANYTHING, ())
    try:
        first = _first_word(items)
        others = []
        for choice in _words_within(_flatten(items), _EMPTY_OR_NON_WORD):
            if choice != first and choice not in others:
                others.append(choice)
    finally:
        _steps.clear()
    return Requirements(first, tuple(others))


def _is_word_edge(node: Node, ahead: bool) -> bool:
    """Is the node (?!\\w) (`ahead`) or (?<!\\w): a word ends or starts here?"""
    return isinstance(node, Lookaround) and node.negative and node.ahead is ahead \
        and node.body == _WORD_CLASS


def _words_within(flat: list[Node], before: str) -> list[WordChoice]:
    """The words every match of `flat` holds where a non-word character sets them off.

    `before` is how the pattern ends before the sequence. An alternation needs one of
    its branches, so it adds the union of each branch's rarest word: "(jointly|in
    (partnership|cooperation) with)" needs "jointly", "partnership" or "cooperation",
    however common "in" is.
    """
    found = []
    ending = before
    for position, node in enumerate(flat):
        if ending is _NON_WORD:
            choice = _first_word(flat[position:])
            if not choice.anything:
                found.append(choice)
        if isinstance(node, Alternation):
            branches = [_words_within(_flatten(branch), ending) for branch in node.branches]
            if all(branches):
                found.append(_union([min(words, key=commonness) for words in branches]))
        kind = _item_ending(node)
        ending = ending if kind is _EMPTY_OR_NON_WORD else kind
    return found


def _union(choices: list[WordChoice]) -> WordChoice:
    return WordChoice(frozenset().union(*(choice.words for choice in choices)),
                      tuple(sorted({prefix for choice in choices for prefix in choice.prefixes})))


def commonness(choice: WordChoice) -> int:
    """How likely a text is to hold a word of the choice, roughly: lower is rarer."""
    common = sum(1 for word in choice.words if word in _COMMON)
    short = sum(1 for prefix in choice.prefixes if len(prefix) < _SHORT_PREFIX)
    return 1000 * (common + short) + len(choice.words) + 2 * len(choice.prefixes)


def _flatten(items: Sequence) -> list[Node]:
    """A sequence with its groups opened up: the same text, item by item."""
    flat = []
    for node in items:
        if isinstance(node, Group):
            flat += _flatten(node.body)
        else:
            flat.append(node)
    return flat


def _ending(items: Sequence) -> str:
    """How a sequence ends: on a non-word character, possibly on nothing, or unknown."""
    for node in reversed(items):
        kind = _item_ending(node)
        if kind is not _EMPTY_OR_NON_WORD:
            return kind
    return _EMPTY_OR_NON_WORD


def _item_ending(node: Node) -> str:
    if _is_word_edge(node, ahead=False):
        return _NON_WORD  # (?<!\w): whatever came before, a word starts afresh here
    match node:
        case Anchor() | Lookaround():
            return _EMPTY_OR_NON_WORD
        case Literal(character=character):
            return _UNKNOWN if _WORD_CHARACTER.match(character) else _NON_WORD
        case Class():
            return _NON_WORD if _non_word_class(node) else _UNKNOWN
        case Group(body=body):
            return _ending(body)
        case Alternation(branches=branches):
            kinds = {_ending(branch) for branch in branches}
            return kinds.pop() if len(kinds) == 1 else (
                _EMPTY_OR_NON_WORD if _UNKNOWN not in kinds else _UNKNOWN)
        case Repeat(body=body, low=low, high=high):
            kind = _ending(body)
            if kind is _NON_WORD and (low == 0 or high == 0):
                return _EMPTY_OR_NON_WORD
            return kind
    return _UNKNOWN


def _non_word_class(node: Class) -> bool:
    """A class like [\\s-] whose every character is a non-word character."""
    return not node.negated and all(
        not _WORD_CHARACTER.match(item.character) if isinstance(item, Literal)
        else item in _NON_WORD_CATEGORIES for item in node.items)


def _first_word(items: Sequence | list[Node]) -> WordChoice:
    """The word a match of the sequence starts with, when it starts with one."""
    states = _walk(items)
    if states is None or any(not text for text, _ in states):
        return ANYTHING
    words = frozenset(text for text, state in states if state == _CLOSED)
    prefixes = tuple(sorted({text for text, state in states if state != _CLOSED}))
    return WordChoice(words, prefixes)


# A word's spellings so far, from the start of a sequence: (text, OPEN | CLOSED | PREFIX).
# Each item only appends to what came before, so what an item gives from the empty word
# is appended to whatever precedes it.
States = frozenset[tuple[str, str]]
_EMPTY: States = frozenset({("", _OPEN)})


def _walk(items: Sequence | list[Node]) -> States | None:
    """The first-word states a sequence can reach; None past _MAX_FIRST_WORDS of them."""
    states = set(_EMPTY)
    for node in items:
        growing = [text for text, state in states if state == _OPEN]
        if not growing:
            break
        step = _step(node)
        if step is None:
            return None
        states = {(text, state) for text, state in states if state != _OPEN}
        states |= {(text + more, state) for text in growing for more, state in step}
        if len(states) > _MAX_FIRST_WORDS:
            return None
    return frozenset(states)


# What each node of the tree being read gives, by id(node): the tree is alive while it is
# read, and words are walked from many places through the same alternations.
_steps: dict[int, States | None] = {}


def _step(node: Node) -> States | None:
    """The states one node reaches from the empty word."""
    key = id(node)
    if key not in _steps:
        _steps[key] = _step_afresh(node)
    return _steps[key]


def _step_afresh(node: Node) -> States | None:
    match node:
        case Literal(character=character):
            return _literal_step(character)
        case Class():
            characters = _charset(node)
            return _extend(characters) if characters is not None else _ANY_WORD
        case Group(body=body):
            return _walk(body)
        case Alternation(branches=branches):
            walks = [_walk(branch) for branch in branches]
            return None if None in walks else frozenset().union(*walks)
        case Repeat():
            return _repeat_step(node)
        case Lookaround() if _is_word_edge(node, ahead=True):
            return _WORD_ENDS  # (?!\w): the word ends here
        case Anchor() | Lookaround():
            return _EMPTY
    return _ANY_WORD


# A pattern spells most of its words with the same few letters, each one node of its own.
@cache
def _literal_step(character: str) -> States:
    return _extend([fold(character)])


def _repeat_step(node: Repeat) -> States | None:
    once = _walk(node.body)
    if once is None:
        return None
    if node.high == 1 or all(state != _OPEN for _, state in once):  # \s+ ends the word
        return once | (_EMPTY if node.low == 0 else frozenset())
    if node.low >= 1:  # \d{1,3}: a word starting with one round, then anything
        return frozenset((text, _PREFIX if state == _OPEN else state) for text, state in once)
    return _ANY_WORD


_ANY_WORD: States = frozenset({("", _PREFIX)})
_WORD_ENDS: States = frozenset({("", _CLOSED)})


def _extend(characters: list[str]) -> States:
    return frozenset((character, _OPEN) if _WORD_CHARACTER.match(character) else ("", _CLOSED)
                     for character in characters)


def _charset(node: Class) -> list[str] | None:
    r"""The characters of a small class like [sz]; None for open classes like \w."""
    if node.negated:
        return None
    characters = []
    for item in node.items:
        match item:
            case Literal(character=character):
                characters.append(fold(character))
            case Category.SPACE:
                characters.append(" ")
            case Category.DIGIT:
                characters += _DIGITS  # fold() writes every decimal digit as an ASCII one
            case Range(first=first, last=last) if ord(last) - ord(first) < _MAX_CHARSET:
                characters += [fold(chr(code)) for code in range(ord(first), ord(last) + 1)]
            case _:
                return None
    unique = sorted(set(characters))
    return unique if len(unique) <= _MAX_CHARSET else None
