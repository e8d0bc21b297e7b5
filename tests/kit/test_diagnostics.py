"""Problems in the formats CI reads: text, JSON, GitHub annotations and SARIF 2.1.0."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from click.testing import CliRunner

from tests.support import SARIF_SCHEMA
from tvpa_scorer.cli import main
from tvpa_scorer.kit.diagnostics import problems_text
from tvpa_scorer.kit.problems import Location, Problem, Severity, error, warning
from tvpa_scorer.kit.resources import bundled_rules

PROBLEMS = [
    error("rules/criteria/shelters.yml", "unknown key 'wieght' (did you mean 'weight'?)",
          "unknown-key", 12, 5),
    warning("rules/lexicon.yml", "concept 'raid' is named by no rule", "unused-concept", 3),
    Problem(Location(""), Severity.ERROR, "agreement 0.8 is below the bar 0.9: 50%, a comma",
            "bar"),
]


def _sarif_schema() -> dict:
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def test_text_is_one_compiler_line_a_problem():
    assert problems_text(PROBLEMS[:2], "text", "0.1.0") == (
        "rules/criteria/shelters.yml:12:5: error: unknown key 'wieght' (did you mean "
        "'weight'?)\nrules/lexicon.yml:3:1: warning: concept 'raid' is named by no rule\n")


def test_github_annotations_escape_what_the_runner_would_read_as_syntax():
    assert problems_text(PROBLEMS, "github", "0.1.0").splitlines() == [
        "::error file=rules/criteria/shelters.yml,line=12,col=5,title=unknown-key::unknown key "
        "'wieght' (did you mean 'weight'?)",
        "::warning file=rules/lexicon.yml,line=3,col=1,title=unused-concept::concept 'raid' is "
        "named by no rule",
        "::error title=bar::agreement 0.8 is below the bar 0.9: 50%25, a comma"]


def test_json_lists_every_field_of_a_problem():
    assert json.loads(problems_text(PROBLEMS[:1], "json", "0.1.0")) == {"problems": [
        {"path": "rules/criteria/shelters.yml", "line": 12, "column": 5, "severity": "error",
         "code": "unknown-key", "message": "unknown key 'wieght' (did you mean 'weight'?)"}]}


def test_sarif_is_valid_sarif_2_1_0_with_a_rule_per_problem_code():
    log = json.loads(problems_text(PROBLEMS, "sarif", "0.1.0"))
    jsonschema.validate(log, _sarif_schema())
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        "bar", "unknown-key", "unused-concept"]
    assert run["results"][0]["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "rules/criteria/shelters.yml"},
        "region": {"startLine": 12, "startColumn": 5}}}]
    assert "locations" not in run["results"][2]


@pytest.fixture
def broken_rules(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules(), rules)
    plan = rules / "criteria" / "national_plan.yml"
    plan.write_text(plan.read_text().replace("  weight: 2\n", "  wieght: 2\n", 1))
    return rules


def test_validate_sarif_validates_against_the_schema_and_exits_1(broken_rules):
    result = CliRunner().invoke(main, ["validate", "--format", "sarif", str(broken_rules)])
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, _sarif_schema())
    assert [item["ruleId"] for item in log["runs"][0]["results"]] == ["missing-key",
                                                                      "unknown-key"]
    assert result.stderr == f"{broken_rules}: 2 problems\n"


def test_validate_github_annotates_each_problem_on_its_line(broken_rules):
    result = CliRunner().invoke(main, ["validate", "--format", "github", str(broken_rules)])
    assert result.exit_code == 1, result.output
    plan = broken_rules / "criteria" / "national_plan.yml"
    assert result.stdout.splitlines()[1] == (
        f"::error file={plan},line=9,col=3,title=unknown-key::unknown key 'wieght' in the "
        "criterion (did you mean 'weight'?)")
