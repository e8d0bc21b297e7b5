"""Actors a document names by acronym: "The Child and Law Foundation (CLF)" makes "CLF" a
non-government actor wherever the document uses it; "Zimbabwe Republic Police (ZRP)" makes
"ZRP" the government.

Cables name most actors by acronym after defining them once. Without learning the
definitions, "CLF's study" would have no actor and "ZRP officers" would not be the police.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tvpa_scorer.cables.model import Document
from tvpa_scorer.rules.model import Context, Modifier

# A capitalised name of up to ten words (with the small words names hold), then (ACRONYM).
_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’.&-]*|of|and|for|the|on|in|to|against|de|del|la|las|los|y|e)"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|on|in|to|against|de|del|la|las|los|y|e)){0,9})"
    r"\s*\(([A-Z][A-Za-z&-]{1,11})\)")


_ACRONYM = re.compile(r"\([A-Z][A-Za-z&-]{1,11}\)")


@dataclass(frozen=True, slots=True)
class Aliases:
    """Acronyms defined in a document, and whose side each is on."""

    government: tuple[str, ...]
    non_government: tuple[str, ...]
    modifier: Modifier | None  # the actor modifier a non-government acronym stands for

    def pattern(self, names: tuple[str, ...]) -> re.Pattern | None:
        if not names:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


def learn_aliases(document: Document, context: Context) -> Aliases:
    """Find every `Full Name (ACRONYM)` and file the acronym by what its full name is."""
    actor = next((modifier for modifier in context.modifiers if modifier.whole_sentence), None)
    government, non_government = set(), set()
    for cable in document.cables:
        for answer in cable.answers:
            if _ACRONYM.search(answer.text) is None:
                continue  # no "(ACRONYM)", so no definition: most answers
            for match in _DEFINITION.finditer(answer.text):
                name, acronym = match.group(1), match.group(2)
                if actor and any(trigger.pattern.search(name) for trigger in actor.triggers):
                    non_government.add(acronym)
                elif any(pattern.search(name) for pattern in context.government_actors):
                    government.add(acronym)
    return Aliases(tuple(sorted(government - non_government)), tuple(sorted(non_government)),
                   actor)
