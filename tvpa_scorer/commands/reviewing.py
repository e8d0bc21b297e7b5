"""`tvpa-scorer review`: the draft as a local web page where the analyst decides, and the
decisions exported as a label file."""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

import click

from tvpa_scorer import api
from tvpa_scorer.cables.inputs import Submission
from tvpa_scorer.commands.common import (
    country_option,
    exit_on,
    fail,
    history_option,
    max_size_option,
    note,
    report_problem,
    rules_option,
    store_option,
    tier_history,
    write_file,
    year_option,
)
from tvpa_scorer.commands.options import EXIT_CLEAN, EXIT_ERROR, options
from tvpa_scorer.corpus.label_export import label_text
from tvpa_scorer.corpus.store import AssessmentStore, StoreError, default_store
from tvpa_scorer.kit.problems import InputError, warning
from tvpa_scorer.review.server import ReviewServer
from tvpa_scorer.review.session import ReviewSession


@click.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--export", "export_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the decisions recorded so far as a label file (the format of "
                   "labels/*.yml, which 'tvpa-scorer eval' reads) instead of serving the page.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default="a free one",
              help="Port on 127.0.0.1 to serve the page on.")
@click.option("--open", "open_browser", is_flag=True,
              help="Also open the page in the default web browser.")
@country_option
@year_option
@history_option
@store_option
@max_size_option
@rules_option
def review(cables: tuple[str, ...], export_path: Path | None, port: int, open_browser: bool,
           country: str | None, year: int | None, history_file: Path | None,
           store_path: Path | None, max_size: int, rules_dir: Path | None) -> None:
    """Review a draft in the browser: accept or reject each passage, change a criterion's
    status, add a passage the rules missed.

    Serves the draft of one country-year (the HTML report of 'score') on 127.0.0.1 and
    prints its address; the address carries a token only this session knows, so open it
    as printed. Beside each passage: Accept, Reject, and a reason; under each criterion:
    another status, with a reason; select text in a cable at the foot of the page to add
    it as evidence for a criterion. Each decision is saved in the assessment store (with
    the rules version and the SHA-256 of each cable's file) the moment it is made, so a
    reload loses nothing. Ctrl-C stops the server.

    From then on 'score' applies the decisions (the analyst's word is the draft's: a
    rejected passage does not count, an added one does, a changed status stands and the
    tier follows it) and marks them in every format ("analyst: rejected, reason ...");
    a decision on a cable whose file has changed since is reported as stale and not
    applied. 'diff' says when a rule change comes to agree with a decision. --export
    writes the decisions as a label file, so 'eval' measures the rules against them.

    \b
    Examples:
      tvpa-scorer review samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer review --port 8765 --open samples/05HARARE339.txt
      tvpa-scorer review --export labels/mexico-2008.yml samples/08MEXICO722.txt \\
          samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer eval labels/mexico-2008.yml
    """
    tier_history(history_file)  # a history file that cannot be read stops the run first
    submission = _submission(cables, country, year, rules_dir, max_size)
    session = ReviewSession(submission, store_path or default_store(), rules_dir, history_file,
                            cache=options().cache)
    if export_path is not None:
        _export(session, export_path)
    else:
        _serve(session, port, open_browser)
    sys.exit(EXIT_CLEAN)


def _submission(cables: tuple[str, ...], country: str | None, year: int | None,
                rules_dir: Path | None, max_size: int) -> Submission:
    """The one country-year under review; exit 2 when there is none, or usage when several."""
    try:
        submissions, problems = api.read(cables, country, year, rules_dir, max_size,
                                         options().cache)
    except api.RuleError as exc:
        exit_on(list(exc.problems))
    failed = any([report_problem(problem) for problem in problems])
    if not submissions and failed:
        sys.exit(EXIT_ERROR)  # what failed is said above
    if not submissions:
        fail("error: no country's submission to review among the inputs")
    if len(submissions) > 1:
        listed = "; ".join(submission.name for submission in submissions)
        raise click.UsageError(f"the cables are of {len(submissions)} country-years: {listed}. "
                               "Review one at a time: pick it with --country (and --year)")
    submission = submissions[0]
    if submission.country is None or submission.report_year is None:
        fail(f"error: the draft's country or report year is unknown ({submission.name}), and "
             "decisions are kept by both: give --country and --year")
    return submission


def _export(session: ReviewSession, path: Path) -> None:
    """Write the label file; exit 2 when the draft or the file cannot be made."""
    try:
        drafted = session.draft()
        text = label_text(drafted, path)
    except (InputError, StoreError, ValueError) as exc:
        fail(str(getattr(exc, "problem", exc)))
    stale = len(drafted.analyst.stale)
    if stale:
        report_problem(warning(str(path), f"{stale} decision{'s' if stale != 1 else ''} not "
                               f"exported: {', '.join(drafted.analyst.changed_cables)} changed "
                               "since they were made", "stale-decisions"))
    write_file(path, text)
    click.echo(str(path))


def _serve(session: ReviewSession, port: int, open_browser: bool) -> None:
    """Serve the page until Ctrl-C; exit 2 when the port or the store cannot be had."""
    try:
        with AssessmentStore(session.store_path) as store:
            created = store.created
        session.draft()  # a draft that cannot be made fails here, not in the browser
        server = ReviewServer(session, port)
    except (InputError, StoreError) as exc:
        fail(str(getattr(exc, "problem", exc)))
    except OSError as exc:
        fail(f"error: cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}")
    if created:
        note(f"{session.store_path}: a new assessment store: the decisions are kept here")
    click.echo(f"Reviewing the {session.submission.name} draft at {server.url}")
    click.echo("Decisions are saved as they are made; press Ctrl-C to stop.")
    if open_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
