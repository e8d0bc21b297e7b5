"""Figures are written the TIP Report way: one to nine in words, 10 and above in numerals."""

from __future__ import annotations

import pytest

from tvpa_scorer.reports.figures import amount_words, count_words, fill_figure
from tvpa_scorer.reports.phrasebook import phrasebook


@pytest.mark.parametrize(("value", "words"), [
    (1, "one"), (9, "nine"), (10, "10"), (14, "14"), (1200, "1,200"), (50000, "50,000"),
    (2.5, "2.5")])
def test_counts_below_ten_are_spelled_out_and_larger_ones_are_numerals(value, words):
    assert count_words(value) == words


@pytest.mark.parametrize(("value", "unit", "words"), [
    (7_000_000, "USD", "$7 million"), (1_500_000, "US$", "$1.5 million"),
    (250_000, "USD", "$250,000"), (3_000_000_000, "USD", "$3 billion"),
    (1200, "euros", "1,200 euros"), (2_000_000, "pesos", "2 million pesos")])
def test_sums_of_money_are_in_dollars_where_the_cables_give_dollars(value, unit, words):
    assert amount_words(value, unit) == words


@pytest.mark.parametrize(("kind", "value", "said"), [
    ("convictions", 1, "convicted one trafficker"),
    ("prosecutions", 9, "prosecuted nine suspects"),
    ("investigations", 14, "investigated 14 trafficking cases"),
    ("victims_identified", 1200, "identified 1,200 trafficking victims"),
    ("shelters", 1, "operated one shelter for trafficking victims")])
def test_the_phrasebook_says_each_figure_with_its_count_and_number(kind, value, said):
    wording = phrasebook().figures[kind].done.for_year(2008)
    assert fill_figure(wording, value, kind) == said


def test_a_planned_figure_is_said_as_what_was_to_be_done():
    wording = phrasebook().figures["shelters"].planned
    assert fill_figure(wording.for_year(2008), 2, "shelters") == \
        "open two shelters for trafficking victims"
