"""A rules directory -> RuleSet, with every problem located as `path:line:col`.

    rules/topics.yml          question topics (read by the cable reader too)
    rules/context.yml         context modifiers: planned, negated, hedged, actors...
    rules/lexicon.yml         named concepts the evidence rules' frames are made of
    rules/quantities.yml      the kinds of number to extract
    rules/scoring.yml         the default score formula and status conditions
    rules/tiers.yml           how findings become a tier, by the law of each report year
    rules/criteria/<id>.yml   one criterion and the evidence rules it defines
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, SequenceNode

from tvpa_scorer.cables.topics import load_topics
from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.problems import Location, Problem, error, errors_among
from tvpa_scorer.kit.yaml_nodes import NodeReader, compose
from tvpa_scorer.rules.check import check_rule_set
from tvpa_scorer.rules.load_lexicon import read_lexicon
from tvpa_scorer.rules.load_shared import (
    NUMBER_MARK,
    PLAIN_NUMBER,
    read_context,
    read_quantities,
    read_status_rules,
)
from tvpa_scorer.rules.load_tiers import read_tier_law
from tvpa_scorer.rules.model import (
    Context,
    Criterion,
    CriterionPillar,
    Effect,
    EvidenceRule,
    Examples,
    Lexicon,
    Mention,
    Presumption,
    Question,
    RuleSet,
    StatusRules,
)

_PILLARS = {pillar.value: pillar for pillar in CriterionPillar}
_EFFECTS = {effect.value: effect for effect in Effect}
CRITERION_KEYS = ("id", "title", "statute", "pillar", "weight", "years", "topics", "evidence",
                  "aspects", "status", "presumption", "gap", "recommendation", "questions",
                  "priority", "core")
_CRITERION_REQUIRED = ("id", "title", "statute", "pillar", "weight", "topics", "evidence", "gap",
                       "recommendation", "questions")
# Keys older rule files have that nothing reads any more: a warning, so that `diff` still
# loads the rules of earlier revisions.
RETIRED_RULE_KEYS = {"scope": "every rule now reads every answer; remove 'scope'"}
RULE_KEYS = ("id", "title", "effect", "patterns", "frame", "negated", "requires",
             "exclude", "weight", "aspect", "numbers", "examples", "aliases", "actor", "standing",
             "kept_when_vetoed_by")
_RULE_REQUIRED = ("id", "title", "effect", "examples")
GOVERNMENT_MACRO = "@government"
# `requires: ["@trafficking or @victim"]`: concepts of the lexicon, any of which will do
_CONCEPTS_REQUIRED = re.compile(r"@\w+(?: or @\w+)*")
_CONCEPT_NAME = re.compile(r"(?<=@)\w+")
# The first TIP Report was published in 2001.
_FIRST_REPORT = 2001
Value = TypeVar("Value")


def load_rules(directory: Path) -> tuple[RuleSet | None, list[Problem]]:
    """Load and check a rules directory; the RuleSet is None when any error was found.

    Warnings come back with the rule set, for the caller to print.
    """
    if not directory.is_dir():
        return None, [error(str(directory), "no such rules directory", "not-found")]
    topics, problems = load_topics(directory / "topics.yml")
    context = _read_file(directory / "context.yml", read_context, problems)
    # a rule set of patterns alone needs no lexicon; a frame naming a concept then fails
    lexicon = _read_file(directory / "lexicon.yml", read_lexicon, problems) \
        if (directory / "lexicon.yml").exists() else Lexicon({})
    quantities = _read_file(directory / "quantities.yml", read_quantities, problems)
    scoring = _read_file(directory / "scoring.yml",
                         lambda reader, root: read_status_rules(reader, root, None, (),
                                                                "the scoring file"), problems)
    criteria, rules = [], {}
    government = _government_pattern(context)
    paths = sorted((directory / "criteria").glob("*.yml"))
    for path in paths:
        _read_criterion_file(path, scoring, government, criteria, rules, problems)
    if not paths:
        problems.append(error(str(directory / "criteria"), "no criterion files (*.yml)", "empty"))
    # a criterion file that failed to load would make every mention of it an error too
    criterion_ids = None if errors_among(problems) \
        else [criterion.criterion_id for criterion in criteria]
    tier_law = _read_file(directory / "tiers.yml",
                          lambda reader, root: read_tier_law(reader, root, criterion_ids),
                          problems)
    if None in (topics, context, lexicon, quantities, scoring, tier_law) or errors_among(problems):
        return None, problems
    rule_set = RuleSet(tuple(criteria), rules, context, quantities, topics, tier_law,
                       _version(directory), lexicon)
    problems += check_rule_set(rule_set)
    return (None if errors_among(problems) else rule_set), problems


def _read_file(path: Path, read: Callable[[NodeReader, Node], Value], problems: list[Problem]
               ) -> Value | None:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(error(name, "missing rule file", "not-found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(error(name, f"cannot read: {exc}", "unreadable"))
        return None
    root, syntax = compose(name, text)
    if root is None:
        problems.extend(syntax or [error(name, "rule file is empty", "empty")])
        return None
    reader = NodeReader(name, text)
    value = read(reader, root)
    problems.extend(reader.problems)
    return value


def _government_pattern(context: Context | None) -> LazyPattern | None:
    """`@government` in a rule's `requires`: any government actor the context file lists."""
    if context is None or not context.government_actors:
        return None
    return LazyPattern.compile("|".join(pattern.pattern for pattern in context.government_actors),
                               re.IGNORECASE)


