"""An evaluation set of blind inputs -> snippets and labelled cables, as an analyst wrote them.

The set is a folder holding `snippets.yml` (short answer fragments, each with one criterion
and the class a careful analyst gives it) and `labels/*.yml` (per cable, the status of each
criterion), with the cables in `cables/`. It is written by people who have not seen the
rules, so its files carry more than `eval` reads; keys it does not read are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from yaml.nodes import MappingNode, Node

from tvpa_scorer.assessment.score import Status
from tvpa_scorer.kit.problems import Problem, error
from tvpa_scorer.kit.yaml_nodes import NodeReader, compose

SNIPPETS = "snippets.yml"
LABELS = "labels"
CABLES = "cables"
_STATUSES = {status.value: status for status in Status}
# "Mongolia (name real, facts invented)": the country is the name before the aside.
_ASIDE = re.compile(r"\s*\(.*\)\s*$")


class SnippetClass(Enum):
    CREDIT = "credit"            # concrete government action, or funded or partnered work
    SHORTFALL = "shortfall"      # the government lacks it or failed
    PLANNED = "planned"          # a plan, draft, pending law, money approved but not spent
    NGO_ONLY = "ngo_only"        # another actor did it, with no government funding or pact
    NO_EVIDENCE = "no_evidence"  # related words that bear on nothing


@dataclass(frozen=True, slots=True)
class Snippet:
    snippet_id: str
    criterion_id: str
    text: str
    expected: SnippetClass


@dataclass(frozen=True, slots=True)
class CableLabel:
    """An analyst's reading of one cable: statuses, and the answer keys it holds."""

    path: Path
    cable: Path
    country: str | None
    report_year: int | None
    statuses: tuple[tuple[str, Status, frozenset[Status]], ...]  # criterion, label, accepted
    answer_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlindSet:
    folder: Path
    snippets: tuple[Snippet, ...]
    cables: tuple[CableLabel, ...]


def is_blind_set(path: Path) -> bool:
    """A folder laid out as an evaluation set (snippets.yml beside it)."""
    return path.is_dir() and (path / SNIPPETS).is_file()


def load_blind_set(folder: Path) -> tuple[BlindSet | None, list[Problem]]:
    """The snippets and cable labels of the folder, or the problems that stop reading it."""
    snippets, problems = _load_snippets(folder / SNIPPETS)
    labels = []
    for path in sorted((folder / LABELS).glob("*.yml")):
        label, found = _load_cable_label(path, folder / CABLES)
        problems += found
        if label is not None:
            labels.append(label)
    if problems:
        return None, problems
    return BlindSet(folder, tuple(snippets), tuple(labels)), []


def _root(path: Path) -> tuple[Node | None, NodeReader, list[Problem]]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, NodeReader(name), [error(name, f"cannot read: {exc}", "unreadable")]
    root, problems = compose(name, text)
    if root is None and not problems:
        problems = [error(name, "file is empty", "empty")]
    return root, NodeReader(name, text), problems


def _load_snippets(path: Path) -> tuple[list[Snippet], list[Problem]]:
    root, reader, problems = _root(path)
    if root is None:
        return [], problems
    items = getattr(root, "value", None)
    if not isinstance(items, list):
        reader.report(root, "the snippets file must be a list of snippets", "wrong-type")
        return [], reader.problems
    snippets = [snippet for item in items if (snippet := _snippet(reader, item)) is not None]
    return snippets, reader.problems


def _snippet(reader: NodeReader, node: Node) -> Snippet | None:
    fields = _fields(reader, node, "a snippet", ("id", "criterion", "text", "expected"))
    if fields is None:
        return None
    values = (reader.string(fields["id"], "id"), reader.string(fields["criterion"], "criterion"),
              reader.string(fields["text"], "text"),
              reader.choice(fields["expected"], [item.value for item in SnippetClass],
                            "expected class"))
    if None in values:
        return None
    snippet_id, criterion_id, text, expected = values
    return Snippet(snippet_id, criterion_id, text, SnippetClass(expected))


def _load_cable_label(path: Path, cables: Path) -> tuple[CableLabel | None, list[Problem]]:
    root, reader, problems = _root(path)
    if root is None:
        return None, problems
    fields = _fields(reader, root, "the label file", ("criteria",))
    if fields is None:
        return None, reader.problems
    name_node = fields.get("cable") or fields.get("file")
    if name_node is None:
        reader.report(root, "the label file names no cable (a 'cable' or 'file' key)",
                      "missing-key")
        return None, reader.problems
    cable = reader.string(name_node, "the cable file")
    country = reader.string(fields["country"], "country") if "country" in fields else None
    year = reader.integer(fields["report_year"], "report_year") \
        if "report_year" in fields else None
    statuses = tuple(entry for key, _, node in reader.mapping(fields["criteria"], "criteria")
                     if (entry := _accepted(reader, key, node)) is not None)
    if reader.problems or cable is None:
        return None, reader.problems
    return CableLabel(path, cables / cable, _ASIDE.sub("", country) if country else None, year,
                      statuses, _answer_keys(reader, fields)), []


def _accepted(reader: NodeReader, criterion_id: str, node: Node
              ) -> tuple[str, Status, frozenset[Status]] | None:
    """The criterion's labelled status, and a second defensible one if the label gives it."""
    fields = _fields(reader, node, f"the label of '{criterion_id}'", ("status",))
    if fields is None:
        return None
    accepted: list[Status] = []
    named = [(fields["status"], "status")]
    if "accept_also" in fields:
        named += [(node, "accept_also") for _, node in reader.strings(fields["accept_also"],
                                                                     "accept_also")]
    for node, what in named:
        status = reader.choice(node, _STATUSES, what)
        if status is not None:
            accepted.append(_STATUSES[status])
    return (criterion_id, accepted[0], frozenset(accepted)) if accepted else None


def _answer_keys(reader: NodeReader, fields: dict[str, Node]) -> tuple[str, ...]:
    """Answer keys at the top level (invented cables) or under `parse` (real ones)."""
    node = fields.get("answer_keys")
    parse = fields.get("parse")
    if node is None and isinstance(parse, MappingNode):
        node = next((value for key, _, value in reader.mapping(parse, "parse")
                     if key == "answer_keys"), None)
    if node is None or not getattr(node, "value", None):
        return ()
    return tuple(text for text, _ in reader.strings(node, "answer_keys"))


def _fields(reader: NodeReader, node: Node, what: str, required: tuple[str, ...]
            ) -> dict[str, Node] | None:
    """A mapping's values by key; extra keys are the writer's and are left alone."""
    entries = reader.mapping(node, what)
    if not isinstance(node, MappingNode):
        return None
    fields = {key: value for key, _, value in entries}
    missing = [key for key in required if key not in fields]
    for key in missing:
        reader.report(node, f"{what} is missing required key '{key}'", "missing-key")
    return None if missing else fields


def normal_key(key: str) -> str:
    """'28/A', '28A', '3.E-F' and '3 E - F' compare as '28A' and '3E-F'."""
    return re.sub(r"[\s./]+", "", key.upper()).replace("–", "-")
