"""Problems -> the formats CI reads: one line each for people, JSON for tools, GitHub workflow
annotations, and SARIF 2.1.0 for code-scanning tools that show them on a pull request.

    text    rules/criteria/shelters.yml:12:5: error: unknown key 'wieght' ...
    github  ::error file=rules/criteria/shelters.yml,line=12,col=5,title=unknown-key::unknown...
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tvpa_scorer.kit.json_stream import json_text
from tvpa_scorer.kit.problems import Problem, Severity

FORMATS = ("text", "json", "github", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def problems_text(problems: Iterable[Problem], output_format: str, version: str) -> str:
    """The problems in one of FORMATS, ending in a newline (or empty for no text problems)."""
    problems = list(problems)
    if output_format == "github":
        return "".join(f"{_annotation(problem)}\n" for problem in problems)
    if output_format == "sarif":
        return json_text(sarif_log(problems, version))
    if output_format == "json":
        return json_text({"problems": [_problem_json(problem) for problem in problems]})
    return "".join(f"{problem}\n" for problem in problems)


def sarif_log(problems: list[Problem], version: str) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one run: each problem a result, each problem code a rule."""
    codes = sorted({problem.code or "problem" for problem in problems})
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "tvpa-scorer", "version": version,
                                "rules": [{"id": code} for code in codes]}},
            "results": [_sarif_result(problem, codes) for problem in problems],
        }],
    }


def _sarif_result(problem: Problem, codes: list[str]) -> dict[str, Any]:
    code = problem.code or "problem"
    result: dict[str, Any] = {"ruleId": code, "ruleIndex": codes.index(code),
                              "level": _SARIF_LEVELS[problem.severity],
                              "message": {"text": problem.message}}
    location = problem.location
    if location.path:
        physical: dict[str, Any] = {"artifactLocation": {"uri": location.path}}
        if location.line:
            physical["region"] = {"startLine": location.line,
                                  "startColumn": location.column or 1}
        result["locations"] = [{"physicalLocation": physical}]
    return result


def _annotation(problem: Problem) -> str:
    """A GitHub workflow command; its values are escaped as the runner reads them back."""
    location = problem.location
    properties = [f"file={_property(location.path)}"] if location.path else []
    if location.line:
        properties += [f"line={location.line}", f"col={location.column or 1}"]
    if problem.code:
        properties.append(f"title={_property(problem.code)}")
    return f"::{problem.severity.value} {','.join(properties)}::{_data(problem.message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _problem_json(problem: Problem) -> dict[str, Any]:
    location = problem.location
    return {"path": location.path, "line": location.line, "column": location.column,
            "severity": problem.severity.value, "code": problem.code,
            "message": problem.message}