def _read_criterion_file(path: Path, scoring: StatusRules | None, government: LazyPattern | None,
                         criteria: list[Criterion], rules: dict[str, EvidenceRule],
                         problems: list[Problem]) -> None:
    def read(reader: NodeReader, root: Node) -> None:
        fields = reader.fields(root, "a criterion file", ("criterion", "rules"), ("criterion",))
        if "criterion" in fields:
            criterion = _read_criterion(reader, fields["criterion"], scoring)
            if criterion is not None:
                if criterion.criterion_id != path.stem:
                    reader.report(fields["criterion"], f"criterion '{criterion.criterion_id}' "
                                  f"must live in {criterion.criterion_id}.yml", "file-name")
                criteria.append(criterion)
        rule_nodes = fields.get("rules")
        if rule_nodes is not None and not isinstance(rule_nodes, SequenceNode):
            reader.report(rule_nodes, "rules must be a list of evidence rules", "wrong-type")
            rule_nodes = None
        for rule_node in rule_nodes.value if rule_nodes is not None else []:
            rule = _read_rule(reader, rule_node, government)
            if rule is None:
                continue
            if rule.rule_id in rules:
                first = rules[rule.rule_id].location
                reader.report(rule_node, f"duplicate rule id '{rule.rule_id}' (first defined at "
                                         f"{first})", "duplicate-id")
            else:
                rules[rule.rule_id] = rule

    _read_file(path, read, problems)


def _read_criterion(reader: NodeReader, node: Node, scoring: StatusRules | None
                    ) -> Criterion | None:
    fields = reader.fields(node, "the criterion", CRITERION_KEYS, _CRITERION_REQUIRED)
    if not set(_CRITERION_REQUIRED) <= fields.keys():
        return None
    criterion_id = reader.string(fields["id"], "the criterion id") or "?"
    what = f"criterion '{criterion_id}'"
    aspects = tuple((name, reader.string(gap, f"the gap of aspect '{name}'") or "")
                    for name, _, gap in reader.mapping(fields["aspects"], "aspects")) \
        if "aspects" in fields else ()
    aspect_names = tuple(name for name, _ in aspects)
    status = read_status_rules(reader, fields["status"], scoring, aspect_names,
                               f"status of {what}") if "status" in fields else scoring
    from_year, to_year = _years(reader, fields.get("years"))
    values = {
        "title": reader.string(fields["title"], f"the title of {what}"),
        "statute": reader.string(fields["statute"], f"the statute of {what}"),
        "pillar": reader.choice(fields["pillar"], _PILLARS, "pillar"),
        "weight": reader.number(fields["weight"], f"the weight of {what}"),
        "gap": reader.string(fields["gap"], f"the gap of {what}"),
        "recommendation": reader.string(fields["recommendation"], f"the recommendation of {what}"),
    }
    if None in values.values() or status is None:
        return None
    presumption, figures = _presumption(reader, fields["presumption"]) \
        if "presumption" in fields else (None, ())
    core = _mentions(reader, fields.get("core"), "concept")
    questions, question_topics = _questions(reader, fields["questions"], what)
    mentions = (*_mentions(reader, fields["evidence"], "rule"),
                *_mentions(reader, fields["topics"], "topic"), *figures, *core,
                *question_topics)
    return Criterion(
        criterion_id=criterion_id, title=values["title"], statute=values["statute"],
        pillar=_PILLARS[values["pillar"]], weight=values["weight"], from_year=from_year,
        to_year=to_year, topics=frozenset(text for text, _ in reader.strings(fields["topics"],
                                                                             "topics")),
        evidence=tuple(text for text, _ in reader.strings(fields["evidence"], "evidence")),
        aspects=aspects, status=status, presumption=presumption,
        gap=values["gap"], recommendation=values["recommendation"],
        location=_location(reader, node), mentions=mentions,
        questions=questions,
        priority=bool(reader.boolean(fields["priority"], f"priority of {what}"))
        if "priority" in fields else False,
        core=frozenset(mention.name for mention in core),
    )


