"""Downloads (reports and transcripts): only for who may see the session, and not for long."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from gradio_client import Client

from simulator.app._grants import FORGET_GRACE, DownloadGrants, Grant
from simulator.app.auth import Users
from simulator.app.context import AppContext
from simulator.store.database import Store
from tests.support.servers import serve_app

PASSWORDS = {"alice": "apw", "bob": "bpw", "carol": "cpw"}


class Clock:
    """A settable clock for the grants, so expiry needs no sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _grant(tmp_path: Path, made: float) -> Grant:
    folder = tmp_path / f"dl-{made}"
    folder.mkdir()
    (folder / "report.html").write_text("x")
    return Grant("s1", "alice", folder, made)


def test_expired_download_is_deleted_then_forgotten(tmp_path: Path) -> None:
    """A grant lives for the TTL; after it the file is deleted but the grant still answers
    (so the guard refuses it) until Gradio's own copy is surely swept."""
    clock = Clock()
    grants = DownloadGrants(ttl=60, clock=clock)
    grant = _grant(tmp_path, clock.now)
    grants.add("k", grant)
    assert grants.live(grant) and grant.folder.exists()
    clock.now += 61
    grants.sweep()
    assert not grants.live(grant) and not grant.folder.exists()
    assert grants.get("k") is grant
    clock.now += FORGET_GRACE
    grants.sweep()
    assert grants.get("k") is None


# -- through the server --------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, AppContext, Clock]]:
    store = Store(tmp_path_factory.mktemp("data"))
    store.migrate()
    clock = Clock()
    users = Users.from_env("alice:apw,bob:bpw,carol:cpw:coach")
    ctx = AppContext(store=store, users=users, grants=DownloadGrants(clock=clock))
    with serve_app(context=ctx) as url:
        yield url, ctx, clock


def _fetch(url: str, link: str, user: str | None) -> int:
    with httpx.Client(base_url=url, timeout=10) as http:
        if user is not None:
            login = {"username": user, "password": PASSWORDS[user]}
            assert http.post("/login", data=login).status_code == 200
        return http.get(link).status_code


def _alices_session(url: str) -> list[str]:
    """Alice practises and ends a session: the links of its four downloads."""
    c = Client(url, auth=("alice", "apw"), verbose=False, download_files=False, ssl_verify=False)
    c.predict("new-hire", api_name="/new_session")
    c.predict("What has been the hardest part?", api_name="/send")
    out: Any = c.predict(api_name="/end_session")
    return [button["value"]["url"] for button in out[7:11]]


@pytest.mark.parametrize(
    ("user", "status"),
    [
        pytest.param("alice", 200, id="owner"),
        pytest.param("bob", 404, id="another-user"),
        pytest.param("carol", 404, id="coach-not-shared"),
        pytest.param(None, 404, id="not-signed-in"),
    ],
)
def test_download_served_only_to_who_may_see_the_session(served, user, status: int) -> None:
    """Each of a session's downloads is served to its owner; to anyone else, signed in or
    not, the link answers 404 as if it did not exist."""
    url, _ctx, _clock = served
    for link in _alices_session(url):
        assert "/file=" in link
        assert _fetch(url, link, user) == status


def test_sharing_opens_the_link_and_unsharing_closes_it(served) -> None:
    """A coach may fetch a download of a session shared with them, and not once unshared."""
    url, ctx, _clock = served
    store = ctx.store
    links = _alices_session(url)
    session = store.sessions("alice")[-1].id
    store.share(session, "alice", "carol", shared=True)
    assert _fetch(url, links[2], "carol") == 200
    store.share(session, "alice", "carol", shared=False)
    assert _fetch(url, links[2], "carol") == 404


def test_download_expires(served) -> None:
    """After the download TTL even the owner gets 404, and the written files are gone."""
    url, ctx, clock = served
    links = _alices_session(url)
    grant = ctx.grants.get(Path(links[3].partition("/file=")[2]).parent.name)
    assert grant is not None and grant.folder.exists()
    assert _fetch(url, links[3], "alice") == 200
    clock.now += ctx.grants.ttl + 1  # downloads made later are fresh again
    assert _fetch(url, links[3], "alice") == 404
    assert not grant.folder.exists()
