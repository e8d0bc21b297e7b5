"""A progress bar for long runs: on the terminal only, silent in pipes and files."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TypeVar

import click

Item = TypeVar("Item")
# Fewer items finish before a bar would be worth drawing.
_MIN_ITEMS = 20


def with_progress(items: Sequence[Item], label: str) -> Iterator[Item]:
    """Yield the items, drawing a bar on stderr when a person is watching it.

    The bar is drawn only when stderr is a terminal and stdout is not (the results go to a
    file or a pipe), so it never mixes with what the command prints.
    """
    watching = sys.stderr.isatty() and not sys.stdout.isatty()
    if not watching or len(items) < _MIN_ITEMS:
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_eta=True,
                           show_pos=True) as bar:
        yield from bar
