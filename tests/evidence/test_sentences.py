"""Sentence splitting: the unit evidence is quoted by."""

import pytest

from tvpa_scorer.evidence.sentences import split_sentences


def sentences_of(text: str) -> list[str]:
    found = split_sentences(text)
    return [found.text_of(index) for index in range(len(found.spans))]


@pytest.mark.parametrize(("text", "expected"), [
    ("See 28C.  The NGO placed posters.", ["See 28C.", "The NGO placed posters."]),
    ("As noted in 27A. Police opened 12 cases.", ["As noted in 27A.", "Police opened 12 cases."]),
    ("Under Secretary Mark P. Lagon visited.", ["Under Secretary Mark P. Lagon visited."]),
    ("Victims went to the U.S. The GOM is working on it.",
     ["Victims went to the U.S.", "The GOM is working on it."]),
    ("Article 5 (No. 12) applies. It took effect.",
     ["Article 5 (No. 12) applies.", "It took effect."]),
])
def test_a_sentence_ends_at_a_full_stop_but_not_after_an_initial_or_abbreviation(text, expected):
    assert sentences_of(text) == expected
