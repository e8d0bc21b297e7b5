"""Headless Chromium for the browser tests: Debian's package, driven by Playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path(os.environ.get("TVPA_CHROMIUM", "/usr/bin/chromium"))
# Screenshots are kept for people to look at after the run (build/ is not committed).
OUTPUT = Path(__file__).resolve().parent.parent / "build" / "test-output" / "browser"
# As root in a container Chromium needs --no-sandbox; the rest keep it off the network.
ARGUMENTS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium package "
                    "(.ci/run does), or point TVPA_CHROMIUM at a Chromium binary")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMENTS)
        yield launched
        launched.close()
