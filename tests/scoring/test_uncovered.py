"""Pins the scorecard's "what you uncovered" for simulator sessions: it is the engine's outcome."""

from __future__ import annotations

from simulator.content import catalog
from simulator.conversation.session import Session
from simulator.reports.html import uncovered as uncovered_html
from simulator.reports.markdown import markdown
from simulator.scoring import score, uncovered


def _played(lines: list[str]) -> Session:
    session = Session(catalog.get_persona("passed-over"))
    for line in lines:
        if session.ended:
            break
        "".join(session.say(line))
    return session


def test_triggers_and_the_timeline_reach_the_scorecard_and_reports() -> None:
    """A sore point the manager hit, and every change of trust with its reason, are shown."""
    session = _played(["Honestly, you need more executive presence.", "What's on your mind?"])
    t = session.transcript()
    outcome = t.session_outcome()
    assert outcome is not None and outcome.triggers_hit, "the trigger should have fired"
    u = uncovered(t, catalog.get_persona("passed-over"))
    assert u is not None
    assert u.triggers_hit == [h.summary for h in outcome.triggers_hit]
    assert [p.turn for p in u.timeline] == [p.turn for p in outcome.timeline]
    card = score(t, catalog.get_rubric(catalog.DEFAULT_RUBRIC))
    md = markdown(card, t)
    assert "Sore points hit" in md and "What moved them" in md
    assert "Sore points hit" in uncovered_html(u)


def test_needs_and_agreement_never_contradict() -> None:
    """The agreed step shown is the one the employee restated, and only when they agreed."""
    session = _played(["What's on your mind?"])
    u = uncovered(session.transcript(), catalog.get_persona("passed-over"))
    assert u is not None and not u.next_step_agreed
    assert u.next_step == catalog.get_persona("passed-over").next_step.summary
