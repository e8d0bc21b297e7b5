"""The draft's narrative -> the `"narrative"` object of the JSON report.

The summary, the recommendations and each pillar's paragraphs, every sentence with the
passages it cites, so another tool can lay the draft out or check its citations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tvpa_scorer.reports.model import Cited, Report
    from tvpa_scorer.reports.prose import Sentence


def narrative_json(report: Report) -> dict[str, Any]:
    """The narrative in the JSON contract: texts without citations, citations beside them."""
    narrative = report.narrative
    return {
        "style": narrative.style,
        "tier_line": narrative.tier_line,
        "compliance": narrative.compliance,
        "watch_list": narrative.watch_list or None,
        "summary": [_sentence(item) for item in narrative.summary],
        "recommendations": [{
            "text": item.text, "criterion": item.criterion_id, "statute": item.statute,
            "status": item.status.value, "answers": item.answers, "priority": item.priority}
            for item in narrative.recommendations],
        "pillars": {section.pillar: [[_sentence(item) for item in paragraph]
                                     for paragraph in section.paragraphs]
                    for section in report.sections},
    }


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {"text": sentence.text, "citations": [_cited(item) for item in sentence.cited]}


def _cited(item: Cited) -> dict[str, Any]:
    return {"cable": item.cable, "citation": item.citation, "start": item.start,
            "end": item.end, "line": item.line}
