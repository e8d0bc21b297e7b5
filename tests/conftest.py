"""Fixtures shared by the whole suite; the feature-file steps are imported so pytest finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.steps")

# Steps are fixtures to pytest-bdd; imported after the rewrite hook so their asserts explain.
from tests.browser_support import browser  # noqa: E402, F401 (the Chromium fixture)
from tests.steps.command_line import *  # noqa: E402, F403
from tests.steps.drafting import *  # noqa: E402, F403
from tests.steps.follow_ups import *  # noqa: E402, F403
from tests.steps.grouping import *  # noqa: E402, F403
from tests.steps.labels import *  # noqa: E402, F403
from tests.steps.narrative import *  # noqa: E402, F403
from tests.steps.reading import *  # noqa: E402, F403
from tests.steps.reviewing import *  # noqa: E402, F403
from tests.steps.rule_changes import *  # noqa: E402, F403
from tests.steps.scoring import *  # noqa: E402, F403
from tests.steps.tiers import *  # noqa: E402, F403
from tests.support import SAMPLES  # noqa: E402
from tvpa_scorer.cables import TopicVocabulary, read_cable, read_document  # noqa: E402
from tvpa_scorer.corpus.store import STORE_VARIABLE  # noqa: E402
from tvpa_scorer.evidence.engine import CACHE_VARIABLE  # noqa: E402
from tvpa_scorer.evidence.match import Matcher  # noqa: E402
from tvpa_scorer.kit.resources import bundled_rules  # noqa: E402
from tvpa_scorer.kit.sources import read_source  # noqa: E402
from tvpa_scorer.rules.load import load_rules  # noqa: E402
from tvpa_scorer.rules.model import RuleSet  # noqa: E402


@pytest.fixture(autouse=True)
def private_store(tmp_path_factory, monkeypatch):
    """Each test keeps its drafts in its own store, never in the user's."""
    monkeypatch.setenv(STORE_VARIABLE, str(tmp_path_factory.mktemp("store") / "drafts.sqlite"))


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """The compiled rules are cached for the whole run, never in the user's cache."""
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path_factory.getbasetemp() / "engine-cache"))


def pytest_configure(config):
    """pytest-bdd writes its Cucumber JSON report into a directory it does not create."""
    report = config.getoption("cucumber_json_path", None)
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)


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
