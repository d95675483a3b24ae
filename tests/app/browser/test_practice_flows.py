"""Practice flows in Chromium: nothing lost when leaving or reloading, "try that turn again",
and axe-core's accessibility check of the Practice tab before and after the debrief.

Screenshots go to test-artifacts/practice-<size>-*.png.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from simulator.store.database import Store
from tests.app.browser.test_practice_layout import SIZES, TURNS, _artifact, _name, _open, _say
from tests.app.browser.test_practice_layout import _serious as serious_violations

pytestmark = pytest.mark.slow


def _store(path: Path) -> Store:
    s = Store(path)
    s.migrate()
    return s


@pytest.mark.parametrize("viewport", SIZES)
def test_leaving_mid_conversation_asks_and_saves_it_unfinished(
    serve_app, new_page, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """The browser keeps no copy of the conversation, only its token; clicking another
    persona mid-conversation asks first and keeps the conversation;
    "Keep talking" goes on with it; saving starts the new persona and the left conversation
    is in the history, not ended; a reload before that restores the conversation."""
    store = _store(tmp_path)
    with serve_app(store=store, users=None) as url:
        page = _open(new_page, url, viewport)
        _say(page, TURNS[0])
        # The run is remembered by the event after the reply (with the hint); give it a moment.
        page.wait_for_timeout(800)
        # The browser keeps only the run's token: no copy of the conversation (Gradio's run
        # history would otherwise store every event's inputs and outputs in localStorage).
        stored = page.evaluate("Object.entries(localStorage)")
        assert [k for k, _ in stored if "run-history" in k] == []
        assert TURNS[0] not in " ".join(v for _, v in stored)
        page.reload()
        expect(page.locator("#rh-status")).to_contain_text("Restored your conversation")
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(1)
        page.locator('.pg-card[data-id="launch-engineer"]').click()
        dialog = page.locator("#rh-leave")
        expect(dialog).to_be_visible()
        expect(dialog).to_contain_text("1 turn into your conversation")
        page.screenshot(path=str(_artifact(f"practice-{_name(viewport)}-4-leave-asks")))
        page.locator("#leave-stay").click()
        expect(dialog).to_be_hidden()
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(1)
        page.locator("#restart").click()
        expect(dialog).to_be_visible()
        page.locator("#leave-save").click()
        expect(page.locator("#rh-status")).to_contain_text("unfinished conversation is in your")
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(0)
        rows = store.sessions("local")
        assert len(rows) == 1 and rows[0].manager_turns == 1
        outcome = rows[0].transcript.session_outcome()
        assert outcome is not None and not outcome.ended


def _pick_rewind_turn(page: Any, turn: int) -> None:
    """Choose "Turn N" in the debrief's rewind list.

    The debrief sets the choice to the last turn in updates that can land after it is shown:
    a pick made before the last of them is overwritten, and a click on the list can land
    while it re-renders ("element is not stable"). Both made this test fail about one run in
    three, so the pick is checked and made again until it holds (the app's late update is a
    known rough edge, not what this test is about)."""
    choice = page.locator("#rewind-turn input")
    expect(choice).to_have_value(re.compile(r"^Turn \d"))
    for _ in range(5):
        choice.click()
        choice.fill(f"Turn {turn}")
        page.keyboard.press("Enter")
        page.wait_for_timeout(300)
        if choice.input_value().startswith(f"Turn {turn}"):
            page.wait_for_timeout(300)
            if choice.input_value().startswith(f"Turn {turn}"):
                return
    expect(choice).to_have_value(re.compile(rf"^Turn {turn}\b"))


@pytest.mark.parametrize("viewport", SIZES)
def test_try_that_turn_again_makes_a_second_branch(
    serve_app, new_page, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """From the debrief, rewinding to turn 2 replays turn 1 exactly, takes a different turn
    2, and the branch's debrief shows both branches' trust, layers and score side by side;
    a lesson's "Try turn N again" button rewinds to its turn, and so does the button on each
    of the manager's turns in the annotated transcript."""
    with serve_app(store=_store(tmp_path), users=None) as url:
        page = _open(new_page, url, viewport)
        for text in TURNS:
            _say(page, text)
        first_reply = page.locator('#chat [data-testid="bot"]').nth(1).inner_text()
        page.locator("#end-session").click()
        expect(page.locator("#rh-debrief-top")).to_be_visible()
        _pick_rewind_turn(page, 2)
        page.locator("#rewind").click()
        expect(page.locator("#rh-status")).to_contain_text("Rewound to just before your turn 2")
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(1)
        assert page.locator('#chat [data-testid="bot"]').nth(1).inner_text() == first_reply
        expect(page.locator("#end-session")).to_be_enabled()
        _say(page, "What has been the hardest part of this for you?")
        page.locator("#end-session").click()
        compare = page.locator("#rh-debrief-top .rh-compare")
        expect(compare).to_be_visible()
        expect(compare).to_contain_text("First try")
        expect(compare).to_contain_text("This branch")
        page.wait_for_timeout(300)
        page.screenshot(path=str(_artifact(f"practice-{_name(viewport)}-5-branch")))
        # Each lesson offers the same, straight from the moment it is about.
        lesson = page.locator("#rh-debrief-top .rh-rewind-here").first
        turn = lesson.get_attribute("data-rewind")
        lesson.click()
        expect(page.locator("#rh-status")).to_contain_text(f"just before your turn {turn}")
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(int(turn or 1) - 1)
        # And from the annotated transcript: each of the manager's turns has its own button.
        _say(page, "What would help most this week?")
        page.locator("#end-session").click()
        expect(page.locator("#rh-debrief-top .rh-compare")).to_be_visible()
        buttons = page.locator("#rh-annotated [data-rewind]")
        expect(buttons).to_have_count(int(turn or 1))
        buttons.first.scroll_into_view_if_needed()
        page.screenshot(path=str(_artifact(f"practice-{_name(viewport)}-6-transcript-rewind")))
        buttons.first.click()
        expect(page.locator("#rh-status")).to_contain_text("just before your turn 1")
        expect(page.locator('#chat [data-testid="user"]')).to_have_count(0)
        expect(page.locator("#end-session")).to_be_enabled()


