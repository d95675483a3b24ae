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
from simulator.scoring import hints
from simulator.scoring.rewrites import reflect
from simulator.scoring.vocabulary import label

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
        f'<div class="rh-clock{low}">{shown}</div>'
        f'<div class="rh-track"><i style="width:{pct:.0f}%"></i></div>'
    )


LIVE_REGION_JS = (
    "element.setAttribute('aria-live', 'polite'); element.setAttribute('role', 'status');"
)
"""Makes a ``gr.HTML`` container a polite live region: its element persists while its
content is replaced, so screen readers announce each new value once."""

MILESTONES = (
    (0, "Time's up."),
    (10, "10 seconds left."),
    (30, "30 seconds left."),
    (60, "One minute left."),
    (120, "Two minutes left."),
)


def milestone(practice: Practice | None) -> str:
    """The last time milestone a timed run has crossed (empty before the first, and for an
    untimed or finished run): the only clock text screen readers hear."""
    left = practice.remaining() if practice else None
    if practice is None or left is None or practice.ended:
        return ""
    for at, text in MILESTONES:
        if left <= at:
            return f'<span class="rh-sr-only">{text}</span>'
    return ""


def _reaction(session: Session) -> tuple[str, str] | None:
    """What just happened that the next turn should answer, from the engine's record of the
    last turn: ``(why, line to try)``, or ``None`` when nothing calls for it."""
    last = session.records[-1]
    said = [t.text for t in session.turns if t.speaker == "employee"]
    if last.layer is not None or last.need is not None:
        return (
            "They just told you something personal: acknowledge it before moving on",
            reflect(said[-1:]),
        )
    if last.ignored:
        return (
            "They had shared something and that turn moved past it: go back to it",
            reflect(said[-2:-1] or said),
        )
    if last.triggers:
        return (
            "That touched a sore point and they closed up: own it and listen",
            f"I put that badly. {reflect(said[-2:-1] or said)}",
        )
    return None


def hint(practice: Practice | None) -> str:
    """After a turn: the move heard and one line worth trying, reacting to what just happened
    (a disclosure, a sore point, a repeat); before any turn, what hints are."""
    if practice is None or not practice.session.records:
        return (
            '<div class="rh-hint">Hints appear here after each of your turns: the move '
            "Rehearse heard, and one line worth trying.</div>"
        )
    session = practice.session
    rubric = catalog.get_rubric(session.rubric or catalog.DEFAULT_RUBRIC)
    h = hints.hint_after(rubric, [(t.speaker, t.text) for t in session.turns])
    if h is None:
        return ""
    heard = ", ".join(label(m) for m in h.moves) or "no particular move"
    reason, line = f"{h.criterion_name}: {h.reason}", h.suggestion
    reaction = _reaction(session)
    if reaction is not None:
        reason, line = reaction
    return (
        f'<div class="rh-hint"><div>Heard: <b>{escape(heard)}</b></div>'
        f"<div>{escape(reason)}. Worth trying:</div>"
        f'<div class="rh-say">“{escape(line)}”</div></div>'
    )


def leave_question(name: str, turns: int) -> str:
    """The question asked before a conversation in progress is left."""
    said = f"{turns} turn{'s' if turns != 1 else ''}"
    return (
        f'<div class="rh-notice rh-warn" role="alertdialog" aria-labelledby="rh-leave-q">'
        f'<b id="rh-leave-q">You are {said} into your conversation with {escape(name)}.</b> '
        "Save it to your history as unfinished, discard it, or keep talking?</div>"
    )
