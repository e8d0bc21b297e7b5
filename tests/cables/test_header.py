import datetime
import textwrap

from tvpa_scorer.cables.header import read_header
from tvpa_scorer.cables.lines import split_lines
from tvpa_scorer.cables.model import Count


def _header(text, path="cable.txt"):
    lines = split_lines(textwrap.dedent(text))
    header, body_start = read_header(lines, path)
    body = [line.text for line in lines[body_start:] if not line.is_blank]
    return header, body[0] if body else None


def test_telegram_header_fields():
    header, first_body_line = _header("""\
        P 101529Z MAR 08
        FM AMEMBASSY NEW DELHI
        TO SECSTATE WASHDC PRIORITY 2558
        UNCLAS SECTION 01 OF 04 NEW DELHI 000186
        SIPDIS
        NSC FOR SENIOR DIRECTOR
        E.O. 12958: N/A
        TAGS: KTIP, PHUM,
        IN
        SUBJECT: INDIA: TIP REPORT SUBMISSION
        (PART TWO OF THREE)
        REF: STATE 02731

        1. (U) The following responds to reftel.
        """)
    assert header.cable_id == "08NEWDELHI186"
    assert header.id_source == "banner"
    assert header.date == datetime.date(2008, 3, 10)
    assert header.post == "Embassy New Delhi"
    assert header.classification == "UNCLASSIFIED"
    assert header.tags == ("KTIP", "PHUM", "IN")
    assert header.subject == "INDIA: TIP REPORT SUBMISSION (PART TWO OF THREE)"
    assert (header.section_of, header.part_of) == (Count(1, 4), Count(2, 3))
    assert [ref.name for ref in header.refs] == ["08 STATE 2731"]
    assert first_body_line == "1. (U) The following responds to reftel."


def test_a_state_serial_too_high_for_the_date_is_from_the_year_before():
    header, _ = _header("""\
        O 040817Z MAR 09
        UNCLAS JAKARTA 000378
        REF: A) STATE 132759 B) JAKARTA 105

        1. (U) Text.
        """)
    assert [ref.name for ref in header.refs] == ["08 STATE 132759", "09 JAKARTA 105"]


def test_ocr_noise_in_reference_labels():
    header, _ = _header("""\
        R 251127Z FEB 10
        UNCLAS AMMAN 000456
        REF: A. AMMAN 383

        IB. AMMAN 274

        11.

        09

        AMMAN

        1179

        !J. 09 AMMAN 856

        139. (U) (27/F) Officials were trained.
        """)
    assert [(ref.label, ref.name) for ref in header.refs] == [
        ("A", "10 AMMAN 383"), ("B", "10 AMMAN 274"), ("I", "09 AMMAN 1179"),
        ("J", "09 AMMAN 856")]


def test_cablegate_field_table_preamble():
    header, first_body_line = _header("""\
        Identifier
        Created
        Classification
        Origin
        07LIMA100
        2007-01-15 10:00:00
        CONFIDENTIAL
        Embassy Lima
        Cable title:\xa0\xa0

        PERU: TIP

        Tags:\xa0\xa0KTIP\xa0PE
        1. (C) Text.
        """)
    assert (header.cable_id, header.date, header.classification, header.post, header.subject,
            header.tags) == ("07LIMA100", datetime.date(2007, 1, 15), "CONFIDENTIAL",
                             "Embassy Lima", "PERU: TIP", ("KTIP", "PE"))
    assert first_body_line == "1. (C) Text."


def test_text_without_a_header_takes_its_id_from_the_file_name():
    header, first_body_line = _header("The ministry opened a shelter.\n", "notes/visit.txt")
    assert (header.cable_id, header.id_source, header.date) == ("visit", "file name", None)
    assert first_body_line == "The ministry opened a shelter."


def test_a_dashed_banner_after_the_references_starts_the_body():
    _, first_body_line = _header("""\
        UNCLAS SECTION 01 OF 13 STATE 002731
        SUBJECT: PREPARING THE EIGHTH ANNUAL TIP REPORT
        REF: (A) 2006 STATE 202745
        --------------------------
        SUMMARY AND ACTION REQUEST
        --------------------------
        1. This is an action message.
        """)
    assert first_body_line == "--------------------------"
