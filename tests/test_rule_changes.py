"""`tvpa-scorer eval` and `diff` on the command line; diff runs in a git repository built here."""

import json
import shutil
import textwrap

import jsonschema
import pytest
from click.testing import CliRunner

from tests.support import SAMPLES, SARIF_SCHEMA, git, rules_repository
from tvpa_scorer.cli import main
from tvpa_scorer.kit.resources import bundled_rules

LABELS = SAMPLES.parent / "labels"
MEXICO = str(SAMPLES / "08MEXICO722.txt")
QUESTIONS_PATTERN = "- (asked|ask|asks|pose[sd]?) ~{0,3}questions"


@pytest.fixture
def repository(tmp_path):
    """A repository holding the shipped rules in one commit on main."""
    return rules_repository(tmp_path, bundled_rules())


def without_questions_pattern(repository) -> None:
    path = repository / "rules" / "criteria" / "migration_monitoring.yml"
    # border screening still counts; officials asking questions to spot a victim does not
    path.write_text("".join(line for line in path.read_text().splitlines(keepends=True)
                            if not line.strip().startswith(QUESTIONS_PATTERN)))


def run_diff(repository, *arguments: str):
    return CliRunner().invoke(main, ["diff", "--rules", str(repository / "rules"), *arguments])


def write_label(tmp_path, text: str):
    path = tmp_path / "label.yml"
    path.write_text(textwrap.dedent(text).replace("SAMPLES", str(SAMPLES)))
    return path


# ---- eval ---------------------------------------------------------------------------

def test_eval_json_gives_agreement_and_recall_on_the_shipped_labels():
    result = CliRunner().invoke(main, ["eval", "--format", "json", "--min-agreement", "1",
                                       "--min-recall", "1", str(LABELS)])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.stdout)["totals"]
    assert (totals["agreement"], totals["recall"]) == (
        {"part": 29, "whole": 29, "value": 1.0}, {"part": 19, "whole": 19, "value": 1.0})


def test_eval_below_a_bar_names_the_bar_and_the_figure_and_exits_1(tmp_path):
    label = write_label(tmp_path, """\
        cables: [SAMPLES/05HARARE339.txt]
        report_year: 2005
        findings:
          national_plan: {status: met}
        """)
    result = CliRunner().invoke(main, ["eval", "--min-agreement", "0.5", str(label)])
    assert result.exit_code == 1, result.output
    assert result.stderr == "eval: error: agreement 0.000 (0/1) is below --min-agreement 0.5\n"
    assert "  " + str(label) + ": national_plan: labelled met, scored not_met" in result.stdout


def test_eval_bar_on_a_figure_the_labels_cannot_give_exits_1(tmp_path):
    label = write_label(tmp_path, """\
        cables: [SAMPLES/05HARARE339.txt]
        findings:
          national_plan: {status: not_met}
        """)
    result = CliRunner().invoke(main, ["eval", "--min-recall", "0.8", str(label)])
    assert result.exit_code == 1, result.output
    assert result.stderr == ("eval: error: recall cannot be measured (the labels give nothing "
                             "to measure it on), so --min-recall 0.8 is not reached\n")


def test_eval_reports_a_broken_label_located_and_exits_2(tmp_path):
    label = write_label(tmp_path, """\
        cables: [SAMPLES/05HARARE339.txt]
        findings:
          national_plan:
            status: not_met
            evidnce: [The government does not yet have a national plan of action.]
        """)
    result = CliRunner().invoke(main, ["eval", str(label)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"{label}:5:5: error: unknown key 'evidnce' in the label of "
                             "'national_plan' (did you mean 'evidence'?)\n")


def test_eval_reports_a_missing_label_file(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "none.yml")])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"{tmp_path}/none.yml: error: no such label file\n"


def test_eval_refuses_a_bar_outside_0_to_1():
    result = CliRunner().invoke(main, ["eval", "--min-recall", "80", str(LABELS)])
    assert result.exit_code == 2, result.output


# ---- diff ---------------------------------------------------------------------------

def test_diff_shows_the_finding_a_narrowed_rule_changes(repository):
    without_questions_pattern(repository)
    result = run_diff(repository, MEXICO)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    base = git(repository, "rev-parse", "--short=7", "HEAD")
    assert lines[:7] == [
        "## Findings changed by the rules",
        "",
        f"Between the merge base with main ({base}) and the working tree: **1 finding "
        "changed** in 1 of 1 document (20 criteria each); no tier changed.",
        "",
        "| document | criterion | status | score | evidence |",
        "|---|---|---|---|---|",
        "| 08MEXICO722 | migration_monitoring | partial → **not met** | 0.20 → **0.00** | +0 −1 |",
    ]
    assert "<details><summary>Evidence removed (1)</summary>" in lines


def test_diff_with_nothing_changed_prints_one_line(repository):
    result = run_diff(repository, MEXICO)
    assert result.exit_code == 0, result.output
    base = git(repository, "rev-parse", "--short=7", "HEAD")
    assert result.stdout == (f"No findings changed between the merge base with main ({base}) "
                             "and the working tree (1 document, 20 criteria).\n")


