import pytest

from tvpa_scorer.cables.units import Opening, match_unit_start, starts_unit


@pytest.mark.parametrize(("text", "opening", "key", "paragraph", "tasker", "marking"), [
    ("27. (SBU) QUESTION E: For countries", Opening.QUESTION, "E", 27, None, "SBU"),
    ("Question F: Does the government", Opening.QUESTION, "F", None, None, None),
    ("139. (U) (27/F) Government officials", Opening.TASKER_PAIR, "F", 139, 27, "U"),
    ("-- 27 A. (SBU) Zimbabwe is", Opening.TASKER_LETTER, "A", None, 27, "SBU"),
    ("18A. The Philippines", Opening.TASKER_LETTER, "A", None, 18, None),
    ("-- A. There continued", Opening.DASH_LETTER, "A", None, None, None),
    ("--J. The government", Opening.DASH_LETTER, "J", None, None, None),
    ("B. (SBU) Victims are", Opening.BARE_LETTER, "B", None, None, "SBU"),
    ("¶1. Overview of a Country's", Opening.PARAGRAPH, None, 1, None, None),
    ("12. (C) Police said", Opening.PARAGRAPH, None, 12, None, "C"),
])
def test_each_answer_style_is_recognised(text, opening, key, paragraph, tasker, marking):
    start = match_unit_start(text)
    assert (start.opening, start.key, start.paragraph, start.tasker_paragraph,
            start.marking) == (opening, key, paragraph, tasker, marking)


@pytest.mark.parametrize("text", [
    "The government opened", "2008.", "5,700 people", "-- For 2008 CNDH", "11.", "A) STATE 03836",
])
def test_ordinary_text_opens_nothing_unconditionally(text):
    assert starts_unit(text) is False
