import textwrap

from tvpa_scorer.cables.layout import lay_out
from tvpa_scorer.cables.lines import split_lines
from tvpa_scorer.cables.structure import find_units


def _units(text):
    text = textwrap.dedent(text)
    layout = lay_out(text, split_lines(text), None)
    headings, units = find_units(layout.clean, layout.blocks)
    return headings, [(unit.opening.opening.value if unit.opening else None,
                       layout.clean[unit.clean_start:unit.clean_end][:12],
                       unit.heading.title if unit.heading else None) for unit in units]


def test_a_heading_followed_by_an_answer_opens_a_section():
    headings, units = _units("""\
        OVERVIEW
        --------

        -- 27 A. (SBU) Zimbabwe is a source country.
        """)
    assert [heading.title for heading in headings] == ["OVERVIEW"]
    assert units == [("tasker_letter", "-- 27 A. (SB", "OVERVIEW")]


def test_numbered_section_titles_are_sections_not_paragraphs():
    headings, units = _units("""\
        ¶2. Prevention:
        --------

        -- A. The government recognizes the problem.

        ¶3. Investigation and Prosecution of Traffickers:
        ----------

        -- A. Trafficking is addressed under other laws.

        ¶5. Post point of contact for trafficking is the political officer.
        """)
    assert [(heading.number, heading.title) for heading in headings] == [
        (2, "Prevention"), (3, "Investigation and Prosecution of Traffickers")]
    assert [unit[2] for unit in units] == ["Prevention", "Investigation and Prosecution of "
                                                         "Traffickers", None]


def test_paragraph_numbers_must_rise():
    _, units = _units("""\
        5. (U) The government listed its steps.

        1. It opened a hotline.

        6. (U) Police rescued victims.
        """)
    assert [unit[1] for unit in units] == ["5. (U) The g", "6. (U) Polic"]


def test_unnumbered_text_before_any_answer_stands_alone():
    _, units = _units("""\
        This cable answers the tasker.

        It was cleared by the ambassador.

        1. (U) The government opened shelters.
        """)
    assert [unit[0] for unit in units] == [None, None, "paragraph"]
