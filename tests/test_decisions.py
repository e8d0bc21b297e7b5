"""An analyst's decisions: kept in the store, applied to a draft, exported for eval, and
noticed by diff when a rule change comes to agree with them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES, rules_repository
from tests.test_rule_changes import run_diff, without_questions_pattern
from tvpa_scorer import api
from tvpa_scorer.assessment.decisions import (
    AnalystDecision,
    Passage,
    Verdict,
    apply_decisions,
    cable_hashes,
)
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.decision_agreement import agreements
from tvpa_scorer.corpus.store import SCHEMA_VERSION, AssessmentStore, default_store
from tvpa_scorer.kit.resources import bundled_rules

MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
PLAN_QUOTE = "The GOM does not have a national plan of action to address trafficking in persons."


@pytest.fixture(scope="module")
def mexico():
    return api.draft(MEXICO).draft


def finding(drafted, criterion_id):
    return next(item for item in drafted.assessment.findings
                if item.criterion.criterion_id == criterion_id)


def decided(drafted, criterion_id, verdict, passage=None, status=None, reason="",
            hashes=None, supports=True):
    return AnalystDecision(
        "Mexico", 2008, criterion_id, verdict, passage, status, supports, reason,
        drafted.assessment.rules_version,
        tuple(sorted((hashes or cable_hashes(drafted.document)).items())),
        "2026-01-02T03:04:05+00:00")


def passage_of(hit):
    return Passage(hit.place.cable, hit.place.start, hit.place.end, hit.place.quote)


def counted(drafted, criterion_id, quote_start):
    return next(hit for hit in finding(drafted, criterion_id).evidence
                if hit.place.quote.startswith(quote_start))


# ---- the store ------------------------------------------------------------------------

def test_a_decision_comes_back_from_the_store_as_it_was_saved(mexico, tmp_path):
    rejection = decided(mexico, "national_plan", Verdict.REJECTED,
                        passage_of(counted(mexico, "national_plan", "The GOM does not")),
                        reason="the plan was adopted in 2007")
    change = decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL,
                     reason="state courts convicted traffickers")
    with AssessmentStore(tmp_path / "store.sqlite") as store:
        store.record(rejection)
        store.record(change)
        assert store.decisions("mexico", 2008) == [rejection, change]
        assert store.decisions("Mexico", 2007) == []


def test_a_new_decision_on_the_same_passage_replaces_the_old_and_can_be_withdrawn(mexico,
                                                                                   tmp_path):
    passage = passage_of(counted(mexico, "national_plan", "The GOM does not"))
    with AssessmentStore(tmp_path / "store.sqlite") as store:
        store.record(decided(mexico, "national_plan", Verdict.REJECTED, passage))
        store.record(decided(mexico, "national_plan", Verdict.ACCEPTED, passage))
        assert [item.verdict for item in store.decisions("Mexico", 2008)] == [Verdict.ACCEPTED]
        store.withdraw("Mexico", 2008, "national_plan",
                       (passage.cable, passage.start, passage.end))
        assert store.decisions("Mexico", 2008) == []


def test_a_store_of_the_first_schema_gains_the_decisions_and_keeps_its_drafts(mexico,
                                                                              tmp_path):
    path = tmp_path / "store.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE assessments (country TEXT NOT NULL, country_key TEXT NOT NULL,
            report_year INTEGER NOT NULL, cables TEXT NOT NULL, rules_version TEXT NOT NULL,
            tier TEXT NOT NULL, effort REAL, pillars TEXT NOT NULL, findings TEXT NOT NULL,
            saved TEXT NOT NULL, PRIMARY KEY (country_key, report_year, cables));
        INSERT INTO assessments VALUES ('Mexico', 'mexico', 2007, '["07MEXICO1"]', 'abc',
            '2WL', 0.5, '{}', '{}', '2007-06-01T00:00:00+00:00');
        PRAGMA user_version = 1;""")
    connection.close()
    change = decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL)
    with AssessmentStore(path) as store:
        store.record(change)
        assert [item.report_year for item in store.history("Mexico")] == [2007]
        assert store.decisions("Mexico", 2008) == [change]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION == 2


# ---- applying decisions to a draft ------------------------------------------------------

