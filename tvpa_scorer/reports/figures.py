"""Figures written the TIP Report way: "nine suspects", "14 cases", "1,200 victims", "$7 million".

The report spells out one to nine and writes 10 and above in numerals, with thousands
separators; sums of money are in dollars where the cables give dollars, large ones in
millions.
"""

from __future__ import annotations

import re

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DOLLARS = {"usd", "us$", "$", "u.s. dollars", "us dollars", "dollars", "dollar"}
_SCALES = ((1e9, "billion"), (1e6, "million"))
_CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def count_words(value: float) -> str:
    """A count as the TIP Report writes it: one to nine in words, 10 and above in numerals."""
    if not float(value).is_integer():
        return f"{value:,g}"
    whole = int(value)
    return _WORDS[whole] if 0 <= whole < len(_WORDS) else f"{whole:,}"


def amount_words(value: float, unit: str) -> str:
    """A sum of money: "$7 million", "$250,000", "1.5 million pesos"."""
    number = _scaled(value)
    return f"${number}" if unit.strip().lower() in _DOLLARS else f"{number} {unit}".strip()


def fill_figure(text: str, value: float, unit: str) -> str:
    """A figure's phrase with its slots filled: {n}, {amount}, and {one|many} by the count."""
    singular = value == 1
    text = _CHOICE.sub(lambda found: found[1] if singular else found[2], text)
    return text.replace("{n}", count_words(value)).replace("{amount}", amount_words(value, unit))


def _scaled(value: float) -> str:
    for size, name in _SCALES:
        if value >= size:
            return f"{value / size:.1f}".removesuffix(".0") + f" {name}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
