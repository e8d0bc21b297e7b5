"""Drafts -> rows of the three corpus tables: findings, evidence and assessments.

`batch` writes these tables and the API's `evidence_frame` reads the same rows, so a column
means one thing wherever it appears. Each table is declared once, column -> type (the
types of kit/tables.py: nullable, so an empty value reads back as missing); README's data
dictionary says what each column holds.
"""

from __future__ import annotations

from collections.abc import Iterator

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.evidence.hits import EvidenceHit
from tvpa_scorer.reports.drafting import Draft

_PILLARS = ("prosecution", "protection", "prevention")
# a row per cable, read alone, and criterion that applies in the report year
FINDING_COLUMNS = {
    "cable": "string", "path": "string", "country": "string", "report_year": "Int64",
    "criterion": "string", "status": "string", "score": "Float64",
    "evidence_counted": "Int64", "evidence_not_counted": "Int64", "first_citation": "string"}
# a row per piece of evidence a cable, read alone, gives a criterion that applies: counted
# or not
EVIDENCE_COLUMNS = {
    "cable": "string", "country": "string", "report_year": "Int64", "criterion": "string",
    "rule": "string", "direction": "string", "counted": "boolean",
    "not_counted_because": "string", "modifiers": "string", "weight": "Float64",
    "citation": "string", "line": "Int64", "start": "Int64", "end": "Int64",
    "quote": "string"}
# a row per country-year, its cables read together
ASSESSMENT_COLUMNS = {
    "country": "string", "report_year": "Int64", "cables": "string", "tier": "string",
    "previous_tier": "string", "previous_tier_year": "Int64", "tier_move": "string",
    "significant_efforts": "boolean", "watch_list_triggers": "string",
    "confidence_level": "string", "share_assessed": "Float64",
    **{f"pillar_score_{pillar}": "Int64" for pillar in _PILLARS},
    "rules_version": "string"}


def finding_rows(assessment: Assessment, path: str) -> Iterator[tuple]:
    """FINDING_COLUMNS for an assessment of one cable."""
    for finding in assessment.findings:
        if finding.applicable:
            first = finding.evidence[0].place.citation if finding.evidence else None
            yield (assessment.cables[0], path, assessment.country, assessment.report_year,
                   finding.criterion.criterion_id, finding.status.value, finding.score,
                   len(finding.evidence), len(finding.rejected), first)


def evidence_rows(assessment: Assessment) -> Iterator[tuple]:
    """EVIDENCE_COLUMNS: every piece of evidence, counted first, of each criterion that
    applies in the report year."""
    for finding in assessment.findings:
        for hit in (*finding.evidence, *finding.rejected) if finding.applicable else ():
            yield _evidence_row(assessment, finding, hit)


def _evidence_row(assessment: Assessment, finding: Finding, hit: EvidenceHit) -> tuple:
    place = hit.place
    return (place.cable, assessment.country, assessment.report_year,
            finding.criterion.criterion_id, hit.rule_id, hit.effect.value,
            hit.vetoed_by is None, hit.vetoed_by, " ".join(hit.modifiers) or None, hit.weight,
            place.citation, place.line, place.start, place.end, " ".join(place.quote.split()))


def assessment_row(drafted: Draft) -> tuple:
    """ASSESSMENT_COLUMNS for a country-year's draft."""
    assessment, decision = drafted.assessment, drafted.decision
    pillars = {score.pillar: score.score for score in decision.pillars}
    fired = [result.trigger.value for result in decision.triggers if result.fired]
    return (assessment.country, assessment.report_year, " ".join(assessment.cables),
            decision.recommended.value, decision.previous.value if decision.previous else None,
            decision.previous_year, decision.move.value if decision.move else None,
            decision.efforts.significant, " ".join(fired) or None, decision.confidence.level,
            decision.confidence.value, *(pillars.get(pillar) for pillar in _PILLARS),
            assessment.rules_version)
