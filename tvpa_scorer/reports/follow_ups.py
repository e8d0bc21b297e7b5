"""Open findings + the cables -> the follow-up questions for post.

Each question is asked once, under the criterion it serves, and only where the cables give a
reason to ask it: an answer that only cross-refers is asked again directly, under the
criterion its tasker question is about; a question about a particular practice (child
soldiers, labour camps) only of a country whose cables speak of it. The most urgent come
first, and the first ten are set apart from the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum

from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Answer, Document
from tvpa_scorer.evidence.hits import EvidenceHit, Place
from tvpa_scorer.evidence.match import POINTER_RULE
from tvpa_scorer.rules.model import Criterion, Question

ASKED_FIRST = 10
# What most needs an answer first.
URGENCY = {Status.NOT_MET: 0, Status.NOT_ASSESSED: 1, Status.PARTIAL: 2}
AnswerId = tuple[str, int]  # (cable, answer index), as evidence hits name an answer


class Specificity(IntEnum):
    """How closely a question follows the cables: the closer, the sooner it is asked."""

    PASSAGE = 0  # points at a passage: an answer that only cross-refers
    SUBJECT = 1  # about a practice the cables speak of
    GENERIC = 2  # the criterion's own question, asked of any country


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A question for the embassy and the criterion and statute paragraph it would settle."""

    criterion_id: str
    title: str
    statute: str
    question: str
    rank: int = 0  # 1 is asked first
    passage: Place | None = None  # the passage it points at; None for a generic question
    specificity: Specificity = Specificity.GENERIC

    @property
    def after_citation(self) -> str:
        """The question after the citation it opens with, for a page that links the citation."""
        if self.passage is None or not self.question.startswith(self.passage.citation):
            return self.question
        return self.question[len(self.passage.citation):]


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    """The questions of one criterion, under its title and statute paragraph."""

    criterion_id: str
    title: str
    statute: str
    status: Status
    questions: tuple[FollowUp, ...]


@dataclass(frozen=True, slots=True)
class Checklist:
    """The questions for post, ranked, with the first ten set apart from the rest."""

    questions: tuple[FollowUp, ...]  # every question, ranked as shown
    first: tuple[QuestionGroup, ...]  # the first ASKED_FIRST, grouped by criterion
    further: tuple[QuestionGroup, ...]  # the rest, grouped the same way


def pointer_owners(findings: Iterable[Finding], document: Document) -> dict[AnswerId, str]:
    """The criterion each answer that only cross-refers is asked again under.

    The scorer gives such an answer's pointer to every criterion whose topics meet the
    answer's subjects or its pillar: Prevention Q.G on demand reduction reaches every
    prevention criterion. It belongs to the one its tasker question is about: the criterion
    that lists the answer's strongest subject earliest among its topics, then one of the
    answer's pillar, then the heaviest.
    """
    reached: dict[AnswerId, dict[str, Criterion]] = defaultdict(dict)
    for finding in findings:
        if finding.applicable:
            for hit in finding.rejected:
                if hit.rule_id == POINTER_RULE:
                    reached[hit.answer][finding.criterion.criterion_id] = finding.criterion
    return {answer_id: min(criteria.values(), key=lambda criterion: _closeness(
                criterion, _answer(document, answer_id))).criterion_id
            for answer_id, criteria in reached.items()}


def ask_post(findings: Sequence[Finding], owners: dict[AnswerId, str], document: Document
             ) -> Checklist:
    """The ranked, deduplicated questions of the open findings (given most urgent first)."""
    cables = _CablesSay(document)
    candidates = [(key, follow_up) for order, finding in enumerate(findings)
                  for key, follow_up in _candidates(finding, order, owners, document, cables)]
    ranked = _once([follow_up for _, follow_up in sorted(candidates, key=lambda pair: pair[0])])
    first = _numbered(_groups(ranked[:ASKED_FIRST], findings), 1)
    further = _numbered(_groups(ranked[ASKED_FIRST:], findings), len(ranked[:ASKED_FIRST]) + 1)
    return Checklist(tuple(item for group in (*first, *further) for item in group.questions),
                     first, further)


