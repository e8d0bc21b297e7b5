import re

from hypothesis import given
from hypothesis import strategies as st

from tvpa_scorer.patterns import PatternSet, TextWords, keyword_expression

KEYWORDS = [
    "train(s|ed|ing)?", "extradit\\w*", "(lack of|limited|scarce) (resources|funds)",
    "anti-?trafficking law", "country'?s? situation", "(humanitarian|T) visas?",
    "inter-?(agency|ministerial)", "criminali[sz](e|ed)", "\\d+ victims", "shelters?",
    "national (plan|program(me)?) of action", "rape",
]
PATTERNS = PatternSet([(keyword, re.compile(keyword_expression(keyword), re.IGNORECASE))
                       for keyword in KEYWORDS])
WORDS = ["training", "trains", "extradited", "extradition", "lack", "of", "resources", "limited",
         "funds", "anti-trafficking", "antitrafficking", "law", "country's", "situation", "T",
         "visa", "humanitarian", "visas", "inter-agency", "interministerial", "criminalised",
         "criminalize", "12", "victims", "shelter", "Shelters", "national", "plan", "programme",
         "action", "rape", "rapeseed", "the", "and", "strain", "\n"]


def _brute_force(text):
    return sorted((name, match.span()) for name, pattern in PATTERNS.patterns
                  for match in pattern.finditer(text))


@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_the_prefilter_never_loses_a_match(words):
    text = " ".join(words)
    found = sorted((name, match.span()) for name, match in PATTERNS.finditer(text))
    assert found == _brute_force(text)


def test_only_patterns_whose_first_words_occur_are_run():
    candidates = [name for name, _ in PATTERNS.candidates(TextWords("The new shelters opened."))]
    assert candidates == ["\\d+ victims", "shelters?"]
