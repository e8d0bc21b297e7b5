"""Named concepts -> one automaton that finds every concept of a text in one pass.

A concept ("shelter", "operate", "victim") is a list of lemmas and multiword terms shared by
every rule that names it, so a word added to `shelter` serves every rule about shelters. The
compiled finder matches whole words, case-insensitively, across line breaks and hyphens
("safe-house", "SAFE\\nHOUSES"); where terms overlap, the longest wins ("safe house", not
"house"), though a term of another concept ahead of its head still counts ("anti-trafficking"
in "the anti-trafficking programme").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate

import ahocorasick

from tvpa_scorer.evidence.spelling import term_forms
from tvpa_scorer.rules.model import ANY, Lexicon

# Hyphens and white space all read as a space, and a run of them as one.
_TO_SPACE = "\t\n\r\f\v\u00a0-‐‑–"
_SPACES = re.compile(r"  +")


@dataclass(frozen=True, slots=True)
class ConceptMention:
    concept_id: str
    start: int
    end: int


class ConceptFinder:
    """The lexicon compiled once: every written form of every term in one automaton."""

    def __init__(self, lexicon: Lexicon) -> None:
        forms: dict[str, set[str]] = defaultdict(set)
        for concept in lexicon.concepts.values():
            for term in concept.terms:
                for form in term_forms(term.text, concept.pos or ANY):
                    forms[form].add(concept.concept_id)
        self._automaton = ahocorasick.Automaton()
        for form, concepts in forms.items():
            self._automaton.add_word(form, (len(form), tuple(sorted(concepts))))
        self._empty = not forms
        if forms:
            self._automaton.make_automaton()

    def bare_pass(self, text: str) -> int:
        """How many term forms the automaton alone meets in the lower-cased text: the floor
        the benchmark holds the whole scoring rate against."""
        return 0 if self._empty else sum(1 for _ in self._automaton.iter(text.lower()))

    def find(self, text: str) -> list[ConceptMention]:
        """Every concept mention in the text, in order, as spans of the text given."""
        if self._empty:
            return []
        folded, cuts, shifts = _fold(text)
        # offset in `text` of a folded character: its own, plus what the runs folded before it
        # had taken out
        at = (lambda offset: offset + shifts[bisect_right(cuts, offset) - 1]) if cuts else int
        found: list[tuple[int, int, tuple[str, ...]]] = []
        for last, (length, concepts) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start == 0 or not folded[start - 1].isalnum()) and \
                    (end == len(folded) or not folded[end].isalnum()):
                found.append((start, end, concepts))
        return [ConceptMention(concept, at(start), at(end - 1) + 1)
                for start, end, concepts in _longest(found) for concept in concepts]


def _fold(text: str) -> tuple[str, list[int], list[int]]:
    """Lower case with hyphens and white space runs as one space; and where the offsets
    shift: from folded offset cuts[i] on, the offset in `text` is shifts[i] more (no cuts when
    folding moved nothing)."""
    # one character for one first, which moves no offset; then only runs of spaces shrink
    lowered = text.lower()
    for character in _TO_SPACE:  # str.replace per character is far faster than translate
        if character in lowered:
            lowered = lowered.replace(character, " ")
    if "  " not in lowered:
        return lowered, [], []
    runs = [match.span() for match in _SPACES.finditer(lowered)]
    # after each run, the characters it took out so far, and where the folded text resumes
    shifts = [0, *accumulate(end - start - 1 for start, end in runs)]
    cuts = [0, *(end - shift for (_, end), shift in zip(runs, shifts[1:], strict=True))]
    return _SPACES.sub(" ", lowered), cuts, shifts


def _longest(found: list[tuple[int, int, tuple[str, ...]]]
             ) -> list[tuple[int, int, tuple[str, ...]]]:
    """Drop each match that lies inside a longer one, unless it names another concept and
    stops short of the longer one's end: the head of "safe house" is no house of its own, but
    "the anti-trafficking programme" still speaks of trafficking."""
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    outer: tuple[int, int, tuple[str, ...]] | None = None
    for item in found:
        if outer is None or item[1] > outer[1]:
            kept.append(item)
            outer = item
        elif item[1] < outer[1] and not set(item[2]) & set(outer[2]):
            kept.append(item)
    return kept
