"""Where the rules, tier history and templates shipped with tvpa-scorer live."""

from __future__ import annotations

from pathlib import Path

# This module sits in tvpa_scorer/kit/; the data and the bundled copies sit in tvpa_scorer/.
_PACKAGE = Path(__file__).resolve().parent.parent


def bundled_rules() -> Path:
    """The rules directory: the wheel's bundled copy, or the checkout's top-level rules/."""
    installed = _PACKAGE / "_bundled" / "rules"
    return installed if installed.is_dir() else _PACKAGE.parent / "rules"


def bundled_tier_history() -> Path:
    """The tier table of every TIP Report edition the package ships (data/README.md)."""
    return _PACKAGE / "data" / "tiers.csv"


def bundled_posts() -> Path:
    """The table of US embassies and consulates and the country each reports on."""
    return _PACKAGE / "data" / "posts.csv"


def bundled_demonyms() -> Path:
    """The table of the adjectives that name each country's people and institutions."""
    return _PACKAGE / "data" / "demonyms.csv"


def bundled_templates() -> Path:
    """The Jinja templates of the reports, installed or in a source checkout."""
    installed = _PACKAGE / "_bundled" / "templates"
    return installed if installed.is_dir() else _PACKAGE.parent / "templates"
