"""A corpus of cables -> a row per cable and criterion and a row per country-year, on all cores.

Two streamed passes over the files. The first reads only headers, to group the cables of
each country and report year (the parts of a submission and its supplements). The second
drafts each country's years in order on a worker process: the year's cables read together
give the country-year's tier, each cable read alone gives its own findings, and a draft
feeds the next year's comparison. Memory holds one country's cables at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.assessment.effort import PriorAssessment
from tvpa_scorer.assessment.history import TierHistory, load_history
from tvpa_scorer.cables import read_cable, read_cable_header, read_document
from tvpa_scorer.cables.grouping import Group, Placement, group, not_a_submission, place
from tvpa_scorer.cables.inputs import cable_warnings
from tvpa_scorer.corpus.store import AssessmentStore, StoredAssessment, record_of
from tvpa_scorer.evidence.engine import compiled
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.output_files import write_atomically
from tvpa_scorer.kit.parallel import run_jobs
from tvpa_scorer.kit.problems import InputError, Problem, error
from tvpa_scorer.kit.progress import progress_bar
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import read_source
from tvpa_scorer.kit.tables import TableWriter
from tvpa_scorer.reports.batch_page import batch_page
from tvpa_scorer.reports.drafting import draft
from tvpa_scorer.reports.heat_map import HeatEntry, heat_entry
from tvpa_scorer.reports.table_rows import (
    ASSESSMENT_COLUMNS,
    EVIDENCE_COLUMNS,
    FINDING_COLUMNS,
    assessment_row,
    evidence_rows,
    finding_rows,
)


@dataclass(frozen=True, slots=True)
class Settings:
    """What each worker process loads once."""

    rules_dir: Path | None
    history_file: Path | None
    max_size: int
    use_cache: bool = True  # the compiled rules from the cache (evidence/engine.py)


@dataclass(frozen=True, slots=True)
class Engine:
    matcher: Matcher
    history: TierHistory
    max_size: int


@dataclass(frozen=True, slots=True)
class CountryYears:
    """One country's cables, by report year, and its earlier drafts kept in the store."""

    country: str | None
    years: tuple[tuple[int | None, tuple[str, ...]], ...]
    priors: tuple[tuple[int, PriorAssessment], ...]

    @property
    def cables(self) -> int:
        return sum(len(paths) for _, paths in self.years)


@dataclass(frozen=True, slots=True)
class YearResult:
    """What one country-year gave: its rows, what to keep in the store, what to report."""

    finding_rows: tuple[tuple, ...]
    evidence_rows: tuple[tuple, ...]
    assessment_row: tuple | None
    record: StoredAssessment | None
    problems: tuple[Problem, ...]
    heat: HeatEntry | None  # the country-year's row of the summary page's heat map


@dataclass(frozen=True, slots=True)
class BatchSummary:
    cables: int
    country_years: int
    findings: int
    tables: tuple[Path, ...]  # the findings, evidence and assessments tables
    page: Path  # summary.html, the heat map of every country-year
    replaced: int  # drafts kept in the store that replaced a different earlier draft


def run_batch(files: Sequence[str], output_dir: Path, table_format: str, settings: Settings,
              workers: int, store: AssessmentStore | None,
              report: Callable[[Problem], object]) -> BatchSummary:
    """Scan the files, group them by country and year, draft every country-year on `workers`
    processes, and write the three tables and the summary page (summary.html); each
    country-year drafted goes to the store if any.

    Every problem goes to `report` as it comes, and the run goes on. On an interruption or a
    store failure, neither table is left behind and the exception is raised again."""
    scanned = []
    for found in scan_all(files, settings.max_size, workers):
        if isinstance(found, Problem):
            report(found)
        else:
            scanned.append(found)
    prior_of = (lambda country, year: None) if store is None else store.prior
    countries = list(by_country(scanned, prior_of))
    findings, evidence, assessments = (
        TableWriter(output_dir / f"{name}.{table_format}", columns, table_format)
        for name, columns in (("findings", FINDING_COLUMNS), ("evidence", EVIDENCE_COLUMNS),
                              ("assessments", ASSESSMENT_COLUMNS)))
    replaced, entries = 0, []
    try:
        with progress_bar(sum(item.cables for item in countries), "Scoring", "cables") \
                as advance:
            for outcome in run_jobs(draft_country, countries, partial(start_engine, settings),
                                    workers, 1):
                advance(outcome.item.cables)
                if outcome.error:
                    report(error(outcome.item.years[0][1][0], outcome.error, "failed"))
                    continue
                for result in outcome.value:
                    for problem in result.problems:
                        report(problem)
                    findings.add(result.finding_rows)
                    evidence.add(result.evidence_rows)
                    assessments.add([result.assessment_row] if result.assessment_row else [])
                    entries += [result.heat] if result.heat else []
                    if store is not None and result.record is not None:
                        replaced += store.save(result.record) is not None
    except BaseException:
        for table in (findings, evidence, assessments):
            table.abort()
        raise
    rows, _, years = (table.close() for table in (findings, evidence, assessments))
    tables = tuple(table.path for table in (findings, evidence, assessments))
    page = output_dir / "summary.html"
    write_atomically(page, batch_page(entries, len(scanned), [table.name for table in tables]))
    return BatchSummary(len(scanned), years, rows, tables, page, replaced)


