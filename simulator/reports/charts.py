"""Charts as self-contained SVG: the criteria radar, empathy-versus-execution, progress.

Plain SVG strings rather than a plotting library: they render the same in the app, in the
downloadable HTML report and offline, need no JavaScript or CDN, and a test can read them.
Every chart carries a ``<title>`` and ``aria-label`` so screen readers get the numbers too.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from simulator.scoring.scorecard import Scorecard
from simulator.scoring.vocabulary import QUADRANTS, fmt_score

LOW, HIGH = 1.0, 5.0
PALETTE = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#65a30d")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK, MUTED, GRID, ACCENT = "#1f2937", "#6b7280", "#e5e7eb", "#2563eb"


def _svg(width: int, height: int, label: str, body: list[str], css_class: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="rh-chart {css_class}" '
        f'viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{escape(label)}" '
        f'style="max-width:{width}px;font-family:{FONT}">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def _pts(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def radar(scores: Sequence[tuple[str, float | None]], *, size: int = 340) -> str:
    """A radar of ``(criterion name, score 1-5 or None)``; unscored axes sit at the centre."""
    n = len(scores)
    label = "Criteria: " + "; ".join(f"{name} {fmt_score(v)}" for name, v in scores)
    # Labels sit outside the rings and can be long: leave generous room on both sides.
    width, height = size + 280, size
    cx, cy, radius = width / 2, height / 2, size / 2 - 34
    if n < 3:
        # Fewer than three axes make no polygon; a list reads better than a broken shape.
        rows = [
            f'<text x="16" y="{28 + 22 * i}" font-size="14" fill="{INK}">'
            f"{escape(name)}: {fmt_score(v)}</text>"
            for i, (name, v) in enumerate(scores)
        ]
        return _svg(width, max(40, 28 + 22 * n), label, rows, "rh-radar")

    def at(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * max(0.0, value) / HIGH
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    body: list[str] = []
    for level in range(1, 6):
        ring = [at(i, level) for i in range(n)]
        body.append(
            f'<polygon points="{_pts(ring)}" fill="none" stroke="{GRID}" '
            f'stroke-width="{1.5 if level == 5 else 1}"/>'
        )
    for i, (name, _) in enumerate(scores):
        x, y = at(i, HIGH)
        body.append(f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        lx, ly = at(i, HIGH + 0.55)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        body.append(
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}" font-size="12.5" '
            f'fill="{INK}">{escape(name)}</text>'
        )
    for level in (1, 3, 5):
        x, y = at(0, level)
        body.append(
            f'<text x="{x + 4:.1f}" y="{y + 4:.1f}" font-size="10" fill="{MUTED}">{level}</text>'
        )
    shape = [at(i, v if v is not None else 0.0) for i, (_, v) in enumerate(scores)]
    body.append(
        f'<polygon class="rh-radar-shape" points="{_pts(shape)}" fill="{ACCENT}" '
        f'fill-opacity="0.22" stroke="{ACCENT}" stroke-width="2.5" stroke-linejoin="round"/>'
    )
    for (x, y), (name, v) in zip(shape, scores, strict=True):
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{ACCENT}">'
            f"<title>{escape(name)}: {fmt_score(v)}</title></circle>"
        )
    return _svg(width, height, label, body, "rh-radar")


@dataclass(frozen=True)
class Point:
    """A session on the empathy-versus-execution plane."""

    empathy: float
    execution: float
    label: str = ""


def quadrant(current: Point | None, earlier: Sequence[Point] = (), *, size: int = 340) -> str:
    """Empathy (up) against execution (right), 1-5 each, split at the midpoint 3.

    ``current`` is drawn bold; ``earlier`` sessions faintly, for a sense of direction.
    """
    m = 44
    plot = size - m - 16
    mid = (LOW + HIGH) / 2

    # Scores of 1 or 5 sit a marker's width inside the frame, so a low point is never cut
    # off at the edge.
    pad = 12

    def xy(p: Point) -> tuple[float, float]:
        fx = (p.execution - LOW) / (HIGH - LOW)
        fy = (p.empathy - LOW) / (HIGH - LOW)
        return m + pad + fx * (plot - 2 * pad), 16 + pad + (1 - fy) * (plot - 2 * pad)

    label = "Empathy versus execution: " + (
        f"this session empathy {current.empathy:.1f}, execution {current.execution:.1f}"
        if current
        else "this session is unscored"
    )
    if earlier:
        label += f"; {len(earlier)} earlier session(s)"
    body = [
        f'<rect x="{m}" y="16" width="{plot}" height="{plot}" fill="#f9fafb" stroke="{GRID}"/>',
    ]
    cx, cy = xy(Point(mid, mid))
    body += [
        f'<line x1="{cx:.1f}" y1="16" x2="{cx:.1f}" y2="{16 + plot}" stroke="{GRID}" '
        'stroke-width="1.5"/>',
        f'<line x1="{m}" y1="{cy:.1f}" x2="{m + plot}" y2="{cy:.1f}" stroke="{GRID}" '
        'stroke-width="1.5"/>',
    ]
    for q in QUADRANTS:
        qx = m + (plot * 0.75 if q.high_execution else plot * 0.25)
        qy = 16 + (plot * 0.06 if q.high_empathy else plot * 0.97)
        body.append(
            f'<text x="{qx:.1f}" y="{qy + 8:.1f}" text-anchor="middle" font-size="11" '
            f'fill="{MUTED}">{escape(q.name)}</text>'
        )
    for v in (1, 3, 5):
        x, _ = xy(Point(LOW, v))
        _, y = xy(Point(v, LOW))
        body.append(
            f'<text x="{x:.1f}" y="{16 + plot + 14}" text-anchor="middle" font-size="10" '
            f'fill="{MUTED}">{v}</text>'
        )
        body.append(
            f'<text x="{m - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="10" '
            f'fill="{MUTED}">{v}</text>'
        )
    body += [
        f'<text x="{m + plot / 2:.1f}" y="{size - 2}" text-anchor="middle" font-size="12" '
        f'fill="{INK}">Execution →</text>',
        f'<text x="12" y="{16 + plot / 2:.1f}" text-anchor="middle" font-size="12" '
        f'fill="{INK}" transform="rotate(-90 12 {16 + plot / 2:.1f})">Empathy →</text>',
    ]
    for p in earlier:
        x, y = xy(p)
        tip = escape(p.label or f"empathy {p.empathy:.1f}, execution {p.execution:.1f}")
        body.append(
            f'<circle class="rh-earlier" cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{MUTED}" '
            f'fill-opacity="0.28"><title>{tip}</title></circle>'
        )
    if current is not None:
        x, y = xy(current)
        body.append(
            f'<circle class="rh-current" cx="{x:.1f}" cy="{y:.1f}" r="8" fill="{ACCENT}" '
            f'stroke="white" stroke-width="2.5"><title>This session: empathy '
            f"{current.empathy:.1f}, execution {current.execution:.1f}</title></circle>"
        )
    width = size
    return _svg(width, size + 4, label, body, "rh-quadrant")


def moving_average(values: Sequence[float | None], window: int = 3) -> list[float | None]:
    """Each value's mean with up to ``window - 1`` scored values before it (``None`` where
    nothing is scored yet): the trend without one session's noise."""
    out: list[float | None] = []
    seen: list[float] = []
    for v in values:
        if v is not None:
            seen.append(v)
        out.append(sum(seen[-window:]) / len(seen[-window:]) if seen else None)
    return out


