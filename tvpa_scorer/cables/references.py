"""REF line -> references: the taskers and earlier cables a cable answers or cites.

REF entries come as `A. 2006 STATE 202745`, `B) 05 Lima 3643`, `C. (C) 2008 STATE 02731`,
or, after OCR, as `IB.  AMMAN  274` and `!G. 09 AMMAN 2073` split over several lines.
"""

from __future__ import annotations

import datetime
import re

from tvpa_scorer.cables.lines import squeeze
from tvpa_scorer.cables.model import Reference

REFERENCE_ITEM = re.compile(
    r"(?:(?<![A-Za-z0-9])(?P<label>[A-Z!1I0]{1,2})[.)]\s*)?(?:\((?P<inner>[A-Z])\)\s*)?"
    r"(?:(?P<year>\d{4}|\d{2})\s+)?(?P<post>[A-Za-z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s+"
    r"(?P<number>\d{1,6})(?!\d)")
_OCR_LABEL_LETTERS = str.maketrans({"1": "I", "!": "I", "0": "O"})
# The Department sends about 150,000 numbered cables a year; a generous ceiling per day.
_STATE_SERIALS_PER_DAY = 700


def parse_references(text: str, cable_date: datetime.date | None) -> tuple[Reference, ...]:
    """Entries of a REF line (its continuation lines joined), with years made explicit."""
    references: dict[tuple[str | None, str], Reference] = {}
    for match in REFERENCE_ITEM.finditer(text):
        post = match["post"].upper()
        if post in ("NONE", "AND", "PARA", "PARAS"):
            continue
        year = _ref_year(match["year"], cable_date, post, int(match["number"]))
        label = match["inner"] or _ref_label(match["label"])
        reference = Reference(label, year, post, int(match["number"]), squeeze(match[0]))
        references.setdefault((label, reference.name), reference)
    return tuple(references.values())


def _ref_year(written: str | None, cable_date: datetime.date | None, post: str,
              number: int) -> int | None:
    if written is None:
        return _unwritten_year(cable_date, post, number)
    year = int(written)
    return year + 2000 if year < 70 else year + 1900 if year < 100 else year


def _unwritten_year(cable_date: datetime.date | None, post: str, number: int) -> int | None:
    """A reference without a year is to a cable of the same year, by cable convention.

    Serial numbers restart each January, so a STATE serial too high to have been reached
    by the cable's date (taskers go out in December) must be from the year before.
    """
    if cable_date is None:
        return None
    day_of_year = cable_date.timetuple().tm_yday
    if post == "STATE" and number > _STATE_SERIALS_PER_DAY * day_of_year:
        return cable_date.year - 1
    return cable_date.year


def _ref_label(raw: str | None) -> str | None:
    # OCR turns "I." into "1." or "!." and prefixes letters with stray strokes ("IB.", "HP.").
    if not raw:
        return None
    return raw[-1].translate(_OCR_LABEL_LETTERS)
