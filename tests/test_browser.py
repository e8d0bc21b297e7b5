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


def _html_report(directory: Path, *arguments: str) -> Path:
    result = CliRunner().invoke(main, ["score", "--format", "html", "-o", str(directory),
                                       *arguments])
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


def test_the_mexico_draft_renders_with_its_findings_and_citations(browser, tmp_path):
    report = _html_report(tmp_path, str(SAMPLES / "08MEXICO722.txt"),
                          str(SAMPLES / "08MEXICO_LAGON_VISIT.txt"))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(report.as_uri())
    assert page.title().startswith("MEXICO (Tier 2")
    assert page.locator("h1").inner_text().startswith("MEXICO (Tier 2")
    rows = page.locator("table.findings tr")
    assert rows.count() == 1 + len(page.locator("article[id^=criterion-]").all())
    assert page.locator("table.findings a.cite").count() > 10
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "mexico-2008.png"), full_page=False)
    page.close()


def test_a_citation_link_lands_on_its_highlighted_quote(browser, tmp_path):
    report = _html_report(tmp_path, str(SAMPLES / "08MEXICO722.txt"),
                          str(SAMPLES / "08MEXICO_LAGON_VISIT.txt"))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(report.as_uri())
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
    assert page.locator("script").count() == 0
    assert re.search(r"<script>document\.title = 'hacked'; alert\('x'\)</script>",
                     page.locator("#cables").inner_text())
    page.close()
