"""Evidence -> one Finding per criterion: status, score, evidence that counted and what did not.

The status conditions and the score formula come from the rule files; this module supplies
their variables and applies what the statute fixes: a criterion outside the report year's
law is not assessed, and the data presumption of 7106(b)(1)/(b)(7) makes a government that
gives no enforcement figures "not vigorous".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from enum import Enum

from tvpa_scorer.evidence.hits import Evidence, EvidenceHit, FoundNumber, Place
from tvpa_scorer.evidence.judge import IRRELEVANT
from tvpa_scorer.rules.model import Criterion, Effect, RuleSet
from tvpa_scorer.rules.names import MarkName, ModifierName

# The vetoes that say most about a passage: another actor did it, or it is only planned.
_TELLING = (ModifierName.NON_GOVERNMENT, ModifierName.PLANNED)


class Status(Enum):
    MET = "met"                    # concrete, credited action answering the criterion
    PARTIAL = "partial"            # some credited action, with shortfalls or only in part
    NOT_MET = "not_met"            # the cable speaks to it but shows no credited action
    NOT_ASSESSED = "not_assessed"  # nothing in the text bears on it


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one evidence rule added to a finding's support or shortfall."""

    rule_id: str
    effect: Effect
    value: float


@dataclass(frozen=True, slots=True)
class Finding:
    criterion: Criterion
    applicable: bool
    status: Status
    score: float | None
    variables: tuple[tuple[str, float], ...]
    evidence: tuple[EvidenceHit, ...]
    rejected: tuple[EvidenceHit, ...]
    numbers: tuple[FoundNumber, ...]
    contributions: tuple[Contribution, ...]
    gaps: tuple[str, ...]
    reason: str
    # sentences naming the criterion's core concepts that no rule judged: for a reviewer to
    # read, never counted
    unjudged: tuple[Place, ...] = ()


def score_criterion(criterion: Criterion, rule_set: RuleSet, evidence: Evidence,
                    report_year: int | None) -> Finding:
    """Weigh the criterion's evidence and decide its status by the rule file's conditions."""
    rule_ids = set(criterion.evidence)
    hits = _without_echoes([hit for hit in evidence.hits if hit.rule_id in rule_ids], rule_set)
    counted = [hit for hit in hits if hit.vetoed_by is None]
    vetoed = [hit for hit in hits if hit.vetoed_by is not None]
    told_of = {hit.place for hit in vetoed if hit.vetoed_by in _TELLING}
    credited = [hit for hit in once_per_sentence(counted) if not _said_better(hit, told_of)]
    # a sentence that counted is not listed again among what did not
    sentences = {_sentence(hit): hit for hit in credited}
    rejected = _rejected_once([hit for hit in vetoed if _sentence(hit) not in sentences])
    rejected += [hit for hit in evidence.pointers.get(criterion.criterion_id, ())
                 if _sentence(hit) not in sentences]
    numbers = [number for number in evidence.numbers
               if criterion.criterion_id in number.criteria]
    aspects = {rule_id: rule_set.rules[rule_id].aspect for rule_id in rule_ids}
    contributions = _contributions(credited, aspects)
    # a sentence counts once, yet shows every aspect its hits in that direction show ("opened
    # a shelter that housed 40 victims": operating and used)
    shown = _contributions([hit for hit in counted
                            if _shows(sentences.get(_sentence(hit)), hit)], aspects)
    variables = _variables(criterion, rule_set, contributions, shown, rejected, numbers,
                           evidence.mentions.get(criterion.criterion_id, 0))
    applicable = criterion.applies_in(report_year)
    status = _status(criterion, variables) if applicable else Status.NOT_ASSESSED
    presumed = applicable and _presumption_applies(criterion, variables, status, report_year)
    if presumed:
        status = Status.NOT_MET
    score = None if status is Status.NOT_ASSESSED else round(
        min(1.0, max(0.0, float(criterion.status.score.evaluate(variables)))), 3)
    return Finding(
        criterion=criterion, applicable=applicable, status=status, score=score,
        variables=tuple(sorted(variables.items())),
        evidence=tuple(sorted(credited, key=_order)),
        rejected=tuple(sorted(rejected, key=_order)),
        numbers=tuple(sorted(numbers, key=lambda number: (number.place.cable, number.start))),
        contributions=tuple(contributions),
        gaps=_gaps(criterion, status, variables, credited, rejected, presumed, applicable,
                   report_year),
        reason=_reason(status, variables, rejected, presumed, applicable, report_year, criterion),
        unjudged=evidence.unjudged.get(criterion.criterion_id, ()),
    )


