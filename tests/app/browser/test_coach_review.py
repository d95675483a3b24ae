"""Coach review and History in the browser, at desktop (1366x900) and phone (390x844) sizes:
an upload naming its speakers is mapped and reviewed, a turn is commented on by pressing its
Comment button from the keyboard and the comment edited; a coach's inbox and reviewed
status; a manager's "new feedback" in History. On each: nothing is wider than the screen,
and axe-core finds no serious or critical violations. Screenshots: test-artifacts/coach-*,
history-*."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from simulator.app.auth import Users
from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.scoring.scorer import score
from simulator.store.database import Store
from tests.app.browser.conftest import ARTIFACTS, TIMEOUT_MS

pytestmark = pytest.mark.slow

SIZES = [
    pytest.param({"width": 1366, "height": 900}, id="desktop"),
    pytest.param({"width": 390, "height": 844}, id="phone"),
]
NAMED = (
    "Alex: Thanks for making time, Sam. How are things going?\n"
    "Sam: Honestly, not great. The launch is eating my evenings.\n"
    "Alex: It sounds like you're stretched thin.\n"
    "Sam: Yes. And I haven't said anything because everyone is busy.\n"
    "Alex: What would help most this week?\n"
)


@pytest.fixture
def sized(new_page: Callable[..., Any]) -> Callable[..., Any]:
    """Pages of a given viewport, from the shared loopback-only page factory."""
    return lambda viewport: new_page(viewport=viewport)


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _fits(page: Any) -> None:
    """Nothing makes the page scroll sideways."""
    width, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width <= inner, f"page is {width}px wide on a {inner}px screen"


def _axe_clean(page: Any) -> None:
    """axe-core finds no serious or critical violation on the page as shown."""
    from axe_playwright_python.sync_playwright import Axe

    # Gradio fades updated blocks in; contrast measured mid-fade would be too low.
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=TIMEOUT_MS
    )
    found = Axe().run(page).response["violations"]
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in found
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, bad


def _tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def _login(page: Any, url: str, user: str) -> None:
    page.goto(url)
    page.locator('input[data-testid="textbox"]').fill(user)
    page.locator('input[type="password"]').fill("pw")
    page.get_by_role("button", name="Login").click()
    expect(page.locator("#rh-user")).to_contain_text(user)


def _store(path: Path) -> Store:
    s = Store(path)
    s.migrate()
    return s


@pytest.mark.parametrize("viewport", SIZES)
def test_named_speakers_mapped_and_reviewed(
    serve_app, sized, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """A transcript with "Alex:" and "Sam:" asks who the manager is, with a preview; once
    Alex is chosen it opens for review. Pressing a turn's Comment button with the keyboard
    picks that turn; the comment is saved, then edited in place."""
    size = "desktop" if viewport["width"] > 800 else "phone"
    store = _store(tmp_path / "data")
    upload = tmp_path / "one-on-one.txt"
    upload.write_text(NAMED)
    with serve_app(store=store, users=None) as url:
        page = sized(viewport)
        page.goto(url)
        _tab(page, "Coach review")
        _fits(page)
        page.locator("#upload input[type=file]").set_input_files(str(upload))
        expect(page.locator("#review-speakers")).to_be_visible()
        expect(page.locator("#review-speaker-preview")).to_contain_text("Thanks for making time")
        expect(page.locator("#review-message")).not_to_contain_text("--speaker")
        _fits(page)
        _axe_clean(page)
        _shot(page, f"coach-{size}-1-who-is-the-manager")
        page.get_by_label("Alex").check()
        page.locator("#review-map").click()
        expect(page.locator("#review-view")).to_be_visible()
        expect(page.locator("#review-transcript .rh-turn")).to_have_count(5)

        button = page.locator("#review-transcript button[data-act=turn][data-ref='2']")
        button.focus()
        page.keyboard.press("Enter")
        expect(page.locator("#review-turn input")).to_have_value(
            "#2 Manager: It sounds like you're stretched thin."
        )
        page.locator("#review-comment textarea").fill("Good reflection; name the feeling too.")
        page.locator("#add-comment").click()
        comment = page.locator("#review-transcript .rh-comment")
        expect(comment).to_contain_text("Good reflection")
        comment.get_by_role("button", name="Edit").click()
        expect(page.locator("#review-comment textarea")).to_have_value(
            "Good reflection; name the feeling too."
        )
        page.locator("#review-comment textarea").fill("Strong reflection of the overload.")
        page.locator("#save-edit").click()
        expect(comment).to_contain_text("Strong reflection of the overload. (edited)")
        expect(page.locator("#add-comment")).to_be_visible()
        _fits(page)
        _axe_clean(page)
        _shot(page, f"coach-{size}-2-review")
    [row] = store.sessions("local", source="upload")
    assert [t.speaker for t in row.transcript.turns][:2] == ["manager", "employee"]
    assert [c.text for c in store.comments(row.id, "local")] == [
        "Strong reflection of the overload."
    ]


def _alice_sessions(store: Store) -> list[str]:
    """Three practice sessions of alice's, two in the same minute, one shared with carol."""
    persona = catalog.get_persona("launch-engineer")
    t0 = datetime(2026, 12, 1, 9, 30, 5, tzinfo=UTC)
    lines = [
        "Did you finish the migration?",
        "It sounds like the launch is a lot right now.",
        "What would help most this week?",
    ]
    ids = []
    for i, when in enumerate([t0, t0 + timedelta(seconds=20), t0 + timedelta(days=1)]):
        turns = [Turn(speaker="employee", text="I'm fine.")]
        turns += [Turn(speaker="manager", text=line) for line in lines[: i + 1]]
        t = Transcript(id=f"practice-{i}", persona=persona.id, turns=turns)
        ids.append(
            store.save(
                t,
                score(t, catalog.get_rubric()),
                owner="alice",
                created_at=when,
                persona_name=persona.name,
            ).id
        )
    store.share(ids[-1], "alice", "carol")
    return ids


