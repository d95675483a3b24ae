"""What the Practice tab shows for a run: the chat, the briefing, the status, clock and hint.

Plain functions of a :class:`~simulator.conversation.practice.Practice`, so they are the same
whichever event (a turn, a tick, End) asks for them.
"""

from __future__ import annotations

from html import escape
from typing import Literal

from simulator.app._gradio import MessageDict
from simulator.content import catalog
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import END_REASONS, TIMED_SECONDS, Practice
from simulator.conversation.session import Session
from simulator.reports.vocabulary import label
from simulator.scoring import hints

_ROLE: dict[str, Literal["user", "assistant"]] = {"employee": "assistant", "manager": "user"}


def chat(session: Session) -> list[MessageDict]:
    """The conversation so far, as the chat shows it."""
    return [{"role": _ROLE[t.speaker], "content": t.text} for t in session.turns]


def briefing(session: Session) -> str:
    """Who the manager is meeting and what they know before they start (Markdown)."""
    p = session.persona
    return (
        f"**{p.name}** · {p.role} · *{p.difficulty}*\n\n{p.situation}\n\n"
        f"**What you know:** {p.public_context}"
    )


def end_reason(practice: Practice) -> EndReason:
    """Why an ended run ended: the run's own reason (time, End), else the engine's."""
    if practice.end_reason is not None:
        return practice.end_reason
    engine_reason = practice.session.engine.state.end_reason
    return engine_reason if engine_reason is not None else EndReason.ENDED_BY_YOU


def status(practice: Practice) -> str:
    """The turn count while the run goes on; once over, why it ended and what it achieved."""
    session = practice.session
    if not practice.ended:
        return f"Turn {len(session.records) + 1} of up to {session.persona.max_turns}."
    o = session.outcome()
    reason = end_reason(practice)
    return (
        f"Session over: {END_REASONS.get(reason, label(reason.value))}. "
        f"Uncovered {len(o.layers_disclosed)} of {o.layers_total} layers; next step "
        f"{'agreed' if o.committed else 'not agreed'}."
    )


def countdown(practice: Practice | None) -> str:
    """The clock of a timed run (empty for an untimed one), and a bar of the time left."""
    left = practice.remaining() if practice else None
    if practice is None or left is None:
        return ""
    mins, secs = divmod(round(left), 60)
    if practice.ended and left > 0:
        return f'<div class="rh-done">Finished with {mins}:{secs:02d} to spare.</div>'
    low = " rh-low" if left <= 30 else ""
    pct = 100 * left / (practice.time_limit or TIMED_SECONDS)
    shown = "Time's up" if left <= 0 else f"{mins}:{secs:02d} left"
    return (
        f'<div class="rh-clock{low}" aria-live="polite">{shown}</div>'
        f'<div class="rh-track"><i style="width:{pct:.0f}%"></i></div>'
    )


def hint(practice: Practice | None) -> str:
    """After a turn: the move heard and one line worth trying; before any, what hints are."""
    if practice is None or not practice.session.records:
        return (
            '<div class="rh-hint">Hints appear here after each of your turns: the move '
            "Rehearse heard, and one line worth trying.</div>"
        )
    records = practice.session.records
    rubric = catalog.get_rubric(practice.session.rubric or catalog.DEFAULT_RUBRIC)
    h = hints.next_hint(rubric, [r.moves for r in records], records[-1].cues)
    if h is None:
        return ""
    heard = ", ".join(label(m) for m in h.moves)
    return (
        f'<div class="rh-hint"><div>Heard: <b>{escape(heard)}</b></div>'
        f"<div>{escape(h.criterion_name)}: {escape(h.reason)}. Worth trying:</div>"
        f'<div class="rh-say">“{escape(h.suggestion)}”</div></div>'
    )