def _without_echoes(hits: list[EvidenceHit], rule_set: RuleSet) -> list[EvidenceHit]:
    """A rule kept only to show why nothing counted speaks for a sentence no other rule of the
    criterion found as support: beside an absence it says whose work, or which next step,
    the sentence is about ("no coordinating body exists; the monthly meeting is chaired by
    UNHCR")."""
    found = {_sentence(hit) for hit in hits if hit.effect is Effect.SUPPORTS
             and not rule_set.rules[hit.rule_id].kept_when_vetoed_by}
    return [hit for hit in hits if not rule_set.rules[hit.rule_id].kept_when_vetoed_by
            or _sentence(hit) not in found]


def _said_better(credited: EvidenceHit, told_of: set[Place]) -> bool:
    """Whether another actor's work or a next step beside an absence (a hit vetoed for it in
    one of the places `told_of`) says more of the sentence than the absence does ("no shelter
    of its own; IOM runs the only one", "no plan yet, but a drafting committee has met"): the
    sentence is then listed once, for why it did not count."""
    return credited.effect is Effect.SHORTFALL and credited.place in told_of


def _shows(credited: EvidenceHit | None, hit: EvidenceHit) -> bool:
    """Whether a hit shows its aspect: its sentence counted, in the hit's direction, and no
    shortfall in its clause qualifies it."""
    return (credited is not None and hit.effect is credited.effect
            and MarkName.QUALIFIED not in credited.modifiers)


def _rejected_once(vetoed: list[EvidenceHit]) -> list[EvidenceHit]:
    """A sentence rejected by several rules is listed once: for who acted or what is only
    planned when a rule says so, since that is what a reviewer needs to know, else for the
    reason most rules give."""
    by_sentence: dict[tuple[str, int], list[EvidenceHit]] = defaultdict(list)
    for hit in vetoed:
        by_sentence[_sentence(hit)].append(hit)
    kept = []
    for hits in by_sentence.values():
        reasons = Counter(hit.vetoed_by for hit in hits)
        kept.append(max(hits, key=lambda hit: (hit.vetoed_by in _TELLING,
                                               hit.vetoed_by != MarkName.UNATTRIBUTED,
                                               reasons[hit.vetoed_by])))
    return kept


