"""The outputs a person opens: ``results.csv`` and a cohort ``report.html``.

Both are rebuilt from ``results.jsonl`` (and ``manifest.json`` for criterion names and
anchors) at the end of every run, so they always agree with the records and never need the
rubric files or the transcripts again.

The report is one self-contained HTML file (inline CSS and SVG; no scripts, fonts or
network) that a coach can forward as is or print to PDF. It answers, in order: how did the
cohort do, where is it weakest and what would better look like, how are scores spread per
criterion, how empathy and execution trade off, and which transcripts need a coach first.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import math
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from simulator.batch.output import ERRORS, RESULTS, read_jsonl, write_atomic

CSV_NAME = "results.csv"
REPORT_NAME = "report.html"
ATTENTION_ROWS = 15
LOW = 3.0  # below the middle anchor: "not yet" for a coach
SCATTER_POINTS_MAX = 2000  # beyond this a density grid reads better than overplotted dots
GROUP_COLOURS = ("#0f766e", "#4338ca", "#b45309", "#be185d", "#15803d")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# (short label for the chart, what it means for the table): high/high, empathy only,
# execution only, neither, split at the middle anchor.
QUADRANTS = (
    ("Empathy and execution", "leads with both"),
    ("Empathy first", "listens well; next steps unclear"),
    ("Execution first", "drives outcomes; listening lags"),
    ("Support on both", "needs coaching on each"),
)


def _manifest(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class Layout:
    """Groups and criteria in rubric order, with names; falls back to what records hold."""

    def __init__(self, manifest: dict[str, Any], records: Sequence[dict[str, Any]]) -> None:
        rubric = manifest.get("rubric") or {}
        self.rubric_name: str = rubric.get("name") or (records[0].get("rubric") if records else "")
        self.criteria: list[dict[str, Any]] = list(rubric.get("criteria") or [])
        self.groups: list[str] = list(rubric.get("groups") or [])
        known = {c["id"] for c in self.criteria}
        for r in records:
            for cid in r.get("criteria") or {}:
                if cid not in known:
                    known.add(cid)
                    self.criteria.append({"id": cid, "name": cid.replace("_", " ").capitalize()})
        for r in records:
            for g in ("empathy", "execution", *(r.get("groups") or {})):
                if g not in self.groups and (g in r or g in (r.get("groups") or {})):
                    self.groups.append(g)
        self.names = {c["id"]: c.get("name", c["id"]) for c in self.criteria}

    def colour(self, group: str | None) -> str:
        if group in self.groups:
            return GROUP_COLOURS[self.groups.index(group) % len(GROUP_COLOURS)]
        return "#475569"


def group_score(record: dict[str, Any], group: str) -> float | None:
    """A record's sub-score for ``group`` (empathy and execution are top-level fields)."""
    if group in ("empathy", "execution"):
        return record.get(group)
    return (record.get("groups") or {}).get(group)


