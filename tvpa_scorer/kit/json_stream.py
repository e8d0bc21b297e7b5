"""JSON written as it is produced: compact, with each record of a long list on its own line."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write_json(value: Any, write: Callable[[str], Any]) -> None:
    """Write `value` as JSON; lists of records go one record a line, each encoded on its own.

    Encoding record by record keeps the fast C encoder and never holds a 20 MB cable's
    JSON as one string; one record a line keeps the output readable and diffable.
    """
    if isinstance(value, dict) and any(_is_records(item) for item in value.values()):
        write("{")
        for position, (key, item) in enumerate(value.items()):
            write(("," if position else "") + _encode(key) + ":")
            write_json(item, write)
        write("}")
    elif _is_records(value):
        write("[\n")
        for position, item in enumerate(value):
            if position:
                write(",\n")
            write_json(item, write)
        write("\n]")
    else:
        write(_encode(value))


def json_text(value: Any) -> str:
    """`value` as one JSON document, ending in a newline, as `write_json` writes it."""
    parts: list[str] = []
    write_json(value, parts.append)
    return "".join(parts) + "\n"


def _is_records(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


class JsonWriter:
    """Writes one JSON document, or a JSON array of them streamed one at a time."""

    def __init__(self, write: Callable[[str], Any], many: bool) -> None:
        self.write, self.many, self.count = write, many, 0

    def add(self, value: Any) -> None:
        if self.many:
            self.write("[\n" if self.count == 0 else ",\n")
        write_json(value, self.write)
        if not self.many:
            self.write("\n")
        self.count += 1

    def close(self) -> None:
        if self.many:
            self.write("[]\n" if self.count == 0 else "\n]\n")