def once_per_sentence(credited: list[EvidenceHit]) -> list[EvidenceHit]:
    """A sentence counts once in each direction, at its strongest hit there; and where its
    readings disagree, once in all. Clauses that disagree leave the last asserted one ("Although
    the offices list protection among their functions, none has any accommodation" is a
    shortfall). In one clause, a negated reading, or a shortfall whose words hold the
    support's ("little cooperation with neighbouring governments"), beats the plain reading,
    which missed what the shortfall saw; two facts of one clause ("a fine, or up to ten years
    in prison") count as one support the other qualifies."""
    by_sentence: dict[tuple[str, int], list[EvidenceHit]] = defaultdict(list)
    for hit in sorted(credited, key=_order):
        by_sentence[_sentence(hit)].append(hit)
    kept, chosen = [], set()
    for found in by_sentence.values():
        strongest = {}
        # of equally strong hits, one whose rule this answer has not yet credited: a rule
        # counts once per answer, so two sentences read by the same two rules stay two facts
        for hit in sorted(found, key=lambda hit: (-hit.weight,
                                                  (hit.rule_id, hit.answer) in chosen)):
            strongest.setdefault(hit.effect, hit)
        if len(strongest) == 2:
            support, shortfall = strongest[Effect.SUPPORTS], strongest[Effect.SHORTFALL]
            if (support.asserted, support.clause) != (shortfall.asserted, shortfall.clause):
                strongest = {None: max(support, shortfall,
                                       key=lambda hit: (hit.asserted, hit.clause))}
            elif (ModifierName.NEGATED in shortfall.modifiers
                  or support.matched in shortfall.matched):
                # the reading that flipped the support saw a negation the plain one did not
                strongest = {None: shortfall}
            else:
                # "a fine, up to ten years in prison, or both": the sentence counts once, as
                # support, yet proves none of the criterion's aspects
                qualified = (*support.modifiers, MarkName.QUALIFIED)
                strongest = {None: replace(support, modifiers=qualified)}
        kept += strongest.values()
        chosen |= {(hit.rule_id, hit.answer) for hit in strongest.values()}
    return kept


def _sentence(hit: EvidenceHit) -> tuple[str, int]:
    """The sentence a hit stands in: its cable and where the sentence starts."""
    return hit.place.cable, hit.place.start


def _order(hit: EvidenceHit) -> tuple:
    return hit.place.cable, hit.place.start, hit.rule_id


def _contributions(credited: list[EvidenceHit], aspects: dict[str, str | None]
                   ) -> list[Contribution]:
    """Each rule counts once per answer, at its strongest hit there, so a fact restated
    sentence after sentence or a list of like items counts once; and a sentence is one fact
    for each aspect it shows, however many rules find it."""
    per_rule: dict[tuple[str, Effect, tuple[str, int]], EvidenceHit] = {}
    for hit in credited:
        key = (hit.rule_id, hit.effect, hit.answer)
        if key not in per_rule or hit.weight > per_rule[key].weight:
            per_rule[key] = hit
    per_sentence: dict[tuple[str, int, Effect, str | None], EvidenceHit] = {}
    for hit in per_rule.values():
        # aspects tell supports apart; a sentence is one shortfall whatever it negates
        aspect = (aspects.get(hit.rule_id) if hit.effect is Effect.SUPPORTS
                  and MarkName.QUALIFIED not in hit.modifiers else None)
        key = (hit.place.cable, hit.place.start, hit.effect, aspect)
        if key not in per_sentence or hit.weight > per_sentence[key].weight:
            per_sentence[key] = hit
    totals: dict[tuple[str, Effect], float] = defaultdict(float)
    for hit in per_sentence.values():
        totals[(hit.rule_id, hit.effect)] += hit.weight
    return [Contribution(rule_id, effect, round(value, 3))
            for (rule_id, effect), value in sorted(totals.items(), key=lambda item: item[0][0])]


def _variables(criterion: Criterion, rule_set: RuleSet, contributions: list[Contribution],
               shown: list[Contribution], rejected: list[EvidenceHit],
               numbers: list[FoundNumber], mentions: int) -> dict[str, float]:
    support = sum(item.value for item in contributions if item.effect is Effect.SUPPORTS)
    shortfall = sum(item.value for item in contributions if item.effect is Effect.SHORTFALL)
    per_aspect: dict[str, float] = defaultdict(float)
    for item in shown:
        aspect = rule_set.rules[item.rule_id].aspect
        if aspect and item.effect is Effect.SUPPORTS:
            per_aspect[aspect] += item.value
    figures = criterion.presumption.figures if criterion.presumption else ()
    variables = {
        "support": round(support, 3), "shortfall": round(shortfall, 3),
        # a passage from before the reporting period, one that only points elsewhere, or one
        # about something else says nothing of this criterion in this period: listed for the
        # reviewer, yet no ground for a status
        "rejected": float(sum(1 for hit in rejected if hit.vetoed_by not in IRRELEVANT
                              and not _only_explains(hit, rule_set))),
        "mentions": float(mentions),
        "aspects": float(sum(1 for name, _ in criterion.aspects if per_aspect[name] > 0)),
        "aspects_total": float(len(criterion.aspects)),
        "figures": float(sum(1 for number in numbers
                             if number.what in figures and number.vetoed_by is None)),
    }
    variables.update({f"support_{name}": round(per_aspect[name], 3)
                      for name, _ in criterion.aspects})
    return variables


