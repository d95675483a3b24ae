"""The outputs a person opens: ``results.csv`` and a cohort ``report.html``.

Both are rebuilt from ``results.jsonl`` (typed records, :class:`BatchRecord`) and
``manifest.json`` (criterion names and anchors, the title) at the end of every run, so they
always agree with the records and never need the rubric files or the transcripts again.

The report is one self-contained HTML file (inline CSS and SVG; no scripts, fonts or
network) that a coach can forward as is or print to PDF. It answers, in order: how did the
cohort do, where is it weakest and what would better look like, how are scores spread per
criterion, how the rubric's first two groups trade off, and which transcripts need a coach
first. Group names come from the rubric, never from this file.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator._files import write_atomic
from simulator.batch.output import ERRORS, RESULTS, iter_lines, parse_line
from simulator.batch.records import BatchRecord
from simulator.errors import RehearseError
from simulator.moves.vocabulary import Move
from simulator.reports._cohort_svg import (
    CSS,
    LOW,
    Point,
    e,
    histogram_svg,
    scatter_svg,
    weakest_svg,
)
from simulator.reports._csv import csv_table
from simulator.scoring.vocabulary import QUADRANTS, fmt_score, fmt_share, quadrant

CSV_NAME = "results.csv"
REPORT_NAME = "report.html"
MANIFEST = "manifest.json"
ATTENTION_ROWS = 15
GROUP_COLOURS = ("#0f766e", "#4338ca", "#b45309", "#be185d", "#15803d")


def _manifest(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_records(path: Path) -> list[BatchRecord]:
    """Every record in a ``results.jsonl``, in file order (a torn final line is skipped).

    A complete line that is not a valid record stops the report with its line number: a
    report that silently dropped transcripts would misstate the cohort.
    """
    records = []
    for n, (_, line) in enumerate(iter_lines(path), 1):
        if not line.strip():
            continue
        try:
            records.append(BatchRecord.from_line(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            raise RehearseError(
                f"not a batch record: {where}: {first['msg']}",
                path=path,
                line=n,
                hint="run the same rehearse batch command again to rebuild the folder",
            ) from None
    return records


def read_errors(path: Path) -> list[dict[str, Any]]:
    """Every complete line of ``errors.jsonl``."""
    return [rec for _, line in iter_lines(path) if (rec := parse_line(line)) is not None]


def _title(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _name(criterion: dict[str, Any]) -> str:
    return str(criterion.get("name") or criterion["id"])


class Layout:
    """Groups and criteria in rubric order, with names; falls back to what records hold."""

    def __init__(self, manifest: dict[str, Any], records: Sequence[BatchRecord]) -> None:
        rubric = manifest.get("rubric") or {}
        self.rubric_name: str = str(rubric.get("name") or (records[0].rubric if records else ""))
        self.criteria: list[dict[str, Any]] = list(rubric.get("criteria") or [])
        self.groups: list[str] = list(rubric.get("groups") or [])
        known = {c["id"] for c in self.criteria}
        for r in records:
            for cid in r.criteria:
                if cid not in known:
                    known.add(cid)
                    self.criteria.append({"id": cid, "name": _title(cid)})
            self.groups += [g for g in r.groups if g not in self.groups]
        self.names = {str(c["id"]): _name(c) for c in self.criteria}

    def colour(self, group: str | None) -> str:
        """The colour of ``group`` in every chart (grey for none)."""
        if group in self.groups:
            return GROUP_COLOURS[self.groups.index(group) % len(GROUP_COLOURS)]
        return "#475569"


# --- CSV ------------------------------------------------------------------------------------


def csv_text(records: Sequence[BatchRecord], layout: Layout) -> str:
    """One row per transcript, one column per group and criterion, in rubric order."""
    crit = [c["id"] for c in layout.criteria]
    tail = ["weak_turns", "scored_by", "unscored_reason", "key"]
    return csv_table(
        ["id", "source", "rubric", "overall", *layout.groups, *crit, *tail],
        (
            [r.id, r.source, r.rubric, r.overall]
            + [r.group(g) for g in layout.groups]
            + [r.criteria.get(c) for c in crit]
            + [r.weak_turns, r.scored_by, r.unscored_reason, r.key]
            for r in records
        ),
    )


# --- statistics -----------------------------------------------------------------------------


def _values(
    records: Iterable[BatchRecord], get: Callable[[BatchRecord], float | None]
) -> list[float]:
    return [float(v) for r in records if (v := get(r)) is not None]


def _quartiles(xs: Sequence[float]) -> tuple[float, float, float]:
    if len(xs) < 2:
        x = xs[0] if xs else math.nan
        return x, x, x
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[1], q[2]


def _mean(xs: Sequence[float]) -> float | None:
    return statistics.fmean(xs) if xs else None


def _correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 3:
        return None
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:  # one of them is constant
        return None


def _corr_words(r: float, a: str, b: str) -> str:
    if r >= 0.5:
        return f"Managers strong on {a} also tend to be strong on {b}."
    if r >= 0.2:
        return f"Loosely linked: stronger {a} goes with a little stronger {b}."
    if r <= -0.2:
        return "Strength in one tends to come at the cost of the other: coach the balance."
    return "The two vary independently: coach each on its own."


def _attention(records: Sequence[BatchRecord]) -> list[BatchRecord]:
    """Scored transcripts, those most in need of a coach first: lowest overall, then the
    most judgment moves, then the most weak turns."""
    return sorted(
        (r for r in records if r.overall is not None),
        key=lambda r: (r.overall, -r.moves.get(Move.JUDGMENT, 0), -r.weak_turns, r.id),
    )


# --- HTML sections --------------------------------------------------------------------------

_CritStat = tuple[float, dict[str, Any], list[float], int]
"""(mean, criterion, scores, how many below LOW) for one criterion."""


def _kpis(scored: Sequence[BatchRecord], layout: Layout, not_scored: int) -> list[str]:
    overall = _values(scored, lambda r: r.overall)
    q1, med, q3 = _quartiles(sorted(overall))
    needing = sum(r.overall is not None and r.overall < LOW for r in scored)
    kpis = [
        (f"{len(scored):,}", "transcripts scored"),
        (fmt_score(med), f"median overall (middle half {fmt_score(q1)}–{fmt_score(q3)})"),
    ]
    for g in layout.groups[:3]:
        mean = _mean([v for r in scored if (v := r.group(g)) is not None])
        kpis.append((fmt_score(mean), f"mean {g}"))
    kpis.append((f"{needing:,}", f"below {LOW:g} overall ({fmt_share(needing, len(scored))})"))
    if not_scored:
        kpis.append((f"{not_scored:,}", "could not be scored"))
    return [
        "<section class='kpis'>",
        *(f"<div class='kpi'><b>{e(v)}</b><span>{e(k)}</span></div>" for v, k in kpis),
        "</section>",
    ]


def _weakest(crit_stats: Sequence[_CritStat], layout: Layout) -> list[str]:
    out = [
        "<h2>Where the cohort is weakest</h2>",
        "<p class='lead'>Cohort mean per criterion, weakest first; the dashed line is the "
        f"middle anchor ({LOW:g}). Below, what the next level looks like for the weakest.</p>",
        weakest_svg(
            [
                (_name(c), str(c.get("group", "")), m, layout.colour(c.get("group")))
                for m, c, _, _ in crit_stats
            ]
        ),
        "<div class='legend'>"
        + "".join(
            f"<span><span class='swatch' style='background:{layout.colour(g)}'></span>"
            f"{e(_title(g))}</span>"
            for g in layout.groups
        )
        + "</div>",
    ]
    for m, c, xs, low in crit_stats[:3]:
        anchors = c.get("anchors") or {}
        # The next level up, but at least the middle anchor: what "good enough" looks like.
        level = min(5, max(3, math.floor(m) + 1))
        target = anchors.get(str(level))
        out.append(
            f"<h3>{e(_name(c))} — mean {m:.1f}, {fmt_share(low, len(xs))} below {LOW:g}</h3>"
        )
        if c.get("description"):
            out.append(f"<p class='lead'>{e(c['description'])}</p>")
        if target:
            out.append(f"<div class='anchor'><b>What a {level} looks like:</b> {e(target)}</div>")
    return out


def _distributions(crit_stats: Sequence[_CritStat], layout: Layout) -> list[str]:
    out = [
        "<h2>Score distributions by criterion</h2>",
        "<p class='lead'>How many transcripts fell in each half-point band; the dashed "
        "line marks the cohort mean. A wide spread means a criterion splits the cohort.</p>",
    ]
    order = [x["id"] for x in layout.criteria]
    groups = layout.groups or sorted({c.get("group", "") for _, c, _, _ in crit_stats})
    for g in groups:
        cards = [(m, c, xs) for m, c, xs, _ in crit_stats if c.get("group") == g]
        cards.sort(key=lambda t: order.index(t[1]["id"]))
        if not cards:
            continue
        out.append(
            f"<div class='group-title'><span class='swatch' "
            f"style='background:{layout.colour(g)}'></span>{e(_title(g))}</div>"
            "<div class='grid2'>"
        )
        for m, c, xs in cards:
            name = _name(c)
            q = _quartiles(sorted(xs))
            out.append(
                f"<div class='card'><h3>{e(name)}</h3><p>mean {m:.1f} · median {q[1]:.1f}"
                f" · n={len(xs):,}</p>"
                + histogram_svg(xs, layout.colour(g), f"Distribution of {name} scores")
                + "</div>"
            )
        out.append("</div>")
    return out


def _trade_off(scored: Sequence[BatchRecord], a: str, b: str) -> list[str]:
    """Group ``a`` against group ``b``: the scatter, the four quadrants, the correlation."""
    pts = [
        Point(r.key, r.id, x, y, r.overall is not None and r.overall < LOW)
        for r in scored
        if (x := r.group(a)) is not None and (y := r.group(b)) is not None
    ]
    if not pts:
        return []
    counts = {q: 0 for q in QUADRANTS}
    for p in pts:
        counts[quadrant(p.x, p.y)] += 1
    out = [
        f"<h2>{e(_title(a))} and {e(b.replace('_', ' '))}</h2>",
        "<p class='lead'>Each dot is one transcript (red: overall below "
        f"{LOW:g}). The shaded corner is where both sub-scores reach the middle anchor.</p>",
        "<div class='scatter-wrap'>" + scatter_svg(pts, _title(a), _title(b)) + "<div><table>",
        "<tr><th>Pattern</th><th class='num'>Transcripts</th></tr>",
    ]
    for q, n in counts.items():
        out.append(
            f"<tr><td><b>{e(q.name)}</b> — {e(q.meaning)}</td>"
            f"<td class='num'>{n:,} ({fmt_share(n, len(pts))})</td></tr>"
        )
    out.append("</table>")
    corr = _correlation([p.x for p in pts], [p.y for p in pts])
    if corr is not None:
        words = _corr_words(corr, a.replace("_", " "), b.replace("_", " "))
        out.append(
            f"<p class='lead' style='margin-top:12px'>Correlation between the two: "
            f"{corr:+.2f}. {e(words)}</p>"
        )
    out.append("</div></div>")
    return out


def _attention_table(records: Sequence[BatchRecord], layout: Layout) -> list[str]:
    ranked = _attention(records)[:ATTENTION_ROWS]
    if not ranked:
        return []
    shown = layout.groups[:2]
    out = [
        "<h2>Transcripts most in need of a coach's attention</h2>",
        "<p class='lead'>Lowest overall first, then the most judgmental. Each row names the "
        "two weakest criteria and one moment worth replaying, with a better way to say it."
        "</p><table><tr><th>Transcript</th><th class='num'>Overall</th>"
        + "".join(f"<th class='num'>{e(_title(g))}</th>" for g in shown)
        + "<th>Weakest</th><th>A moment to replay</th></tr>",
    ]
    for r in ranked:
        crit = sorted((v, k) for k, v in r.criteria.items() if v is not None)[:2]
        pills = "".join(
            f"<span class='pill'>{e(layout.names.get(k, k))} {v:.1f}</span>" for v, k in crit
        )
        if judg := r.moves.get(Move.JUDGMENT, 0):
            pills += f"<span class='pill'>judgment ×{judg}</span>"
        note = r.coach_note
        moment = (
            f"<div class='said'>Turn {note.turn}: “{e(note.said)}”</div>"
            f"<div class='try'>Try: “{e(note.try_)}”</div>"
            if note
            else "<span class='src'>no single weak turn stands out</span>"
        )
        cls = "num low" if r.overall is not None and r.overall < LOW else "num"
        out.append(
            f"<tr><td><b>{e(r.id)}</b><div class='src'>{e(r.source)}</div></td>"
            f"<td class='{cls}'>{fmt_score(r.overall)}</td>"
            + "".join(f"<td class='num'>{fmt_score(r.group(g))}</td>" for g in shown)
            + f"<td>{pills}</td><td>{moment}</td></tr>"
        )
    out.append("</table>")
    return out


def _not_scored(unscored: Sequence[BatchRecord], errors: Sequence[dict[str, Any]]) -> list[str]:
    out = [
        "<h2>Not scored</h2>",
        "<p class='lead'>Transcripts the scorer could not rate, and inputs that could not be "
        f"read or judged (all listed in {ERRORS}); fix them and run the same command again: "
        "only these are redone.</p><table><tr><th>Input</th><th>Reason</th></tr>",
    ]
    rows: list[tuple[object, object]] = [(r.source or r.id, r.unscored_reason) for r in unscored]
    rows += [(x.get("source"), x.get("error")) for x in errors]
    for src, why in rows[:50]:
        out.append(f"<tr><td class='src input'>{e(str(src))}</td><td>{e(str(why))}</td></tr>")
    if len(rows) > 50:
        out.append(f"<tr><td colspan='2'>… and {len(rows) - 50:,} more</td></tr>")
    out.append("</table>")
    return out


def render_html(
    records: Sequence[BatchRecord],
    errors: Sequence[dict[str, Any]],
    manifest: dict[str, Any],
    *,
    title: str | None = None,
) -> str:
    """The cohort report as one HTML string."""
    layout = Layout(manifest, records)
    title = title or manifest.get("title") or "Cohort report"
    scored = [r for r in records if r.overall is not None]
    unscored = [r for r in records if r.overall is None]
    judge = manifest.get("judge")
    by = f"LLM judge {str(judge).split('|')[0]}" if judge else "the Rehearse move detectors"
    when = str(manifest.get("finished_at") or manifest.get("started_at") or "")[:10]

    out: list[str] = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{e(title)}</title><style>{CSS}</style></head><body><main>",
        f"<header><h1>{e(title)}</h1><p class='sub'>{e(layout.rubric_name)} · "
        f"{len(records):,} transcript(s) · scored by {e(by)}"
        + (f" · {e(when)}" if when else "")
        + "</p></header>",
    ]
    out += _kpis(scored, layout, len(unscored) + len(errors))
    crit_stats: list[_CritStat] = []
    for c in layout.criteria:
        cid = str(c["id"])
        xs = [v for r in scored if (v := r.criteria.get(cid)) is not None]
        if xs:
            crit_stats.append((statistics.fmean(xs), c, xs, sum(x < LOW for x in xs)))
    crit_stats.sort(key=lambda t: t[0])
    if crit_stats:
        out += _weakest(crit_stats, layout)
        out += _distributions(crit_stats, layout)
    if len(layout.groups) >= 2:
        out += _trade_off(scored, layout.groups[0], layout.groups[1])
    out += _attention_table(records, layout)
    if unscored or errors:
        out += _not_scored(unscored, errors)
    out.append(
        "<footer>Scores run from 1 to 5 against the rubric's behavioural anchors; each group "
        "is the mean of its criteria and overall is the mean of the groups, so every group "
        "weighs the same. This report quotes what managers said in practice "
        "sessions: share it only with people entitled to see them. Generated by Rehearse."
        "</footer></main></body></html>"
    )
    return "\n".join(out) + "\n"


def write_outputs(root: str | Path, *, title: str | None = None) -> tuple[Path, Path]:
    """Regenerate ``results.csv`` and ``report.html`` in ``root`` from its records; the
    title defaults to the one the run recorded in ``manifest.json``."""
    root = Path(root)
    records = read_records(root / RESULTS)
    errors = read_errors(root / ERRORS)
    manifest = _manifest(root)
    layout = Layout(manifest, records)
    csv_path, html_path = root / CSV_NAME, root / REPORT_NAME
    write_atomic(csv_path, csv_text(records, layout))
    write_atomic(html_path, render_html(records, errors, manifest, title=title))
    return csv_path, html_path
