"""A draft is one country in one report year: cables are placed and grouped alike everywhere."""

from __future__ import annotations

import datetime
import textwrap

import pytest

from tests.support import SAMPLES
from tvpa_scorer.cables.grouping import Placement, group, place, report_year_of
from tvpa_scorer.cables.model import Header
from tvpa_scorer.cables.read import read_cable_header
from tvpa_scorer.kit.sources import read_source


def _header(cable_id="TEXT", date=None, post=None, subject=None, tags=()):
    return Header(cable_id, "file name", date, None, post, subject, tags, (), None, None)


def _placed(path):
    source = read_source(str(path))
    return place(read_cable_header(source), source.text, str(path))


@pytest.mark.parametrize(("date", "year"), [
    (datetime.date(2008, 3, 11), 2008),   # answering the tasker for June's report
    (datetime.date(2004, 12, 6), 2005),   # late in the year: next June's report
    (datetime.date(2009, 6, 30), 2009)])
def test_a_cable_feeds_the_june_report_its_date_falls_before(date, year):
    assert report_year_of(date) == year


def test_the_subject_names_the_country_before_the_post_does():
    header = _header(date=datetime.date(2005, 3, 1), post="Embassy Harare",
                     subject="ZIMBABWE ANTI-TRAFFICKING IN PERSONS REPORT 2004")
    assert place(header, "", "05HARARE339.txt") == Placement("Zimbabwe", 2005, "subject", "date")


def test_a_post_names_the_country_when_the_subject_does_not():
    header = _header(date=datetime.date(2006, 2, 1), post="Asuncion")
    assert place(header, "", "x.txt") == Placement("Paraguay", 2006, "post", "date")


def test_without_a_header_the_country_the_text_plainly_names_most_is_the_cable_s():
    text = ("Mexico continues to take steps against trafficking. The Mexican government "
            "opened a shelter in Tijuana, and Mexico's police trained 40 officers; U.S. "
            "officials and one Guatemalan NGO helped.")
    assert place(_header(), text, "notes.txt") == Placement("Mexico", None, "text", "")


@pytest.mark.parametrize("text", [
    "Dutch police questioned young women; Ghanaian officers took no part.",
    "The Mexican government opened a shelter, and Mexico's police trained officers.",
    "Officers of the Australian Federal Police ran seminars in Angeles City on Australia's law "
    "and Australian penalties; the Philippine National Police and Philippine prosecutors did "
    "not take part.",
    "U.S. officials met the United States delegation in the United States."])
def test_a_text_that_names_no_country_plainly_places_nothing(text):
    assert place(_header(), text, "notes.txt").country is None


def test_a_file_name_in_the_manner_of_a_cable_id_gives_post_and_year():
    assert place(_header(), "A visit.", "08MEXICO_LAGON_VISIT.txt") == \
        Placement("Mexico", 2008, "file name", "file name")


def test_a_file_name_naming_a_country_gives_it():
    placed = place(_header(), "", "SCOOP_WL0512_S00795_ECUADOR_FOCUSED_ON_TIP.txt")
    assert (placed.country, placed.country_from) == ("Ecuador", "file name")


def test_the_annual_tasker_to_all_posts_is_no_country_s_submission():
    assert _placed(SAMPLES / "taskers" / "08STATE2731.txt").to_all_posts


def test_a_department_cable_about_one_country_is_that_country_s():
    placed = _placed(SAMPLES / "09STATE87525.txt")
    assert (placed.country, placed.report_year, placed.to_all_posts) == ("Cambodia", 2010, False)


def test_a_message_to_all_posts_from_an_embassy_is_still_its_country_s():
    text = textwrap.dedent("""\
        Please share with all posts in the region.
        1. Ghana's government opened two shelters; Ghana also trained police, and Ghanaian
        labour inspectors visited farms.""")
    placed = place(_header(post="Embassy Accra", tags=("XX",)), text, "08ACCRA1.txt")
    assert (placed.country, placed.to_all_posts) == ("Ghana", False)


def _at(country, year, source="subject"):
    return Placement(country, year, source if country else "", "date" if year else "")


def test_cables_group_by_country_then_year_and_an_undated_cable_joins_its_country_s_one_year():
    groups = group([("mexico-a", _at("Mexico", 2008)), ("zimbabwe", _at("Zimbabwe", 2005)),
                    ("mexico-narrative", _at("Mexico", None, "text")),
                    ("zimbabwe-2008", _at("Zimbabwe", 2008)), ("weather", _at(None, None))])
    assert [(found.country, found.report_year, found.items) for found in groups] == [
        ("Mexico", 2008, ("mexico-a", "mexico-narrative")),
        ("Zimbabwe", 2005, ("zimbabwe",)), ("Zimbabwe", 2008, ("zimbabwe-2008",)),
        (None, None, ("weather",))]


def test_an_undated_cable_of_a_country_with_two_years_stands_apart():
    groups = group([("a", _at("Peru", 2006)), ("b", _at("Peru", 2007)),
                    ("undated", _at("Peru", None))])
    assert [(found.report_year, found.items) for found in groups] == [
        (None, ("undated",)), (2006, ("a",)), (2007, ("b",))]


def test_cables_of_unknown_country_never_pool():
    groups = group([("one", _at(None, 2008)), ("two", _at(None, 2008))])
    assert [found.items for found in groups] == [("one",), ("two",)]
