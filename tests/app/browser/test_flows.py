"""What a person does in the browser: practise, review as a coach, and log in as themselves.

Each flow saves screenshots to test-artifacts/ (practice-*, coach-*, login-*).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from simulator.app.auth import Users
from simulator.content import catalog
from simulator.store.database import Store

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "transcripts"
TURNS = [
    "It sounds like coming back has been a lot harder than you're letting on.",
    "What has been the hardest part of these five weeks?",
    "You're carrying the numbers and the baby at the same time.",
    "What would help most this month?",
    "What's one next step we could agree by Friday?",
]


def _store(path: Path) -> Store:
    s = Store(path)
    s.migrate()
    return s


def _bots(page: Any) -> Any:
    return page.locator('#chat [data-testid="bot"]')


def _say(page: Any, text: str) -> None:
    """Type a turn, press Enter and wait for the employee's reply to render."""
    before = _bots(page).count()
    box = page.locator("#message textarea")
    box.fill(text)
    box.press("Enter")
    expect(_bots(page)).to_have_count(before + 1)
    expect(box).to_have_value("")


def _tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def _choose(page: Any, dropdown: str, text: str) -> None:
    """Pick the option containing ``text`` in a Gradio dropdown."""
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option").filter(has_text=text).first.click()


def _login(page: Any, url: str, user: str, password: str) -> None:
    page.goto(url)
    page.locator('input[data-testid="textbox"]').fill(user)
    page.locator('input[type="password"]').fill(password)
    page.get_by_role("button", name="Login").click()
    expect(page.locator("#rh-user")).to_contain_text(user)


def test_practice_flow(serve_app, new_page, shot, tmp_path: Path) -> None:
    """Pick a persona, hold five turns with hints and the timer on, end the session: the
    radar and annotated transcript render, the session appears in History, and deleting it
    asks for confirmation first."""
    persona = catalog.get_persona("quota-rep")
    store = _store(tmp_path)
    with serve_app(store=store, users=None) as url:
        page = new_page()
        page.goto(url)
        page.locator(f'.pg-card[data-id="{persona.id}"]').click()
        expect(page.locator("#rh-briefing")).to_contain_text(persona.name)
        expect(page.locator(f'.pg-card[data-id="{persona.id}"]')).to_have_attribute(
            "aria-checked", "true"
        )
        expect(_bots(page)).to_have_count(1)
        expect(_bots(page).first).to_contain_text(persona.opening_line[:30])

        page.locator("#timed input").check()
        expect(page.locator("#rh-countdown")).to_contain_text("left")
        page.locator("#hints input").check()
        expect(page.locator("#rh-hint")).to_be_visible()

        for text in TURNS:
            _say(page, text)
        expect(page.locator("#rh-hint")).to_contain_text("Heard")
        expect(page.locator("#chat")).to_contain_text(TURNS[-1])
        shot(page, "practice-1-conversation")

        page.locator("#end-session").click()
        results = page.locator("#rh-results")
        expect(results).to_be_visible()
        expect(page.locator("#rh-save-notice")).to_contain_text("Saved to your history")
        expect(page.locator("#rh-result-charts svg.rh-radar .rh-radar-shape")).to_be_visible()
        expect(page.locator("#rh-result-charts svg.rh-quadrant .rh-current")).to_be_visible()
        expect(page.locator("#rh-annotated .rh-turn")).to_have_count(11)
        expect(page.locator("#rh-annotated .rh-turn.rh-manager")).to_have_count(5)
        expect(page.locator("#rh-uncovered")).to_contain_text("layers disclosed")
        results.scroll_into_view_if_needed()
        shot(page, "practice-2-scorecard")

        _tab(page, "History")
        expect(page.locator("#history-table")).to_contain_text(persona.name)
        expect(page.locator("#history-chart svg.rh-progress circle").first).to_be_attached()
        _choose(page, "#history-pick", persona.name)
        expect(page.locator("#history-view")).to_be_visible()
        shot(page, "practice-3-history")

        page.locator("#delete").click()
        expect(page.locator("#confirm-delete")).to_be_visible()
        page.locator("#confirm-no").click()
        expect(page.locator("#confirm-delete")).to_be_hidden()
        assert len(store.sessions("local")) == 1
        page.locator("#delete").click()
        page.locator("#confirm-yes").click()
        expect(page.get_by_text("Session deleted.")).to_be_visible()
        expect(page.locator("#history-table")).not_to_contain_text(persona.name)
    assert store.sessions("local") == []


