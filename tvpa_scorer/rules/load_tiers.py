"""rules/tiers.yml -> TierLaw, every problem located as `path:line:col`."""

from __future__ import annotations

from collections.abc import Iterable

from yaml.nodes import Node, SequenceNode

from tvpa_scorer.kit.problems import suggestion
from tvpa_scorer.kit.yaml_nodes import NodeReader
from tvpa_scorer.rules.tier_law import (
    CriteriaRead,
    Downgrade,
    EffortsTest,
    Era,
    Narrative,
    Standard,
    TierLaw,
    Trigger,
)

_TRIGGERS = {trigger.value: trigger for trigger in Trigger}
_TOP_KEYS = ("eras", "standards", "significant_efforts", "commitments", "proportional_action",
             "pillar_scale", "trend", "confidence", "narrative", "watch_list_reasons",
             "criteria_read")
# Keys added after the first tier law: a rules directory written before them still loads,
# so `tvpa-scorer diff` can score an older revision's rules.
_LATER_KEYS = ("trend", "criteria_read")
# The criteria the law's tests read, as rules written before `criteria_read` named them.
_CRITERIA_READ_BEFORE = CriteriaRead("victim_numbers", "appreciable_progress", "national_plan",
                                     "state_trafficking")
_CRITERIA_READ_KEYS = CriteriaRead.__dataclass_fields__.keys()
_REQUIRED_KEYS = tuple(key for key in _TOP_KEYS if key not in _LATER_KEYS)
_DEFAULT_TREND_THRESHOLD = 0.1
_ERA_KEYS = ("name", "reports", "watch_list", "triggers", "downgrade", "override")
_DOWNGRADE_KEYS = ("after_watch_list_years", "counted_from", "waiver_years",
                   "reinstated_max_years")
_STATUSES = ("met", "partial", "not_met")
_TIERS = ("tier_1", "tier_2", "tier_3")


def read_tier_law(reader: NodeReader, root: Node, criteria: Iterable[str] | None
                  ) -> TierLaw | None:
    """Read the tier law; None when any part of it is wrong (the reader holds why).

    `criteria` are the criterion ids the standards may name; None skips that check."""
    fields = reader.fields(root, "the tier law", _TOP_KEYS, _REQUIRED_KEYS)
    if set(_REQUIRED_KEYS) - fields.keys():
        return None
    known = None if criteria is None else set(criteria)
    efforts = reader.fields(fields["significant_efforts"], "significant_efforts",
                            ("min_action_share", "min_pillars", "pillars"),
                            ("min_action_share", "min_pillars", "pillars"))
    confidence = reader.fields(fields["confidence"], "confidence",
                               ("high", "medium", "carry_forward_below"), ("high", "medium"))
    law = {
        "eras": _eras(reader, fields["eras"]),
        "standards": tuple(_standard(reader, key, node, known)
                           for key, _, node in reader.mapping(fields["standards"], "standards")),
        "significant_efforts": EffortsTest(
            _share(reader, efforts.get("min_action_share"), "min_action_share"),
            _count(reader, efforts.get("min_pillars"), "min_pillars"),
            tuple(text for text, _ in reader.strings(efforts["pillars"], "pillars"))
            if "pillars" in efforts else ()),
        "min_planned_share": _share(reader, _only(reader, fields["commitments"], "commitments",
                                                  "min_planned_share"), "min_planned_share"),
        "proportional_action_share": _share(reader, _only(
            reader, fields["proportional_action"], "proportional_action", "min_action_share"),
            "min_action_share"),
        "pillar_scale": {status: _share(reader, node, f"the value of '{status}'")
                         for status, _, node in _checked(reader, fields["pillar_scale"],
                                                         "pillar_scale", _STATUSES)},
        "trend_threshold": _share(reader, _only(reader, fields["trend"], "trend", "threshold"),
                                  "threshold") if "trend" in fields
        else _DEFAULT_TREND_THRESHOLD,
        "confidence_high": _share(reader, confidence.get("high"), "high"),
        "confidence_medium": _share(reader, confidence.get("medium"), "medium"),
        # added after the first tier law: without it no tier is carried forward
        "carry_forward_below": _share(reader, confidence["carry_forward_below"],
                                      "carry_forward_below")
        if "carry_forward_below" in confidence else 0.0,
        "narratives": _narratives(reader, fields["narrative"]),
        "watch_list_reasons": {_TRIGGERS[name]: reader.string(node, f"the reason '{name}'")
                               for name, _, node in _checked(reader, fields["watch_list_reasons"],
                                                             "watch_list_reasons", _TRIGGERS)},
        "criteria_read": _criteria_read(reader, fields["criteria_read"], known)
        if "criteria_read" in fields else _CRITERIA_READ_BEFORE,
    }
    if reader.problems:
        return None
    tier_law = TierLaw(**law)
    _check_reasons(reader, tier_law, fields["watch_list_reasons"])
    return None if reader.problems else tier_law


def _eras(reader: NodeReader, node: Node) -> tuple[Era, ...]:
    if not isinstance(node, SequenceNode) or not node.value:
        reader.report(node, "eras must be a non-empty list", "wrong-type")
        return ()
    eras = []
    for item in node.value:
        fields = reader.fields(item, "an era", _ERA_KEYS,
                               ("name", "reports", "watch_list", "triggers", "override"))
        if {"name", "reports", "watch_list", "triggers", "override"} - fields.keys():
            continue
        first, last = _span(reader, fields["reports"])
        if eras and first != (eras[-1].last_report or 0) + 1:
            reader.report(fields["reports"], f"era starts with the {first} report; the one "
                          f"before it ends with {eras[-1].last_report}: eras must follow on "
                          "without gaps or overlaps", "era-gap")
        eras.append(Era(
            name=reader.string(fields["name"], "the era name") or "?",
            first_report=first, last_report=last,
            watch_list=bool(reader.boolean(fields["watch_list"], "watch_list")),
            triggers=_triggers(reader, fields["triggers"]),
            downgrade=_downgrade(reader, fields["downgrade"]) if "downgrade" in fields else None,
            override=bool(reader.boolean(fields["override"], "override")),
        ))
    return tuple(eras)


