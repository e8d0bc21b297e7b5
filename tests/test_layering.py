"""Data flows one way: a wing imports the wings before it in the flow, never one after it.

The contracts are import-linter's, written in pyproject.toml; the second test shows they
catch an import that points back, on a copy of the package with one such import added.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(project / "pyproject.toml"), "--no-cache",
         "--no-logo"], cwd=project, env=environment, capture_output=True, text=True, check=False)


def test_every_wing_imports_only_the_wings_before_it():
    linted = lint_imports(ROOT)
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_an_import_pointing_back_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT / "tvpa_scorer", tmp_path / "tvpa_scorer",
                    ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "tvpa_scorer" / "evidence" / "judge.py").open("a", encoding="utf-8") as judge:
        judge.write("\nfrom tvpa_scorer.assessment.tier import decide_tier  # noqa\n")
    linted = lint_imports(tmp_path)
    assert linted.returncode == 1
    assert "tvpa_scorer.evidence is not allowed to import tvpa_scorer.assessment" in linted.stdout
    assert "tvpa_scorer.evidence.judge -> tvpa_scorer.assessment.tier" in linted.stdout