def _candidates(finding: Finding, order: int, owners: dict[AnswerId, str], document: Document,
                cables: _CablesSay) -> list[tuple[tuple, FollowUp]]:
    criterion = finding.criterion

    def candidate(position: int, text: str, specificity: Specificity,
                  passage: Place | None = None) -> tuple[tuple, FollowUp]:
        key = (URGENCY[finding.status], -criterion.weight, specificity, position, order)
        return key, FollowUp(criterion.criterion_id, criterion.title, criterion.statute,
                             " ".join(text.split()), passage=passage, specificity=specificity)

    pointed = [candidate(0, _answer_directly(hit, _answer(document, hit.answer)),
                         Specificity.PASSAGE, hit.place)
               for hit in _once_per_answer(finding.rejected)
               if owners.get(hit.answer) == criterion.criterion_id]
    # a partial finding already has some credited action: of the criterion's own questions
    # only the lead one is asked, with those on a practice the cables speak of
    own = criterion.questions[:1] if finding.status is Status.PARTIAL else criterion.questions
    generic = [candidate(position, question.text, Specificity.GENERIC)
               for position, question in enumerate(own) if not question.conditional]
    on_subject = [candidate(position, question.text, Specificity.SUBJECT)
                  for position, question in enumerate(criterion.questions)
                  if question.conditional and cables.speak_of(question)]
    return [*pointed, *on_subject, *generic]


def _once_per_answer(hits: Iterable[EvidenceHit]) -> list[EvidenceHit]:
    pointers = {}
    for hit in hits:
        if hit.rule_id == POINTER_RULE:
            pointers.setdefault(hit.answer, hit)
    return list(pointers.values())


def _answer_directly(hit: EvidenceHit, answer: Answer) -> str:
    """"08MEXICO722 ¶40 Q.G answers only 'See question 34 and 35': please answer directly: ..."""
    pointer = " ".join(hit.matched.split()).rstrip(" .;:")
    if answer.question:
        ask = f"please answer directly: {answer.question}"
    elif answer.key:
        ask = f"please answer question {answer.key} directly"
    else:
        ask = "please answer directly"
    return f"{hit.place.citation} answers only '{pointer}': {ask}"


def _once(ranked: list[FollowUp]) -> list[FollowUp]:
    """One question once, where it ranks highest: criteria share some, and a cable may
    cross-refer twice with the same question."""
    seen, kept = set(), []
    for follow_up in ranked:
        text = follow_up.question.casefold()
        if text not in seen:
            seen.add(text)
            kept.append(follow_up)
    return kept


def _groups(ranked: list[FollowUp], findings: Sequence[Finding]) -> tuple[QuestionGroup, ...]:
    """Group by criterion, the groups in the order of their first question."""
    grouped: dict[str, list[FollowUp]] = {}
    for follow_up in ranked:
        grouped.setdefault(follow_up.criterion_id, []).append(follow_up)
    statuses = {finding.criterion.criterion_id: finding.status for finding in findings}
    return tuple(QuestionGroup(criterion_id, items[0].title, items[0].statute,
                               statuses[criterion_id], tuple(items))
                 for criterion_id, items in grouped.items())


def _numbered(groups: tuple[QuestionGroup, ...], start: int) -> tuple[QuestionGroup, ...]:
    """Rank the questions in the order they are shown: a group's questions stand together."""
    numbered, rank = [], start
    for group in groups:
        questions = tuple(replace(item, rank=rank + offset)
                          for offset, item in enumerate(group.questions))
        numbered.append(replace(group, questions=questions))
        rank += len(questions)
    return tuple(numbered)


def _answer(document: Document, answer_id: AnswerId) -> Answer:
    cable_id, index = answer_id
    return document.cable(cable_id).answers[index]


def _closeness(criterion: Criterion, answer: Answer) -> tuple:
    # the rule file lists a criterion's own topics first; the set on the criterion has no order
    topics = [mention.name for mention in criterion.mentions
              if mention.kind == "topic" and mention.name in criterion.topics]
    subject = min(((index, topics.index(subject)) for index, subject
                   in enumerate(answer.topic.subjects) if subject in topics),
                  default=(len(answer.topic.subjects), len(topics)))
    pillar = answer.topic.pillar.value if answer.topic.pillar else None
    return subject, criterion.pillar.value != pillar, -criterion.weight, criterion.criterion_id


class _CablesSay:
    """Whether the cables' answers speak of what a question is about."""

    def __init__(self, document: Document) -> None:
        answers = [answer for cable in document.cables for answer in cable.answers]
        self.texts = [answer.text for answer in answers]
        self.subjects = {subject for answer in answers for subject in answer.topic.subjects}

    def speak_of(self, question: Question) -> bool:
        return not self.subjects.isdisjoint(question.topics) or any(
            term.search(text) for term in question.terms for text in self.texts)
