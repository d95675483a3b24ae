"""The Coach review tab's handlers: uploads with named speakers, comments by clicking a turn,
editing and deleting one's own comments, and the coach's inbox with reviewed status."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from simulator.app import ui
from simulator.app._gradio import gr
from simulator.app._review_upload import ask_speakers, speaker_map, web_error
from simulator.app.auth import Users
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.errors import TranscriptError
from simulator.scoring.scorer import score
from simulator.store.database import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transcripts"
NAMED = (
    "Alex: Thanks for making time, Sam. How are things going?\n"
    "Sam: Honestly, not great. The launch is eating my evenings.\n"
    "Alex: It sounds like you're stretched thin.\n"
    "Sam: Yes. And I haven't said anything because everyone is busy.\n"
    "Alex: What would help most this week?\n"
)


def _store(path: Path) -> Store:
    store = Store(path)
    store.migrate()
    return store


@pytest.fixture
def local(tmp_path: Path) -> ui.RehearseApp:
    """The app built (not served) on an empty store, with login off."""
    return ui.build_app(context=AppContext(store=_store(tmp_path), users=None))


@pytest.fixture
def team(tmp_path: Path) -> ui.RehearseApp:
    """The app with login on: alice (a manager) and carol (a coach)."""
    users = Users.from_env("alice:pw,carol:pw:coach")
    return ui.build_app(context=AppContext(store=_store(tmp_path), users=users))


def _as(name: str) -> Any:
    return SimpleNamespace(username=name)


def _named(tmp_path: Path, text: str = NAMED, suffix: str = ".txt") -> str:
    path = tmp_path / f"one-on-one{suffix}"
    path.write_text(text)
    return str(path)


def _click(act: str, ref: object) -> gr.EventData:
    return gr.EventData(None, {"act": act, "ref": str(ref)})


def _outputs(app: ui.RehearseApp, handler: Any) -> set[int]:
    wired = [f for f in app.blocks.fns.values() if f.fn == handler]
    assert wired, f"{handler} is not wired to any event"
    return set.intersection(*({b._id for b in f.outputs} for f in wired))


def _only_outputs(app: ui.RehearseApp, handler: Any, out: dict[Any, Any]) -> None:
    """Gradio refuses a returned component that is not one of the event's outputs."""
    ids = _outputs(app, handler)
    assert out and all(k._id in ids for k in out), handler.__name__


# -- named speakers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suffix", "names"),
    [
        pytest.param(NAMED, ".txt", ["Alex", "Sam"], id="txt-names"),
        pytest.param(
            "speaker,text\nAlex,How are you?\nsam,Fine.\nALEX,Really?\n",
            ".csv",
            ["Alex", "sam"],
            id="csv-names-case-insensitive",
        ),
        pytest.param(
            "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Priya>How is it going?</v>\n\n"
            "00:00:02.000 --> 00:00:04.000\n<v Jon>Busy.</v>\n",
            ".vtt",
            ["Priya", "Jon"],
            id="vtt-voices",
        ),
        pytest.param("Manager: Hi.\nEmployee: Hello.\n", ".txt", None, id="roles-need-no-question"),
    ],
)
def test_ask_speakers_finds_the_names(
    tmp_path: Path, text: str, suffix: str, names: list[str] | None
) -> None:
    """Names are found in order of first appearance, once each; roles need no question."""
    q = ask_speakers(_named(tmp_path, text, suffix))
    if names is None:
        assert q is None
    else:
        assert q is not None and q.names == names
        assert q.preview[0][0] == names[0] and names[0] in q.html()


def test_speaker_map_makes_everyone_else_the_employee() -> None:
    """The chosen name is the manager (any case); every other name is the employee."""
    assert speaker_map(["Alex", "Sam", "Jo"], "sam") == {
        "Alex": "employee",
        "Sam": "manager",
        "Jo": "employee",
    }


