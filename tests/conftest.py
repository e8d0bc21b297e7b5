"""Fixtures shared by the whole suite."""

from __future__ import annotations

import pytest

from tests.support import SAMPLES
from tvpa_scorer.cables import TopicVocabulary, load_topics, read_cable, read_document
from tvpa_scorer.resources import bundled_rules
from tvpa_scorer.sources import read_source


@pytest.fixture(scope="session")
def vocabulary() -> TopicVocabulary:
    loaded, problems = load_topics(bundled_rules() / "topics.yml")
    assert problems == []
    return loaded


@pytest.fixture(scope="session")
def sample(vocabulary):
    """Read a bundled sample cable by file name, as a one-cable document."""
    cache = {}

    def read(name: str):
        if name not in cache:
            cache[name] = read_document([read_cable(read_source(str(SAMPLES / name)),
                                                    vocabulary)]).cables[0]
        return cache[name]

    return read
