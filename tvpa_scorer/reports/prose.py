"""Findings -> the narrative's paragraphs, in the TIP Report's register, every claim cited.

Each pillar says, criterion by criterion and heaviest first: the figures the cables give
("The government identified 22 trafficking victims"), the finding in a sentence of its
status, what a partial finding lacks, what was only planned ("The government planned to
open two shelters"), and whose work was not the government's ("IOM, not the government,
..."). The words come from the phrasebook (templates/narrative/sentences.yml); this module
picks them and the passages each rests on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tvpa_scorer.assessment.score import Status
from tvpa_scorer.evidence.hits import FoundNumber
from tvpa_scorer.reports.actors import FALLBACK, join_names, name_actor
from tvpa_scorer.reports.figures import fill_figure
from tvpa_scorer.reports.phrasebook import CriterionWording, Phrasebook, Wording
from tvpa_scorer.rules.names import MarkName, ModifierName

if TYPE_CHECKING:  # the views are built by the report model, which calls this module
    from tvpa_scorer.reports.model import Cited, CriterionView

GOVERNMENT = "The government"
_MOST_CITED = 3  # passages a sentence cites at most: the rest are in the evidence below
_MOST_ACTORS = 2


@dataclass(frozen=True, slots=True)
class Clause:
    """Part of a sentence and the passages it rests on, cited right after it."""

    before: str  # what joins it to the clause before: "", ", ", " and "
    text: str
    cited: tuple[Cited, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    clauses: tuple[Clause, ...]
    end: str = "."

    @property
    def text(self) -> str:
        """The sentence without its citations."""
        return "".join(clause.before + clause.text for clause in self.clauses) + self.end

    @property
    def cited(self) -> tuple[Cited, ...]:
        return tuple(item for clause in self.clauses for item in clause.cited)


Paragraph = tuple[Sentence, ...]
NumberCiter = Callable[[FoundNumber], "Cited"]


def sentence(text: str, cited: Iterable[Cited] = ()) -> Sentence:
    """A sentence of one clause: its citations go before the closing full stop."""
    end = "." if text.endswith(".") else ""
    return Sentence((Clause("", text.removesuffix("."), _once_per_answer(cited)),), end)


def listed(opening: str, items: Sequence[tuple[str, tuple[Cited, ...]]], closing: str
           ) -> Sentence:
    """'opening a [x], b [y] and c [z] closing': a list whose items carry their citations;
    items in a row that rest on the same answers cite them once, after the last."""
    clauses = []
    for index, (text, cited) in enumerate(items):
        before = "" if index == 0 else " and " if index == len(items) - 1 else ", "
        following = items[index + 1][1] if index + 1 < len(items) else ()
        if cited and _answers(cited) == _answers(following):
            cited = ()
        clauses.append(Clause(before, (opening if index == 0 else "") + text, cited))
    return Sentence(tuple(clauses), closing)


def pillar_paragraphs(views: Sequence[CriterionView], year: int | None, book: Phrasebook,
                      cite_number: NumberCiter) -> tuple[Paragraph, ...]:
    """A paragraph per assessed criterion, then one saying what the cables do not report."""
    said: set[tuple[str, str]] = set()  # figures already said in this pillar
    paragraphs = []
    unknown = []
    for view in views:
        wording = book.criteria.get(view.finding.criterion.criterion_id)
        if wording is None:
            continue
        if view.finding.status is Status.NOT_ASSESSED:
            unknown.append(sentence(_said(wording.statuses.get("not_assessed"), year)))
            continue
        paragraph = _criterion_paragraph(view, wording, year, book, said, cite_number)
        if paragraph:
            paragraphs.append(paragraph)
    if unknown:
        paragraphs.append(tuple(item for item in unknown if item.text.strip(".")))
    return tuple(paragraph for paragraph in paragraphs if paragraph)


def _criterion_paragraph(view: CriterionView, wording: CriterionWording, year: int | None,
                         book: Phrasebook, said: set[tuple[str, str]],
                         cite_number: NumberCiter) -> Paragraph:
    figures = [(number, cite_number(number)) for number in view.finding.numbers]
    fresh = [(number, cited) for number, cited in figures
             if (cited.anchor, cited.detail) not in said]
    said.update((cited.anchor, cited.detail) for _, cited in fresh)
    sentences = [
        _figures_done(fresh, year, book),
        _status_sentence(view, wording, year),
        _shortcomings(view, wording, year, book),
        *_missing(view, wording, year),
        _planned(view, wording, year, fresh, book),
        _others(view, wording, year, fresh, book),
    ]
    return tuple(item for item in sentences if item is not None)


def _figures_done(figures: list[tuple[FoundNumber, Cited]], year: int | None,
                  book: Phrasebook) -> Sentence | None:
    """'The government investigated 14 trafficking cases [c], prosecuted nine suspects [c]
    and convicted two traffickers [c].' from the counted figures the phrasebook can say."""
    phrases = []
    for number, cited in _in_book_order(_largest_per_answer(figures), book):
        if number.vetoed_by is None:
            text = fill_figure(book.figures[number.what].done.for_year(year), number.value,
                               number.unit)
            hedged = ModifierName.HEDGED in number.modifiers
            phrases.append((("reportedly " if hedged else "") + text, (cited,)))
    if not phrases:
        return None
    return listed(f"{GOVERNMENT} ", _merged(phrases), ".")


