"""Every evidence rule's own examples, run through the whole pipeline as validate requires.

A `match` example must yield a counted hit with the rule's effect; a `no_match` example
must not (it may be found and vetoed: "plans to open a shelter" is a good `no_match`). A rule
kept only to show why nothing counted is the other way round: a `match` example must be found
and vetoed, a `no_match` example not found at all.
"""

from __future__ import annotations

from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.evidence.hits import EvidenceHit
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.problems import Location, Problem, error
from tvpa_scorer.rules.model import EvidenceRule, RuleSet


def check_examples(rule_set: RuleSet, matcher: Matcher) -> list[Problem]:
    """Problems for examples that do not behave as their rule says."""
    problems = []
    for rule in rule_set.rules.values():
        for text, location in rule.examples.match:
            hits = _hits(rule_set, matcher, rule, text)
            if not any(_counts(hit, rule) for hit in hits):
                problems.append(_problem(location, f"match example of rule '{rule.rule_id}' does "
                                         f"not fire{_why(hits, rule)}: '{text}'"))
        for text, location in rule.examples.no_match:
            counted = [hit for hit in _hits(rule_set, matcher, rule, text) if _counts(hit, rule)]
            if counted:
                problems.append(_problem(location, f"no_match example of rule '{rule.rule_id}' "
                                         f"fires on '{counted[0].matched}': '{text}'"))
    return problems


def _hits(rule_set: RuleSet, matcher: Matcher, rule: EvidenceRule, text: str
          ) -> list[EvidenceHit]:
    document = read_document([read_text(text + "\n", rule_set.topics, "<example>")])
    return [hit for hit in matcher.find(document, None, every_rule=True).hits
            if hit.rule_id == rule.rule_id]


def _counts(hit: EvidenceHit, rule: EvidenceRule) -> bool:
    if rule.kept_when_vetoed_by:
        return True  # its hits exist only where they were vetoed
    return hit.vetoed_by is None and hit.effect is rule.effect


def _why(hits: list[EvidenceHit], rule: EvidenceRule) -> str:
    if not hits:
        return ""
    hit = hits[0]
    if hit.vetoed_by:
        return f" (found '{hit.matched}' but not counted: {hit.vetoed_by})"
    modifiers = ", ".join(hit.modifiers)
    return f" (found '{hit.matched}' but it reads as {hit.effect.value}: {modifiers})"


def _problem(location: Location, message: str) -> Problem:
    return error(location.path, message, "example", location.line, location.column)