def start_engine(settings: Settings) -> Engine:
    """Load and compile the rules and the tier history: once per process."""
    matcher, problems = compiled(settings.rules_dir or bundled_rules(), settings.use_cache)
    if matcher is None:
        raise ValueError("; ".join(str(problem) for problem in problems))
    return Engine(matcher, load_history(settings.history_file), settings.max_size)


def scan_all(files: Sequence[str], max_size: int, workers: int
             ) -> Iterator[tuple[str, Placement] | Problem]:
    """Where each file belongs, on `workers` processes, in order; a problem for a file that
    cannot be read, and for the Department's tasker."""
    for outcome in run_jobs(scan, files, partial(_size_limit, max_size), workers, 64):
        yield error(outcome.item, outcome.error, "failed") if outcome.error else outcome.value


def _size_limit(max_size: int) -> int:
    """What scanning needs in each process: only the size limit."""
    return max_size


def scan(max_size: int, path: str) -> tuple[str, Placement] | Problem:
    """Where a cable belongs, from its header and text; the problem if it cannot be read."""
    try:
        source = read_source(path, max_size)
    except InputError as exc:
        return exc.problem
    placement = place(read_cable_header(source), source.text, path)
    return not_a_submission(path) if placement.to_all_posts else (path, placement)


def by_country(scanned: Iterable[tuple[str, Placement]], prior_of) -> Iterator[CountryYears]:
    """The scanned cables as cables/grouping.py groups them, a country's years together;
    each cable of unknown country stands alone.

    `prior_of(country, year)` is the store's draft of the year before, or None."""
    years_of: dict[str | None, list[Group]] = defaultdict(list)
    for found in group(scanned):
        if found.country is None:
            yield CountryYears(None, ((found.report_year, found.items),), ())
        else:
            years_of[found.country].append(found)
    for country, groups in years_of.items():
        priors = ((found.report_year, prior_of(country, found.report_year))
                  for found in groups if found.report_year)
        yield CountryYears(country, tuple((found.report_year, found.items) for found in groups),
                           tuple((year, prior) for year, prior in priors if prior))


def draft_country(engine: Engine, item: CountryYears) -> tuple[YearResult, ...]:
    """Draft a country's years in order, each year compared with the one before."""
    stored = dict(item.priors)
    results = []
    for year, paths in item.years:
        result = _draft_year(engine, paths, item.country, year,
                             stored.get(year - 1) if year else None)
        if result.record is not None:
            stored[result.record.report_year] = result.record.as_prior()
        results.append(result)
    return tuple(results)


def _draft_year(engine: Engine, paths: tuple[str, ...], country: str | None, year: int | None,
                prior: PriorAssessment | None) -> YearResult:
    cables, problems = [], []
    for path in paths:
        try:
            cable = read_cable(read_source(path, engine.max_size), engine.matcher.rule_set.topics)
        except InputError as exc:
            problems.append(exc.problem)
            continue
        problems += cable_warnings(cable)
        cables.append(cable)
    if not cables:
        return YearResult((), (), None, None, tuple(problems), None)
    drafted = draft(read_document(cables), engine.matcher, engine.history, country=country,
                    report_year=year, prior=prior)
    alone = [drafted.assessment] if len(cables) == 1 else [
        assess(read_document([cable]), engine.matcher,
               drafted.assessment.country, year) for cable in cables]
    return YearResult(
        tuple(row for assessment, cable in zip(alone, cables, strict=True)
              for row in finding_rows(assessment, cable.path)),
        tuple(row for assessment in alone for row in evidence_rows(assessment)),
        assessment_row(drafted), record_of(drafted.assessment, drafted.decision),
        tuple(problems), heat_entry(drafted))
