"""Inputs -> documents: one per cable or all as one, streamed; or one per submission, a
country's cables for one report year. Problems come as they are found.

An unreadable input is reported and skipped; it never ends the run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tvpa_scorer.cables import Cable, Document, TopicVocabulary, read_cable, read_document
from tvpa_scorer.cables.countries import country_key
from tvpa_scorer.cables.grouping import Placement, group, not_a_submission, place
from tvpa_scorer.kit.problems import InputError, Problem, warning
from tvpa_scorer.kit.progress import with_progress
from tvpa_scorer.kit.sources import expand_inputs, read_source


def read_documents(arguments: Iterable[str], vocabulary: TopicVocabulary, max_size: int,
                   join: bool) -> Iterator[Document | Problem]:
    """Yield a Document per cable (or one for all with `join`) and a Problem per bad input."""
    cables = []
    for item in read_cables(arguments, vocabulary, max_size):
        if isinstance(item, Problem):
            yield item
            continue
        yield from cable_warnings(item)
        if join:
            cables.append(item)
        else:
            yield read_document([item])
    if join and cables:
        yield read_document(cables)


def read_cables(arguments: Iterable[str], vocabulary: TopicVocabulary, max_size: int
                ) -> Iterator[Cable | Problem]:
    """Each cable the arguments name, read, or the problem that stopped it."""
    paths = list(expand_inputs(arguments))
    for path in with_progress(paths, "Reading cables"):
        if isinstance(path, Problem):
            yield path
            continue
        try:
            yield read_cable(read_source(path, max_size), vocabulary)
        except InputError as exc:
            yield exc.problem


@dataclass(frozen=True, slots=True)
class Submission:
    """The cables of one country for one report year, read together."""

    country: str | None
    report_year: int | None
    document: Document
    placements: tuple[tuple[str, Placement], ...] = ()  # each cable's path, and where it goes

    @property
    def name(self) -> str:
        return f"{self.country or 'unknown country'} {self.report_year or 'unknown year'}"

    def how_placed(self) -> str:
        """One line on how each cable came to this country-year, for --verbose."""
        said = [f"{path} ({placement.country_from or 'no'} country"
                f"{', ' + placement.year_from if placement.year_from else ', no'} year)"
                for path, placement in self.placements]
        return f"{self.name}: {'; '.join(said)}"


def submissions_of(cables: Iterable[Cable], country: str | None = None, year: int | None = None
                   ) -> tuple[list[Submission], list[Problem]]:
    """Cables grouped by country and report year (cables/grouping.py), and what was noticed.

    A country given takes the cables of unknown country and leaves out those of another;
    a year given is every cable's, with a warning where a cable's date says otherwise."""
    placed, problems, found = [], [], {}
    for cable in cables:
        placement = found[cable.path] = place(cable.header, cable.text, cable.path)
        problem = _left_out(cable, placement, country, year)
        if problem is not None:
            problems.append(problem)
        if problem is None or problem.code == "other-year":
            problems += cable_warnings(cable)
            placed.append((cable, dataclasses.replace(
                placement, country=country or placement.country,
                report_year=year or placement.report_year)))
    submissions = [Submission(group_of.country, group_of.report_year,
                              read_document(group_of.items),
                              tuple((cable.path, found[cable.path]) for cable in group_of.items))
                   for group_of in group(placed)]
    return submissions, problems


def _left_out(cable: Cable, placement: Placement, country: str | None, year: int | None
              ) -> Problem | None:
    """Why a cable is left out of what the user asked for, or drafted against its date."""
    if placement.to_all_posts:
        return not_a_submission(cable.path)
    if country and placement.country and country_key(placement.country) != country_key(country):
        return warning(cable.path, f"a cable of {placement.country}, not of {country}: left out",
                       "other-country")
    if year and placement.report_year and placement.report_year != year:
        return warning(cable.path, f"its date makes it part of the {placement.report_year} "
                                   f"report; drafted for {year}, as --year says", "other-year")
    return None


def cable_warnings(cable: Cable) -> Iterator[Problem]:
    """What a reader should know about a cable that was read: encoding, truncation."""
    if cable.encoding not in ("utf-8", "ascii"):
        yield warning(cable.path, f"not valid UTF-8; read as {cable.encoding}", "encoding")
    if cable.truncated:
        yield warning(cable.path, f"looks truncated: {cable.truncation}", "truncated")
