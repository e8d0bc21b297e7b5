import pytest

from tvpa_scorer.kit.problems import InputError
from tvpa_scorer.kit.sources import decode, expand_inputs, read_source


def test_utf8_is_read_as_is():
    assert decode("Ministère".encode(), "a.txt") == ("Ministère", "utf-8")


def test_cp1252_is_the_first_fallback():
    assert decode("“shelters”".encode("cp1252"), "a.txt") == ("“shelters”", "cp1252")


def test_latin1_reads_what_cp1252_cannot():
    assert decode(b"caf\xe9 \x81", "a.txt") == ("café \x81", "latin-1")


def test_utf16_with_a_byte_order_mark_is_decoded():
    assert decode("shelter".encode("utf-16"), "a.txt") == ("shelter", "utf-16")


def test_utf8_byte_order_mark_keeps_its_place():
    text, encoding = decode(b"\xef\xbb\xbf1. (U) Text.", "a.txt")
    assert (text[0], encoding) == ("\ufeff", "utf-8")


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match=r"^a.bin: error: binary data, not cable text "
                                         r"\(NUL byte at offset 2\)$"):
        decode(b"ab\x00cd", "a.bin")


def test_many_control_characters_mean_binary():
    with pytest.raises(InputError, match="binary data"):
        decode(bytes(range(1, 32)) * 20, "a.bin")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(InputError, match=r"gone.txt: error: no such file$"):
        read_source(str(tmp_path / "gone.txt"))


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    with pytest.raises(InputError, match=r"file is 5 kB, over the 2 kB limit"):
        read_source(str(path), max_bytes=2048)


def test_a_directory_named_as_a_file_is_explained(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))


def test_directories_expand_to_their_cable_files(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.TXT", "sub/c.txt", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    found = list(expand_inputs([str(tmp_path)]))
    assert [path.replace(str(tmp_path) + "/", "") for path in found] == ["a.TXT", "b.txt",
                                                                        "sub/c.txt"]


def test_an_unmatched_glob_is_a_problem(tmp_path):
    [problem] = list(expand_inputs([str(tmp_path / "*.cable")]))
    assert problem.message == "no file matches this pattern"


def test_stdin_is_named_dash():
    assert list(expand_inputs(["-"])) == ["-"]
