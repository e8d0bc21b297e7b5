"""`tvpa-scorer eval` on a blind set: snippets by class, cables by agreement and silence."""

import json
import textwrap

from click.testing import CliRunner

from tvpa_scorer.cli import main
from tvpa_scorer.corpus.blind_set import load_blind_set, normal_key

SNIPPETS = """\
    - id: s1
      criterion: national_plan
      text: The GOX does not have a national action plan to address trafficking in persons.
      expected: shortfall
      hedged: false
      numbers: []
    - id: s2
      criterion: national_plan
      text: The weather in the capital was mild in January.
      expected: no_evidence
    - id: s3
      criterion: national_plan
      text: The weather in the capital was mild in February.
      expected: credit
    """
CABLE = """\
    UNCLASSIFIED
    SUBJECT: RURITANIA: 2008 TIP REPORT SUBMISSION

    27. (U) PREVENTION
    -- A. The GOR does not have a national action plan to address trafficking in persons.
    -- B. The weather was mild.
    """
LABEL = """\
    cable: cable_1.txt
    country: Ruritania (name real, facts invented)
    report_year: 2008
    parse:
      answer_keys: [27A, 27B, 27C-D]
    criteria:
      national_plan: {status: not_met, why: the cable says so}
      shelters: {status: not_assessed}
      demand_reduction: {status: partial, accept_also: [not_assessed]}
    """


def blind_set(tmp_path, snippets: str = SNIPPETS, label: str = LABEL):
    (tmp_path / "labels").mkdir()
    (tmp_path / "cables").mkdir()
    (tmp_path / "snippets.yml").write_text(textwrap.dedent(snippets))
    (tmp_path / "labels" / "cable_1.yml").write_text(textwrap.dedent(label))
    (tmp_path / "cables" / "cable_1.txt").write_text(textwrap.dedent(CABLE))
    return tmp_path


def test_eval_reports_each_class_and_the_cable_figures(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--format", "json", str(blind_set(tmp_path))])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["snippets"]["by_class"]["shortfall"] == {"right": 1, "of": 1, "share": 1.0}
    assert figures["snippets"]["by_class"]["no_evidence"] == {"right": 1, "of": 1, "share": 1.0}
    assert figures["snippets"]["by_class"]["credit"] == {"right": 0, "of": 1, "share": 0.0}
    cables = figures["cables"]
    assert (cables["agreement_priority"], cables["silence"]) == (
        {"right": 2, "of": 2, "share": 1.0}, {"right": 1, "of": 1, "share": 1.0})
    assert cables["results"][0]["answer_keys_missing"] == ["27C-D"]


def test_eval_text_ends_on_the_summary(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(blind_set(tmp_path))])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-4:] == [
        "snippets right 2/3 (67%): credit 0/1, shortfall 1/1, planned 0/0, ngo_only 0/0, "
        "no_evidence 1/1",
        "cables, agreement where assessable: all criteria 2/2 (100%), "
        "the five priority criteria 2/2 (100%)",
        "cables, silence respected 1/1 (100%)",
        "answer keys found 2/3 (67%)"]


def test_a_snippet_without_a_class_is_located(tmp_path):
    folder = blind_set(tmp_path, snippets="- id: s1\n  criterion: shelters\n  text: x\n")
    result = CliRunner().invoke(main, ["eval", str(folder)])
    assert result.exit_code == 2
    assert result.stderr == (f"{folder / 'snippets.yml'}:1:3: error: a snippet is missing "
                             "required key 'expected'\n")


def test_bars_are_refused_with_a_blind_set(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--min-agreement", "0.5", str(blind_set(tmp_path))])
    assert result.exit_code == 2
    assert "give a blind set alone" in result.stderr


def test_labels_name_the_country_without_its_aside(tmp_path):
    loaded, problems = load_blind_set(blind_set(tmp_path))
    assert problems == []
    assert loaded.cables[0].country == "Ruritania"


def test_answer_keys_compare_without_separators():
    assert [normal_key(key) for key in ("28/A", "1.A", "3.E-F", "28/  D", "20A-B")] == [
        "28A", "1A", "3E-F", "28D", "20A-B"]
