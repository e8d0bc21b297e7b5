"""Problems found in inputs (cables, rule files, the command line), as one-line messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """Where a problem is: a path, and a 1-based line and column when known."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem, printed like a compiler diagnostic: `path:line:col: error: message`."""

    location: Location
    severity: Severity
    message: str
    code: str = ""

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int]:
        return (self.location.path, self.location.line or 0, self.location.column or 0)


class InputError(Exception):
    """An input that cannot be read at all; carries the problem to print."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def error(path: str, message: str, code: str, line: int | None = None,
          column: int | None = None) -> Problem:
    """Build an error problem at a path and optional position."""
    return Problem(Location(path, line, column), Severity.ERROR, message, code)


def warning(path: str, message: str, code: str, line: int | None = None,
            column: int | None = None) -> Problem:
    """Build a warning problem at a path and optional position."""
    return Problem(Location(path, line, column), Severity.WARNING, message, code)


def errors_among(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a command; warnings are printed and let it run."""
    return [problem for problem in problems if problem.severity is Severity.ERROR]


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Order problems by path, line and column, as compilers print them."""
    return sorted(problems, key=lambda problem: problem.sort_key)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """A `(did you mean 'x'?)` hint, or the valid choices when nothing is close."""
    options = sorted(choices)
    close = difflib.get_close_matches(word, options, n=1)
    if close:
        return f"(did you mean '{close[0]}'?)"
    return "(expected one of: " + ", ".join(f"'{option}'" for option in options) + ")"
