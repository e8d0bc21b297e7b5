"""A blind set's inputs and their findings -> how often the tool judges as the analyst did.

Snippets are judged by class (see the set's README): `credit` wants met or partial;
`shortfall` not_met; `planned` and `ngo_only` not_met or not_assessed with the passage found
and rejected for that reason; `no_evidence` not_assessed. Cables give two figures, since most
excerpts are silent on most criteria: agreement where the label is assessable, and silence
respected where it is not_assessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables.model import Document
from tvpa_scorer.corpus.blind_set import CableLabel, Snippet, SnippetClass, normal_key
from tvpa_scorer.corpus.scoreboard import NO_RATIO, Ratio
from tvpa_scorer.rules.names import ModifierName

# The modifiers whose veto says why a planned or another actor's passage did not count.
_REASONS = {SnippetClass.PLANNED: ModifierName.PLANNED,
            SnippetClass.NGO_ONLY: ModifierName.NON_GOVERNMENT}
_UNCOUNTED = frozenset({Status.NOT_MET, Status.NOT_ASSESSED})


@dataclass(frozen=True, slots=True)
class SnippetResult:
    snippet: Snippet
    status: Status
    vetoes: tuple[str, ...]  # why the passages found were not counted
    right: bool


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion_id: str
    labelled: Status
    accepted: frozenset[Status]  # the label's status, and any other it accepts
    status: Status

    @property
    def assessable(self) -> bool:
        return self.labelled is not Status.NOT_ASSESSED

    @property
    def right(self) -> bool:
        return self.status in self.accepted


@dataclass(frozen=True, slots=True)
class CableResult:
    label: CableLabel
    criteria: tuple[CriterionResult, ...]
    keys_missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlindScore:
    snippets: tuple[SnippetResult, ...]
    cables: tuple[CableResult, ...]
    priority: frozenset[str]  # the criteria reported apart

    def by_class(self) -> dict[SnippetClass, Ratio]:
        ratios = {kind: NO_RATIO for kind in SnippetClass}
        for result in self.snippets:
            ratios[result.snippet.expected] += Ratio(int(result.right), 1)
        return ratios

    def snippets_by_criterion(self) -> dict[str, Ratio]:
        ratios: dict[str, Ratio] = defaultdict(lambda: NO_RATIO)
        for result in self.snippets:
            ratios[result.snippet.criterion_id] += Ratio(int(result.right), 1)
        return dict(sorted(ratios.items()))

    @property
    def snippets_right(self) -> Ratio:
        return Ratio(sum(result.right for result in self.snippets), len(self.snippets))

    def agreement(self, priority_only: bool = False) -> Ratio:
        """Share of assessable labels whose status the finding has."""
        return _share(item.right for item in self._criteria()
                      if item.assessable and (item.criterion_id in self.priority
                                              or not priority_only))

    def silence(self) -> Ratio:
        """Share of not_assessed labels whose finding is not_assessed too."""
        return _share(item.right for item in self._criteria() if not item.assessable)

    def cables_by_criterion(self) -> dict[str, tuple[Ratio, Ratio]]:
        """Per criterion: agreement where assessable, and silence respected."""
        ratios: dict[str, list[Ratio]] = defaultdict(lambda: [NO_RATIO, NO_RATIO])
        for item in self._criteria():
            ratios[item.criterion_id][0 if item.assessable else 1] += Ratio(int(item.right), 1)
        return {key: (value[0], value[1]) for key, value in sorted(ratios.items())}

    def keys(self) -> Ratio:
        expected = sum(len(result.label.answer_keys) for result in self.cables)
        return Ratio(expected - sum(len(result.keys_missing) for result in self.cables),
                     expected)

    def _criteria(self) -> list[CriterionResult]:
        return [item for result in self.cables for item in result.criteria]


def _share(outcomes: Iterable[bool]) -> Ratio:
    outcomes = list(outcomes)
    return Ratio(sum(outcomes), len(outcomes))


def judge_snippet(snippet: Snippet, finding: Finding | None) -> SnippetResult:
    """Whether the finding for the snippet's criterion is what its class asks for."""
    status = finding.status if finding else Status.NOT_ASSESSED
    vetoes = tuple(dict.fromkeys(hit.vetoed_by for hit in finding.rejected
                                 if hit.vetoed_by)) if finding else ()
    expected = snippet.expected
    if expected is SnippetClass.CREDIT:
        right = status in (Status.MET, Status.PARTIAL)
    elif expected is SnippetClass.SHORTFALL:
        right = status is Status.NOT_MET
    elif expected is SnippetClass.NO_EVIDENCE:
        right = status is Status.NOT_ASSESSED
    else:
        right = status in _UNCOUNTED and _REASONS[expected] in vetoes
    return SnippetResult(snippet, status, vetoes, right)


def judge_cable(label: CableLabel, findings: Iterable[Finding], document: Document
                ) -> CableResult:
    """Each labelled criterion against its finding, and the answer keys the reader found."""
    statuses = {finding.criterion.criterion_id: finding.status for finding in findings}
    criteria = tuple(CriterionResult(criterion_id, labelled, accepted,
                                     statuses.get(criterion_id, Status.NOT_ASSESSED))
                     for criterion_id, labelled, accepted in label.statuses)
    found = {normal_key(key) for key in answer_keys(document)}
    return CableResult(label, criteria, tuple(key for key in label.answer_keys
                                              if normal_key(key) not in found))


def answer_keys(document: Document) -> list[str]:
    """Each keyed answer's full key: its question's paragraph number and letter ('28A')."""
    keys = []
    for cable in document.cables:
        for answer in cable.answers:
            if answer.key:
                number = answer.tasker_paragraph or answer.paragraph
                keys.append(f"{number or ''}{answer.key}")
    return keys