# --- CSV ------------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    """A CSV cell; text that a spreadsheet would run as a formula is prefixed with ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(records: Sequence[dict[str, Any]], layout: Layout) -> str:
    """One row per transcript, one column per group and criterion, in rubric order."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    crit = [c["id"] for c in layout.criteria]
    tail = ["weak_turns", "scored_by", "unscored_reason", "key"]
    writer.writerow(["id", "source", "rubric", "overall", *layout.groups, *crit, *tail])
    for r in records:
        scores = r.get("criteria") or {}
        writer.writerow(
            [_cell(r.get("id")), _cell(r.get("source")), _cell(r.get("rubric"))]
            + [_cell(r.get("overall"))]
            + [_cell(group_score(r, g)) for g in layout.groups]
            + [_cell(scores.get(c)) for c in crit]
            + [_cell(r.get("weak_turns")), _cell(r.get("scored_by"))]
            + [_cell(r.get("unscored_reason")), _cell(r.get("key"))]
        )
    return buf.getvalue()


# --- statistics -----------------------------------------------------------------------------


def _values(records: Iterable[dict[str, Any]], get: Any) -> list[float]:
    return [float(v) for r in records if (v := get(r)) is not None]


def _quartiles(xs: Sequence[float]) -> tuple[float, float, float]:
    if len(xs) < 2:
        x = xs[0] if xs else math.nan
        return x, x, x
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[1], q[2]


def _fmt(x: float | None, digits: int = 1) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


# --- SVG ------------------------------------------------------------------------------------

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


def scatter_svg(records: Sequence[dict[str, Any]]) -> str:
    """Empathy (x) against execution (y), quadrants split at the middle anchor."""
    size, pad = 440, 44
    span = size - 2 * pad

    def sx(v: float) -> float:
        return pad + (v - 1) / 4 * span

    def sy(v: float) -> float:
        return size - pad - (v - 1) / 4 * span

    pts = [
        (r, float(r["empathy"]), float(r["execution"]))
        for r in records
        if r.get("empathy") is not None and r.get("execution") is not None
    ]
    parts = [
        f'<svg viewBox="0 0 {size} {size}" role="img" class="scatter" '
        f'aria-label="Empathy against execution for {len(pts)} transcripts">',
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
    quadrants = [
        (sx(4.95), sy(4.88), "end", QUADRANTS[0][0]),
        (sx(1.05), sy(4.88), "start", QUADRANTS[2][0]),
        (sx(4.95), sy(1.08), "end", QUADRANTS[1][0]),
        (sx(1.05), sy(1.08), "start", QUADRANTS[3][0]),
    ]
    for x, y, anchor, text in quadrants:
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" class="quad {anchor}">{e(text)}</text>')
    if len(pts) <= SCATTER_POINTS_MAX:
        for r, x, y in pts:
            jx, jy = _jitter(str(r.get("key", r.get("id"))))
            low = (r.get("overall") or 5) < LOW
            parts.append(
                f'<circle cx="{sx(min(5, max(1, x + jx))):.1f}" '
                f'cy="{sy(min(5, max(1, y + jy))):.1f}" r="4" '
                f'class="{"dot low" if low else "dot"}"><title>{e(str(r.get("id")))}: '
                f"empathy {x:.1f}, execution {y:.1f}</title></circle>"
            )
    else:
        cells: dict[tuple[int, int], int] = {}
        for _, x, y in pts:
            key = (min(15, int((x - 1) / 0.25)), min(15, int((y - 1) / 0.25)))
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
        f'<text x="{size / 2}" y="{size - 6}" class="axis-label mid">Empathy →</text>'
        f'<text x="14" y="{size / 2}" class="axis-label mid" '
        f'transform="rotate(-90 14 {size / 2})">Execution →</text></svg>'
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


def _attention(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Scored transcripts, those most in need of a coach first: lowest overall, then the
    most judgment moves, then the most weak turns."""
    scored = [r for r in records if r.get("overall") is not None]
    return sorted(
        scored,
        key=lambda r: (
            r["overall"],
            -(r.get("moves") or {}).get("judgment", 0),
            -(r.get("weak_turns") or 0),
            str(r.get("id")),
        ),
    )