@pytest.mark.parametrize(
    ("error", "wanted", "unwanted"),
    [
        pytest.param(
            TranscriptError("not valid UTF-8: byte 0xe9", path="/tmp/x", line=2, hint="iconv …"),
            "save it with the encoding UTF-8",
            "iconv",
            id="encoding",
        ),
        pytest.param(
            TranscriptError("unknown speaker 'boss'", path="/tmp/x", hint='--speaker "boss=m"'),
            '"manager" or "employee"',
            "--speaker",
            id="json-speaker",
        ),
        pytest.param(
            TranscriptError("something", path="/tmp/x", hint="pass the format (--format)"),
            "up.txt: something",
            "--format",
            id="cli-hint-dropped",
        ),
    ],
)
def test_web_errors_speak_web_language(error: TranscriptError, wanted: str, unwanted: str) -> None:
    """Errors shown in the page name the uploaded file and give a fix with no CLI flags."""
    text = web_error(error, "up.txt")
    assert wanted in text and unwanted not in text and "/tmp/x" not in text


def test_named_upload_asks_then_opens_with_the_mapping(
    local: ui.RehearseApp, tmp_path: Path
) -> None:
    """A transcript naming Alex and Sam is not refused: the tab asks who the manager is, with
    a preview, stores nothing yet, and once Alex is chosen opens it with Alex's lines as the
    manager's."""
    tab, store = local.review, local.context.store
    asked = tab.review_upload(_named(tmp_path), None)
    _only_outputs(local, tab.review_upload, asked)
    assert asked[tab.speakers].visible is True
    assert asked[tab.manager].choices == [("Alex", "Alex"), ("Sam", "Sam")]
    assert "Thanks for making time" in asked[tab.speaker_preview]
    assert "--speaker" not in asked[tab.message] and store.sessions("local") == []
    refused = tab.map_speakers(asked[tab.pending], None, None)
    assert "Choose who the manager is" in refused[tab.message]
    opened = tab.map_speakers(asked[tab.pending], "Alex", None)
    _only_outputs(local, tab.map_speakers, opened)
    assert opened[tab.view].visible is True and opened[tab.speakers].visible is False
    [row] = store.sessions("local", source="upload")
    speakers = [t.speaker for t in row.transcript.turns]
    assert speakers == ["manager", "employee", "manager", "employee", "manager"]


def test_cancelled_upload_stores_nothing(local: ui.RehearseApp, tmp_path: Path) -> None:
    """Cancelling at the speaker question hides it and keeps nothing."""
    tab = local.review
    asked = tab.review_upload(_named(tmp_path), None)
    out = tab.cancel_upload()
    _only_outputs(local, tab.cancel_upload, out)
    assert out[tab.pending] is None and out[tab.speakers].visible is False
    assert asked[tab.pending] and local.context.store.sessions("local") == []


def test_unreadable_upload_gives_a_web_fix(local: ui.RehearseApp, tmp_path: Path) -> None:
    """A file in another encoding is refused with the file name, line and a fix in words."""
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Manager: Caf\xe9?\n".encode("latin-1"))
    out = local.review.review_upload(str(bad), None)
    msg = out[local.review.message]
    assert "latin.txt:1" in msg and "UTF-8" in msg and "iconv" not in msg


# -- comments --------------------------------------------------------------------------------


def _opened(app: ui.RehearseApp) -> str:
    out = app.review.review_upload(str(FIXTURES / "sample.txt"), None)
    return str(out[app.review.session_id])


def test_each_turn_has_a_comment_button_that_picks_it(local: ui.RehearseApp) -> None:
    """The transcript holds a keyboard-reachable Comment button per turn; pressing one picks
    that turn for the comment box."""
    tab = local.review
    sid = _opened(local)
    row = local.context.store.get(sid, "local")
    assert row is not None
    page = tab.review_open(sid, None)[tab.transcript]
    assert page.count("data-act='turn'") == len(row.transcript.turns)
    assert "<button type='button'" in page and "aria-label='Comment on turn #1" in page
    out = tab.on_transcript(sid, None, _click("turn", 3), None)
    _only_outputs(local, tab.on_transcript, out)
    assert out[tab.turn].value == 3 and out[tab.editing] is None
    assert out[tab.comment].value is None, "a comment already being typed is kept"
    left = tab.on_transcript(sid, 7, _click("turn", 3), None)
    assert left[tab.comment].value == "", "an abandoned edit is cleared"


