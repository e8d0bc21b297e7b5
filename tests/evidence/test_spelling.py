"""A lexicon term -> the forms a cable writes it in."""

from tvpa_scorer.evidence.spelling import spellings, term_forms


def test_a_noun_phrase_inflects_its_last_word_in_both_spellings():
    assert term_forms("reception centre", "noun") == {
        "reception centre", "reception centres", "reception center", "reception centers"}


def test_a_verb_phrase_inflects_its_first_word():
    assert term_forms("set up", "verb") == {"set up", "sets up", "setting up"}


def test_a_verb_the_tables_lack_is_inflected_by_rule_and_spelled_both_ways():
    assert term_forms("criminalize", "verb") == {
        "criminalize", "criminalizes", "criminalized", "criminalizing",
        "criminalise", "criminalises", "criminalised", "criminalising"}


def test_an_exact_term_keeps_its_form():
    assert term_forms("=in force", "any") == {"in force"}


def test_british_spellings_give_the_american_ones():
    assert spellings("labour inspectors counselled under the programme") == {
        "labour inspectors counselled under the programme",
        "labor inspectors counselled under the programme",
        "labour inspectors counseled under the programme",
        "labour inspectors counselled under the program",
        "labor inspectors counseled under the programme",
        "labor inspectors counselled under the program",
        "labour inspectors counseled under the program",
        "labor inspectors counseled under the program"}
