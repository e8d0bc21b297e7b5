import textwrap

from tvpa_scorer.kit.yaml_nodes import NodeReader, compose


def _root(text):
    root, problems = compose("r.yml", textwrap.dedent(text))
    assert problems == []
    return root


def test_a_list_named_by_alias_within_a_list_adds_its_entries():
    root = _root("""\
        shared: &shared [b, c]
        items:
          - a
          - *shared
        """)
    reader = NodeReader("r.yml")
    assert [text for text, _ in reader.strings(root.value[1][1], "items")] == ["a", "b", "c"]
    assert reader.problems == []


def test_syntax_errors_are_located():
    _, problems = compose("r.yml", "a: [1, 2\nb: 3\n")
    assert [str(problem) for problem in problems] == [
        "r.yml:2:2: error: invalid YAML: expected ',' or ']', but got ':'"]


def test_unknown_keys_suggest_the_closest():
    root = _root("""\
        title: Shelters
        wieght: 2
        """)
    reader = NodeReader("r.yml")
    entries = reader.mapping(root, "subject 'x'")
    reader.check_keys(entries, root, ("title", "weight"), ("title",), "subject 'x'")
    assert [str(problem) for problem in reader.problems] == [
        "r.yml:2:1: error: unknown key 'wieght' in subject 'x' (did you mean 'weight'?)"]


def test_missing_required_keys_are_reported_at_the_mapping():
    root = _root("""\
        title: Shelters
        """)
    reader = NodeReader("r.yml")
    reader.check_keys(reader.mapping(root, "x"), root, ("title", "pillar"), ("pillar",), "x")
    assert [str(problem) for problem in reader.problems] == [
        "r.yml:1:1: error: x is missing required key 'pillar'"]


def test_duplicate_keys_are_reported():
    root = _root("""\
        a: 1
        a: 2
        """)
    reader = NodeReader("r.yml")
    reader.mapping(root, "x")
    assert [str(problem) for problem in reader.problems] == [
        "r.yml:2:1: error: duplicate key 'a' in x"]


def test_bad_patterns_are_located():
    root = _root("""\
        keywords: ["shelter(s"]
        """)
    reader = NodeReader("r.yml")
    [(text, node)] = reader.strings(root.value[0][1], "keywords")
    assert reader.pattern(node, text, "keyword") is None
    assert [str(problem) for problem in reader.problems] == [
        "r.yml:1:12: error: keyword 'shelter(s' is not a valid pattern: "
        "missing ), unterminated subpattern"]


def test_keyword_spaces_match_any_white_space():
    root = _root("k: national plan\n")
    pattern = NodeReader("r.yml").pattern(root.value[0][1], "national plan", "keyword")
    assert pattern.search("a National\n   plan of action").group() == "National\n   plan"
