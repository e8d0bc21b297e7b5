"""What the report's charts share: how a status is drawn, criteria's short titles, pillars.

A status is told by a letter and a shade whose lightness falls from met to not met, so it
reads in greyscale and in print as well as in colour; not assessed is hatched. The charts
are hand-laid SVG: a chart module computes every position, a Jinja partial draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvpa_scorer.assessment.score import Status


@dataclass(frozen=True, slots=True)
class StatusMark:
    """How a chart draws a status: a letter, the words for a text alternative, a CSS class."""

    status: Status
    letter: str
    words: str

    @property
    def css(self) -> str:
        return f"cell-{self.status.value}"


STATUS_MARKS = {
    Status.MET: StatusMark(Status.MET, "M", "met"),
    Status.PARTIAL: StatusMark(Status.PARTIAL, "P", "partial"),
    Status.NOT_MET: StatusMark(Status.NOT_MET, "N", "not met"),
    Status.NOT_ASSESSED: StatusMark(Status.NOT_ASSESSED, "?", "not assessed"),
}
PILLAR_HEADINGS = (("prosecution", "Prosecution"), ("protection", "Protection"),
                   ("prevention", "Prevention"), ("partnership", "Partnership"),
                   ("general", "Cross-cutting"))
# A matrix cell holds about 22 characters on a line; a criterion of a rule set of one's own
# has no short title here and is shortened from its title.
SHORT_TITLES = {
    "prosecution": "Prosecutions",
    "law_prohibition": "Anti-trafficking law",
    "penalties": "Penalties",
    "official_complicity": "Complicit officials",
    "international_cooperation": "Cooperation abroad",
    "victim_screening": "Victim identification",
    "victim_protection": "Victim protection",
    "shelters": "Shelters",
    "training": "Training officials",
    "prevention_awareness": "Awareness",
    "national_plan": "National plan",
    "interagency_commission": "Coordination body",
    "demand_reduction": "Demand reduction",
    "migration_monitoring": "Migration monitoring",
    "self_monitoring_data": "Self-monitoring",
    "partnerships": "Partnerships",
    "appreciable_progress": "Appreciable progress",
    "non_citizen_victims": "Non-citizen victims",
    "victim_numbers": "Number of victims",
    "state_trafficking": "No state trafficking",
}
_LINE = 22


def short_title(criterion_id: str, title: str) -> str:
    """The title a chart cell shows: the short one, else the title cut at a word."""
    if criterion_id in SHORT_TITLES:
        return SHORT_TITLES[criterion_id]
    if len(title) <= 2 * _LINE:
        return title
    return title[:2 * _LINE - 1].rsplit(" ", 1)[0] + "…"


def wrap(text: str, width: int = _LINE) -> tuple[str, ...]:
    """Words on lines of at most `width` characters (a longer word stands alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return tuple(lines)


def score_text(score: float | None) -> str:
    """A criterion's score as a cell shows it: two decimals, or a dash when it has none."""
    return "–" if score is None else f"{score:.2f}"


def marker_path(shape: str, x: float, y: float, size: float = 5) -> str:
    """The SVG path of a point's marker, so series differ in shape as well as colour:
    circle, square, triangle or diamond, centred on (x, y), `size` from centre to edge."""
    if shape == "circle":
        return (f"M{x - size:g},{y:g} a{size:g},{size:g} 0 1,0 {2 * size:g},0 "
                f"a{size:g},{size:g} 0 1,0 {-2 * size:g},0 Z")
    if shape == "square":
        return f"M{x - size:g},{y - size:g} h{2 * size:g} v{2 * size:g} h{-2 * size:g} Z"
    if shape == "triangle":
        return (f"M{x:g},{y - size - 1:g} L{x + size + 1:g},{y + size:g} "
                f"L{x - size - 1:g},{y + size:g} Z")
    if shape == "diamond":
        return (f"M{x:g},{y - size - 1:g} L{x + size + 1:g},{y:g} L{x:g},{y + size + 1:g} "
                f"L{x - size - 1:g},{y:g} Z")
    raise ValueError(f"no marker shape '{shape}'")
