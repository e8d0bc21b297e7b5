"""Cables -> submissions: the cables of one country for one report year, read together.

A draft assesses one country in one report year. `score`, `gaps` and `batch` all place and
group cables here, so the same cables give the same draft whichever command reads them.

A cable's country is the one its subject names, else its post's, else the one its text
names plainly most (other than the United States, which every cable names), else the one
its file name names. Its report year is the June report its date feeds, else the year of a Cablegate
id ("08MEXICO722": 2008; posts answer the tasker early in the year of the report). A
message from the Department to all posts (the annual tasker) is no country's submission.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TypeVar

from tvpa_scorer.cables.countries import countries_named, country_of_post, country_of_subject
from tvpa_scorer.cables.model import Document, Header
from tvpa_scorer.kit.problems import Problem, warning

# Posts answer the tasker from December to March for the report published in June; a cable
# from the second half of the year feeds the next year's report.
_LAST_MONTH_FOR_THIS_YEAR = 6
_EVERY_CABLE_NAMES = "United States"
_PLAINLY = 3  # mentions that make a country the text's own
# "08MEXICO722", "08MEXICO_LAGON_VISIT", "10STATE12345": the year and the post of a
# Cablegate id, as file names keep them.
_CABLEGATE_ID = re.compile(r"(\d\d)([A-Z]+?)(?:\d+)?(?:_|$)")
_DEPARTMENT = re.compile(r"\d\dSTATE\d+$|SECSTATE|Secretary of State", re.IGNORECASE)
# The annual tasker goes to every post: "This is an action message for all posts", "TO ALL
# DIPLOMATIC AND CONSULAR POSTS"; tagged XX, the tag of no country.
_ALL_POSTS = re.compile(r"\ball\s+(?:diplomatic\s+and\s+consular\s+)?posts\b", re.IGNORECASE)
_ALL_POSTS_TAG = "XX"
_OPENING = 4000  # characters of a message read for whom it is addressed to
# Cablegate's ids run from 1966 to 2010: "66" is 1966, "08" is 2008.
_CENTURY_TURNS = 50
# Which way of finding a country to trust first when the cables of one document disagree.
_COUNTRY_SOURCES = ("subject", "post", "text", "file name")

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Placement:
    """Which country and report year a cable speaks to, and how that was found."""

    country: str | None
    report_year: int | None
    country_from: str  # "subject", "post", "text", "file name" or "" when unknown
    year_from: str  # "date", "file name" or ""
    to_all_posts: bool = False  # a message from the Department to every post


@dataclass(frozen=True, slots=True)
class Group:
    """Items (cables, or paths) of one country and report year, in the order given."""

    country: str | None
    report_year: int | None
    items: tuple


def report_year_of(date: datetime.date | None) -> int | None:
    """The June report a cable of this date feeds."""
    if date is None:
        return None
    return date.year + (0 if date.month <= _LAST_MONTH_FOR_THIS_YEAR else 1)


def place(header: Header, text: str, path: str) -> Placement:
    """Where a cable belongs, from its header, else its text, else its file name."""
    country, country_from = _country(header, text, path)
    year, year_from = _year(header, path)
    to_all_posts = country is None and _from_the_department(header, path) \
        and (_ALL_POSTS_TAG in header.tags or _ALL_POSTS.search(text, 0, _OPENING) is not None)
    return Placement(country, year, country_from, year_from, to_all_posts)


def not_a_submission(path: str) -> Problem:
    """The note that skips a message to all posts: it asks the questions, it answers none."""
    return warning(path, "a message from the Department to all posts (a tasker), not a "
                         "country's submission: skipped", "not-a-submission")


def group(placed: Iterable[tuple[Item, Placement]]) -> list[Group]:
    """The items by country, then report year; the items of unknown country last.

    An item whose year is unknown joins its country's group when the country has only one
    year among the items; an item of unknown country stands alone."""
    by_country: dict[str, dict[int | None, list]] = defaultdict(lambda: defaultdict(list))
    alone = []
    for item, placement in placed:
        if placement.country is None:
            alone.append(Group(None, placement.report_year, (item,)))
        else:
            by_country[placement.country][placement.report_year].append(item)
    groups = []
    for country, years in sorted(by_country.items()):
        undated = years.pop(None, [])
        if undated and len(years) == 1:
            next(iter(years.values())).extend(undated)
        elif undated:
            years[None] = undated
        groups += [Group(country, year, tuple(items)) for year, items in
                   sorted(years.items(), key=lambda entry: entry[0] or 0)]
    return groups + alone


def document_placement(document: Document) -> tuple[str | None, int | None]:
    """The country and report year of cables read together: the country found the surest
    way (a subject before a post, a post before the text), the latest year."""
    placements = [place(cable.header, cable.text, cable.path) for cable in document.cables]
    countries = sorted((_COUNTRY_SOURCES.index(placement.country_from), index, placement.country)
                       for index, placement in enumerate(placements) if placement.country)
    years = [placement.report_year for placement in placements if placement.report_year]
    return (countries[0][2] if countries else None), (max(years) if years else None)


def _country(header: Header, text: str, path: str) -> tuple[str | None, str]:
    tries: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("subject", lambda: country_of_subject(header.subject)),
        ("post", lambda: country_of_post(header.post)),
        ("text", lambda: _country_of_text(text)),
        ("file name", lambda: _country_of_file_name(path)),
    )
    return next(((found, source) for source, find in tries if (found := find())), (None, ""))


def _country_of_text(text: str) -> str | None:
    """The country the text names most, when it plainly does: three times at least, and
    twice as often as any other. A paragraph on a foreign police force at work in the host
    country ("officers of the Australian Federal Police ran seminars on Australia's law; the
    Philippine National Police did not take part") names the visitor more, and says nothing
    of which country the cable reports on."""
    named = Counter(name for _, _, name in countries_named(text) if name != _EVERY_CABLE_NAMES)
    ranked = named.most_common(2)
    runner_up = ranked[1][1] if len(ranked) == 2 else 0
    if not ranked or ranked[0][1] < _PLAINLY or ranked[0][1] < 2 * runner_up:
        return None
    return ranked[0][0]


def _country_of_file_name(path: str) -> str | None:
    stem = PurePath(path).stem
    cablegate = _CABLEGATE_ID.match(stem)
    if cablegate and (post := country_of_post(cablegate.group(2))):
        return post
    return country_of_subject(re.sub(r"[\W_\d]+", " ", stem).upper())


def _year(header: Header, path: str) -> tuple[int | None, str]:
    if header.date is not None:
        return report_year_of(header.date), "date"
    cablegate = _CABLEGATE_ID.match(PurePath(path).stem)
    if cablegate:
        two_digits = int(cablegate.group(1))
        return two_digits + (2000 if two_digits < _CENTURY_TURNS else 1900), "file name"
    return None, ""


def _from_the_department(header: Header, path: str) -> bool:
    return any(_DEPARTMENT.search(value or "") for value in (header.cable_id, header.post,
                                                              PurePath(path).stem))

