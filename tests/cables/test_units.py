import pytest

from tvpa_scorer.cables.units import Opening, key_letters, match_unit_start, starts_unit


@pytest.mark.parametrize(("text", "opening", "key", "paragraph", "tasker", "marking"), [
    ("27. (SBU) QUESTION E: For countries", Opening.QUESTION, "E", 27, None, "SBU"),
    ("Question F: Does the government", Opening.QUESTION, "F", None, None, None),
    ("139. (U) (27/F) Government officials", Opening.TASKER_PAIR, "F", 139, 27, "U"),
    ("-- 27 A. (SBU) Zimbabwe is", Opening.TASKER_LETTER, "A", None, 27, "SBU"),
    ("18A. The Philippines", Opening.TASKER_LETTER, "A", None, 18, None),
    ("-- A. There continued", Opening.DASH_LETTER, "A", None, None, None),
    ("--J. The government", Opening.DASH_LETTER, "J", None, None, None),
    ("B. (SBU) Victims are", Opening.BARE_LETTER, "B", None, None, "SBU"),
    ("20A-B.  (SBU)  Costa Rica does not", Opening.TASKER_LETTER, "A-B", None, 20, "SBU"),
    ("-- E. - F.  See 3.D.", Opening.DASH_LETTER, "E-F", None, None, None),
    ("-- J.-K. See 1.I.", Opening.DASH_LETTER, "J-K", None, None, None),
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


@pytest.mark.parametrize(("key", "letters"), [
    ("E-F", ("E", "F")), ("J-L", ("J", "K", "L")), ("B", ("B",)), ("12", ("12",)),
])
def test_a_combined_key_answers_every_letter_in_its_range(key, letters):
    assert key_letters(key) == letters


@pytest.mark.parametrize(("text", "section", "key"), [
    ("PROSECUTION A. The penal code", "PROSECUTION", "A"),
    ("Overview B: The government", "Overview", "B"),
    ("TIP SITUATION A.  (SBU)  Ghana is", "TIP SITUATION", "A"),
    ("-- Protection C-D. See above.", "Protection", "C-D"),
])
def test_a_section_name_before_a_letter_keys_the_answer(text, section, key):
    start = match_unit_start(text)
    assert (start.opening, start.section_name, start.key) == (Opening.SECTION_LETTER, section,
                                                              key)


def test_a_section_name_in_a_sentence_opens_nothing():
    assert starts_unit("Prevention is the weakest of the three areas.") is False