def render_html(
    records: Sequence[dict[str, Any]],
    errors: Sequence[dict[str, Any]],
    manifest: dict[str, Any],
    *,
    title: str | None = None,
) -> str:
    """The cohort report as one HTML string."""
    layout = Layout(manifest, records)
    title = title or "Cohort report"
    scored = [r for r in records if r.get("overall") is not None]
    unscored = [r for r in records if r.get("overall") is None]
    overall = _values(scored, lambda r: r.get("overall"))
    q1, med, q3 = _quartiles(sorted(overall))
    judge = manifest.get("judge")
    by = f"LLM judge {judge.split('|')[0]}" if judge else "the Rehearse move detectors"
    when = (manifest.get("finished_at") or manifest.get("started_at") or "")[:10]
    needing = [r for r in scored if r["overall"] < LOW]

    out: list[str] = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{e(title)}</title><style>{CSS}</style></head><body><main>",
        f"<header><h1>{e(title)}</h1><p class='sub'>{e(layout.rubric_name)} · "
        f"{len(records):,} transcript(s) · scored by {e(by)}"
        + (f" · {e(when)}" if when else "")
        + "</p></header>",
    ]
    # Headline numbers.
    kpis = [
        (f"{len(scored):,}", "transcripts scored"),
        (_fmt(med), f"median overall (middle half {_fmt(q1)}–{_fmt(q3)})"),
    ]
    for g in layout.groups[:3]:
        kpis.append(
            (
                _fmt(
                    statistics.fmean(v)
                    if (v := _values(scored, lambda r, g=g: group_score(r, g)))
                    else None
                ),
                f"mean {g}",
            )
        )
    kpis.append((f"{len(needing):,}", f"below {LOW:g} overall ({_pct(len(needing), len(scored))})"))
    if unscored or errors:
        kpis.append((f"{len(unscored) + len(errors):,}", "could not be scored"))
    out.append("<section class='kpis'>")
    out += [f"<div class='kpi'><b>{e(v)}</b><span>{e(k)}</span></div>" for v, k in kpis]
    out.append("</section>")

    # Weakest criteria.
    crit_stats = []
    for c in layout.criteria:
        xs = _values(scored, lambda r, cid=c["id"]: (r.get("criteria") or {}).get(cid))
        if xs:
            low = sum(x < LOW for x in xs)
            crit_stats.append((statistics.fmean(xs), c, xs, low))
    crit_stats.sort(key=lambda t: t[0])
    if crit_stats:
        out.append("<h2>Where the cohort is weakest</h2>")
        out.append(
            "<p class='lead'>Cohort mean per criterion, weakest first; the dashed line is the "
            f"middle anchor ({LOW:g}). Below, what the next level looks like for the weakest.</p>"
        )
        out.append(
            weakest_svg(
                [
                    (c.get("name", c["id"]), c.get("group", ""), m, layout.colour(c.get("group")))
                    for m, c, _, _ in crit_stats
                ]
            )
        )
        out.append(
            "<div class='legend'>"
            + "".join(
                f"<span><span class='swatch' style='background:{layout.colour(g)}'></span>"
                f"{e(g.capitalize())}</span>"
                for g in layout.groups
            )
            + "</div>"
        )
        for m, c, xs, low in crit_stats[:3]:
            anchors = c.get("anchors") or {}
            # The next level up, but at least the middle anchor: what "good enough" looks like.
            level = min(5, max(3, math.floor(m) + 1))
            target = anchors.get(str(level))
            out.append(
                f"<h3>{e(c.get('name', c['id']))} — mean {m:.1f}, "
                f"{_pct(low, len(xs))} below {LOW:g}</h3>"
            )
            if c.get("description"):
                out.append(f"<p class='lead'>{e(c['description'])}</p>")
            if target:
                out.append(
                    f"<div class='anchor'><b>What a {level} looks like:</b> {e(target)}</div>"
                )

    # Distributions.
    if crit_stats:
        out.append("<h2>Score distributions by criterion</h2>")
        out.append(
            "<p class='lead'>How many transcripts fell in each half-point band; the dashed "
            "line marks the cohort mean. A wide spread means a criterion splits the cohort.</p>"
        )
        groups = layout.groups or sorted({c.get("group", "") for _, c, _, _ in crit_stats})
        for g in groups:
            cards = [(m, c, xs) for m, c, xs, _ in crit_stats if c.get("group") == g]
            cards.sort(key=lambda t: [x["id"] for x in layout.criteria].index(t[1]["id"]))
            if not cards:
                continue
            out.append(
                f"<div class='group-title'><span class='swatch' "
                f"style='background:{layout.colour(g)}'></span>{e(g.capitalize())}</div>"
                "<div class='grid2'>"
            )
            for m, c, xs in cards:
                name = c.get("name", c["id"])
                q = _quartiles(sorted(xs))
                out.append(
                    f"<div class='card'><h3>{e(name)}</h3><p>mean {m:.1f} · median {q[1]:.1f}"
                    f" · n={len(xs):,}</p>"
                    + histogram_svg(xs, layout.colour(g), f"Distribution of {name} scores")
                    + "</div>"
                )
            out.append("</div>")

    # Scatter.
    pairs = [r for r in scored if r.get("empathy") is not None and r.get("execution") is not None]
    if pairs:
        emp = _values(pairs, lambda r: r["empathy"])
        exe = _values(pairs, lambda r: r["execution"])
        corr = _correlation(emp, exe)
        both = list(zip(emp, exe, strict=True))
        quad = {
            QUADRANTS[0]: sum(a >= LOW and b >= LOW for a, b in both),
            QUADRANTS[1]: sum(a >= LOW > b for a, b in both),
            QUADRANTS[2]: sum(b >= LOW > a for a, b in both),
            QUADRANTS[3]: sum(a < LOW and b < LOW for a, b in both),
        }
        out.append("<h2>Empathy and execution</h2>")
        out.append(
            "<p class='lead'>Each dot is one transcript (red: overall below "
            f"{LOW:g}). The shaded corner is where both sub-scores reach the middle anchor.</p>"
        )
        out.append("<div class='scatter-wrap'>" + scatter_svg(pairs) + "<div><table>")
        out.append("<tr><th>Pattern</th><th class='num'>Transcripts</th></tr>")
        for (name, meaning), n in quad.items():
            out.append(
                f"<tr><td><b>{e(name)}</b> — {e(meaning)}</td>"
                f"<td class='num'>{n:,} ({_pct(n, len(pairs))})</td></tr>"
            )
        out.append("</table>")
        if corr is not None:
            out.append(
                f"<p class='lead' style='margin-top:12px'>Correlation between the two: "
                f"{corr:+.2f}. {e(_corr_words(corr))}</p>"
            )
        out.append("</div></div>")

    # Attention list.
    ranked = _attention(records)[:ATTENTION_ROWS]
    if ranked:
        out.append("<h2>Transcripts most in need of a coach's attention</h2>")
        out.append(
            "<p class='lead'>Lowest overall first, then the most judgmental. Each row names the "
            "two weakest criteria and one moment worth replaying, with a better way to say it."
            "</p><table><tr><th>Transcript</th><th class='num'>Overall</th>"
            + "".join(f"<th class='num'>{e(g.capitalize())}</th>" for g in layout.groups[:2])
            + "<th>Weakest</th><th>A moment to replay</th></tr>"
        )
        for r in ranked:
            crit = sorted(((v, k) for k, v in (r.get("criteria") or {}).items() if v is not None))[
                :2
            ]
            pills = "".join(
                f"<span class='pill'>{e(layout.names.get(k, k))} {v:.1f}</span>" for v, k in crit
            )
            judg = (r.get("moves") or {}).get("judgment", 0)
            if judg:
                pills += f"<span class='pill'>judgment ×{judg}</span>"
            note = r.get("coach_note") or {}
            moment = (
                f"<div class='said'>Turn {e(str(note.get('turn')))}: "
                f"“{e(note.get('said', ''))}”</div>"
                f"<div class='try'>Try: “{e(note.get('try', ''))}”</div>"
                if note
                else "<span class='src'>no single weak turn stands out</span>"
            )
            cls = "num low" if r["overall"] < LOW else "num"
            out.append(
                f"<tr><td><b>{e(str(r.get('id')))}</b>"
                f"<div class='src'>{e(str(r.get('source', '')))}</div></td>"
                f"<td class='{cls}'>{_fmt(r['overall'])}</td>"
                + "".join(
                    f"<td class='num'>{_fmt(group_score(r, g))}</td>" for g in layout.groups[:2]
                )
                + f"<td>{pills}</td><td>{moment}</td></tr>"
            )
        out.append("</table>")

    # What could not be scored.
    if unscored or errors:
        out.append("<h2>Not scored</h2>")
        out.append(
            "<p class='lead'>Transcripts the scorer could not rate, and inputs that could not be "
            f"read or judged (all listed in {ERRORS}); fix them and run the same command again: "
            "only these are redone.</p><table><tr><th>Input</th><th>Reason</th></tr>"
        )
        rows = [(r.get("source") or r.get("id"), r.get("unscored_reason")) for r in unscored]
        rows += [(x.get("source"), x.get("error")) for x in errors]
        for src, why in rows[:50]:
            out.append(f"<tr><td class='src input'>{e(str(src))}</td><td>{e(str(why))}</td></tr>")
        if len(rows) > 50:
            out.append(f"<tr><td colspan='2'>… and {len(rows) - 50:,} more</td></tr>")
        out.append("</table>")

    out.append(
        "<footer>Scores run from 1 to 5 against the rubric's behavioural anchors; each group "
        "is the mean of its criteria and overall is the mean of the groups, so empathy and "
        "execution weigh the same. This report quotes what managers said in practice "
        "sessions: share it only with people entitled to see them. Generated by Rehearse."
        "</footer></main></body></html>"
    )
    return "\n".join(out) + "\n"


def _correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 3:
        return None
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:  # one of them is constant
        return None


def _corr_words(r: float) -> str:
    if r >= 0.5:
        return "Managers who listen well here also tend to land next steps."
    if r >= 0.2:
        return "Loosely linked: better listeners land next steps a little more often."
    if r <= -0.2:
        return "Strength in one tends to come at the cost of the other: coach the balance."
    return "The two vary independently: coach each on its own."


def write_outputs(root: str | Path, *, title: str | None = None) -> tuple[Path, Path]:
    """Regenerate ``results.csv`` and ``report.html`` in ``root`` from its records."""
    root = Path(root)
    records = read_jsonl(root / RESULTS)
    errors = read_jsonl(root / ERRORS)
    manifest = _manifest(root)
    layout = Layout(manifest, records)
    csv_path, html_path = root / CSV_NAME, root / REPORT_NAME
    write_atomic(csv_path, csv_text(records, layout))
    write_atomic(html_path, render_html(records, errors, manifest, title=title))
    return csv_path, html_path
