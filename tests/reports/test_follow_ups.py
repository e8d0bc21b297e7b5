"""The follow-up questions for post: once each, under the criterion they serve, ranked."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from tests.support import SAMPLES, assessment_with
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.cables import read_cable, read_document, read_text
from tvpa_scorer.evidence.match import POINTER_RULE
from tvpa_scorer.kit.sources import read_source
from tvpa_scorer.reports.follow_ups import ASKED_FIRST, URGENCY, Specificity, ask_post
from tvpa_scorer.reports.gaps import GapKind, GapReview, review_gaps
from tvpa_scorer.rules.model import Question

DEMAND_QUESTION = ("For all posts: As part of a new criteria added to the TVPA's minimum "
                   "standards by the 2005 TVPRA, what measures has the government taken during "
                   "the reporting period to reduce the demand for commercial sex acts?")
SHELTER_POINTER = textwrap.dedent("""\
    PROTECTION:

    12. (U) QUESTION G: Does the government encourage victims to assist in the investigation
    and prosecution of trafficking?

    POST RESPONSE: Police encourage victims to testify, and 14 victims testified in court.

    13. (U) QUESTION H: Does the government provide shelter to victims of trafficking? How
    many victims were sheltered?

    POST RESPONSE: See paragraph 12.
    """)
CHILD_SOLDIERS = ("1. (U) UNICEF reported that the army recruited 300 children under 18 as "
                  "child soldiers during the year.\n")


def _review(matcher, cables, year=None) -> GapReview:
    document = read_document(cables)
    return review_gaps(assess(document, matcher, report_year=year), document)


def _samples(vocabulary, *names):
    return [read_cable(read_source(str(SAMPLES / name)), vocabulary) for name in names]


def _asked(review: GapReview, criterion_id: str) -> list[str]:
    return [item.question for item in review.checklist if item.criterion_id == criterion_id]


def _question(rule_set, criterion_id: str, words: str) -> str:
    criterion = next(item for item in rule_set.criteria if item.criterion_id == criterion_id)
    return next(question.text for question in criterion.questions if words in question.text)


@pytest.fixture(scope="module")
def mexico(matcher, vocabulary) -> GapReview:
    return _review(matcher, _samples(vocabulary, "08MEXICO722.txt", "08MEXICO_LAGON_VISIT.txt"))


def test_an_answer_that_only_cross_refers_is_asked_once_under_its_own_question(mexico):
    pointed = [(item.criterion_id, item.question, item.specificity, item.passage.citation)
               for item in mexico.checklist if item.passage is not None]
    assert pointed == [("demand_reduction", "08MEXICO722 ¶40 Q.G answers only 'See question 34 "
                        f"and 35': please answer directly: {DEMAND_QUESTION}",
                        Specificity.PASSAGE, "08MEXICO722 ¶40 Q.G")]


def test_the_cross_reference_gap_stands_under_that_criterion_alone(mexico):
    reached = {finding.criterion.criterion_id for finding in mexico.findings
               if any(hit.rule_id == POINTER_RULE for hit in finding.rejected)}
    listed = {criterion_id for criterion_id, gaps in mexico.gaps.items()
              if any(gap.kind is GapKind.CROSS_REFERENCE_ONLY for gap in gaps)}
    assert (sorted(reached), listed) == (
        ["appreciable_progress", "demand_reduction", "prevention_awareness"],
        {"demand_reduction"})


def test_a_pointer_every_protection_criterion_receives_is_asked_under_shelters(
        matcher, vocabulary):
    review = _review(matcher, [read_text(SHELTER_POINTER, vocabulary, "cable")], 2008)
    reached = {finding.criterion.criterion_id for finding in review.findings
               if any(hit.rule_id == POINTER_RULE for hit in finding.rejected)}
    assert {"shelters", "victim_protection"} <= reached
    assert [(item.criterion_id, item.question) for item in review.checklist
            if item.passage is not None] == [
        ("shelters", "cable ¶13 Q.H answers only 'See paragraph 12': please answer directly: "
                     "Does the government provide shelter to victims of trafficking? How many "
                     "victims were sheltered?")]


def test_a_question_two_criteria_share_is_asked_once_under_the_more_urgent(rule_set,
                                                                           vocabulary):
    assessment = assessment_with(rule_set, 2008, {"shelters": Status.NOT_MET},
                                 Status.PARTIAL)
    shared = "How many victims  did the government\nshelter?"
    findings = sorted((dataclasses.replace(finding, criterion=dataclasses.replace(
        finding.criterion, questions=(Question(shared),)))
        if finding.criterion.criterion_id in ("shelters", "victim_protection") else finding
        for finding in assessment.findings if finding.status is not Status.MET),
        key=lambda finding: URGENCY[finding.status])
    document = read_document([read_text("1. (U) Nothing to report.\n", vocabulary, "cable")])
    checklist = ask_post(findings, {}, document)
    assert [(item.criterion_id, item.question) for item in checklist.questions
            if "shelter?" in item.question] == [
        ("shelters", "How many victims did the government shelter?")]


def test_every_question_stands_under_its_criterion_numbered_as_shown(mexico, rule_set):
    criteria = {criterion.criterion_id: criterion for criterion in rule_set.criteria}
    groups = (*mexico.asked_first, *mexico.further)
    shown = [item for group in groups for item in group.questions]
    assert shown == list(mexico.checklist)
    assert [item.rank for item in shown] == list(range(1, len(shown) + 1))
    assert sum(len(group.questions) for group in mexico.asked_first) == ASKED_FIRST
    assert [(group.title, group.statute) for group in groups] == [
        (criteria[group.criterion_id].title, criteria[group.criterion_id].statute)
        for group in groups]
    assert {item.criterion_id for group in groups for item in group.questions
            if item.criterion_id != group.criterion_id} == set()


def test_questions_are_ranked_by_urgency_then_weight(mexico, rule_set):
    weights = {criterion.criterion_id: criterion.weight for criterion in rule_set.criteria}
    for groups in (mexico.asked_first, mexico.further):
        order = [(URGENCY[group.status], -weights[group.criterion_id]) for group in groups]
        assert order == sorted(order)
    first = [group.criterion_id for group in mexico.asked_first]
    assert first == ["prosecution", "demand_reduction", "national_plan", "official_complicity"]


def test_a_question_pointing_at_a_passage_comes_before_the_generic_ones(mexico):
    demand = next(group for group in mexico.asked_first
                  if group.criterion_id == "demand_reduction")
    assert [item.specificity for item in demand.questions] == [
        Specificity.PASSAGE, Specificity.GENERIC, Specificity.GENERIC]


def test_a_partial_criterion_asks_only_its_lead_question(mexico, rule_set):
    assert _asked(mexico, "shelters") == [
        _question(rule_set, "shelters", "How many shelters does the government run or fund")]


def test_a_cable_that_mentions_child_soldiers_is_asked_about_them(matcher, vocabulary,
                                                                   rule_set):
    review = _review(matcher, [read_text(CHILD_SOLDIERS, vocabulary, "cable")], 2010)
    assert _asked(review, "state_trafficking") == [
        _question(rule_set, "state_trafficking", "recruit or use children under 18")]


def test_mexico_2008_is_not_asked_about_child_soldiers_labour_camps_or_peacekeepers(
        mexico, rule_set):
    assert (_asked(mexico, "state_trafficking"),
            _question(rule_set, "demand_reduction", "peacekeepers") in _asked(
                mexico, "demand_reduction")) == ([], False)


@pytest.mark.parametrize("name", sorted(path.name for path in SAMPLES.glob("*.txt")))
def test_every_sample_cable_asks_each_question_once_under_an_open_criterion(
        matcher, vocabulary, name):
    review = _review(matcher, _samples(vocabulary, name))
    questions = [" ".join(item.question.split()) for item in review.checklist]
    duplicates = sorted({question for question in questions if questions.count(question) > 1})
    open_criteria = {finding.criterion.criterion_id for finding in review.findings}
    grouped = {(group.criterion_id, item.question)
               for group in (*review.asked_first, *review.further) for item in group.questions}
    assert duplicates == []
    assert {item.criterion_id for item in review.checklist} <= open_criteria
    assert grouped == {(item.criterion_id, item.question) for item in review.checklist}
