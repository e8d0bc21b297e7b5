"""Gap reviews -> JSON and CSV for other tools (Markdown goes through templates/)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.evidence.hits import Place
from tvpa_scorer.reports.follow_ups import ASKED_FIRST
from tvpa_scorer.reports.gaps import GapReview

# `rank` is a follow-up's place in the order to ask post (1 first); gaps have none.
GAP_COLUMNS = {"criterion": "string", "statute": "string", "status": "string", "kind": "string",
               "text": "string", "question": "string", "quote": "string", "citation": "string",
               "start": "Int64", "end": "Int64", "rank": "Int64"}
FOLLOW_UP = "follow_up"


def gaps_json(review: GapReview, assessment: Assessment) -> dict[str, Any]:
    return {
        "cables": list(assessment.cables),
        "country": assessment.country,
        "report_year": assessment.report_year,
        "rules_version": assessment.rules_version,
        "truncated_cables": list(assessment.truncated),
        "criteria": [{
            "criterion": finding.criterion.criterion_id, "title": finding.criterion.title,
            "statute": finding.criterion.statute, "status": finding.status.value,
            "gaps": [{"kind": gap.kind.value, "text": gap.text, "question": _flat(gap.question),
                      "citations": [_citation(hit.place) for hit in gap.hits]
                      + [_citation(place) for place in gap.passages]}
                     for gap in review.gaps[finding.criterion.criterion_id]],
        } for finding in review.findings],
        "checklist": [{"criterion": item.criterion_id, "statute": item.statute,
                       "question": item.question, "rank": item.rank, "title": item.title,
                       "asked_first": item.rank <= ASKED_FIRST,
                       "specificity": item.specificity.name.lower(),
                       "citation": _citation(item.passage) if item.passage else None}
                      for item in review.checklist],
    }


def gap_rows(review: GapReview) -> Iterator[tuple]:
    """One row per gap (per cited passage when it has several), then one per follow-up in the
    order to ask them, in GAP_COLUMNS."""
    for finding in review.findings:
        criterion = finding.criterion
        head = (criterion.criterion_id, criterion.statute, finding.status.value)
        for gap in review.gaps[criterion.criterion_id]:
            for place in [hit.place for hit in gap.hits] + list(gap.passages) or [None]:
                cited = (_flat(place.quote), place.citation, place.start,
                         place.end) if place else (None, None, None, None)
                yield (*head, gap.kind.value, gap.text, _flat(gap.question), *cited, None)
    statuses = {finding.criterion.criterion_id: finding.status.value
                for finding in review.findings}
    for item in review.checklist:
        place = item.passage
        cited = (_flat(place.quote), place.citation, place.start,
                 place.end) if place else (None, None, None, None)
        yield (item.criterion_id, item.statute, statuses[item.criterion_id], FOLLOW_UP, None,
               item.question, *cited, item.rank)


def _citation(place: Place) -> dict[str, Any]:
    return {"cable": place.cable, "citation": place.citation, "start": place.start,
            "end": place.end, "line": place.line, "quote": " ".join(place.quote.split())}


def _flat(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text
