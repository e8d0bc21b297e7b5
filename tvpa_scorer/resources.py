"""Where the rule files shipped with tvpa-scorer live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_rules() -> Path:
    """The rules directory: the wheel's bundled copy, or the checkout's top-level rules/."""
    installed = _PACKAGE / "_bundled" / "rules"
    return installed if installed.is_dir() else _PACKAGE.parent / "rules"
