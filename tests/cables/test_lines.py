from tvpa_scorer.cables.lines import (
    ends_sentence,
    is_banner,
    is_capitals,
    is_page_break,
    is_rule,
    is_signature,
    split_lines,
)


def test_lines_keep_their_offsets_across_line_endings():
    lines = split_lines("a\r\nbb\rccc\n\fd")
    assert [(line.number, line.start, line.end, line.text) for line in lines] == [
        (1, 0, 1, "a"), (2, 3, 5, "bb"), (3, 6, 9, "ccc"), (4, 10, 10, ""), (5, 11, 12, "d")]


def test_line_slices_are_views():
    lines = split_lines("a\nb\nc\n")
    assert [line.text for line in lines[1:]] == ["b", "c"]
    assert lines[-1].number == 3


def test_page_breaks_of_several_posts():
    assert is_page_break("MEXICO 00000722  002 OF 008")
    assert is_page_break("  NEW DELHI 00001234 003 OF 004 ")
    assert not is_page_break("In 2007, 5,700 people were rescued.")


def test_banners_with_and_without_sections():
    assert is_banner("UNCLAS SECTION 01 OF 08 MEXICO 000722")
    assert is_banner("UNCLAS  AMMAN  000456")
    assert is_banner("C O N F I D E N T I A L BEIJING 001234")
    assert not is_banner("UNCLASSIFIED//FOR OFFICIAL USE ONLY")


def test_rules_are_lines_of_dashes():
    assert is_rule("--------------")
    assert is_rule("-------------- --------------")
    assert not is_rule("-- A. The government")


def test_signature_is_a_short_capitalised_name():
    assert is_signature("GARZA")
    assert is_signature("MCCARTHY-SMITH")
    assert not is_signature("The end.")


def test_capitals_tolerate_a_few_lower_case_words():
    assert is_capitals("AMBASSADOR LAGON and ATTORNEY GENERAL ADDRESS PREVENTION,")
    assert not is_capitals("GOM officials said the shelter opened.")


def test_sentence_ends_include_closing_quotes_and_brackets():
    assert ends_sentence('it said "no."')
    assert ends_sentence("(see below.)")
    assert not ends_sentence("the committee is not")
