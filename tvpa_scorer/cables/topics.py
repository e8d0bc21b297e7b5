"""Question topics: which pillar and subject each answer speaks to, read from rules/topics.yml.

Tasker letters change every year, so an answer is filed by what its question asks (or,
when the embassy did not quote the question, by its section and its own words). A
tasker's known layout is used only when the cable names that tasker in its REF line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tvpa_scorer.cables.model import Pillar, Reference, Topic, TopicBasis
from tvpa_scorer.cables.units import key_letters
from tvpa_scorer.kit.lazy_pattern import LazyPattern
from tvpa_scorer.kit.patterns import PatternSet
from tvpa_scorer.kit.problems import Problem, error
from tvpa_scorer.kit.yaml_nodes import NodeReader, compose

_PILLARS = {pillar.value: pillar for pillar in Pillar}
# Answer text mentions many subjects in passing; keep the strongest few.
_TEXT_SUBJECTS = 4


@dataclass(frozen=True, slots=True)
class Subject:
    subject_id: str
    title: str
    pillar: Pillar
    keywords: tuple[LazyPattern, ...]


@dataclass(frozen=True, slots=True)
class TaskerLayout:
    """What one year's tasker asked where: pillar by paragraph, subjects by section letter."""

    tasker_id: str
    paragraphs: tuple[tuple[int, Pillar], ...]
    letters: tuple[tuple[Pillar, str, tuple[str, ...]], ...]

    def pillar_of(self, paragraph: int | None) -> Pillar | None:
        return dict(self.paragraphs).get(paragraph)

    def subjects_of(self, pillar: Pillar | None, key: str | None) -> tuple[str, ...]:
        if key is None:
            return ()
        letters = key_letters(key)  # a range answered together reads every question in it
        found = [subject for letter_pillar, letter, subjects in self.letters
                 if letter_pillar is pillar and letter in letters for subject in subjects]
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class TopicVocabulary:
    headings: tuple[tuple[Pillar, tuple[LazyPattern, ...]], ...]
    subjects: tuple[Subject, ...]
    taskers: tuple[TaskerLayout, ...]
    keywords: PatternSet

    @classmethod
    def build(cls, headings, subjects: tuple[Subject, ...], taskers) -> TopicVocabulary:
        keywords = PatternSet([(subject.subject_id, keyword) for subject in subjects
                               for keyword in subject.keywords])
        return cls(headings, subjects, taskers, keywords)

    def heading_pillar(self, title: str | None) -> Pillar | None:
        """The pillar a heading names; none when it names several ("PREVENTION, PROTECTION...")."""
        if not title:
            return None
        named = {pillar for pillar, patterns in self.headings
                 if any(pattern.search(title) for pattern in patterns)}
        return named.pop() if len(named) == 1 else None

    def tasker_for(self, refs: tuple[Reference, ...]) -> TaskerLayout | None:
        cited = {ref.cable_id for ref in refs}
        return next((tasker for tasker in self.taskers if tasker.tasker_id in cited), None)

    def ranked_subjects(self, text: str, pillar: Pillar | None = None) -> list[tuple[Subject, int]]:
        """Subjects the text speaks to, most hits first; a known pillar's subjects first."""
        counts = Counter(subject_id for subject_id, _ in self.keywords.finditer(text))
        scored = [(subject, counts[subject.subject_id]) for subject in self.subjects
                  if counts[subject.subject_id]]
        scored.sort(key=lambda item: (pillar is not None and item[0].pillar is not pillar,
                                      -item[1]))
        return scored


@dataclass(frozen=True, slots=True)
class TopicClues:
    """What is known about an answer when its topic is decided."""

    question: str | None
    text: str
    section_title: str | None
    label: str | None
    key: str | None
    tasker_paragraph: int | None
    tasker: TaskerLayout | None


def classify(vocabulary: TopicVocabulary, clues: TopicClues) -> Topic:
    """Decide an answer's pillar and subjects from the strongest clue available."""
    tasker = clues.tasker
    placed = (vocabulary.heading_pillar(clues.section_title)
              or vocabulary.heading_pillar(clues.label)
              or (tasker.pillar_of(clues.tasker_paragraph) if tasker else None))
    if clues.question:
        ranked = vocabulary.ranked_subjects(clues.question)
        if ranked:
            return Topic(placed or _vote(ranked), _ids(ranked), TopicBasis.QUESTION)
    letter_subjects = tasker.subjects_of(placed, clues.key) if tasker else ()
    if letter_subjects:
        return Topic(placed, letter_subjects, TopicBasis.TASKER)
    ranked = vocabulary.ranked_subjects(clues.text, placed)[:_TEXT_SUBJECTS]
    if not ranked:
        return Topic(placed, (), TopicBasis.NONE)
    return Topic(placed or _vote(ranked), _ids(ranked), TopicBasis.TEXT)


