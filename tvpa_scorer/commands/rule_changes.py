"""`tvpa-scorer eval` and `diff`: what the rules get right on labelled cables, and what a
change to the rules changes."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import click

from tvpa_scorer import __version__
from tvpa_scorer.assessment.assess import Assessment, assess
from tvpa_scorer.assessment.decisions import AnalystDecision
from tvpa_scorer.assessment.history import TierHistory
from tvpa_scorer.cables import Document, read_document, read_text
from tvpa_scorer.commands.common import (
    exit_on,
    fail,
    matcher_of,
    max_size_option,
    report_problem,
    rule_set_of,
    rules_option,
    store_option,
    tier_history,
)
from tvpa_scorer.commands.options import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND
from tvpa_scorer.corpus.blind_export import blind_json, blind_outline
from tvpa_scorer.corpus.blind_score import BlindScore, judge_cable, judge_snippet
from tvpa_scorer.corpus.blind_set import is_blind_set, load_blind_set
from tvpa_scorer.corpus.decision_agreement import (
    agreements,
    agreements_json,
    agreements_markdown,
    recorded_decisions,
)
from tvpa_scorer.corpus.findings_diff import diff_drafts, diff_json, diff_markdown
from tvpa_scorer.corpus.labels import load_labels
from tvpa_scorer.corpus.revisions import (
    Repository,
    Revision,
    RevisionError,
    export_rules,
    merge_base,
    relocated,
    repository_of,
    resolve,
)
from tvpa_scorer.corpus.scoreboard import Ratio, Scoreboard, build_scoreboard, judge_label
from tvpa_scorer.corpus.scoreboard_export import (
    scoreboard_json,
    scoreboard_outline,
    scoreboard_problems,
)
from tvpa_scorer.corpus.store import StoreError, default_store
from tvpa_scorer.corpus.submissions import Submission, cable_submissions, read_submission
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.diagnostics import FORMATS, problems_text
from tvpa_scorer.kit.json_stream import JsonWriter
from tvpa_scorer.kit.problems import Location, Problem, Severity, errors_among, sorted_problems
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import STDIN
from tvpa_scorer.reports.drafting import Draft, draft
from tvpa_scorer.reports.render import TemplateError
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.model import RuleSet

DEFAULT_LABELS = "labels"
_share = click.FloatRange(0.0, 1.0)


@click.command("eval")
@click.argument("labels", nargs=-1, required=True, metavar="LABELS...")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True,
              help="text for people; json for other tools; github (workflow annotations) or "
                   "sarif (2.1.0): each status that disagrees at its label file, each labelled "
                   "quote missed at its cable line, each bar missed.")
@click.option("--min-agreement", type=_share, metavar="SHARE",
              help="Exit 1 when the share of labelled criteria whose status agrees is below "
                   "this.")
@click.option("--min-precision", type=_share, metavar="SHARE",
              help="Exit 1 when evidence precision is below this.")
@click.option("--min-recall", type=_share, metavar="SHARE",
              help="Exit 1 when the share of labelled evidence quotes found is below this.")
@max_size_option
@rules_option
def evaluate(labels: tuple[str, ...], output_format: str, min_agreement: float | None,
             min_precision: float | None, min_recall: float | None, max_size: int,
             rules_dir: Path | None) -> None:
    """Score labelled cables and show how often the rules agree with the analyst.

    LABELS are label files (labels/*.yml) or directories of them. Per criterion: how many
    labelled statuses agree, and evidence precision (counted hits overlapping a labelled
    quote, of all counted hits) and recall (labelled quotes a counted hit overlaps). Per
    rule: true and false positives and misses, each with its cable file and line; a miss
    a rule found but did not count names the modifier that vetoed it. Hits are judged
    only for criteria whose label lists evidence quotes.

    A LABELS folder holding snippets.yml is a blind set (snippets with the class an
    analyst gives them, cables with their statuses; see README): it is scored in one
    process and its figures are reported per class and per criterion, never checked.

    \b
    Examples:
      tvpa-scorer eval labels
      tvpa-scorer eval ../shared/eval-dev
      tvpa-scorer eval --min-agreement 0.9 --min-recall 0.8 labels
      tvpa-scorer eval --format json labels/08MEXICO722.yml | jq .totals
    """
    blind_sets = [Path(path) for path in labels if is_blind_set(Path(path))]
    if blind_sets:
        if len(blind_sets) != len(labels) or min_agreement or min_precision or min_recall:
            raise click.UsageError("give a blind set alone, without label files or bars: "
                                   "its figures are reported, not checked")
        if output_format not in ("text", "json"):
            raise click.UsageError("a blind set's figures are text or json, not annotations")
        _evaluate_blind_sets(blind_sets, output_format, max_size, rules_dir)
    loaded, problems = load_labels(labels)
    exit_on(problems)
    matcher = matcher_of(rules_dir)
    results, failed = [], False
    for label in loaded:
        assessed, errors = _assessed(Submission.from_label(label), matcher, max_size)
        failed = failed or errors
        if assessed is not None:
            results.append(judge_label(label, *assessed))
    board = build_scoreboard(results)
    bars = {name: value for name, value in (("agreement", min_agreement),
                                            ("precision", min_precision),
                                            ("recall", min_recall)) if value is not None}
    below = _below_bars(board, bars)
    if output_format in ("github", "sarif"):
        problems = [*scoreboard_problems(board),
                    *(Problem(Location(""), Severity.ERROR, message, "bar") for message in below)]
        click.echo(problems_text(problems, output_format, __version__), nl=False)
    elif output_format == "json":
        JsonWriter(sys.stdout.write, many=False).add(scoreboard_json(board, bars))
    else:
        click.echo(scoreboard_outline(board), nl=False)
    for message in below:
        click.echo(f"eval: error: {message}", err=True)
    sys.exit(EXIT_ERROR if failed else EXIT_FOUND if below else EXIT_CLEAN)


def _assessed(submission: Submission, matcher: Matcher, max_size: int
              ) -> tuple[tuple[Assessment, Document] | None, bool]:
    """The submission read and assessed (None if it cannot be read), and whether an error
    was reported on the way."""
    document, problems = read_submission(submission, matcher.rule_set.topics, max_size)
    errors = any([report_problem(problem) for problem in problems])
    if document is None:
        return None, True
    return (assess(document, matcher, submission.country,
                   submission.report_year), document), errors


def _evaluate_blind_sets(folders: list[Path], output_format: str, max_size: int,
                        rules_dir: Path | None) -> NoReturn:
    """Score every snippet and labelled cable of each set with one rule set, and report."""
    matcher = matcher_of(rules_dir)
    rule_set = matcher.rule_set
    priority = frozenset(criterion.criterion_id for criterion in rule_set.criteria
                         if criterion.priority)
    failed = False
    for folder in folders:
        blind_set, problems = load_blind_set(folder)
        exit_on(problems)
        snippets = []
        for snippet in blind_set.snippets:
            document = read_document([read_text(snippet.text, rule_set.topics,
                                                snippet.snippet_id)])
            findings = assess(document, matcher).findings
            snippets.append(judge_snippet(snippet, next(
                (finding for finding in findings
                 if finding.criterion.criterion_id == snippet.criterion_id), None)))
        cables = []
        for label in blind_set.cables:
            assessed, errors = _assessed(Submission(str(label.path), (str(label.cable),),
                                                    label.country, label.report_year),
                                         matcher, max_size)
            failed = failed or errors
            if assessed is not None:
                assessment, document = assessed
                cables.append(judge_cable(label, assessment.findings, document))
        score = BlindScore(tuple(snippets), tuple(cables), priority)
        if output_format == "json":
            JsonWriter(sys.stdout.write, many=False).add(blind_json(score, str(folder)))
        else:
            click.echo(blind_outline(score, str(folder)), nl=False)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def _below_bars(board: Scoreboard, bars: dict[str, float]) -> list[str]:
    """A line for each bar the scoreboard does not reach."""
    figures: dict[str, Ratio] = {"agreement": board.agreement, "precision": board.precision,
                                 "recall": board.recall}
    messages = []
    for name, bar in bars.items():
        ratio = figures[name]
        if ratio.value is None:
            messages.append(f"{name} cannot be measured (the labels give nothing "
                            f"to measure it on), so --min-{name} {bar:g} is not reached")
        elif ratio.value < bar:
            messages.append(f"{name} {ratio.value:.3f} ({ratio.part}/{ratio.whole}) "
                            f"is below --min-{name} {bar:g}")
    return messages


@click.command("diff")
@click.argument("cables", nargs=-1, metavar="[CABLES...]")
@click.option("--base", "base_name", metavar="REV",
              help="The revision to compare with (default: the merge base of HEAD and main, "
                   "or origin/main).")
@click.option("--head", "head_name", metavar="REV",
              help="The revision of the changed rules (default: the working tree).")
@click.option("--labels", "label_paths", multiple=True, metavar="PATH",
              help="Score the cables these label files (or directories) name, each label's "
                   f"cables read together (default without CABLES: {DEFAULT_LABELS}/).")
@click.option("--format", "output_format", type=click.Choice(["md", "json"]), default="md",
              show_default=True, help="md for a pull-request comment; json for other tools.")
@click.option("--fail-on-change", is_flag=True,
              help="Exit 1 when any finding or tier changed (for CI that must approve them).")
@store_option
@max_size_option
@rules_option
def diff(cables: tuple[str, ...], base_name: str | None, head_name: str | None,
         label_paths: tuple[str, ...], output_format: str, fail_on_change: bool,
         store_path: Path | None, max_size: int, rules_dir: Path | None) -> None:
    """Show which findings a change to the rules changes: score the cables with the rules as
    they are at two git revisions and compare them.

    Per document and criterion: status, score, evidence added and removed, and the
    recommended tier. CABLES are scored one by one; without them, the cables of the
    label files in labels/ (each label's cables read together, as eval reads them). The
    rules directory (--rules, default the shipped one) must be in a git repository; in a
    shallow clone the missing history is fetched from origin once.

    \b
    Exit status: 0 whether or not anything changed (1 on a change with --fail-on-change),
    2 on an error.

    \b
    Examples:
      tvpa-scorer diff                                   # this branch's rule changes
      tvpa-scorer diff --base HEAD~1
      tvpa-scorer diff --rules rules --base origin/main > comment.md
      tvpa-scorer diff --format json --base v1.2 --head v1.3 samples/08MEXICO722.txt
    """
    if STDIN in cables:
        raise click.UsageError("diff reads each cable once per revision; give files, not '-'")
    submissions = _submissions(cables, label_paths)
    directory = rules_dir or bundled_rules()
    history = tier_history(None)
    with tempfile.TemporaryDirectory(prefix="tvpa-scorer-diff-") as scratch:
        try:
            repository = repository_of(directory)
            base = resolve(repository, base_name) if base_name else merge_base(repository)
            head = resolve(repository, head_name) if head_name else None
            base_rules = _rules_at(repository, base, Path(scratch) / "base")
            head_rules = _rules_at(repository, head, Path(scratch) / "head") if head \
                else rule_set_of(directory)
        except RevisionError as exc:
            fail(str(exc.problem))
        before, failed = _drafts(base_rules, submissions, history, max_size, report=True)
        after, _ = _drafts(head_rules, submissions, history, max_size, report=False)
    pairs = [(before[name], after[name]) for name in before if name in after]
    changes = diff_drafts(pairs, str(base), str(head) if head else "the working tree",
                          base.commit, head.commit if head else None)
    # the analyst's decisions (tvpa-scorer review) a change comes to agree with
    agreed = agreements(pairs, _decisions_on(store_path, [after for _, after in pairs]))
    if output_format == "json":
        JsonWriter(sys.stdout.write, many=False).add(
            {**diff_json(changes), "analyst_agreements": agreements_json(agreed)})
    else:
        try:
            click.echo(diff_markdown(changes) + agreements_markdown(agreed), nl=False)
        except TemplateError as exc:
            fail(str(exc))
    sys.exit(EXIT_ERROR if failed else EXIT_FOUND if fail_on_change and changes.changed
             else EXIT_CLEAN)


def _decisions_on(store_path: Path | None, drafts: list[Draft]) -> list[list[AnalystDecision]]:
    """The analyst's decisions kept on each draft's country-year; exit 2 on a broken store."""
    try:
        return recorded_decisions(store_path or default_store(), drafts)
    except StoreError as exc:
        fail(str(exc))


def _submissions(cables: tuple[str, ...], label_paths: tuple[str, ...]) -> list[Submission]:
    """What diff scores: the CABLES one by one and the labelled submissions; exit 2 on a problem."""
    if not cables and not label_paths:
        if not Path(DEFAULT_LABELS).is_dir():
            raise click.UsageError(f"give CABLES or --labels PATH (there is no "
                                   f"{DEFAULT_LABELS}/ directory here)")
        label_paths = (DEFAULT_LABELS,)
    submissions, problems = cable_submissions(cables)
    labels, label_problems = load_labels(label_paths)
    exit_on(problems + label_problems)
    return submissions + [Submission.from_label(label) for label in labels]


def _rules_at(repository: Repository, revision: Revision, into: Path) -> RuleSet:
    """The rule set at a revision, every problem located as 'REV:rules/x.yml:3:5'; exit 2 on
    an error."""
    exported = export_rules(repository, revision, into)
    rule_set, problems = load_rules(exported)
    for problem in sorted_problems(relocated(problem, exported, revision, repository)
                                   for problem in problems):
        report_problem(problem)
    if rule_set is None:
        errors = len(errors_among(problems))
        fail(f"{revision.name}:{repository.rules}: {errors} "
             f"error{'s' if errors != 1 else ''} in the rules at {revision}")
    return rule_set


def _drafts(rule_set: RuleSet, submissions: list[Submission], history: TierHistory,
            max_size: int, report: bool) -> tuple[dict[str, Draft], bool]:
    """Each submission drafted with one rule set (one matcher for all); True if any failed."""
    matcher, drafts, failed = Matcher(rule_set), {}, False
    for submission in submissions:
        document, problems = read_submission(submission, rule_set.topics, max_size)
        if report:
            failed = any([report_problem(problem) for problem in problems]) or failed
        if document is None:
            failed = True
            continue
        # no store: a diff compares rules, not the drafts kept from earlier runs
        drafts[submission.name] = draft(document, matcher, history, country=submission.country,
                                        report_year=submission.report_year)
    return drafts, failed
