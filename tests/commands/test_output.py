"""How much a run says: --quiet, --verbose, colour, and lines above the progress bar."""

from __future__ import annotations

import io

from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main
from tvpa_scorer.kit import progress

TRUNCATED = str(SAMPLES / "09JAKARTA378.txt")
MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]


def test_quiet_keeps_warnings_back_and_errors_not(tmp_path):
    quiet = CliRunner().invoke(main, ["--quiet", "score", "--no-store", "--format", "json",
                                      TRUNCATED, str(tmp_path / "missing.txt")])
    assert quiet.exit_code == 2, quiet.output
    assert quiet.stderr == f"{tmp_path}/missing.txt: error: no such file\n"


def test_without_quiet_the_warning_is_said():
    said = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", TRUNCATED])
    assert said.stderr.startswith(f"{TRUNCATED}: warning: looks truncated")


def test_verbose_says_how_each_cable_was_placed():
    result = CliRunner().invoke(main, ["--verbose", "score", "--no-store", "--format", "json",
                                       *MEXICO])
    assert result.exit_code == 0, result.output
    assert (f"Mexico 2008: {MEXICO[0]} (subject country, date year); {MEXICO[1]} (text "
            "country, file name year)") in result.stderr.splitlines()


def test_color_always_colours_the_severity_and_never_does_not():
    coloured = CliRunner().invoke(main, ["--color", "always", "score", "--no-store", "--format",
                                         "json", TRUNCATED], color=True)
    plain = CliRunner().invoke(main, ["--color", "never", "score", "--no-store", "--format",
                                      "json", TRUNCATED], color=True)
    assert "\x1b[33m\x1b[1mwarning\x1b[0m" in coloured.stderr
    assert "\x1b[" not in plain.stderr


def test_no_color_in_the_environment_turns_colour_off():
    plain = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", TRUNCATED],
                               color=True, env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stderr


class _Bar:
    def __init__(self, stream):
        self.stream = stream

    def render_progress(self):
        self.stream.write("[####      ] 40%")


def test_a_line_said_during_a_run_goes_above_the_bar(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    bar = _Bar(stream)
    with progress._showing(bar):
        progress.say("a.txt: warning: looks truncated")
    assert stream.getvalue() == ("\r\x1b[2Ka.txt: warning: looks truncated\n"
                                 "[####      ] 40%")
