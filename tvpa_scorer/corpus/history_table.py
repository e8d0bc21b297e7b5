"""A country's tiers over the years, published and drafted, as rows and as a table."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.assessment.effort import scale_score
from tvpa_scorer.assessment.history import TierHistory
from tvpa_scorer.corpus.store import StoredAssessment

HISTORY_COLUMNS = {"report_year": "Int64", "published": "string", "draft": "string",
                   "prosecution": "Int64", "protection": "Int64", "prevention": "Int64",
                   "effort": "Float64", "rules_version": "string", "cables": "string"}
_PILLARS = ("prosecution", "protection", "prevention")


def history_rows(country: str, published: TierHistory, drafts: list[StoredAssessment]
                 ) -> list[dict[str, Any]]:
    """One row per report year, the latest draft of each year beside the published tier."""
    tiers = dict(published.before(country, 10_000))
    latest = {draft.report_year: draft for draft in drafts}
    rows = []
    for year in sorted(tiers.keys() | latest.keys()):
        draft = latest.get(year)
        pillars = dict(draft.pillars) if draft else {}
        rows.append({
            "report_year": year,
            "published": tiers[year].value if year in tiers else None,
            "draft": draft.tier.value if draft else None,
            **{pillar: scale_score(pillars.get(pillar)) for pillar in _PILLARS},
            "effort": draft.effort if draft else None,
            "rules_version": draft.rules_version if draft else None,
            "cables": " ".join(draft.cables) if draft else None,
        })
    return rows


def history_text(rows: list[dict[str, Any]]) -> str:
    """The rows as an aligned table."""
    header = ("year", "published", "draft", "P1", "P2", "P3", "rules", "cables")
    lines = [header] + [(str(row["report_year"]), row["published"] or "-", row["draft"] or "-",
                         *(str(row[name]) if row[name] else "-" for name in _PILLARS),
                         row["rules_version"] or "-", row["cables"] or "")
                        for row in rows]
    widths = [max(len(line[index]) for line in lines) for index in range(len(header) - 1)]
    text = [" ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
            + " " + line[-1] for line in lines]
    return "\n".join(line.rstrip() for line in text) + \
        "\n(P1-P3: prosecution, protection, prevention on the 1-5 scale of a draft)\n"
