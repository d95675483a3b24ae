"""The Practice tab's events: where each one shows its progress.

Gradio's page revisits every component that has ever been a progress target on each status
change of any event (a deep copy of its value, and of everything inside a layout block), so
the Practice tab keeps that set to the chat and the status line: a turn then costs the
browser no more bookkeeping than an echo app's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.app import ui
from simulator.app._gradio import gr
from simulator.app.context import AppContext
from simulator.store.database import Store


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> ui.RehearseApp:
    """The app built (not served) on an empty store, with login off."""
    store = Store(Path(tmp_path_factory.mktemp("events")))
    store.migrate()
    return ui.build_app(context=AppContext(store=store, users=None))


def _practice_events(built: ui.RehearseApp) -> list[object]:
    tab = built.practice
    mine = {
        getattr(tab, name)
        for name in dir(type(tab))
        if callable(getattr(type(tab), name, None)) and not name.startswith("__")
    }
    return [f for f in built.blocks.fns.values() if f.fn is not None and f.fn in mine]


def test_every_practice_event_shows_progress_on_the_chat_or_the_status_line(
    built: ui.RehearseApp,
) -> None:
    """Each server event the Practice tab wires (turns, starting, leaving, rewinding, ending,
    the clock, the reload restore) names its progress target, and the only targets are the
    chat and the status line: never the results column or another layout block."""
    tab = built.practice
    events = _practice_events(built)
    names = {getattr(f, "name", "") for f in events}
    for expected in ("send", "after_turn", "end", "tick", "rewind", "restore", "toggle_hints"):
        assert expected in names, f"{expected} is not wired"
    for f in events:
        targets = getattr(f, "show_progress_on", None)
        assert targets, f"{getattr(f, 'name', f)} shows progress on all its outputs"
        assert {t._id for t in targets} <= {tab.chat._id, tab.status._id}
        assert not [t for t in targets if isinstance(t, gr.Column)]


@pytest.mark.parametrize(
    ("handler", "target"),
    [
        pytest.param("send", "chat", id="a-turn-shows-typing-in-the-chat"),
        pytest.param("retry", "chat", id="a-retry-too"),
        pytest.param("start_over", "chat", id="starting-over-refills-the-chat"),
        pytest.param("end", "status", id="ending-shows-on-the-status-line"),
    ],
)
def test_progress_shows_where_the_change_is(
    built: ui.RehearseApp, handler: str, target: str
) -> None:
    """A turn and a new run show their progress on the chat (its "typing" dots), ending on the
    status line above the buttons."""
    tab = built.practice
    fn = getattr(tab, handler)
    wired = [f for f in built.blocks.fns.values() if f.fn == fn]
    assert wired
    for f in wired:
        assert [t._id for t in f.show_progress_on or []] == [getattr(tab, target)._id]
