"""The Python API: drafts as typed objects and DataFrames, errors as exceptions, never exits."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import tvpa_scorer as ts
from tests.support import SAMPLES
from tvpa_scorer.cli import main

ROOT = Path(__file__).resolve().parent.parent
MEXICO = [SAMPLES / "08MEXICO722.txt", SAMPLES / "08MEXICO_LAGON_VISIT.txt"]


@pytest.fixture(scope="module")
def mexico():
    return ts.draft(MEXICO)


def test_the_readme_example_runs(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Python API\n.*?```python\n(.*?)```", readme, re.DOTALL).group(1)
    monkeypatch.chdir(ROOT)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "Mexico 2008 Tier 2"
    assert "Insufficient evidence" in printed
    assert "Mexico 2008 2" in printed
    assert printed[-1].startswith("draft: error: the cables are of 2 country-years: Mexico 2008; "
                                  "Zimbabwe 2005")


def test_a_draft_is_the_one_score_makes(mexico):
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json",
                                       *map(str, MEXICO)])
    assert result.exit_code == 0, result.output
    assert json.loads(mexico.report("json")) == json.loads(result.stdout)


def test_the_findings_frame_has_a_row_per_criterion(mexico):
    frame = mexico.findings_frame()
    assert len(frame) == len(mexico.findings)
    assert list(frame.columns) == ["criterion", "title", "statute", "pillar", "weight",
                                   "applicable", "status", "score", "evidence", "not_counted",
                                   "reason"]
    assert list(frame.status) == [finding.status.value for finding in mexico.findings]
    assert frame.set_index("criterion").loc["shelters", "statute"] == "22 U.S.C. 7106(b)(2)"


def test_the_evidence_frame_says_why_what_did_not_count_did_not(mexico):
    frame = mexico.evidence_frame()
    counted = sum(len(finding.evidence) for finding in mexico.findings)
    assert int(frame.counted.sum()) == counted
    pointer = frame[frame.not_counted_because == "cross_reference"].iloc[0]
    assert (pointer.cable, pointer.citation) == ("08MEXICO722", "08MEXICO722 ¶40 Q.G")
    source = (SAMPLES / "08MEXICO722.txt").read_text(encoding="utf-8")
    assert " ".join(source[pointer.start:pointer.end].split()) == pointer.quote


def test_the_gaps_frame_ends_in_the_follow_up_questions(mexico):
    frame = mexico.gaps_frame()
    assert frame.kind.iloc[-1] == "follow_up"


def test_jupyter_shows_a_summary_with_text_escaped():
    draft = ts.draft("The <b>Ministry</b> of Labor runs two shelters for trafficking victims.",
                     year=2010)
    shown = draft._repr_html_()
    assert shown.startswith("<div><strong>Unknown country, 2010 report</strong>: Insufficient "
                            "evidence")
    assert "<b>" not in shown


def test_several_country_years_raise_input_error_with_the_list():
    with pytest.raises(ts.InputError, match="Mexico 2008; Zimbabwe 2005"):
        ts.draft([*MEXICO, SAMPLES / "05HARARE339.txt"])


def test_a_missing_file_raises_input_error():
    with pytest.raises(ts.InputError, match=r"nothere\.txt: error: no such file"):
        ts.draft("samples/nothere.txt")


def test_a_broken_rules_directory_raises_rule_error_with_located_problems(tmp_path):
    with pytest.raises(ts.RuleError) as raised:
        ts.draft(MEXICO, rules=tmp_path)
    assert str(raised.value.problems[0]).startswith(f"{tmp_path}/")


def test_batch_yields_a_draft_per_country_year():
    drafts = list(ts.batch(SAMPLES, jobs=1))
    assert [(draft.country, draft.report_year) for draft in drafts] == [
        ("Cambodia", 2010), ("Indonesia", 2009), ("Jordan", 2010), ("Mexico", 2008),
        ("Peru", 2006), ("Zimbabwe", 2005), ("Zimbabwe", 2008)]


def test_batch_raises_on_a_file_it_cannot_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(MEXICO[0], corpus)
    (corpus / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01binary")
    with pytest.raises(ts.InputError, match=r"scan\.txt: error: "):
        list(ts.batch(corpus, jobs=1))


def test_read_reports_an_unreadable_input_and_still_reads_the_others(tmp_path):
    submissions, problems = ts.read([*MEXICO, tmp_path / "missing.txt"])
    assert [str(problem) for problem in problems if problem.severity.value == "error"] == [
        f"{tmp_path}/missing.txt: error: no such file"]
    assert [(item.country, item.report_year, len(item.document.cables))
            for item in submissions] == [("Mexico", 2008, 2)]
