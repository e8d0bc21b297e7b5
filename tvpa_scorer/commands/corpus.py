"""`tvpa-scorer batch` and `history`: a corpus scored on all cores, and a country over years."""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

import click

from tvpa_scorer.commands.common import (
    EXIT_CLEAN,
    EXIT_PROBLEMS,
    fail,
    history_option,
    max_size_option,
    no_store_option,
    open_store,
    report_problem,
    rule_set_of,
    rules_option,
    store_option,
    tier_history,
)
from tvpa_scorer.corpus.batch import (
    ASSESSMENT_COLUMNS,
    FINDING_COLUMNS,
    Settings,
    draft_country,
    group,
    scan,
    scan_limit,
    start_engine,
)
from tvpa_scorer.corpus.history_table import history_rows, history_text
from tvpa_scorer.corpus.store import StoreError
from tvpa_scorer.kit.json_stream import JsonWriter
from tvpa_scorer.kit.parallel import available_cores, run_jobs
from tvpa_scorer.kit.problems import Problem
from tvpa_scorer.kit.progress import progress_bar
from tvpa_scorer.kit.sources import expand_inputs
from tvpa_scorer.kit.tables import FORMATS, TableWriter, parquet_available


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", "output_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Directory for findings.<format> and assessments.<format>.")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="Worker processes (default: every core this process may use).")
@click.option("--format", "table_format", type=click.Choice(FORMATS), default="csv",
              show_default=True, help="csv, or parquet (needs the 'parquet' extra: pyarrow).")
@history_option
@store_option
@no_store_option
@max_size_option
@rules_option
def batch(paths: tuple[str, ...], output_dir: Path, jobs: int | None, table_format: str,
          history_file: Path | None, store_path: Path | None, no_store: bool, max_size: int,
          rules_dir: Path | None) -> None:
    """Score a corpus: a row per cable and criterion, and a row per country-year with its tier.

    PATH is a file, a directory (every *.txt in it, recursively) or a quoted glob. The
    cables of one country and report year are read together for its tier, each cable alone
    for its own findings. Files stream through every core; memory does not grow with the
    corpus. A file that cannot be read is reported and skipped. Each country-year is kept
    in the assessment store, where a later year finds it to compare efforts with.

    \b
    Writes, atomically:
      OUT/findings.csv     cable, path, country, report_year, criterion, status, score,
                           evidence, first_citation
      OUT/assessments.csv  country, report_year, cables, tier, previous_tier, move,
                           significant_efforts, watch_list, confidence, prosecution,
                           protection, prevention, rules_version

    \b
    Examples:
      tvpa-scorer batch cablegate/tip/ -o scored/
      tvpa-scorer batch 'archive/**/*.txt' -o scored --format parquet --jobs 2
    """
    if table_format == "parquet" and not parquet_available():
        fail("--format parquet needs pyarrow: pip install 'tvpa-scorer[parquet]'")
    rule_set_of(rules_dir)  # a broken rule file stops the run before any work
    tier_history(history_file)
    settings = Settings(rules_dir, history_file, max_size)
    workers = jobs or available_cores()
    started = time.monotonic()
    failed, files = False, []
    for item in expand_inputs(paths):
        if isinstance(item, Problem):
            failed = report_problem(item) or failed
        else:
            files.append(item)
    with open_store(store_path, no_store) as store:
        scanned = []
        for outcome in run_jobs(scan, files, partial(scan_limit, settings), workers, 64):
            if outcome.error:
                failed = _report_error(outcome.item, outcome.error)
            elif isinstance(outcome.value, Problem):
                failed = report_problem(outcome.value) or failed
            else:
                scanned.append(outcome.value)
        prior_of = (lambda country, year: None) if store is None else store.prior
        countries = list(group(scanned, prior_of))
        findings = TableWriter(output_dir / f"findings.{table_format}", FINDING_COLUMNS,
                               table_format)
        assessments = TableWriter(output_dir / f"assessments.{table_format}",
                                  ASSESSMENT_COLUMNS, table_format)
        try:
            with progress_bar(sum(item.cables for item in countries), "Scoring", "cables") \
                    as advance:
                for outcome in run_jobs(draft_country, countries, partial(start_engine, settings),
                                        workers, 1):
                    advance(outcome.item.cables)
                    if outcome.error:
                        failed = _report_error(_first_path(outcome.item), outcome.error)
                        continue
                    for result in outcome.value:
                        failed = any([report_problem(problem) for problem in result.problems]) \
                            or failed
                        findings.add(result.finding_rows)
                        if result.assessment_row:
                            assessments.add([result.assessment_row])
                        if store is not None and result.record is not None:
                            store.save(result.record)
        except (KeyboardInterrupt, StoreError) as exc:
            findings.abort()
            assessments.abort()
            fail(str(exc) or "interrupted: no output written")
        rows, years = findings.close(), assessments.close()
    seconds = time.monotonic() - started
    click.echo(f"{len(scanned)} cables, {years} country-years, {rows} findings in "
               f"{seconds:.1f} s ({len(scanned) / max(seconds, 1e-6):.0f} cables/s on "
               f"{workers} process{'es' if workers > 1 else ''}): {findings.path}, "
               f"{assessments.path}")
    sys.exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@click.command()
@click.argument("country")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "csv"]),
              default="text", show_default=True, help="text for people; json or csv for tools.")
@history_option
@store_option
def history(country: str, output_format: str, history_file: Path | None,
            store_path: Path | None) -> None:
    """A country's tiers over the years: published, and drafted by tvpa-scorer.

    Published tiers come from the built-in history (2001-2015) and --history; drafts from
    the assessment store, with their pillar scores and the rules version that made them.

    \b
    Examples:
      tvpa-scorer history Mexico
      tvpa-scorer history "Korea, South" --format json
    """
    published = tier_history(history_file)
    with open_store(store_path, False) as store:
        try:
            drafts = store.history(country)
        except StoreError as exc:
            fail(str(exc))
    rows = history_rows(country, published, drafts)
    if not rows:
        fail(f"{country}: error: no published tier and no draft for this country")
    if output_format == "json":
        JsonWriter(sys.stdout.write, many=False).add({"country": country, "years": rows})
    elif output_format == "csv":
        click.echo(history_text(rows, csv_format=True), nl=False)
    else:
        click.echo(history_text(rows), nl=False)


def _report_error(where: str, message: str) -> bool:
    """An unexpected failure on one input: said on one line, and the run goes on."""
    click.echo(f"{where}: error: {message}", err=True)
    return True


def _first_path(item) -> str:
    return item.years[0][1][0]
