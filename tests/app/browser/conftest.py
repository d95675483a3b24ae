"""Browser fixtures: Debian's Chromium driven by Playwright, and the app on a free port.

``playwright install`` cannot download browsers here, so the system Chromium
(``/usr/bin/chromium``, from debian-packages.txt) is used. Screenshots go to
``test-artifacts/`` at the repository root (git-ignored) for people to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.support.servers import CHROMIUM, CHROMIUM_ARGS, serve_app

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "test-artifacts"
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 20_000
"""Generous: CI shares two cores with everything else; a slow step is not a failure."""


_serve = serve_app


@pytest.fixture
def serve_app() -> Callable[..., Any]:
    """``with serve_app(store=..., users=...) as url:`` runs the app for one test."""
    return _serve


# Module scope, not session: Playwright's sync API keeps an event loop running in the main
# thread while it is open, which breaks asyncio.run() in any test collected after it.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run scripts/system-deps.sh (make test)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def new_page(browser) -> Iterator[Callable[..., Any]]:
    """Pages in fresh contexts (separate cookies, so separate users). Every request must go
    to the loopback address: the app fetches nothing from the internet."""
    contexts: list[Any] = []
    outbound: list[str] = []

    def make(**kw: Any) -> Any:
        # A test may ask for another viewport (a phone); the desktop one otherwise.
        ctx = browser.new_context(**{"viewport": VIEWPORT, "accept_downloads": True, **kw})
        contexts.append(ctx)

        def watch(request: Any) -> None:
            host = urlparse(request.url).hostname or ""
            if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host not in (
                "127.0.0.1",
                "localhost",
            ):
                outbound.append(request.url)

        ctx.on("request", watch)
        page = ctx.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    assert not outbound, f"the page tried to reach the internet: {outbound}"


@pytest.fixture
def shot() -> Callable[[Any, str], Path]:
    """Save a full-page screenshot under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page: Any, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
