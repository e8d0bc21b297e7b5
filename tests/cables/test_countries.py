"""A cable's country: named in its subject, else the country of the post that sent it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tvpa_scorer.cables.countries import countries_named, country_of_post, country_of_subject
from tvpa_scorer.kit.patterns import words_of


@pytest.mark.parametrize(("post", "country"), [
    ("Embassy Harare", "Zimbabwe"),
    ("Harare", "Zimbabwe"),                      # from a cable id such as 04HARARE1970
    ("Consulate Ciudad Juarez", "Mexico"),       # a consulate reports on its host country
    ("Embassy Port Au Prince", "Haiti"),         # spelled with spaces, matched as in cable ids
    ("American Institute in Taiwan, Taipei", "Taiwan"),
    ("Secretary of State", None),                # Washington writes about every country
    ("Mission Geneva", None),                    # a mission to international organisations
    ("Embassy Atlantis", None),
    (None, None),
])
def test_country_of_post(post, country):
    assert country_of_post(post) == country


@pytest.mark.parametrize(("subject", "country"), [
    ("TRAFFICKING IN PERSONS REPORT (TIP) - ZIMBABWE", "Zimbabwe"),
    ("PAPUA NEW GUINEA: TIP REPORT", "Papua New Guinea"),  # the longest name wins over Guinea
    ("SOUTH KOREA: 2008 TIP REPORT", "South Korea"),       # as the table spells it, every run
    ("KOREA, SOUTH: 2008 TIP REPORT", "Korea, South"),
    ("HARARE UPDATE ON INTERIM ASSESSMENT", None),
])
def test_country_of_subject(subject, country):
    assert country_of_subject(subject) == country


def test_countries_are_named_by_name_adjective_or_capitals():
    text = "Spain's Guardia Civil and ITALIAN CARABINIERI met Sri Lankan and U.S. officials."
    assert [(text[start:end], country) for start, end, country in countries_named(text)] == [
        ("Spain", "Spain"), ("ITALIAN", "Italy"), ("Sri Lankan", "Sri Lanka"),
        ("U.S.", "United States")]


def test_a_longer_name_is_read_whole():
    text = "South Korean prosecutors and the Papua New Guinea police"
    assert [country for _, _, country in countries_named(text)] == ["South Korea",
                                                                   "Papua New Guinea"]


_WORDS = ["Italian", "ITALIAN", "Korean", "South", "Korea's", "U.S.", "Anglo-French", "French",
          "the", "police", "O'Brien", "Niger", "Nigeria", "Côte", "d'Ivoire", "GUINEA", "Papua",
          "New", "Guinea-Bissau", "embassy", "-", ",", "(", "'"]


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from([" ", "  ", "\n"]))
def test_looking_only_where_a_first_word_stands_finds_what_reading_every_word_finds(
        words, space):
    text = space.join(words)
    assert countries_named(text, words_of(text)) == countries_named(text)