def _largest_per_answer(figures: list[tuple[FoundNumber, Cited]]
                        ) -> list[tuple[FoundNumber, Cited]]:
    """One figure of a kind per answer, the largest: a smaller one beside it is nearly always
    a part of it ("22 victims ... five of these were foreigners"), not a second count."""
    largest: dict[tuple[str, str, bool], tuple[FoundNumber, Cited]] = {}
    for number, cited in figures:
        key = (number.what, cited.citation, number.vetoed_by is None)
        if key not in largest or number.value > largest[key][0].value:
            largest[key] = (number, cited)
    return list(largest.values())


def _in_book_order(figures: list[tuple[FoundNumber, Cited]], book: Phrasebook
                   ) -> list[tuple[FoundNumber, Cited]]:
    """The figures the phrasebook can say, in its order: investigations before convictions."""
    order = {kind: index for index, kind in enumerate(book.figures)}
    return sorted((item for item in figures if item[0].what in order),
                  key=lambda item: order[item[0].what])


def _merged(phrases: list[tuple[str, tuple[Cited, ...]]]
            ) -> list[tuple[str, tuple[Cited, ...]]]:
    """Phrases of one verb in a row share it: "identified 22 victims and one victim"."""
    merged: list[tuple[str, tuple[Cited, ...]]] = []
    for text, cited in phrases:
        verb, _, rest = text.partition(" ")
        if merged and merged[-1][0].partition(" ")[0] == verb and verb != "reportedly":
            last_text, last_cited = merged[-1]
            merged[-1] = (f"{last_text} and {rest}", _once_per_answer((*last_cited, *cited)))
        else:
            merged.append((text, cited))
    return merged


def _status_sentence(view: CriterionView, wording: CriterionWording, year: int | None
                     ) -> Sentence | None:
    status = view.finding.status
    supports = [item for item in view.evidence if item.supports]
    against = [item for item in view.evidence if not item.supports]
    if status in (Status.MET, Status.PARTIAL):
        cited = supports
    else:
        cited = against or [item for item in view.not_counted
                            if item.vetoed_by != MarkName.RESTRICTED]
    hedged = bool(supports) and all(_marked(item, ModifierName.HEDGED) for item in supports)
    text = _said(wording.statuses.get(status.value), year)
    if _presumed(view) and wording.presumed is not None:
        text, cited = wording.presumed.for_year(year), supports
    if not text:
        return None
    return sentence(text.replace("{reportedly}", "reportedly " if hedged else ""),
                    _first_answers(cited))


def _shortcomings(view: CriterionView, wording: CriterionWording, year: int | None,
                  book: Phrasebook) -> Sentence | None:
    """A partial finding's shortfalls, citing the passages that report them."""
    against = [item for item in view.evidence if not item.supports]
    if view.finding.status is not Status.PARTIAL or not against:
        return None
    return sentence((wording.shortfall or book.shortcomings).for_year(year),
                    _first_answers(against))


def _missing(view: CriterionView, wording: CriterionWording, year: int | None
             ) -> list[Sentence]:
    """What a partial finding lacks: each aspect of the criterion no credited passage shows."""
    if view.finding.status is not Status.PARTIAL:
        return []
    variables = dict(view.finding.variables)
    return [sentence(wording.missing[aspect].for_year(year))
            for aspect, _ in view.finding.criterion.aspects
            if aspect in wording.missing and variables.get(f"support_{aspect}", 0) <= 0]


