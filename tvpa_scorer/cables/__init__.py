"""The cable reader: raw TIP cable text -> a cited, question-keyed document.

In: cable files or text. Out: Cables (header, cleaned body, sections, answers with their
topics, cross-references and notes, each with exact offsets), read together as Documents,
and grouped by country and report year as Submissions (grouping.py, inputs.py).
"""

from tvpa_scorer.cables.model import Answer, Cable, Document, Pillar
from tvpa_scorer.cables.read import read_cable, read_cable_header, read_document, read_text
from tvpa_scorer.cables.topics import TopicVocabulary, load_topics

__all__ = ["Answer", "Cable", "Document", "Pillar", "TopicVocabulary", "load_topics",
           "read_cable", "read_cable_header", "read_document", "read_text"]
