"""Steps about the follow-up questions the gap review asks post."""

from __future__ import annotations

import re

from pytest_bdd import parsers, then, when

from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.cables import read_document
from tvpa_scorer.reports.drafting import report_text
from tvpa_scorer.reports.gaps import review_gaps


@when("the evidence gaps are reviewed", target_fixture="review")
def when_reviewed(matcher, cables):
    document = read_document(cables)
    return review_gaps(assess(document, matcher), document)


@when(parsers.parse("the evidence gaps are reviewed for the {year:d} report"),
      target_fixture="review")
def when_reviewed_for(matcher, cables, year):
    document = read_document(cables)
    return review_gaps(assess(document, matcher, report_year=year), document)


@then(parsers.parse('post is asked once to answer question {key} directly, under "{title}"'),
      target_fixture="pointed")
def then_asked_directly(review, key, title):
    pointed = [item for item in review.checklist if item.passage is not None]
    assert [(item.passage.key, item.title) for item in pointed] == [(key, title)]
    return pointed[0]


@then(parsers.parse('that question quotes "{pointer}" and asks "{question}"'))
def then_quotes(pointed, pointer, question):
    assert pointed.question.endswith(f"answers only '{pointer}': please answer directly: "
                                     f"{question}"), pointed.question


@then(parsers.parse('post is not asked "{words}"'))
def then_not_asked(review, words):
    assert [item.question for item in review.checklist if words in item.question] == []


@then(parsers.parse('post is asked "{words}" under "{title}"'))
def then_asked_under(review, words, title):
    assert [item.title for item in review.checklist if words in item.question] == [title]


@then(parsers.parse('the draft\'s Markdown lists follow-up questions 1 to {last:d} under their '
                    'criteria, then "{heading}" from {next_rank:d}'))
def then_markdown_folds(drafted, last, heading, next_rank):
    markdown = report_text(drafted, "md").split("### Follow-up questions for post", 1)[1]
    first, further = markdown.split(f"#### {heading}", 1)
    ranks = [int(rank) for rank in re.findall(r"^(\d+)\. ", first, re.MULTILINE)]
    assert (ranks, re.findall(r"^\*\*.+\*\* \(22 U\.S\.C\.", first, re.MULTILINE) != []) == (
        list(range(1, last + 1)), True)
    assert re.search(r"^(\d+)\. ", further, re.MULTILINE).group(1) == str(next_rank)
