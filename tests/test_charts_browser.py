"""The charts in a real headless browser: drawn, linked, legible in print and in greyscale."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.browser_support import OUTPUT
from tests.support import SAMPLES
from tvpa_scorer.cli import main

pytestmark = pytest.mark.browser

MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
CHARTS = ("#glance figure.chart", "figure.pillar-chart", "figure.timeline")
# the relative luminance of a status box's fill, from the colour the browser computed
LUMINANCE = """node => {
  const [r, g, b] = getComputedStyle(node).fill.match(/[\\d.]+/g).map(Number)
    .map(value => value / 255).map(value => value <= 0.03928 ? value / 12.92
                                            : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""


@pytest.fixture(scope="module")
def mexico_report(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("mexico")
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "html", "-o",
                                       str(directory), *MEXICO])
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


@pytest.fixture(scope="module")
def batch_summary(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("batch")
    result = CliRunner().invoke(main, ["-q", "batch", "--jobs", "1", "-o", str(directory),
                                       str(SAMPLES)])
    assert result.exit_code == 0, result.output
    return directory / "summary.html"


def _size(page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not drawn"
    return box["width"], box["height"]


def _shoot(page, selector: str, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.locator(selector).first.screenshot(path=str(OUTPUT / name))


def test_the_mexico_draft_draws_its_three_charts(browser, mexico_report):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico_report.as_uri())
    for selector in CHARTS:
        width, height = _size(page, f"{selector} svg.chart-svg")
        assert width > 300 and height > 150, (selector, width, height)
    criteria = page.locator("article[id^=criterion-]").count()
    assert criteria == 20
    assert page.locator("#glance a.glance-cell").count() == criteria
    assert page.locator("#glance .visually-hidden tr").count() == 1 + criteria
    assert page.locator("figure.pillar-chart svg path:has(title)").count() == 3
    assert page.locator("figure.timeline svg path:has(title)").count() == 8  # 2001-2008
    assert page.locator("figure.pillar-chart figcaption").inner_text() == (
        "Pillar scores of the 2008 draft on the 1-5 scale; there is no earlier draft of this "
        "country on record to compare them with.")
    for selector in CHARTS:
        svg = page.locator(f"{selector} svg.chart-svg")
        assert svg.get_attribute("role") == "img"
        labelled = svg.get_attribute("aria-labelledby").split()
        assert [page.locator(f"#{name}").count() for name in labelled] == [1, 1]
    _shoot(page, "#glance", "glance.png")
    _shoot(page, "#tier .chart-row", "pillar-and-tier-charts.png")
    page.close()


def test_a_glance_cell_leads_to_its_criterion(browser, mexico_report):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico_report.as_uri())
    page.locator('#glance a.glance-cell[href="#criterion-shelters"]').click()
    page.wait_for_function("location.hash === '#criterion-shelters'")
    heading = page.locator("#criterion-shelters h3")
    assert heading.inner_text().startswith("Shelter for trafficking victims")
    page.close()


def test_the_status_shades_differ_in_greyscale(browser, mexico_report):
    page = browser.new_page()
    page.goto(mexico_report.as_uri())
    shades = [page.locator(f"#glance svg.chart-key rect.cell-{status}").evaluate(LUMINANCE)
              for status in ("met", "partial", "not_met")]
    assert shades == sorted(shades), shades  # lighter from met to not met
    assert min(later - earlier for earlier, later in pairwise(shades)) > 0.15, shades
    letters = page.locator("#glance svg.chart-key text.cell-letter").all_text_contents()
    assert letters == ["M", "P", "N", "?"]
    page.emulate_media(media="print")
    page.add_style_tag(content="html { filter: grayscale(1); }")
    _shoot(page, "#glance", "glance-greyscale.png")
    page.close()


def test_the_charts_are_drawn_in_print(browser, mexico_report, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico_report.as_uri())
    page.emulate_media(media="print")
    main_width = page.locator("main").bounding_box()["width"]
    for selector in CHARTS:
        svg = page.locator(f"{selector} svg.chart-svg")
        assert svg.is_visible(), selector
        box = svg.bounding_box()
        assert box["height"] > 100 and 0 < box["width"] <= main_width, (selector, box)
    _shoot(page, "#glance", "glance-print.png")
    pdf = tmp_path / "mexico-2008.pdf"
    page.pdf(path=str(pdf), format="Letter")
    assert pdf.read_bytes().startswith(b"%PDF")
    page.close()


def test_the_charts_fit_a_narrow_screen(browser, mexico_report):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(mexico_report.as_uri())
    for selector in CHARTS:
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (selector, box)
    _shoot(page, "#glance", "glance-390.png")
    page.close()


def test_the_batch_summary_draws_a_cell_per_country_year_and_criterion(browser,
                                                                      batch_summary):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(batch_summary.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # no sideways scroll
    width, height = _size(page, "svg.heat-map")
    assert width > 600 and height > 300, (width, height)
    rows = page.locator(".visually-hidden tr").count() - 1
    columns = page.locator(".visually-hidden tr").first.locator("th").count() - 2
    assert (rows, columns) == (7, 20)  # the samples' country-years; every criterion
    cells = page.locator("svg.heat-map rect.cell-mark, svg.heat-map rect.cell-none").count()
    assert cells == rows * columns
    assert page.locator("svg.heat-map text.heat-row").all_text_contents()[:4] == [
        "Cambodia 2010", "Tier 2 Watch List", "Indonesia 2009", "Tier 2"]
    assert page.locator("a[href='assessments.csv']").count() == 1
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "batch-summary.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.locator("svg.heat-map").is_visible()
    assert _size(page, "svg.heat-map")[0] > 600
    page.screenshot(path=str(OUTPUT / "batch-summary-print.png"), full_page=True)
    page.close()
