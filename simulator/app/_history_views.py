"""What the History tab shows as HTML: tick labels that tell sessions apart, the sessions
table (scrolling inside its own box on a phone), and the "new feedback" notice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from simulator.app._views import WHEN
from simulator.reports import charts
from simulator.scoring.vocabulary import NOT_APPLICABLE, fmt_score
from simulator.store.records import StoredSession

COLUMNS = [
    "When",
    "Persona",
    "Overall",
    "Empathy",
    "Execution",
    "Uncovered",
    "Next step",
    "Shared with",
    "Feedback",
]
TICK = "%d %b %H:%M"
"""How a session's time reads under the progress chart: date, then time."""


def ticks(rows: Sequence[StoredSession]) -> list[str]:
    """One label per session, date and time, each different from the others: seconds are
    added where minutes collide, then a counter where even seconds do."""
    local = [r.created_at.astimezone() for r in rows]
    labels = [t.strftime(TICK) for t in local]
    clash = Counter(labels)
    labels = [
        t.strftime(TICK + ":%S") if clash[lab] > 1 else lab
        for t, lab in zip(local, labels, strict=True)
    ]
    seen: Counter[str] = Counter()
    out = []
    for lab in labels:
        seen[lab] += 1
        out.append(lab if seen[lab] == 1 else f"{lab} #{seen[lab]}")
    return out


def feedback_cell(count: int) -> str:
    """The Feedback column: new comments from coaches since the owner last looked."""
    if not count:
        return ""
    return f'<span class="rh-status rh-new">New ({count})</span>'


def table(rows: Sequence[StoredSession], new: dict[str, int]) -> str:
    """The sessions, newest first, as a table that scrolls sideways inside its own box."""
    if not rows:
        return '<p class="rh-group">No sessions yet.</p>'
    body = []
    for r in reversed(rows):
        cells = [
            escape(r.created_at.astimezone().strftime(WHEN)),
            escape(r.persona_name or r.persona_id or ""),
            fmt_score(r.overall),
            fmt_score(r.empathy),
            fmt_score(r.execution),
            f"{r.layers_disclosed}/{r.layers_total}" if r.layers_total else NOT_APPLICABLE,
            "agreed" if r.committed else NOT_APPLICABLE,
            escape(", ".join(r.shared_with)),
            feedback_cell(new.get(r.id, 0)),
        ]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in COLUMNS)
    return (
        '<div class="rh-scroll" role="region" aria-label="Your sessions" tabindex="0">'
        f'<table class="rh-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}'
        "</tbody></table></div>"
    )


def new_feedback_notice(rows: Sequence[StoredSession], new: dict[str, int]) -> str:
    """ "New feedback on …" for the sessions a coach commented on since the owner looked."""
    fresh = [r for r in rows if new.get(r.id)]
    if not fresh:
        return ""
    names = "; ".join(f"{escape(r.label)}" for r in reversed(fresh))
    return (
        '<div class="rh-notice rh-new-feedback" role="status"><b>New feedback</b> from your '
        f"coach on {len(fresh)} session{'s' if len(fresh) > 1 else ''}: {names}. "
        "Open it below to read it.</div>"
    )


def _latest(values: Sequence[float | None]) -> float | None:
    return next((v for v in reversed(values) if v is not None), None)


def _first(values: Sequence[float | None]) -> float | None:
    return next((v for v in values if v is not None), None)


def progress_table(
    series: dict[str, list[float | None]], overall: list[float | None], window: int = 3
) -> str:
    """The progress chart's story as a table (first score, latest, and the average of the
    last ``window``): what a phone shows, where the chart's text would be too small to read."""
    rows = [("Overall", overall), *series.items()]
    body = "".join(
        f"<tr><th scope='row'>{escape(name)}</th><td>{fmt_score(_first(vals))}</td>"
        f"<td>{fmt_score(_latest(vals))}</td>"
        f"<td>{fmt_score(_latest(charts.moving_average(vals, window)))}</td></tr>"
        for name, vals in rows
    )
    return (
        '<div class="rh-progress-table"><div class="rh-scroll" role="region" tabindex="0" '
        'aria-label="Your scores"><table class="rh-table"><caption>Your scores (1–5): '
        f"first session, latest, and the average of the last {window}</caption><thead><tr>"
        '<th scope="col">Criterion</th><th scope="col">First</th><th scope="col">Latest</th>'
        f'<th scope="col">Last {window}</th></tr></thead><tbody>{body}</tbody></table></div></div>'
    )


CHART_CSS = """
.rh-progress-table { display:none; }
.rh-progress-table caption { text-align:left; font-size:.9rem; margin-bottom:4px; }
.rh-progress-table th[scope=row] { font-weight:500; white-space:normal; }
@media (max-width: 640px) {
  svg.rh-progress { display:none; }
  .rh-progress-table { display:block; }
}
"""
"""Phones get the table instead of the chart (``css_template`` of the chart component)."""
