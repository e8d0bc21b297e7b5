import textwrap

import pytest

from tvpa_scorer.cables import read_document, read_text


def _answers(vocabulary, text):
    cable = read_document([read_text(textwrap.dedent(text), vocabulary)]).cables[0]
    return {answer.citation.removeprefix("<text> "): answer for answer in cable.answers}


@pytest.mark.parametrize(("pointer", "targets"), [
    ("See question 34 and 35.", ["34", "35"]),
    ("(Please see answers for questions 34-35)", ["34", "35"]),
    ("Refer to paragraph 34 above.", ["34"]),
    ("As noted in para 35.", ["35"]),
    ("See 34.", ["34"]),
])
def test_pointer_phrasings_resolve_to_their_paragraphs(vocabulary, pointer, targets):
    answers = _answers(vocabulary, f"""\
        34. (U) QUESTION A: Campaigns? POST RESPONSE: A radio campaign reached 2 million people.

        35. (U) QUESTION B: Plans? POST RESPONSE: The cabinet adopted a plan.

        36. (U) QUESTION C: Demand? POST RESPONSE: {pointer}
        """)
    answer = answers["¶36 Q.C"]
    assert [ref.paragraph for reference in answer.cross_refs for ref in reference.resolved] == [
        int(target) for target in targets]
    assert answer.cross_reference_only is True


@pytest.mark.parametrize("text", ["See 2008 figures: police arrested 40.",
                                  "See 5,000 victims a year, NGOs say.",
                                  "See a list of shelters below.",
                                  "As noted in 12 cases, courts acquitted."])
def test_a_year_or_a_count_is_not_a_cross_reference(vocabulary, text):
    answers = _answers(vocabulary, f"1. (U) {text}\n")
    assert answers["¶1"].cross_refs == ()


def test_short_repeated_boilerplate_is_not_a_repeat(vocabulary):
    answers = _answers(vocabulary, """\
        1. (U) The ministry opened a shelter. End note.

        2. (U) Police made arrests. End note.
        """)
    assert (answers["¶2"].repeats, answers["¶2"].duplicate_of) == ((), None)


def test_a_comment_is_a_note_but_not_restricted(vocabulary):
    answers = _answers(vocabulary, "1. (U) Shelters opened. Comment: progress is slow. "
                                   "End comment.\n")
    assert [(note.kind, note.text, note.restricted) for note in answers["¶1"].notes] == [
        ("comment", "Comment: progress is slow. End comment.", False)]


def test_restricted_wording_outside_a_note_is_flagged(vocabulary):
    answers = _answers(vocabulary, "1. (U) Police opened cases. The source is not/not for "
                                   "public release. Courts sat.\n")
    assert [(note.kind, note.text) for note in answers["¶1"].notes] == [
        ("restriction", "The source is not/not for public release.")]
