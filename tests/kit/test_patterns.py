import re

from hypothesis import given
from hypothesis import strategies as st

from tvpa_scorer.kit.patterns import PatternSet, TextWords, keyword_expression
from tvpa_scorer.rules.load_shared import NUMBER_MARK, PLAIN_NUMBER

KEYWORDS = [
    "train(s|ed|ing)?", "extradit\\w*", "(lack of|limited|scarce) (resources|funds)",
    "anti-?trafficking law", "country'?s? situation", "(humanitarian|T) visas?",
    "inter-?(agency|ministerial)", "criminali[sz](e|ed)", "\\d+ victims", "shelters?",
    "national (plan|program(me)?) of action", "rape",
    # shapes the prefilter reads words from: an optional article, a number, "~" words,
    # alternations whose branches each need a word of their own
    "(the )?government", "# victims", "(identified|rescued) ~{0,2}# (victims|persons)",
    "(does not|did not) (yet )?have (a|an|any) ~{0,2}(plan|strategy)",
    "(jointly|in (partnership|cooperation) with) (the )?government",
]
PATTERNS = PatternSet([(keyword, re.compile(keyword_expression(
    keyword.replace(NUMBER_MARK, PLAIN_NUMBER)), re.IGNORECASE)) for keyword in KEYWORDS])
WORDS = ["training", "trains", "extradited", "extradition", "lack", "of", "resources", "limited",
         "funds", "anti-trafficking", "antitrafficking", "law", "country's", "situation", "T",
         "visa", "humanitarian", "visas", "inter-agency", "interministerial", "criminalised",
         "criminalize", "12", "victims", "shelter", "Shelters", "national", "plan", "programme",
         "action", "rape", "rapeseed", "the", "and", "strain", "\n", "government", "The",
         "governments", "5,700", "twenty-two", "nine", "1999", "identified", "rescued",
         "persons", "does", "not", "did", "yet", "have", "a", "an", "any", "strategy",
         "jointly", "in", "partnership", "cooperation", "with", "new", ",", "ſhelters",
         "İdentified", "١٢"]


def _brute_force(text):
    return sorted((name, match.span()) for name, pattern in PATTERNS.patterns
                  for match in pattern.finditer(text))


@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_the_prefilter_never_loses_a_match(words):
    text = " ".join(words)
    found = sorted((name, match.span()) for name, match in PATTERNS.finditer(text))
    assert found == _brute_force(text)


@given(st.lists(st.sampled_from(WORDS), max_size=30), st.integers(0, 200), st.integers(0, 200))
def test_a_stretch_of_the_text_is_searched_as_finditer_searches_it(words, start, length):
    text = " ".join(words)
    start = min(start, len(text))
    end = min(start + length, len(text))
    found = sorted((name, match.span())
                   for name, match in PATTERNS.finditer(text, TextWords(text), start, end))
    assert found == sorted((name, match.span()) for name, pattern in PATTERNS.patterns
                           for match in pattern.finditer(text, start, end))


def test_matches_come_pattern_by_pattern_in_text_order():
    text = "In partnership with the government, the government trained 12 victims."
    assert [(name, match.group()) for name, match in PATTERNS.finditer(text)] == [
        ("train(s|ed|ing)?", "trained"), ("\\d+ victims", "12 victims"),
        ("(the )?government", "the government"), ("(the )?government", "the government"),
        ("# victims", "12 victims"),
        ("(jointly|in (partnership|cooperation) with) (the )?government",
         "In partnership with the government"),
    ]


def test_only_patterns_whose_required_words_occur_are_run():
    candidates = [name for name, _ in PATTERNS.candidates(TextWords("The new shelters opened."))]
    assert candidates == ["shelters?"]


def test_a_pattern_runs_only_when_every_word_it_needs_occurs():
    text = "The government has a plan."
    candidates = [name for name, _ in PATTERNS.candidates(TextWords(text))]
    assert candidates == ["(the )?government"]


def test_a_text_read_before_a_pattern_set_was_made_still_meets_its_patterns():
    text = "Zanzibarian quokkas crossed the border."
    words = TextWords(text)
    assert words.satisfied  # the text is read once, before the set below exists
    late = PatternSet([("quokkas", re.compile(keyword_expression("zanzibarian quokkas?"),
                                              re.IGNORECASE))])
    assert [match.group() for _, match in late.finditer(text, words)] == ["Zanzibarian quokkas"]
