"""Numbers in evidence sentences -> values: "22 victims", "nine humanitarian visas",
"US$7 million", "approximately 50,000 aliens"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tvpa_scorer.kit.patterns import PatternSet, TextWords
from tvpa_scorer.rules.model import Quantity

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "a dozen": 12, "dozens": 24}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "u.s. dollars": "USD",
               "us dollars": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
               "pesos": "pesos", "rupees": "rupees", "pounds": "GBP", "£": "GBP"}


@dataclass(frozen=True, slots=True)
class Amount:
    """A number read from text: what it counts, its value and unit, and where it stands."""

    what: str
    value: float
    unit: str
    start: int
    end: int


def find_amounts(text: str, quantity: Quantity, patterns: PatternSet,
                 words: TextWords | None = None) -> list[Amount]:
    """Every amount of one kind in a sentence, found by its patterns (prefiltered: most
    sentences hold no figure of most kinds); overlapping patterns give one amount."""
    found: dict[int, Amount] = {}
    for _, match in patterns.finditer(text, words):
        value = parse_number(match["value"], match["scale"])
        if value is None or match.start("value") in found:
            continue
        currency = match.groupdict().get("currency")
        unit = _CURRENCIES.get(currency.lower(), currency) if currency else quantity.unit
        found[match.start("value")] = Amount(quantity.quantity_id, value, unit,
                                             match.start(), match.end())
    return [found[key] for key in sorted(found)]


def parse_number(text: str, scale: str | None = None) -> float | None:
    """'5,700' -> 5700; 'nine' -> 9; 'twenty-two' -> 22; ('7', 'million') -> 7000000."""
    word = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"[\d,]+(\.\d+)?", word):
        value = float(word.replace(",", ""))
    elif word in _UNITS:
        value = float(_UNITS[word])
    else:
        parts = word.split()
        if not parts or parts[0] not in _TENS or (len(parts) > 1 and parts[1] not in _UNITS):
            return None
        value = float(_TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0))
    return value * _SCALES.get((scale or "").lower(), 1)