def _triggers(reader: NodeReader, node: Node) -> tuple[Trigger, ...]:
    if isinstance(node, SequenceNode) and not node.value:
        return ()
    names = (reader.choice(item, _TRIGGERS, "trigger") for _, item in
             reader.strings(node, "triggers"))
    return tuple(_TRIGGERS[name] for name in names if name)


def _downgrade(reader: NodeReader, node: Node) -> Downgrade:
    fields = reader.fields(node, "downgrade", _DOWNGRADE_KEYS, _DOWNGRADE_KEYS[:3])
    values = {key: _count(reader, fields.get(key), key) if key in fields else None
              for key in _DOWNGRADE_KEYS}
    return Downgrade(**{key: value or 0 for key, value in values.items()
                        if key != "reinstated_max_years"},
                     reinstated_max_years=values["reinstated_max_years"])


def _criteria_read(reader: NodeReader, node: Node, known: set[str] | None) -> CriteriaRead:
    fields = reader.fields(node, "criteria_read", _CRITERIA_READ_KEYS, _CRITERIA_READ_KEYS)
    names = {key: (reader.string(fields[key], f"criteria_read '{key}'") or "", fields[key])
             for key in _CRITERIA_READ_KEYS if key in fields}
    if names.keys() != set(_CRITERIA_READ_KEYS):
        return _CRITERIA_READ_BEFORE  # the missing key is reported, and no law is built
    return CriteriaRead(**{key: _criterion(reader, name, node, known)
                           for key, (name, node) in names.items()})


def _criterion(reader: NodeReader, name: str, node: Node, known: set[str] | None) -> str:
    if known is not None and name and name not in known:
        reader.report(node, f"unknown criterion '{name}' {suggestion(name, known)}",
                      "unknown-name")
    return name


def _standard(reader: NodeReader, standard_id: str, node: Node, known: set[str] | None
              ) -> Standard:
    fields = reader.fields(node, f"standard '{standard_id}'", ("title", "criteria", "met_share"),
                           ("title", "criteria"))
    criteria = [_criterion(reader, name, item, known) for name, item in
                reader.strings(fields["criteria"], "criteria")] if "criteria" in fields else []
    return Standard(
        standard_id=standard_id,
        title=(reader.string(fields["title"], "the standard's title") or "")
        if "title" in fields else "",
        criteria=tuple(criteria),
        met_share=_share(reader, fields["met_share"], "met_share") if "met_share" in fields
        else 1.0,
    )


def _narratives(reader: NodeReader, node: Node) -> tuple[Narrative, ...]:
    if not isinstance(node, SequenceNode) or not node.value:
        reader.report(node, "narrative must be a non-empty list", "wrong-type")
        return ()
    narratives = []
    for item in node.value:
        fields = reader.fields(item, "a narrative", ("reports", *_TIERS), ("reports", *_TIERS))
        if {"reports", *_TIERS} - fields.keys():
            continue
        first, last = _span(reader, fields["reports"])
        sentences = {}
        for tier in _TIERS:
            text = reader.string(fields[tier], tier) or ""
            if "{country}" not in text:
                reader.report(fields[tier], f"{tier} must name the country as '{{country}}'",
                              "missing-placeholder")
            sentences[tier.removeprefix("tier_")] = text
        narratives.append(Narrative(first, last, sentences))
    return tuple(narratives)


def _check_reasons(reader: NodeReader, tier_law: TierLaw, node: Node) -> None:
    used = {trigger for era in tier_law.eras for trigger in era.triggers}
    for trigger in sorted(used - tier_law.watch_list_reasons.keys(), key=lambda t: t.value):
        reader.report(node, f"watch_list_reasons has no reason for trigger '{trigger.value}'",
                      "missing-key")


def _span(reader: NodeReader, node: Node) -> tuple[int, int | None]:
    fields = reader.fields(node, "reports", ("from", "to"), ("from",))
    first = reader.integer(fields["from"], "the first report") if "from" in fields else None
    last = reader.integer(fields["to"], "the last report") if "to" in fields else None
    return first or 0, last


def _checked(reader: NodeReader, node: Node, what: str, allowed: Iterable[str]) -> list:
    entries = reader.mapping(node, what)
    reader.check_keys(entries, node, allowed, (), what)
    return [entry for entry in entries if entry[0] in set(allowed)]


def _only(reader: NodeReader, node: Node, what: str, key: str) -> Node | None:
    return reader.fields(node, what, (key,), (key,)).get(key)


def _share(reader: NodeReader, node: Node | None, what: str) -> float:
    if node is None:
        return 0.0
    value = reader.number(node, what)
    if value is not None and value > 1:
        reader.report(node, f"{what} must be a share between 0 and 1", "out-of-range")
    return value or 0.0


def _count(reader: NodeReader, node: Node | None, what: str) -> int:
    if node is None:
        return 0
    value = reader.integer(node, what)
    if value is not None and value < 0:
        reader.report(node, f"{what} must be 0 or more", "out-of-range")
    return value or 0
