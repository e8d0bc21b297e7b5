"""Country names, from the built-in tier table, and finding a cable's country in its header."""

from __future__ import annotations

import csv
import re
from functools import cache

from tvpa_scorer.cables.model import Cable
from tvpa_scorer.resources import bundled_tier_history


@cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Every spelling of every country, longest first ("Papua New Guinea" before "Guinea")."""
    with bundled_tier_history().open(encoding="utf-8") as handle:
        names = {row["country"] for row in csv.DictReader(handle)}
    spellings = {}
    for name in names:
        spellings[name] = name
        if ", " in name:  # "Korea, South" is written "South Korea" in a subject line
            head, tail = name.split(", ", 1)
            spellings[f"{tail} {head}"] = name
        spellings[name.replace(" & ", " and ")] = name
    ordered = sorted(spellings, key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)", re.IGNORECASE),
                  spellings[spelling]) for spelling in ordered)


def find_country(cables: list[Cable]) -> str | None:
    """The country a cable's subject names, the first cable that names one deciding."""
    for cable in cables:
        name = country_of_subject(cable.header.subject)
        if name:
            return name
    return None


def country_of_subject(subject: str | None) -> str | None:
    """The country a subject line names, if any."""
    for pattern, name in _patterns():
        if pattern.search(subject or ""):
            return name
    return None
