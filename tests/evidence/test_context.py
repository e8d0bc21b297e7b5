"""Who acts in a clause, and what a sentence says of its own time."""

import pytest

from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules


@pytest.fixture(scope="module")
def matcher():
    rule_set, problems = load_rules(bundled_rules())
    assert problems == []
    return Matcher(rule_set)


def vetoes(matcher, text):
    document = read_document([read_text(text, matcher.rule_set.topics, "answer")])
    return {hit.rule_id: hit.vetoed_by for hit in matcher.find(document, None).hits}


def test_a_clause_naming_no_actor_asks_the_clause_its_antecedent_hangs_from(matcher):
    text = ("Outreach workers of La Strada approached 600 women and identified 19 victims, "
            "whom they then referred to the police.")
    assert vetoes(matcher, text)["referral-to-care"] == "non_government"


def test_a_sentence_that_places_itself_before_the_reporting_period_is_history(matcher):
    text = "The ministry opened a safe house for trafficked women well before the reporting period."
    assert vetoes(matcher, text)["shelter-operating"] == "historical"


def test_what_still_goes_on_is_not_history_however_early_it_began(matcher):
    text = ("The ministry's shelter for trafficked women, opened well before the reporting "
            "period, still takes in victims.")
    assert vetoes(matcher, text)["shelter-operating"] is None
