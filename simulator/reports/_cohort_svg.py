"""The cohort report's pictures and style: inline SVG charts and one stylesheet.

Kept apart from :mod:`simulator.reports.cohort`, which decides what the report says; these
functions only draw numbers they are given, so each can be read (and checked) on its own.
"""

from __future__ import annotations

import hashlib
import html
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.scoring.vocabulary import QUADRANT_SPLIT, QUADRANTS

LOW = QUADRANT_SPLIT  # below the middle anchor: "not yet" for a coach
SCATTER_POINTS_MAX = 2000  # beyond this a density grid reads better than overplotted dots

e = html.escape


def histogram_svg(xs: Sequence[float], colour: str, label: str) -> str:
    """Scores in half-point bins from 1 to 5, the mean marked; ``label`` names it for
    screen readers."""
    w, h, pad_l, pad_b, pad_t = 260, 120, 28, 22, 10
    bins = [0] * 8
    for x in xs:
        bins[min(7, max(0, int((x - 1) / 0.5)))] += 1
    top = max(bins) or 1
    bw = (w - pad_l - 6) / 8
    ph = h - pad_b - pad_t
    parts = [
        f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="{e(label)}" class="hist">',
        f"<title>{e(label)}</title>",
        f'<line x1="{pad_l}" y1="{h - pad_b}" x2="{w - 6}" y2="{h - pad_b}" class="axis"/>',
    ]
    for i, n in enumerate(bins):
        bh = ph * n / top
        x = pad_l + i * bw
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{h - pad_b - bh:.1f}" width="{bw - 2:.1f}" '
            f'height="{bh:.1f}" fill="{colour}" opacity="0.85" rx="1.5">'
            f"<title>{1 + i * 0.5:.1f}–{1.5 + i * 0.5:.1f}: {n} transcript(s)</title></rect>"
        )
    for tick in range(1, 6):
        x = pad_l + (tick - 1) * 2 * bw
        parts.append(f'<text x="{x:.1f}" y="{h - 6}" class="tick">{tick}</text>')
    parts.append(f'<text x="{pad_l - 6}" y="{pad_t + 8}" class="tick end">{top}</text>')
    if xs:
        mean = statistics.fmean(xs)
        mx = pad_l + (mean - 1) / 4 * (w - pad_l - 6)
        # Near the right edge the label goes on the left of the line, so it is not cut off.
        tx, anchor = (mx - 3, "end") if mx > w - 60 else (mx + 3, "start")
        parts.append(
            f'<line x1="{mx:.1f}" y1="{pad_t - 4}" x2="{mx:.1f}" y2="{h - pad_b}" class="mean"/>'
            f'<text x="{tx:.1f}" y="{pad_t + 2}" class="tick {anchor}">mean {mean:.1f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _jitter(key: str) -> tuple[float, float]:
    """A small, repeatable offset so identical scores do not hide behind one another."""
    d = hashlib.sha256(key.encode()).digest()
    return (d[0] / 255 - 0.5) * 0.08, (d[1] / 255 - 0.5) * 0.08


@dataclass(frozen=True, slots=True)
class Point:
    """One transcript on the scatter: its two group scores and whether it needs a coach."""

    key: str
    label: str
    x: float
    y: float
    low: bool


def scatter_svg(pts: Sequence[Point], x_name: str, y_name: str) -> str:
    """One group (x) against another (y), quadrants split at the middle anchor."""
    size, pad = 440, 44
    span = size - 2 * pad

    def sx(v: float) -> float:
        return pad + (v - 1) / 4 * span

    def sy(v: float) -> float:
        return size - pad - (v - 1) / 4 * span

    parts = [
        f'<svg viewBox="0 0 {size} {size}" role="img" class="scatter" '
        f'aria-label="{e(x_name)} against {e(y_name)} for {len(pts)} transcripts">',
        f'<rect x="{pad}" y="{pad}" width="{span}" height="{span}" class="plot"/>',
        f'<rect x="{sx(LOW):.1f}" y="{pad}" width="{sx(5) - sx(LOW):.1f}" '
        f'height="{sy(LOW) - pad:.1f}" class="good"/>',
    ]
    for v in range(1, 6):
        parts.append(
            f'<line x1="{sx(v):.1f}" y1="{pad}" x2="{sx(v):.1f}" y2="{size - pad}" class="grid"/>'
            f'<line x1="{pad}" y1="{sy(v):.1f}" x2="{size - pad}" y2="{sy(v):.1f}" class="grid"/>'
            f'<text x="{sx(v):.1f}" y="{size - pad + 16}" class="tick mid">{v}</text>'
            f'<text x="{pad - 8}" y="{sy(v) + 4:.1f}" class="tick end">{v}</text>'
        )
    parts.append(
        f'<line x1="{sx(LOW):.1f}" y1="{pad}" x2="{sx(LOW):.1f}" y2="{size - pad}" class="split"/>'
        f'<line x1="{pad}" y1="{sy(LOW):.1f}" x2="{size - pad}" y2="{sy(LOW):.1f}" class="split"/>'
    )
    # Short labels: each must fit in its own quadrant (the table beside says them in full).
    names = {(q.high_empathy, q.high_execution): q.name for q in QUADRANTS}
    quadrants = [
        (sx(4.95), sy(4.88), "end", names[True, True]),
        (sx(1.05), sy(4.88), "start", names[False, True]),
        (sx(4.95), sy(1.08), "end", names[True, False]),
        (sx(1.05), sy(1.08), "start", names[False, False]),
    ]
    for x, y, anchor, text in quadrants:
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" class="quad {anchor}">{e(text)}</text>')
    if len(pts) <= SCATTER_POINTS_MAX:
        for p in pts:
            jx, jy = _jitter(p.key)
            parts.append(
                f'<circle cx="{sx(min(5, max(1, p.x + jx))):.1f}" '
                f'cy="{sy(min(5, max(1, p.y + jy))):.1f}" r="4" '
                f'class="{"dot low" if p.low else "dot"}"><title>{e(p.label)}: '
                f"{e(x_name)} {p.x:.1f}, {e(y_name)} {p.y:.1f}</title></circle>"
            )
    else:
        cells: dict[tuple[int, int], int] = {}
        for p in pts:
            key = (min(15, int((p.x - 1) / 0.25)), min(15, int((p.y - 1) / 0.25)))
            cells[key] = cells.get(key, 0) + 1
        top = max(cells.values())
        cw = span / 16
        for (i, j), n in sorted(cells.items()):
            parts.append(
                f'<rect x="{pad + i * cw:.1f}" y="{size - pad - (j + 1) * cw:.1f}" '
                f'width="{cw:.1f}" height="{cw:.1f}" fill="#4338ca" '
                f'opacity="{0.12 + 0.88 * n / top:.2f}"><title>{n} transcript(s)</title></rect>'
            )
    parts.append(
        f'<text x="{size / 2}" y="{size - 6}" class="axis-label mid">{e(x_name)} →</text>'
        f'<text x="14" y="{size / 2}" class="axis-label mid" '
        f'transform="rotate(-90 14 {size / 2})">{e(y_name)} →</text></svg>'
    )
    return "".join(parts)


def weakest_svg(rows: Sequence[tuple[str, str, float, str]]) -> str:
    """Horizontal bars of criterion means, weakest first: (name, group, mean, colour)."""
    row_h, label_w, w = 30, 230, 720
    h = row_h * len(rows) + 30
    span = w - label_w - 60

    def sx(v: float) -> float:
        return label_w + (v - 1) / 4 * span

    parts = [
        f'<svg viewBox="0 0 {w} {h}" role="img" class="bars" '
        f'aria-label="Criteria from weakest to strongest by cohort mean">'
    ]
    for v in range(1, 6):
        parts.append(
            f'<line x1="{sx(v):.1f}" y1="4" x2="{sx(v):.1f}" y2="{h - 22}" class="grid"/>'
            f'<text x="{sx(v):.1f}" y="{h - 6}" class="tick mid">{v}</text>'
        )
    parts.append(
        f'<line x1="{sx(LOW):.1f}" y1="4" x2="{sx(LOW):.1f}" y2="{h - 22}" class="split"/>'
    )
    for i, (name, group, mean, colour) in enumerate(rows):
        y = 8 + i * row_h
        parts.append(
            f'<text x="{label_w - 10}" y="{y + 15}" class="label end">{e(name)}</text>'
            f'<rect x="{sx(1):.1f}" y="{y + 3}" width="{max(0.0, sx(mean) - sx(1)):.1f}" '
            f'height="{row_h - 12}" fill="{colour}" rx="3"><title>{e(name)} ({e(group)}): '
            f"mean {mean:.2f}</title></rect>"
            f'<text x="{sx(mean) + 6:.1f}" y="{y + 15}" class="value">{mean:.1f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# --- HTML -----------------------------------------------------------------------------------

CSS = """
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--panel:#f8fafc;--low:#b91c1c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",
Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1080px;margin:0 auto;padding:40px 28px 64px}
header{border-bottom:3px solid #0f766e;padding-bottom:18px;margin-bottom:28px}
h1{font-size:28px;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:19px;margin:40px 0 6px;padding-top:6px}
h3{font-size:14px;margin:0 0 4px}
.sub{color:var(--muted);margin:0}
.lead{color:var(--muted);margin:0 0 16px;max-width:760px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.kpi{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.kpi b{display:block;font-size:26px;line-height:1.2}
.kpi span{color:var(--muted);font-size:13px}
.grid2{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:14px}
.card{border:1px solid var(--line);border-radius:10px;padding:12px 14px;background:#fff;
break-inside:avoid}
.card p{margin:2px 0 6px;color:var(--muted);font-size:12.5px}
.group-title{display:flex;align-items:center;gap:8px;margin:22px 0 10px;font-weight:600}
.swatch{width:12px;height:12px;border-radius:3px;display:inline-block}
svg{width:100%;height:auto;display:block}
svg text{font-family:inherit;fill:#374151}
.tick{font-size:10px;fill:#6b7280}.end{text-anchor:end}.mid{text-anchor:middle}.start{text-anchor:start}
.label{font-size:12.5px}.value{font-size:12px;font-weight:600}
.axis{stroke:#9ca3af}.grid{stroke:#eef0f3}.split{stroke:#9ca3af;stroke-dasharray:4 3}
.mean{stroke:#111827;stroke-width:1.5;stroke-dasharray:3 2}
.plot{fill:#fff;stroke:#d1d5db}.good{fill:#ecfdf5}
.quad{font-size:11px;fill:#6b7280}.axis-label{font-size:12px;fill:#374151;font-weight:600}
.dot{fill:#4338ca;fill-opacity:.55;stroke:#fff;stroke-width:.8}.dot.low{fill:var(--low)}
.scatter-wrap{display:grid;grid-template-columns:minmax(280px,460px) 1fr;gap:24px;align-items:start}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;padding:9px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.low{color:var(--low);font-weight:600}
.said{color:#374151}.try{color:#0f766e}
.pill{display:inline-block;background:#fef2f2;color:var(--low);border-radius:99px;
padding:0 8px;font-size:12px;margin:0 4px 4px 0}
.src{color:var(--muted);font-size:12px;overflow-wrap:anywhere}
td.input{width:32%}
.legend{display:flex;gap:18px;font-size:13px;color:var(--muted);margin:4px 0 18px 230px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.anchor{background:var(--panel);border-left:3px solid #0f766e;padding:8px 12px;margin:6px 0 12px;
font-size:13.5px}
footer{margin-top:48px;border-top:1px solid var(--line);padding-top:14px;color:var(--muted);
font-size:12.5px}
@media print{main{padding:0}h2{break-after:avoid}.card,.kpi,tr{break-inside:avoid}}
@media (max-width:720px){.scatter-wrap{grid-template-columns:1fr}}
"""
