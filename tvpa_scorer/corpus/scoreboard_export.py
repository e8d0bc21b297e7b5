"""Scoreboards -> the `eval` table for people, its JSON contract for other tools, and its
disagreements and misses as problems, for CI annotations (kit/diagnostics.py)."""

from __future__ import annotations

from typing import Any

from tvpa_scorer.corpus.scoreboard import Miss, Ratio, RuleScore, Scoreboard, Spot
from tvpa_scorer.kit.problems import Problem, warning

SCHEMA_VERSION = 1
NO_RULE = "(no rule fired)"
_QUOTE_CHARS = 100


def scoreboard_outline(board: Scoreboard) -> str:
    """The scoreboard as aligned tables, then every rule's hits and misses with their lines."""
    lines = [f"Scoreboard of {len(board.labels)} labelled submission"
             f"{'s' if len(board.labels) != 1 else ''}: {', '.join(board.labels)}", "",
             f"{'criterion':<26} {'agreement':>12}  {'precision':>12}  {'recall':>12}"]
    for item in board.criteria:
        lines.append(f"{item.criterion_id:<26} {ratio_cell(item.agreement)}  "
                     f"{ratio_cell(item.precision)}  {ratio_cell(item.recall)}")
    lines.append(f"{'total':<26} {ratio_cell(board.agreement)}  {ratio_cell(board.precision)}  "
                 f"{ratio_cell(board.recall)}")
    if board.rules:
        lines += ["", f"{'rule':<36} {'TP':>4} {'FP':>4} {'missed':>6}"]
        lines += [f"{_rule_name(rule):<36} {len(rule.true_positives):>4} "
                  f"{len(rule.false_positives):>4} {len(rule.misses):>6}" for rule in board.rules]
    for rule in board.rules:
        lines += ["", f"{_rule_name(rule)}:"]
        lines += [f"  true    {_spot(spot)}" for spot in rule.true_positives]
        lines += [f"  false   {_spot(spot)}" for spot in rule.false_positives]
        lines += [f"  missed  {_spot(miss.spot)}{_why(miss)}" for miss in rule.misses]
    if board.disagreements:
        lines += ["", "statuses that disagree:"]
        lines += [f"  {item.label}: {item.criterion_id}: labelled {item.expected.value}, "
                  f"scored {item.actual.value}" for item in board.disagreements]
    lines += ["", f"rejections found {board.rejections.part}/{board.rejections.whole}, "
                  f"figures read {board.figures.part}/{board.figures.whole}; "
                  f"{board.unjudged} counted hits of criteria labelled by status alone "
                  "not judged",
              f"agreement {_total(board.agreement)}, precision {_total(board.precision)}, "
              f"recall {_total(board.recall)}"]
    return "\n".join(lines) + "\n"


def scoreboard_problems(board: Scoreboard) -> list[Problem]:
    """Each status that disagrees with its label, at the label file, and each labelled quote
    no counted evidence covers, at its line of the cable: where a reviewer would look."""
    problems = [warning(item.label, f"{item.criterion_id}: labelled {item.expected.value}, "
                                    f"scored {item.actual.value}", "status-disagrees")
                for item in board.disagreements]
    problems += [warning(miss.spot.path, f"{miss.spot.criterion_id}: the labelled quote is not "
                                         f"counted{_why(miss)}: \"{_quote(miss.spot)}\"",
                         "quote-missed", miss.spot.line)
                 for miss in board.misses]
    return problems


def ratio_cell(ratio: Ratio) -> str:
    """A share in a table cell: '  19/29  66%', or '-' when there is nothing to measure."""
    if ratio.value is None:
        return f"{'-':>12}"
    return f"{ratio.part:>4}/{ratio.whole:<3}{ratio.value:>4.0%}"


def _total(ratio: Ratio) -> str:
    return "-" if ratio.value is None else f"{ratio.part}/{ratio.whole} ({ratio.value:.3f})"


def _rule_name(rule: RuleScore) -> str:
    return rule.rule_id or NO_RULE


def _spot(spot: Spot) -> str:
    where = f"{spot.path}:{spot.line}" if spot.line is not None else spot.path
    return f"{where}  {spot.criterion_id}  \"{_quote(spot)}\""


def _quote(spot: Spot) -> str:
    quote = " ".join(spot.text.split())
    return quote if len(quote) <= _QUOTE_CHARS else quote[:_QUOTE_CHARS - 3] + "..."


def _why(miss: Miss) -> str:
    if miss.spot.line is None:
        return " (the quote is not in the cables: check the label)"
    if miss.rule_id is None:
        return " (no rule fired)"
    return f" (not counted: {miss.vetoed_by})"


def scoreboard_json(board: Scoreboard, bars: dict[str, float] | None = None) -> dict[str, Any]:
    """The scoreboard as the `eval --format json` contract."""
    return {
        "schema": SCHEMA_VERSION,
        "labels": list(board.labels),
        "totals": {"agreement": _ratio_json(board.agreement),
                   "precision": _ratio_json(board.precision),
                   "recall": _ratio_json(board.recall),
                   "rejections": _ratio_json(board.rejections),
                   "figures": _ratio_json(board.figures),
                   "unjudged_hits": board.unjudged},
        "bars": bars or {},
        "criteria": [{"criterion": item.criterion_id,
                      "agreement": _ratio_json(item.agreement),
                      "precision": _ratio_json(item.precision),
                      "recall": _ratio_json(item.recall)} for item in board.criteria],
        "rules": [{"rule": rule.rule_id,
                   "true_positives": [_spot_json(spot) for spot in rule.true_positives],
                   "false_positives": [_spot_json(spot) for spot in rule.false_positives],
                   "misses": [_miss_json(miss) for miss in rule.misses]}
                  for rule in board.rules],
        "disagreements": [{"label": item.label, "criterion": item.criterion_id,
                           "expected": item.expected.value, "actual": item.actual.value}
                          for item in board.disagreements],
    }


def _ratio_json(ratio: Ratio) -> dict[str, Any]:
    value = None if ratio.value is None else round(ratio.value, 4)
    return {"part": ratio.part, "whole": ratio.whole, "value": value}


def _spot_json(spot: Spot) -> dict[str, Any]:
    return {"label": spot.label, "criterion": spot.criterion_id, "cable": spot.cable or None,
            "path": spot.path, "line": spot.line, "quote": spot.text}


def _miss_json(miss: Miss) -> dict[str, Any]:
    return {**_spot_json(miss.spot), "in_cables": miss.spot.line is not None,
            "rule": miss.rule_id, "vetoed_by": miss.vetoed_by}
