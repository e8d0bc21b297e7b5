from tvpa_scorer.cables.offsets import CleanTextBuilder


def test_verbatim_and_inserted_segments_map_back():
    original = "ab\n\ncd  ef"
    builder = CleanTextBuilder(original)
    builder.copy(0, 2)
    builder.insert(" ", 2)
    builder.copy(4, 6)
    builder.insert(" ", 6)
    builder.copy(8, 10)
    clean, offsets = builder.build()
    assert clean == "ab cd ef"
    assert [offsets.to_original(index) for index in range(len(clean))] == [0, 1, 2, 4, 5, 6, 8, 9]


def test_contiguous_copies_share_one_segment():
    builder = CleanTextBuilder("abcdef")
    builder.copy(0, 3)
    builder.copy(3, 6)
    _, offsets = builder.build()
    assert list(offsets.clean_starts) == [0]


def test_a_character_standing_for_the_next_one_joins_the_copy_s_segment():
    builder = CleanTextBuilder("ab\ncd\n\nef")
    builder.copy(0, 2)
    builder.insert(" ", 2)  # the line break, one for one
    builder.copy(3, 5)
    builder.insert("  ", 5)  # two characters for one: a segment of its own
    builder.copy(7, 9)
    clean, offsets = builder.build()
    assert clean == "ab cd  ef"
    assert list(offsets.clean_starts) == [0, 5, 7]
    assert [offsets.to_original(index) for index in range(len(clean))] == [
        0, 1, 2, 3, 4, 5, 5, 7, 8]


def test_span_maps_to_the_original_span():
    builder = CleanTextBuilder("xx hello")
    builder.copy(3, 8)
    _, offsets = builder.build()
    assert offsets.span_to_original(0, 5) == (3, 8)
    assert offsets.span_to_original(2, 2) == (5, 5)


def test_original_end_follows_the_last_segment():
    builder = CleanTextBuilder("abc\ndef")
    builder.copy(0, 3)
    assert builder.original_end() == 3
