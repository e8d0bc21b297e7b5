"""A hit's context -> its verdict: counted as it is, flipped, discounted, or vetoed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tvpa_scorer.evidence.context import Cue
from tvpa_scorer.rules.model import Direction, Effect, ModifierEffect
from tvpa_scorer.rules.names import MarkName, ModifierName

# Vetoes that come from the cable's structure and dates rather than from cue words.
STRUCTURAL_VETOES = (MarkName.CROSS_REFERENCE, MarkName.HISTORICAL)
# Vetoes saying a passage does not bear on the criterion at all (a cross-reference, history, a
# plan on road building): rejected for them, it leaves a finding not assessed.
IRRELEVANT = (*STRUCTURAL_VETOES, ModifierName.OFF_TOPIC, ModifierName.POSSIBLE)


@dataclass(frozen=True, slots=True)
class Verdict:
    effect: Effect
    weight: float
    modifiers: tuple[str, ...]
    vetoed_by: str | None


def judge(effect: Effect, weight: float, cues: Sequence[Cue], structural: Sequence[str]
          ) -> Verdict:
    """Apply the modifiers: structure first, then negation, vetoes, and discounts.

    Negation comes before the vetoes because "has no plans to open a shelter" is a shortfall,
    not a plan; but a veto that governs its whole sentence outlasts it ("the council set up in
    March has not yet met" is a plan). A credit ("funded by the ministry") lifts the veto it
    cancels.
    """
    names = tuple(dict.fromkeys([*(cue.modifier.modifier_id for cue in cues), *structural]))
    vetoed = next((name for name in structural if name in STRUCTURAL_VETOES), None)
    if vetoed:
        return Verdict(effect, 0.0, names, vetoed)
    cancelled = {cue.modifier.cancels for cue in cues
                 if cue.modifier.effect is ModifierEffect.CREDIT}
    active = [cue.modifier for cue in cues if cue.modifier.modifier_id not in cancelled]
    flip = next((modifier for modifier in active if modifier.effect is ModifierEffect.FLIP
                 and effect in modifier.applies_to), None)
    if flip is not None:
        if effect is Effect.SHORTFALL:
            return Verdict(effect, 0.0, names, flip.modifier_id)
        effect = Effect.SHORTFALL  # the other cues now qualify a non-event: no vetoes apply
        pending = next((cue.modifier for cue in cues if cue.direction is Direction.SENTENCE
                        and cue.modifier in active and cue.modifier.effect is ModifierEffect.VETO
                        and effect in cue.modifier.applies_to), None)
        if pending is not None:
            return Verdict(effect, 0.0, names, pending.modifier_id)
    else:
        # who acted is said first: an NGO's plan is the NGO's, before it is a plan
        for modifier in sorted(active, key=lambda modifier: not modifier.whole_sentence):
            if modifier.effect is ModifierEffect.VETO and effect in modifier.applies_to:
                return Verdict(effect, 0.0, names, modifier.modifier_id)
        # a clause naming no actor vetoes a rule that needs the government acting, but only
        # once every cue has had its say: "they expect to build shelters" is first a plan
        if MarkName.UNATTRIBUTED in structural and effect is Effect.SUPPORTS:
            return Verdict(effect, 0.0, names, MarkName.UNATTRIBUTED)
    for modifier in active:
        if modifier.effect is ModifierEffect.DISCOUNT and effect in modifier.applies_to:
            weight *= modifier.factor
    return Verdict(effect, weight, names, None)
