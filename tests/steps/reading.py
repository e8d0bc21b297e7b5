"""Steps about reading cables: formats, structure, links."""

from __future__ import annotations

import re

import pytest
from pytest_bdd import given, parsers, then, when

from tests.support import assert_offsets_point_into_original
from tvpa_scorer.cables import read_cable, read_document, read_text
from tvpa_scorer.cables.export import paragraphs
from tvpa_scorer.kit.sources import read_source

_PAGE_BREAK = re.compile(r"\b[A-Z]+ \d{8} +\d{3} OF \d{3}\b")


# ---- Given --------------------------------------------------------------------------

@given(parsers.parse('the sample cable "{name}"'), target_fixture="cable")
def given_sample(sample, name):
    return sample(name)


@given("a cable reading:", target_fixture="cable")
def given_text(vocabulary, docstring):
    return read_document([read_text(docstring + "\n", vocabulary)]).cables[0]


@given("a cable with Windows line endings reading:", target_fixture="cable")
def given_crlf_text(vocabulary, docstring):
    text = docstring.replace("\n", "\r\n") + "\r\n"
    return read_document([read_text(text, vocabulary)]).cables[0]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


@given(parsers.parse('a cable file "{name}" reading:'))
def given_cable_file(workdir, name, docstring):
    path = workdir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(docstring + "\n", encoding="utf-8")


@given(parsers.parse('a cable file "{name}" in cp1252 reading:'))
def given_cp1252_file(workdir, name, docstring):
    (workdir / name).write_bytes((docstring + "\n").encode("cp1252"))


@given(parsers.parse('a cable file "{name}" of {count:d} numbered paragraphs of 2,000 characters'))
def given_large_file(workdir, name, count):
    sentence = "The ministry reported that police opened new trafficking investigations. "
    body = (sentence * 28)[:2000].strip()
    paragraphs_text = "\n\n".join(f"{number}. (U) {body}" for number in range(1, count + 1))
    (workdir / name).write_text(paragraphs_text + "\n", encoding="utf-8")


@given("nothing at all")
def given_nothing(workdir):
    pass


@given(parsers.parse('an empty file "{name}"'))
def given_empty_file(workdir, name):
    (workdir / name).write_bytes(b"")


@given(parsers.parse('a file "{name}" of blank lines'))
def given_blank_file(workdir, name):
    (workdir / name).write_text("\n   \n\n", encoding="utf-8")


@given(parsers.parse('a binary file "{name}"'))
def given_binary_file(workdir, name):
    (workdir / name).write_bytes(b"\x89PNG\x00\x00\x00\rIHDR" + bytes(range(256)))


@given(parsers.parse('an empty directory "{name}"'))
def given_empty_directory(workdir, name):
    (workdir / name).mkdir()


# ---- When ---------------------------------------------------------------------------

@when(parsers.parse('the cables "{first}" and "{second}" are read together'),
      target_fixture="document")
def when_read_together(workdir, vocabulary, first, second):
    return read_document([read_cable(read_source(name), vocabulary) for name in (first, second)])


# ---- Then: the cable ----------------------------------------------------------------

def _answer(cable_or_document, citation):
    answers = getattr(cable_or_document, "answers", ())
    found = [answer for answer in answers if answer.citation == citation]
    assert len(found) == 1, [answer.citation for answer in answers]
    return found[0]


@then(parsers.parse('the cable id is "{cable_id}"'))
def then_cable_id(cable, cable_id):
    assert cable.cable_id == cable_id


@then(parsers.parse('the cable id is "{cable_id}", taken from the file name'))
def then_cable_id_from_file(cable, cable_id):
    assert (cable.cable_id, cable.header.id_source) == (cable_id, "file name")


@then(parsers.parse("the cable has {count:d} answers"))
@then(parsers.parse("the cable has {count:d} answer"))
def then_answer_count(cable, count):
    assert len(cable.answers) == count


