"""The Coach review transcript with its comment controls, and the inbox of shared sessions.

The annotated transcript is the report's (:func:`simulator.reports.html.transcript`); this
module adds, inside each turn, a "Comment" button, and after each of the reviewer's own
comments an "Edit" button. They are real ``<button>`` elements, so Tab reaches them and Enter
or Space presses them; one click listener on the transcript (:data:`CLICK_JS`) sends the
button's action and target to the server as the HTML component's ``click`` event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from html import escape

from simulator.app._views import WHEN, Shown, author_name
from simulator.content.transcript import Transcript
from simulator.reports import html as htmlreport
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.vocabulary import fmt_score
from simulator.store.records import Comment, InboxEntry

NAMES = ("Manager", "Employee")
"""How the two speakers are named to a coach (the manager is not "you" here)."""

CLICK_JS = """
element.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-act]');
  if (!b || !element.contains(b)) return;
  trigger('click', {act: b.dataset.act, ref: b.dataset.ref});
  const box = document.querySelector(b.dataset.act === 'open'
    ? '#review-view' : '#review-comment textarea');
  if (box) {
    if (box.focus) box.focus({preventScroll: true});
    box.scrollIntoView({block: b.dataset.act === 'open' ? 'start' : 'center'});
  }
});
"""
"""Sends ``{act, ref}`` of the pressed control (``turn``/``edit`` in the transcript, ``open``
in the inbox) and brings the comment box (or the opened session) into view."""

_TURN = re.compile(r'(<div class="rh-turn[^"]*" data-turn="(\d+)">)(<div class="rh-who">.*?</div>)')
_COMMENT = re.compile(r'<div class="rh-comment">(.*?)</div>')


def transcript(
    t: Transcript,
    card: Scorecard | None,
    comments: Sequence[Comment],
    viewer: str,
) -> str:
    """The annotated transcript, each turn with a "Comment" button and each of ``viewer``'s
    own comments with an "Edit" button."""
    on_turns = sorted((c for c in comments if c.turn is not None), key=lambda c: c.turn or 0)
    shown = [Shown(c.turn, author_name(c.author), c.text) for c in on_turns]
    page = htmlreport.transcript(t, card, shown, names=NAMES)

    def comment_button(m: re.Match[str]) -> str:
        i = int(m[2])
        who = NAMES[0] if t.turns[i].speaker == "manager" else NAMES[1]
        return (
            f"{m[1]}{m[3]}<button type='button' class='rh-act' data-act='turn' data-ref='{i}' "
            f"aria-label='Comment on turn #{i} ({who})'>Comment</button>"
        )

    page = _TURN.sub(comment_button, page)
    mine = iter(on_turns)

    def edit_button(m: re.Match[str]) -> str:
        c = next(mine, None)
        if c is None or c.author != viewer:
            return m[0]
        edited = " <i>(edited)</i>" if c.edited_at else ""
        return (
            f'<div class="rh-comment">{m[1]}{edited} <button type="button" class="rh-act" '
            f"data-act='edit' data-ref='{c.id}' aria-label='Edit your comment on turn "
            f"#{c.turn}'>Edit</button></div>"
        )

    return _COMMENT.sub(edit_button, page)


TRANSCRIPT_CSS = """
* { --rh-muted:#475569; --rh-warn:#92400e; }
.rh-act { font:inherit; font-size:.8rem; margin-left:8px; padding:1px 10px; cursor:pointer;
  border:1px solid #1d4ed8; border-radius:999px; background:#fff; color:#1d4ed8; }
.rh-act:hover { background:#eff6ff; }
.rh-act:focus-visible { outline:2px solid #1d4ed8; outline-offset:2px; }
.rh-who { display:flex; align-items:center; flex-wrap:wrap; }
"""


def when(value: datetime) -> str:
    """A time as the tables show it."""
    return value.astimezone().strftime(WHEN)


def inbox(entries: Sequence[InboxEntry]) -> str:
    """The sessions shared with a coach, unreviewed first, each with an "Open" button."""
    if not entries:
        return (
            '<p class="rh-group">Nothing has been shared with you yet. When a manager shares '
            "a session from their History, it appears here.</p>"
        )
    order = sorted(entries, key=lambda e: (e.reviewed, -e.shared_at.timestamp()))
    todo = sum(not e.reviewed for e in entries)
    rows = []
    for e in order:
        s = e.session
        status = (
            '<span class="rh-status rh-done">Reviewed</span>'
            if e.reviewed
            else '<span class="rh-status rh-todo">To review</span>'
        )
        who = s.persona_name or s.persona_id or "uploaded transcript"
        # The Open button comes first: on a phone the rest of the row scrolls sideways.
        rows.append(
            f"<tr><td><button type='button' class='rh-act' data-act='open' "
            f"data-ref='{escape(s.id, quote=True)}' aria-label='Open {escape(s.owner)}&#39;s "
            f"session with {escape(who)}'>Open</button></td><td>{status}</td>"
            f"<td>{escape(s.owner)}</td><td>{escape(who)}</td>"
            f"<td>{escape(when(s.created_at))}</td><td>{escape(fmt_score(s.overall))}</td>"
            f"<td>{e.comments}</td></tr>"
        )
    return (
        f'<p class="rh-section">Shared with you <span class="rh-group">· {todo} to review'
        f"</span></p>"
        '<div class="rh-scroll" role="region" aria-label="Sessions shared with you" tabindex="0">'
        '<table class="rh-table"><thead><tr><th scope="col"><span class="rh-sr">Open</span>'
        '</th><th scope="col">Status</th><th scope="col">From</th><th scope="col">Persona'
        '</th><th scope="col">When</th><th scope="col">Overall</th><th scope="col">Your '
        f"comments</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


TABLE_CSS = """
.rh-scroll { width:0; min-width:100%; overflow-x:auto; }
.rh-table { border-collapse:collapse; width:100%; font-size:.9rem; }
.rh-table th, .rh-table td { text-align:left; padding:6px 8px;
  border-bottom:1px solid var(--border-color-primary); vertical-align:top; }
.rh-table th { white-space:nowrap; font-weight:600; }
.rh-table td { white-space:nowrap; }
.rh-status { border-radius:999px; padding:1px 8px; font-size:.8rem; font-weight:600; }
.rh-todo { background:#fef3c7; color:#78350f; }
.rh-done { background:#dcfce7; color:#14532d; }
.rh-new { background:#dbeafe; color:#1e3a8a; }
/* The report's grey (gray-500) is 4.4:1 on the tiles' blue and the page's grey; slate-600
   passes AA everywhere (as the Practice tab's results do). */
* { --rh-muted:#475569; --rh-warn:#92400e; }
.rh-sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
"""
"""Scoped to the component it is given to (``css_template``): tables scroll inside their own
box on a narrow screen instead of widening the page (``width:0; min-width:100%`` fills the
box while adding nothing to the page's minimum width)."""


def scrolling(table: str, label: str) -> str:
    """``table`` in a keyboard-scrollable box, so a wide table never widens the page."""
    return f'<div class="rh-scroll" role="region" aria-label="{label}" tabindex="0">{table}</div>'