def _questions(reader: NodeReader, node: Node, what: str
               ) -> tuple[tuple[Question, ...], tuple[Mention, ...]]:
    """`questions:` entries: a text, asked whenever the criterion calls for questions, or
    `{ask: TEXT, when: {terms: [...], topics: [...]}}`, asked only when the cables speak of the
    practice it is about. Returns the questions and the topics they name, checked once every
    file is read."""
    items = node.value if isinstance(node, SequenceNode) else [node]
    if isinstance(node, SequenceNode) and not items:
        reader.report(node, "questions must not be empty", "empty")
    questions, topics = [], []
    for item in items:
        if not isinstance(item, MappingNode):
            text = reader.string(item, "each entry of questions")
            if text is not None:
                questions.append(Question(text))
            continue
        fields = reader.fields(item, f"a question of {what}", ("ask", "when"), ("ask", "when"))
        text = reader.string(fields["ask"], f"the text of a question of {what}") \
            if "ask" in fields else None
        if text is None or "when" not in fields:
            continue
        when = reader.fields(fields["when"], "'when'", ("terms", "topics"), ())
        if not when.keys() & {"terms", "topics"}:
            if isinstance(fields["when"], MappingNode):
                reader.report(fields["when"], "'when' needs terms the cables must say or topics "
                                              "an answer must be filed under", "missing-key")
            continue
        named = _mentions(reader, when.get("topics"), "topic")
        topics += named
        questions.append(Question(text, _patterns(reader, when.get("terms"), "term"),
                                  frozenset(mention.name for mention in named)))
    return tuple(questions), tuple(topics)


def _years(reader: NodeReader, node: Node | None) -> tuple[int, int | None]:
    if node is None:
        return _FIRST_REPORT, None
    fields = reader.fields(node, "years", ("from", "to"), ("from",))
    start = reader.integer(fields["from"], "the first report year") if "from" in fields else None
    end = reader.integer(fields["to"], "the last report year") if "to" in fields else None
    return start or _FIRST_REPORT, end


def _presumption(reader: NodeReader, node: Node
                 ) -> tuple[Presumption | None, tuple[Mention, ...]]:
    """The presumption, and the number kinds it names (checked once all files are read)."""
    fields = reader.fields(node, "the presumption", ("figures", "from", "reason"),
                           ("figures", "from", "reason"))
    if not {"figures", "from", "reason"} <= fields.keys():
        return None, ()
    figures = _mentions(reader, fields["figures"], "quantity")
    start = reader.integer(fields["from"], "the first report year of the presumption")
    reason = reader.string(fields["reason"], "the reason of the presumption")
    if not (start and reason):
        return None, figures
    return Presumption(tuple(figure.name for figure in figures), start, reason), figures


def _read_rule(reader: NodeReader, node: Node, government: LazyPattern | None
               ) -> EvidenceRule | None:
    fields = reader.fields(node, "an evidence rule", (*RULE_KEYS, *RETIRED_RULE_KEYS),
                           _RULE_REQUIRED)
    for key, advice in RETIRED_RULE_KEYS.items():
        if key in fields:
            reader.warn(fields[key], f"'{key}' is no longer read: {advice}", "retired-key")
    if not set(_RULE_REQUIRED) <= fields.keys():
        return None
    rule_id = reader.string(fields["id"], "the rule id") or "?"
    what = f"rule '{rule_id}'"
    if "patterns" not in fields and "frame" not in fields:
        reader.report(node, f"{what} needs a frame (the concepts that must meet in a clause) "
                            "or patterns", "missing-key")
        return None
    effect = reader.choice(fields["effect"], _EFFECTS, "effect")
    title = reader.string(fields["title"], f"the title of {what}")
    if effect is None or title is None:
        return None
    weight = reader.number(fields["weight"], f"the weight of {what}") if "weight" in fields \
        else 1.0
    frames = _frames(reader, fields["frame"], what) if "frame" in fields else ()
    vetoes = _mentions(reader, fields.get("kept_when_vetoed_by"), "modifier")
    concept_groups = _required_concepts(reader, fields.get("requires"))
    mentions = (*_mentions(reader, fields.get("numbers"), "quantity"),
                *(mention for group in concept_groups for mention in group),
                *_mentions(reader, fields.get("aspect"), "aspect"), *vetoes,
                *(mention for frame in frames for _, concepts in frame for mention in concepts))
    return EvidenceRule(
        rule_id=rule_id, title=title, effect=_EFFECTS[effect],
        patterns=_patterns(reader, fields.get("patterns"), "pattern"),
        frames=tuple(tuple((slot, frozenset(mention.name for mention in concepts))
                           for slot, concepts in frame) for frame in frames),
        negated=bool(reader.boolean(fields["negated"], f"negated of {what}"))
        if "negated" in fields else False,
        requires=_requirements(reader, fields.get("requires"), government),
        required_concepts=tuple(frozenset(mention.name for mention in group)
                                for group in concept_groups),
        exclude=_patterns(reader, fields.get("exclude"), "excluded pattern"),
        weight=weight or 0.0,
        aspect=reader.string(fields["aspect"], "aspect") if "aspect" in fields else None,
        numbers=tuple(_texts(reader, fields.get("numbers"), "numbers")),
        examples=_examples(reader, fields["examples"], what),
        location=_location(reader, node),
        mentions=mentions,
        aliases=tuple(_texts(reader, fields.get("aliases"), "aliases")),
        government_actor=_actor(reader, fields.get("actor")),
        standing=bool(reader.boolean(fields["standing"], f"standing of {what}"))
        if "standing" in fields else False,
        kept_when_vetoed_by=frozenset(mention.name for mention in vetoes),
    )


