"""Settings a project keeps beside its rules: `[tool.tvpa-scorer]` in the nearest
pyproject.toml, or a tvpa-scorer.toml, as ruff and sqlfluff read theirs. The command line
wins over them.

    [tool.tvpa-scorer]
    rules = "rules"                 # every command's --rules
    store = "drafts/store.sqlite"   # every command's --store
    [tool.tvpa-scorer.eval]
    min-agreement = 0.9
    format = "github"

A key at the top applies to every command that has that option; a table named after a
command sets that command's options. Paths are read from the file's own directory.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from tvpa_scorer.kit.problems import InputError, error, suggestion

OWN_FILE, PROJECT_FILE = "tvpa-scorer.toml", "pyproject.toml"
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def find_configuration(start: Path) -> Path | None:
    """The nearest tvpa-scorer.toml, or pyproject.toml holding [tool.tvpa-scorer], from
    `start` up to the root."""
    for directory in (start, *start.parents):
        if (directory / OWN_FILE).is_file():
            return directory / OWN_FILE
        project = directory / PROJECT_FILE
        if project.is_file() and "tvpa-scorer" in _read(project).get("tool", {}):
            return project
    return None


def command_defaults(path: Path, commands: Mapping[str, click.Command]) -> dict[str, Any]:
    """click's default_map for the commands: each command's options as the file sets them.
    InputError, located in the file, for a key no command or option knows."""
    document = _read(path)
    settings = document.get("tool", {}).get("tvpa-scorer", {}) if path.name == PROJECT_FILE \
        else document
    where = "[tool.tvpa-scorer]" if path.name == PROJECT_FILE else "the file"
    shared = {key: value for key, value in settings.items() if not isinstance(value, dict)}
    defaults: dict[str, dict[str, Any]] = {name: {} for name in commands}
    for key, value in shared.items():
        takers = [name for name, command in commands.items() if _parameter(command, key)]
        if not takers:
            _refuse(path, f"{where} sets '{key}', an option of no command",
                    key, _options(commands.values()))
        for name in takers:
            _set(defaults[name], _parameter(commands[name], key), value, path)
    for name, table in settings.items():
        if not isinstance(table, dict):
            continue
        if name not in commands:
            _refuse(path, f"{where} has a table [{name}], which is no command", name, commands)
        for key, value in table.items():
            parameter = _parameter(commands[name], key)
            if parameter is None:
                _refuse(path, f"[{name}] sets '{key}', which is no option of {name}", key,
                        _options([commands[name]]))
            _set(defaults[name], parameter, value, path)
    return {name: values for name, values in defaults.items() if values}


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(error(str(path), f"cannot read the settings: {exc}", "settings")) \
            from None
    except tomllib.TOMLDecodeError as exc:
        position = _TOML_POSITION.search(str(exc))
        line, column = (int(position.group(1)), int(position.group(2))) if position else (None,
                                                                                          None)
        message = _TOML_POSITION.sub("", str(exc)).strip()
        raise InputError(error(str(path), f"not valid TOML: {message}", "settings", line,
                               column)) from None


def _parameter(command: click.Command, key: str) -> click.Option | None:
    wanted = f"--{key.replace('_', '-')}"
    return next((parameter for parameter in command.params if isinstance(parameter, click.Option)
                 and wanted in parameter.opts), None)


def _options(commands) -> list[str]:
    return sorted({option.removeprefix("--") for command in commands
                   for parameter in command.params if isinstance(parameter, click.Option)
                   for option in parameter.opts if option.startswith("--")})


def _set(values: dict[str, Any], parameter: click.Option, value: Any, path: Path) -> None:
    if parameter.multiple and not isinstance(value, list):
        value = [value]
    if isinstance(parameter.type, click.Path) and isinstance(value, str):
        value = str((path.parent / value).resolve())
    values[parameter.name] = value


def _refuse(path: Path, message: str, key: str, known) -> None:
    raise InputError(error(str(path), f"{message} {suggestion(key, known)}", "settings"))
