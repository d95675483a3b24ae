"""The app through its API (gradio_client against a server on 127.0.0.1) and its handlers."""

from __future__ import annotations

import inspect
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from gradio_client import Client, handle_file

from simulator.app import ui
from simulator.app._gradio import Block
from simulator.app.auth import Users
from simulator.app.context import AppContext, new_session
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation._lines import NEUTRAL
from simulator.conversation.engine import EndReason, Outcome, State
from simulator.conversation.practice import Practice
from simulator.conversation.scripted import LAST_RESORT, ScriptedPartner
from simulator.store.database import Store
from tests.support.servers import free_port, serve_app

FIXTURES = Path(__file__).parents[1] / "fixtures"
TURNS = [
    "It sounds like this has been a heavy couple of weeks.",
    "What has been the hardest part?",
    "You're carrying a lot on your own.",
    "What would help most this week?",
    "What's one next step we could agree by Friday?",
]

OPEN_QUESTIONS = (TURNS[1], TURNS[3])

pytestmark = pytest.mark.slow


serve = serve_app
_free_port = free_port


def _store(path: Path, **kw: Any) -> Store:
    store = Store(path, **kw)
    store.migrate()
    return store


def _client(url: str, **kw: Any) -> Client:
    # Plain HTTP on loopback: ssl_verify=False only stops httpx loading the CA bundle for
    # every request (about 0.2 s each), which otherwise dominates these tests' run time.
    return Client(url, verbose=False, download_files=False, ssl_verify=False, **kw)


def _path(out: Any) -> str:
    """The server-side path of a file output (an update dict, a FileData dict or a path)."""
    while isinstance(out, dict):
        out = out.get("value", out.get("path"))
    return str(out)


def _last_reply(chat: list[dict]) -> str:
    content = chat[-1]["content"]
    if isinstance(content, list):  # Gradio 6 sends content parts
        return "".join(p.get("text", "") for p in content)
    return content


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Iterator[tuple[str, Store]]:
    store = _store(tmp_path_factory.mktemp("data"))
    with serve(store=store, users=None) as url:
        yield url, store


# -- practice --------------------------------------------------------------------------------


def test_endpoints_kept_for_gradio_client(app) -> None:
    """/new_session and /send keep their one-argument signatures; /end_session and /retry
    are added."""
    url, _ = app
    api = _client(url).view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/new_session", "/send", "/end_session", "/retry"} <= set(api)
    for endpoint, only in (("/new_session", "persona_id"), ("/send", "message")):
        params = api[endpoint]["parameters"]
        assert params[0]["parameter_name"] == only
        assert all(p["parameter_has_default"] for p in params[1:])


def test_practice_session_is_scored_and_stored(app) -> None:
    """Five turns then End: the scorecard comes back, and the session is in the database
    with all its turns, with the downloads holding the conversation."""
    url, store = app
    c = _client(url)
    chat, *_ = c.predict("new-hire", api_name="/new_session")
    persona = catalog.get_persona("new-hire")
    assert _last_reply(chat) == persona.opening_line
    for text in TURNS:
        _box, chat, status = c.predict(text, api_name="/send")
    assert len(chat) == 11 and status
    out = c.predict(api_name="/end_session")
    status, notice, tiles, charts_html, uncovered, criteria, annotated = out[:7]
    assert "Saved to your history" in notice and "Session over" in status
    assert "rh-tiles" in tiles and "Presence" in criteria
    assert "rh-radar" in charts_html and "rh-quadrant" in charts_html
    assert "layers disclosed" in uncovered
    assert TURNS[0] in annotated
    rows = [r for r in store.sessions("local") if r.persona_id == "new-hire"]
    assert rows and rows[-1].manager_turns == 5
    files = [_path(f) for f in out[7:11]]
    json_file = next(f for f in files if str(f).endswith(".json"))
    data = json.loads(Path(json_file).read_text())
    assert [t["text"] for t in data["turns"] if t["speaker"] == "manager"] == TURNS
    md = Path(next(f for f in files if str(f).endswith(".md"))).read_text()
    assert "## Annotated transcript" in md


