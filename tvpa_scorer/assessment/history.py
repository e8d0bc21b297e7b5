"""Tier history: the tier each country got in past TIP Reports, shipped and user-supplied.

The shipped table covers the 2001-2015 editions; `--history FILE` adds or corrects rows
(columns `country`, `report_year`, `tier`; other columns are ignored). A user's row wins
over the shipped row for the same country and year.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from tvpa_scorer.cables.countries import country_key
from tvpa_scorer.kit.problems import InputError, Problem, error
from tvpa_scorer.kit.resources import bundled_tier_history
from tvpa_scorer.rules.tier_law import Tier

COLUMNS = ("country", "report_year", "tier")
_TIERS = {tier.value.lower(): tier for tier in Tier}


@dataclass(frozen=True, slots=True)
class TierHistory:
    tiers: dict[str, dict[int, Tier]]  # country key -> report year -> tier

    def before(self, country: str | None, report_year: int | None) -> tuple[tuple[int, Tier], ...]:
        """The country's tiers in the reports before `report_year`, oldest first."""
        if country is None or report_year is None:
            return ()
        years = self.tiers.get(country_key(country), {})
        return tuple(sorted((year, tier) for year, tier in years.items() if year < report_year))


def load_history(extra: Path | None = None) -> TierHistory:
    """The shipped history, with a user's file on top; InputError says what is wrong."""
    tiers: dict[str, dict[int, Tier]] = {}
    for path in (bundled_tier_history(), extra):
        if path is not None:
            for country, year, tier in _rows(path):
                tiers.setdefault(country_key(country), {})[year] = tier
    return TierHistory(tiers)


def _rows(path: Path) -> list[tuple[str, int, Tier]]:
    name = str(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or ())]
            if missing:
                raise InputError(error(name, "tier history needs the columns "
                                       f"{', '.join(COLUMNS)}; missing {', '.join(missing)}",
                                       "missing-column", 1, 1))
            return [_row(name, reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(_unreadable(name, exc)) from None


def _row(path: str, line: int, row: dict[str, str]) -> tuple[str, int, Tier]:
    country = (row["country"] or "").strip()
    year = (row["report_year"] or "").strip()
    tier = (row["tier"] or "").strip()
    if not country:
        raise InputError(error(path, "country is empty", "empty", line, 1))
    if not (year.isdigit() and len(year) == 4):
        raise InputError(error(path, f"report_year '{year}' is not a year such as 2008",
                               "wrong-type", line, 1))
    if tier.lower() not in _TIERS:
        raise InputError(error(path, f"tier '{tier}' is not one of 1, 2, 2WL, 3, special",
                               "unknown-value", line, 1))
    return country, int(year), _TIERS[tier.lower()]


def _unreadable(path: str, exc: Exception) -> Problem:
    if isinstance(exc, FileNotFoundError):
        return error(path, "no such tier history file", "not-found")
    if isinstance(exc, IsADirectoryError):
        return error(path, "is a directory, not a tier history file", "not-a-file")
    if isinstance(exc, UnicodeDecodeError):
        return error(path, "tier history is not UTF-8 text", "encoding")
    return error(path, f"cannot read tier history: {exc}", "unreadable")
