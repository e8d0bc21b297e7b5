import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tvpa_scorer.kit.patterns import PatternSet, TextWords, keyword_expression
from tvpa_scorer.kit.prefilter import WordChoice, fold, requirements
from tvpa_scorer.kit.regex_syntax import parse
from tvpa_scorer.kit.regex_tree import (
    UNBOUNDED,
    Alternation,
    Anchor,
    AnyCharacter,
    Backreference,
    Category,
    Class,
    Group,
    Literal,
    Lookaround,
    Range,
    Repeat,
)


def _literals(text: str) -> tuple[Literal, ...]:
    return tuple(Literal(character) for character in text)


def test_escapes_are_the_characters_they_stand_for():
    assert parse(r"a\.\n\x41\u00e9\N{EM DASH}\101\0\-") == _literals("a.\nAé—A\0-")


def test_class_escapes_are_classes_and_anchors_are_positions():
    assert parse(r"^\A\b\d\W\B\Z$.") == (
        Anchor.LINE_START, Anchor.TEXT_START, Anchor.WORD_EDGE, Class((Category.DIGIT,)),
        Class((Category.NOT_WORD,)), Anchor.NOT_WORD_EDGE, Anchor.TEXT_END, Anchor.LINE_END,
        AnyCharacter())


def test_a_class_holds_characters_ranges_and_categories():
    assert parse(r"[^a-z\s'\]-]") == (Class(
        (Range("a", "z"), Category.SPACE, Literal("'"), Literal("]"), Literal("-")),
        negated=True),)


def test_a_bracket_first_in_a_class_and_a_hyphen_last_are_characters():
    assert parse("[]a-]") == (Class((Literal("]"), Literal("a"), Literal("-"))),)


def test_a_class_of_one_character_is_that_character_unless_negated():
    assert parse(r"[.][^.][\b]") == (
        Literal("."), Class((Literal("."),), negated=True), Literal("\b"))


def test_groups_are_numbered_as_they_open_and_references_name_them():
    assert parse(r"((a)(?P<b>b))\2(?P=b)") == (
        Group((Group((Literal("a"),), 2), Group((Literal("b"),), 3, "b")), 1),
        Backreference(2), Backreference(3))


def test_a_group_without_number_or_flags_opens_into_the_sequence():
    assert parse("a(?:bc)d(?i:e)(?-i:f)") == (
        *_literals("abcd"), Group((Literal("e"),), flags="i"), Group((Literal("f"),), flags="-i"))


def test_flags_for_the_whole_pattern_add_no_item():
    assert parse("(?i)ab") == _literals("ab")


def test_lookarounds_look_ahead_or_behind_and_may_be_negative():
    assert parse(r"(?<!\w)(?<=a)(?=b)(?!c)") == (
        Lookaround((Class((Category.WORD,)),), ahead=False, negative=True),
        Lookaround((Literal("a"),), ahead=False, negative=False),
        Lookaround((Literal("b"),), ahead=True, negative=False),
        Lookaround((Literal("c"),), ahead=True, negative=True))


def test_quantifiers_give_bounds_and_laziness():
    assert parse("a?b*c+?d{2}e{2,}f{,3}g{1,4}?") == (
        Repeat((Literal("a"),), 0, 1), Repeat((Literal("b"),), 0, UNBOUNDED),
        Repeat((Literal("c"),), 1, UNBOUNDED, lazy=True), Repeat((Literal("d"),), 2, 2),
        Repeat((Literal("e"),), 2, UNBOUNDED), Repeat((Literal("f"),), 0, 3),
        Repeat((Literal("g"),), 1, 4, lazy=True))


def test_a_brace_that_starts_no_bounds_is_a_character():
    assert parse("a{}b{x") == _literals("a{}b{x")


def test_a_repeated_plain_group_repeats_what_it_holds():
    assert parse("(?:ab)+(ab)?") == (
        Repeat(_literals("ab"), 1, UNBOUNDED),
        Repeat((Group(_literals("ab"), 1),), 0, 1))


def test_alternatives_starting_alike_share_their_start():
    assert parse("does not|did not") == (
        Literal("d"), Alternation((_literals("oes not"), _literals("id not"))))


def test_alternatives_of_one_character_each_are_a_class():
    assert parse(r"(s|z|[ab]|\d)") == (Group((Class(
        (Literal("s"), Literal("z"), Literal("a"), Literal("b"), Category.DIGIT)),), 1),)


@pytest.mark.parametrize(("pattern", "flags", "message"), [
    ("a b", re.VERBOSE, "verbose patterns are not supported"),
    ("(?x)a b", 0, "verbose patterns are not supported"),
    ("(?>ab)", 0, r"groups '\(\?>' are not supported"),
    ("a*+", 0, "possessive repeats are not supported"),
    ("(a)?(?(1)b|c)", 0, r"groups '\(\?\(' are not supported"),
    ("a(?#note)", 0, r"groups '\(\?#' are not supported"),
])
def test_syntax_it_does_not_know_is_refused(pattern, flags, message):
    with pytest.raises(re.error, match=message):
        parse(pattern, flags)


def test_a_pattern_re_refuses_is_refused_with_res_message():
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        parse("(ab")


# Patterns from a small grammar of the syntax rule patterns use, and texts of the
# characters they match, to show that the tree says what the pattern says.
_TEXT_CHARACTERS = "abAB s-.'\n1_ſK١"
_ATOMS = ["a", "b", "s", "A", " ", "-", "'", r"\.", r"\-", r"\x61", r"\w", r"\W", r"\s", r"\S",
          r"\d", ".", "[a-b]", "[^a]", r"[^a\s]", r"[\w-]", "[]a]", "[sz]", "k"]