def test_send_without_new_session_starts_the_default_persona(app) -> None:
    """A client that only calls /send still gets a session (the first persona)."""
    url, _ = app
    _box, chat, _status = _client(url).predict("How are you doing?", api_name="/send")
    first = next(iter(catalog.personas().values()))
    assert _last_reply(chat[:1]) == first.opening_line and len(chat) == 3


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param("", "say something first", id="empty"),
        pytest.param("x" * 4001, "over the 4000 limit", id="too-long"),
    ],
)
def test_bad_message_is_refused_and_kept(app, message: str, expected: str) -> None:
    """An empty or oversized message is refused with the reason; nothing is recorded."""
    url, _ = app
    c = _client(url)
    c.predict("new-hire", api_name="/new_session")
    box, chat, status = c.predict(message, api_name="/send")
    assert expected in status and len(chat) == 1
    assert box == message


def test_ended_session_refuses_more_turns(app) -> None:
    """After End, another message is refused with a pointer to start a new session."""
    url, _ = app
    c = _client(url)
    c.predict("new-hire", api_name="/new_session")
    c.predict(TURNS[0], api_name="/send")
    c.predict(api_name="/end_session")
    _box, chat, status = c.predict(TURNS[1], api_name="/send")
    assert "ended" in status and len(chat) == 3


# -- coach review ----------------------------------------------------------------------------


def test_unreadable_upload_says_what_and_where(app, tmp_path: Path) -> None:
    """A broken transcript upload is refused with the file name and line of the problem."""
    url, _ = app
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "id": "x",\n  "turns": [\n    {"speaker": "boss", "text": "hi"}\n  ]\n}\n')
    out = _client(url).predict(handle_file(str(bad)), api_name="/review_upload")
    message = out[0]
    assert "broken.json:4" in message and "/tmp/gradio" not in message


def test_upload_comment_and_export(app) -> None:
    """An uploaded transcript is scored; a turn comment and a note are saved in the database
    and appear in both exported reports."""
    url, store = app
    c = _client(url)
    out = c.predict(
        handle_file(str(FIXTURES / "transcripts" / "sample.txt")), api_name="/review_upload"
    )
    assert "Loaded sample.txt" in out[0]
    uploads = store.sessions("local", source="upload")
    assert uploads and uploads[-1].transcript.id == "sample"
    notice, _box, annotated, html_file, md_file = c.predict(
        2, "Lovely reflection of the exhaustion.", api_name="/add_comment"
    )
    assert "Comment saved" in notice and "Lovely reflection" in annotated
    c.predict("Strong start; ask for a next step.", api_name="/save_note")
    comments = store.comments(uploads[-1].id, "local")
    assert [(x.turn, x.text) for x in comments] == [
        (2, "Lovely reflection of the exhaustion."),
        (None, "Strong start; ask for a next step."),
    ]
    _, _, html_file, md_file, _ = c.predict(
        "Strong start; ask for a next step.", api_name="/save_note"
    )
    paths = [_path(f) for f in (html_file, md_file)]
    for p in paths:
        text = Path(p).read_text()
        assert "Lovely reflection of the exhaustion." in text
        assert "Strong start; ask for a next step." in text


# -- failures --------------------------------------------------------------------------------


class FlakyPartner(ScriptedPartner):
    """Fails once, mid-reply, on its second turn: a model dropping the connection."""

    def __init__(self) -> None:
        super().__init__(seed=None)
        self.calls = 0

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        self.calls += 1
        stream = super().reply(persona, state, outcome, history)
        if self.calls == 2:
            yield next(stream)
            raise ConnectionError("connection reset by the model server")
        yield from stream


@pytest.fixture(scope="module")
def fragile(tmp_path_factory) -> Iterator[tuple[str, Store]]:
    store = _store(tmp_path_factory.mktemp("fragile"), busy_timeout=0.2)
    with serve(store=store, users=None, partner_factory=lambda _p: FlakyPartner()) as url:
        yield url, store


def test_model_failure_keeps_the_conversation_and_retries(fragile) -> None:
    """A partner failing mid-reply leaves the chat as it was, keeps the message, and
    /retry sends it again without doubling any turn."""
    url, store = fragile
    c = _client(url)
    c.predict("launch-engineer", api_name="/new_session")
    c.predict(TURNS[0], api_name="/send")
    box, chat, status = c.predict(TURNS[1], api_name="/send")
    assert "could not reply" in status and "Retry" in status
    assert box == TURNS[1] and len(chat) == 3
    box, chat, status = c.predict(api_name="/retry")
    assert len(chat) == 5 and "Turn 3" in status
    c.predict(api_name="/end_session")
    row = store.sessions("local")[-1]
    said = [t.text for t in row.transcript.turns if t.speaker == "manager"]
    assert said == TURNS[:2]


