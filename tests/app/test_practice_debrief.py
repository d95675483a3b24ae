"""The Practice tab's handlers for the debrief, rewinding, leaving and reloading, and the views
they show (lessons, hints that react, countdown milestones, the trust and stress timeline)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator.app import _debrief, ui
from simulator.app import _practice_views as view
from simulator.app._gradio import Block
from simulator.app.context import AppContext, new_session
from simulator.content import catalog
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import Practice
from simulator.reports import charts
from simulator.store.database import Store

TURNS = [
    "It sounds like this has been a heavy few weeks.",
    "What has been the hardest part?",
    "You're carrying a lot on your own.",
    "What's been weighing on you most?",
    "What would help most this week?",
]


@pytest.fixture
def built(tmp_path: Path) -> ui.RehearseApp:
    """The app built (not served) on an empty store, with login off."""
    store = Store(tmp_path)
    store.migrate()
    return ui.build_app(context=AppContext(store=store, users=None))


def _played(n: int, persona: str = "new-hire") -> Practice:
    p = Practice(new_session(persona))
    for text in TURNS[:n]:
        p.session.respond(text)
    return p


def _ended(built: ui.RehearseApp, n: int = 3) -> Practice:
    p = _played(n)
    built.practice.end(p, None)
    return p


def _outputs(built: ui.RehearseApp, handler: Callable[..., Any]) -> list[set[int]]:
    wired = [f for f in built.blocks.fns.values() if f.fn == handler]
    assert wired, f"{handler} is not wired to any event"
    return [{b._id for b in f.outputs} for f in wired]


CALLS = [
    pytest.param("choose", lambda a: ("launch-engineer", False, False, _played(1)), id="choose"),
    pytest.param("choose", lambda a: ("new-hire", False, False, _played(1)), id="choose-same"),
    pytest.param("start_over", lambda a: ("new-hire", False, False, None), id="start-over"),
    pytest.param(
        "leave_and_save", lambda a: (_played(2), "quota-rep", False, False, None), id="save"
    ),
    pytest.param("leave_and_discard", lambda a: (_played(2), "", False, False), id="discard"),
    pytest.param("stay", lambda a: (_played(2),), id="stay"),
    pytest.param("practise_again", lambda a: (_ended(a), False, True), id="again"),
    pytest.param("rewind", lambda a: (_ended(a), 2, False), id="rewind"),
    pytest.param("rewind", lambda a: (_played(2), 2, False), id="rewind-unfinished"),
    pytest.param("rewind", lambda a: (_ended(a), 9, False), id="rewind-bad-turn"),
    pytest.param("restore", lambda a: ("", None), id="restore-new-browser"),
    pytest.param("restore", lambda a: ("unknown-token", None), id="restore-unknown"),
]


@pytest.mark.parametrize(("name", "args"), CALLS)
def test_new_handlers_return_only_their_events_outputs(
    built: ui.RehearseApp, name: str, args: Callable[[ui.RehearseApp], tuple[Any, ...]]
) -> None:
    """Each new Practice handler returns a non-empty dict keyed by components that its
    event lists as outputs (Gradio raises at run time otherwise)."""
    handler = getattr(built.practice, name)
    out = handler(*args(built))
    results = list(out) if inspect.isgenerator(out) else [out]
    for result in results:
        assert isinstance(result, dict) and result
        assert all(isinstance(k, Block) for k in result)
        for ids in _outputs(built, handler):
            assert not [k for k in result if k._id not in ids]


def test_choosing_another_persona_mid_conversation_asks_and_keeps_the_run(
    built: ui.RehearseApp,
) -> None:
    """A persona card clicked mid-conversation opens the leave dialog, keeps the run and
    the card on its persona, and remembers where the person wanted to go."""
    tab = built.practice
    p = _played(1)
    out = tab.choose("launch-engineer", False, False, p)
    assert out[tab.state] is p and out[tab.leave_box].visible is True
    assert out[tab.gallery] == "new-hire" and out[tab.leaving] == "launch-engineer"
    assert "1 turn into your conversation" in out[tab.leave_msg]
    # Nothing said yet: nothing to lose, so no question.
    fresh = tab.choose("launch-engineer", False, False, Practice(new_session("new-hire")))
    assert fresh[tab.state].session.persona.id == "launch-engineer"


@pytest.mark.parametrize(
    ("handler", "stored"),
    [
        pytest.param("leave_and_save", 1, id="save"),
        pytest.param("leave_and_discard", 0, id="discard"),
    ],
)
def test_leaving_saves_the_run_as_unfinished_unless_discarded(
    built: ui.RehearseApp, handler: str, stored: int
) -> None:
    """Saving keeps the left conversation in the history, not ended, with its turns;
    discarding keeps nothing. Either way the chosen persona starts."""
    tab = built.practice
    args: tuple[Any, ...] = (_played(2), "quota-rep", False, False)
    out = getattr(tab, handler)(*args, *((None,) if handler == "leave_and_save" else ()))
    assert out[tab.state].session.persona.id == "quota-rep"
    rows = built.context.store.sessions("local")
    assert len(rows) == stored
    if stored:
        outcome = rows[0].transcript.session_outcome()
        assert rows[0].manager_turns == 2 and outcome is not None and not outcome.ended
        assert "unfinished conversation is in your history" in out[tab.status]


def test_a_reload_restores_the_run_for_the_same_person_only(built: ui.RehearseApp) -> None:
    """After a turn the run is kept under the browser's token; loading the page with that
    token gives it back, a new browser gets a new token, and an ended run is not restored."""
    tab = built.practice
    p = _played(1)
    tab.after_turn(p, False, "tok-1", None)
    out = tab.restore("tok-1", None)
    assert out[tab.state] is p and "Restored" in out[tab.status]
    assert len(out[tab.chat]) == 3
    new = tab.restore("", None)
    assert new[tab.state] is None and len(new[tab.token]) == 32
    assert tab.live.get("tok-1", "someone-else") is None
    tab.end(p, None)
    tab.after_turn(p, False, "tok-1", None)
    assert tab.restore("tok-1", None)[tab.state] is None


def test_rewind_branches_and_the_branch_debrief_compares_both(built: ui.RehearseApp) -> None:
    """Rewinding an ended run to turn 2 puts the replayed conversation on screen with End
    enabled; ending the branch shows the first try and this branch side by side."""
    tab = built.practice
    p = _ended(built, 3)
    assert p.result is not None
    out = tab.rewind(p, 2, False)
    branch = out[tab.state]
    assert branch is not p and len(branch.session.records) == 1
    assert out[tab.chat] == view.chat(branch.session)[:3]
    assert out[tab.end_btn].interactive is True and out[tab.results].visible is False
    branch.session.respond("That sounds like a lot. What's been weighing on you most?")
    done = tab.end(branch, None)
    debrief = done[tab.res_debrief]
    assert "First try" in debrief and "This branch" in debrief and "rh-compare" in debrief
    assert done[tab.end_btn].interactive is False


@pytest.mark.parametrize(
    "finish",
    [
        pytest.param(lambda tab, p: tab.end(p, None), id="end-button"),
        pytest.param(
            lambda tab, p: (p.end(EndReason.SHUTDOWN), tab.after_turn(p, False))[1], id="engine"
        ),
        pytest.param(
            lambda tab, p: (
                setattr(p, "time_limit", 1.0),
                setattr(p, "started", 0.0),
                tab.tick(p, None),
            )[2],
            id="time-up",
        ),
    ],
)
def test_every_way_of_ending_shows_the_debrief_and_disables_end(
    built: ui.RehearseApp, finish: Callable[[Any, Practice], dict[Block, Any]]
) -> None:
    """End, the engine ending the run and time running out all show the same debrief at the
    top of the results, offer the run's turns to rewind to, and disable End."""
    tab = built.practice
    p = _played(3)
    out = finish(tab, p)
    assert 'id="rh-debrief-top"' in out[tab.res_debrief]
    assert f'data-run="{p.session.id}"' in out[tab.res_debrief]
    assert out[tab.end_btn].interactive is False
    assert [v for _, v in out[tab.rewind_turn].choices] == [1, 2, 3]
    assert "rh-timeline-chart" in out[tab.res_timeline]