@pytest.mark.parametrize("viewport", SIZES)
def test_coach_inbox_and_new_feedback(
    serve_app, sized, tmp_path: Path, viewport: dict[str, int]
) -> None:
    """Carol's inbox lists alice's shared session "To review"; she opens it, comments and
    marks it reviewed. Alice's History then says "New feedback", with a trend line and a
    table that fits the screen; reopening the session shows the comment and the scores."""
    size = "desktop" if viewport["width"] > 800 else "phone"
    store = _store(tmp_path / "data")
    ids = _alice_sessions(store)
    users = Users.from_env("alice:pw,carol:pw:coach")
    with serve_app(store=store, users=users) as url:
        carol = sized(viewport)
        _login(carol, url, "carol")
        _tab(carol, "Coach review")
        inbox = carol.locator("#review-inbox")
        expect(inbox).to_contain_text("To review")
        _fits(carol)
        _axe_clean(carol)
        _shot(carol, f"coach-{size}-3-inbox")
        inbox.get_by_role("button", name="Open").click()
        expect(carol.locator("#review-view")).to_be_visible()
        carol.locator("#review-transcript button[data-act=turn]").last.click()
        expect(carol.locator("#review-saved")).to_contain_text("Commenting on turn")
        carol.locator("#review-comment textarea").fill("Lovely open question to close.")
        carol.locator("#add-comment").click()
        expect(carol.locator("#review-transcript .rh-comment")).to_contain_text("Lovely")
        carol.get_by_label("Reviewed: I have finished my feedback on this session").check()
        expect(inbox).to_contain_text("Reviewed")
        expect(inbox).not_to_contain_text("To review")
        _fits(carol)
        _axe_clean(carol)
        _shot(carol, f"coach-{size}-4-reviewed")

        alice = sized(viewport)
        _login(alice, url, "alice")
        _tab(alice, "History")
        expect(alice.locator("#history-feedback")).to_contain_text("New feedback")
        expect(alice.locator("#history-table")).to_contain_text("New (1)")
        expect(alice.locator("#history-chart svg.rh-progress")).to_contain_text("3-session average")
        # A phone gets the scores as a table; the chart's text would be too small to read.
        chart = alice.locator("#history-chart svg.rh-progress")
        table = alice.locator("#history-chart .rh-progress-table")
        expect(table if size == "phone" else chart).to_be_visible()
        expect(chart if size == "phone" else table).to_be_hidden()
        _fits(alice)
        _axe_clean(alice)
        _shot(alice, f"history-{size}-1-new-feedback")
        alice.locator("#history-pick input").click()
        alice.get_by_role("option").filter(has_text="new feedback").first.click()
        expect(alice.locator("#history-view")).to_contain_text("Lovely open question")
        expect(alice.locator("#history-summary .rh-criteria")).to_be_visible()
        expect(alice.locator("#history-feedback")).not_to_contain_text("New feedback")
        _fits(alice)
        _axe_clean(alice)
        _shot(alice, f"history-{size}-2-reopened")
    assert store.new_feedback("alice") == {}
    assert [e.reviewed for e in store.inbox("carol")] == [True]
    assert len(ids) == 3
