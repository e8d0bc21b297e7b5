"""The analyst's decisions on a draft -> a label file `tvpa-scorer eval` reads, so the rules
can be measured against what the analyst decided.

Each criterion the analyst decided anything on is labelled with the status the draft gives it
after the decisions (the analyst's where they changed it, else the status they saw and left);
its evidence is every passage they accepted that counts and every passage they added; its
rejections are every passage they rejected (`vetoed_by: any`: it must not count, for
whatever reason) and every passage they accepted that the rules did not count (for the
rules' reason). Each line carries the analyst's decision and reason as a comment.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tvpa_scorer.assessment.decisions import AnalystDecision, AppliedReview, Verdict
from tvpa_scorer.assessment.score import Finding
from tvpa_scorer.corpus.labels import ANY_VETO
from tvpa_scorer.reports.drafting import Draft


def label_text(drafted: Draft, label_path: Path) -> str:
    """The label file of a reviewed draft, its cables' paths relative to `label_path`'s
    folder; ValueError when a cable has no file to point at (it came on standard input)."""
    assessment, review = drafted.assessment, drafted.analyst
    lines = [f"# The analyst's decisions on the {assessment.country} {assessment.report_year} "
             "draft, exported by `tvpa-scorer review --export`",
             f"# (rules {assessment.rules_version}), for `tvpa-scorer eval`. An analyst's "
             "rejection is", f"# 'vetoed_by: {ANY_VETO}': the passage must not count, for "
             "whatever reason.",
             "cables: " + json.dumps([_relative(cable.path, label_path)
                                      for cable in drafted.document.cables]),
             f"country: {_quoted(assessment.country or '')}",
             f"report_year: {assessment.report_year}",
             "findings:"]
    decided = {item.criterion_id for item in review.applied}
    for finding in assessment.findings:
        criterion_id = finding.criterion.criterion_id
        if criterion_id in decided:
            lines += _finding_lines(finding, [item for item in review.applied
                                              if item.criterion_id == criterion_id], review)
    if not decided:
        lines[-1] = "findings: {}  # no decisions recorded yet"
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, decisions: list[AnalystDecision], review: AppliedReview
                   ) -> list[str]:
    criterion_id = finding.criterion.criterion_id
    changed = review.on_status(criterion_id)
    status_note = f"  # {_comment(changed.label(review.rules_status(criterion_id)))}" \
        if changed else ""
    lines = [f"  {criterion_id}:", f"    status: {finding.status.value}{status_note}"]
    counted = {(hit.place.cable, hit.place.start, hit.place.end) for hit in finding.evidence}
    vetoes = {(hit.place.cable, hit.place.start, hit.place.end): hit.vetoed_by
              for hit in finding.rejected}
    evidence, rejected = [], []
    for item in decisions:
        if item.passage is None:
            continue
        note = f"  # {_comment(item.label())}"
        if item.verdict is Verdict.ADDED or (item.verdict is Verdict.ACCEPTED
                                             and item.span in counted):
            evidence.append(f"      - {_quoted(item.passage.quote)}{note}")
        else:
            veto = ANY_VETO if item.verdict is Verdict.REJECTED else vetoes.get(item.span)
            if veto is not None:
                rejected.append(f"      - {{quote: {_quoted(item.passage.quote)}, "
                                f"vetoed_by: {_quoted(veto)}}}{note}")
    if evidence:
        lines += ["    evidence:", *evidence]
    if rejected:
        lines += ["    rejected:", *rejected]
    return lines


def _relative(path: str, label_path: Path) -> str:
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"{path}: error: the label file needs the cable's file; give the cables "
                         "as files, not on standard input")
    return Path(os.path.relpath(file.resolve(), label_path.resolve().parent)).as_posix()


def _quoted(text: str) -> str:
    """A YAML scalar in double quotes: a JSON string is one, escapes and all."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())
