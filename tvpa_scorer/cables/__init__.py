"""The cable reader: raw TIP cable text -> a cited, question-keyed document."""

from tvpa_scorer.cables.model import Answer, Cable, Document, Pillar
from tvpa_scorer.cables.read import read_cable, read_cable_header, read_document, read_text
from tvpa_scorer.cables.topics import TopicVocabulary, load_topics

__all__ = ["Answer", "Cable", "Document", "Pillar", "TopicVocabulary", "load_topics",
           "read_cable", "read_cable_header", "read_document", "read_text"]
