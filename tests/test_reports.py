"""The example reports in reports/ are what the current rules and templates produce."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tvpa_scorer.cli import main

ROOT = Path(__file__).resolve().parent.parent
# The same command as `make reports`; paths relative to the root, as the report shows them.
CABLES = ["samples/08MEXICO722.txt", "samples/08MEXICO_LAGON_VISIT.txt"]
COMMAND = ["score", "--no-store", "--format", "md", "--format", "html", "-o", "reports", *CABLES]


@pytest.mark.parametrize("name", ["mexico-2008.md", "mexico-2008.html"])
def test_the_example_report_is_up_to_date(tmp_path, monkeypatch, name):
    # a copy of the root's layout: the Markdown links each citation to its cable relative to
    # the report, so reports/ and samples/ must sit side by side as they do in the root
    (tmp_path / "samples").mkdir()
    for cable in CABLES:
        shutil.copy(ROOT / cable, tmp_path / cable)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, COMMAND)
    assert result.exit_code == 0, result.output
    if (tmp_path / "reports" / name).read_text() != (ROOT / "reports" / name).read_text():
        pytest.fail(f"reports/{name} is out of date: run `make reports` and commit the result")