_ANCHORS = ["^", "$", r"\b", r"\B", r"\A", r"\Z", r"(?<!\w)", r"(?!\w)", "(?<=a)"]
_QUANTIFIERS = ["?", "*", "+", "{2}", "{1,3}", "{,2}", "{2,}", "??", "*?", "{0,2}?"]
# A group repeated without bound can take re exponential time on a short text.
_GROUP_QUANTIFIERS = ["?", "{2}", "{1,3}", "{,2}", "??", "{0,2}?"]


def _quantified(items: st.SearchStrategy[str], quantifiers: list[str]) -> st.SearchStrategy[str]:
    return st.builds(str.__add__, items, st.sampled_from(["", "", *quantifiers]))


def _sequences(items: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(items | st.sampled_from(_ANCHORS), min_size=1, max_size=4).map("".join)


def _groups_of(items: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    openers = st.sampled_from(["(", "(?:", "(?i:", "(?-i:", "(?=", "(?!"])
    alternatives = st.lists(_sequences(items), min_size=1, max_size=3).map("|".join)
    groups = st.builds(lambda opener, body: f"{opener}{body})", openers, alternatives)
    return _quantified(groups, _GROUP_QUANTIFIERS)


_ITEMS = st.recursive(_quantified(st.sampled_from(_ATOMS), _QUANTIFIERS), _groups_of,
                      max_leaves=12)
_PATTERNS = st.lists(_sequences(_ITEMS), min_size=1, max_size=2).map("|".join)


def _render(sequence) -> str:
    """A tree written back as a regex, every part in its plainest spelling."""
    return "".join(map(_render_node, sequence))


def _render_node(node) -> str:
    match node:
        case Literal(character=character):
            return re.escape(character)
        case Class(items=items, negated=negated):
            return "[" + "^" * negated + "".join(map(_render_member, items)) + "]"
        case AnyCharacter():
            return "."
        case Anchor():
            return node.value
        case Backreference(group=number):
            return f"(?:\\{number})"
        case Group(body=body, number=None, flags=flags):
            return f"(?{flags}:{_render(body)})"
        case Group(body=body, name=name):
            return ("(" if name is None else f"(?P<{name}>") + _render(body) + ")"
        case Lookaround(body=body, ahead=ahead, negative=negative):
            direction = "" if ahead else "<"
            return f"(?{direction}{'!' if negative else '='}{_render(body)})"
        case Alternation(branches=branches):
            return "(?:" + "|".join(map(_render, branches)) + ")"
        case Repeat(body=body, low=low, high=high, lazy=lazy):
            bounds = f"{{{low},{'' if high == UNBOUNDED else high}}}"
            return f"(?:{_render(body)}){bounds}" + "?" * lazy
    raise AssertionError(node)


def _render_member(member) -> str:
    match member:
        case Literal(character=character):
            return re.escape(character)
        case Range(first=first, last=last):
            return f"{re.escape(first)}-{re.escape(last)}"
    return member.value


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error:
        return False
    return True


def _matches(pattern: str, text: str) -> list:
    return [(match.span(), match.groups())
            for match in re.finditer(pattern, text, re.IGNORECASE)]


@given(_PATTERNS, st.text(_TEXT_CHARACTERS, max_size=24))
def test_the_tree_written_back_matches_what_the_pattern_matches(pattern, text):
    assume(_compiles(pattern))
    assert _matches(_render(parse(pattern, re.IGNORECASE)), text) == _matches(pattern, text)


def _satisfies(word: str, choice: WordChoice) -> bool:
    return word in choice.words or word.startswith(choice.prefixes)


def _check_required_words(expression: str, text: str) -> None:
    """Every match starts with a word of the first choice, and the text holds a word of
    every other choice."""
    needs = requirements(expression, re.IGNORECASE)
    present = TextWords(text).present
    for match in re.finditer(expression, text, re.IGNORECASE):
        for choice in needs.others:
            assert any(_satisfies(word, choice) for word in present), (choice, match)
        if not needs.first.anything:
            # fold() spells each character as one, so the match starts at the same place
            first_word = re.match(r"\w*", fold(text)[match.start():]).group()
            assert _satisfies(first_word, needs.first), match


@given(_PATTERNS, st.text(_TEXT_CHARACTERS, max_size=24))
def test_a_text_lacking_a_required_word_has_no_match(pattern, text):
    expression = r"(?<!\w)(?:" + pattern + ")"
    assume(_compiles(expression))
    _check_required_words(expression, text)


_WORDS = ["the", "does", "did", "not", "have", "a", "plan", "plans", "shelter", "ſhelters",
          "victims", "train", "trained", "organised", "organized", "12", "١٢", "jointly", "in",
          "partnership", "with"]
_KEYWORD_PARTS = st.one_of(
    st.sampled_from(["the", "does", "not", "have", "plan", "shelter", "victims", "train"]),
    st.sampled_from(["plans?", "shelters?", "train(s|ed|ing)?", "organi[sz]ed", "\\d+",
                     "(does|did) not", "(the )?plan", "(a|the|any)", "~{0,2}shelters",
                     "shel\\w*", "(jointly|in (partnership|cooperation) with)"]))
_KEYWORDS = st.lists(_KEYWORD_PARTS, min_size=1, max_size=4).map(" ".join)
_KEYWORD_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)


@given(_KEYWORDS, _KEYWORD_TEXTS)
def test_a_rule_pattern_matches_only_texts_holding_its_required_words(source, text):
    expression = keyword_expression(source)
    assume(_compiles(expression))
    _check_required_words(expression, text)
    patterns = PatternSet([(source, re.compile(expression, re.IGNORECASE))])
    assert [match.span() for _, match in patterns.finditer(text)] == \
        [match.span() for match in re.finditer(expression, text, re.IGNORECASE)]