def test_own_comment_can_be_edited_and_deleted(local: ui.RehearseApp) -> None:
    """Edit loads one's comment into the box; saving changes it everywhere, deleting removes
    it, and the transcript marks an edited comment."""
    tab, store = local.review, local.context.store
    sid = _opened(local)
    tab.add_comment(sid, 2, "Good reflection.", None)
    [c] = store.comments(sid, "local")
    assert f"data-ref='{c.id}'" in tab.review_open(sid, None)[tab.transcript]
    editing = tab.on_transcript(sid, None, _click("edit", c.id), None)
    assert editing[tab.editing] == c.id and editing[tab.comment].value == "Good reflection."
    assert editing[tab.save_edit].visible is True and editing[tab.add].visible is False
    saved = tab.edit_comment(sid, c.id, "Good reflection; name the feeling.", None)
    _only_outputs(local, tab.edit_comment, saved)
    assert "(edited)" in saved[tab.transcript] and saved[tab.editing] is None
    assert [x.text for x in store.comments(sid, "local")] == ["Good reflection; name the feeling."]
    gone = tab.delete_comment(sid, c.id, None)
    _only_outputs(local, tab.delete_comment, gone)
    assert "Comment deleted" in gone[tab.saved] and store.comments(sid, "local") == []


def _shared(team: ui.RehearseApp) -> str:
    store = team.context.store
    t = Transcript(
        id="alice-1",
        persona="launch-engineer",
        turns=[
            Turn(speaker="employee", text="I'm fine."),
            Turn(speaker="manager", text="It sounds like the launch is a lot right now."),
        ],
    )
    sid = store.save(t, score(t, catalog.get_rubric()), owner="alice").id
    store.share(sid, "alice", "carol")
    return sid


def test_coach_cannot_edit_the_managers_comment(team: ui.RehearseApp) -> None:
    """Only the author edits: the coach gets no Edit button on the manager's comment and a
    forged edit is refused."""
    tab, store = team.review, team.context.store
    sid = _shared(team)
    mine = store.add_comment(sid, "alice", "I froze here.", 1)
    page = tab.review_open(sid, _as("carol"))[tab.transcript]
    assert "I froze here." in page and "data-act='edit'" not in page
    out = tab.on_transcript(sid, None, _click("edit", mine.id), _as("carol"))
    assert "only your own" in out[tab.saved]
    forged = tab.edit_comment(sid, mine.id, "changed", _as("carol"))
    assert "only your own" in forged[tab.saved]
    assert [c.text for c in store.comments(sid, "alice")] == ["I froze here."]


# -- the coach's inbox -------------------------------------------------------------------------


def test_inbox_shows_status_and_marks_reviewed(team: ui.RehearseApp) -> None:
    """A coach's inbox lists the shared session as "To review" with an Open button; opening
    it offers the Reviewed box; ticking it moves it to "Reviewed". A manager has no inbox."""
    tab = team.review
    sid = _shared(team)
    listed = tab.choices(_as("carol"))
    assert listed[tab.inbox].visible is True
    assert "To review" in listed[tab.inbox].value and f"data-ref='{sid}'" in listed[tab.inbox].value
    assert tab.choices(_as("alice"))[tab.inbox].visible is False
    opened = tab.inbox_open(_click("open", sid), _as("carol"))
    _only_outputs(team, tab.inbox_open, opened)
    assert opened[tab.session_id] == sid and opened[tab.reviewed].visible is True
    marked = tab.set_reviewed(sid, True, _as("carol"))
    _only_outputs(team, tab.set_reviewed, marked)
    assert "Reviewed" in marked[tab.inbox].value and "To review" not in marked[tab.inbox].value
    refused = tab.set_reviewed(sid, True, _as("alice"))
    assert "Only sessions shared with you" in refused[tab.saved]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        pytest.param("Alex: hi\n\x00oops\n", "one-on-one.txt:2", id="nul-on-its-line"),
        pytest.param("   \n", "one-on-one.txt:1", id="empty"),
        pytest.param("no speaker here\nAlex: hi\n", "one-on-one.txt:1", id="text-before-names"),
    ],
)
def test_speaker_question_refuses_what_reading_refuses(
    local: ui.RehearseApp, tmp_path: Path, text: str, where: str
) -> None:
    """Finding the names checks the file as reading it would, naming the same line."""
    out = local.review.review_upload(_named(tmp_path, text), None)
    assert where in out[local.review.message] and out[local.review.speakers].visible is False