def test_a_rejected_passage_stops_counting_and_is_listed_for_the_analyst(mexico):
    hit = counted(mexico, "national_plan", "The GOM does not")
    rejection = decided(mexico, "national_plan", Verdict.REJECTED, passage_of(hit),
                        reason="a plan exists")
    reviewed, review = apply_decisions(mexico.assessment, mexico.document, [rejection])
    plan = next(item for item in reviewed.findings
                if item.criterion.criterion_id == "national_plan")
    assert hit not in plan.evidence
    assert replace(hit, vetoed_by="analyst") in plan.rejected
    assert (review.applied, review.stale) == ((rejection,), ())
    assert rejection.label() == "analyst: rejected, reason a plan exists"


def test_a_changed_status_stands_in_for_the_rules_and_says_what_it_was(mexico):
    change = decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL,
                     reason="state courts convicted traffickers")
    reviewed, review = apply_decisions(mexico.assessment, mexico.document, [change])
    statuses = {item.criterion.criterion_id: item.status for item in reviewed.findings}
    assert statuses["prosecution"] is Status.PARTIAL
    assert finding(mexico, "prosecution").status is Status.NOT_MET
    assert review.on_status("prosecution").label(review.rules_status("prosecution")) == \
        "analyst: partial (was not met), reason state courts convicted traffickers"


def test_an_added_passage_counts_cited_like_any_other(mexico):
    cable = mexico.document.cable("08MEXICO722")
    start = cable.text.index("Casa Alianza Mexico runs a network of shelters")
    end = start + len("Casa Alianza Mexico runs a network of shelters")
    added = decided(mexico, "victim_protection", Verdict.ADDED,
                    Passage("08MEXICO722", start, end, cable.text[start:end]), supports=False)
    reviewed, _ = apply_decisions(mexico.assessment, mexico.document, [added])
    hit = next(item for item in reviewed.findings
               if item.criterion.criterion_id == "victim_protection").evidence[-1]
    assert (hit.rule_id, hit.place.start, hit.place.end, hit.effect.value) == \
        ("analyst", start, end, "shortfall")
    assert hit.place.citation.startswith("08MEXICO722 ¶")


def test_a_decision_on_a_cable_that_changed_is_stale_and_not_applied(mexico):
    hashes = {**cable_hashes(mexico.document), "08MEXICO722": "0" * 64}
    hit = counted(mexico, "national_plan", "The GOM does not")
    rejection = decided(mexico, "national_plan", Verdict.REJECTED, passage_of(hit),
                        hashes=hashes)
    change = decided(mexico, "prosecution", Verdict.STATUS, status=Status.MET, hashes=hashes)
    reviewed, review = apply_decisions(mexico.assessment, mexico.document, [rejection, change])
    assert reviewed == mexico.assessment
    assert (review.applied, review.stale, review.changed_cables) == \
        ((), (rejection, change), ("08MEXICO722",))


def test_a_decision_on_the_unchanged_cable_still_applies_beside_a_changed_one(mexico):
    hashes = {**cable_hashes(mexico.document), "08MEXICO_LAGON_VISIT": "0" * 64}
    hit = counted(mexico, "national_plan", "The GOM does not")
    rejection = decided(mexico, "national_plan", Verdict.REJECTED, passage_of(hit),
                        hashes=hashes)
    _, review = apply_decisions(mexico.assessment, mexico.document, [rejection])
    assert review.applied == (rejection,)


# ---- score applies and marks them ----------------------------------------------------

def score(*arguments):
    result = CliRunner().invoke(main, ["score", *arguments, *MEXICO])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_score_marks_decisions_in_markdown_html_json_and_text(mexico):
    hit = counted(mexico, "national_plan", "The GOM does not")
    with AssessmentStore(_store()) as store:
        store.record(decided(mexico, "national_plan", Verdict.REJECTED, passage_of(hit),
                             reason="<b>adopted</b> in 2007"))
        store.record(decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL,
                             reason="state courts convicted traffickers"))
    markdown = score("--format", "md")
    assert "*analyst: rejected, reason \\<b\\>adopted\\</b\\> in 2007*" in markdown
    assert "**analyst: partial (was not met), reason state courts convicted traffickers**" \
        in markdown
    assert "2 analyst decisions recorded with tvpa-scorer review are applied" in markdown
    html = score("--format", "html")
    assert ('<span class="mark m-analyst">analyst: rejected, reason &lt;b&gt;adopted&lt;/b&gt; '
            'in 2007</span>') in html
    assert '<p class="analyst">analyst: partial (was not met), reason state courts convicted ' \
           'traffickers</p>' in html
    report = json.loads(score("--format", "json"))
    assert [(item["criterion"], item["verdict"], item["was"]) for item in
            report["analyst"]["applied"]] == [("national_plan", "rejected", None),
                                              ("prosecution", "status", "not_met")]
    assert next(item["status"] for item in report["findings"]
                if item["criterion"] == "prosecution") == "partial"
    assert "  prosecution: analyst: partial (was not met)" in score("--format", "text")


