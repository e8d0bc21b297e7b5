"""Assessments -> the `score` JSON contract and a readable text outline."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.evidence.hits import EvidenceHit, FoundNumber, Place
from tvpa_scorer.rules.model import Effect

SCHEMA_VERSION = 1
_MARKS = {Effect.SUPPORTS: "+", Effect.SHORTFALL: "-"}


def assessment_json(assessment: Assessment) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "cables": list(assessment.cables),
        "country": assessment.country,
        "report_year": assessment.report_year,
        "rules_version": assessment.rules_version,
        "truncated_cables": list(assessment.truncated),
        "findings": [finding_json(finding) for finding in assessment.findings],
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    criterion = finding.criterion
    return {
        "criterion": criterion.criterion_id,
        "title": criterion.title,
        "statute": criterion.statute,
        "pillar": criterion.pillar.value,
        "weight": criterion.weight,
        "applicable": finding.applicable,
        "status": finding.status.value,
        "score": finding.score,
        "formula": criterion.status.score.source,
        "variables": dict(finding.variables),
        "reason": finding.reason,
        "evidence": [hit_json(hit) for hit in finding.evidence],
        "rejected": [{**hit_json(hit), "vetoed_by": hit.vetoed_by} for hit in finding.rejected],
        "numbers": [number_json(number) for number in finding.numbers],
        "unjudged": [place_json(place) for place in finding.unjudged],
        "contributions": [{"rule": item.rule_id, "effect": item.effect.value, "value": item.value}
                          for item in finding.contributions],
        "gaps": list(finding.gaps),
        "recommendation": criterion.recommendation,
    }


def place_json(place: Place) -> dict[str, Any]:
    return {
        "cable": place.cable, "paragraph": place.paragraph, "key": place.key,
        "citation": place.citation, "start": place.start, "end": place.end, "line": place.line,
        "quote": place.quote,
    }


def hit_json(hit: EvidenceHit) -> dict[str, Any]:
    return {
        **place_json(hit.place), "rule": hit.rule_id, "matched": hit.matched,
        "supports": hit.effect is Effect.SUPPORTS, "weight": round(hit.weight, 3),
        "modifiers": list(hit.modifiers),
    }


def number_json(number: FoundNumber) -> dict[str, Any]:
    place = number.place
    value = int(number.value) if number.value.is_integer() else number.value
    return {
        "what": number.what, "value": value, "unit": number.unit, "quote": place.quote,
        "cable": place.cable, "paragraph": place.paragraph, "key": place.key,
        "citation": place.citation, "start": number.start, "end": number.end,
        "modifiers": list(number.modifiers), "counted": number.vetoed_by is None,
    }


def assessment_outline(assessment: Assessment) -> str:
    """A readable summary: one block per criterion with what counted and what did not."""
    where = assessment.country or "country unknown"
    year = f"{assessment.report_year} report" if assessment.report_year else "report year unknown"
    lines = [f"{where}, {year}: {', '.join(assessment.cables)} "
             f"(rules {assessment.rules_version})"]
    if assessment.truncated:
        lines.append(f"  truncated: {', '.join(assessment.truncated)}")
    for finding in assessment.findings:
        lines += _finding_lines(finding)
    return "\n".join(lines)


def _finding_lines(finding: Finding) -> list[str]:
    score = "-" if finding.score is None else f"{finding.score:.2f}"
    lines = [f"  {finding.criterion.criterion_id:<26} {finding.status.value:<13} {score:>5}  "
             f"{finding.reason}"]
    for hit in finding.evidence:
        lines.append(f"      {_MARKS[hit.effect]} {_cited(hit)}")
    for hit in finding.rejected:
        lines.append(f"      x {hit.vetoed_by}: {_cited(hit)}")
    if finding.numbers:
        lines.append("      numbers: " + "; ".join(_number(number) for number in finding.numbers))
    if finding.status is not Status.MET:
        lines += [f"      gap: {gap}" for gap in finding.gaps]
    return lines


def _cited(hit: EvidenceHit) -> str:
    quote = " ".join(hit.place.quote.split())
    quote = quote if len(quote) <= 110 else quote[:107] + "..."
    qualifiers = [name for name in hit.modifiers if name != hit.vetoed_by]
    suffix = f" [{', '.join(qualifiers)}]" if qualifiers else ""
    return f"{hit.place.citation}: \"{quote}\"{suffix}"


def _number(number: FoundNumber) -> str:
    value = f"{number.value:,.0f}" if number.value.is_integer() else f"{number.value:g}"
    flags = [] if number.vetoed_by is None else [number.vetoed_by]
    flags += [name for name in number.modifiers if name not in flags]
    return f"{number.what} {value} {number.unit}" + (f" ({', '.join(flags)})" if flags else "")
