"""Fixtures shared by the whole suite; the feature-file steps are imported so pytest finds them."""

from __future__ import annotations

import pytest

from tests.steps.command_line import *  # noqa: F403  (pytest-bdd steps are fixtures)
from tests.steps.reading import *  # noqa: F403
from tests.steps.scoring import *  # noqa: F403
from tests.support import SAMPLES
from tvpa_scorer.cables import TopicVocabulary, read_cable, read_document
from tvpa_scorer.match import Matcher
from tvpa_scorer.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.model import RuleSet
from tvpa_scorer.sources import read_source


@pytest.fixture(scope="session")
def rule_set() -> RuleSet:
    loaded, problems = load_rules(bundled_rules())
    assert [str(problem) for problem in problems] == []
    return loaded


@pytest.fixture(scope="session")
def matcher(rule_set) -> Matcher:
    return Matcher(rule_set)


@pytest.fixture(scope="session")
def vocabulary(rule_set) -> TopicVocabulary:
    return rule_set.topics


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
