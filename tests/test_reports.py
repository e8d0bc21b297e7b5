"""The example reports in reports/ are what the current rules and templates produce."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tvpa_scorer.cli import main

ROOT = Path(__file__).resolve().parent.parent
# The same command as `make reports`; paths relative to the root, as the report shows them.
COMMAND = ["score", "--no-store", "--format", "md", "--format", "html", "-o", "{out}",
           "samples/08MEXICO722.txt", "samples/08MEXICO_LAGON_VISIT.txt"]


@pytest.mark.parametrize("name", ["mexico-2008.md", "mexico-2008.html"])
def test_the_example_report_is_up_to_date(tmp_path, monkeypatch, name):
    monkeypatch.chdir(ROOT)
    command = [str(tmp_path) if part == "{out}" else part for part in COMMAND]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    if (tmp_path / name).read_text() != (ROOT / "reports" / name).read_text():
        pytest.fail(f"reports/{name} is out of date: run `make reports` and commit the result")
