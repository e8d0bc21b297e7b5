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
