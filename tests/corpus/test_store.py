"""The assessment store keeps drafts and gives back the year before."""

from __future__ import annotations

import sqlite3

import pytest

from tests.support import assessment_with
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.assessment.tier import decide_tier
from tvpa_scorer.corpus.store import AssessmentStore, StoreError, record_of
from tvpa_scorer.rules.tier_law import Tier


def _record(rule_set, year, status, country="Ruritania"):
    assessment = assessment_with(rule_set, year, {}, status, country=country)
    return record_of(assessment, decide_tier(assessment, rule_set.tier_law, ()))


def test_the_draft_of_the_year_before_is_found_for_any_spelling(rule_set, tmp_path):
    with AssessmentStore(tmp_path / "store.sqlite") as store:
        store.save(_record(rule_set, 2011, Status.MET, "Korea, South"))
        store.save(_record(rule_set, 2012, Status.PARTIAL, "Korea, South"))
        previous = store.previous("south korea", 2012)
    assert (previous.report_year, previous.tier, previous.effort) == (2011, Tier.ONE, 1.0)


def test_saving_the_same_draft_again_replaces_it(rule_set, tmp_path):
    with AssessmentStore(tmp_path / "store.sqlite") as store:
        store.save(_record(rule_set, 2011, Status.MET))
        store.save(_record(rule_set, 2011, Status.NOT_MET))
        kept = store.history("Ruritania")
    assert [(item.report_year, item.tier) for item in kept] == [(2011, Tier.THREE)]


def test_a_draft_of_unknown_country_is_not_kept(rule_set):
    assessment = assessment_with(rule_set, 2011, {}, Status.MET, country=None)
    assert record_of(assessment, decide_tier(assessment, rule_set.tier_law, ())) is None


def test_a_file_that_is_not_a_store_is_refused_in_one_line(tmp_path):
    path = tmp_path / "store.sqlite"
    path.write_text("not a database, just text " * 100)
    with pytest.raises(StoreError, match=r"store.sqlite: error: cannot open the assessment "
                                         r"store: file is not a database"):
        AssessmentStore(path)


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "store.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(StoreError, match="written by a newer tvpa-scorer"):
        AssessmentStore(path)
