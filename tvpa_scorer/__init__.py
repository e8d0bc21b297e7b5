"""tvpa-scorer: drafts TVPA minimum-standards assessments from US embassy TIP cables.

    import tvpa_scorer as ts
    draft = ts.draft(["samples/08MEXICO722.txt", "samples/08MEXICO_LAGON_VISIT.txt"])

The API (tvpa_scorer/api.py) loads on first use, so `tvpa-scorer --help` does not pay for it.
"""

from typing import Any

__version__ = "0.1.0"
_API = ("DraftAssessment", "InputError", "RuleError", "batch", "draft", "draft_submission",
        "read")
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from tvpa_scorer import api

        return getattr(api, name)
    raise AttributeError(f"module 'tvpa_scorer' has no attribute {name!r}")