def test_score_without_the_store_applies_no_decision(mexico):
    with AssessmentStore(_store()) as store:
        store.record(decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL))
    assert json.loads(score("--no-store", "--format", "json"))["analyst"] == \
        {"applied": [], "stale": []}


def _store():
    """The test's private store, where the command line finds it (TVPA_SCORER_STORE)."""
    return default_store()


# ---- export for eval ------------------------------------------------------------------

def test_the_export_is_a_label_file_eval_scores(mexico, tmp_path):
    hit = counted(mexico, "national_plan", "The GOM does not")
    with AssessmentStore(_store()) as store:
        store.record(decided(mexico, "national_plan", Verdict.ACCEPTED, passage_of(hit)))
        store.record(decided(mexico, "prosecution", Verdict.STATUS, status=Status.PARTIAL,
                             reason="state courts convicted traffickers"))
        store.record(decided(mexico, "shelters", Verdict.REJECTED, passage_of(
            counted(mexico, "shelters", "Through the DIF")), reason="DIF's are not TIP shelters"))
    label = tmp_path / "labels" / "mexico.yml"
    exported = CliRunner().invoke(main, ["review", "--export", str(label), *MEXICO])
    assert exported.exit_code == 0, exported.output
    assert exported.stdout == f"{label}\n"
    assert '    status: partial  # analyst: partial (was not met), reason state courts ' \
           'convicted traffickers' in label.read_text()
    evaluated = CliRunner().invoke(main, ["eval", "--format", "json", str(label)])
    assert evaluated.exit_code == 0, evaluated.output
    board = json.loads(evaluated.stdout)
    criteria = {item["criterion"]: item for item in board["criteria"]}
    assert (criteria["national_plan"]["agreement"]["value"],
            criteria["national_plan"]["recall"]["value"]) == (1.0, 1.0)
    assert criteria["prosecution"]["agreement"]["value"] == 0.0  # the rules say not met
    assert board["totals"]["rejections"] == {"part": 0, "whole": 1, "value": 0.0}


# ---- diff notices a rule change agreeing with a decision -------------------------------

def test_agreement_is_found_only_where_the_head_rules_come_to_agree(mexico):
    hit = counted(mexico, "national_plan", "The GOM does not")
    rejection = decided(mexico, "national_plan", Verdict.REJECTED, passage_of(hit),
                        reason="a plan exists")
    plan = finding(mexico, "national_plan")
    head = replace(mexico, assessment=replace(mexico.assessment, findings=tuple(
        replace(item, evidence=()) if item is plan else item
        for item in mexico.assessment.findings)))
    assert [item.text for item in agreements([(mexico, head)], [[rejection]])] == [
        f"rule change now agrees with the analyst's rejection of \"{PLAN_QUOTE}\" under "
        "national_plan (reason: a plan exists)"]
    assert agreements([(mexico, mexico)], [[rejection]]) == ()


def test_diff_says_when_a_rule_change_agrees_with_the_analyst(tmp_path):
    repository = rules_repository(tmp_path, bundled_rules())
    without_questions_pattern(repository)
    alone = api.draft(MEXICO[0]).draft
    with AssessmentStore(_store()) as store:
        store.record(decided(alone, "migration_monitoring", Verdict.STATUS,
                             status=Status.NOT_MET, reason="questions are no screening"))
    result = run_diff(repository, "--base", "main", MEXICO[0])
    assert result.exit_code == 0, result.output
    assert ("- 08MEXICO722: rule change now agrees with the analyst's status not met for "
            "migration\\_monitoring (reason: questions are no screening)") in result.stdout


def test_the_tier_follows_the_statuses_the_analyst_gives(mexico):
    assert json.loads(score("--format", "json"))["tier"]["recommended"] == "2"
    with AssessmentStore(_store()) as store:
        for item in mexico.assessment.findings:
            if item.applicable:
                store.record(decided(mexico, item.criterion.criterion_id, Verdict.STATUS,
                                     status=Status.MET, reason="all done"))
    assert json.loads(score("--format", "json"))["tier"]["recommended"] == "1"
