"""The HTML report in a real headless browser: Debian's Chromium, driven by Playwright."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.browser_support import OUTPUT
from tests.support import SAMPLES
from tvpa_scorer.cli import main

pytestmark = pytest.mark.browser

MEXICO = (str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt"))
# US Letter, Chromium's default paper, less the margins of the print stylesheet (14 and 13 mm)
PRINTED_WIDTH, PRINTED_HEIGHT = 718, 950
# Measured on the Mexico 2008 draft: 11 pages up to the findings table, 22 with the cables
# (48 before the print stylesheet); the bounds leave room for a longer narrative.
NARRATIVE_PAGES, ALL_PAGES = 14, 32


def _html_report(directory: Path, *arguments: str) -> Path:
    result = CliRunner().invoke(main, ["score", "--format", "html", "-o", str(directory),
                                       *arguments])
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


@pytest.fixture(scope="module")
def mexico(tmp_path_factory) -> Path:
    return _html_report(tmp_path_factory.mktemp("mexico"), "--no-store", *MEXICO)


def _pages(pdf: bytes) -> int:
    """The pages of a PDF Chromium wrote: one `/Type /Page` object each (the root is /Pages)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_the_mexico_draft_renders_with_its_findings_and_citations(browser, mexico):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico.as_uri())
    assert page.title().startswith("MEXICO (Tier 2")
    assert page.locator("h1").inner_text().startswith("MEXICO (Tier 2")
    rows = page.locator("table.findings tr")
    assert rows.count() == 1 + len(page.locator("article[id^=criterion-]").all())
    assert page.locator("table.findings a.cite").count() > 10
    named = page.locator("table.findings tbody td:first-child").all_inner_texts()
    assert "Shelter for trafficking victims" in named
    assert [name for name in named if re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", name)] == []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "mexico-2008.png"), full_page=False)
    page.close()


def test_a_citation_link_lands_on_its_highlighted_quote(browser, mexico):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico.as_uri())
    evidence = page.locator("#criterion-national_plan ul.evidence li").first
    quote = evidence.inner_text().split("“", 1)[1].split("”", 1)[0]
    link = evidence.locator("a.cite")
    anchor = link.get_attribute("href")
    link.click()
    page.wait_for_function(f"location.hash === '{anchor}'")
    target = page.locator(":target")
    assert target.get_attribute("id") == anchor[1:]
    highlighted = target.locator("xpath=..")
    assert highlighted.evaluate("node => node.tagName") == "MARK"
    shown = " ".join(highlighted.inner_text().split())
    assert shown.startswith(" ".join(quote.split()[:4])), (shown, quote)
    box, viewport = highlighted.bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"], box
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "citation-target.png"))
    page.close()


def test_a_cable_holding_a_script_shows_it_as_text(browser, tmp_path):
    cable = tmp_path / "script.txt"
    cable.write_text("1. (U) The Ministry of Labor operates two shelters for trafficking "
                     "victims. <script>document.title = 'hacked'; alert('x')</script>\n")
    report = _html_report(tmp_path / "out", "--year", "2009", str(cable))
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(report.as_uri())
    assert dialogs == []
    assert re.fullmatch(r"\[COUNTRY\] \((Tier [123].*|Insufficient evidence)\): draft assessment, "
                        r"2009", page.title())
    # the one script is the report's own, which opens a folded section a link points into
    assert page.locator("script").count() == 1
    assert "hacked" not in page.locator("script").inner_text()
    assert re.search(r"<script>document\.title = 'hacked'; alert\('x'\)</script>",
                     page.locator("#cables").inner_text())
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_page_fits_the_screen_and_every_section_is_reachable(browser, mexico, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(mexico.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    links = page.locator("nav a").all()
    assert len(links) >= 8
    for link in links:
        box = link.bounding_box()
        assert link.is_visible(), link.inner_text()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (link.inner_text(), box)
    # a wide table scrolls inside its own box; a cable's lines wrap
    scroller = page.locator("table.findings").locator("xpath=..")
    assert scroller.evaluate("node => getComputedStyle(node).overflowX") == "auto"
    assert scroller.evaluate("node => node.getBoundingClientRect().right") <= width
    for cable in page.locator("pre.cable").all():
        assert cable.evaluate("node => node.scrollWidth <= node.clientWidth")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"mexico-2008-{width}.png"))
    links[-1].click()
    page.wait_for_function("location.hash === '#cables'")
    assert 0 <= page.locator("#cables h2").bounding_box()["y"] < 900
    page.close()


