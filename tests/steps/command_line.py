"""Steps that run the command line as an analyst would."""

from __future__ import annotations

import json
import shlex

from click.testing import CliRunner
from pytest_bdd import parsers, then, when

from tvpa_scorer.cli import main


@when(parsers.parse('the analyst runs "{command}"'), target_fixture="run")
def when_run(workdir, command):
    return CliRunner().invoke(main, shlex.split(command)[1:])


@when(parsers.parse('the analyst pipes "{text}" into "{command}"'), target_fixture="run")
def when_pipe(workdir, text, command):
    return CliRunner().invoke(main, shlex.split(command)[1:], input=text + "\n")


# ---- Then: the command line ---------------------------------------------------------

@then(parsers.parse("the exit status is {status:d}"))
def then_exit_status(run, status):
    assert run.exit_code == status, run.output


@then(parsers.parse('the error output is "{message}"'))
def then_error_output(run, message):
    assert run.stderr.strip() == message


@then(parsers.parse("the output is a JSON list of {count:d} cable"))
@then(parsers.parse("the output is a JSON list of {count:d} cables"))
def then_json_list(run, count):
    assert len(json.loads(run.stdout)) == count


@then(parsers.parse('the JSON answer {index:d} reads "{text}"'))
def then_json_answer(run, index, text):
    assert json.loads(run.stdout)["answers"][index]["text"] == text


@then(parsers.parse('the JSON cable id is "{cable_id}"'))
def then_json_id(run, cable_id):
    assert json.loads(run.stdout)["id"] == cable_id


@then(parsers.parse("the JSON cable has {count:d} answers"))
def then_json_answers(run, count):
    assert len(json.loads(run.stdout)["answers"]) == count
