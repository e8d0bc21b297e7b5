"""Steps of a maintainer changing the rules: the scoreboard on the labels, and the findings diff."""

from __future__ import annotations

from click.testing import CliRunner
from pytest_bdd import given, parsers, then, when

from tests.steps.labels import LABELS
from tests.support import SAMPLES, rules_repository
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.labels import load_labels
from tvpa_scorer.corpus.scoreboard import Ratio, build_scoreboard, judge_label
from tvpa_scorer.corpus.submissions import Submission, read_submission
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES


@given("the labelled cables in labels/", target_fixture="labels")
def given_all_labels():
    labels, problems = load_labels([str(LABELS)])
    assert [str(problem) for problem in problems] == []
    return labels


@given("the shipped rules committed to a git repository", target_fixture="repository")
def given_repository(tmp_path):
    return rules_repository(tmp_path, bundled_rules())


@when("a maintainer evaluates the rules on them", target_fixture="board")
def when_evaluated(labels, rule_set, matcher):
    documents = [read_submission(Submission.from_label(label), rule_set.topics,
                                 DEFAULT_MAX_BYTES)[0] for label in labels]
    return build_scoreboard(judge_label(label, assess(document, matcher, label.country,
                                                      label.report_year), document)
                            for label, document in zip(labels, documents, strict=True))


@when(parsers.parse('a maintainer removes the pattern starting "{start}" from rule "{rule_id}"'))
def when_pattern_removed(repository, start, rule_id):
    _edit_rule(repository, rule_id, lambda line: not line.strip().startswith(f"- {start}"))


@when(parsers.parse('a maintainer rewords the title of rule "{rule_id}"'))
def when_title_reworded(repository, rule_id):
    _edit_rule(repository, rule_id, lambda line: True, title="A reworded title")


@when(parsers.parse('the diff is run on the sample cable "{name}"'), target_fixture="run")
def when_diff(repository, name):
    return CliRunner().invoke(main, ["diff", "--rules", str(repository / "rules"),
                                     str(SAMPLES / name)])


@when(parsers.parse('the diff is run against the revision "{revision}" on the sample cable '
                    '"{name}"'), target_fixture="run")
def when_diff_against(repository, revision, name):
    return CliRunner().invoke(main, ["diff", "--rules", str(repository / "rules"), "--base",
                                     revision, str(SAMPLES / name)])


@then(parsers.parse("{part:d} of {whole:d} labelled statuses agree"))
def then_agreement(board, part, whole):
    assert board.agreement == Ratio(part, whole), board.disagreements


@then("every labelled evidence quote is found by a counted piece of evidence")
def then_recall(board):
    assert board.misses == ()


@then(parsers.parse('the diff shows criterion "{criterion}" of cable "{cable}" changing from '
                    '"{before}" to "{after}"'))
def then_status_changed(run, criterion, cable, before, after):
    assert run.exit_code == 0, run.output
    row = f"| {cable} | {criterion} | {_words(before)} → **{_words(after)}** |"
    assert row in run.stdout, run.stdout


@then(parsers.parse('the diff lists the evidence "{quote}" as removed'))
def then_evidence_removed(run, quote):
    assert quote in run.stdout.partition("Evidence removed")[2], run.stdout


@then("the diff says no tier changed")
def then_no_tier_changed(run):
    assert "; no tier changed." in run.stdout, run.stdout


@then("the diff says in one line that no findings changed")
def then_nothing_changed(run):
    assert run.exit_code == 0, run.output
    assert run.stdout.startswith("No findings changed between ")
    assert run.stdout.count("\n") == 1, run.stdout


@then(parsers.parse('the diff fails saying "{message}"'))
def then_diff_fails(run, message):
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(message), run.stderr


def _words(status: str) -> str:
    """A status as the diff's Markdown writes it: 'not_met' -> 'not met'."""
    return status.replace("_", " ")


def _edit_rule(repository, rule_id: str, keep, title: str | None = None) -> None:
    """Rewrite one rule's lines in the repository's working tree, as a maintainer would."""
    for path in (repository / "rules" / "criteria").glob("*.yml"):
        lines = path.read_text().splitlines(keepends=True)
        if f"  - id: {rule_id}\n" not in lines:
            continue
        start = lines.index(f"  - id: {rule_id}\n")
        end = next((index for index in range(start + 1, len(lines))
                    if lines[index].startswith("  - id: ")), len(lines))
        body = [line for line in lines[start:end] if keep(line)]
        if title is not None:
            body = [f"    title: {title}\n" if line.startswith("    title: ") else line
                    for line in body]
        path.write_text("".join(lines[:start] + body + lines[end:]))
