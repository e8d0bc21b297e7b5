"""The lexicon's automaton: whole words, any case, across line breaks and hyphens."""

import re

from hypothesis import given
from hypothesis import strategies as st

from tvpa_scorer.evidence.lexicon import ConceptFinder, ConceptMention
from tvpa_scorer.kit.problems import Location
from tvpa_scorer.rules.model import Concept, Lexicon, Term

HERE = Location("lexicon.yml", 1, 1)


def finder(**concepts: tuple[str, list[str]]) -> ConceptFinder:
    return ConceptFinder(Lexicon({name: Concept(name, pos, tuple(Term(term, HERE)
                                                                 for term in terms), HERE)
                                  for name, (pos, terms) in concepts.items()}))


def found(text: str, **concepts) -> list[tuple[str, str]]:
    return [(mention.concept_id, text[mention.start:mention.end])
            for mention in finder(**concepts).find(text)]


def test_terms_are_found_in_their_inflections_across_line_breaks_and_hyphens():
    text = "The  Kampong Cham reception\ncenter, which housed 17 women; two SAFE-HOUSES."
    assert found(text, shelter=("noun", ["reception centre", "safe house"]),
                 accommodate=("verb", ["house"])) == [
        ("shelter", "reception\ncenter"), ("accommodate", "housed"),
        ("shelter", "SAFE-HOUSES")]


def test_the_longest_term_wins_where_terms_overlap():
    assert found("a safe house", shelter=("noun", ["safe house"]),
                 accommodate=("verb", ["house"])) == [("shelter", "safe house")]


def test_a_term_of_another_concept_ahead_of_the_longer_terms_head_still_counts():
    assert found("the anti-trafficking programme",
                 plan=("noun", ["anti-trafficking programme"]),
                 trafficking=("noun", ["anti-trafficking"])) == [
        ("plan", "anti-trafficking programme"), ("trafficking", "anti-trafficking")]


def test_a_term_of_the_same_concept_inside_a_longer_one_does_not_count_twice():
    assert found("trafficking in persons",
                 trafficking=("noun", ["trafficking in persons", "trafficking"])) == [
        ("trafficking", "trafficking in persons")]


def test_a_term_inside_a_longer_word_is_not_found():
    assert found("The warehouse and the housekeeper", accommodate=("verb", ["house"])) == []


def test_mentions_are_spans_of_the_text_given():
    assert finder(shelter=("noun", ["shelter"])).find("No shelters.") == [
        ConceptMention("shelter", 3, 11)]


@given(st.lists(st.sampled_from(["safe", "house", " ", "  ", "\n", "-", "–", "the", "x"]),
                max_size=30))
def test_every_mention_spans_the_words_of_its_term_however_the_text_is_spaced(pieces):
    text = "".join(pieces)
    for mention in finder(shelter=("noun", ["safe house"])).find(text):
        words = re.split(r"[\s\-–]+", text[mention.start:mention.end].lower())
        assert words == ["safe", "house"]
