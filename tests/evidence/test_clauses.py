"""A sentence -> its clauses, with the clause each one shares a subject with."""

import pytest

from tvpa_scorer.evidence.clauses import ClauseKind, read_clauses
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules


@pytest.fixture(scope="module")
def words():
    rule_set, problems = load_rules(bundled_rules())
    assert problems == []
    return rule_set.context.clauses


def clauses(text: str, words) -> list[tuple[str, str, int | None, int | None]]:
    return [(clause.kind.value, text[clause.start:clause.end], clause.subject,
             clause.antecedent) for clause in read_clauses(text, 0, len(text), words)]


def test_a_relative_clause_describes_the_words_before_it_and_the_main_clause_resumes(words):
    text = ("The reception centre, which the ministry opened in May, will house 40 victims "
            "and has already accommodated 17 women, but it has no beds for men.")
    assert clauses(text, words) == [
        ("main", "The reception centre", None, None),
        ("relative", "which the ministry opened in May", None, 0),
        ("continued", "will house 40 victims", 0, None),
        ("coordinate", "and has already accommodated 17 women", 0, None),
        ("contrast", "but it has no beds for men.", None, None)]


def test_a_concession_ends_at_its_comma(words):
    text = "Although the offices list protection among their functions, none has any beds."
    assert [kind for kind, *_ in clauses(text, words)] == ["concessive", "main"]


def test_and_between_nouns_opens_no_clause(words):
    text = "Police rescued 40 men and women and 12 girls from the farm."
    assert clauses(text, words) == [("main", text, None, None)]


def test_a_semicolon_and_a_new_subject_after_and_open_clauses(words):
    text = "The task force met twice; NGOs took part, and the ministry chaired it."
    assert [(kind, part) for kind, part, *_ in clauses(text, words)] == [
        ("main", "The task force met twice"), ("main", "NGOs took part"),
        ("main", "and the ministry chaired it.")]


def test_yet_opens_a_clause_only_after_a_comma(words):
    assert [kind for kind, *_ in clauses("The ministry has yet to open a shelter.", words)] \
        == [ClauseKind.MAIN.value]


def test_a_contrast_going_on_with_a_verb_shares_the_subject_before_it(words):
    text = "A state refuge is ready in Osh but has not yet received any victims."
    assert clauses(text, words) == [
        ("main", "A state refuge is ready in Osh", None, None),
        ("contrast", "but has not yet received any victims.", 0, None)]


def test_two_participles_sharing_one_agent_open_no_clause(words):
    text = "Police were trained in workshops designed and paid for by IOM."
    assert clauses(text, words) == [("main", text, None, None)]

