"""Property tests: whatever text arrives, the reader returns a Cable whose every answer maps
back, character by character, to the original text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import SAMPLES, assert_offsets_point_into_original
from tvpa_scorer.cables import read_document, read_text

CABLE_LINES = [
    "UNCLAS SECTION 01 OF 03 MEXICO 000722", "R 112219Z MAR 08", "FM AMEMBASSY MEXICO",
    "SUBJECT: TIP REPORT (PART 2 OF 2)", "TAGS: KTIP MX", "REF: A. 08 STATE 2731",
    "MEXICO 00000722 002 OF 003", "PREVENTION:", "--------------", "OVERVIEW",
    "27. (SBU) QUESTION E: Does the government screen victims?", "POST RESPONSE: Yes.",
    "-- A. The government opened two shelters.", "-- 27 B. (SBU) Police were trained.",
    "139. (U) (27/F) Officials", "18A. The Philippines is a source.", "¶1. Overview:",
    "See question 27 and 28.", "Not applicable; see 3.j.", "Note: names are not/not for public",
    "disclosure. End note.", "--Tlaxcala, February 29, 2008", "Zimbabwe,s  economy\tis weak",
    "The GOM has not appointed a chair", "GARZA", "", "   ", "\xa0",
    "Visit our Classified Web Site", "20A-B.  (SBU)  Costa Rica does not", "-- E. - F.  See 3.D.",
    "PROSECUTION A. The penal code", "TIP SITUATION B: Ghana is",
]


@st.composite
def cable_texts(draw):
    lines = draw(st.lists(st.one_of(st.sampled_from(CABLE_LINES), st.text(max_size=40)),
                          max_size=40))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
    return newline.join(lines)


def _read(vocabulary, text):
    return read_document([read_text(text, vocabulary)]).cables[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=cable_texts())
def test_cable_like_text_always_reads_and_maps_back(vocabulary, text):
    cable = _read(vocabulary, text)
    assert_offsets_point_into_original(cable)
    starts = [answer.start for answer in cable.answers]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_any_text_at_all_reads(vocabulary, text):
    assert_offsets_point_into_original(_read(vocabulary, text))


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(sorted(path.name for path in SAMPLES.glob("*.txt"))),
       share=st.floats(min_value=0.0, max_value=1.0))
def test_samples_cut_anywhere_still_read(vocabulary, name, share):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    cable = _read(vocabulary, text[:int(len(text) * share)])
    assert_offsets_point_into_original(cable)


def test_every_sample_reads_and_maps_back(sample):
    for path in sorted(SAMPLES.rglob("*.txt")):
        assert_offsets_point_into_original(sample(str(path.relative_to(SAMPLES))))