def test_lessons_name_the_moment_what_was_said_and_a_better_line(built: ui.RehearseApp) -> None:
    """The turn that passed over a disclosure becomes a lesson: its turn number, the
    manager's words there, and a line that acknowledges what was shared."""
    p = _ended(built, 3)  # turn 2 drew out a layer, turn 3 moved past it
    assert p.result is not None
    t = p.result.transcript
    found = _debrief.lessons(p.result.card, t, t.session_outcome())
    assert 1 <= len(found) <= 3
    passed = next(x for x in found if x.turn == 3)
    assert passed.said == TURNS[2] and "passed over" in passed.moment
    assert passed.better and passed.better != passed.said


def test_the_overall_picture_is_one_sentence(built: ui.RehearseApp) -> None:
    """The debrief opens with one sentence: layers, next step, score, best and weakest."""
    p = _ended(built, 3)
    assert p.result is not None
    t = p.result.transcript
    html = _debrief.summary(
        p.result.card, t, t.session_outcome(), persona_name="Priya", run_id="r1"
    )
    picture = html.split('class="rh-picture">')[1].split("</div>")[0]
    assert picture.count(". ") == 0 and picture.endswith(".")
    assert "of 3 layers" in picture and "of 5" in picture


def test_criteria_show_the_managers_own_words(built: ui.RehearseApp) -> None:
    """Each criterion with evidence lists the quotes that earned its score."""
    p = _ended(built, 3)
    assert p.result is not None
    html = _debrief.criteria_with_quotes(p.result.card, p.result.transcript)
    quoted = [e.quote for c in p.result.card.criteria for e in c.evidence[:3]]
    assert quoted and all(q.replace("'", "&#x27;") in html for q in quoted)


