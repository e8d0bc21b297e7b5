"""Steps about the draft's narrative: its paragraphs in prose and its recommendations."""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when

from tvpa_scorer.assessment.history import load_history
from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.reports.drafting import draft
from tvpa_scorer.reports.model import build_report

_STATUTE = re.compile(r"^22 U\.S\.C\. 710[67]\(\w\)")


@given(parsers.parse('cables reporting "{text}"'), target_fixture="cables")
def given_cables_reporting(vocabulary, text):
    return [read_text(text + "\n", vocabulary, "cable")]


@when("the draft is written", target_fixture="report")
def when_draft_written(matcher, cables):
    drafted = draft(read_document(cables), matcher, load_history())
    return build_report(drafted.assessment, drafted.decision, drafted.gaps, drafted.document)


def _paragraphs(report, pillar):
    section = next(section for section in report.sections if section.pillar == pillar)
    return [sentence for paragraph in section.paragraphs for sentence in paragraph]


@then(parsers.parse('the {pillar} paragraphs say "{text}"'))
def then_paragraphs_say(report, pillar, text):
    said = " ".join(sentence.text for sentence in _paragraphs(report, pillar))
    assert text in said, said


@then(parsers.parse("every sentence of the {pillar} paragraphs that gives a figure cites a "
                    "passage"))
def then_figures_cited(report, pillar):
    with_figures = [sentence for sentence in _paragraphs(report, pillar)
                    if re.search(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine)\b "
                                 r"\w", sentence.text)]
    assert with_figures and [item.text for item in with_figures if not item.cited] == []


@then(parsers.parse('the summary says "{text}"'))
def then_summary_says(report, text):
    said = " ".join(sentence.text for sentence in report.narrative.summary)
    assert text in said, said


@then(parsers.parse('the first recommendation is "{text}"'))
def then_first_recommendation(report, text):
    assert report.narrative.recommendations[0].text == text


@then("no recommendation asks the government to enact a law")
def then_no_enact(report):
    texts = [item.text for item in report.narrative.recommendations]
    assert texts and [text for text in texts if "enact" in text.lower()] == []


@then(parsers.parse("there are at most {most:d} recommendations, each naming its statute "
                    "paragraph"))
def then_at_most(report, most):
    recommendations = report.narrative.recommendations
    assert 0 < len(recommendations) <= most
    assert [item.statute for item in recommendations if not _STATUTE.match(item.statute)] == []
