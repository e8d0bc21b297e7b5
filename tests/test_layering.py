"""Data flows one way: a stage imports the stages before it, never one after it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tvpa_scorer"

# Each wing, and the project modules it must never import.
NEVER_IMPORTS = {
    "kit": ("tvpa_scorer.cables", "tvpa_scorer.rules", "tvpa_scorer.evidence"),
    "cables": ("tvpa_scorer.evidence",),
    "rules": ("tvpa_scorer.evidence",),
    # the evidence stage reads cables with the rules; what becomes of its hits (findings,
    # tiers, their history, reports) comes after it
    "evidence": ("tvpa_scorer.history", "tvpa_scorer.score", "tvpa_scorer.assess",
                 "tvpa_scorer.tier", "tvpa_scorer.store"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("wing", sorted(NEVER_IMPORTS))
def test_a_wing_never_imports_a_later_stage(wing):
    pointing_back = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sorted((PACKAGE / wing).glob("*.py"))
        for module in sorted(imported_modules(path))
        if module.startswith(NEVER_IMPORTS[wing])
    ]
    assert pointing_back == []


def test_the_check_sees_imports():
    assert "tvpa_scorer.cables.model" in imported_modules(PACKAGE / "evidence" / "match.py")