TREND = "#111827"


def progress(
    series: Mapping[str, Sequence[float | None]],
    ticks: Sequence[str],
    *,
    overall: Sequence[float | None] | None = None,
    window: int = 3,
    width: int = 680,
    height: int = 300,
) -> str:
    """One line per criterion over sessions (oldest left); ``ticks`` label the sessions.

    ``overall``, if given, is drawn as a thick trend line: its moving average over ``window``
    sessions. ``None`` (unscored) breaks a line rather than dropping it to zero. Criteria are
    nudged sideways from each other, so equal scores in one session stay visible, and every
    point has a title naming its criterion, session and score.
    """
    n = len(ticks)
    trend = moving_average(overall, window) if overall is not None else None
    label = f"Progress over {n} session(s): " + "; ".join(
        f"{name} latest {fmt_score(next((v for v in reversed(vals) if v is not None), None))}"
        for name, vals in series.items()
    )
    if trend is not None:
        label += f"; overall trend latest {fmt_score(trend[-1] if trend else None)}"
    if n == 0:
        empty = [
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" font-size="14" '
            f'fill="{MUTED}">No sessions yet: finish one in Practice to see your progress.</text>'
        ]
        return _svg(width, height, "No sessions yet", empty, "rh-progress")
    left, right, top = 36, 230, 14
    bottom = height - 48
    plot_w, plot_h = width - left - right, bottom - top
    count = len(series)
    spread = min(12.0, plot_w / max(n, 1) / 3)
    pad = spread / 2 + 8

    def x_at(i: int, k: float = 0.0) -> float:
        # Inset from the axes, so the nudged points never cover the score labels.
        inner = plot_w - 2 * pad
        base = left + pad + (inner / 2 if n == 1 else inner * i / (n - 1))
        return base + (k - (count - 1) / 2) * (spread / max(count - 1, 1))

    def y_at(v: float) -> float:
        return bottom - plot_h * (v - LOW) / (HIGH - LOW)

    body: list[str] = []
    for v in range(1, 6):
        y = y_at(v)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        body.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="10" '
            f'fill="{MUTED}">{v}</text>'
        )
    step = max(1, math.ceil(n / 5))
    for i in range(0, n, step):
        date, _, time = ticks[i].rpartition(" ")
        body.append(
            f'<text x="{x_at(i, (count - 1) / 2):.1f}" y="{bottom + 16}" text-anchor="middle" '
            f'font-size="10" fill="{INK}">{escape(date or time)}'
            + (
                f'<tspan x="{x_at(i, (count - 1) / 2):.1f}" dy="12">{escape(time)}</tspan>'
                if date
                else ""
            )
            + "</text>"
        )
    legend: list[tuple[str, str, str]] = []
    for k, (name, values) in enumerate(series.items()):
        color = PALETTE[k % len(PALETTE)]
        run: list[tuple[float, float]] = []
        runs: list[list[tuple[float, float]]] = [run]
        for i, value in enumerate(values[:n]):
            if value is None:
                run = []
                runs.append(run)
                continue
            x, y = x_at(i, k), y_at(value)
            run.append((x, y))
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}" stroke="#fff" '
                f'stroke-width="1"><title>{escape(name)}, {escape(ticks[i])}: {value:.1f}'
                "</title></circle>"
            )
        for r in runs:
            if len(r) > 1:
                body.insert(
                    0,
                    f'<polyline points="{_pts(r)}" fill="none" stroke="{color}" '
                    'stroke-width="1.5" stroke-opacity=".75" stroke-linejoin="round"/>',
                )
        legend.append((name, color, ""))
    if trend is not None:
        mid = (count - 1) / 2
        scored = [(i, v) for i, v in enumerate(trend[:n]) if v is not None]
        pts = [(x_at(i, mid), y_at(v)) for i, v in scored]
        if len(pts) > 1:
            body.append(
                f'<polyline points="{_pts(pts)}" fill="none" stroke="{TREND}" stroke-width="3.5" '
                'stroke-dasharray="8 4" stroke-linejoin="round" stroke-linecap="round"/>'
            )
        for (px, py), (j, avg) in zip(pts, scored, strict=True):
            body.append(
                f'<rect x="{px - 4:.1f}" y="{py - 4:.1f}" width="8" height="8" fill="{TREND}">'
                f"<title>Overall, average of the last {window} up to {escape(ticks[j])}: "
                f"{avg:.1f}</title></rect>"
            )
        legend.insert(0, (f"Overall ({window}-session average)", TREND, ' stroke-dasharray="8 4"'))
    for k, (name, color, dash) in enumerate(legend):
        ly = top + 8 + 20 * k
        body.append(
            f'<line x1="{width - right + 14}" y1="{ly - 2}" x2="{width - right + 32}" '
            f'y2="{ly - 2}" stroke="{color}" stroke-width="3"{dash}/>'
            f'<text x="{width - right + 38}" y="{ly + 2}" font-size="12" '
            f'fill="{INK}">{escape(name)}</text>'
        )
    return _svg(width, height, label, body, "rh-progress")


