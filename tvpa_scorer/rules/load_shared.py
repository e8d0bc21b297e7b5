"""context.yml, quantities.yml and scoring.yml -> the parts of the rule set all criteria share."""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, SequenceNode

from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.patterns import PatternSet
from tvpa_scorer.kit.yaml_nodes import NodeReader
from tvpa_scorer.rules.formula import FormulaError, compile_formula
from tvpa_scorer.rules.model import (
    FORMULA_VARIABLES,
    NO_CLAUSE_WORDS,
    ClauseWords,
    Context,
    Direction,
    Effect,
    Modifier,
    ModifierEffect,
    Quantity,
    StatusRules,
    Trigger,
)
from tvpa_scorer.rules.names import ModifierName, taken_mark, undeclared_modifiers, unread_flag

_EFFECTS = {effect.value: effect for effect in Effect}
_MODIFIER_EFFECTS = {effect.value: effect for effect in ModifierEffect}
_DIRECTIONS = {direction.value: direction for direction in Direction}
_MODIFIER_KEYS = ("effect", "applies_to", "direction", "window", "phrases", "pseudo", "factor",
                  "cancels", "actor")
# "#" in a quantity pattern stands for the number: 22, 5,700, nine, twenty-two, 7 million.
# A bare year (1999, 2008) is a date, not a count.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+)(?:\.\d+)?"
_WORDS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens")
NUMBER = (rf"(?P<value>{_DIGITS}|(?:{_WORDS}))"
          r"(?:\s+(?P<scale>million|billion|thousand|hundred))?")
NUMBER_MARK = "#"
# In an evidence rule's pattern "#" is any number, captured by nothing.
PLAIN_NUMBER = NUMBER.replace("?P<value>", "?:").replace("?P<scale>", "?:")
# Words a modifier reaches from its trigger, unless it says otherwise (medspaCy's max_scope).
_DEFAULT_WINDOW = 12


def read_context(reader: NodeReader, root: Node) -> Context:
    fields = reader.fields(root, "the context file",
                           ("terminators", "government_actors", "historical", "not_yet",
                            "modifiers", "clauses"),
                           ("terminators", "government_actors", "modifiers"))
    entries = reader.mapping(fields.get("modifiers", root), "modifiers")
    modifiers = [_read_modifier(reader, name, node) for name, _, node in entries]
    modifiers = [modifier for modifier in modifiers if modifier is not None]
    _check_cancels(reader, modifiers, fields.get("modifiers", root))
    _check_names(reader, fields.get("modifiers", root), entries, modifiers)
    years, before_period, episodes = 1, (), ()
    if "historical" in fields:
        historical = reader.fields(fields["historical"], "historical",
                                   ("years_before_report", "phrases", "episodes"),
                                   ("years_before_report",))
        if "years_before_report" in historical:
            years = reader.integer(historical["years_before_report"], "years_before_report") or 1
        before_period = _patterns(reader, historical.get("phrases"), "a historical phrase")
        episodes = _patterns(reader, historical.get("episodes"), "a historical episode")
    return Context(
        modifiers=tuple(modifiers),
        terminators=_patterns(reader, fields.get("terminators"), "terminator"),
        government_actors=_patterns(reader, fields.get("government_actors"), "government actor"),
        historical_years_before_report=years,
        before_period=before_period,
        closed_episode=episodes,
        not_yet=_patterns(reader, fields.get("not_yet"), "a not-yet phrase"),
        clauses=_clause_words(reader, fields["clauses"]) if "clauses" in fields
        else NO_CLAUSE_WORDS,
    )


def _clause_words(reader: NodeReader, node: Node) -> ClauseWords:
    """Each kind of clause opening as one pattern of its phrases."""
    keys = ("contrast", "concessive", "relative", "shared_subject", "new_subject")
    fields = reader.fields(node, "clauses", keys, ())
    joined = {}
    for key in keys:
        phrases = _patterns(reader, fields.get(key), f"a '{key}' phrase")
        joined[key] = "|".join(pattern.pattern for pattern in phrases) if phrases else None
    openings = [f"(?P<{key}>{joined[key]})" for key in keys[:3] if joined[key]]
    # every phrase starts at a word's start; saying so up front lets the engine skip the rest,
    # which halves the time of reading a sentence's clauses
    openings_pattern = rf"\b(?=\w)(?:{'|'.join(openings)})" if openings else None
    shared_subject, new_subject = (LazyPattern.compile(joined[key], re.IGNORECASE)
                                   if joined[key] else None
                                   for key in ("shared_subject", "new_subject"))
    openings_set = PatternSet([("opening", LazyPattern.compile(openings_pattern, re.IGNORECASE))]
                              ) if openings_pattern else None
    return ClauseWords(openings_set, shared_subject, new_subject)


def _read_modifier(reader: NodeReader, name: str, node: Node) -> Modifier | None:
    what = f"modifier '{name}'"
    fields = reader.fields(node, what, _MODIFIER_KEYS, ("effect", "phrases"))
    effect = reader.choice(fields["effect"], _MODIFIER_EFFECTS, "modifier effect") \
        if "effect" in fields else None
    direction = _DIRECTIONS[reader.choice(fields["direction"], _DIRECTIONS, "direction")
                            or "both"] if "direction" in fields else Direction.BOTH
    applies_to = frozenset(_EFFECTS[text] for text, item in reader.strings(
        fields["applies_to"], f"applies_to of {what}") if reader.choice(item, _EFFECTS, "effect")
    ) if "applies_to" in fields else frozenset(Effect)
    if effect is None or "phrases" not in fields:
        return None
    window = reader.integer(fields["window"], "window") if "window" in fields else None
    return Modifier(
        modifier_id=name,
        effect=_MODIFIER_EFFECTS[effect],
        applies_to=applies_to,
        window=window or _DEFAULT_WINDOW,
        triggers=_read_triggers(reader, fields["phrases"], direction, what),
        pseudo=_patterns(reader, fields.get("pseudo"), "pseudo-trigger"),
        factor=_factor(reader, fields.get("factor")),
        cancels=reader.string(fields["cancels"], "cancels") if "cancels" in fields else None,
        whole_sentence="actor" in fields and bool(reader.boolean(fields["actor"], "actor")),
    )


