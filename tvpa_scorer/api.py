"""The Python API: cables in, a draft assessment out, as typed objects and as DataFrames.

    >>> import tvpa_scorer as ts
    >>> draft = ts.draft(["samples/08MEXICO722.txt", "samples/08MEXICO_LAGON_VISIT.txt"])
    >>> draft.country, draft.report_year, draft.tier.recommended.label
    ('Mexico', 2008, 'Tier 2')

Errors are the package's own exceptions, never an exit: `InputError` for an input that
cannot be read or inputs that are no one country-year, `RuleError` for a broken rule file.
The rules are compiled once per process and directory, and again when a rule file changes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.history import TierHistory, load_history
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.cables import read_text
from tvpa_scorer.cables.grouping import group
from tvpa_scorer.cables.inputs import Submission, read_cables, submissions_of
from tvpa_scorer.cables.model import Document
from tvpa_scorer.corpus.batch import scan_all
from tvpa_scorer.evidence.engine import compiled
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.parallel import available_cores, run_jobs
from tvpa_scorer.kit.problems import (
    InputError,
    Problem,
    Severity,
    error,
    errors_among,
    sorted_problems,
)
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES, expand_inputs
from tvpa_scorer.reports.drafting import Draft, DraftArchive, report_text
from tvpa_scorer.reports.drafting import draft as draft_document
from tvpa_scorer.reports.gaps import GapReview
from tvpa_scorer.reports.gaps_export import GAP_COLUMNS, gap_rows
from tvpa_scorer.reports.table_rows import EVIDENCE_COLUMNS, evidence_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DraftAssessment", "InputError", "RuleError", "batch", "draft", "draft_submission",
           "read"]


class RuleError(Exception):
    """A rules directory that cannot be loaded; `problems` says where, as validate does."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class DraftAssessment:
    """One country-year's draft: its findings, its tier and its gaps, with the cables."""

    draft: Draft
    warnings: tuple[Problem, ...]  # what the reader noticed: truncation, encoding, skips

    @property
    def country(self) -> str | None:
        return self.draft.assessment.country

    @property
    def report_year(self) -> int | None:
        return self.draft.assessment.report_year

    @property
    def assessment(self) -> Assessment:
        return self.draft.assessment

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.draft.assessment.findings

    @property
    def tier(self) -> TierDecision:
        return self.draft.decision

    @property
    def gaps(self) -> GapReview:
        return self.draft.gaps

    @property
    def document(self) -> Document:
        return self.draft.document

    def report(self, output_format: str = "md") -> str:
        """The report as the CLI writes it: "md", "html", "json" or "text"."""
        return report_text(self.draft, output_format)

    def findings_frame(self) -> pd.DataFrame:
        """A row per criterion: its statute, pillar, weight, status, score and evidence."""
        import pandas as pd

        return pd.DataFrame([{
            "criterion": finding.criterion.criterion_id, "title": finding.criterion.title,
            "statute": finding.criterion.statute, "pillar": finding.criterion.pillar.value,
            "weight": finding.criterion.weight, "applicable": finding.applicable,
            "status": finding.status.value, "score": finding.score,
            "evidence": len(finding.evidence), "not_counted": len(finding.rejected),
            "reason": finding.reason} for finding in self.findings])

    def evidence_frame(self) -> pd.DataFrame:
        """A row per piece of evidence found, counted or not: the criterion, which way it
        points, what modified it, and where it stands in its cable."""
        import pandas as pd

        return pd.DataFrame(list(evidence_rows(self.assessment)),
                            columns=list(EVIDENCE_COLUMNS)).astype(EVIDENCE_COLUMNS)

    def gaps_frame(self) -> pd.DataFrame:
        """A row per gap and per cited passage, then a row per follow-up question."""
        import pandas as pd

        return pd.DataFrame(list(gap_rows(self.gaps)), columns=list(GAP_COLUMNS))

    def _repr_html_(self) -> str:
        """A compact summary for Jupyter: the tier, the confidence and every status."""
        decision = self.tier
        rows = "".join(
            f"<tr><td>{html.escape(finding.criterion.title)}</td>"
            f"<td>{html.escape(finding.status.value.replace('_', ' '))}</td>"
            f"<td>{len(finding.evidence)}</td></tr>"
            for finding in self.findings if finding.applicable)
        title = html.escape(f"{self.country or 'Unknown country'}, "
                            f"{self.report_year or 'unknown'} report")
        return (f"<div><strong>{title}</strong>: {html.escape(decision.recommended.label)} "
                f"(confidence {html.escape(decision.confidence.level)}, "
                f"{decision.confidence.value:.0%} of the criteria's weight assessed)"
                f"<table><tr><th>criterion</th><th>status</th><th>evidence</th></tr>{rows}"
                "</table></div>")


def draft(cables: str | Path | Iterable[str | Path], country: str | None = None,
          year: int | None = None, rules: str | Path | None = None,
          history: str | Path | None = None) -> DraftAssessment:
    """Draft the assessment of one country-year from cables: each a `Path` or the path of a
    file or directory as a string, or cable text itself (a string naming no file).

    InputError when nothing can be read, or when the cables are of several country-years
    (`country` and `year` pick one; `batch` drafts each)."""
    drafts = list(_drafts(cables, country, year, rules, history))
    if len(drafts) > 1:
        names = "; ".join(f"{item.country or 'unknown country'} "
                          f"{item.report_year or 'unknown year'}" for item in drafts)
        raise InputError(error("draft", f"the cables are of {len(drafts)} country-years: "
                                        f"{names}; pick one with country= and year=, or use "
                                        "batch()", "several-country-years"))
    return drafts[0]