@then("the answers are, in order:")
def then_answers_table(cable, datatable):
    header, *rows = datatable
    expected = [dict(zip(header, row, strict=True)) for row in rows]
    actual = [{"citation": answer.citation,
               "section": answer.section.title if answer.section else "",
               "pillar": answer.topic.pillar.value if answer.topic.pillar else "",
               "subject": answer.topic.subjects[0] if answer.topic.subjects else ""}
              for answer in cable.answers]
    assert actual == expected


@then(parsers.parse('the answers are keyed {keys}'))
def then_keys(cable, keys):
    expected = re.findall(r'"([^"]+)"', keys)
    assert [answer.citation.removeprefix(cable.cable_id).strip()
            for answer in cable.answers] == expected


@then(parsers.parse('the question of answer "{citation}" begins "{text}"'))
def then_question_begins(cable, citation, text):
    assert _answer(cable, citation).question.startswith(text)


@then(parsers.parse('the question of answer "{citation}" is "{text}"'))
def then_question_is(cable, citation, text):
    assert _answer(cable, citation).question == text


@then(parsers.parse('the question of answer "{citation}" contains "{text}"'))
def then_question_contains(cable, citation, text):
    assert text in _answer(cable, citation).question


@then(parsers.parse('answer "{citation}" begins "{text}"'))
def then_answer_begins(cable, citation, text):
    assert _answer(cable, citation).text.startswith(text)


@then(parsers.parse('answer "{citation}" is "{text}"'))
def then_answer_is(cable, citation, text):
    assert _answer(cable, citation).text == text


@then(parsers.parse('answer "{citation}" contains "{text}"'))
def then_answer_contains(cable, citation, text):
    assert text in _answer(cable, citation).text


@then(parsers.parse('answer "{citation}" is filed under "{subject}"'))
def then_filed_under(cable, citation, subject):
    assert _answer(cable, citation).topic.subjects[0] == subject


@then(parsers.parse('answer "{citation}" is labelled "{label}"'))
def then_labelled(cable, citation, label):
    assert _answer(cable, citation).label == label


@then(parsers.parse('answer "{citation}" stands in section "{title}" under pillar "{pillar}"'))
def then_in_section(cable, citation, title, pillar):
    answer = _answer(cable, citation)
    assert (answer.section.title, answer.topic.pillar.value) == (title, pillar)


@then(parsers.parse('answer "{citation}" stands outside any section under pillar "{pillar}"'))
def then_outside_section_pillar(cable, citation, pillar):
    answer = _answer(cable, citation)
    assert (answer.section, answer.topic.pillar.value) == (None, pillar)


@then(parsers.parse('answer "{citation}" stands outside any section'))
def then_outside_section(cable, citation):
    assert _answer(cable, citation).section is None


@then("no answer contains a page-break line")
def then_no_page_break(cable):
    assert [answer.citation for answer in cable.answers
            if _PAGE_BREAK.search(answer.text) or _PAGE_BREAK.search(answer.question or "")] == []


@then("every answer maps back to its place in the original file")
def then_offsets(cable):
    assert_offsets_point_into_original(cable)


@then("the cable has the sections:")
def then_sections(cable, datatable):
    header, *rows = datatable
    expected = [dict(zip(header, row, strict=True)) for row in rows]
    actual = [{"number": str(section.number), "title": section.title,
               "pillar": section.pillar.value} for section in cable.sections]
    assert actual == expected


@then("the cable has no sections")
def then_no_sections(cable):
    assert cable.sections == ()


@then(parsers.parse('paragraph {number:d} holds the answers lettered "{first}" to "{last}"'))
def then_lettered(cable, number, first, last):
    keys = [answer.key for answer in cable.answers if answer.paragraph == number]
    assert keys == [chr(code) for code in range(ord(first), ord(last) + 1)]


@then(parsers.parse("the cable's paragraphs are numbered {first:d} to {last:d}"))
def then_paragraph_numbers(cable, first, last):
    assert [paragraph["number"] for paragraph in paragraphs(cable)] == list(range(first,
                                                                                  last + 1))


