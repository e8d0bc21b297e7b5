"""Draft assessments kept in SQLite, so a later draft can compare a country with its past.

One row per country, report year and set of cables: the rules version that scored it, the
tier, the effort and pillar means, and each criterion's status. Saving the same country,
year and cables again replaces the row. The file lives where `--store` or
TVPA_SCORER_STORE says, else in the user's data directory.

Beside the drafts, the analyst's decisions made with `tvpa-scorer review`: one row per
country, report year, criterion and passage (or status), the latest decision winning.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.decisions import AnalystDecision, Passage, Verdict
from tvpa_scorer.assessment.effort import PriorAssessment
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.assessment.tier import TierDecision
from tvpa_scorer.cables.countries import country_key
from tvpa_scorer.rules.tier_law import Tier

STORE_VARIABLE = "TVPA_SCORER_STORE"
# 1: drafts; 2: the analyst's decisions beside them (a store of version 1 gains the table
# when it is opened, its drafts untouched)
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS assessments (
    country TEXT NOT NULL,
    country_key TEXT NOT NULL,
    report_year INTEGER NOT NULL,
    cables TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    tier TEXT NOT NULL,
    effort REAL,
    pillars TEXT NOT NULL,
    findings TEXT NOT NULL,
    saved TEXT NOT NULL,
    PRIMARY KEY (country_key, report_year, cables)
);
CREATE TABLE IF NOT EXISTS decisions (
    country TEXT NOT NULL,
    country_key TEXT NOT NULL,
    report_year INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    cable TEXT NOT NULL,
    passage_start INTEGER NOT NULL,
    passage_end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    verdict TEXT NOT NULL,
    status TEXT,
    supports INTEGER NOT NULL,
    reason TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    cable_hashes TEXT NOT NULL,
    made TEXT NOT NULL,
    PRIMARY KEY (country_key, report_year, criterion, cable, passage_start, passage_end)
);
"""


class StoreError(Exception):
    """A store that cannot be opened or read, said in one line."""


@dataclass(frozen=True, slots=True)
class StoredAssessment:
    country: str
    report_year: int
    cables: tuple[str, ...]
    rules_version: str
    tier: Tier
    effort: float | None
    pillars: tuple[tuple[str, float | None], ...]
    findings: tuple[tuple[str, str], ...]  # (criterion, status)
    saved: str

    def as_prior(self) -> PriorAssessment:
        return PriorAssessment(self.report_year, self.tier, self.effort, self.pillars,
                               self.rules_version)


def record_of(assessment: Assessment, decision: TierDecision) -> StoredAssessment | None:
    """What the store keeps of a draft; None when its country or year is unknown."""
    if assessment.country is None or assessment.report_year is None:
        return None
    return StoredAssessment(
        assessment.country, assessment.report_year, tuple(sorted(assessment.cables)),
        assessment.rules_version, decision.recommended, decision.effort,
        tuple((score.pillar, score.mean) for score in decision.pillars),
        tuple((finding.criterion.criterion_id, finding.status.value)
              for finding in assessment.findings if finding.applicable),
        datetime.now(UTC).isoformat(timespec="seconds"))


def replacement_note(earlier: StoredAssessment, record: StoredAssessment) -> str:
    """One line on how a new draft of a country-year differs from the one kept before it."""
    before = dict(earlier.findings)
    changed = sum(1 for criterion, status in record.findings if before.get(criterion) != status)
    tier = f"tier {earlier.tier.value} -> {record.tier.value}" if earlier.tier != record.tier \
        else f"tier {record.tier.value} as before"
    cables = "" if earlier.cables == record.cables else \
        f"; cables {' '.join(earlier.cables)} -> {' '.join(record.cables)}"
    return (f"the {record.country} {record.report_year} draft kept in the store now differs "
            f"from the one kept {earlier.saved}: {tier}, {changed} finding"
            f"{'s' if changed != 1 else ''} changed{cables}")


def default_store() -> Path:
    """TVPA_SCORER_STORE, else $XDG_DATA_HOME (or ~/.local/share)/tvpa-scorer."""
    if os.environ.get(STORE_VARIABLE):
        return Path(os.environ[STORE_VARIABLE])
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "tvpa-scorer" / "assessments.sqlite"


