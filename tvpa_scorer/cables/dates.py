"""Dates as cables and their mirrors write them."""

from __future__ import annotations

import datetime
import re

_MONTHS = {name: number for number, name in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
# The telegram's date-time group: precedence, day, hour, minute, Z, month, year.
DATE_TIME_GROUP = re.compile(r"^[ZOPR]{1,2} (\d{2})(\d{2})(\d{2})Z ([A-Z]{3}) (\d{2}|\d{4})$")
_DATES = (
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T][\d:]+)?$"),
    re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}) "
               r"[\d:]+ [+-]\d{4} (?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4}) (?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), [\d:]+(?: \(\w+\))?$"),
    re.compile(r"^Published: (?:[A-Z][a-z]{2} )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2}) "
               r"(?P<year>\d{4})\b.*$"),
)


def parse_date_time_group(text: str) -> datetime.date | None:
    """`R 112219Z MAR 08` -> 2008-03-11."""
    match = DATE_TIME_GROUP.match(text)
    year = int(match[5])
    year = year + 2000 if year < 100 else year
    return _safe_date(year, _MONTHS.get(match[4]), int(match[1]))


def parse_date(text: str) -> datetime.date | None:
    """A mirror's date line in any of the known forms, or None."""
    for pattern in _DATES:
        match = pattern.match(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS.get(month[:3].upper())
            return _safe_date(int(match["year"]), number, int(match["day"]))
    return None


def _safe_date(year: int, month: int | None, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month or 0, day)
    except ValueError:
        return None
