import json
import shutil

from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main
from tvpa_scorer.resources import bundled_rules


def test_validate_accepts_the_shipped_rules():
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(" examples: no problems\n")


def test_validate_prints_located_errors_and_exits_1(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules(), rules)
    plan = rules / "criteria" / "national_plan.yml"
    plan.write_text(plan.read_text().replace("  weight: 2\n", "  wieght: 2\n", 1))
    result = CliRunner().invoke(main, ["validate", str(rules)])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"{plan}:5:3: error: the criterion is missing required key 'weight'",
        f"{plan}:9:3: error: unknown key 'wieght' in the criterion (did you mean 'weight'?)",
        f"{rules}: 2 problems"]


def test_validate_reports_a_missing_rules_directory(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "none")])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"{tmp_path}/none: error: no such rules directory\n"
                             f"{tmp_path}/none: 1 problem\n")


def test_parse_with_broken_rules_stops_before_reading(tmp_path):
    (tmp_path / "topics.yml").write_text("pillars: [\n")
    result = CliRunner().invoke(main, ["parse", "--rules", str(tmp_path),
                                       str(SAMPLES / "08MEXICO722.txt")])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"{tmp_path}/topics.yml:2:1: error: invalid YAML")


def test_parse_join_reads_the_files_as_one_document():
    result = CliRunner().invoke(main, ["parse", "--join", "--format", "json",
                                       str(SAMPLES / "08MEXICO722.txt"),
                                       str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")])
    assert result.exit_code == 0, result.output
    # undated cables go after dated ones
    assert json.loads(result.stdout)["id"] == "08MEXICO722+08MEXICO_LAGON_VISIT"


def test_help_teaches_by_example():
    result = CliRunner().invoke(main, ["parse", "--help"])
    assert result.exit_code == 0
    assert "tvpa-scorer parse samples/08MEXICO722.txt" in result.stdout


def test_score_json_follows_the_contract():
    result = CliRunner().invoke(main, ["score", "--format", "json",
                                       str(SAMPLES / "08MEXICO722.txt")])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["cables"], document["country"], document["report_year"]) == (
        ["08MEXICO722"], "Mexico", 2008)
    finding = next(item for item in document["findings"] if item["criterion"] == "shelters")
    assert {"criterion", "status", "score", "evidence", "rejected", "numbers", "gaps"} <= set(
        finding)
    assert {"cable", "paragraph", "key", "start", "end", "quote", "supports", "modifiers"} <= set(
        finding["evidence"][0])
    assert {"vetoed_by"} <= set(finding["rejected"][0])
    assert {"what", "value", "unit", "quote"} <= set(finding["numbers"][0])


def test_score_reads_standard_input():
    result = CliRunner().invoke(main, ["score", "--format", "json", "--year", "2009", "-"],
                                input="1. (U) The Ministry of Labor operates two shelters for "
                                      "trafficking victims.\n")
    assert result.exit_code == 0, result.output
    findings = {item["criterion"]: item["status"] for item in
                json.loads(result.stdout)["findings"]}
    assert (findings["shelters"], findings["national_plan"]) == ("partial", "not_assessed")


def test_score_reports_an_unreadable_cable_and_exits_1(tmp_path):
    result = CliRunner().invoke(main, ["score", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"{tmp_path}/missing.txt: error: no such file\n"
