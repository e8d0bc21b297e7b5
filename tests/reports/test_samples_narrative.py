"""Every sample cable's draft: recommendations that follow from the evidence, each quote once.

The samples are grouped as `tvpa-scorer score` groups them (the two Mexico 2008 cables
together). A recommendation is checked against the finding it answers with this file's own
reading of the phrasebook's facts, so a fault in the code that chooses would show here.
"""

from __future__ import annotations

import re

import pytest

from tests.support import SAMPLES
from tvpa_scorer import api
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.reports.drafting import report_text
from tvpa_scorer.reports.model import build_report
from tvpa_scorer.reports.phrasebook import phrasebook
from tvpa_scorer.rules.model import Effect

_STATUTE = re.compile(r"^22 U\.S\.C\. 710[67]\(\w\)(\(\d+\))?")
_QUOTED = re.compile(r'^- (?:[+−]|[a-z ]+:) "(.*)" \[')


@pytest.fixture(scope="module")
def drafts():
    submissions, _ = api.read([str(SAMPLES)])
    return {submission.name: api.draft_submission(submission).draft
            for submission in submissions}


@pytest.fixture(scope="module")
def reports(drafts):
    return {name: build_report(drafted.assessment, drafted.decision, drafted.gaps,
                               drafted.document, drafted.timeline)
            for name, drafted in drafts.items()}


def test_the_samples_are_drafted_as_score_groups_them(drafts):
    mexico = next(drafted for drafted in drafts.values()
                  if drafted.assessment.country == "Mexico")
    assert [cable.cable_id for cable in mexico.document.cables] == [
        "08MEXICO722", "08MEXICO_LAGON_VISIT"]


def _holds(kind: str, name: str, finding) -> bool:
    variables = dict(finding.variables)
    if kind == "aspect":
        return variables.get(f"support_{name}", 0) > 0
    if kind in ("rule", "shortfall"):
        effect = Effect.SUPPORTS if kind == "rule" else Effect.SHORTFALL
        return any(hit.rule_id == name and hit.effect is effect for hit in finding.evidence)
    if kind == "figure":
        return any(number.what == name and number.vetoed_by is None
                   for number in finding.numbers)
    if kind == "vetoed":
        return any(hit.vetoed_by == name for hit in finding.rejected) or any(
            number.vetoed_by == name for number in finding.numbers)
    return finding.status.value == name


def test_no_recommendation_is_one_that_what_was_credited_rules_out(drafts, reports):
    book = phrasebook()
    contradicted = []
    for name, report in reports.items():
        findings = {finding.criterion.criterion_id: finding
                    for finding in drafts[name].assessment.findings}
        for item in report.narrative.recommendations:
            variant = book.recommendations[item.criterion_id][item.variant - 1]
            assert variant.text.for_year(report.assessment.report_year) == item.text
            for fact in variant.unless:
                if _holds(fact.kind, fact.name, findings[fact.criterion or item.criterion_id]):
                    contradicted.append(f"{name}: {item.text} (credited: {fact.kind}:"
                                        f"{fact.name})")
            for fact in variant.when:
                if not _holds(fact.kind, fact.name, findings[fact.criterion or item.criterion_id]):
                    contradicted.append(f"{name}: {item.text} (not shown: {fact.kind}:"
                                        f"{fact.name})")
    assert contradicted == []


def test_a_recommendation_answers_a_shortfall_of_a_criterion_not_met_or_partial(drafts, reports):
    for name, report in reports.items():
        findings = {finding.criterion.criterion_id: finding
                    for finding in drafts[name].assessment.findings}
        for item in report.narrative.recommendations:
            finding = findings[item.criterion_id]
            variant = phrasebook().recommendations[item.criterion_id][item.variant - 1]
            assert finding.status in (Status.NOT_MET, Status.PARTIAL), item
            if variant.answers not in ("status", "shortfall"):
                assert not _holds("aspect", variant.answers, finding), item


def test_mexico_2008_is_asked_to_use_its_new_law_not_to_enact_one(reports):
    mexico = next(report for report in reports.values()
                  if report.assessment.country == "Mexico")
    texts = [item.text for item in mexico.narrative.recommendations]
    assert [text for text in texts if "enact" in text.lower()] == []
    assert texts[0].startswith("Use the anti-trafficking law to vigorously investigate")


def test_at_most_ten_recommendations_each_naming_its_statute_paragraph(drafts, reports):
    for name, report in reports.items():
        recommendations = report.narrative.recommendations
        assert len(recommendations) <= 10, name
        assert [item.statute for item in recommendations
                if not _STATUTE.match(item.statute)] == [], name
        markdown = report_text(drafts[name], "md")
        for item in recommendations:
            assert f"{item.text} ({item.title[:1].lower()}" in markdown
            assert f", {item.statute}: " in markdown


def test_recommendations_come_heaviest_and_furthest_short_first(reports):
    for report in reports.values():
        priorities = [item.priority for item in report.narrative.recommendations]
        assert priorities == sorted(priorities, reverse=True)


def _normal(quote: str) -> str:
    return " ".join(quote.split()).casefold()


def test_no_quote_appears_twice_under_one_criterion(reports):
    repeated = []
    for name, report in reports.items():
        for view in report.criteria:
            quotes = [_normal(item.quote) for item in (*view.evidence, *view.not_counted)]
            figures = [(_normal(item.quote), item.detail) for item in view.numbers]
            repeated += [f"{name} {view.finding.criterion.criterion_id}: {quote}"
                         for quote in {*quotes} if quotes.count(quote) > 1]
            repeated += [f"{name} {view.finding.criterion.criterion_id}: {figure}"
                         for figure in {*figures} if figures.count(figure) > 1]
    assert repeated == []


def test_no_quote_appears_twice_under_one_criterion_in_the_markdown(drafts):
    read = 0
    for name, drafted in drafts.items():
        for section in report_text(drafted, "md").split("\n### ")[1:]:
            quotes = [_normal(found[1]) for line in section.split("\n## ")[0].splitlines()
                      if (found := _QUOTED.match(line))]
            assert len(quotes) == len(set(quotes)), (name, section.splitlines()[0])
            read += len(quotes)
    assert read > 100


def test_no_quote_appears_twice_under_one_criterion_in_the_html(drafts):
    read = 0
    for name, drafted in drafts.items():
        for article in report_text(drafted, "html").split("<article ")[1:]:
            quotes = [_normal(quote) for quote in
                      re.findall(r"<li [^>]*>.*?“(.*?)”", article.split("</article>")[0])]
            assert len(quotes) == len(set(quotes)), (name, article[:60])
            read += len(quotes)
    assert read > 100


def test_a_repeated_answer_keeps_its_other_citation_beside_the_one_quote(reports):
    mexico = next(report for report in reports.values()
                  if report.assessment.country == "Mexico")
    shelters = next(view for view in mexico.criteria
                    if view.finding.criterion.criterion_id == "shelters")
    casa = [item for item in shelters.not_counted
            if item.quote.startswith("Casa Alianza Mexico runs a network of shelters")]
    assert [(item.citation, [other.citation for other in item.also]) for item in casa] == [
        ("08MEXICO722 ¶32 Q.J", ["08MEXICO722 ¶33 Q.K"])]
