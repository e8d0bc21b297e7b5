"""Steps about scoring: what a sentence is worth to a criterion, and findings on whole cables.

A verdict reads as an analyst would say it:
  counted as support | counted as shortfall | counted as support, hedged
  not counted: planned | not counted: non_government | not found
"""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when

from tests.support import SAMPLES
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.cables import read_cable, read_document, read_text
from tvpa_scorer.kit.sources import read_source
from tvpa_scorer.rules.model import Effect

_VERDICT = re.compile(r"^(?:counted as (?P<effect>support|shortfall)(?:, (?P<modifiers>.+))?"
                      r"|not counted: (?P<veto>\w+)|(?P<absent>not found))$")


@given(parsers.parse('a cable answer reading "{text}"'), target_fixture="cables")
def given_answer(vocabulary, text):
    return [read_text(text + "\n", vocabulary, "cable")]


@given("a cable answer reading:", target_fixture="cables")
def given_answer_block(vocabulary, docstring):
    return [read_text(docstring + "\n", vocabulary, "cable")]


@given(parsers.parse('a cable answer to the question "{question}" reading "{text}"'),
       target_fixture="cables")
def given_keyed_answer(vocabulary, question, text):
    cable = f"1. (U) QUESTION A: {question}\n\nPOST RESPONSE: {text}\n"
    return [read_text(cable, vocabulary, "cable")]


@given(parsers.parse("the sample cables {names}"), target_fixture="cables")
def given_samples(vocabulary, names):
    return [read_cable(read_source(str(SAMPLES / name)), vocabulary)
            for name in re.findall(r'"([^"]+)"', names)]


@when(parsers.parse("the cables are scored for the {year:d} report"), target_fixture="assessment")
def when_scored_for(matcher, cables, year):
    return assess(read_document(cables), matcher, report_year=year)


@when(parsers.parse('the cables are scored as "{country}" for the {year:d} report'),
      target_fixture="assessment")
def when_scored_as(matcher, cables, country, year):
    return assess(read_document(cables), matcher, country, year)


@when("the cables are scored", target_fixture="assessment")
def when_scored(matcher, cables):
    return assess(read_document(cables), matcher)


def _finding(assessment, criterion):
    found = [finding for finding in assessment.findings
             if finding.criterion.criterion_id == criterion]
    assert len(found) == 1, criterion
    return found[0]


@then(parsers.parse('its evidence for "{criterion}" is {verdict}'))
def then_verdict(assessment, criterion, verdict):
    finding = _finding(assessment, criterion)
    expected = _VERDICT.match(verdict)
    assert expected, f"unknown verdict '{verdict}'"
    if expected["absent"]:
        assert (finding.evidence, finding.rejected) == ((), ())
    elif expected["veto"]:
        assert finding.evidence == (), [hit.place.quote for hit in finding.evidence]
        assert expected["veto"] in [hit.vetoed_by for hit in finding.rejected], finding.rejected
    else:
        effect = Effect.SUPPORTS if expected["effect"] == "support" else Effect.SHORTFALL
        wanted = set((expected["modifiers"] or "").replace(" ", "").split(",")) - {""}
        matching = [hit for hit in finding.evidence if hit.effect is effect]
        assert matching, (finding.evidence, finding.rejected)
        assert any(wanted <= set(hit.modifiers) for hit in matching), matching


@then(parsers.parse('criterion "{criterion}" is "{status}"'))
def then_status(assessment, criterion, status):
    finding = _finding(assessment, criterion)
    assert finding.status.value == status, finding.reason


@then(parsers.parse('criterion "{criterion}" counts "{quote}" as {effect}'))
def then_counts(assessment, criterion, quote, effect):
    finding = _finding(assessment, criterion)
    wanted = Effect.SUPPORTS if effect == "support" else Effect.SHORTFALL
    assert any(quote in hit.place.quote and hit.effect is wanted for hit in finding.evidence), [
        (hit.effect.value, hit.place.quote) for hit in finding.evidence]


@then(parsers.parse('criterion "{criterion}" rejects "{quote}" as {veto}'))
def then_rejects(assessment, criterion, quote, veto):
    finding = _finding(assessment, criterion)
    assert any(quote in hit.place.quote and hit.vetoed_by == veto for hit in finding.rejected), [
        (hit.vetoed_by, hit.place.quote) for hit in finding.rejected]


@then(parsers.parse('criterion "{criterion}" lists each sentence once'))
def then_each_sentence_once(assessment, criterion):
    _assert_each_sentence_once(_finding(assessment, criterion))


@then("every finding lists each sentence once")
def then_every_finding_lists_each_sentence_once(assessment):
    for finding in assessment.findings:
        _assert_each_sentence_once(finding)


def _assert_each_sentence_once(finding):
    listed = [(hit.place.cable, hit.place.start) for hit in finding.evidence + finding.rejected]
    assert len(listed) == len(set(listed)), (finding.criterion.criterion_id,
                                             finding.evidence + finding.rejected)


@then(parsers.parse('criterion "{criterion}" reads the number {value} {what:w}'))
def then_number(assessment, criterion, value, what):
    finding = _finding(assessment, criterion)
    numbers = [(number.what, number.value) for number in finding.numbers]
    assert (what, float(value.replace(",", ""))) in numbers, numbers


@then(parsers.parse('criterion "{criterion}" reads the number {value} {what:w} marked {modifier}'))
def then_number_with(assessment, criterion, value, what, modifier):
    finding = _finding(assessment, criterion)
    assert any(number.what == what and number.value == float(value.replace(",", ""))
               and modifier in number.modifiers for number in finding.numbers), finding.numbers


@then(parsers.parse('criterion "{criterion}" is not assessed, as the law did not yet ask it'))
def then_not_applicable(assessment, criterion):
    finding = _finding(assessment, criterion)
    assert (finding.applicable, finding.status.value) == (False, "not_assessed")


@then(parsers.parse('criterion "{criterion}" reports the gap "{text}"'))
def then_gap(assessment, criterion, text):
    assert any(text in gap for gap in _finding(assessment, criterion).gaps)


@then(parsers.parse('criterion "{criterion}" leaves "{quote}" for a reviewer to read'))
def then_unjudged(assessment, criterion, quote):
    finding = _finding(assessment, criterion)
    assert any(quote in place.quote for place in finding.unjudged), finding.unjudged
    assert all(quote not in hit.place.quote for hit in (*finding.evidence, *finding.rejected))


@then(parsers.parse('criterion "{criterion}" leaves nothing for a reviewer to read'))
def then_nothing_unjudged(assessment, criterion):
    assert _finding(assessment, criterion).unjudged == ()
