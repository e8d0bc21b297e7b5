"""batch scores a corpus into tables pandas reads back; history shows a country over years."""

from __future__ import annotations

import json
import shutil

import pandas as pd
from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("05HARARE339.txt", "08MEXICO722.txt", "08HARARE186.txt", "10AMMAN456.txt"):
        shutil.copy(SAMPLES / name, corpus / name)
    return corpus


def test_batch_writes_a_row_per_cable_and_criterion_and_per_country_year(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(_corpus(tmp_path)), "-o", str(out),
                                       "--jobs", "2"])
    assert result.exit_code == 0, result.output
    findings = pd.read_csv(out / "findings.csv")
    assessments = pd.read_csv(out / "assessments.csv")
    assert sorted(findings["cable"].unique()) == ["05HARARE339", "08HARARE186", "08MEXICO722",
                                                  "10AMMAN456"]
    assert findings.groupby("cable")["criterion"].nunique().min() >= 16
    assert list(assessments["country"]) == ["Jordan", "Mexico", "Zimbabwe", "Zimbabwe"]
    assert set(assessments["tier"]) <= {"1", "2", "2WL", "3"}
    assert result.stdout.startswith("4 cables, 4 country-years, ")


def test_batch_writes_the_evidence_of_each_cable_with_where_it_stands(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o", str(out),
                                       "--jobs", "1"])
    assert result.exit_code == 0, result.output
    evidence = pd.read_csv(out / "evidence.csv")
    findings = pd.read_csv(out / "findings.csv")
    assert int(evidence["counted"].sum()) == int(findings["evidence_counted"].sum())
    assert int((~evidence["counted"]).sum()) == int(findings["evidence_not_counted"].sum())
    source = (SAMPLES / "05HARARE339.txt").read_text(encoding="utf-8")
    first = evidence.iloc[0]
    assert " ".join(source[first["start"]:first["end"]].split()) == first["quote"]
    assert set(evidence["direction"]) <= {"supports", "shortfall"}


