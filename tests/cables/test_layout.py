import textwrap

from tvpa_scorer.cables.layout import lay_out
from tvpa_scorer.cables.lines import split_lines


def _blocks(text):
    text = textwrap.dedent(text)
    layout = lay_out(text, split_lines(text), None)
    return [layout.clean[block.clean_start:block.clean_end] for block in layout.blocks], layout


def test_wrapped_lines_join_and_blank_lines_separate_paragraphs():
    blocks, _ = _blocks("""\
        1. The government opened
        two shelters.

        2. Police rescued victims.
        """)
    assert blocks == ["1. The government opened two shelters.", "2. Police rescued victims."]


def test_a_blank_line_inside_a_sentence_is_mended():
    blocks, _ = _blocks("""\
        Grupos Beta rescued 5,700 people along the

        U.S.-Mexican border alone.
        """)
    assert blocks == ["Grupos Beta rescued 5,700 people along the U.S.-Mexican border alone."]


def test_list_items_keep_their_own_lines():
    blocks, _ = _blocks("""\
        The forums were held in:
        --Tlaxcala, February 29, 2008
        --Guadalajara, March 28, 2008
        """)
    assert blocks == ["The forums were held in:\n--Tlaxcala, February 29, 2008\n"
                      "--Guadalajara, March 28, 2008"]


def test_a_heading_is_its_own_block_and_marked_when_underlined():
    blocks, layout = _blocks("""\
        PREVENTION:
        --------------

        34. (SBU) QUESTION A: Does the government acknowledge the problem?
        """)
    assert blocks == ["PREVENTION:", "34. (SBU) QUESTION A: Does the government acknowledge the "
                                     "problem?"]
    assert [block.ruled for block in layout.blocks] == [True, False]


def test_a_flattened_line_splits_at_its_numbered_paragraphs():
    blocks, _ = _blocks("1. (U) SUMMARY: A met B. END SUMMARY 2. (U) The meeting was long "
                        + "and " * 80 + "useful. 3. (U) Officials spoke. 5. (U) Not next.\n")
    assert [block[:6] for block in blocks] == ["1. (U)", "2. (U)", "3. (U)"]


def test_signature_and_web_site_trailer_are_dropped():
    blocks, layout = _blocks("""\
        1. The end of the answer.

        Visit Mexico City's Classified Web Site at
        http://www.state.sgov.gov/p/wha/mexicocity
        GARZA
        """)
    assert (blocks, layout.truncation) == (["1. The end of the answer."], None)


def test_missing_pages_make_a_cable_look_truncated():
    _, layout = _blocks("""\
        1. First page ends well.

        LIMA 00000900  002 OF 005

        2. Second page ends well.
        """)
    assert layout.truncation == "only 2 of 5 pages are present"
