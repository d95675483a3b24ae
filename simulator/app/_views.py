"""HTML pieces more than one tab shows: notices, the header, comments as read, subtitles."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from simulator.app.auth import LOCAL_USER, Viewer
from simulator.app.context import AppContext
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.reports import charts
from simulator.store.records import Comment, StoredSession

NoticeKind = Literal["ok", "warn", "err"]
WHEN = "%Y-%m-%d %H:%M"
"""How a session's time reads in subtitles and tables."""


def notice(text: str, kind: NoticeKind = "ok") -> str:
    """A status line (saved, a warning, an error), announced to screen readers."""
    return f'<div class="rh-notice rh-{kind}" role="status">{escape(text)}</div>'


def header(ctx: AppContext, viewer: Viewer) -> str:
    """The title, what plays the partner and scores, who is signed in, and start-up notes."""
    judge = ctx.judge_label
    if judge in ("no judge", "scripted (no judge)"):
        judge = "rubric scorer (no LLM judge)"
    badges = [
        f'<span class="rh-badge">Partner: <b>{escape(ctx.partner_label)}</b></span>',
        f'<span class="rh-badge">Scoring: <b>{escape(judge)}</b></span>',
    ]
    if viewer.login:
        badges.append(
            f'<span class="rh-badge" id="rh-user">Signed in as <b>{escape(viewer.name)}</b>'
            f" ({viewer.role}) · <a href='/logout'>Log out</a></span>"
        )
    notes = "".join(f"<p>{escape(n)}</p>" for n in ctx.startup_notes)
    return (
        '<div id="rh-header"><div><h1>Rehearse</h1><p>Practise the hard one-on-one '
        "before you have it. Listen first; the scorecard shows what you did.</p>"
        f'{notes}</div><div class="rh-badges">{"".join(badges)}</div></div>'
    )


@dataclass(frozen=True)
class Shown:
    """A comment as people read it."""

    turn: int | None
    author: str
    text: str


def author_name(author: str) -> str:
    """A comment's author as people read it."""
    # With login off every comment is the local user's, writing as their own coach.
    return "Coach" if author == LOCAL_USER else author


def shown(comments: list[Comment]) -> list[Shown]:
    """Comments with their authors as people read them."""
    return [Shown(c.turn, author_name(c.author), c.text) for c in comments]


def subtitle(row: StoredSession | None, t: Transcript, partner: str | None = None) -> str:
    """``With Nadia · 2026-01-02 10:00 · scripted``: who, when and which partner."""
    who = (row.persona_name if row else None) or t.persona or "uploaded transcript"
    when = row.created_at.astimezone().strftime(WHEN) if row else ""
    bits = [f"With {who}", when, partner or (row.partner if row else None) or ""]
    return " · ".join(b for b in bits if b)


def earlier_points(ctx: AppContext, owner: str, exclude: str | None) -> list[charts.Point]:
    """``owner``'s other practice sessions as points on the quadrant chart."""
    try:
        # Scores only: loading every transcript here cost more with each session kept.
        rows = ctx.store.score_points(owner, source="practice")
    except RehearseError:
        return []
    return [
        charts.Point(r.empathy, r.execution, r.label)
        for r in rows
        if r.id != exclude and r.empathy is not None and r.execution is not None
    ]
