"""The narrative's sentences: figures in the TIP Report's words, each with its citation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.support import assessment_with
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.evidence.hits import FoundNumber, Place
from tvpa_scorer.reports.model import Cited, CriterionView
from tvpa_scorer.reports.phrasebook import phrasebook
from tvpa_scorer.reports.prose import pillar_paragraphs


def _number(what: str, value: float, paragraph: int, unit: str = "", modifiers=(),
            vetoed_by=None) -> FoundNumber:
    place = Place("00TEST1", f"00TEST1 ¶{paragraph}", paragraph, None, paragraph * 100,
                  paragraph * 100 + 50, paragraph, f"Sentence {paragraph}.")
    return FoundNumber(what, value, unit or what, place, place.start, place.end,
                       tuple(modifiers), vetoed_by, frozenset({"prosecution"}))


def _cite(number: FoundNumber) -> Cited:
    place = number.place
    return Cited(place.quote, place.citation, place.cable, place.start, place.end,
                 f"c-{place.start}", place.line, True, number.vetoed_by is None,
                 number.vetoed_by, (), f"{number.what}: {number.value:g}")


def _said(rule_set, criterion_id: str, numbers, status=Status.PARTIAL, also=()) -> list[str]:
    findings = {finding.criterion.criterion_id: finding for finding in
                assessment_with(rule_set, 2008, {criterion_id: status}, Status.MET).findings}
    views = [CriterionView(replace(findings[name], numbers=tuple(found)), (), (), ())
             for name, found in ((criterion_id, numbers), *also)]
    return [" ".join(_with_citations(sentence) for sentence in paragraph)
            for paragraph in pillar_paragraphs(views, 2008, phrasebook(), _cite)]


def _with_citations(sentence) -> str:
    return "".join(clause.before + clause.text + "".join(f" [{item.citation}]"
                                                        for item in clause.cited)
                   for clause in sentence.clauses) + sentence.end


def test_enforcement_figures_make_one_sentence_each_figure_cited(rule_set):
    said = _said(rule_set, "prosecution", [
        _number("investigations", 14, 1), _number("prosecutions", 9, 2),
        _number("convictions", 1, 3)])
    assert said[0].startswith(
        "The government investigated 14 trafficking cases [00TEST1 ¶1], prosecuted nine "
        "suspects [00TEST1 ¶2] and convicted one trafficker [00TEST1 ¶3].")


def test_figures_from_one_answer_cite_it_once(rule_set):
    said = _said(rule_set, "prosecution", [
        _number("investigations", 14, 1), _number("convictions", 2, 1)])
    assert said[0].startswith(
        "The government investigated 14 trafficking cases and convicted two traffickers "
        "[00TEST1 ¶1].")


@pytest.mark.parametrize(("value", "said"), [
    (1, "identified one trafficking victim"), (9, "identified nine trafficking victims"),
    (14, "identified 14 trafficking victims"), (1200, "identified 1,200 trafficking victims")])
def test_a_count_is_spelled_out_to_nine_and_written_in_numerals_above(rule_set, value, said):
    sentences = _said(rule_set, "victim_screening", [_number("victims_identified", value, 4)])
    assert sentences[0].startswith(f"The government {said} [00TEST1 ¶4].")



def test_a_smaller_count_beside_a_larger_one_in_an_answer_is_a_part_not_a_second_count(
        rule_set):
    # "INM identified 22 victims ... Of the 22, one was a minor": the total, said once
    said = _said(rule_set, "victim_screening", [
        _number("victims_identified", 22, 4), _number("victims_identified", 1, 4)])
    assert said[0].startswith("The government identified 22 trafficking victims [00TEST1 ¶4].")


def test_counts_of_one_kind_in_two_answers_are_both_said(rule_set):
    said = _said(rule_set, "victim_screening", [
        _number("victims_identified", 22, 4), _number("victims_identified", 3, 5)])
    assert said[0].startswith("The government identified 22 trafficking victims and three "
                              "trafficking victims [00TEST1 ¶4] [00TEST1 ¶5].")

def test_a_hedged_figure_is_reported_as_such(rule_set):
    sentences = _said(rule_set, "shelters", [
        _number("victims_assisted", 38, 5, modifiers=("hedged",))])
    assert sentences[0].startswith("The government reportedly assisted 38 victims [00TEST1 ¶5].")


def test_planned_figures_are_said_as_plans(rule_set):
    sentences = _said(rule_set, "shelters", [
        _number("funds", 7_000_000, 6, "USD", ("planned",), "planned"),
        _number("shelters", 2, 6, "shelters", ("planned",), "planned")])
    assert "The government planned to open two shelters for trafficking victims and to spend " \
           "$7 million it had approved [00TEST1 ¶6]." in sentences[0]


def test_a_figure_two_criteria_share_is_said_once_in_a_pillar(rule_set):
    shared = _number("victims_assisted", 38, 5)
    sentences = _said(rule_set, "shelters", [shared],
                      also=[("victim_protection", [shared])])
    assert sum(paragraph.count("assisted 38 victims") for paragraph in sentences) == 1
