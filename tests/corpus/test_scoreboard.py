import textwrap
from pathlib import Path

import pytest

from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.corpus.labels import ExpectedFinding, Label
from tvpa_scorer.corpus.scoreboard import (
    CriterionScore,
    Disagreement,
    Miss,
    Ratio,
    RuleScore,
    Spot,
    build_scoreboard,
    judge_label,
)
from tvpa_scorer.corpus.scoreboard_export import scoreboard_json, scoreboard_outline

CABLE = textwrap.dedent("""\
    The government does not have a national plan of action to address trafficking in persons.
    The interagency commission met four times in 2008.
    The government plans to adopt a national plan of action next year.
    The Ministry of Social Development operates two shelters for trafficking victims in the capital.
    """)
LABEL = "labels/ruritania.yml"
PLAN_ABSENT = ("The government does not have a national plan of action to address trafficking "
               "in persons.")
SHELTERS = ("The Ministry of Social Development operates two shelters for trafficking victims "
            "in the capital.")


def expected(criterion_id: str, status: Status, *evidence: str) -> ExpectedFinding:
    return ExpectedFinding(criterion_id, status, evidence, (), ())


@pytest.fixture(scope="module")
def board(rule_set, matcher):
    document = read_document([read_text(CABLE, rule_set.topics, "00TEST1")])
    label = Label(Path(LABEL), (), "Ruritania", 2009, (
        expected("national_plan", Status.NOT_MET, "does not have a national plan of action",
                 "plans to adopt a national plan of action", "a plan nobody wrote"),
        expected("interagency_commission", Status.PARTIAL),
        expected("shelters", Status.PARTIAL, "The interagency commission met four times"),
    ))
    assessment = assess(document, matcher, label.country, label.report_year)
    return build_scoreboard([judge_label(label, assessment, document)])


def spot(criterion_id: str, line: int | None, text: str) -> Spot:
    return Spot(LABEL, criterion_id, "00TEST1" if line else "", "00TEST1" if line else LABEL,
                line, text)


def test_each_criterion_gets_agreement_precision_and_recall(board):
    assert board.criteria == (
        CriterionScore("interagency_commission", Ratio(0, 1), Ratio(0, 0), Ratio(0, 0)),
        CriterionScore("national_plan", Ratio(1, 1), Ratio(1, 1), Ratio(1, 3)),
        CriterionScore("shelters", Ratio(1, 1), Ratio(0, 1), Ratio(0, 1)),
    )


def test_totals_add_up_the_criteria(board):
    assert (board.agreement, board.precision, board.recall) == (
        Ratio(2, 3), Ratio(1, 2), Ratio(1, 4))


def test_hits_of_a_criterion_labelled_by_status_alone_are_not_judged(board):
    # the interagency commission's sentence: its label lists no evidence quotes
    assert board.unjudged == 1


def test_a_status_that_disagrees_is_listed(board):
    assert board.disagreements == (
        Disagreement(LABEL, "interagency_commission", Status.PARTIAL, Status.MET),)


def test_each_rule_gets_true_and_false_positives_and_misses_with_lines(board):
    assert board.rules == (
        # the sentence that says there is no plan counts once, for one rule
        RuleScore("no-plan", (spot("national_plan", 1, PLAN_ABSENT),), (), ()),
        RuleScore("plan-adopted", (), (), (
            Miss(spot("national_plan", 3, "plans to adopt a national plan of action"),
                 "plan-adopted", "planned"),)),
        RuleScore("shelter-operating", (), (spot("shelters", 4, SHELTERS),), ()),
        RuleScore(None, (), (), (
            Miss(spot("national_plan", None, "a plan nobody wrote"), None, None),
            Miss(spot("shelters", 2, "The interagency commission met four times"), None, None))),
    )


def test_a_ratio_of_nothing_has_no_value():
    assert (Ratio(0, 0).value, Ratio(1, 4).value) == (None, 0.25)


def test_outline_says_why_each_quote_was_missed(board):
    lines = scoreboard_outline(board).splitlines()
    assert [line for line in lines if line.startswith("  missed")] == [
        '  missed  00TEST1:3  national_plan  "plans to adopt a national plan of action" '
        "(not counted: planned)",
        f'  missed  {LABEL}  national_plan  "a plan nobody wrote" '
        "(the quote is not in the cables: check the label)",
        '  missed  00TEST1:2  shelters  "The interagency commission met four times" '
        "(no rule fired)",
    ]
    assert lines[-1] == "agreement 2/3 (0.667), precision 1/2 (0.500), recall 1/4 (0.250)"


def test_outline_aligns_the_criteria_table(board):
    lines = scoreboard_outline(board).splitlines()
    assert lines[2:7] == [
        "criterion                     agreement     precision        recall",
        "interagency_commission        0/1    0%             -             -",
        "national_plan                 1/1  100%     1/1  100%     1/3   33%",
        "shelters                      1/1  100%     0/1    0%     0/1    0%",
        "total                         2/3   67%     1/2   50%     1/4   25%",
    ]


def test_json_gives_the_totals_and_the_bars(board):
    contract = scoreboard_json(board, {"recall": 0.8})
    assert (contract["totals"], contract["bars"]) == ({
        "agreement": {"part": 2, "whole": 3, "value": 0.6667},
        "precision": {"part": 1, "whole": 2, "value": 0.5},
        "recall": {"part": 1, "whole": 4, "value": 0.25},
        "rejections": {"part": 0, "whole": 0, "value": None},
        "figures": {"part": 0, "whole": 0, "value": None},
        "unjudged_hits": 1}, {"recall": 0.8})
