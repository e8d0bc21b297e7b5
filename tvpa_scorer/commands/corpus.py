"""`tvpa-scorer batch` and `history`: a corpus scored on all cores, and a country over years."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from tvpa_scorer.commands.common import (
    fail,
    history_option,
    matcher_of,
    max_size_option,
    note,
    open_store,
    report_problem,
    rules_option,
    store_option,
    tier_history,
)
from tvpa_scorer.commands.options import EXIT_CLEAN, EXIT_ERROR, options
from tvpa_scorer.corpus.batch import Settings, run_batch
from tvpa_scorer.corpus.history_table import HISTORY_COLUMNS, history_rows, history_text
from tvpa_scorer.corpus.store import StoreError, default_store
from tvpa_scorer.kit.json_stream import JsonWriter
from tvpa_scorer.kit.parallel import available_cores
from tvpa_scorer.kit.problems import Problem
from tvpa_scorer.kit.sources import STDIN, expand_inputs
from tvpa_scorer.kit.tables import FORMATS, parquet_available, write_table


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", "output_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Directory for findings.<format>, evidence.<format>, "
                   "assessments.<format> and summary.html.")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="Worker processes (default: every core this process may use).")
@click.option("--format", "table_format", type=click.Choice([*FORMATS, "json"]), default="csv",
              show_default=True,
              help="csv; jsonl or json (both JSON Lines: one object a row); or parquet (needs "
                   "the 'parquet' extra: pyarrow).")
@history_option
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep each country-year's draft in this SQLite store, and compare each with "
                   "the draft of the year before kept there (default: keep none).")
@max_size_option
@rules_option
def batch(paths: tuple[str, ...], output_dir: Path, jobs: int | None, table_format: str,
          history_file: Path | None, store_path: Path | None, max_size: int,
          rules_dir: Path | None) -> None:
    """Score a corpus: a row per cable and criterion, and a row per country-year with its tier.

    PATH is a file, a directory (every *.txt in it, recursively) or a quoted glob. The
    cables of one country and report year are read together for its tier, each cable alone
    for its own findings. Files stream through every core; memory does not grow with the
    corpus. A file that cannot be read is reported and skipped, and so is the Department's
    tasker to all posts. With --store each country-year's draft is kept there, where a
    later year finds it to compare efforts with.

    \b
    Writes, atomically (the README's data dictionary says what each column holds):
      OUT/findings.csv     a row per cable and criterion: status, score, evidence counted
                           and not, the first citation
      OUT/evidence.csv     a row per piece of evidence: rule, direction, counted or why
                           not, modifiers, citation, line, offsets, quote
      OUT/assessments.csv  a row per country-year: tier, previous tier and move, efforts,
                           Watch List triggers, confidence, pillar_score_prosecution,
                           pillar_score_protection, pillar_score_prevention
      OUT/summary.html     one self-contained page: a heat map of the country-years
                           (rows, with the draft tier) by criterion (columns, grouped by
                           pillar), each cell a status letter and shade

    \b
    Examples:
      tvpa-scorer batch cablegate/tip/ -o scored/
      tvpa-scorer batch 'archive/**/*.txt' -o scored --format parquet --jobs 2
    """
    if STDIN in paths:
        raise click.UsageError("batch reads files, which its workers open; to draft a cable "
                               "from standard input, use: tvpa-scorer score -")
    if str(output_dir) == STDIN:
        raise click.UsageError("-o names the directory for the three tables, not standard "
                               "output; give a directory, or draft one cable with score")
    # a table of many rows is written as JSON Lines, which streams, whichever name is asked
    table_format = "jsonl" if table_format == "json" else table_format
    if table_format == "parquet" and not parquet_available():
        fail("--format parquet needs pyarrow: pip install 'tvpa-scorer[parquet]'")
    matcher_of(rules_dir)  # a broken rule file stops the run first; workers find it cached
    tier_history(history_file)
    workers = jobs or available_cores()
    started = time.monotonic()
    errors = []

    def report(problem: Problem) -> None:
        if report_problem(problem):
            errors.append(problem)

    files = []
    for item in expand_inputs(paths):
        if isinstance(item, Problem):
            report(item)
        else:
            files.append(item)
    with open_store(store_path, store_path is None) as store:
        try:
            settings = Settings(rules_dir, history_file, max_size, options().cache)
            summary = run_batch(files, output_dir, table_format, settings, workers, store,
                                report)
        except (KeyboardInterrupt, StoreError) as exc:
            fail(str(exc) or "interrupted: no output written")
    seconds = time.monotonic() - started
    rate = summary.cables / max(seconds, 1e-6)
    click.echo(f"{summary.cables} cables, {summary.country_years} country-years, "
               f"{summary.findings} findings in {seconds:.1f} s ({rate:.0f} cables/s on "
               f"{workers} process{'es' if workers > 1 else ''}): "
               f"{', '.join(map(str, (*summary.tables, summary.page)))}")
    if summary.replaced:
        note(f"{store_path}: {summary.replaced} draft{'s' if summary.replaced > 1 else ''} "
             "replaced an earlier draft of the same country-year that differs "
             "(tvpa-scorer history COUNTRY shows them)")
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


@click.command()
@click.argument("country", required=False)
@click.option("--format", "output_format", type=click.Choice(["text", "json", "csv"]),
              default="text", show_default=True, help="text for people; json or csv for tools.")
@click.option("--where", is_flag=True, help="Print where the assessment store is, and stop.")
@history_option
@store_option
def history(country: str | None, output_format: str, where: bool, history_file: Path | None,
            store_path: Path | None) -> None:
    """A country's tiers over the years: published, and drafted by tvpa-scorer.

    Published tiers come from the built-in history (2001-2015) and --history; drafts from
    the assessment store, with their pillar scores and the rules version that made them.

    \b
    Examples:
      tvpa-scorer history Mexico
      tvpa-scorer history "Korea, South" --format json
      tvpa-scorer history --where
    """
    path = store_path or default_store()
    if where:
        click.echo(f"{path}{'' if path.exists() else ' (not made yet: score makes it)'}")
        sys.exit(EXIT_CLEAN)
    if country is None:
        raise click.UsageError("give a COUNTRY, or --where")
    published = tier_history(history_file)
    drafts = []
    with open_store(path, not path.exists()) as store:  # reading makes no store
        try:
            drafts = store.history(country) if store else []
        except StoreError as exc:
            fail(str(exc))
    rows = history_rows(country, published, drafts)
    if not rows:
        fail(f"{country}: error: no published tier and no draft for this country")
    if output_format == "json":
        JsonWriter(sys.stdout.write, many=False).add({"country": country, "years": rows})
    elif output_format == "csv":
        write_table(sys.stdout, HISTORY_COLUMNS,
                    (tuple(row[column] for column in HISTORY_COLUMNS) for row in rows))
    else:
        click.echo(history_text(rows), nl=False)
