from tvpa_scorer.kit.problems import Location, Problem, Severity, error, sorted_problems, suggestion


def test_problem_prints_like_a_compiler_diagnostic():
    problem = error("rules/topics.yml", "unknown key 'titel'", "unknown-key", 12, 5)
    assert str(problem) == "rules/topics.yml:12:5: error: unknown key 'titel'"


def test_file_level_problem_has_no_position():
    assert str(error("a.txt", "file is empty", "empty")) == "a.txt: error: file is empty"


def test_problems_sort_by_path_line_and_column():
    later = Problem(Location("b.yml", 1, 1), Severity.ERROR, "x")
    second = Problem(Location("a.yml", 9, 2), Severity.ERROR, "y")
    first = Problem(Location("a.yml", 9, 1), Severity.WARNING, "z")
    assert sorted_problems([later, second, first]) == [first, second, later]


def test_suggestion_names_the_closest_choice():
    assert suggestion("pilar", ["pillar", "title"]) == "(did you mean 'pillar'?)"


def test_suggestion_lists_choices_when_nothing_is_close():
    assert suggestion("zzz", ["b", "a"]) == "(expected one of: 'a', 'b')"
