"""Inputs -> documents, streamed: one per cable, or all as one submission; problems as they come.

An unreadable input is reported and skipped; it never ends the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tvpa_scorer.cables import Cable, Document, TopicVocabulary, read_cable, read_document
from tvpa_scorer.kit.problems import InputError, Problem, warning
from tvpa_scorer.kit.progress import with_progress
from tvpa_scorer.kit.sources import expand_inputs, read_source


def read_documents(arguments: Iterable[str], vocabulary: TopicVocabulary, max_size: int,
                   join: bool) -> Iterator[Document | Problem]:
    """Yield a Document per cable (or one for all with `join`) and a Problem per bad input."""
    paths = list(expand_inputs(arguments))
    cables = []
    for path in with_progress(paths, "Reading cables"):
        if isinstance(path, Problem):
            yield path
            continue
        try:
            cable = read_cable(read_source(path, max_size), vocabulary)
        except InputError as exc:
            yield exc.problem
            continue
        yield from cable_warnings(cable)
        if join:
            cables.append(cable)
        else:
            yield read_document([cable])
    if join and cables:
        yield read_document(cables)


def cable_warnings(cable: Cable) -> Iterator[Problem]:
    """What a reader should know about a cable that was read: encoding, truncation."""
    if cable.encoding not in ("utf-8", "ascii"):
        yield warning(cable.path, f"not valid UTF-8; read as {cable.encoding}", "encoding")
    if cable.truncated:
        yield warning(cable.path, f"looks truncated: {cable.truncation}", "truncated")
