"""The Practice tab in Chromium at a desktop and a phone size: where the page opens, that
nothing overflows sideways, that End shows the debrief, that leaving mid-conversation asks
first, that a turn can be tried again, and that axe-core finds no serious violations.

Screenshots go to test-artifacts/practice-<size>-*.png.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from simulator.store.database import Store

pytestmark = pytest.mark.slow

SIZES = [
    pytest.param({"width": 1366, "height": 900}, id="desktop"),
    pytest.param({"width": 390, "height": 844}, id="phone"),
]
TURNS = [
    "It sounds like this has been a heavy few weeks.",
    "Did you finish the dashboard?",
    "What would help most this week?",
]


def _store(path: Path) -> Store:
    s = Store(path)
    s.migrate()
    return s


def _name(viewport: dict[str, int]) -> str:
    return "desktop" if viewport["width"] > 800 else "phone"


def _open(new_page: Any, url: str, viewport: dict[str, int]) -> Any:
    page = new_page()
    page.set_viewport_size(viewport)
    page.goto(url)
    expect(page.locator("#chat")).to_be_visible()
    expect(page.locator("#rh-briefing")).to_be_visible()
    return page


def _say(page: Any, text: str) -> None:
    bots = page.locator('#chat [data-testid="bot"]')
    before = bots.count()
    box = page.locator("#message textarea")
    box.fill(text)
    box.press("Enter")
    expect(bots).to_have_count(before + 1)
    expect(box).to_have_value("")


def _overflow(page: Any) -> int:
    """How far the page is wider than the screen (0: no sideways scrolling)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def _in_view(page: Any, selector: str) -> bool:
    return bool(
        page.evaluate(
            """(s) => { const r = document.querySelector(s).getBoundingClientRect();
            return r.top >= -2 && r.top < window.innerHeight; }""",
            selector,
        )
    )


def _serious(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("viewport", SIZES)
def test_practice_page_opens_at_the_top_in_order_and_fits(
    serve_app, new_page, shot, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """The page opens scrolled to the top (the message box does not grab focus); persona,
    briefing and chat come in that order on a phone; nothing is wider than the screen,
    before or after the debrief; End brings the debrief into view and is disabled after."""
    with serve_app(store=_store(tmp_path), users=None) as url:
        page = _open(new_page, url, viewport)
        page.wait_for_timeout(500)  # any late autofocus would have scrolled by now
        assert page.evaluate("window.scrollY") == 0
        assert page.evaluate("document.activeElement.tagName") != "TEXTAREA"
        tops = page.evaluate(
            """['#persona-gallery', '#rh-briefing', '#chat'].map(
                s => document.querySelector(s).getBoundingClientRect().top)"""
        )
        assert tops[0] < tops[1] and tops[0] < tops[2]
        if _name(viewport) == "phone":  # stacked: the briefing before the chat
            assert tops[1] < tops[2]
        assert _overflow(page) <= 0
        name = _name(viewport)
        shot(page, f"practice-{name}-1-open")
        for text in TURNS:
            _say(page, text)
        assert _overflow(page) <= 0
        page.locator("#end-session").click()
        summary = page.locator("#rh-debrief-top")
        expect(summary).to_be_visible()
        expect(summary).to_contain_text("Try next time")
        page.wait_for_timeout(300)
        assert _in_view(page, "#rh-debrief-top"), "End did not bring the debrief into view"
        expect(page.locator("#end-session")).to_be_disabled()
        assert _overflow(page) <= 0, f"{_overflow(page)} px too wide after the debrief"
        page.screenshot(path=str(_artifact(f"practice-{name}-2-debrief")))
        shot(page, f"practice-{name}-3-debrief-full")
        page.locator("#message textarea").scroll_into_view_if_needed()
        send = page.locator("#send").bounding_box()
        assert send is not None and send["x"] + send["width"] <= viewport["width"]


def _artifact(name: str) -> Path:
    from tests.app.browser.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"{name}.png"
