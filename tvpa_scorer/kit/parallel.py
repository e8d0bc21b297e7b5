"""One job mapped over many inputs on N worker processes, streamed, in input order.

Each worker runs `setup` once (load and compile the rules) and then the job on input after
input, so a run pays rule loading once per process, not once per cable. Inputs are drawn
lazily and only a few chunks per worker are in flight at once, so memory stays bounded
whatever the number of inputs; results come back in input order as soon as each is done.
A job that raises fails only its own input: its Outcome carries the error, the run goes on.
"""

from __future__ import annotations

import gc
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

Item = TypeVar("Item")
Value = TypeVar("Value")
State = TypeVar("State")
# Chunks in flight per worker: enough that a worker never waits for the parent to hand it
# more, few enough that the results waiting to be yielded in order stay small.
_CHUNKS_PER_WORKER = 3
# Reading a cable makes and drops millions of small objects and keeps almost none in cycles,
# so the collector's default (a pass every 700 new objects) runs hundreds of times a cable
# and finds next to nothing, about 3% of a run's time. A pass every 10,000 costs no
# measurable memory.
_COLLECT_EVERY = 10_000


def collect_less() -> None:
    """Set this process's garbage collector for long runs of reading and scoring."""
    gc.set_threshold(_COLLECT_EVERY, *gc.get_threshold()[1:])


@dataclass(frozen=True, slots=True)
class Outcome(Generic[Item, Value]):
    """What a job made of one input: its value, or the error it raised (value is then None)."""

    item: Item
    value: Value | None
    error: str | None = None


def run_jobs(job: Callable[[State, Item], Value], items: Iterable[Item],
             setup: Callable[[], State], jobs: int = 1, chunksize: int = 8
             ) -> Iterator[Outcome[Item, Value]]:
    """Yield job(setup(), item) for each item, in order, on `jobs` processes (1: in this one)."""
    if jobs <= 1:
        collect_less()
        yield from _run_chunk(job, setup(), items)
        return
    chunks = _chunked(iter(items), chunksize)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                             initargs=(setup,)) as pool:
        pending: deque[Future] = deque()
        try:
            for chunk in islice(chunks, jobs * _CHUNKS_PER_WORKER):
                pending.append(pool.submit(_work, job, chunk))
            while pending:
                done = pending.popleft().result()
                chunk = next(chunks, None)
                if chunk is not None:
                    pending.append(pool.submit(_work, job, chunk))
                yield from done
        finally:
            for future in pending:
                future.cancel()


def available_cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU mask)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _chunked(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, max(size, 1))):
        yield chunk


def _run_chunk(job: Callable[[State, Item], Value], state: State, items: Iterable[Item]
               ) -> Iterator[Outcome[Item, Value]]:
    for item in items:
        try:
            yield Outcome(item, job(state, item))
        except Exception as exc:  # one bad input must not end a run over thousands
            yield Outcome(item, None, "".join(traceback.format_exception_only(exc)).strip())


# A worker process's state, made once by the pool's initializer.
_state: object = None


def _start_worker(setup: Callable[[], object]) -> None:
    global _state
    collect_less()
    _state = setup()


def _work(job: Callable[[object, Item], Value], chunk: list[Item]) -> list[Outcome[Item, Value]]:
    return list(_run_chunk(job, _state, chunk))