def batch(cables: str | Path | Iterable[str | Path], jobs: int | None = None,
          rules: str | Path | None = None, history: str | Path | None = None,
          max_size: int = DEFAULT_MAX_BYTES) -> Iterator[DraftAssessment]:
    """Draft every country-year of a corpus on `jobs` processes (default: every core), in
    the order of the groups; a file that cannot be read raises InputError before any draft
    is made. A message to all posts (a tasker) is skipped, as `tvpa-scorer batch` skips it."""
    paths = []
    for item in expand_inputs(str(item) for item in _items(cables)):
        if isinstance(item, Problem):
            raise InputError(item)
        paths.append(item)
    placed = []
    for found in scan_all(paths, max_size, jobs or available_cores()):
        if isinstance(found, Problem):
            if found.severity is Severity.ERROR:
                raise InputError(found)
        else:
            placed.append(found)
    groups = [tuple(found.items) for found in group(placed)]
    worker = partial(_draft_group, _rules_path(rules), None if history is None else
                     Path(history), max_size)
    for outcome in run_jobs(worker, groups, _no_setup, jobs or available_cores(), 1):
        if outcome.error:
            raise InputError(error(outcome.item[0], outcome.error, "failed"))
        yield from outcome.value


def _no_setup() -> None:
    """Workers need nothing made before their first job: each compiles the rules on first
    use, once, through `_matcher`."""


def _draft_group(rules: Path, history: Path | None, max_size: int, _setup: None,
                 paths: tuple[str, ...]) -> list[DraftAssessment]:
    return list(_drafts(list(paths), None, None, rules, history, max_size))


def read(cables: str | Path | Iterable[str | Path], country: str | None = None,
         year: int | None = None, rules: str | Path | None = None,
         max_size: int = DEFAULT_MAX_BYTES, cache: bool = True
         ) -> tuple[list[Submission], list[Problem]]:
    """The cables as submissions of one country-year each, and every problem met reading
    them: an input that cannot be read is a problem here, not an exception, so the others
    are still read. `draft` and the `score` and `gaps` commands start here. `cache=False`
    compiles the rules afresh rather than read them from the cache."""
    topics = _matcher(_rules_path(rules), cache).rule_set.topics
    items = _items(cables)
    found, problems = [], []
    for item in read_cables([str(item) for item in items if not _is_text(item)], topics,
                            max_size):
        (problems if isinstance(item, Problem) else found).append(item)
    found += [read_text(str(text), topics, f"text-{index}")
              for index, text in enumerate((item for item in items if _is_text(item)), 1)]
    submissions, noticed = submissions_of(found, country, year)
    return submissions, problems + noticed


def draft_submission(submission: Submission, rules: str | Path | None = None,
                     history: str | Path | None = None, store: DraftArchive | None = None,
                     warnings: Iterable[Problem] = (), cache: bool = True) -> DraftAssessment:
    """The draft of one submission; with a store of earlier drafts, compared with the one of
    the year before. InputError for a history file that cannot be read."""
    drafted = draft_document(submission.document, _matcher(_rules_path(rules), cache),
                             _history(None if history is None else Path(history)), store,
                             submission.country, submission.report_year)
    return DraftAssessment(drafted, tuple(warnings))


def _drafts(cables: str | Path | Iterable[str | Path], country: str | None, year: int | None,
            rules: str | Path | None, history: str | Path | None,
            max_size: int = DEFAULT_MAX_BYTES) -> Iterator[DraftAssessment]:
    submissions, problems = read(cables, country, year, rules, max_size)
    if errors_among(problems):
        raise InputError(errors_among(problems)[0])
    if not submissions:
        raise InputError(error("draft", "no country's submission among the cables given",
                               "nothing-to-draft"))
    for submission in submissions:
        yield draft_submission(submission, rules, history, warnings=problems)


def _is_text(item: str | Path) -> bool:
    """A string that names no file or directory, and does not look like a path, is text."""
    if isinstance(item, Path):
        return False
    if "\n" in item:
        return True
    return not (Path(item).exists() or item.endswith(".txt") or any(
        character in item for character in "*?[")) and item != "-"


def _items(cables: str | Path | Iterable[str | Path]) -> list[str | Path]:
    return [cables] if isinstance(cables, str | Path) else list(cables)


def _rules_path(rules: str | Path | None) -> Path:
    return (Path(rules) if rules is not None else bundled_rules()).resolve()


def _matcher(directory: Path, cache: bool = True) -> Matcher:
    """The matcher of a rules directory, compiled again only when a rule file changes; from
    the cache on disk (evidence/engine.py) unless `cache` is False."""
    stamp = tuple(sorted((str(path), path.stat().st_mtime_ns)
                         for path in directory.rglob("*.yml"))) if directory.is_dir() else ()
    return _compiled(directory, stamp, cache)


@lru_cache(maxsize=4)
def _compiled(directory: Path, stamp: tuple, cache: bool) -> Matcher:
    matcher, problems = compiled(directory, cache)
    if matcher is None:
        raise RuleError(sorted_problems(problems))
    return matcher


@lru_cache(maxsize=4)
def _history(path: Path | None) -> TierHistory:
    return load_history(path)
