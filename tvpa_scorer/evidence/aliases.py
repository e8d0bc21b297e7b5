"""Actors a document names by acronym, or calls an NGO: "The Child and Law Foundation (CLF)"
makes "CLF" a non-government actor wherever the document uses it, as "Different and Equal, an
NGO" and "the NGO Sanlaap" do those names; "Zimbabwe Republic Police (ZRP)" makes "ZRP" the
government.

Cables name most actors by acronym after defining them once, or say once what a named body
is. Without learning the definitions, "CLF's study" would have no actor and "ZRP officers"
would not be the police.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tvpa_scorer.cables.model import Document
from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.patterns import PatternSet, TextWords
from tvpa_scorer.rules.model import Context, Modifier

# "(ACRONYM)", and the capitalised name of up to ten words (with the small words names hold)
# that stands before it. The name is searched back from each acronym, between it and the
# parenthesis before (a name holds none): far cheaper than trying a name at every capital.
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&-]{1,11})\)")
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|of|and|for|the|on|in|to|against|de|del|la|las|los|y|e)"
_NAME_WORDS = 10
_DEFINED_NAME = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{_NAME_WORDS - 1}}})\s*\Z")
# A name the document says is another actor's: "Different and Equal, an NGO financed by DFID",
# "LICADHO, a Cambodian human rights group", "the NGO Sanlaap". What it is must be said in
# the first words of the apposition, so "the ministry, a long-time partner of IOM" is not.
_NAME = (r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for|the|on|in|de|del|la|y)\s+)*"
         r"[A-Z][\w'’.&-]*){0,6}")
# found from the comma back, which is far cheaper than trying a name at every capital
_APPOSITION = re.compile(r",\s+((?:an?|the)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_NAME_BEFORE = re.compile(rf"({_NAME})\)?$")
_NAME_REACH = 120  # characters a name of seven words may take
_NAMES_REMEMBERED = 10_000
# what an apposition naming an organisation holds: a kind of body, or an acronym; only these
# are asked of the actor modifier's many triggers
_BODY_WORD = re.compile(r"\b(?:(?i:NGO|organi[sz]ation|group|charity|church|foundation|"
                        r"association|agency|body|network|coalition|society|trust|union|"
                        r"mission|congregation|diocese|order)s?|[A-Z]{2,})\b")
_KINDS = ("NGO", "charity", "foundation", "association", "church", "mission")
# no leading \b, so the engine can skip to the kind's first letter; the edge is checked after
_NAMED_AFTER = re.compile(rf"(?:{'|'.join(_KINDS)})s?\s+({_NAME})")
# words that open a sentence before a comma, not names: "Separately, a local NGO said..."
_NOT_NAMES = frozenset({"however", "separately", "meanwhile", "additionally", "also", "finally",
                        "furthermore", "moreover", "similarly", "instead", "yesterday", "today",
                        "recently", "previously", "currently", "according"})


@dataclass(frozen=True, slots=True)
class Aliases:
    """Acronyms defined in a document, and whose side each is on."""

    government: tuple[str, ...]
    non_government: tuple[str, ...]
    modifier: Modifier | None  # the actor modifier a non-government acronym stands for

    def find(self, names: tuple[str, ...], text: str) -> list[re.Match]:
        """Where any of the names stands in the text as a whole word."""
        # most answers use none of a document's acronyms: asked before any regex runs
        if not any(name in text for name in names):
            return []
        return list(_as_words(names).finditer(text))


@lru_cache(maxsize=64)
def _as_words(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


class AliasLearner:
    """The context's actor triggers and government names, made ready once for every
    document's definitions and appositions."""

    def __init__(self, context: Context) -> None:
        self._actor = next((modifier for modifier in context.modifiers
                            if modifier.whole_sentence), None)
        self._describes_other = _Names(tuple(trigger.pattern for trigger in self._actor.triggers)
                                       ) if self._actor is not None else None
        self._names_government = _Names(context.government_actors)

    def learn(self, document: Document) -> Aliases:
        """Find every `Full Name (ACRONYM)` and file the acronym by what its full name is;
        and every name the document calls an NGO, a church or another such body."""
        describes_other, names_government = self._describes_other, self._names_government
        government, non_government = set(), set()
        for cable in document.cables:
            for answer in cable.answers:
                if describes_other is not None:
                    non_government.update(_named_as_other(answer.text, describes_other,
                                                          names_government))
                for name, acronym in _definitions(answer.text):
                    if describes_other is not None and describes_other.search(name):
                        non_government.add(acronym)
                    elif names_government.search(name):
                        government.add(acronym)
        return Aliases(tuple(sorted(government - non_government)),
                       tuple(sorted(non_government)), self._actor)


class _Names:
    """Patterns asked of a short stretch of text (a name, an apposition): each is run only on
    a stretch holding the words it needs, where one pattern joining them all would be tried
    at every character."""

    def __init__(self, patterns: tuple[LazyPattern, ...]) -> None:
        self._patterns = PatternSet([("name", pattern) for pattern in patterns])
        # cables name the same bodies over and over: each name is asked about once
        self._searched: dict[str, bool] = {}

    def search(self, text: str) -> bool:
        """Whether one of the patterns matches somewhere in the text."""
        found = self._searched.get(text)
        if found is None:
            if len(self._searched) >= _NAMES_REMEMBERED:
                self._searched.clear()
            found = self._searched[text] = \
                next(self._patterns.finditer(text, TextWords(text)), None) is not None
        return found

    def fullmatch(self, text: str) -> bool:
        """Whether one of the patterns matches the whole text."""
        return any(pattern.fullmatch(text)
                   for _, pattern in self._patterns.candidates(TextWords(text)))


def _definitions(text: str) -> Iterator[tuple[str, str]]:
    """Every `Full Name (ACRONYM)` in the text: (name, acronym)."""
    for acronym in _ACRONYM.finditer(text):
        since = max(text.rfind("(", 0, acronym.start()), text.rfind(")", 0, acronym.start())) + 1
        # and within the last ten words before it
        before = text[since:acronym.start()].rsplit(None, _NAME_WORDS)
        if len(before) > _NAME_WORDS:
            since += len(before[0])
        name = _DEFINED_NAME.search(text, since, acronym.start())
        if name is not None:
            yield name.group(1), acronym.group(1)


def _named_as_other(text: str, describes_other: _Names, names_government: _Names) -> set[str]:
    """The names a text says are an NGO's, a church's or another such actor's."""
    names = {match.group(1) for match in _NAMED_AFTER.finditer(text)
             if match.start() == 0 or not text[match.start() - 1].isalnum()}
    for apposition in _APPOSITION.finditer(text):
        if _BODY_WORD.search(apposition.group(1)) and describes_other.search(apposition.group(1)):
            name = _NAME_BEFORE.search(text, max(0, apposition.start() - _NAME_REACH),
                                       apposition.start())
            if name is not None:
                names.add(name.group(1))
    return {name for name in names if name.lower() not in _NOT_NAMES
            and not names_government.search(name) and not describes_other.fullmatch(name)}

