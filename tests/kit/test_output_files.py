"""Outputs are written whole, then renamed into place with the mode a new file gets."""

from __future__ import annotations

import os
import stat

import pytest

from tvpa_scorer.kit.output_files import write_atomically
from tvpa_scorer.kit.tables import TableWriter


@pytest.fixture
def umask_027():
    previous = os.umask(0o027)
    yield
    os.umask(previous)


def test_a_report_and_a_table_get_the_mode_any_new_file_gets(tmp_path, umask_027):
    write_atomically(tmp_path / "report.md", "# Mexico\n")
    table = TableWriter(tmp_path / "findings.csv", {"country": "string"}, "csv")
    table.add([("Mexico",)])
    table.close()
    for name in ("report.md", "findings.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o640


def test_a_write_that_fails_leaves_neither_file_nor_temporary(tmp_path):
    with pytest.raises(TypeError):
        write_atomically(tmp_path / "report.md", None)
    assert list(tmp_path.iterdir()) == []
