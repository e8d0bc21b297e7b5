"""Steps comparing whole sample cables with an analyst's labels."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import given, parsers, then, when

from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.cables import read_cable, read_document
from tvpa_scorer.corpus.labels import compare, load_label
from tvpa_scorer.kit.sources import read_source

LABELS = Path(__file__).resolve().parent.parent.parent / "labels"


@given(parsers.parse('the labelled cables "{name}"'), target_fixture="label")
def given_label(name):
    label, problems = load_label(LABELS / name)
    assert [str(problem) for problem in problems] == []
    return label


@when("they are scored", target_fixture="comparisons")
def when_labelled_scored(label, rule_set, matcher):
    document = read_document([read_cable(read_source(str(path)), rule_set.topics)
                              for path in label.cables])
    assessment = assess(document, matcher, label.country, label.report_year)
    return compare(label, assessment, document)


@then("every labelled criterion has the labelled status")
def then_statuses(comparisons):
    assert [(item.criterion_id, item.actual.value) for item in comparisons] == [
        (item.criterion_id, item.expected.value) for item in comparisons]


@then("every labelled passage is counted as evidence")
def then_passages(comparisons):
    assert {item.criterion_id: item.missing_evidence for item in comparisons
            if item.missing_evidence} == {}


@then("every labelled rejection is found and not counted, for the labelled reason")
def then_rejections(comparisons):
    assert {item.criterion_id: item.missing_rejections for item in comparisons
            if item.missing_rejections} == {}


@then("every labelled figure is read")
def then_figures(comparisons):
    assert {item.criterion_id: item.missing_numbers for item in comparisons
            if item.missing_numbers} == {}