def test_coach_flow(serve_app, new_page, shot, tmp_path: Path) -> None:
    """Upload a broken file (told what and where), then a real transcript; comment on a
    turn, write a note, and export: both reports hold the comment."""
    store = _store(tmp_path)
    comment = "Good catch on the exhaustion: name the feeling back to her."
    note = "Warm and curious; close with a concrete next step."
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "id": "x",\n  "turns": [\n    {"speaker": "boss", "text": "hi"}\n  ]\n}\n')
    with serve_app(store=store, users=None) as url:
        page = new_page()
        page.goto(url)
        _tab(page, "Coach review")
        page.locator("#upload input[type=file]").set_input_files(str(bad))
        expect(page.locator("#review-message")).to_contain_text("broken.json:4")
        shot(page, "coach-1-upload-error")

        page.reload()
        _tab(page, "Coach review")
        page.locator("#upload input[type=file]").set_input_files(str(FIXTURES / "sample.txt"))
        expect(page.locator("#review-view")).to_be_visible()
        expect(page.locator("#review-transcript .rh-turn")).to_have_count(4)
        page.locator("#review-comment textarea").fill(comment)
        page.locator("#add-comment").click()
        expect(page.locator("#review-transcript .rh-comment")).to_contain_text(comment)
        page.locator("#review-note textarea").fill(note)
        page.locator("#save-note").click()
        expect(page.get_by_text("Note saved.")).to_be_visible()
        shot(page, "coach-2-review")

        for button, suffix in (("#review-dl-html", ".html"), ("#review-dl-md", ".md")):
            with page.expect_download() as download:
                page.locator(button).click()
            saved = Path(download.value.path())
            assert download.value.suggested_filename.endswith(suffix)
            text = saved.read_text(encoding="utf-8")
            assert comment in text and note in text
    row = store.sessions("local", source="upload")[0]
    assert [c.text for c in store.comments(row.id, "local")] == [comment, note]


def test_login_flow(serve_app, new_page, shot, tmp_path: Path) -> None:
    """Alice's session is hers: Bob sees an empty history; once Alice shares it with the
    coach Carol, Carol can open it for review."""
    store = _store(tmp_path)
    users = Users.from_env("alice:alice-pw,bob:bob-pw,carol:carol-pw:coach")
    with serve_app(store=store, users=users) as url:
        alice = new_page()
        alice.goto(url)
        expect(alice.get_by_role("button", name="Login")).to_be_visible()
        shot(alice, "login-1-sign-in")
        _login(alice, url, "alice", "alice-pw")
        alice.locator('.pg-card[data-id="new-hire"]').click()
        expect(alice.locator("#rh-briefing")).to_contain_text("Nadia")
        _say(alice, TURNS[0])
        _say(alice, TURNS[1])
        alice.locator("#end-session").click()
        expect(alice.locator("#rh-save-notice")).to_contain_text("Saved")
        _tab(alice, "History")
        expect(alice.locator("#history-table")).to_contain_text("Nadia")
        _choose(alice, "#history-pick", "Nadia")
        _choose(alice, "#history-share", "carol")
        alice.get_by_role("button", name="Save sharing").click()
        expect(alice.get_by_text("Shared with carol.")).to_be_visible()

        bob = new_page()
        _login(bob, url, "bob", "bob-pw")
        _tab(bob, "History")
        expect(bob.locator("#history-chart")).to_contain_text("No sessions yet")
        expect(bob.locator("#history-table")).not_to_contain_text("Nadia")
        _tab(bob, "Coach review")
        bob.locator("#review-pick input").click()
        expect(bob.get_by_role("option")).to_have_count(0)
        shot(bob, "login-2-other-user-sees-nothing")

        carol = new_page()
        _login(carol, url, "carol", "carol-pw")
        _tab(carol, "Coach review")
        _choose(carol, "#review-pick", "from alice")
        expect(carol.locator("#review-view")).to_be_visible()
        expect(carol.locator("#review-transcript")).to_contain_text(TURNS[0])
        shot(carol, "login-3-coach-sees-shared")
    assert [r.owner for r in store.sessions("alice")] == ["alice"]
    assert store.sessions("bob") == [] and store.sessions("carol") == []
