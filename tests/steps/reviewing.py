"""Steps of the review loop: what the analyst decides on the review page, through the same
session the page posts to, and what the drafts made afterwards say."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from pytest_bdd import given, parsers, then, when

from tests.support import SAMPLES
from tvpa_scorer import api
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.store import default_store
from tvpa_scorer.reports.cable_view import anchor_id
from tvpa_scorer.reports.drafting import report_text
from tvpa_scorer.review.session import ReviewSession

_MEXICO = ("08MEXICO722.txt", "08MEXICO_LAGON_VISIT.txt")


@given("the Mexico 2008 draft under review", target_fixture="review_session")
def given_mexico_under_review(workdir):
    for name in _MEXICO:
        shutil.copy(SAMPLES / name, workdir / name)
    submissions, problems = api.read([str(workdir / name) for name in _MEXICO])
    assert (len(submissions), problems) == (1, [])
    return ReviewSession(submissions[0], default_store(), None, None)


@when(parsers.parse('the analyst {verdict} the passage "{start}" under "{criterion}" with the '
                    'reason "{reason}"'), target_fixture="passage")
@when(parsers.parse('the analyst {verdict} the passage "{start}" under "{criterion}"'),
      target_fixture="passage")
def when_passage_decided(review_session, verdict, start, criterion, reason=""):
    hit = _passage(review_session.draft(), criterion, start)
    review_session.post({"criterion": criterion, "reason": reason,
                         "verdict": {"accepts": "accepted", "rejects": "rejected"}[verdict],
                         "anchor": anchor_id(hit.place.cable, hit.place.start, hit.place.end)})
    return hit


@when(parsers.parse('the analyst changes the status of "{criterion}" to "{status}" with the '
                    'reason "{reason}"'))
def when_status_changed(review_session, criterion, status, reason):
    review_session.post({"criterion": criterion, "verdict": "status", "status": status,
                         "reason": reason})


@when(parsers.parse('someone edits the cable "{name}"'))
def when_cable_edited(workdir, name):
    with (workdir / name).open("a", encoding="utf-8") as cable:
        cable.write("\nA line added after the review.\n")


@when(parsers.parse('the analyst exports the decisions to "{name}"'))
def when_exported(workdir, name):
    result = CliRunner().invoke(main, ["review", "--export", name, *_MEXICO])
    assert result.exit_code == 0, result.output


@then(parsers.parse('the re-scored draft marks it "{label}" in Markdown and HTML'))
def then_marked(review_session, label):
    drafted = review_session.draft()
    assert label in report_text(drafted, "md").replace("\\", "")
    assert label in report_text(drafted, "html")


@then(parsers.parse('the passage no longer counts for "{criterion}"'))
def then_not_counted(review_session, passage, criterion):
    finding = _finding(review_session.draft(), criterion)
    assert passage.place not in [hit.place for hit in finding.evidence]
    assert passage.place in [hit.place for hit in finding.rejected if hit.vetoed_by == "analyst"]


@then(parsers.parse('the passage still counts for "{criterion}"'))
def then_still_counted(review_session, passage, criterion):
    assert passage.place in [hit.place for hit in _finding(review_session.draft(),
                                                            criterion).evidence]


@then(parsers.parse('the re-scored draft finds "{criterion}" "{status}"'))
def then_status(review_session, criterion, status):
    assert _finding(review_session.draft(), criterion).status.value == status


@then(parsers.parse('the re-scored draft\'s JSON lists the "{verdict}" decision on "{criterion}"'))
def then_json_decision(review_session, verdict, criterion):
    applied = json.loads(report_text(review_session.draft(), "json"))["analyst"]["applied"]
    assert [(item["verdict"], item["criterion"]) for item in applied] == [(verdict, criterion)]


@then(parsers.parse('the re-scored draft says {count:d} decision is stale because "{cable}" '
                    'changed'))
def then_stale(review_session, count, cable):
    drafted = review_session.draft()
    assert (len(drafted.analyst.stale), drafted.analyst.changed_cables) == (count, (cable,))
    assert f"{count} decision is stale and not applied: {cable} changed since it was made." \
        in report_text(drafted, "md").replace("\\", "")


@then(parsers.parse('eval reads "{name}" and finds the rules agree on "{agreeing}" and not on '
                    '"{disagreeing}"'))
def then_eval_agrees(name, agreeing, disagreeing):
    result = CliRunner().invoke(main, ["eval", "--format", "json", name])
    assert result.exit_code == 0, result.output
    agreement = {item["criterion"]: item["agreement"]["value"]
                 for item in json.loads(result.stdout)["criteria"]}
    assert agreement == {agreeing: 1.0, disagreeing: 0.0}


def _finding(drafted, criterion):
    return next(item for item in drafted.assessment.findings
                if item.criterion.criterion_id == criterion)


def _passage(drafted, criterion, start):
    finding = _finding(drafted, criterion)
    return next(hit for hit in (*finding.evidence, *finding.rejected)
                if " ".join(hit.place.quote.split()).startswith(start))
