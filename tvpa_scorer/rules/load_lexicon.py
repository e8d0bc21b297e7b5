"""rules/lexicon.yml -> the Lexicon: named concepts, each a list of lemmas and terms.

    concepts:
      shelter:
        pos: noun          # noun | verb | any (default): which inflections the terms take
        terms: [shelter, safe house, reception centre, "=in care"]

A term is inflected on its head (a noun phrase's last word, a verb phrase's first) and spelled
both ways (centre, center); one written "=in care" is taken as it stands.
"""

from __future__ import annotations

from yaml.nodes import Node

from tvpa_scorer.kit.problems import Location
from tvpa_scorer.kit.yaml_nodes import NodeReader
from tvpa_scorer.rules.model import (
    ANY,
    EXACT_MARK,
    NOUN,
    VERB,
    Concept,
    Lexicon,
    Term,
    normal_term,
)

_POS = (NOUN, VERB, ANY)


def read_lexicon(reader: NodeReader, root: Node) -> Lexicon:
    fields = reader.fields(root, "the lexicon file", ("concepts",), ("concepts",))
    concepts: dict[str, Concept] = {}
    owners: dict[str, tuple[str, Location]] = {}  # a term -> the concept that lists it first
    for name, key, node in reader.mapping(fields.get("concepts", root), "concepts"):
        concept = _concept(reader, name, key, node)
        if concept is None:
            continue
        concepts[name] = concept
        for term in concept.terms:
            text = normal_term(term.text.removeprefix(EXACT_MARK))
            if text in owners:
                owner, where = owners[text]
                reader.report_at(term.location, f"term '{term.text}' of concept '{name}' is "
                                 f"already a term of concept '{owner}' (line {where.line}); "
                                 "a term belongs to one concept", "duplicate-term")
            else:
                owners[text] = (name, term.location)
    return Lexicon(concepts)


def _concept(reader: NodeReader, name: str, key: Node, node: Node) -> Concept | None:
    what = f"concept '{name}'"
    fields = reader.fields(node, what, ("pos", "terms"), ("terms",))
    if "terms" not in fields:
        return None
    pos = reader.choice(fields["pos"], _POS, "part of speech") if "pos" in fields else ANY
    terms = tuple(Term(text, reader.location(item))
                  for text, item in reader.strings(fields["terms"], f"the terms of {what}"))
    return Concept(name, pos or ANY, terms, reader.location(key))
