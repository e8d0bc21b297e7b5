"""Steps about whole drafts: the tier, the narrative and the report made from sample cables."""

from __future__ import annotations

import re

from pytest_bdd import parsers, then, when

from tvpa_scorer.assessment.history import load_history
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.cables import read_document
from tvpa_scorer.reports.drafting import draft, report_text
from tvpa_scorer.reports.gaps import GapKind
from tvpa_scorer.reports.model import build_report
from tvpa_scorer.rules.tier_law import Tier

_QUOTED_LINE = re.compile(r'^- (?:[+−]|[a-z ]+:) ".*"')


@when("a draft assessment is made", target_fixture="drafted")
def when_drafted(matcher, cables):
    return draft(read_document(cables), matcher, load_history())


@then(parsers.parse('the draft is of "{country}" for the {year:d} report under "{law}"'))
def then_draft_of(drafted, country, year, law):
    assert (drafted.assessment.country, drafted.assessment.report_year,
            drafted.decision.era.name) == (country, year, law)


@then("the draft finds significant efforts")
def then_significant(drafted):
    assert drafted.decision.efforts.significant, drafted.decision.efforts.why


@then(parsers.parse('the draft\'s tier is "{first}" or "{second}", after "{previous}" in the '
                    '{year:d} report'))
def then_tier_between(drafted, first, second, previous, year):
    decision = drafted.decision
    assert decision.recommended in (Tier(first), Tier(second)), decision.reasons
    assert (decision.previous, decision.previous_year) == (Tier(previous), year)


@then(parsers.parse("the draft recommends action on {names} first"))
def then_recommends_first(drafted, names):
    wanted = set(re.split(r",\s*|\s+and\s+", names))
    recommendations = drafted_narrative(drafted).recommendations
    first = {item.criterion_id for item in recommendations[:len(wanted) + 3]}
    assert wanted <= first, [item.criterion_id for item in recommendations]


@then(parsers.parse("the draft says it could not assess {names}"))
def then_not_assessed(drafted, names):
    wanted = tuple(sorted(re.split(r",\s*|\s+and\s+", names)))
    assert tuple(sorted(drafted.decision.confidence.not_assessed)) == wanted


@then(parsers.parse('the draft\'s Markdown opens with "{start}" and the 2001-2016 compliance '
                    'sentence'))
def then_markdown_opens(drafted, start):
    markdown = report_text(drafted, "md")
    heading = next(line for line in markdown.splitlines() if line.startswith("# "))
    assert heading.startswith(f"# {start}")
    assert "does not fully comply with the minimum standards for the elimination of " \
           "trafficking; however, it is making significant efforts to do so." in markdown


@then("every quoted passage of the draft's Markdown carries its citation")
def then_quotes_cited(drafted):
    lines = [line for line in report_text(drafted, "md").splitlines()
             if _QUOTED_LINE.match(line)]
    uncited = [line for line in lines if not re.search(r'" \[\d\d[A-Z_]+\d* [^\]]*\]', line)]
    assert lines and uncited == []


@then(parsers.parse('criterion "{criterion}" is "{status}" in the draft, for the law came later'))
def then_not_in_law(drafted, criterion, status):
    finding = next(item for item in drafted.assessment.findings
                   if item.criterion.criterion_id == criterion)
    assert (finding.status, finding.applicable) == (Status(status), False)


@then(parsers.parse('the draft\'s confidence is "{level}"'))
def then_draft_confidence(drafted, level):
    assert drafted.decision.confidence.level == level, drafted.decision.confidence


@then("the draft's gap review says the cable stops early")
def then_gap_truncated(drafted):
    texts = [gap.text for gaps in drafted.gaps.gaps.values() for gap in gaps
             if gap.kind is GapKind.NOT_ASSESSED]
    assert texts and all("stops early" in text for text in texts), texts


def drafted_narrative(drafted):
    return build_report(drafted.assessment, drafted.decision, drafted.gaps,
                        drafted.document).narrative