@pytest.mark.parametrize("viewport", SIZES)
def test_practice_tab_has_no_serious_accessibility_violations(
    serve_app, new_page, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """axe-core finds no serious or critical violations on the Practice tab, as it opens
    (hints on) and with the debrief showing; the hint and the countdown's milestones are
    polite live regions and the clock is not; the chat's scrolling list takes keyboard focus;
    End works from the keyboard and moves focus to the debrief."""
    with serve_app(store=_store(tmp_path), users=None) as url:
        page = _open(new_page, url, viewport)
        page.locator("#hints input").check()
        _say(page, TURNS[0])
        expect(page.locator("#rh-hint")).to_be_visible()
        # The chat's scrolling list is reachable from the keyboard, whether or not it
        # scrolls yet (axe flags it only once it does, which made this check flaky).
        expect(page.locator("#chat .bubble-wrap").first).to_have_attribute("tabindex", "0")
        before = serious_violations(page)
        # Announced politely: the hint, and the countdown's milestones only (not the clock).
        _say(page, TURNS[1])  # the region must survive its content being replaced
        expect(page.locator("#rh-hint")).to_contain_text("Heard")
        for region in ("#rh-hint", "#rh-milestone"):
            expect(page.locator(f'{region} [aria-live="polite"]')).to_have_count(1)
        assert page.locator("#rh-countdown [aria-live]").count() == 0
        # Keyboard: End is reachable and pressed with the keyboard; focus lands on the debrief.
        page.locator("#end-session").focus()
        page.keyboard.press("Enter")
        expect(page.locator("#rh-debrief-top")).to_be_visible()
        expect(page.locator("#rh-debrief-top")).to_be_focused()
        page.wait_for_timeout(800)  # let Gradio's "updating" fade finish before measuring
        after = serious_violations(page)
        assert not before, "\n".join(before)
        assert not after, "\n".join(after)
