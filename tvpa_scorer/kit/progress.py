"""A progress bar for long runs: on the terminal only, silent in pipes and files."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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


@contextmanager
def progress_bar(total: int, label: str, unit: str) -> Iterator[Callable[[int], None]]:
    """A bar over `total` items with their rate and the time left, drawn on stderr when it is a
    terminal; yields the function that advances it. Silent in pipes and files."""
    if not sys.stderr.isatty() or total < _MIN_ITEMS:
        yield lambda count: None
        return
    started = time.monotonic()
    done = 0
    with click.progressbar(length=total, label=label, file=sys.stderr, show_eta=True,
                           show_pos=True, item_show_func=lambda rate: rate) as bar:

        def advance(count: int) -> None:
            nonlocal done
            done += count
            rate = done / max(time.monotonic() - started, 1e-6)
            bar.update(count, f"{rate:,.0f} {unit}/s")

        yield advance