class AssessmentStore:
    """The store, open; use as a context manager so it is closed after use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.created = not path.exists()  # so the user is told once where drafts go
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path)
            version = self.connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{path}: error: store written by a newer tvpa-scorer "
                                 f"(schema {version}); upgrade to read it")
            self.connection.executescript(_SCHEMA)
            self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{path}: error: cannot open the assessment store: {exc}") from None

    def __enter__(self) -> AssessmentStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.connection.close()

    def save(self, record: StoredAssessment) -> StoredAssessment | None:
        """Keep a draft; one of the same country, year and cables is replaced. The latest
        earlier draft of the country-year comes back when this one differs from it."""
        earlier = self._latest(record.country, record.report_year)
        row = (record.country, country_key(record.country), record.report_year,
               json.dumps(sorted(record.cables)), record.rules_version, record.tier.value,
               record.effort, json.dumps(dict(record.pillars)), json.dumps(dict(record.findings)),
               record.saved)
        self._write("INSERT OR REPLACE INTO assessments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row)
        differs = earlier is not None and (earlier.tier, earlier.findings, earlier.cables) != \
            (record.tier, record.findings, record.cables)
        return earlier if differs else None

    def previous(self, country: str | None, report_year: int | None) -> StoredAssessment | None:
        """The latest draft of the year before, for the same country."""
        if country is None or report_year is None:
            return None
        return self._latest(country, report_year - 1)

    def prior(self, country: str | None, report_year: int | None) -> PriorAssessment | None:
        """The draft of the year before, as a later draft compares itself with it."""
        kept = self.previous(country, report_year)
        return kept.as_prior() if kept else None

    def history(self, country: str) -> list[StoredAssessment]:
        """Every draft of the country, oldest report first."""
        return self._read("SELECT * FROM assessments WHERE country_key = ? "
                          "ORDER BY report_year, saved", (country_key(country),))

    def record(self, decision: AnalystDecision) -> None:
        """Keep an analyst's decision; an earlier one on the same passage (or status) of the
        same criterion is replaced."""
        passage = decision.passage or Passage("", 0, 0, "")
        row = (decision.country, country_key(decision.country), decision.report_year,
               decision.criterion_id, passage.cable, passage.start, passage.end, passage.quote,
               decision.verdict.value, decision.status.value if decision.status else None,
               int(decision.supports), decision.reason, decision.rules_version,
               json.dumps(dict(decision.cable_hashes)), decision.made)
        self._write("INSERT OR REPLACE INTO decisions VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)

    def withdraw(self, country: str, report_year: int, criterion_id: str,
                 span: tuple[str, int, int] | None) -> None:
        """Forget the decision on a passage (or, with no span, on the status) of a criterion."""
        cable, start, end = span or ("", 0, 0)
        self._write("DELETE FROM decisions WHERE country_key = ? AND report_year = ? AND "
                    "criterion = ? AND cable = ? AND passage_start = ? AND passage_end = ?",
                    (country_key(country), report_year, criterion_id, cable, start, end))

    def decisions(self, country: str | None, report_year: int | None
                  ) -> list[AnalystDecision]:
        """The analyst's decisions on a country-year, oldest first."""
        if country is None or report_year is None:
            return []
        try:
            rows = self.connection.execute(
                "SELECT * FROM decisions WHERE country_key = ? AND report_year = ? "
                "ORDER BY made, criterion", (country_key(country), report_year)).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: error: cannot read the store: {exc}") from None
        return [_decision(row) for row in rows]

    def _latest(self, country: str, report_year: int) -> StoredAssessment | None:
        rows = self._read("SELECT * FROM assessments WHERE country_key = ? AND report_year = ? "
                          "ORDER BY saved DESC LIMIT 1", (country_key(country), report_year))
        return rows[0] if rows else None

    def _write(self, statement: str, row: tuple) -> None:
        try:
            with self.connection:
                self.connection.execute(statement, row)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: error: cannot save to the store: {exc}") from None

    def _read(self, query: str, parameters: tuple) -> list[StoredAssessment]:
        try:
            rows = self.connection.execute(query, parameters).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: error: cannot read the store: {exc}") from None
        return [_stored(row) for row in rows]


def _stored(row: tuple) -> StoredAssessment:
    country, _, year, cables, version, tier, effort, pillars, findings, saved = row
    return StoredAssessment(country, year, tuple(json.loads(cables)), version, Tier(tier),
                            effort, tuple(json.loads(pillars).items()),
                            tuple(json.loads(findings).items()), saved)


def _decision(row: tuple) -> AnalystDecision:
    (country, _, year, criterion, cable, start, end, quote, verdict, status, supports, reason,
     version, hashes, made) = row
    return AnalystDecision(country, year, criterion, Verdict(verdict),
                           Passage(cable, start, end, quote) if cable else None,
                           Status(status) if status else None, bool(supports), reason, version,
                           tuple(sorted(json.loads(hashes).items())), made)