@then(parsers.parse('the cable cites {count:d} reference, the first "{first}" and the last '
                    '"{last}"'))
@then(parsers.parse('the cable cites {count:d} references, the first "{first}" and the last '
                    '"{last}"'))
def then_references(cable, count, first, last):
    names = [reference.name for reference in cable.header.refs]
    assert (len(names), names[0], names[-1]) == (count, first, last)


@then(parsers.parse("the cable's subject is \"{subject}\""))
def then_subject(cable, subject):
    assert cable.header.subject == subject


@then(parsers.parse("the cable is part {number:d} of a number it does not state"))
def then_part(cable, number):
    assert (cable.header.part_of.number, cable.header.part_of.total) == (number, None)


@then(parsers.parse('the header reads id "{cable_id}", date "{date}", classification '
                    '"{classification}" and post "{post}"'))
def then_header(cable, cable_id, date, classification, post):
    header = cable.header
    assert (header.cable_id, header.date.isoformat() if header.date else "none",
            header.classification, header.post) == (cable_id, date, classification, post)


@then(parsers.parse('the cable looks truncated because "{reason}"'))
def then_truncated(cable, reason):
    assert (cable.truncated, cable.truncation) == (True, reason)


@then("the cable does not look truncated")
def then_not_truncated(cable):
    assert (cable.truncated, cable.truncation) == (False, None)


@then("the last answer is marked as cut off")
def then_last_cut_off(cable):
    assert [answer.truncated for answer in cable.answers][-1] is True


# ---- Then: links --------------------------------------------------------------------

def _citations(text):
    return re.findall(r'"([^"]+)"', text)


@then(parsers.parse('answer "{citation}" is only a cross-reference to {targets}'))
def then_only_cross_reference(request, citation, targets):
    holder = _holder(request)
    answer = _answer(holder, citation)
    resolved = [ref.citation for reference in answer.cross_refs for ref in reference.resolved]
    assert (answer.cross_reference_only, resolved) == (True, _citations(targets))


@then(parsers.parse('answer "{citation}" is only a cross-reference into cable "{other}", '
                    'which was not read'))
def then_cross_reference_elsewhere(cable, citation, other):
    answer = _answer(cable, citation)
    assert [(reference.cable, reference.resolved) for reference in answer.cross_refs] == [
        (other, ())]
    assert answer.cross_reference_only is True


@then(parsers.parse('answer "{citation}" refers to "{target}" but says more'))
def then_refers_but_more(cable, citation, target):
    answer = _answer(cable, citation)
    resolved = [ref.citation for reference in answer.cross_refs for ref in reference.resolved]
    assert (resolved, answer.cross_reference_only) == ([target], False)


@then(parsers.parse('answer "{citation}" repeats answer "{original}"'))
def then_repeats(request, citation, original):
    answer = _answer(_holder(request), citation)
    assert answer.duplicate_of is not None
    assert answer.duplicate_of.citation == original


@then(parsers.parse('answer "{citation}" repeats no other answer'))
def then_repeats_nothing(cable, citation):
    answer = _answer(cable, citation)
    assert (answer.duplicate_of, answer.repeats) == (None, ())


@then(parsers.parse('answer "{citation}" holds {count:d} restricted notes, the first reading '
                    '"{text}"'))
def then_restricted_notes(cable, citation, count, text):
    notes = [note for note in _answer(cable, citation).notes if note.restricted]
    assert (len(notes), notes[0].text) == (count, text)


@then(parsers.parse('the document holds the cables "{first}" and "{second}" in that order'))
def then_document_order(document, first, second):
    assert [cable.cable_id for cable in document.cables] == [first, second]


def _holder(request):
    """The document when the scenario read several cables, else the one cable."""
    names = request.fixturenames
    return request.getfixturevalue("document" if "document" in names else "cable")
