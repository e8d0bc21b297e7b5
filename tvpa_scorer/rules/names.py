"""The names code and rule files must agree on, so that a name renamed on one side only is a
located error, not a silent change in every report.

The code reads a context modifier of rules/context.yml by its name only through
`ModifierName`, and the loader reports any member the file does not declare. The marks the
code itself gives evidence (from a cable's structure, or a clause's reading) are `MarkName`;
no rule file declares them, so none may take their names. `validate` also checks the names
the report templates style.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path

from tvpa_scorer.kit.problems import Problem, error, suggestion


class ModifierName(StrEnum):
    """Modifiers of context.yml that the code or the reports name."""

    NEGATED = "negated"                      # a negated support is a shortfall
    PLANNED = "planned"                      # a plan: the downgrade rule counts them
    POSSIBLE = "possible"                    # bears on nothing: leaves a finding unassessed
    OFF_TOPIC = "off_topic"                  # likewise
    HEDGED = "hedged"                        # half weight: a gap, to confirm
    NON_GOVERNMENT = "non_government"        # another actor's work: a gap, to ask about
    GOVERNMENT_FUNDED = "government_funded"  # shown in reports
    AUTONOMOUS_BODY = "autonomous_body"      # shown in reports


class MarkName(StrEnum):
    """What the code marks evidence with from a cable's structure and a clause's reading."""

    CROSS_REFERENCE = "cross_reference"  # the answer points to another one
    HISTORICAL = "historical"            # dated before the reporting period
    UNATTRIBUTED = "unattributed"        # no government actor where a rule needs one
    RESTRICTED = "restricted"            # counted, but in a restricted note: never quoted
    REPEAT = "repeat"                    # the same answer given again
    QUALIFIED = "qualified"              # support and shortfall in the same clause
    ANALYST = "analyst"                  # an analyst's decision, recorded with `review`


# A template styles a quote's mark with a CSS class: `m-planned`, `m-cross_reference`.
_TEMPLATE_MARK = re.compile(r"\.m-([a-z_]+)")


def undeclared_modifiers(declared: Iterable[str]) -> Iterator[str]:
    """A message for each modifier the code names that context.yml does not declare."""
    known = set(declared)
    for name in ModifierName:
        if name.value not in known:
            yield (f"no modifier '{name.value}', which the code reads as ModifierName."
                   f"{name.name}: declare it, or rename it in tvpa_scorer/rules/names.py too "
                   f"{suggestion(name.value, known)}")


def taken_mark(name: str) -> str | None:
    """Why a modifier may not be called `name`: the code gives a mark of that name."""
    if name in set(MarkName):
        return f"modifier '{name}' takes the name of a mark the code gives; choose another"
    return None


def template_marks(templates: Path, modifiers: Iterable[str]) -> Iterator[Problem]:
    """An error for each mark a template styles that is neither a modifier nor a mark."""
    known = {*modifiers, *MarkName}
    for path in sorted(templates.glob("*.j2")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for found in _TEMPLATE_MARK.finditer(line):
                if found.group(1) not in known:
                    yield error(str(path), f"the template styles mark '{found.group(1)}', which "
                                "is neither a modifier of context.yml nor a mark the code gives "
                                f"{suggestion(found.group(1), known)}", "undeclared-name",
                                number, found.start(1) + 1)


def unread_flag(name: str) -> str:
    """Why a flag nothing names is declared in vain: it changes no verdict and shows nowhere."""
    return (f"modifier '{name}' is a flag, which changes no verdict, and neither the code nor "
            "a report reads it: make it a veto, flip or discount, or remove it")
