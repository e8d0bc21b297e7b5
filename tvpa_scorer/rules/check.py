"""Checks across rule files: every name a file uses is defined, every rule is used."""

from __future__ import annotations

from tvpa_scorer.cables.model import Pillar
from tvpa_scorer.kit.problems import Problem, error, suggestion, warning
from tvpa_scorer.rules.model import Mention, RuleSet


def check_rule_set(rule_set: RuleSet) -> list[Problem]:
    """Problems that only show once every file is read."""
    return [*check_duplicate_criteria(rule_set), *check_mentions(rule_set),
            *check_aspects(rule_set), *check_unused_rules(rule_set),
            *check_unused_concepts(rule_set)]


def check_duplicate_criteria(rule_set: RuleSet) -> list[Problem]:
    seen, problems = {}, []
    for criterion in rule_set.criteria:
        if criterion.criterion_id in seen:
            problems.append(_at(criterion.location, f"duplicate criterion id "
                                f"'{criterion.criterion_id}' (first defined at "
                                f"{seen[criterion.criterion_id]})", "duplicate-id"))
        seen.setdefault(criterion.criterion_id, criterion.location)
    return problems


def check_mentions(rule_set: RuleSet) -> list[Problem]:
    topics = {subject.subject_id for subject in rule_set.topics.subjects} | {
        pillar.value for pillar in Pillar}
    known = {"rule": set(rule_set.rules), "topic": topics,
             "quantity": set(rule_set.quantities), "concept": set(rule_set.lexicon.concepts),
             "modifier": {modifier.modifier_id for modifier in rule_set.context.modifiers}}
    nouns = {"rule": "rule", "topic": "topic", "quantity": "quantity",
             "concept": "concept", "modifier": "modifier"}
    mentions = [mention for criterion in rule_set.criteria for mention in criterion.mentions]
    mentions += [mention for rule in rule_set.rules.values() for mention in rule.mentions]
    return [_unknown(mention, nouns[mention.kind], known[mention.kind])
            for mention in mentions
            if mention.kind in known and mention.name not in known[mention.kind]]


def check_aspects(rule_set: RuleSet) -> list[Problem]:
    """A rule's aspect must be one of the aspects of each criterion using it."""
    problems = []
    for criterion in rule_set.criteria:
        for rule_id in criterion.evidence:
            rule = rule_set.rules.get(rule_id)
            names = [name for name, _ in criterion.aspects]
            if rule is None or rule.aspect is None or rule.aspect in names:
                continue
            where = next((mention.location for mention in rule.mentions
                          if mention.kind == "aspect"), rule.location)
            problems.append(_at(where, f"rule '{rule_id}' has aspect '{rule.aspect}', which "
                                f"criterion '{criterion.criterion_id}' does not list "
                                f"{suggestion(rule.aspect, names or ['(none)'])}",
                                "unknown-aspect"))
    return problems


def check_unused_rules(rule_set: RuleSet) -> list[Problem]:
    used = {rule_id for criterion in rule_set.criteria for rule_id in criterion.evidence}
    return [_at(rule.location, f"rule '{rule.rule_id}' is used by no criterion; list it under a "
                               "criterion's evidence or remove it", "unused-rule")
            for rule in rule_set.rules.values() if rule.rule_id not in used]


def check_unused_concepts(rule_set: RuleSet) -> list[Problem]:
    """A concept no frame names is a word list nothing reads.

    A warning, not an error: narrowing a rule for a trial often leaves a concept unread for
    a while, and that must not stop `diff` or `score` from running on the narrowed rules.
    """
    used = {mention.name for rule in rule_set.rules.values() for mention in rule.mentions
            if mention.kind == "concept"}
    used |= {mention.name for criterion in rule_set.criteria for mention in criterion.mentions
             if mention.kind == "concept"}
    return [warning(concept.location.path, f"concept '{concept.concept_id}' is named by no rule; "
                    "use it in a frame or remove it", "unused-concept", concept.location.line,
                    concept.location.column)
            for concept in rule_set.lexicon.concepts.values() if concept.concept_id not in used]


def _unknown(mention: Mention, noun: str, known: set[str]) -> Problem:
    return _at(mention.location, f"unknown {noun} '{mention.name}' "
                                 f"{suggestion(mention.name, known)}", f"unknown-{noun}")


def _at(location, message: str, code: str) -> Problem:
    return error(location.path, message, code, location.line, location.column)
