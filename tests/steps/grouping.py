"""Steps about which cables are read together: one country, one report year, one draft."""

from __future__ import annotations

import json
import re
import shutil

from pytest_bdd import given, parsers, then

from tests.support import SAMPLES


def _names(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', f'"{text}"')


@given(parsers.parse('a folder holding the sample cables "{names}"'))
def given_samples(workdir, names):
    for name in _names(names):
        (workdir / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, workdir / name)


@then(parsers.parse('the draft is of {country} for the {year:d} report, from the cables '
                    '"{cables}"'))
def then_draft_of_cables(run, country, year, cables):
    report = json.loads(run.stdout)
    assert (report["country"], report["report_year"], report["cables"]) == (
        country, year, _names(cables))


@then(parsers.parse('the error output says "{message}"'))
def then_error_output_says(run, message):
    assert message in run.stderr.splitlines(), run.stderr


@then(parsers.parse('the output lists "{paths}"'))
def then_output_lists(run, paths):
    assert run.stdout.splitlines() == _names(paths)