# -- helpers from scorecards ---------------------------------------------------------------


def radar_for(card: Scorecard) -> str:
    """The radar of a scorecard's criteria."""
    return radar([(c.name, c.score) for c in card.criteria])


def point_for(card: Scorecard, label: str = "") -> Point | None:
    """A scorecard on the quadrant, or ``None`` when either sub-score is missing."""
    if card.empathy is None or card.execution is None:
        return None
    return Point(card.empathy, card.execution, label)


# -- trust and stress over a conversation ----------------------------------------------------

TRUST_COLOR, STRESS_COLOR = "#1d4ed8", "#b91c1c"
"""Dark enough for 4.5:1 on white, and told apart by marker shape as well as colour."""


@dataclass(frozen=True)
class StatePoint:
    """Trust and stress (0-10) after a manager turn (turn 0: the start), and why they moved."""

    turn: int
    trust: float
    stress: float
    reasons: tuple[str, ...] = ()


def timeline(points: Sequence[StatePoint], *, width: int = 400, height: int = 220) -> str:
    """Trust (solid, circles) and stress (dashed, squares) per turn, 0-10.

    Each point's tooltip names why it moved; :func:`timeline_table` holds the same data as
    text for screen readers and narrow screens.
    """
    label = "Trust and stress per turn: " + "; ".join(
        f"turn {p.turn} trust {p.trust:g} stress {p.stress:g}" for p in points
    )
    if not points:
        empty = [
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" font-size="14" '
            f'fill="{MUTED}">No turns yet.</text>'
        ]
        return _svg(width, height, "No turns yet", empty, "rh-timeline-chart")
    left, right, top, bottom = 34, 16, 26, height - 30
    last = max(p.turn for p in points) or 1
    plot_w, plot_h = width - left - right, bottom - top

    def x_at(turn: int) -> float:
        return left + plot_w * turn / last

    def y_at(v: float) -> float:
        return bottom - plot_h * max(0.0, min(10.0, v)) / 10

    body: list[str] = []
    for v in (0, 5, 10):
        body.append(
            f'<line x1="{left}" y1="{y_at(v):.1f}" x2="{left + plot_w}" y2="{y_at(v):.1f}" '
            f'stroke="{GRID}"/><text x="{left - 6}" y="{y_at(v) + 4:.1f}" text-anchor="end" '
            f'font-size="13" fill="{INK}">{v}</text>'
        )
    step = max(1, math.ceil(len(points) / 10))
    for p in points[::step]:
        body.append(
            f'<text x="{x_at(p.turn):.1f}" y="{bottom + 18}" text-anchor="middle" '
            f'font-size="13" fill="{INK}">{"start" if p.turn == 0 else p.turn}</text>'
        )
    for name, color, dash, attr in (
        ("Trust", TRUST_COLOR, "", "trust"),
        ("Stress", STRESS_COLOR, ' stroke-dasharray="6 4"', "stress"),
    ):
        xy = [(x_at(p.turn), y_at(getattr(p, attr))) for p in points]
        body.append(
            f'<polyline class="rh-{attr}" points="{_pts(xy)}" fill="none" stroke="{color}" '
            f'stroke-width="2.5" stroke-linejoin="round"{dash}/>'
        )
        for (x, y), p in zip(xy, points, strict=True):
            why = "; ".join(p.reasons) or ("the start" if p.turn == 0 else "no change")
            tip = escape(f"Turn {p.turn}: {name.lower()} {getattr(p, attr):g} ({why})")
            mark = (
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{color}">'
                if attr == "trust"
                else f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{color}">'
            )
            close = "</circle>" if attr == "trust" else "</rect>"
            body.append(f"{mark}<title>{tip}</title>{close}")
    body.append(
        f'<circle cx="{left + 6}" cy="12" r="4.5" fill="{TRUST_COLOR}"/>'
        f'<text x="{left + 16}" y="16" font-size="13" fill="{INK}">Trust</text>'
        f'<rect x="{left + 70}" y="8" width="8" height="8" fill="{STRESS_COLOR}"/>'
        f'<text x="{left + 84}" y="16" font-size="13" fill="{INK}">Stress (dashed)</text>'
    )
    return _svg(width, height, label, body, "rh-timeline-chart")


