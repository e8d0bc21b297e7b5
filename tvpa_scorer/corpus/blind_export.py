"""Blind-set scores -> the `eval` page for people and its JSON contract for other tools.

The text ends on its summary, so the last lines of a run are the figures to quote.
"""

from __future__ import annotations

from typing import Any

from tvpa_scorer.corpus.blind_score import BlindScore
from tvpa_scorer.corpus.scoreboard import NO_RATIO, Ratio
from tvpa_scorer.corpus.scoreboard_export import ratio_cell

SCHEMA_VERSION = 1
_TEXT_CHARS = 90


def blind_outline(score: BlindScore, folder: str) -> str:
    """Per criterion, then every disagreement, then the summary."""
    lines = [f"Blind set {folder}: {len(score.snippets)} snippets, {len(score.cables)} "
             "labelled cables", "",
             f"{'criterion':<26} {'snippets':>12}  {'cables':>12}  {'silence':>12}"]
    snippets = score.snippets_by_criterion()
    cables = score.cables_by_criterion()
    for criterion_id in sorted(snippets.keys() | cables.keys()):
        agreement, silence = cables.get(criterion_id, (NO_RATIO, NO_RATIO))
        mark = "*" if criterion_id in score.priority else " "
        lines.append(f"{criterion_id + mark:<26} "
                     f"{ratio_cell(snippets.get(criterion_id, NO_RATIO))}  "
                     f"{ratio_cell(agreement)}  {ratio_cell(silence)}")
    lines.append("(* the five priority criteria)")
    wrong = [result for result in score.snippets if not result.right]
    if wrong:
        lines += ["", "snippets judged otherwise:"]
        lines += [f"  {result.snippet.snippet_id} {result.snippet.criterion_id}: "
                  f"{result.snippet.expected.value}, scored {result.status.value}"
                  f"{_vetoes(result.vetoes)}: {_clip(result.snippet.text)}" for result in wrong]
    disagreements = [(result.label, item) for result in score.cables for item in result.criteria
                     if not item.right]
    if disagreements:
        lines += ["", "cable statuses that disagree:"]
        lines += [f"  {label.path.name}: {item.criterion_id}: labelled "
                  f"{'/'.join(sorted(status.value for status in item.accepted))}, "
                  f"scored {item.status.value}" for label, item in disagreements]
    missed = [(result.label.path.name, result.keys_missing) for result in score.cables
              if result.keys_missing]
    if missed:
        lines += ["", "answer keys not found:"]
        lines += [f"  {name}: {', '.join(keys)}" for name, keys in missed]
    return "\n".join([*lines, "", *blind_summary(score)]) + "\n"


def blind_summary(score: BlindScore) -> list[str]:
    """The figures of the set in four lines."""
    classes = ", ".join(f"{kind.value} {ratio.part}/{ratio.whole}"
                        for kind, ratio in score.by_class().items())
    return [f"snippets right {_total(score.snippets_right)}: {classes}",
            f"cables, agreement where assessable: all criteria {_total(score.agreement())}, "
            f"the five priority criteria {_total(score.agreement(priority_only=True))}",
            f"cables, silence respected {_total(score.silence())}",
            f"answer keys found {_total(score.keys())}"]


def blind_json(score: BlindScore, folder: str) -> dict[str, Any]:
    """The figures and every judgement, for other tools."""
    return {
        "schema_version": SCHEMA_VERSION,
        "set": folder,
        "snippets": {
            "right": _json_ratio(score.snippets_right),
            "by_class": {kind.value: _json_ratio(ratio)
                         for kind, ratio in score.by_class().items()},
            "by_criterion": {key: _json_ratio(ratio)
                             for key, ratio in score.snippets_by_criterion().items()},
            "results": [{"id": result.snippet.snippet_id,
                         "criterion": result.snippet.criterion_id,
                         "expected": result.snippet.expected.value,
                         "status": result.status.value, "vetoes": list(result.vetoes),
                         "right": result.right} for result in score.snippets],
        },
        "cables": {
            "agreement": _json_ratio(score.agreement()),
            "agreement_priority": _json_ratio(score.agreement(priority_only=True)),
            "silence": _json_ratio(score.silence()),
            "answer_keys": _json_ratio(score.keys()),
            "by_criterion": {key: {"agreement": _json_ratio(agreement),
                                   "silence": _json_ratio(silence)}
                             for key, (agreement, silence)
                             in score.cables_by_criterion().items()},
            "results": [{"label": str(result.label.path),
                         "criteria": {item.criterion_id: {
                             "accepted": sorted(status.value for status in item.accepted),
                             "status": item.status.value, "right": item.right}
                             for item in result.criteria},
                         "answer_keys_missing": list(result.keys_missing)}
                        for result in score.cables],
        },
    }


def _vetoes(vetoes: tuple[str, ...]) -> str:
    return f" (rejected: {', '.join(vetoes)})" if vetoes else ""


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_CHARS else flat[:_TEXT_CHARS - 3] + "..."


def _total(ratio: Ratio) -> str:
    return "-" if ratio.value is None else f"{ratio.part}/{ratio.whole} ({ratio.value:.0%})"


def _json_ratio(ratio: Ratio) -> dict[str, Any]:
    return {"right": ratio.part, "of": ratio.whole, "share": ratio.value}