def test_locked_database_loses_no_session(fragile) -> None:
    """With the database locked at End, the transcript is written to the data folder, the
    page says where, and the scorecard still shows."""
    url, store = fragile
    c = _client(url)
    c.predict("new-hire", api_name="/new_session")
    c.predict(TURNS[0], api_name="/send")
    lock = sqlite3.connect(store.data_dir / "rehearse.db", timeout=0, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        out = c.predict(api_name="/end_session")
    finally:
        lock.rollback()
        lock.close()
    notice, tiles = out[1], out[2]
    assert "not in your history yet" in notice and "locked" in notice
    assert "rh-tiles" in tiles
    files = store.unrecorded_files()
    assert len(files) == 1 and str(files[0][1]) in notice
    saved = json.loads(files[0][1].read_text())
    assert saved["turns"][1]["text"] == TURNS[0]


# -- many people at once ---------------------------------------------------------------------


def _lines(persona: Persona) -> set[str]:
    """Every line the persona authors for the employee to say (templates left out)."""
    r = persona.reactions
    out = {persona.opening_line}
    out |= {line for layer in persona.layers for line in layer.lines}
    out |= {line for need in persona.needs for line in (*need.lines, need.short, need.echo) if line}
    out |= {line for fact in persona.facts for line in (fact.guarded, fact.open)}
    for pool in (
        r.guarded,
        r.opening_up,
        r.shutting_down,
        r.committing,
        r.closing,
        r.neutral,
        r.kindness,
        r.apology,
        r.repeat,
        r.after_commit,
    ):
        out |= set(pool)
    return {line for line in out if "{" not in line} - set(LAST_RESORT)


DISTINCTIVE = 20
"""Characters a line needs before finding it in another persona's reply counts as cross-talk:
short acknowledgements ("Fair.", "Alright.") are shared by several personas."""


def test_twenty_simultaneous_sessions_stay_apart(tmp_path: Path) -> None:
    """20 clients practise at once, each with its own persona: every reply comes from that
    session's persona, and all 20 sessions are stored."""
    personas = list(catalog.personas().values())
    lines = {p.id: _lines(p) for p in personas}
    store = _store(tmp_path)
    errors: list[str] = []
    start = threading.Barrier(20)

    def run(i: int, c: Client) -> None:
        persona = personas[i % len(personas)]
        try:
            start.wait(timeout=60)
            chat, *_ = c.predict(persona.id, api_name="/new_session")
            assert _last_reply(chat) == persona.opening_line
            # Open questions: the employee answers from their own pool. (A reflection of words
            # they never said is corrected with an echo of the manager's, which names no one.)
            for text in OPEN_QUESTIONS:
                _box, chat, _status = c.predict(text, api_name="/send")
                reply = _last_reply(chat)
                own = [line for line in lines[persona.id] if line in reply]
                others = [
                    line
                    for pid, ls in lines.items()
                    if pid != persona.id
                    for line in ls - lines[persona.id]
                    if len(line) >= DISTINCTIVE and line in reply
                ]
                # A bare acknowledgement ("Mm.") is nobody's in particular.
                assert (own or reply in NEUTRAL) and not others, f"{persona.id} got {reply!r}"
            out = c.predict(api_name="/end_session")
            assert "Saved to your history" in out[1], out[1]
        except Exception as exc:  # collected: an assert in a thread would be lost
            errors.append(f"session {i} ({persona.id}): {exc!r}")

    with serve(store=store, users=None) as url:
        # Clients connect one by one (each fetches the API description); the sessions then
        # start together.
        clients = [_client(url) for _ in range(20)]
        threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    assert not errors, errors
    rows = store.sessions("local")
    assert len(rows) == 20
    assert sorted(r.persona_id for r in rows) == sorted(
        personas[i % len(personas)].id for i in range(20)
    )
    assert all(r.manager_turns == 2 for r in rows)


# -- login -----------------------------------------------------------------------------------


def test_login_required_and_history_is_per_user(tmp_path: Path) -> None:
    """With users configured, the API needs a login, and a session belongs to whoever
    practised it."""
    store = _store(tmp_path)
    users = Users.from_env("alice:apw,bob:bpw,carol:cpw:coach")
    with serve(store=store, users=users) as url:
        with pytest.raises(Exception):  # noqa: B017  (gradio_client's error type varies)
            _client(url).predict("new-hire", api_name="/new_session")
        with pytest.raises(Exception):  # noqa: B017
            _client(url, auth=("alice", "wrong"))
        alice = _client(url, auth=("alice", "apw"))
        alice.predict("new-hire", api_name="/new_session")
        alice.predict(TURNS[0], api_name="/send")
        alice.predict(api_name="/end_session")
    assert [r.owner for r in store.sessions("alice")] == ["alice"]
    assert store.sessions("bob") == []


# -- defaults --------------------------------------------------------------------------------


def test_serves_on_loopback_without_fonts_from_the_internet(app) -> None:
    """The page binds to 127.0.0.1 and its theme names system fonts only: no Google Fonts."""
    url, _ = app
    assert url.startswith("http://127.0.0.1:")
    css = httpx.get(url + "theme.css", timeout=10).text
    assert "googleapis" not in css and "system-ui" in css
    page = httpx.get(url, timeout=10).text
    assert "fonts.googleapis" not in page


# -- handlers (no server) --------------------------------------------------------------------


@pytest.fixture
def built(tmp_path: Path) -> ui.RehearseApp:
    """The app built (not served) on an empty store, with login off."""
    return ui.build_app(context=AppContext(store=_store(tmp_path), users=None))


def _outputs(built: ui.RehearseApp, handler: Callable[..., Any]) -> list[set[int]]:
    """The output component ids of every event ``handler`` is wired to."""
    wired = [f for f in built.blocks.fns.values() if f.fn == handler]
    assert wired, f"{handler} is not wired to any event"
    return [{b._id for b in f.outputs} for f in wired]


def _returns_only_outputs(built: ui.RehearseApp, handler: Callable[..., Any], out: Any) -> None:
    """Gradio refuses a returned component that is not one of the event's outputs."""
    for ids in _outputs(built, handler):
        extra = [k for k in out if k._id not in ids]
        assert not extra, f"{handler.__name__} returned {extra}, not outputs of its event"


def test_timed_session_ends_itself_when_time_is_up(built: ui.RehearseApp) -> None:
    """In timed mode the clock ticks down, and the tick after the deadline ends, scores and
    stores the session with the run's own end reason."""
    tab = built.practice
    p = Practice(new_session("new-hire"), time_limit=60)
    list(tab.send(TURNS[0], p))
    out = tab.tick(p, None)
    assert "left" in out[tab.countdown] and p.result is None
    p.started = time.monotonic() - 61
    out = tab.tick(p, None)
    assert "three minutes were up" in out[tab.status]
    assert p.result is not None and p.result.stored is not None
    assert p.result.transcript.metadata["rehearse"]["end_reason"] == EndReason.TIME_UP.value
    assert "Time's up" in out[tab.countdown]
    last = list(tab.send(TURNS[1], p))[-1]
    assert "ended" in last[tab.status] and len(last[tab.chat]) == 3


def test_hints_show_the_move_and_a_rubric_example(built: ui.RehearseApp) -> None:
    """With hints on, each turn shows the move heard and a line aimed at what is missing (no
    reflection yet: presence, reflecting this employee's own words, not a rubric example
    about someone else)."""
    tab = built.practice
    p = Practice(new_session("new-hire"))
    list(tab.send("Did you finish the dashboard?", p))
    hint = tab.after_turn(p, True, None)[tab.hint_box]
    presence = catalog.get_rubric().criterion("presence").examples
    assert hint.visible is True
    html = hint.value
    assert "closed question" in html
    assert "Presence" in html and "You said" in html
    assert not any(ex.replace("'", "&#x27;") in html for ex in presence)
    assert tab.after_turn(p, False, None)[tab.hint_box].visible is False


def test_finishing_twice_stores_once(built: ui.RehearseApp) -> None:
    """A timer tick and the End button racing each other store the session once."""
    tab = built.practice
    p = Practice(new_session("new-hire"), time_limit=1)
    list(tab.send(TURNS[0], p))
    p.started -= 5
    threads = [threading.Thread(target=tab.end, args=(p, None)) for _ in range(3)]
    threads += [threading.Thread(target=tab.tick, args=(p, None)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built.context.store.sessions("local")) == 1


def _mid(tab: Any) -> Practice:
    """A run one turn in, still going."""
    p = Practice(new_session("new-hire"), time_limit=60)
    list(tab.send(TURNS[0], p))
    return p


def _over(tab: Any) -> Practice:
    """A run that has ended but is not scored yet (what a turn that ends it leaves)."""
    p = _mid(tab)
    p.end()
    return p


def _stored(built: ui.RehearseApp) -> str:
    """The id of a stored, scored session of the local user."""
    p = _mid(built.practice)
    built.practice.end(p, None)
    assert p.result is not None and p.result.id is not None
    return p.result.id


# (tab, handler, arguments built from the app): every state a handler answers differently.
CALLS = [
    pytest.param("practice", "start_over", lambda a: ("new-hire", True, True), id="start"),
    pytest.param("practice", "set_timed", lambda a: (None, "new-hire", True, False), id="timed"),
    pytest.param(
        "practice",
        "set_timed",
        lambda a: (_mid(a.practice), "new-hire", False, False),
        id="timed-mid-conversation",
    ),
    pytest.param("practice", "toggle_hints", lambda a: (None, True), id="hints"),
    pytest.param("practice", "send", lambda a: (TURNS[0], None, "new-hire"), id="send"),
    pytest.param("practice", "send", lambda a: ("", _mid(a.practice)), id="send-empty"),
    pytest.param("practice", "retry", lambda a: (None,), id="retry-nothing"),
    pytest.param(
        "practice", "after_turn", lambda a: (_mid(a.practice), True, None), id="after-turn"
    ),
    pytest.param(
        "practice", "after_turn", lambda a: (_over(a.practice), False, None), id="turn-ends-it"
    ),
    pytest.param("practice", "end", lambda a: (None, None), id="end-without-run"),
    pytest.param("practice", "end", lambda a: (_mid(a.practice), None), id="end"),
    pytest.param("practice", "tick", lambda a: (None, None), id="tick-untimed"),
    pytest.param("practice", "tick", lambda a: (_mid(a.practice), None), id="tick"),
    pytest.param("review", "choices", lambda a: (None,), id="review-choices"),
    pytest.param("review", "review_upload", lambda a: (None, None), id="upload-nothing"),
    pytest.param(
        "review",
        "review_upload",
        lambda a: (str(FIXTURES / "transcripts" / "sample.txt"), None),
        id="upload",
    ),
    pytest.param("review", "review_open", lambda a: ("nope", None), id="open-missing"),
    pytest.param("review", "review_open", lambda a: (_stored(a), None), id="open"),
    pytest.param("review", "add_comment", lambda a: (None, 1, "x", None), id="comment-no-id"),
    pytest.param("review", "add_comment", lambda a: (_stored(a), 1, "Good.", None), id="comment"),
    pytest.param("review", "save_note", lambda a: (_stored(a), "Note.", None), id="note"),
    pytest.param("history", "history", lambda a: ("", None), id="history"),
    pytest.param("history", "refresh", lambda a: ("", None), id="history-refresh"),
    pytest.param("history", "open", lambda a: ("nope", None), id="history-open-missing"),
    pytest.param("history", "open", lambda a: (_stored(a), None), id="history-open"),
    pytest.param("history", "share", lambda a: (_stored(a), [], None), id="share-no-login"),
    pytest.param("history", "ask_delete", lambda a: (), id="ask-delete"),
    pytest.param("history", "keep", lambda a: (), id="keep"),
    pytest.param("history", "delete", lambda a: (None, None), id="delete-nothing"),
    pytest.param("history", "delete", lambda a: (_stored(a), None), id="delete"),
]


@pytest.mark.parametrize(("tab", "name", "args"), CALLS)
def test_handlers_return_only_their_events_outputs(
    built: ui.RehearseApp, tab: str, name: str, args: Callable[[ui.RehearseApp], tuple]
) -> None:
    """Each handler returns a dict keyed by components, naming only components its event
    lists as outputs (Gradio raises at run time otherwise), and never an empty one."""
    handler = getattr(getattr(built, tab), name)
    out = handler(*args(built))
    results = list(out) if inspect.isgenerator(out) else [out]
    assert results
    for result in results:
        assert isinstance(result, dict) and result
        assert all(isinstance(k, Block) for k in result)
        _returns_only_outputs(built, handler, result)
