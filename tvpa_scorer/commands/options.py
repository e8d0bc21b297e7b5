"""The global options and the exit statuses: what every command reads, light enough for the
command group to load before it knows which command runs."""

from __future__ import annotations

from dataclasses import dataclass

import click

# As ruff, semgrep and Vale use them: 0 clean; 1 the check found something (validate's
# problems, an eval bar missed, a diff change with --fail-on-change); 2 the run could not do
# what was asked (usage, configuration, an unreadable input, a broken rule file).
EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Options:
    """The global options: how much a run says on standard error, whether in colour, and
    whether the compiled rules may come from the cache."""

    quiet: bool = False  # errors only: no warnings, no notes
    verbose: bool = False  # also how each cable was placed
    color: bool | None = None  # None: on a terminal, unless NO_COLOR is set
    cache: bool = True  # --no-cache compiles the rules afresh


def options() -> Options:
    """The options of the running command, or the defaults outside one."""
    context = click.get_current_context(silent=True)
    found = context.find_object(Options) if context else None
    return found or Options()