def _frames(reader: NodeReader, node: Node, what: str
            ) -> tuple[tuple[tuple[str, tuple[Mention, ...]], ...], ...]:
    """`frame: {act: [operate, open], object: shelter}`, or a list of such alternatives: each
    slot names the concepts any of which fills it."""
    frames = []
    for item in node.value if isinstance(node, SequenceNode) else [node]:
        slots = tuple((slot, _mentions(reader, concepts, "concept"))
                      for slot, _, concepts in reader.mapping(item, f"a frame of {what}"))
        if slots:
            frames.append(slots)
        elif isinstance(item, MappingNode):
            reader.report(item, f"a frame of {what} names no slot", "empty")
    return tuple(frames)


def _actor(reader: NodeReader, node: Node | None) -> bool:
    """`actor: government`: the hit counts only where the government is the one acting."""
    if node is None:
        return False
    return reader.choice(node, ("government", "any"), "actor") == "government"


def _examples(reader: NodeReader, node: Node, what: str) -> Examples:
    fields = reader.fields(node, f"the examples of {what}", ("match", "no_match"),
                           ("match", "no_match"))

    def located(key: str) -> tuple:
        if key not in fields:
            return ()
        return tuple((text, _location(reader, item))
                     for text, item in reader.strings(fields[key], f"'{key}' examples"))

    return Examples(located("match"), located("no_match"))


def _texts(reader: NodeReader, node: Node | None, what: str) -> list[str]:
    return [] if node is None else [text for text, _ in reader.strings(node, what)]


def _patterns(reader: NodeReader, node: Node | None, what: str) -> tuple:
    """Rule patterns; '#' stands for any number: 'identified # victims'."""
    if node is None:
        return ()
    compiled = (reader.pattern(item, text.replace(NUMBER_MARK, PLAIN_NUMBER), what)
                for text, item in reader.strings(node, what))
    return tuple(pattern for pattern in compiled if pattern is not None)


def _requirements(reader: NodeReader, node: Node | None, government: LazyPattern | None
                  ) -> tuple:
    if node is None:
        return ()
    required = []
    for text, item in reader.strings(node, "requires"):
        if _names_concepts(text):
            continue  # read by _required_concepts
        if text == GOVERNMENT_MACRO:
            if government is None:
                reader.report(item, "'@government' needs government_actors in context.yml",
                              "unknown-macro")
            else:
                required.append(government)
        else:
            pattern = reader.pattern(item, text.replace(NUMBER_MARK, PLAIN_NUMBER),
                                     "required pattern")
            if pattern is not None:
                required.append(pattern)
    return tuple(required)


def _required_concepts(reader: NodeReader, node: Node | None
                       ) -> tuple[tuple[Mention, ...], ...]:
    """`requires: ["@trafficking or @exploitation_risk"]`: each entry a set of concepts, one of
    which the sentence must name."""
    if node is None:
        return ()
    return tuple(tuple(Mention("concept", name, _location(reader, item))
                       for name in _CONCEPT_NAME.findall(text))
                 for text, item in reader.strings(node, "requires") if _names_concepts(text))


def _names_concepts(text: str) -> bool:
    return text != GOVERNMENT_MACRO and _CONCEPTS_REQUIRED.fullmatch(text) is not None


def _mentions(reader: NodeReader, node: Node | None, kind: str) -> tuple[Mention, ...]:
    if node is None:
        return ()
    return tuple(Mention(kind, text, _location(reader, item))
                 for text, item in reader.strings(node, kind))


def _location(reader: NodeReader, node: Node) -> Location:
    return Location(reader.path, node.start_mark.line + 1, node.start_mark.column + 1)


def _version(directory: Path) -> str:
    """A hash of every rule file: findings say which rules produced them."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.yml")):
        digest.update(str(path.relative_to(directory)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