def test_diff_json_lists_the_evidence_removed_and_compares_two_commits(repository):
    without_questions_pattern(repository)
    git(repository, "commit", "--quiet", "-am", "narrow border-trafficking-screening")
    result = run_diff(repository, "--format", "json", "--base", "HEAD~1", "--head", "HEAD",
                      MEXICO)
    assert result.exit_code == 0, result.output
    contract = json.loads(result.stdout)
    change = contract["findings"][0]
    assert (contract["changed"], len(contract["findings"]), change["criterion"],
            change["status"], change["removed"][0]["citation"],
            change["removed"][0]["rule"]) == (
        True, 1, "migration_monitoring", {"base": "partial", "head": "not_met"},
        "08MEXICO722 ¶37 Q.D", "border-trafficking-screening")


def test_diff_fail_on_change_exits_1_when_a_finding_changed(repository):
    without_questions_pattern(repository)
    result = run_diff(repository, "--fail-on-change", MEXICO)
    assert result.exit_code == 1, result.output


def test_diff_names_a_revision_the_repository_lacks(repository):
    result = run_diff(repository, "--base", "HEAD~1", MEXICO)
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"HEAD~1: error: no such revision in {repository} (give a "
                             "branch, tag or commit it has)\n")


def test_diff_without_main_says_what_to_fetch(repository):
    git(repository, "branch", "--move", "main", "trunk")
    result = run_diff(repository, MEXICO)
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"main: error: cannot find the merge base of HEAD and main in "
                             f"{repository}: fetch it ('git fetch origin main', with its "
                             "history: '--unshallow' in a shallow clone) or give --base REV\n")


def test_diff_locates_problems_in_the_rules_of_a_revision(repository):
    plan = repository / "rules" / "criteria" / "national_plan.yml"
    correct = plan.read_text()
    plan.write_text(correct.replace("  weight: 2\n", "  wieght: 2\n", 1))
    git(repository, "commit", "--quiet", "-am", "a typo")
    plan.write_text(correct)
    result = run_diff(repository, "--base", "HEAD", MEXICO)
    assert result.exit_code == 2, result.output
    commit = git(repository, "rev-parse", "--short=7", "HEAD")
    assert result.stderr.splitlines() == [
        "HEAD:rules/criteria/national_plan.yml:5:3: error: the criterion is missing required "
        "key 'weight'",
        "HEAD:rules/criteria/national_plan.yml:9:3: error: unknown key 'wieght' in the "
        "criterion (did you mean 'weight'?)",
        f"HEAD:rules: 2 errors in the rules at HEAD ({commit})"]


def test_diff_at_a_revision_without_rules_says_so(repository):
    git(repository, "rm", "--quiet", "-r", "rules")
    git(repository, "commit", "--quiet", "-m", "rules moved away")
    git(repository, "checkout", "--quiet", "HEAD~1", "--", "rules")
    result = run_diff(repository, "--base", "HEAD", MEXICO)
    assert result.exit_code == 2, result.output
    commit = git(repository, "rev-parse", "--short=7", "HEAD")
    assert result.stderr == f"HEAD:rules: error: no rules directory at HEAD ({commit})\n"


def test_diff_needs_the_rules_in_a_git_repository(tmp_path):
    shutil.copytree(bundled_rules(), tmp_path / "rules")
    result = CliRunner().invoke(main, ["diff", "--rules", str(tmp_path / "rules"), MEXICO])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"{tmp_path}/rules: error: not in a git repository: diff "
                             "compares the rules at two revisions of one\n")


def test_diff_fetches_what_a_shallow_clone_lacks(repository, tmp_path):
    without_questions_pattern(repository)
    git(repository, "commit", "--quiet", "-am", "narrow border-trafficking-screening")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth=1", f"file://{repository}", str(clone))
    result = run_diff(clone, "--base", "HEAD~1", "--format", "json", MEXICO)
    assert result.exit_code == 0, result.output
    assert [change["criterion"] for change in json.loads(result.stdout)["findings"]] == [
        "migration_monitoring"]


def _disagreeing_label(tmp_path):
    label = tmp_path / "zimbabwe.yml"
    label.write_text(textwrap.dedent(f"""\
        cables: [{SAMPLES / "05HARARE339.txt"}]
        country: Zimbabwe
        report_year: 2005
        findings:
          national_plan:
            status: met
          shelters:
            status: not_met
            evidence:
              - A sentence that the cable does not hold.
        """))
    return label


def test_eval_annotates_a_status_that_disagrees_at_its_label_for_github(tmp_path):
    label = _disagreeing_label(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--format", "github", "--min-agreement", "1",
                                       str(label)])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        f"::warning file={label},title=status-disagrees::national_plan: labelled met, scored "
        "not_met",
        f"::warning file={label},title=quote-missed::shelters: the labelled quote is not "
        "counted (the quote is not in the cables: check the label): \"A sentence that the "
        "cable does not hold.\"",
        "::error title=bar::agreement 0.500 (1/2) is below --min-agreement 1"]


def test_eval_sarif_is_valid_sarif(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--format", "sarif",
                                       str(_disagreeing_label(tmp_path))])
    assert result.exit_code == 0, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert [item["ruleId"] for item in log["runs"][0]["results"]] == ["status-disagrees",
                                                                      "quote-missed"]