def _planned(view: CriterionView, wording: CriterionWording, year: int | None,
             figures: list[tuple[FoundNumber, Cited]], book: Phrasebook) -> Sentence | None:
    """Planned figures in the report's words ('The government planned to open two shelters'),
    else the criterion's sentence on plans, citing the plans."""
    phrases = [(fill_figure(book.figures[number.what].planned.for_year(year), number.value,
                            number.unit), (cited,))
               for number, cited in _in_book_order(figures, book)
               if number.vetoed_by == ModifierName.PLANNED
               and book.figures[number.what].planned is not None]
    if phrases:
        return listed(f"{GOVERNMENT} planned to ",
                      [(text if index == 0 else f"to {text}", cited)
                       for index, (text, cited) in enumerate(_merged(phrases))], ".")
    plans = [item for item in view.not_counted if item.vetoed_by == ModifierName.PLANNED]
    if not plans or wording.planned is None:
        return None
    return sentence(wording.planned.for_year(year), _first_answers(plans))


def _others(view: CriterionView, wording: CriterionWording, year: int | None,
            figures: list[tuple[FoundNumber, Cited]], book: Phrasebook) -> Sentence | None:
    """'IOM and Casa Alianza Mexico, not the government, ran shelters that took in victims.'"""
    theirs = [item for item in view.not_counted
              if item.vetoed_by == ModifierName.NON_GOVERNMENT]
    if not theirs or wording.others is None:
        return None
    named: dict[str, Cited] = {}
    for item in theirs:
        actor = FALLBACK if _marked(item, MarkName.RESTRICTED) else \
            name_actor(item.quote, book.actors)
        named.setdefault(actor, item)
        if len(named) == _MOST_ACTORS:
            break
    text = wording.others.for_year(year).replace("{actor}", join_names(named))
    return sentence(text[:1].upper() + text[1:], tuple(named.values()))


def _first_answers(items: Iterable[Cited]) -> tuple[Cited, ...]:
    """The first passage of each answer, at most _MOST_CITED answers."""
    return _once_per_answer(items)[:_MOST_CITED]


def _once_per_answer(items: Iterable[Cited]) -> tuple[Cited, ...]:
    """A clause cites an answer once, at its first passage."""
    first: dict[str, Cited] = {}
    for item in items:
        first.setdefault(item.citation, item)
    return tuple(first.values())


def _presumed(view: CriterionView) -> bool:
    """Not met for want of figures (the data presumption), though some action counted."""
    return (view.finding.status is Status.NOT_MET
            and view.finding.criterion.presumption is not None
            and any(item.supports for item in view.evidence))


def _answers(items: Iterable[Cited]) -> list[str]:
    return [item.citation for item in items]


def _marked(item: Cited, name: str) -> bool:
    return any(mark == name for mark, _ in item.marks)


def _said(wording: Wording | None, year: int | None) -> str:
    return wording.for_year(year) if wording is not None else ""


def summary_sentences(views: Sequence[CriterionView], year: int | None, book: Phrasebook
                      ) -> tuple[Sentence, ...]:
    """The summary's efforts and shortfalls in prose, each item citing its first passage."""
    efforts, shortfalls = [], []
    for view in views:
        wording = book.criteria.get(view.finding.criterion.criterion_id)
        if wording is None or view.finding.criterion.weight <= 0:
            continue
        if view.finding.status in (Status.MET, Status.PARTIAL) and wording.effort:
            cited = [item for item in view.evidence if item.supports]
            efforts.append((wording.effort.for_year(year), _first_answers(cited)[:1]))
        elif _presumed(view):
            shortfalls.append((book.summary.presumed.for_year(year), ()))
        elif view.finding.status is Status.NOT_MET and wording.not_done:
            cited = [item for item in view.evidence if not item.supports] or list(
                view.not_counted)
            shortfalls.append((wording.not_done.for_year(year), _first_answers(cited)[:1]))
    found = [_around(book.summary.efforts, year, efforts),
             _around(book.summary.shortfalls, year, shortfalls)]
    if not efforts and not shortfalls:
        return (sentence(book.summary.nothing.for_year(year)),)
    return tuple(item for item in found if item is not None)


def _around(wording: Wording, year: int | None,
            items: list[tuple[str, tuple[Cited, ...]]]) -> Sentence | None:
    if not items:
        return None
    opening, _, closing = wording.for_year(year).partition("{items}")
    return listed(opening, list({text: (text, cited) for text, cited in reversed(items)}
                                .values())[::-1], closing)