def _only_explains(hit: EvidenceHit, rule_set: RuleSet) -> bool:
    """A hit of a rule kept only to show why nothing counted ("a shelter IOM runs", "a plan
    still in draft") names the subject without any act of the government's: it is listed for
    the reviewer and leaves the status where the rest of the evidence puts it."""
    rule = rule_set.rules.get(hit.rule_id)
    return rule is not None and bool(rule.kept_when_vetoed_by)


def _status(criterion: Criterion, variables: dict[str, float]) -> Status:
    rules = criterion.status
    for status, condition in ((Status.MET, rules.met), (Status.PARTIAL, rules.partial),
                              (Status.NOT_MET, rules.not_met)):
        if condition.evaluate(variables):
            return status
    return Status.NOT_ASSESSED


def _presumption_applies(criterion: Criterion, variables: dict[str, float], status: Status,
                         report_year: int | None) -> bool:
    presumption = criterion.presumption
    if presumption is None or status is Status.NOT_ASSESSED or variables["figures"] > 0:
        return False
    return report_year is None or report_year >= presumption.from_year


def _gaps(criterion: Criterion, status: Status, variables: dict[str, float],
          credited: list[EvidenceHit], rejected: list[EvidenceHit], presumed: bool,
          applicable: bool, report_year: int | None) -> tuple[str, ...]:
    if not applicable:
        return ()
    gaps = []
    if status is not Status.MET:
        gaps.append(criterion.gap)
    gaps += [gap for name, gap in criterion.aspects if variables[f"support_{name}"] <= 0
             and status is not Status.NOT_ASSESSED]
    if presumed:
        gaps.append(criterion.presumption.reason)
    pointers = [hit for hit in rejected if hit.vetoed_by == MarkName.CROSS_REFERENCE
                and hit.rule_id == "cross-reference"]
    for pointer in pointers:
        gaps.append(f"{pointer.place.citation} answers only with a cross-reference "
                    f"(\"{pointer.matched}\"): ask post for a direct answer.")
    supports = [hit for hit in credited if hit.effect is Effect.SUPPORTS]
    if supports and all(ModifierName.HEDGED in hit.modifiers for hit in supports):
        gaps.append("All supporting evidence is hedged (reportedly, officials say): "
                    "seek confirmation.")
    return tuple(dict.fromkeys(gaps))


def _reason(status: Status, variables: dict[str, float], rejected: list[EvidenceHit],
            presumed: bool, applicable: bool, report_year: int | None,
            criterion: Criterion) -> str:
    """Why the status is what it is, in a clause that follows the status."""
    if not applicable:
        return (f"the {report_year} report predates this criterion "
                f"(it applies from the {criterion.from_year} report)")
    if status is Status.NOT_ASSESSED:
        return "nothing in the cables bears on this criterion"
    vetoes = Counter(hit.vetoed_by for hit in rejected)
    vetoed = ", ".join(f"{count} {name}" for name, count in sorted(vetoes.items()))
    text = f"support {variables['support']:g}, shortfall {variables['shortfall']:g}"
    if vetoed:
        text += f"; not counted: {vetoed}"
    if presumed:
        text += "; no enforcement figures, so the data presumption applies"
    return text