def test_batch_reports_a_bad_file_skips_it_and_still_writes(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert f"{corpus}/broken.txt: error: binary data, not cable text" in result.stderr
    assert len(pd.read_csv(out / "assessments.csv")) == 4


def test_batch_writes_parquet_that_reads_back_with_the_same_columns(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o", str(out),
                                       "--format", "parquet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    findings = pd.read_parquet(out / "findings.parquet")
    assert list(findings.columns) == ["cable", "path", "country", "report_year", "criterion",
                                      "status", "score", "evidence_counted",
                                      "evidence_not_counted", "first_citation"]
    assert set(findings["status"]) <= {"met", "partial", "not_met", "not_assessed"}


def test_batch_writes_json_lines_with_the_same_columns(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o", str(out),
                                       "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "assessments.jsonl").read_text().splitlines()]
    assert [(row["country"], row["report_year"]) for row in rows] == [("Zimbabwe", 2005)]


def test_the_store_lets_history_show_drafts_beside_published_tiers(tmp_path):
    store = tmp_path / "drafts.sqlite"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o",
                                       str(tmp_path / "out"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(main, ["history", "Zimbabwe", "--store", str(store),
                                      "--format", "json"])
    assert shown.exit_code == 0, shown.output
    years = {row["report_year"]: row for row in json.loads(shown.stdout)["years"]}
    assert (years[2005]["published"], years[2005]["draft"] in ("2", "2WL")) == ("2WL", True)
    assert (years[2006]["published"], years[2006]["draft"]) == ("3", None)


def test_a_later_draft_says_how_efforts_moved_since_the_stored_one(tmp_path):
    store = tmp_path / "drafts.sqlite"
    later = tmp_path / "09MEXICO.txt"
    later.write_text((SAMPLES / "08MEXICO722.txt").read_text().replace(
        "R 112219Z MAR 08", "R 112219Z MAR 09"))
    runner = CliRunner()
    first = runner.invoke(main, ["score", "--store", str(store), str(SAMPLES / "08MEXICO722.txt")])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["score", "--store", str(store), "--format", "json",
                                  str(later)])
    assert second.exit_code == 0, second.output
    tier = json.loads(second.stdout)["tier"]
    assert (tier["compared_with"]["report_year"], tier["compared_with"]["trend"]) == (
        2008, "maintained")
    assert tier["pillars"]["protection"]["trend"] == "maintained"


def test_batch_keeps_no_draft_unless_given_a_store(tmp_path, monkeypatch):
    default = tmp_path / "default.sqlite"
    monkeypatch.setenv("TVPA_SCORER_STORE", str(default))
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o",
                                       str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert not default.exists()


def test_the_store_says_where_it_is_when_it_is_made_and_when_asked(tmp_path):
    store = tmp_path / "drafts.sqlite"
    runner = CliRunner()
    asked = runner.invoke(main, ["history", "--where", "--store", str(store)])
    assert asked.stdout == f"{store} (not made yet: score makes it)\n"
    first = runner.invoke(main, ["score", "--store", str(store), str(SAMPLES / "05HARARE339.txt")])
    assert first.exit_code == 0, first.output
    assert (f"{store}: a new assessment store: drafts are kept here, so a later year's draft "
            "can compare efforts with them (--no-store keeps none)\n") in first.stderr
    again = runner.invoke(main, ["score", "--store", str(store), str(SAMPLES / "05HARARE339.txt")])
    assert "assessment store" not in again.stderr
    assert runner.invoke(main, ["history", "--where", "--store", str(store)]).stdout == \
        f"{store}\n"


def test_a_draft_that_replaces_a_different_one_of_the_same_country_year_says_so(tmp_path):
    store = tmp_path / "drafts.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["score", "--store", str(store), str(SAMPLES / "08MEXICO722.txt")])
    result = runner.invoke(main, ["score", "--store", str(store), "--format", "json",
                                  str(SAMPLES / "08MEXICO722.txt"),
                                  str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")])
    assert result.exit_code == 0, result.output
    note = result.stderr.splitlines()[-1]
    assert note.startswith(f"{store}: the Mexico 2008 draft kept in the store now differs from "
                           "the one kept ")
    assert note.endswith(": tier 2WL -> 2, 2 findings changed; cables 08MEXICO722 -> "
                         "08MEXICO722 08MEXICO_LAGON_VISIT")


def test_history_of_a_country_nobody_scored_is_an_error():
    result = CliRunner().invoke(main, ["history", "Atlantis"])
    assert result.exit_code == 2, result.output
    assert result.stderr == "Atlantis: error: no published tier and no draft for this country\n"


def test_batch_and_score_draft_every_country_year_of_the_samples_alike(tmp_path):
    batched, scored = tmp_path / "batch", tmp_path / "score"
    result = CliRunner().invoke(main, ["batch", str(SAMPLES), "-o", str(batched), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", "-o",
                                       str(scored), str(SAMPLES)])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(batched / "assessments.csv").to_dict("records")
    from_batch = {(row["country"], row["report_year"]):
                  (str(row["tier"]), row["confidence_level"], row["cables"].split(),
                   [row[f"pillar_score_{pillar}"]
                    for pillar in ("prosecution", "protection", "prevention")])
                  for row in rows}
    from_score = {}
    for path in scored.glob("*.json"):
        report = json.loads(path.read_text())
        pillars = report["tier"]["pillars"]
        from_score[report["country"], report["report_year"]] = (
            report["tier"]["recommended"], report["tier"]["confidence"]["level"],
            report["cables"], [pillars[name]["score"] if pillars[name]["score"] is not None
                               else float("nan") for name in ("prosecution", "protection",
                                                              "prevention")])
    assert sorted(from_score) == sorted(from_batch)
    assert ("Mexico", 2008) in from_score
    for key, (tier, confidence, cables, pillars) in from_score.items():
        batch_tier, batch_confidence, batch_cables, batch_pillars = from_batch[key]
        assert (tier, confidence, sorted(cables)) == (batch_tier, batch_confidence,
                                                      sorted(batch_cables)), key
        assert pd.Series(pillars, dtype=float).equals(pd.Series(batch_pillars, dtype=float)), key


def test_batch_says_standard_input_is_for_score(tmp_path):
    result = CliRunner().invoke(main, ["batch", "-", "-o", str(tmp_path / "out")],
                                input="1. The government opened two shelters.\n")
    assert result.exit_code == 2, result.output
    assert "use: tvpa-scorer score -" in result.stderr


def test_batch_refuses_standard_output_for_its_tables(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", str(SAMPLES / "05HARARE339.txt"), "-o", "-"])
    assert result.exit_code == 2, result.output
    assert "-o names the directory for the three tables" in result.stderr
    assert list(tmp_path.iterdir()) == []
