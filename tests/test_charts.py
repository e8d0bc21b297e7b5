"""The charts' models: where each mark stands, on what scale, and what they say in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES, assessment_with
from tvpa_scorer.assessment.effort import PillarScore
from tvpa_scorer.assessment.history import load_history
from tvpa_scorer.assessment.score import Status
from tvpa_scorer.cables import read_cable, read_document
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.store import AssessmentStore, StoredAssessment, default_store
from tvpa_scorer.kit.sources import read_source
from tvpa_scorer.reports.batch_page import batch_page
from tvpa_scorer.reports.charts import marker_path, short_title, wrap
from tvpa_scorer.reports.drafting import draft, report_text
from tvpa_scorer.reports.glance import glance
from tvpa_scorer.reports.heat_map import HeatEntry, HeatFinding, heat_map
from tvpa_scorer.reports.pillar_chart import pillar_chart
from tvpa_scorer.reports.tier_chart import TimelineYear, tier_chart
from tvpa_scorer.rules.tier_law import Tier

MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
SCRIPT = "<script>alert('x')</script>"


def _findings(rule_set, statuses, year=2008):
    assessment = assessment_with(rule_set, year, statuses, Status.PARTIAL)
    return [finding for finding in assessment.findings if finding.applicable]


def test_the_glance_has_a_column_per_pillar_and_a_cell_per_criterion(rule_set):
    matrix = glance(_findings(rule_set, {}), ())
    assert [(column.heading, len(column.cells)) for column in matrix.columns] == [
        ("Prosecution", 5), ("Protection", 4), ("Prevention", 6), ("Partnership", 1),
        ("Cross-cutting", 4)]
    assert (matrix.width, matrix.height) == (2 + 5 * 184 - 8 + 2, 2 + 42 + 6 * 62 - 8 + 2)


def test_glance_cells_stack_down_their_column_in_the_order_given(rule_set):
    findings = _findings(rule_set, {})
    matrix = glance(findings, ())
    prosecution = matrix.columns[0]
    expected = [finding.criterion.criterion_id for finding in findings
                if finding.criterion.pillar.value == "prosecution"]
    assert [cell.criterion_id for cell in prosecution.cells] == expected
    assert [(cell.x, cell.y) for cell in prosecution.cells] == [
        (2, 44), (2, 106), (2, 168), (2, 230), (2, 292)]
    assert [column.x for column in matrix.columns] == [2, 186, 370, 554, 738]


def test_a_glance_cell_tells_its_status_by_letter_words_and_score(rule_set):
    findings = _findings(rule_set, {"shelters": Status.NOT_MET, "penalties": Status.MET,
                                    "training": Status.NOT_ASSESSED})
    cells = {cell.criterion_id: cell for column in glance(findings, ()).columns
             for cell in column.cells}
    assert [(cells[name].mark.letter, cells[name].mark.words, cells[name].score)
            for name in ("shelters", "penalties", "training", "national_plan")] == [
        ("N", "not met", "0.00"), ("M", "met", "1.00"), ("?", "not assessed", "–"),
        ("P", "partial", "0.50")]
    assert cells["victim_screening"].label == ("Victim", "identification")
    assert cells["shelters"].title == "Shelter for trafficking victims"


def test_the_glance_says_in_words_how_many_criteria_have_each_status(rule_set):
    findings = _findings(rule_set, {"shelters": Status.NOT_MET, "penalties": Status.MET})
    assert glance(findings, ()).description == (
        "20 criteria by pillar: 1 met, 16 partial, 1 not met, 2 not assessed. "
        "Letters: M met, P partial, N not met, ? not assessed.")


def test_the_glance_heads_each_p_with_its_pillar_score(rule_set):
    scores = (PillarScore("prosecution", 2, 0.25, ()), PillarScore("protection", None, None, ()))
    matrix = glance(_findings(rule_set, {}), scores)
    assert [column.pillar_score for column in matrix.columns] == [2, None, None, None, None]


def test_no_finding_makes_no_glance():
    assert glance([], ()) is None


def test_a_criterion_without_a_short_title_is_cut_at_a_word():
    title = "Measures of an analyst's own devising against trafficking in remote provinces"
    assert short_title("own_measure", title) == "Measures of an analyst's own devising…"
    assert short_title("shelters", "Shelter for trafficking victims") == "Shelters"
    assert wrap("Measures of an analyst's own devising…", 20) == (
        "Measures of an", "analyst's own", "devising…")


def test_one_drafted_year_still_draws_a_point_per_pillar_with_its_caption():
    timeline = (TimelineYear(2007, Tier.WATCH_LIST, None),
                TimelineYear(2008, None, Tier.TWO,
                             (("prosecution", 0.25), ("protection", 0.5),
                              ("prevention", 0.25)), current=True))
    chart = pillar_chart(timeline)
    assert [(series.pillar, [(point.x, point.y, point.score) for point in series.points])
            for series in chart.series] == [
        ("prosecution", [(206, 146, 2)]), ("protection", [(214, 112, 3)]),
        ("prevention", [(222, 146, 2)])]
    assert [series.line for series in chart.series] == ["", "", ""]
    assert chart.scale == ((1, 180), (2, 146), (3, 112), (4, 78), (5, 44))
    assert chart.caption == ("Pillar scores of the 2008 draft on the 1-5 scale; there is no "
                             "earlier draft of this country on record to compare them with.")


def test_two_drafted_years_are_joined_year_by_year():
    timeline = (TimelineYear(2006, Tier.TWO, Tier.TWO, (("prosecution", 1.0),
                                                       ("protection", None))),
                TimelineYear(2007, Tier.TWO, None),
                TimelineYear(2008, None, Tier.TWO, (("prosecution", 0.0),
                                                    ("protection", 0.5)), current=True))
    chart = pillar_chart(timeline)
    assert chart.years == ((2006, 64 + 80), (2008, 64 + 80 + 140))
    assert chart.series[0].line == "M136,44 L276,180"
    assert [(row.year, row.scores, row.source) for row in chart.table] == [
        (2006, (5, None, None), "earlier draft"), (2008, (1, 3, None), "this draft")]
    assert [len(series.points) for series in chart.series] == [2, 1, 0]


def test_a_pillar_line_is_lifted_over_a_drafted_year_without_its_score():
    means = ((0.0,), (None,), (1.0,), (0.5,))
    timeline = tuple(TimelineYear(2005 + index, None, Tier.TWO, (("prosecution", mean),))
                     for index, (mean,) in enumerate(means))
    assert pillar_chart(timeline).series[0].line == "M101,180 M241,44 L311,112"


def test_no_drafted_pillar_score_makes_no_pillar_chart():
    assert pillar_chart((TimelineYear(2007, Tier.TWO, None),)) is None


def test_the_tier_chart_draws_drafts_as_diamonds_apart_from_published_circles():
    chart = tier_chart((TimelineYear(2006, Tier.TWO, None),
                        TimelineYear(2007, Tier.WATCH_LIST, Tier.THREE),
                        TimelineYear(2008, None, Tier.TWO, current=True)))
    assert [(point.x, point.y, point.series) for point in chart.points] == [
        (152, 80, "published"), (192, 116, "published"), (204, 152, "drafted"),
        (244, 80, "current")]
    assert chart.points[0].path == marker_path("circle", 152, 80, 6)
    assert chart.points[3].path == marker_path("diamond", 244, 80, 6)
    assert chart.published_line == "152,80 192,116"
    assert chart.drafted_line == "204,152 244,80"
    assert [entry.label for entry in chart.legend] == [
        "Published tier", "Earlier draft (store)", "This draft"]
    assert chart.rows == (("Tier 1", 44), ("Tier 2", 80), ("Tier 2 Watch List", 116),
                          ("Tier 3", 152))
    assert chart.description == ("2006: Tier 2 (published); 2007: Tier 2 Watch List "
                                 "(published); 2007: Tier 3 (earlier draft); 2008: Tier 2 "
                                 "(this draft).")


def test_a_tier_chart_without_a_tier_to_draw_is_none():
    assert tier_chart(()) is None
    assert tier_chart((TimelineYear(2008, None, Tier.INSUFFICIENT, current=True),)) is None


def test_a_marker_of_an_unknown_shape_is_refused():
    with pytest.raises(ValueError, match="no marker shape 'star'"):
        marker_path("star", 0, 0)


def _entry(country, year, statuses, tier=Tier.TWO):
    return HeatEntry(country, year, (f"{year % 100:02d}X1",), tier, tuple(
        HeatFinding(criterion, criterion.title(), pillar, weight, status, None)
        for criterion, pillar, weight, status in statuses))


def test_the_heat_map_groups_criteria_by_pillar_and_sorts_rows_by_country_and_year():
    statuses = [("shelters", "protection", 3, Status.MET),
                ("prosecution", "prosecution", 3, Status.NOT_MET),
                ("penalties", "prosecution", 2, Status.PARTIAL)]
    chart = heat_map([_entry("Peru", 2006, statuses), _entry("Chile", 2009, statuses[:2]),
                      _entry("Chile", 2008, statuses)])
    assert [(column.criterion_id, column.x) for column in chart.columns] == [
        ("prosecution", 320), ("penalties", 348), ("shelters", 382)]
    assert [(band.heading, band.x, band.width) for band in chart.bands] == [
        ("Prosec.", 320, 54), ("Pro.", 382, 26)]
    assert [(row.label, row.y) for row in chart.rows] == [
        ("Chile 2008", 160), ("Chile 2009", 188), ("Peru 2006", 216)]
    assert [cell.mark.letter if cell.mark else None for cell in chart.rows[1].cells] == [
        "N", None, "M"]
    assert chart.rows[1].cells[1].words == "Chile 2009, Penalties: does not apply"
    assert chart.rows[0].cells[0].words == "Chile 2008, Prosecutions: not met, score –"


def test_the_batch_page_shows_a_country_named_with_a_script_as_text():
    page = batch_page([_entry(SCRIPT, 2008, [("shelters", "protection", 3, Status.MET)])], 1,
                      ["findings.csv"])
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 2008" in page
    assert "<script" not in page


def test_the_report_shows_a_country_named_with_a_script_as_text_in_its_charts(matcher):
    document = read_document([read_cable(read_source(path), matcher.rule_set.topics)
                              for path in MEXICO])
    page = report_text(draft(document, matcher, load_history(), country=SCRIPT), "html")
    assert SCRIPT not in page
    assert ("<title id=\"glance-title\">The criteria of &lt;script&gt;alert(&#39;x&#39;)"
            "&lt;/script&gt; at a glance, 2008</title>") in page


def test_an_earlier_draft_in_the_store_puts_two_years_on_the_pillar_chart(tmp_path):
    with AssessmentStore(default_store()) as store:
        store.save(StoredAssessment(
            "Mexico", 2007, ("07MEXICO1",), "0000", Tier.WATCH_LIST, 0.3,
            (("prosecution", 0.5), ("protection", 0.25), ("prevention", 0.0)), (),
            "2026-01-01T00:00:00+00:00"))
    result = CliRunner().invoke(main, ["score", "--format", "html", "-o", str(tmp_path),
                                       *MEXICO])
    assert result.exit_code == 0, result.output
    page = Path(result.stdout.strip()).read_text()
    table = page.split("<caption>Pillar scores by report year</caption>", 1)[1]
    table = table.split("</table>", 1)[0]
    assert "<tr><td>2007</td><td>3</td><td>2</td><td>1</td><td>earlier draft</td></tr>" in table
    assert "<tr><td>2008</td>" in table
    assert "Pillar scores on the 1-5 scale in the drafts of 2007, 2008" in page
    for pillar in ("prosecution", "protection", "prevention"):  # a line joins the two years
        assert page.count(f'class="line-{pillar}"') == 1, pillar



def test_batch_writes_its_summary_page_beside_the_tables(tmp_path):
    result = CliRunner().invoke(main, ["-q", "batch", "--jobs", "1", "-o", str(tmp_path),
                                       str(SAMPLES / "08MEXICO722.txt"),
                                       str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "assessments.csv", "evidence.csv", "findings.csv", "summary.html"]
    assert result.stdout.rstrip().endswith(f"{tmp_path / 'assessments.csv'}, "
                                           f"{tmp_path / 'summary.html'}")
    page = (tmp_path / "summary.html").read_text()
    assert '<text x="4" y="178" class="heat-row">Mexico 2008</text>' in page
    assert page.count('class="cell-mark ') == 20 + 4  # a cell per criterion, and the key
