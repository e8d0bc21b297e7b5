import re
import sys
from collections import defaultdict

from tvpa_scorer.kit import prefilter
from tvpa_scorer.kit.patterns import keyword_expression
from tvpa_scorer.kit.prefilter import ChoiceIndex, Requirements, WordChoice, fold, requirements


def _needs(source: str) -> Requirements:
    return requirements(keyword_expression(source), re.IGNORECASE)


def test_a_match_starts_with_its_first_word_and_holds_every_word_set_off_by_spaces():
    assert _needs("(the )?government") == Requirements(
        first=WordChoice(frozenset({"the", "government"}), ()),
        others=(WordChoice(frozenset({"government"}), ()),))


def test_an_alternation_needs_a_word_of_one_of_its_branches():
    assert _needs("(jointly|in partnership) with") == Requirements(
        first=WordChoice(frozenset({"jointly", "in"}), ()),
        others=(WordChoice(frozenset(), ("jointly", "partnership")),
                WordChoice(frozenset({"with"}), ())))


def test_a_number_starts_with_a_digit_and_a_word_left_open_is_a_prefix():
    assert _needs("\\d+ victims") == Requirements(
        first=WordChoice(frozenset(), tuple("0123456789")),
        others=(WordChoice(frozenset({"victims"}), ()),))


def test_a_pattern_that_can_start_on_punctuation_can_start_anywhere():
    assert _needs("(\\$|USD) ?#").first == WordChoice(frozenset(), (), anything=True)


def test_folded_text_spells_each_letter_as_ignorecase_compares_it():
    assert fold("ſhelter İdentified ١٢ GOVERNMENT") == "shelter identified 12 government"


def test_letters_ignorecase_takes_for_one_another_fold_alike():
    assert fold("ſ s ı i K k ϐ β µ μ") == "s s i i k k β β µ µ"


def _letters_sharing_an_upper_case() -> set[str]:
    """Every class of single letters that upper-case alike and lower-case apart: what
    re.IGNORECASE takes for one another beyond lower()."""
    lowers_by_upper = defaultdict(set)
    for code in range(sys.maxunicode + 1):
        lowers_by_upper[chr(code).upper()].add(chr(code).lower())
    return {"".join(sorted(lowers)) for lowers in lowers_by_upper.values()
            if len(lowers) > 1 and all(len(lower) == 1 for lower in lowers)}


def test_the_case_classes_are_those_of_the_unicode_this_python_knows():
    assert set(prefilter._CASE_CLASSES) == _letters_sharing_an_upper_case()


def test_the_case_classes_join_only_letters_ignorecase_takes_for_one_another():
    assert [letters for letters in prefilter._CASE_CLASSES for letter in letters
            if not re.fullmatch(re.escape(letter), letters[0], re.IGNORECASE)] == []


def test_a_word_satisfies_the_choices_that_list_it_or_a_prefix_of_it():
    index = ChoiceIndex()
    extradition = index.number(WordChoice(frozenset(), ("extradit",)))
    plan = index.number(WordChoice(frozenset({"plan", "strategy"}), ()))
    index.number(WordChoice(frozenset({"shelter"}), ()))
    assert index.satisfied(frozenset({"extradited", "the", "plan"})) \
        == (1 << extradition) | (1 << plan)
