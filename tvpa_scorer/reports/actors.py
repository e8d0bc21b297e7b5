"""Who did the work a passage credits to someone other than the government, as a name.

"Casa Alianza Mexico runs a network of shelters" -> "Casa Alianza Mexico"; "Although IOM's
shelter reportedly provides ..." -> "IOM" (from the phrasebook's list of actors); a passage
naming no one the list knows -> "NGOs". The TIP Report says such work is not the
government's ("IOM, not the government, ..."), so the draft says so too, by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

FALLBACK = "NGOs"
_SEVERAL = "NGOs and international organisations"
# A name at the head of a sentence: capitalised words (with the particles of Spanish and
# French names between), or an acronym, then a word in lower case (its verb) or the name's
# acronym in brackets.
_HEAD_NAME = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:de|del|la|las|los|el|e|y|en|du|des|a|for|of|and|in|on)\s+)*"
    r"[A-Z][\w'’&.-]*){0,8})(?=\s+(?:[a-z]|\())")
_ACRONYM = re.compile(r"^[A-Z]{3,}$")
# "GOM", "GOI": the cables' shorthand for the Government of Mexico, of Indonesia
_GOVERNMENT = re.compile(r"^GO[A-Z]$")
# Words that open a sentence without naming anyone.
_NOT_NAMES = {"In", "On", "Since", "Although", "Through", "During", "After", "Before",
              "However", "Note", "While", "When", "If", "As", "At", "For", "From", "Under",
              "With", "According", "Coordination", "Most", "Some", "Many", "Several",
              "Government", "Mexican", "Congress", "Officials", "Authorities", "Police",
              "Both", "Each", "All", "These", "This", "Its", "Their"}


def name_actor(quote: str, actors: Mapping[str, str]) -> str:
    """The actor a passage credits, named as the narrative says it."""
    head = _head_name(quote)
    if head:
        return actors.get(head, head)
    found = _listed(quote, actors)
    if len(found) == 1:
        return found[0]
    return _SEVERAL if found else FALLBACK


def join_names(names: Iterable[str]) -> str:
    """'IOM', 'IOM and Casa Alianza', 'IOM, UNICEF and Casa Alianza'."""
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _head_name(quote: str) -> str | None:
    found = _HEAD_NAME.match(quote.strip())
    if found is None:
        return None
    name = found[1]
    words = name.split()
    if words[0] in _NOT_NAMES or _GOVERNMENT.match(words[0]):
        return None
    # one ordinary capitalised word ("Coordination continues") is the sentence's first
    # word, not a name; an acronym or several words are a name
    return name if len(words) > 1 or _ACRONYM.match(name) else None


def _listed(quote: str, actors: Mapping[str, str]) -> list[str]:
    """The listed actors the passage names, in the order it names them, each said once."""
    positions = []
    for name, said in actors.items():
        found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", quote)
        if found:
            positions.append((found.start(), said))
    return list(dict.fromkeys(said for _, said in sorted(positions)))
