"""Country names, from the built-in tier table, and the countries a subject, a post or a text
names (cables/grouping.py decides which one a cable speaks to)."""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from tvpa_scorer.kit.patterns import TextWords
from tvpa_scorer.kit.prefilter import fold
from tvpa_scorer.kit.resources import bundled_demonyms, bundled_posts, bundled_tier_history

# 'Embassy Harare', 'Consulate Ciudad Juarez', 'American Institute in Taiwan, Taipei': the
# place is what follows; the posts table spells it as cable ids do ('CIUDADJUAREZ').
_POST_KIND = re.compile(r"^(?:embassy|consulate|american institute in taiwan,)\s*", re.I)


def country_key(name: str) -> str:
    """One key for the spellings of a name: 'Korea, South' and 'south korea' agree."""
    name = " ".join(name.replace("&", " and ").split()).lower()
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name


def _other_spellings(name: str) -> list[str]:
    """How else a text writes a name of the tier table: 'Korea, South' as 'South Korea',
    'Trinidad & Tobago' as 'Trinidad and Tobago'."""
    spellings = []
    if ", " in name:
        head, tail = name.split(", ", 1)
        spellings.append(f"{tail} {head}")
    return [*spellings, name.replace(" & ", " and ")]


@cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Every spelling of every country, longest first ("Papua New Guinea" before "Guinea")."""
    with bundled_tier_history().open(encoding="utf-8") as handle:
        names = {row["country"] for row in csv.DictReader(handle)}
    # A name the table uses as it stands wins over one derived from another name, so
    # "South Korea" stays "South Korea" whatever order the names come in.
    spellings = {name: name for name in names}
    for name in sorted(names):
        for spelling in _other_spellings(name):
            spellings.setdefault(spelling, name)
    ordered = sorted(spellings, key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)", re.IGNORECASE),
                  spellings[spelling]) for spelling in ordered)


@cache
def _names_by_key() -> dict[str, str]:
    with bundled_tier_history().open(encoding="utf-8") as handle:
        names = {row["country"] for row in csv.DictReader(handle)}
    by_key = {country_key(spelling): name for name in names
              for spelling in _other_spellings(name)}
    return by_key | {country_key(name): name for name in names}


def known_country(name: str) -> str | None:
    """The tier table's name for a country however it is spelt ('south korea' -> 'Korea,
    South'), or None for a name it does not know."""
    return _names_by_key().get(country_key(name))


def country_names() -> list[str]:
    """Every country the tier table names, as it names them."""
    return sorted(set(_names_by_key().values()))


@cache
def _qualifiers() -> dict[str, list[tuple[str, str]]]:
    """Every way a text ties something to a country, by its first word: its name ("Spain's
    Guardia Civil", "the Government of Norway") or its adjective ("Italian Carabinieri"), as
    written or in capitals, longest first; each with the country it stands for."""
    with bundled_tier_history().open(encoding="utf-8") as handle:
        owners = {row["country"]: row["country"] for row in csv.DictReader(handle)}
    for name in list(owners):
        owners |= dict.fromkeys(_other_spellings(name), name)
    with bundled_demonyms().open(encoding="utf-8") as handle:
        owners.update({row["demonym"]: row["country"] for row in csv.DictReader(handle)})
    by_first: dict[str, list[tuple[str, str]]] = {}
    for written, name in owners.items():
        for form in (written, written.upper()):
            by_first.setdefault(form.split()[0], []).append((form, name))
    return {first: sorted(set(forms), key=lambda item: -len(item[0]))
            for first, forms in by_first.items()}


_CAPITALISED = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*")
_FIRST_WORD = re.compile(r"\w+")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name and adjective, folded as a text's words are."""
    return frozenset(_FIRST_WORD.match(fold(first)).group() for first in _qualifiers())


def countries_named(text: str, words: TextWords | None = None) -> list[tuple[int, int, str]]:
    """Each place a text names a country or its people: (start, end, country). Given the
    text's words, only the places where a name's first word stands are looked at."""
    forms = _qualifiers()
    found: list[tuple[int, int, str]] = []
    if words is None:
        capitalised = _CAPITALISED.finditer(text)
    else:
        starts = sorted(start for word in words.present & _first_words()
                        for start in words.positions(word))
        capitalised = filter(None, (_CAPITALISED.match(text, start) for start in starts))
    for word in capitalised:
        start = word.start()
        if found and start < found[-1][1]:
            continue  # "Korean" within "South Korean"
        bare = word.group().removesuffix("'s").removesuffix("’s")
        candidates = forms.get(bare) or forms.get(bare.rstrip(".'’-"), ())
        for form, name in candidates:
            end = start + len(form)
            if text.startswith(form, start) and (end == len(text) or not text[end].isalnum()):
                found.append((start, end, name))
                break
    return found


@cache
def _posts() -> dict[str, str]:
    with bundled_posts().open(encoding="utf-8") as handle:
        return {row["post"]: row["country"] for row in csv.DictReader(handle)}


def country_of_post(post: str | None) -> str | None:
    """The country of the embassy or consulate a cable came from; None for Washington, a
    mission to an international organisation, or a post not in the table."""
    place = re.sub(r"[^A-Z]", "", _POST_KIND.sub("", post or "").upper())
    return _posts().get(place)


# the same few names ("the Government of Ghana") are asked about again and again
@lru_cache(maxsize=4096)
def country_of_subject(subject: str | None) -> str | None:
    """The country a subject line names, if any."""
    for pattern, name in _patterns():
        if pattern.search(subject or ""):
            return name
    return None
