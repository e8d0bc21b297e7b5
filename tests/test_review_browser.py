"""The review loop in a real browser: the analyst accepts a passage, rejects one with a reason,
changes a status and adds a passage the rules missed; the page is reloaded and every decision
is still there; the decisions are exported and scored with eval; score marks them."""

from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect

from tests.browser_support import OUTPUT
from tests.support import SAMPLES
from tvpa_scorer import api
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.store import default_store
from tvpa_scorer.review.server import ReviewServer
from tvpa_scorer.review.session import ReviewSession

pytestmark = pytest.mark.browser

MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
REJECTION = "INM refers victims to DIF, which runs no shelter for trafficking victims"
STATUS_REASON = "state prosecutors convicted traffickers under state laws"
MISSED = "Casa Alianza Mexico runs a network of shelters dedicated to street children."


@pytest.fixture
def server():
    submissions, problems = api.read(MEXICO)
    assert (len(submissions), problems) == (1, [])
    serving = ReviewServer(ReviewSession(submissions[0], default_store(), None, None))
    thread = threading.Thread(target=serving.serve_forever, daemon=True)
    thread.start()
    yield serving
    serving.shutdown()
    serving.server_close()


def opened(browser, server, errors):
    """The review page, loaded; what the browser logs as an error goes into `errors` (a
    script the page's Content-Security-Policy blocks, a request that failed)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.goto(server.url)
    page.wait_for_selector("body[data-review=ready]")
    return page


# Select a stretch of a cable's text as a person would with the mouse, wherever the cable
# breaks its lines, and let go of the button.
_SELECT = r"""([cable, text]) => {
    const pre = document.querySelector(`article[id="cable-${cable}"] pre.cable`);
    const words = text.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const found = new RegExp(words.join("\\s+")).exec(pre.textContent);
    if (!found) throw new Error("no such text in the cable");
    const range = document.createRange();
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    const end = found.index + found[0].length;
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (seen <= found.index && found.index < seen + length) {
            range.setStart(node, found.index - seen);
        }
        if (seen < end && end <= seen + length) range.setEnd(node, end - seen);
        seen += length;
    }
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    pre.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
}"""


def select_in_cable(page, cable_id: str, text: str) -> None:
    page.evaluate(_SELECT, [cable_id, text])


def test_decisions_made_in_the_page_survive_a_reload_export_to_eval_and_mark_the_draft(
        browser, server, tmp_path):
    errors = []
    page = opened(browser, server, errors)
    accepted = page.locator("#criterion-national_plan ul.evidence li.counted").first
    accepted.locator("button.review-accept").click()
    expect(accepted.locator(".review-state")).to_have_text("analyst: accepted")

    rejected = page.locator("#criterion-shelters ul.evidence li.counted").first
    anchor = rejected.get_attribute("data-anchor")
    rejected.locator("input.review-reason").fill(REJECTION)
    rejected.locator("button.review-reject").click()
    page.wait_for_selector(f'li[data-anchor="{anchor}"] .review-state')

    status = page.locator("#criterion-prosecution .review-status")
    status.locator("select").select_option("partial")
    status.locator("input.review-reason").fill(STATUS_REASON)
    status.locator("button.review-change").click()
    page.wait_for_selector("#criterion-prosecution .review-status .review-state")

    select_in_cable(page, "08MEXICO722", MISSED)
    page.locator("#review-add select.review-criterion").select_option("victim_protection")
    page.locator("#review-add button.review-add-button").click()
    page.wait_for_selector("#review-add", state="hidden")

    page.reload()
    page.wait_for_selector("body[data-review=ready]")
    assert page.locator("#criterion-national_plan li.counted .review-state").first \
        .text_content() == "analyst: accepted"
    assert page.locator(f'li[data-anchor="{anchor}"] .review-state').text_content() == \
        f"analyst: rejected, reason {REJECTION}"
    assert page.locator(f'li[data-anchor="{anchor}"] .mark.m-analyst').text_content() == \
        f"analyst: rejected, reason {REJECTION}"
    assert page.locator("#criterion-prosecution p.analyst").text_content() == \
        f"analyst: partial (was not met), reason {STATUS_REASON}"
    assert page.locator("#criterion-prosecution h3 .status").text_content().startswith("partial")
    assert page.locator("#criterion-victim_protection ul.evidence li.counted",
                        has_text=MISSED).locator(".review-state").text_content() == \
        "analyst: added, supports"
    assert errors == []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "review.png"))
    page.close()

    label = tmp_path / "mexico-2008.yml"
    exported = CliRunner().invoke(main, ["review", "--export", str(label), *MEXICO])
    assert exported.exit_code == 0, exported.output
    evaluated = CliRunner().invoke(main, ["eval", "--format", "json", str(label)])
    assert evaluated.exit_code == 0, evaluated.output
    criteria = {item["criterion"] for item in json.loads(evaluated.stdout)["criteria"]}
    assert criteria == {"national_plan", "shelters", "prosecution", "victim_protection"}

    rescored = CliRunner().invoke(main, ["score", "--format", "md", *MEXICO])
    assert rescored.exit_code == 0, rescored.output
    assert f"*analyst: rejected, reason {REJECTION}*" in rescored.stdout
    assert f"**analyst: partial (was not met), reason {STATUS_REASON}**" in rescored.stdout
    assert "*analyst: accepted*" in rescored.stdout
    assert f'"{MISSED}"' in rescored.stdout


def test_a_script_in_a_cable_or_a_reason_shows_as_text_and_never_runs(browser, tmp_path):
    cable = tmp_path / "script.txt"
    cable.write_text("1. (U) The Ministry of Labor operates two shelters for trafficking "
                     "victims. <script>document.title = 'hacked'</script>\n")
    submissions, _ = api.read([str(cable)], "Mexico", 2009)
    serving = ReviewServer(ReviewSession(submissions[0], default_store(), None, None))
    threading.Thread(target=serving.serve_forever, daemon=True).start()
    reason = "<img src=x onerror=\"document.title='hacked'\">"
    try:
        errors = []
        page = opened(browser, serving, errors)
        item = page.locator("#criterion-shelters ul.evidence li.counted").first
        item.locator("input.review-reason").fill(reason)
        item.locator("button.review-reject").click()
        expect(item.locator(".review-state")).to_have_text(f"analyst: rejected, reason {reason}")
        page.reload()
        page.wait_for_selector("body[data-review=ready]")
        marked = page.locator("li .mark.m-analyst")
        assert marked.text_content() == f"analyst: rejected, reason {reason}"
        assert page.locator("main img, main script").count() == 0
        assert "<script>document.title = 'hacked'</script>" in \
            page.locator("#cables").text_content()
        assert "hacked" not in page.title()
        page.close()
    finally:
        serving.shutdown()
        serving.server_close()
