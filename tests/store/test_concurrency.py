"""Twenty people practising at once through the app, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from gradio_client import Client

from simulator.store.database import Store
from tests.support.servers import serve_app

pytestmark = pytest.mark.slow

SESSIONS = 20
TURNS = ("It sounds like this has been a heavy couple of weeks, {tag}.", "What helps most, {tag}?")


def _client(url: str) -> Client:
    # ssl_verify=False only stops httpx loading the CA bundle per request on plain HTTP.
    return Client(url, verbose=False, download_files=False, ssl_verify=False)


def test_twenty_simultaneous_sessions_all_land_apart(tmp_path: Path, store_url: str) -> None:
    """20 clients practise at once: every session is stored, once, on either backend, and
    each stored transcript holds only its own client's words."""
    store = Store(tmp_path, url=store_url)
    store.migrate()
    errors: list[str] = []
    start = threading.Barrier(SESSIONS)

    def run(i: int, c: Client) -> None:
        try:
            start.wait(timeout=60)
            c.predict("launch-engineer", api_name="/new_session")
            for text in TURNS:
                c.predict(text.format(tag=f"client-{i:02d}"), api_name="/send")
            out = c.predict(api_name="/end_session")
            assert "Saved to your history" in out[1], out[1]
        except Exception as exc:  # collected: an assert in a thread would be lost
            errors.append(f"session {i}: {exc!r}")

    try:
        with serve_app(store=store, users=None) as url:
            clients = [_client(url) for _ in range(SESSIONS)]
            threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=180)
        assert not errors, errors
        rows = store.sessions("local")
        assert len(rows) == SESSIONS
        tags = set()
        for row in rows:
            said = [t.text for t in row.transcript.turns if t.speaker == "manager"]
            own = {text.rsplit("client-", 1)[1][:2] for text in said}
            assert len(said) == len(TURNS) and len(own) == 1, said
            tags |= own
        assert tags == {f"{i:02d}" for i in range(SESSIONS)}
    finally:
        store.close()