def test_hint_reacts_to_a_disclosure_and_then_to_passing_over_it() -> None:
    """Right after the employee shares something personal the hint says to acknowledge it
    (with a line built from their words); after a turn that moved past it, to go back."""
    p = _played(2)
    assert p.session.records[-1].layer is not None
    html = view.hint(p)
    assert "They just told you something personal: acknowledge it" in html
    p.session.respond(TURNS[2])
    assert "moved past it" in view.hint(p)


@pytest.mark.parametrize("persona", [pytest.param(pid, id=pid) for pid in catalog.personas()])
def test_hints_never_tell_another_personas_story(persona: str) -> None:
    """After a closed question, no persona's hint names another persona's situation."""
    p = Practice(new_session(persona))
    p.session.respond("Did you finish the work?")
    html = view.hint(p)
    for other in catalog.personas().values():
        if other.id != persona:
            assert other.name not in html and other.situation not in html
    assert "outage review" not in html or "outage" in " ".join(
        t.text.lower() for t in p.session.turns
    )


@pytest.mark.parametrize(
    ("left", "said"),
    [
        pytest.param(170.0, "", id="start"),
        pytest.param(119.0, "Two minutes left.", id="two-minutes"),
        pytest.param(59.0, "One minute left.", id="one-minute"),
        pytest.param(29.0, "30 seconds left.", id="thirty-seconds"),
        pytest.param(0.0, "Time's up.", id="time-up"),
    ],
)
def test_countdown_announces_only_milestones(left: float, said: str) -> None:
    """The live text changes only at milestones; the visible clock carries no live region."""
    p = Practice(new_session("new-hire"), time_limit=180.0)
    p.started -= 180.0 - left
    assert (said in view.milestone(p)) and (bool(said) == bool(view.milestone(p)))
    assert "aria-live" not in view.countdown(p)


def test_timeline_chart_marks_each_turn_with_why_it_moved() -> None:
    """The chart has a trust and a stress marker per turn whose tooltip names the reason,
    and the table says the same with each change's sign."""
    points = [
        charts.StatePoint(0, 3, 6),
        charts.StatePoint(1, 5, 5, ("Trust +2: a reflection",)),
        charts.StatePoint(2, 3, 7, ("Trust -2: judgment",)),
    ]
    svg = charts.timeline(points)
    assert svg.count("<circle") == 3 + 1 and svg.count("<rect") == 3 + 1  # + legend
    assert "Turn 2: trust 3 (Trust -2: judgment)" in svg
    table = charts.timeline_table(points)
    assert "3 (-2)" in table and "5 (+2)" in table and "judgment" in table


def _turn_rows(html: str) -> dict[int, str]:
    """Each turn's HTML in the annotated transcript, by transcript index."""
    starts = [(int(m[1]), m.start()) for m in re.finditer(r'data-turn="(\d+)"', html)]
    ends = [s for _, s in starts[1:]] + [len(html)]
    return {i: html[s:e] for (i, s), e in zip(starts, ends, strict=True)}


@pytest.mark.parametrize("turns", [pytest.param(n, id=f"{n}-turns") for n in (1, 3, 5)])
def test_each_manager_turn_in_the_annotated_transcript_can_be_tried_again(
    built: ui.RehearseApp, turns: int
) -> None:
    """The debrief's annotated transcript has a "Try turn N again" button in each of the
    manager's turns, numbered as the chat and the lessons number them, and none in the
    employee's."""
    tab = built.practice
    p = _played(turns)
    rows = _turn_rows(tab.end(p, None)[tab.res_transcript])
    assert p.result is not None
    speakers = [t.speaker for t in p.result.transcript.turns]
    assert len(rows) == len(speakers)
    n = 0
    for i, speaker in enumerate(speakers):
        buttons = re.findall(r'data-rewind="(\d+)"', rows[i])
        if speaker == "manager":
            n += 1
            assert buttons == [str(n)] and f"Try turn {n} again" in rows[i]
        else:
            assert buttons == []
    assert n == turns


@pytest.mark.parametrize(
    ("clicked", "turn"),
    [
        pytest.param("1:1733490000000", 1, id="first-turn"),
        pytest.param("3:1733490000001", 3, id="last-turn"),
    ],
)
def test_a_transcript_turns_button_rewinds_there_and_compares_both_branches(
    built: ui.RehearseApp, clicked: str, turn: int
) -> None:
    """A transcript turn's button sends "turn:click id" (as a lesson's does): the run
    branches just before that turn through Session.branch, replays the turns before it
    exactly, and the branch's debrief puts both branches' outcomes side by side."""
    tab = built.practice
    p = _ended(built, 3)
    out = tab.rewind(p, clicked, False)
    branch = out[tab.state]
    assert branch is not p and len(branch.session.records) == turn - 1
    assert out[tab.chat] == view.chat(p.session)[: 2 * turn - 1]
    assert f"just before your turn {turn}" in out[tab.status]
    branch.session.respond("That sounds like a lot. What would help most?")
    debrief = tab.end(branch, None)[tab.res_debrief]
    assert "First try" in debrief and "This branch" in debrief
