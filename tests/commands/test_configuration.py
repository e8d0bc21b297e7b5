"""Settings beside the rules: [tool.tvpa-scorer] in pyproject.toml or a tvpa-scorer.toml."""

from __future__ import annotations

import json
import textwrap

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main

ZIMBABWE = str(SAMPLES / "05HARARE339.txt")


def _run(tmp_path, monkeypatch, settings, *arguments, name="pyproject.toml"):
    (tmp_path / name).write_text(textwrap.dedent(settings))
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, list(arguments))


def test_a_command_s_table_gives_its_options_their_defaults(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, """\
        [tool.tvpa-scorer]
        store = "kept/drafts.sqlite"
        [tool.tvpa-scorer.score]
        format = "json"
        """, "score", ZIMBABWE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["country"] == "Zimbabwe"
    assert (tmp_path / "kept" / "drafts.sqlite").exists()


def test_the_command_line_wins_over_the_settings(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, """\
        [tool.tvpa-scorer.score]
        format = "json"
        """, "score", "--no-store", "--format", "text", ZIMBABWE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Zimbabwe, 2005 report: 05HARARE339")


def test_a_tvpa_scorer_toml_holds_the_settings_at_its_top(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, """\
        [eval]
        min-agreement = 1.0
        format = "github"
        """, "eval", str(SAMPLES.parent / "labels"), name="tvpa-scorer.toml")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


@pytest.mark.parametrize(("settings", "message"), [
    ("[tool.tvpa-scorer.score]\nfromat = 'json'\n",
     "pyproject.toml: error: [score] sets 'fromat', which is no option of score (did you mean "
     "'format'?)"),
    ("[tool.tvpa-scorer]\nrulez = 'rules'\n",
     "pyproject.toml: error: [tool.tvpa-scorer] sets 'rulez', an option of no command (did you "
     "mean 'rules'?)"),
    ("[tool.tvpa-scorer.scor]\nformat = 'json'\n",
     "pyproject.toml: error: [tool.tvpa-scorer] has a table [scor], which is no command (did "
     "you mean 'score'?)"),
    ("[tool.tvpa-scorer\n",
     "pyproject.toml:1:18: error: not valid TOML: Expected ']' at the end of a table "
     "declaration")])
def test_a_setting_no_command_knows_is_a_located_error_exit_2(tmp_path, monkeypatch, settings,
                                                              message):
    result = _run(tmp_path, monkeypatch, settings, "score", ZIMBABWE)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"{tmp_path}/{message}\n"


def test_a_pyproject_without_the_table_is_no_settings_file(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, "[project]\nname = 'x'\n", "score", "--no-store",
                  "--format", "json", ZIMBABWE)
    assert result.exit_code == 0, result.output
