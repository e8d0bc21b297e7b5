"""YAML read as nodes, so every value keeps its line and column for errors that locate."""

from __future__ import annotations

import re
from collections.abc import Iterable

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.patterns import backtracking_risk, keyword_expression
from tvpa_scorer.kit.prefilter import requirements
from tvpa_scorer.kit.problems import Location, Problem, error, suggestion, warning

# "(are|were )? ~{0,2}" never matches text with single spaces: the group's space and the
# one after it each want white space. An easy slip in a rule file, so validate refuses it.
_DOUBLE_SPACE = re.compile(r"(?<!\\) \)[?*+]? ")
# "men ~{0,2}(victims)?" ends in white space the optional group cannot supply when it is
# empty, so the group is never optional: the space belongs inside it, "men( ~{0,2}victims)?".
_SPACE_BEFORE_OPTIONAL_END = re.compile(r" (?:~\{\d*,?\d*\})?(?:\((?:[^()]|\([^()]*\))*\)|\S)\?$")
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # PyYAML built without libyaml


def compose(path: str, text: str) -> tuple[Node | None, list[Problem]]:
    """Parse YAML text into a node tree, or return the syntax error as a located problem."""
    try:
        # libyaml reads rule files some fifteen times faster, with the same nodes and
        # marks; a file it refuses is read again below, for PyYAML's own error message
        return yaml.compose(text, Loader=_FAST_LOADER), []
    except yaml.YAMLError:
        pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"invalid YAML: {exc.problem or exc.context}"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, [error(path, message, "yaml-syntax", line, column)]
    except yaml.YAMLError as exc:
        return None, [error(path, f"invalid YAML: {exc}", "yaml-syntax")]


class NodeReader:
    """Reads typed values out of YAML nodes, collecting located problems instead of raising."""

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._lines = text.splitlines()

    def report(self, node: Node, message: str, code: str) -> None:
        self.report_at(self.location(node), message, code)

    def report_at(self, location: Location, message: str, code: str) -> None:
        self.problems.append(error(location.path, message, code, location.line,
                                   location.column))

    def warn(self, node: Node, message: str, code: str) -> None:
        location = self.location(node)
        self.problems.append(warning(location.path, message, code, location.line,
                                     location.column))

    def location(self, node: Node) -> Location:
        """Where the node starts, 1-based."""
        return Location(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def mapping(self, node: Node, what: str) -> list[tuple[str, Node, Node]]:
        """The (key, key node, value node) entries of a mapping; reports duplicates."""
        if not isinstance(node, MappingNode):
            self.report(node, f"{what} must be a mapping", "wrong-type")
            return []
        entries, seen = [], set()
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else None
            if key is None:
                self.report(key_node, f"keys in {what} must be plain names", "wrong-type")
            elif key in seen:
                self.report(key_node, f"duplicate key '{key}' in {what}", "duplicate-key")
            else:
                seen.add(key)
                entries.append((key, key_node, value_node))
        return entries

    def check_keys(self, entries: list[tuple[str, Node, Node]], node: Node, allowed: Iterable[str],
                   required: Iterable[str], what: str) -> None:
        """Report unknown keys (with the closest valid one) and missing required keys."""
        allowed = set(allowed)
        present = {key for key, _, _ in entries}
        for key, key_node, _ in entries:
            if key not in allowed:
                self.report(key_node, f"unknown key '{key}' in {what} {suggestion(key, allowed)}",
                            "unknown-key")
        for key in required:
            if key not in present:
                self.report(node, f"{what} is missing required key '{key}'", "missing-key")

    def fields(self, node: Node, what: str, allowed: Iterable[str], required: Iterable[str]
               ) -> dict[str, Node]:
        """A mapping's values by key, after reporting unknown and missing keys."""
        entries = self.mapping(node, what)
        self.check_keys(entries, node, allowed, required, what)
        return {key: value for key, _, value in entries}

    def string(self, node: Node, what: str) -> str | None:
        if isinstance(node, ScalarNode) and node.tag.endswith((":str", ":int")):
            text = str(node.value).strip()
            if text:
                return text
        self.report(node, f"{what} must be non-empty text", "wrong-type")
        return None

    def integer(self, node: Node, what: str) -> int | None:
        if isinstance(node, ScalarNode) and re.fullmatch(r"-?\d+", str(node.value)):
            return int(node.value)
        self.report(node, f"{what} must be a whole number", "wrong-type")
        return None

    def number(self, node: Node, what: str) -> float | None:
        """A number of 0 or more."""
        if isinstance(node, ScalarNode) and node.tag.endswith((":int", ":float")):
            value = float(node.value)
            if value >= 0:
                return value
        self.report(node, f"{what} must be a number of 0 or more", "wrong-type")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag.endswith(":bool"):
            return str(node.value).lower() in ("true", "yes", "on")
        self.report(node, f"{what} must be true or false", "wrong-type")
        return None

    def strings(self, node: Node, what: str) -> list[tuple[str, Node]]:
        """A list of texts, each with its node; a single text counts as a list of one, and a
        list within the list (a shared list named by YAML alias, `- *shelter_for_others`)
        adds its texts."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        if isinstance(node, SequenceNode) and not items:
            self.report(node, f"{what} must not be empty", "empty")
        items = [inner for item in items
                 for inner in (item.value if isinstance(item, SequenceNode) else [item])]
        values = []
        for item in items:
            text = self.string(item, f"each entry of {what}")
            if text is not None:
                values.append((text, item))
        return values

    def choice(self, node: Node, choices: Iterable[str], what: str) -> str | None:
        text = self.string(node, what)
        choices = set(choices)
        if text is not None and text not in choices:
            self.report(node, f"unknown {what} '{text}' {suggestion(text, choices)}",
                        "unknown-value")
            return None
        return text

    def _cut_by_comment(self, node: Node) -> bool:
        """An unquoted value followed on its line by ' #...': the rest became a comment."""
        if not isinstance(node, ScalarNode) or node.style or node.end_mark.line >= len(
                self._lines):
            return False
        rest = self._lines[node.end_mark.line][node.end_mark.column:]
        return rest.lstrip().startswith("#")

    def pattern(self, node: Node, source: str, what: str) -> LazyPattern | None:
        """Compile a keyword pattern: case-insensitive, at word edges, any white space for ' '."""
        if self._cut_by_comment(node):
            self.report(node, f"{what} '{source}' is followed by ' #', which starts a YAML "
                              "comment and cuts the pattern short; quote the pattern",
                        "cut-pattern")
            return None
        if _DOUBLE_SPACE.search(source):
            self.report(node, f"{what} '{source}' asks for two spaces where a group ending in a "
                              "space is followed by another space; drop one of them",
                        "double-space")
            return None
        if _SPACE_BEFORE_OPTIONAL_END.search(source):
            self.report(node, f"{what} '{source}' ends in an optional part after a space, "
                              "which the text must still supply; put the space inside the "
                              "optional part, as 'men( victims)?'", "optional-end")
            return None
        try:
            compiled = LazyPattern.compile(keyword_expression(source), re.IGNORECASE)
        except re.error as exc:
            self.report(node, f"{what} '{source}' is not a valid pattern: {exc.msg}",
                        "bad-pattern")
            return None
        if backtracking_risk(compiled):
            self.report(node, f"{what} '{source}' can backtrack catastrophically: a long repeat "
                              "holds a variable repeat; bound the outer repeat, e.g. {0,3}",
                        "slow-pattern")
            return None
        requirements(compiled.pattern, compiled.flags)  # read now, while its tree is at hand
        return compiled
