"""Who acts in a clause, and what a sentence says of its own time."""

import pytest

from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules


@pytest.fixture(scope="module")
def matcher():
    rule_set, problems = load_rules(bundled_rules())
    assert problems == []
    return Matcher(rule_set)


def vetoes(matcher, text, country=None):
    document = read_document([read_text(text, matcher.rule_set.topics, "answer")])
    return {hit.rule_id: hit.vetoed_by for hit in matcher.find(document, None, country).hits}


# Two countries' officers at one airport: which is the host decides who is another actor.
DUTCH_AND_GHANAIAN_OFFICERS = (
    "Officers of the Dutch police seconded to the airport identified 12 trafficking victims "
    "among arriving women; Ghanaian immigration officers took no part.")


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


def test_with_no_report_year_a_dated_episode_the_sentence_closes_is_history(matcher):
    text = "From 2002 to 2004 the labour ministry ran a refuge for trafficked girls in the port."
    assert vetoes(matcher, text)["shelter-operating"] == "historical"


def test_with_no_report_year_a_dated_event_the_sentence_leaves_open_is_not(matcher):
    text = "In 2004 the labour ministry opened a refuge for trafficked girls in the port."
    assert vetoes(matcher, text)["shelter-operating"] is None


def test_a_pronoun_after_a_semicolon_stands_for_the_actor_its_sentence_named(matcher):
    text = ("Rescued women are taken to a hostel run by the Baptist Union; it sheltered "
            "38 trafficking victims this year.")
    assert vetoes(matcher, text)["victims-sheltered"] == "non_government"


def test_another_countrys_police_are_another_actor_and_the_hosts_are_not(matcher):
    as_ghana = vetoes(matcher, DUTCH_AND_GHANAIAN_OFFICERS, "Ghana")
    as_netherlands = vetoes(matcher, DUTCH_AND_GHANAIAN_OFFICERS, "Netherlands")
    assert as_ghana["victims-identified"] == "non_government"
    assert as_netherlands["victims-identified"] is None


def test_with_no_host_known_the_country_a_body_is_tied_to_last_is_the_host(matcher):
    assert vetoes(matcher, DUTCH_AND_GHANAIAN_OFFICERS)["victims-identified"] == "non_government"


def test_with_no_subject_the_agent_of_a_participle_later_in_the_clause_acts(matcher):
    text = ("A national action plan against trafficking, drafted last year by consultants for "
            "the Danish International Development Agency, was presented to donors in May.")
    assert vetoes(matcher, text)["plan-adopted"] == "non_government"


def test_a_participle_agent_does_not_displace_a_subject_named_before_it(matcher):
    text = ("The Ministry of Social Welfare opened a shelter for trafficking victims referred "
            "by an NGO hotline in May.")
    assert vetoes(matcher, text)["shelter-operating"] is None


@pytest.mark.parametrize("text", [
    "Between 2003 and the fire of 2005 the welfare ministry ran a refuge for trafficked girls.",
    "The first refuge for trafficked girls, which the welfare ministry ran, covered 2003-2005.",
])
def test_with_no_report_year_a_span_of_years_that_has_run_is_history(matcher, text):
    assert vetoes(matcher, text)["shelter-operating"] == "historical"


@pytest.mark.parametrize(("text", "rule_id"), [
    ("For the 2003 Games the police and the labour ministry formed an anti-trafficking task "
     "force, which was wound up when they ended.", "body-exists"),
    ("The country's first trafficking conviction came in 2002, when a court sentenced a brothel "
     "owner to seven years.", "traffickers-pursued"),
    ("The Ruse refuge for trafficked women, which the welfare ministry opened in 2002, closed in "
     "2005 and the building was sold.", "shelter-closed"),
])
def test_with_no_report_year_what_has_since_ended_is_history(matcher, text, rule_id):
    assert vetoes(matcher, text)[rule_id] == "historical"


def test_a_body_abolished_with_no_word_of_when_it_ended_is_not_history(matcher):
    text = ("The post of national coordinator on trafficking, created in 2006, was abolished "
            "in July.")
    assert vetoes(matcher, text)["body-not-functioning"] is None


def test_who_a_clause_sharing_the_subject_before_it_names_is_its_object_not_its_actor(matcher):
    text = ("The Ministry of Labour drew up new inspection guidelines and trained NGO outreach "
            "workers and 40 labour inspectors in spotting forced labour.")
    assert vetoes(matcher, text)["screening-of-vulnerable-groups"] is None


@pytest.mark.parametrize(("text", "vetoed_by"), [
    ("According to La Strada, its outreach workers identified 25 trafficking victims among "
     "women deported from Turkey.", "non_government"),
    ("The Ministry of Social Welfare runs a shelter in Chisinau, and its social workers "
     "identified 25 trafficking victims among deportees.", None),
])
def test_whose_workers_a_clause_opens_on_is_who_acts(matcher, text, vetoed_by):
    assert vetoes(matcher, text)["victims-identified"] == vetoed_by


@pytest.mark.parametrize(("text", "rule_id", "vetoed_by"), [
    ("Counselling and vocational training for returned trafficking victims are provided by "
     "Different and Equal, an NGO financed by British and Dutch donors.",
     "victim-care-given", "non_government"),
    ("Police refer rescued girls to the NGO Maiti Nepal. Maiti Nepal sheltered 212 trafficking "
     "victims in its Kathmandu home this year.", "victims-sheltered", "non_government"),
    ("The Ministry of Labour, a long-time partner of IOM, trained 40 labour inspectors on "
     "trafficking.", "officials-trained", None),
])
def test_a_name_the_document_calls_an_ngo_is_an_ngo_wherever_it_stands(
        matcher, text, rule_id, vetoed_by):
    assert vetoes(matcher, text)[rule_id] == vetoed_by
