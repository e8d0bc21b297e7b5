"""The compiled engine kept on disk: read back only when it is this rule set's, whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import SAMPLES
from tvpa_scorer.evidence.engine import CACHE_VARIABLE, KEPT_ENGINES, cache_directory, compiled
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.resources import bundled_rules

_SCORER = str(Path(sys.executable).with_name("tvpa-scorer"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def rules(tmp_path):
    copy = tmp_path / "rules"
    shutil.copytree(bundled_rules(), copy)
    return copy


def test_a_compiled_engine_is_kept_and_read_back(cache, rules):
    first, _ = compiled(rules)
    kept = list(cache.iterdir())
    again, _ = compiled(rules)
    assert (len(kept), isinstance(again, Matcher), again is not first) == (1, True, True)
    assert list(cache.iterdir()) == kept


def test_a_changed_rule_file_is_compiled_afresh_at_once(cache, rules):
    compiled(rules)
    plan = rules / "criteria" / "national_plan.yml"
    plan.write_text(plan.read_text() + "\n# a comment changes the bytes, so the key\n")
    compiled(rules)
    assert len(list(cache.iterdir())) == 2


def test_only_the_most_recent_engines_are_kept(cache, rules):
    cache.mkdir()
    for number in range(KEPT_ENGINES + 3):
        old = cache / f"engine-{number:032x}.pickle"
        old.write_bytes(b"an engine of rules since edited")
        os.utime(old, (number, number))
    compiled(rules)
    kept = sorted(path.name for path in cache.iterdir())
    assert len(kept) == KEPT_ENGINES
    assert f"engine-{KEPT_ENGINES + 2:032x}.pickle" in kept  # the newest of the old ones
    assert f"engine-{0:032x}.pickle" not in kept


@pytest.mark.parametrize("damage", [b"garbage", b"tvpa-scorer compiled rules\nother-key\n"])
def test_a_damaged_or_foreign_cache_file_is_compiled_afresh_and_replaced(cache, rules, damage):
    compiled(rules)
    (kept,) = cache.iterdir()
    kept.write_bytes(damage)
    matcher, _ = compiled(rules)
    assert isinstance(matcher, Matcher)
    assert kept.read_bytes().startswith(b"tvpa-scorer compiled rules\n" + kept.stem.removeprefix(
        "engine-").encode())


def test_a_pattern_damaged_inside_the_cache_file_is_caught_on_reading(cache, rules):
    compiled(rules)
    (kept,) = cache.iterdir()
    data = kept.read_bytes()
    # a pattern's source, with one character gone: valid pickle, an invalid regex, which
    # would only fail when the pattern is first used
    source = rb"(?<!\w)(?:(the\s+)?government)(?!\w)"
    assert source in data
    damaged = source[:-1] + b" "
    kept.write_bytes(data.replace(source, damaged, 1))
    matcher, _ = compiled(rules)
    assert isinstance(matcher, Matcher)
    rewritten = kept.read_bytes()  # compiled afresh and written again
    assert source in rewritten and damaged not in rewritten


def test_no_cache_neither_reads_nor_writes(cache, rules):
    matcher, _ = compiled(rules, use_cache=False)
    assert isinstance(matcher, Matcher)
    assert not cache.exists()


def test_the_cache_lives_under_the_user_s_cache_directory(monkeypatch, tmp_path):
    monkeypatch.delenv(CACHE_VARIABLE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_directory() == tmp_path / "tvpa-scorer"


def test_a_run_from_the_cache_drafts_what_a_fresh_compile_drafts(tmp_path):
    environment = {**os.environ, CACHE_VARIABLE: str(tmp_path / "cache"), "PYTHONHASHSEED": "1"}
    command = [_SCORER, "score", "--no-store", "--format", "json", str(SAMPLES / "08MEXICO722.txt")]
    fresh = subprocess.run([command[0], "--no-cache", *command[1:]], env=environment,
                           capture_output=True, text=True, check=True).stdout
    subprocess.run(command, env=environment, capture_output=True, check=True)  # keeps it
    environment["PYTHONHASHSEED"] = "2"
    cached = subprocess.run(command, env=environment, capture_output=True, text=True,
                            check=True).stdout
    assert cached == fresh
