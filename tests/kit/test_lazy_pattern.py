"""A LazyPattern travels as its source and acts as the re.Pattern it stands for."""

import pickle
import re

import pytest

from tvpa_scorer.kit.lazy_pattern import LazyPattern


def test_compiling_checks_the_pattern_at_once():
    with pytest.raises(re.error):
        LazyPattern.compile("shelters(", re.IGNORECASE)


def test_a_pickled_pattern_carries_its_source_and_flags_only():
    pattern = LazyPattern.compile(r"shelters?\s+(?P<count>\d+)", re.IGNORECASE)
    copy = pickle.loads(pickle.dumps(pattern))
    assert "match" not in vars(copy)  # not compiled until it is used
    assert copy == pattern and hash(copy) == hash(pattern)
    assert (copy.pattern, copy.flags) == (pattern.pattern, re.compile("", re.I).flags)


@pytest.mark.parametrize("call", [
    lambda pattern, text: pattern.search(text)["count"],
    lambda pattern, text: pattern.match(text, 4).span(),
    lambda pattern, text: pattern.fullmatch(text, 4) is None,
    lambda pattern, text: [match.span() for match in pattern.finditer(text)],
    lambda pattern, text: pattern.match(text, pos=4).span(),
])
def test_a_pattern_read_back_answers_as_re_does(call):
    source, text = r"shelters?\s+(?P<count>\d+)", "Two SHELTERS 12 and shelter 3 more"
    lazy = pickle.loads(pickle.dumps(LazyPattern.compile(source, re.IGNORECASE)))
    assert call(lazy, text) == call(re.compile(source, re.IGNORECASE), text)
    assert call(lazy, text) == call(lazy, text)  # and again, once compiled