def timeline_table(points: Sequence[StatePoint]) -> str:
    """The timeline as a table: turn, trust and stress with their change, and why."""
    rows = []
    prev: StatePoint | None = None
    for p in points:
        dt = "" if prev is None else f" ({p.trust - prev.trust:+g})"
        ds = "" if prev is None else f" ({p.stress - prev.stress:+g})"
        why = "; ".join(p.reasons) or ("where they started" if p.turn == 0 else "no change")
        rows.append(
            f"<tr><th scope='row'>{'Start' if p.turn == 0 else p.turn}</th>"
            f"<td>{p.trust:g}{dt}<br>{p.stress:g}{ds}</td><td>{escape(why)}</td></tr>"
        )
        prev = p
    return (
        '<table class="rh-criteria rh-timeline-table"><caption>Trust and stress (0–10) after '
        "each of your turns, and why they moved</caption><thead><tr><th scope='col'>Turn</th>"
        "<th scope='col'>Trust<br>Stress</th><th scope='col'>Why</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def score_table(scores: Sequence[tuple[str, float | None]]) -> str:
    """The radar's numbers as a table: the fallback where the radar is too small to read."""
    rows = "".join(
        f"<tr><th scope='row'>{escape(name)}</th><td>{fmt_score(v)}</td></tr>" for name, v in scores
    )
    return (
        '<table class="rh-criteria rh-score-table"><thead><tr><th scope="col">Criterion</th>'
        f'<th scope="col">Score (1–5)</th></tr></thead><tbody>{rows}</tbody></table>'
    )
