"""A lexicon term -> every form a cable may write it in: inflections and both spellings.

Terms are written once, as lemmas ("reception centre", "accommodate", "set up"); cables
write "reception centers", "accommodated", "setting up". Inflections come from lemminflect's
tables (its rules for words the tables lack); the head of a noun phrase is its last word, the
head of a verb phrase its first. American and British spellings are generated both ways.
"""

from __future__ import annotations

import re
from functools import cache

from tvpa_scorer.rules.model import EXACT_MARK, NOUN, VERB, normal_term

_UPOS = {NOUN: ("NOUN",), VERB: ("VERB",)}
# American -> British and British -> American, as (pattern, replacement) on whole words; a
# term written in either spelling gets both.
_SUFFIX = r"(?=(?:e|ed|es|ing|ation|ations|er|ers)\b)"
_TO_BRITISH = (
    (r"iz" + _SUFFIX, "is"),
    (r"yz(?=(?:e|ed|es|ing)\b)", "ys"),
    (r"\b(cent|theat|lit|fib|met)er(s?)\b", r"\1re\2"),
    (r"\b(lab|fav|behavi|hon|neighb|endeav|harb|rum|col)or(s|ed|ing|er|ers)?\b", r"\1our\2"),
    (r"\b(counse|trave|cance|labe|mode|signa|fue)l(ed|ing|or|ors)\b", r"\1ll\2"),
    (r"\bprogram(s?)\b", r"programme\1"),
    (r"\b(defen|offen|licen|preten)se(s?)\b", r"\1ce\2"),
    (r"\bjudgment(s?)\b", r"judgement\1"),
    (r"\benrollment(s?)\b", r"enrolment\1"),
)
_TO_AMERICAN = (
    (r"is" + _SUFFIX, "iz"),
    (r"ys(?=(?:e|ed|es|ing)\b)", "yz"),
    (r"\b(cent|theat|lit|fib|met)re(s?)\b", r"\1er\2"),
    (r"\b(lab|fav|behavi|hon|neighb|endeav|harb|rum|col)our(s|ed|ing|er|ers)?\b", r"\1or\2"),
    (r"\b(counse|trave|cance|labe|mode|signa|fue)ll(ed|ing|or|ors)\b", r"\1l\2"),
    (r"\bprogramme(s?)\b", r"program\1"),
    (r"\b(defen|offen|licen|preten)ce(s?)\b", r"\1se\2"),
    (r"\bjudgement(s?)\b", r"judgment\1"),
    (r"\benrolment(s?)\b", r"enrollment\1"),
)
_RESPELLINGS = tuple((re.compile(pattern), replacement)
                     for pattern, replacement in (*_TO_BRITISH, *_TO_AMERICAN))


def term_forms(term: str, pos: str) -> frozenset[str]:
    """Every written form of a lexicon term, lower case, words separated by single spaces."""
    if term.startswith(EXACT_MARK):
        return frozenset(spellings(normal_term(term[len(EXACT_MARK):])))
    words = normal_term(term).split(" ")
    head = 0 if pos == VERB else len(words) - 1
    forms = set()
    for form in _inflections(words[head], _UPOS.get(pos, ("NOUN", "VERB"))):
        phrase = " ".join([*words[:head], form, *words[head + 1:]])
        forms |= spellings(phrase)
    return frozenset(forms)


@cache
def _inflections(word: str, upos: tuple[str, ...]) -> frozenset[str]:
    # lemminflect, with numpy, takes a sixth of a second to load: only compiling the rules
    # needs it, and an engine read from the cache is compiled already
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms = {word}
    for tag in upos:
        table = getAllInflections(word, upos=tag) or getAllInflectionsOOV(word, upos=tag)
        forms |= {form.lower() for found in table.values() for form in found}
    return frozenset(forms)


def spellings(phrase: str) -> set[str]:
    """The phrase in American and in British spelling."""
    variants = {phrase}
    for pattern, replacement in _RESPELLINGS:
        variants |= {pattern.sub(replacement, variant) for variant in variants}
    return variants
