"""Checks shared by the unit, property and feature tests."""

from __future__ import annotations

from pathlib import Path

from tvpa_scorer.cables import Cable

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# Characters the cleaned text may differ in from the original: white space is
# normalised, and the teletype's comma-for-apostrophe ("Zimbabwe,s") is repaired.
_REPAIRS = {"'": ","}


def assert_offsets_point_into_original(cable: Cable) -> None:
    """Every answer's cleaned text maps back, character by character, to the original file."""
    for answer in cable.answers:
        assert 0 <= answer.start <= answer.end <= len(cable.text), answer.citation
        assert cable.clean[answer.clean_start:answer.clean_end] == answer.text
        previous = -1
        for position, character in enumerate(answer.text):
            original = cable.offsets.to_original(answer.clean_start + position)
            assert original >= previous, (answer.citation, position)
            previous = original
            source = cable.text[original]
            if character.isspace():
                assert source.isspace() or source == "\ufeff", (answer.citation, position)
            else:
                assert source in (character, _REPAIRS.get(character)), (
                    answer.citation, position, character, source)
        if answer.text:
            assert cable.text[answer.start] == answer.text[0] or answer.text[0] in _REPAIRS
            last = answer.text[-1]
            assert cable.text[answer.end - 1] in (last, _REPAIRS.get(last))
