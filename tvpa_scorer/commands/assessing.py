"""`tvpa-scorer score` and `gaps`: the draft assessment and what it lacks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tvpa_scorer import api
from tvpa_scorer.cables.inputs import Submission
from tvpa_scorer.commands.common import (
    country_option,
    exit_on,
    fail,
    history_option,
    keep,
    max_size_option,
    no_store_option,
    open_store,
    rendered,
    report_problem,
    rules_option,
    store_option,
    template_text,
    tier_history,
    verbose,
    write_file,
    year_option,
)
from tvpa_scorer.commands.options import EXIT_CLEAN, EXIT_ERROR, options
from tvpa_scorer.corpus.store import AssessmentStore
from tvpa_scorer.kit.json_stream import JsonWriter
from tvpa_scorer.kit.problems import InputError
from tvpa_scorer.kit.tables import write_table
from tvpa_scorer.reports.drafting import EXTENSIONS, Draft, report_name
from tvpa_scorer.reports.gaps_export import GAP_COLUMNS, gap_rows, gaps_json
from tvpa_scorer.reports.source_links import source_links


@click.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--format", "output_formats", multiple=True,
              type=click.Choice(list(EXTENSIONS)),
              help="text (the default on a terminal), md, html or json; repeat it with -o to "
                   "write several. With -o and no --format: md, html and json.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the report files into this directory (atomically) and print their "
                   "paths, instead of printing the report.")
@country_option
@year_option
@history_option
@store_option
@no_store_option
@max_size_option
@rules_option
def score(cables: tuple[str, ...], output_formats: tuple[str, ...], output_dir: Path | None,
          country: str | None, year: int | None, history_file: Path | None,
          store_path: Path | None, no_store: bool, max_size: int,
          rules_dir: Path | None) -> None:
    """Draft a country assessment: a finding per criterion, a tier, and the report.

    The cables are read together as one assessment (the parts of a submission, its
    supplement, a narrative cable from the same post), each piece of evidence citing its
    own cable. Each finding says its status (met, partial, not_met, not_assessed), its
    score and formula, the evidence that counted, what was found but not counted and why
    (planned, NGO-run, negated, cross-reference...), numbers, and evidence gaps. The tier
    follows the law of the report year (rules/tiers.yml) and the tier history (built in
    for the 2001-2015 reports; --history adds or corrects rows). Each draft is kept in the
    assessment store, and a draft of the year before, if kept, tells whether efforts
    increased, were maintained or decreased.

    \b
    Examples:
      tvpa-scorer score samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer score -o reports samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer score --format html cable.txt > draft.html
      tvpa-scorer score --format json --year 2008 --history tiers.csv - < cable.txt
    """
    if len(output_formats) > 1 and output_dir is None:
        raise click.UsageError("give one --format when printing; use -o DIR to write several")
    formats = output_formats or (("md", "html", "json") if output_dir else ("text",))
    tier_history(history_file)  # a history file that cannot be read stops the run first
    submissions, failed = _submissions(cables, rules_dir, max_size, country, year,
                                       several=output_dir is not None)
    with open_store(store_path, no_store) as store:
        for submission in submissions:
            drafted = _drafted(submission, rules_dir, history_file, store)
            texts = {name: rendered(drafted, name, output_dir) for name in formats}
            if output_dir is None:
                click.echo(texts[formats[0]], nl=False)
            for name, text in texts.items() if output_dir else ():
                path = output_dir / f"{report_name(drafted)}.{EXTENSIONS[name]}"
                write_file(path, text)
                click.echo(str(path))
            keep(store, drafted)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@click.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--format", "output_format", type=click.Choice(["md", "csv", "json"]),
              default="md", show_default=True,
              help="md for people; csv for a spreadsheet; json for other tools.")
@country_option
@year_option
@max_size_option
@rules_option
def gaps(cables: tuple[str, ...], output_format: str, country: str | None, year: int | None,
         max_size: int, rules_dir: Path | None) -> None:
    """Review what the cables do not establish, and list what to ask the embassy.

    For each criterion not met: questions answered only by a cross-reference (with the
    question's text), evidence that is only planned, hedged or another actor's, the
    enforcement figures whose absence triggers the data presumption, aspects nothing
    supports, and criteria the cables never reach (for instance because an excerpt stops
    early). It ends in a checklist of follow-up questions, each tied to its criterion and
    statute paragraph.

    \b
    Examples:
      tvpa-scorer gaps samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer gaps --format csv samples/05HARARE339.txt > zimbabwe-gaps.csv
    """
    submissions, failed = _submissions(cables, rules_dir, max_size, country, year,
                                       several=False)
    for submission in submissions:
        drafted = _drafted(submission, rules_dir, None, None)
        assessment, review = drafted.assessment, drafted.gaps
        if output_format == "json":
            JsonWriter(sys.stdout.write, many=False).add(gaps_json(review, assessment))
        elif output_format == "csv":
            write_table(sys.stdout, GAP_COLUMNS, gap_rows(review))
        else:
            click.echo(template_text("gap-review.md.j2", review=review, assessment=assessment,
                                      sources=source_links(drafted.document, None)), nl=False)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def _submissions(cables: tuple[str, ...], rules_dir: Path | None, max_size: int,
                 country: str | None, year: int | None, several: bool
                 ) -> tuple[list[Submission], bool]:
    """The cables as submissions of one country-year each (api.read), and whether any input
    failed; exit 2 on a broken rule file.

    Several country-years are drafted one by one only when `several` (reports written to
    files); printed, they would run together, so the command asks which one is meant."""
    try:
        submissions, problems = api.read(cables, country, year, rules_dir, max_size,
                                         options().cache)
    except api.RuleError as exc:
        exit_on(list(exc.problems))
    failed = any([report_problem(problem) for problem in problems])
    for submission in submissions:
        verbose(submission.how_placed())
    if not submissions and failed:
        sys.exit(EXIT_ERROR)  # what failed is said above
    if not submissions:
        fail("error: no country's submission to draft among the inputs")
    if len(submissions) > 1 and not several:
        listed = "; ".join(f"{submission.name} ({len(submission.document.cables)} "
                           f"cable{'s' if len(submission.document.cables) > 1 else ''})"
                           for submission in submissions)
        raise click.UsageError(f"the cables are of {len(submissions)} country-years: "
                               f"{listed}. Pick one with --country (and --year), or draft "
                               "each with -o DIR")
    return submissions, failed


def _drafted(submission: Submission, rules_dir: Path | None, history_file: Path | None,
             store: AssessmentStore | None) -> Draft:
    """The submission's draft (api.draft_submission); exit 2 on a history file that cannot
    be read."""
    try:
        return api.draft_submission(submission, rules_dir, history_file, store,
                                    cache=options().cache).draft
    except InputError as exc:
        fail(str(exc.problem))
