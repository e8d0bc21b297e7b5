"""A progress bar for long runs: on the terminal only, silent in pipes and files; what a run
says while a bar is drawn (a warning, a note) is printed above the bar, never into it."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

Item = TypeVar("Item")
# Fewer items finish before a bar would be worth drawing.
_MIN_ITEMS = 20
_CLEAR_LINE = "\r\x1b[2K"
_drawn: list[Any] = []  # the bar on the terminal now, if any


def say(message: str, color: bool | None = None) -> None:
    """Print a line on stderr: above the bar when one is drawn, then the bar again."""
    if _drawn:
        sys.stderr.write(_CLEAR_LINE)
    click.echo(message, err=True, color=color)
    if _drawn:
        _drawn[-1].render_progress()


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
                           show_pos=True) as bar, _showing(bar):
        yield from bar


@contextmanager
def progress_bar(total: int, label: str, unit: str) -> Iterator[Callable[[int], None]]:
    """A bar over `total` items with their rate and the time left, drawn on stderr when it is a
    terminal; yields the function that advances it. Silent in pipes and files.

    The rate and the time left are measured from the first item done, not from the start:
    workers that spend their first seconds loading the rules would otherwise make a run of
    seconds look like one of minutes."""
    if not sys.stderr.isatty() or total < _MIN_ITEMS:
        yield lambda count: None
        return
    first: tuple[float, int] | None = None
    done = 0
    with click.progressbar(length=total, label=label, file=sys.stderr, show_eta=False,
                           show_pos=True, item_show_func=lambda shown: shown) as bar, \
            _showing(bar):

        def advance(count: int) -> None:
            nonlocal done, first
            done += count
            now = time.monotonic()
            if first is None:
                first = (now, done)
                bar.update(count, "")
                return
            rate = (done - first[1]) / max(now - first[0], 1e-6)
            left = (total - done) / rate if rate else 0
            bar.update(count, f"{rate:,.0f} {unit}/s, {_duration(left)} left")

        yield advance


@contextmanager
def _showing(bar: Any) -> Iterator[None]:
    _drawn.append(bar)
    try:
        yield
    finally:
        _drawn.remove(bar)


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}:{seconds:02d}"
