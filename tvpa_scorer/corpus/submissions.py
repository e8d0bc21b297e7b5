"""What `eval` and `diff` score: submissions, each a set of cable files read as one document.

A label names the cables of one submission, read together with the label's country and
report year; a cable given on the command line is a submission of its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from tvpa_scorer.cables import Document, TopicVocabulary
from tvpa_scorer.cables.inputs import read_documents
from tvpa_scorer.corpus.labels import Label
from tvpa_scorer.kit.problems import Problem
from tvpa_scorer.kit.sources import expand_inputs


@dataclass(frozen=True, slots=True)
class Submission:
    name: str  # the label file, or the cable file
    paths: tuple[str, ...]
    country: str | None
    report_year: int | None

    @classmethod
    def from_label(cls, label: Label) -> Submission:
        # label paths are relative to the label file: 'labels/../samples/x.txt' reads
        # better as 'samples/x.txt' in every message that cites it
        return cls(str(label.path), tuple(os.path.normpath(path) for path in label.cables),
                   label.country, label.report_year)


def cable_submissions(arguments: Iterable[str]) -> tuple[list[Submission], list[Problem]]:
    """One submission per cable file the arguments name; a Problem for each that names none."""
    submissions, problems = [], []
    for item in expand_inputs(arguments):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            submissions.append(Submission(item, (item,), None, None))
    return submissions, problems


def read_submission(submission: Submission, vocabulary: TopicVocabulary, max_size: int
                    ) -> tuple[Document | None, list[Problem]]:
    """The submission's cables as one document; None when any of them cannot be read."""
    document, problems = None, []
    for item in read_documents(submission.paths, vocabulary, max_size, join=True):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            document = item
    complete = len(document.cables) == len(submission.paths) if document else False
    return (document if complete else None), problems