def _read_triggers(reader: NodeReader, node: Node, direction: Direction, what: str
                   ) -> tuple[Trigger, ...]:
    """Phrases are text, or `{phrase: ..., direction: backward}` for one that looks back."""
    triggers = []
    for item in node.value if isinstance(node, SequenceNode) else [node]:
        phrase_node, own_direction, window = item, direction, None
        if isinstance(item, MappingNode):
            fields = reader.fields(item, f"a phrase of {what}", ("phrase", "direction", "window"),
                                   ("phrase",))
            phrase_node = fields.get("phrase", item)
            if "direction" in fields:
                chosen = reader.choice(fields["direction"], _DIRECTIONS, "direction")
                own_direction = _DIRECTIONS.get(chosen, direction)
            if "window" in fields:
                window = reader.integer(fields["window"], "window")
        text = reader.string(phrase_node, f"a phrase of {what}")
        pattern = reader.pattern(phrase_node, text, "phrase") if text else None
        if pattern is not None:
            triggers.append(Trigger(pattern, own_direction, text, window))
    return tuple(triggers)


def _check_cancels(reader: NodeReader, modifiers: list[Modifier], node: Node) -> None:
    names = {modifier.modifier_id for modifier in modifiers}
    for modifier in modifiers:
        if modifier.cancels is not None and modifier.cancels not in names:
            reader.report(node, f"modifier '{modifier.modifier_id}' cancels unknown modifier "
                                f"'{modifier.cancels}'", "unknown-modifier")


def _check_names(reader: NodeReader, node: Node, entries: list[tuple[str, Node, Node]],
                 modifiers: list[Modifier]) -> None:
    """The modifiers the code names are declared; none takes a mark's name; a flag is read."""
    for message in undeclared_modifiers(name for name, _, _ in entries):
        reader.report(node, message, "undeclared-name")
    effects = {modifier.modifier_id: modifier.effect for modifier in modifiers}
    for name, key, _ in entries:
        if (taken := taken_mark(name)) is not None:
            reader.report(key, taken, "taken-name")
        if effects.get(name) is ModifierEffect.FLAG and name not in set(ModifierName):
            reader.warn(key, unread_flag(name), "unused-name")


def _factor(reader: NodeReader, node: Node | None) -> float:
    if node is None:
        return 1.0
    value = reader.number(node, "factor")
    if value is not None and value > 1.0:
        reader.report(node, f"factor must be a number from 0 to 1, not {value:g}", "bad-value")
        return 1.0
    return 1.0 if value is None else value


def _patterns(reader: NodeReader, node: Node | None, what: str) -> tuple[LazyPattern, ...]:
    if node is None:
        return ()
    compiled = (reader.pattern(item, text, what) for text, item in reader.strings(node, what))
    return tuple(pattern for pattern in compiled if pattern is not None)


def read_quantities(reader: NodeReader, root: Node) -> dict[str, Quantity]:
    fields = reader.fields(root, "the quantities file", ("quantities",), ("quantities",))
    quantities = {}
    for quantity_id, _, node in reader.mapping(fields.get("quantities", root), "quantities"):
        what = f"quantity '{quantity_id}'"
        entries = reader.fields(node, what, ("unit", "patterns"), ("unit", "patterns"))
        if not {"unit", "patterns"} <= entries.keys():
            continue
        unit = reader.string(entries["unit"], f"the unit of {what}") or ""
        patterns = []
        for text, item in reader.strings(entries["patterns"], f"patterns of {what}"):
            if NUMBER_MARK not in text:
                reader.report(item, f"pattern of {what} has no '#' where the number goes",
                              "no-number")
                continue
            pattern = reader.pattern(item, text.replace(NUMBER_MARK, NUMBER, 1), "pattern")
            if pattern is not None:
                patterns.append(pattern)
        quantities[quantity_id] = Quantity(quantity_id, unit, tuple(patterns))
    return quantities


def read_status_rules(reader: NodeReader, node: Node, base: StatusRules | None,
                      aspects: tuple[str, ...], what: str) -> StatusRules | None:
    """The score formula and status conditions; a criterion's own replace the shared ones."""
    keys = ("score", "met", "partial", "not_met")
    fields = reader.fields(node, what, keys, () if base else keys)
    variables = (*FORMULA_VARIABLES, *(f"support_{aspect}" for aspect in aspects))
    compiled = {}
    for key in keys:
        if key not in fields:
            compiled[key] = getattr(base, key) if base else None
            continue
        source = reader.string(fields[key], f"'{key}' of {what}")
        try:
            compiled[key] = compile_formula(source or "0", variables)
        except FormulaError as exc:
            reader.report(fields[key], str(exc), "bad-formula")
            compiled[key] = getattr(base, key) if base else None
    if any(value is None for value in compiled.values()):
        return None
    return StatusRules(**compiled)