def _ids(ranked: list[tuple[Subject, int]]) -> tuple[str, ...]:
    return tuple(subject.subject_id for subject, _ in ranked)


def _vote(ranked: list[tuple[Subject, int]]) -> Pillar:
    """The pillar most of the subject hits belong to; ties go to the strongest subject."""
    totals: dict[Pillar, int] = {}
    for subject, hits in ranked:
        totals[subject.pillar] = totals.get(subject.pillar, 0) + hits
    return max(totals, key=lambda pillar: (totals[pillar], pillar is ranked[0][0].pillar))


def load_topics(path: Path) -> tuple[TopicVocabulary | None, list[Problem]]:
    """Load the topic vocabulary; problems carry `path:line:col`."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [error(name, f"cannot read topic vocabulary: {exc}", "unreadable")]
    root, problems = compose(name, text)
    if root is None:
        return None, problems or [error(name, "topic vocabulary is empty", "empty")]
    reader = NodeReader(name, text)
    vocabulary = _read_vocabulary(reader, root)
    return (vocabulary if not reader.problems else None), reader.problems


def _read_vocabulary(reader: NodeReader, root) -> TopicVocabulary:
    sections = reader.fields(root, "the topic vocabulary",
                             ("version", "pillars", "subjects", "taskers"), ("pillars", "subjects"))
    headings = _read_pillars(reader, sections["pillars"]) if "pillars" in sections else ()
    subjects = _read_subjects(reader, sections["subjects"]) if "subjects" in sections else ()
    known = {subject.subject_id for subject in subjects}
    taskers = _read_taskers(reader, sections["taskers"], known) if "taskers" in sections else ()
    return TopicVocabulary.build(headings, subjects, taskers)


def _read_pillars(reader: NodeReader, node) -> tuple:
    headings = []
    for key, key_node, value in reader.mapping(node, "pillars"):
        what = f"pillar '{key}'"
        fields = reader.fields(value, what, ("headings",), ("headings",))
        if reader.choice(key_node, _PILLARS, "pillar") and "headings" in fields:
            headings.append((_PILLARS[key], _patterns(reader, fields["headings"], "heading")))
    return tuple(headings)


def _read_subjects(reader: NodeReader, node) -> tuple[Subject, ...]:
    subjects = []
    for subject_id, _, value in reader.mapping(node, "subjects"):
        what = f"subject '{subject_id}'"
        names = ("title", "pillar", "keywords")
        fields = reader.fields(value, what, names, names)
        if fields.keys() < set(names):
            continue
        title = reader.string(fields["title"], f"the title of {what}")
        pillar = reader.choice(fields["pillar"], _PILLARS, "pillar")
        keywords = _patterns(reader, fields["keywords"], "keyword")
        if title and pillar:
            subjects.append(Subject(subject_id, title, _PILLARS[pillar], keywords))
    return tuple(subjects)


def _patterns(reader: NodeReader, node, what: str) -> tuple[LazyPattern, ...]:
    compiled = (reader.pattern(item, text, what) for text, item in reader.strings(node, what))
    return tuple(pattern for pattern in compiled if pattern is not None)


def _read_taskers(reader: NodeReader, node, known: set[str]) -> tuple[TaskerLayout, ...]:
    taskers = []
    for tasker_id, _, value in reader.mapping(node, "taskers"):
        what = f"tasker '{tasker_id}'"
        fields = reader.fields(value, what, ("title", "paragraphs", "letters"), ("paragraphs",))
        paragraphs = _read_paragraphs(reader, fields["paragraphs"], what) \
            if "paragraphs" in fields else ()
        letters = _read_letters(reader, fields["letters"], known, what) \
            if "letters" in fields else ()
        taskers.append(TaskerLayout(tasker_id, paragraphs, letters))
    return tuple(taskers)


def _read_paragraphs(reader: NodeReader, node, what: str) -> tuple[tuple[int, Pillar], ...]:
    paragraphs = []
    for _, number_node, pillar_node in reader.mapping(node, f"paragraphs of {what}"):
        number = reader.integer(number_node, "a tasker paragraph")
        pillar = reader.choice(pillar_node, _PILLARS, "pillar")
        if number is not None and pillar:
            paragraphs.append((number, _PILLARS[pillar]))
    return tuple(paragraphs)


def _read_letters(reader: NodeReader, node, known: set[str], what: str) -> tuple:
    letters = []
    for pillar, pillar_node, questions in reader.mapping(node, f"letters of {what}"):
        if reader.choice(pillar_node, _PILLARS, "pillar") is None:
            continue
        for letter, _, subjects_node in reader.mapping(questions, f"{pillar} letters of {what}"):
            subjects = tuple(subject_id for subject_id, item
                             in reader.strings(subjects_node, f"subjects of {what}")
                             if reader.choice(item, known, "subject"))
            letters.append((_PILLARS[pillar], letter, subjects))
    return tuple(letters)