def test_explanations_fold_and_the_evidence_and_cables_stay_open(browser, mexico):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico.as_uri())
    shelters = page.locator("#criterion-shelters")
    assert shelters.locator("li.counted").first.is_visible()
    folded = shelters.locator("details.not-counted")
    assert folded.get_attribute("open") is None
    hidden = folded.locator("li.not-counted")
    assert not hidden.first.is_visible()
    assert re.fullmatch(rf"Not counted: {hidden.count()} passages \(.+ \d+\)",
                        folded.locator("summary").inner_text())
    assert page.locator("#method details").get_attribute("open") is None
    cables = page.locator("details.cable")
    assert cables.count() == 2
    assert [cable.get_attribute("open") for cable in cables.all()] == ["", ""]
    page.close()


def test_a_citation_into_a_folded_cable_opens_it_and_lands_on_its_quote(browser, mexico):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(mexico.as_uri())
    page.evaluate("document.querySelectorAll('details.cable').forEach(d => d.open = false)")
    link = page.locator("#criterion-national_plan ul.evidence li a.cite").first
    anchor = link.get_attribute("href")
    quote = page.locator(f"mark:has(> [id='{anchor[1:]}'])")
    assert not quote.is_visible()
    link.click()
    page.wait_for_function(f"location.hash === '{anchor}'")
    assert quote.is_visible()
    assert 0 <= quote.bounding_box()["y"] < 900
    # where a browser does not open it on fragment navigation, the page's own script does
    page.evaluate("document.querySelectorAll('details.cable').forEach(d => d.open = false)")
    page.evaluate("window.scrollTo(0, 0)")
    page.evaluate("anchor => { history.replaceState(null, '', anchor); "
                  "window.dispatchEvent(new HashChangeEvent('hashchange')); }", anchor)
    assert quote.is_visible()
    assert 0 <= quote.bounding_box()["y"] < 900
    page.close()


def test_without_javascript_a_citation_still_lands_on_its_quote(browser, mexico):
    context = browser.new_context(java_script_enabled=False,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(mexico.as_uri())
    link = page.locator("#criterion-national_plan ul.evidence li a.cite").first
    anchor = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{anchor}")
    assert 0 <= page.locator(f"mark:has(> [id='{anchor[1:]}'])").bounding_box()["y"] < 900
    context.close()


def test_the_printed_draft_is_the_narrative_on_a_few_pages_then_the_cables(browser, mexico):
    page = browser.new_page()
    page.goto(mexico.as_uri())
    OUTPUT.mkdir(parents=True, exist_ok=True)
    printed = _pages(page.pdf(path=str(OUTPUT / "mexico-2008.pdf")))
    page.evaluate("document.querySelectorAll('details.cable').forEach(d => d.open = false)")
    assert _pages(page.pdf()) == printed  # a cable the reader folded still prints
    page.add_style_tag(content="#findings ~ * { display: none !important; }")
    narrative = _pages(page.pdf())
    assert narrative <= NARRATIVE_PAGES < printed <= ALL_PAGES, (narrative, printed)
    page.reload()
    page.emulate_media(media="print")
    page.set_viewport_size({"width": PRINTED_WIDTH, "height": PRINTED_HEIGHT})
    assert not page.locator("nav").is_visible()
    assert page.locator("h1").bounding_box()["y"] < PRINTED_HEIGHT / 2
    assert page.locator("h1").inner_text().startswith("MEXICO (Tier 2")
    assert page.locator("#cables").evaluate("node => getComputedStyle(node).breakBefore") \
        == "page"
    charts = page.locator("figure svg").all()
    assert charts
    for chart in charts:
        box = chart.bounding_box()
        assert box["width"] > 100 and box["height"] > 20, box
        assert box["x"] + box["width"] <= PRINTED_WIDTH, box
    page.screenshot(path=str(OUTPUT / "mexico-2008-print.png"))
    page.locator("figure").first.screenshot(path=str(OUTPUT / "mexico-2008-print-chart.png"))
    page.close()
