"""The scorecard as HTML: fragments the app shows, and a standalone report to download.

One renderer serves both, so what a coach sees in the app is what the exported file holds.
Everything user-written is escaped; the report is a single file with inline CSS and SVG
charts, readable offline and printable.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from simulator.content.transcript import Transcript
from simulator.moves.vocabulary import WEAK_MOVES
from simulator.reports import charts
from simulator.reports.markdown import ReviewComment, disagreements
from simulator.scoring.scorecard import Scorecard, Uncovered
from simulator.scoring.vocabulary import fmt_score

if TYPE_CHECKING:
    from simulator.judge.second_opinion import JudgeOutcome

STYLE = """
:root, .rh-scope, .rh-report { --rh-ink:#1f2937; --rh-muted:#6b7280; --rh-line:#e5e7eb;
  --rh-accent:#2563eb; --rh-warn:#b45309; --rh-warn-bg:#fffbeb; --rh-good:#047857;
  --rh-soft:#f9fafb; color:var(--rh-ink); line-height:1.5; }
.rh-tiles { display:flex; gap:12px; flex-wrap:wrap; margin:4px 0 12px; }
.rh-tile { flex:1 1 120px; border:1px solid var(--rh-line); border-radius:12px;
  padding:10px 14px; background:var(--rh-soft); }
.rh-tile .rh-num { display:block; font-size:1.9rem; font-weight:650; line-height:1.1; }
.rh-tile .rh-cap { color:var(--rh-muted); font-size:.85rem; text-transform:capitalize; }
.rh-tile.rh-overall { background:#eff6ff; border-color:#bfdbfe; }
.rh-unscored { color:var(--rh-warn); background:var(--rh-warn-bg); border-radius:8px;
  padding:8px 12px; }
table.rh-criteria { width:100%; border-collapse:collapse; font-size:.92rem; border:0 !important; }
table.rh-criteria th, table.rh-criteria td { text-align:left; vertical-align:top;
  padding:8px 10px; border:0 !important; border-bottom:1px solid var(--rh-line) !important;
  background:transparent; }
table.rh-criteria tr { border:0 !important; }
table.rh-criteria th { color:var(--rh-muted); font-weight:600; font-size:.8rem;
  text-transform:uppercase; letter-spacing:.03em; }
.rh-bar { display:inline-block; width:64px; height:8px; border-radius:4px;
  background:var(--rh-line); vertical-align:middle; margin-right:8px; overflow:hidden; }
.rh-bar > i { display:block; height:100%; background:var(--rh-accent); }
.rh-group { color:var(--rh-muted); font-size:.8rem; }
.rh-uncovered { display:grid; grid-template-columns:repeat(auto-fit,minmax(180px,1fr));
  gap:12px; }
.rh-uncovered > div { border:1px solid var(--rh-line); border-radius:12px; padding:10px 14px; }
.rh-uncovered .rh-big { font-size:1.4rem; font-weight:650; }
.rh-uncovered ul { margin:6px 0 0; padding-left:18px; font-size:.9rem; }
.rh-yes { color:var(--rh-good); } .rh-no { color:var(--rh-warn); }
.rh-transcript { display:flex; flex-direction:column; gap:10px; }
.rh-turn { border-left:3px solid var(--rh-line); padding:4px 0 4px 12px; }
.rh-turn.rh-manager { border-left-color:var(--rh-accent); }
.rh-turn.rh-weak { border-left-color:var(--rh-warn); }
.rh-who { font-weight:600; font-size:.85rem; color:var(--rh-muted); }
.rh-who .rh-idx { font-weight:400; margin-right:4px; }
.rh-text { margin:2px 0; white-space:pre-wrap; }
.rh-chip { display:inline-block; font-size:.75rem; border-radius:999px; padding:1px 9px;
  margin:2px 4px 2px 0; background:#eef2ff; color:#3730a3; }
.rh-chip.rh-bad { background:#fef3c7; color:#92400e; }
.rh-rewrite { background:var(--rh-warn-bg); border-radius:8px; padding:6px 10px;
  margin-top:4px; font-size:.92rem; }
.rh-rewrite b { color:var(--rh-warn); }
.rh-comment { background:#f0fdf4; border-radius:8px; padding:6px 10px; margin-top:4px;
  font-size:.92rem; }
.rh-comment b { color:var(--rh-good); }
.rh-notes blockquote { margin:0 0 8px; padding:8px 12px; background:#f0fdf4;
  border-left:3px solid var(--rh-good); border-radius:6px; }
.rh-empty { color:var(--rh-muted); font-style:italic; }
.rh-charts { display:flex; flex-wrap:wrap; gap:16px; align-items:flex-start; }
.rh-charts figure { margin:0; flex:1 1 300px; }
.rh-charts figcaption { color:var(--rh-muted); font-size:.85rem; margin-top:4px; }
.rh-flag { color:var(--rh-warn); font-weight:600; white-space:nowrap; }
tr.rh-disagree td { background:var(--rh-warn-bg); }
"""

_REPORT_STYLE = """
body { margin:0; background:#f3f4f6; font-family:system-ui,-apple-system,'Segoe UI',Roboto,
  sans-serif; }
.rh-report { max-width:920px; margin:24px auto; background:white; border-radius:16px;
  padding:28px 36px; box-shadow:0 1px 3px rgba(0,0,0,.08); }
.rh-report h1 { margin:0 0 4px; font-size:1.6rem; }
.rh-report h2 { font-size:1.15rem; margin:28px 0 10px; }
.rh-meta { color:var(--rh-muted); margin:0 0 16px; }
.rh-report footer { color:var(--rh-muted); font-size:.8rem; margin-top:32px; }
@media print { body { background:white; } .rh-report { box-shadow:none; margin:0; } }
"""


def tiles(card: Scorecard) -> str:
    """Overall and group scores as large numbers."""
    parts = [
        f'<div class="rh-tile rh-overall"><span class="rh-num">{fmt_score(card.overall)}</span>'
        '<span class="rh-cap">overall (1–5)</span></div>'
    ]
    parts += [
        f'<div class="rh-tile"><span class="rh-num">{fmt_score(v)}</span>'
        f'<span class="rh-cap">{escape(g)}</span></div>'
        for g, v in card.groups.items()
    ]
    out = f'<div class="rh-tiles">{"".join(parts)}</div>'
    if card.unscored_reason:
        out += f'<p class="rh-unscored">Not scored: {escape(card.unscored_reason)}</p>'
    return out


def criteria_table(card: Scorecard) -> str:
    """Each criterion with its score and the reason for it."""
    rows = []
    for c in card.criteria:
        width = 0 if c.score is None else round((c.score - 1) / 4 * 100)
        why = c.rationale if c.score is not None else f"Not scored: {c.unscored_reason}"
        rows.append(
            f"<tr><td>{escape(c.name)}<br><span class='rh-group'>{escape(c.group)}</span></td>"
            f'<td style="white-space:nowrap"><span class="rh-bar"><i style="width:{width}%">'
            f"</i></span>{fmt_score(c.score)}</td><td>{escape(why)}</td></tr>"
        )
    return (
        '<table class="rh-criteria"><thead><tr><th>Criterion</th><th>Score</th><th>Why</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def judge_table(card: Scorecard, outcome: JudgeOutcome | None) -> str:
    """The detectors' and the LLM judge's scores side by side, criteria 2+ points apart
    flagged; or why the judge is unavailable. Empty when no judge was asked."""
    if outcome is None:
        return ""
    if outcome.result is None or outcome.message:
        return f'<p class="rh-unscored rh-judge">{escape(outcome.message or "")}</p>'
    result = outcome.result
    flagged = {d["criterion"] for d in disagreements(card, result)}
    theirs = {c.id: c for c in result.criteria}
    rows = []
    for c in card.criteria:
        j = theirs.get(c.id)
        if j is None:
            judge = "–"
        elif j.score is None:
            judge = f"unscored: {j.unscored_reason or ''}"
        else:
            spread = result.spreads.get(c.id)
            judge = fmt_score(j.score)
            if spread and len(spread.scores) > 1:
                judge += f" ({spread.min}–{spread.max})"
        bad = c.id in flagged
        flag = '<span class="rh-flag">⚠ disagree by 2+</span>' if bad else ""
        cls = ' class="rh-disagree"' if bad else ""
        rows.append(
            f'<tr{cls} data-criterion="{escape(c.id)}">'
            f"<td>{escape(c.name)}</td><td>{fmt_score(c.score)}</td><td>{escape(judge)}</td>"
            f"<td>{flag}</td></tr>"
        )
    return (
        f'<div class="rh-judge"><p class="rh-group">LLM judge: {escape(result.model)}</p>'
        '<table class="rh-criteria"><thead><tr><th>Criterion</th><th>Detectors</th>'
        f"<th>Judge (spread)</th><th>Flag</th></tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table></div>"
    )


def uncovered(u: Uncovered | None) -> str:
    """What the manager drew out: layers, needs and the next step."""
    if u is None:
        # No persona's hidden story to measure against: an uploaded transcript, or a
        # session that ended before anyone spoke. Neither is an error to report.
        return (
            '<p class="rh-empty">Nothing uncovered to show: there is no hidden story to '
            "compare this conversation with.</p>"
        )

    def items(xs: Sequence[str]) -> str:
        return "".join(f"<li>{escape(x)}</li>" for x in xs)

    layers = (
        f'<div><span class="rh-big">{len(u.layers_disclosed)} of {u.layers_total}</span>'
        f"<br>layers disclosed<ul>{items(u.layers_disclosed)}</ul></div>"
    )
    needs = (
        f'<div><span class="rh-big">{len(u.needs_surfaced)}</span><br>needs surfaced'
        f"<ul>{items(u.needs_surfaced)}</ul>"
        + (
            f'<span class="rh-group">Not reached:</span><ul>{items(u.needs_missed)}</ul>'
            if u.needs_missed
            else ""
        )
        + "</div>"
    )
    agreed = (
        '<span class="rh-big rh-yes">Agreed ✓</span>'
        if u.next_step_agreed
        else '<span class="rh-big rh-no">Not agreed</span>'
    )
    step = f"<ul><li>{escape(u.next_step)}</li></ul>" if u.next_step else ""
    nxt = f"<div>{agreed}<br>next step{step}</div>"
    notes = [
        ("Sore points hit", u.triggers_hit),
        ("Shared and passed over", u.disclosures_ignored),
    ]
    if u.repeated_turns:
        notes.append(("Repeated yourself", [f"turn {n}" for n in u.repeated_turns]))
    extra = "".join(
        f'<div><span class="rh-group">{label}:</span><ul>{items(xs)}</ul></div>'
        for label, xs in notes
        if xs
    )
    moments = [p for p in u.timeline if p.reasons]
    timeline = (
        '<details class="rh-timeline"><summary>What moved them, turn by turn</summary><ol>'
        + "".join(
            f"<li value='{p.turn}'>trust {p.trust:g}, stress {p.stress:g}: "
            f"{escape('; '.join(p.reasons))}</li>"
            for p in moments
        )
        + "</ol></details>"
        if moments
        else ""
    )
    return f'<div class="rh-uncovered">{layers}{needs}{nxt}{extra}</div>{timeline}'


def transcript(
    t: Transcript,
    card: Scorecard | None = None,
    comments: Sequence[ReviewComment] = (),
    *,
    names: tuple[str, str] = ("You", "Employee"),
) -> str:
    """The conversation with each manager turn's moves, a rewrite for weak turns and the
    coach's comments under the turn they are about."""
    notes = {a.turn: a for a in card.annotations} if card else {}
    by_turn: dict[int, list[ReviewComment]] = {}
    for c in comments:
        if c.turn is not None:
            by_turn.setdefault(c.turn, []).append(c)
    rows = []
    for i, turn in enumerate(t.turns):
        a = notes.get(i)
        cls = ["rh-turn", f"rh-{turn.speaker}"]
        if a and a.weak:
            cls.append("rh-weak")
        who = names[0] if turn.speaker == "manager" else names[1]
        parts = [
            f'<div class="{" ".join(cls)}" data-turn="{i}">'
            f'<div class="rh-who"><span class="rh-idx">#{i}</span>{escape(who)}</div>'
            f'<div class="rh-text">{escape(turn.text)}</div>'
        ]
        if a:
            parts.append(
                "<div>"
                + "".join(
                    f'<span class="rh-chip{" rh-bad" if m in WEAK_MOVES else ""}" '
                    f'title="{escape(a.cues.get(m, ""))}">{escape(m.replace("_", " "))}</span>'
                    for m in a.moves
                )
                + "</div>"
            )
            if a.weak and a.rewrite:
                parts.append(
                    f'<div class="rh-rewrite"><b>{escape(a.note or "Could be stronger.")}</b>'
                    f"<br>Try: “{escape(a.rewrite)}”</div>"
                )
        for c in by_turn.get(i, []):
            parts.append(
                f'<div class="rh-comment"><b>{escape(c.author)}:</b> {escape(c.text)}</div>'
            )
        parts.append("</div>")
        rows.append("".join(parts))
    return f'<div class="rh-transcript">{"".join(rows)}</div>'


def notes(comments: Sequence[ReviewComment]) -> str:
    """The coach's overall notes."""
    overall = [c for c in comments if c.turn is None]
    if not overall:
        return ""
    quotes = "".join(
        f"<blockquote><b>{escape(c.author)}:</b> {escape(c.text)}</blockquote>" for c in overall
    )
    return f'<div class="rh-notes">{quotes}</div>'


def chart_pair(card: Scorecard, earlier: Sequence[charts.Point] = ()) -> str:
    """The radar of criteria and the empathy-versus-execution quadrant, side by side."""
    return (
        '<div class="rh-charts">'
        f"<figure>{charts.radar_for(card)}<figcaption>Each criterion, 1 (centre) to 5."
        "</figcaption></figure>"
        f"<figure>{charts.quadrant(charts.point_for(card), earlier)}<figcaption>This session "
        "(blue) against your earlier ones (grey).</figcaption></figure></div>"
    )


def report(
    card: Scorecard,
    t: Transcript,
    comments: Sequence[ReviewComment] = (),
    *,
    title: str | None = None,
    subtitle: str = "",
    earlier: Sequence[charts.Point] = (),
    generated: datetime | None = None,
    judged: JudgeOutcome | None = None,
) -> str:
    """A standalone HTML document: scores, charts, what was uncovered, coach notes and the
    annotated transcript; with ``judged``, the LLM judge's scores beside the detectors'."""
    title = title or f"Rehearse report: {t.id}"
    when = f" on {generated:%Y-%m-%d %H:%M}" if generated else ""
    coach = notes(comments)
    body = [
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="rh-meta">{escape(subtitle)}</p></header>' if subtitle else "</header>",
        tiles(card),
        chart_pair(card, earlier),
        "<h2>Scores</h2>",
        criteria_table(card),
    ]
    if judged is not None:
        body += ["<h2>Detectors and LLM judge</h2>", judge_table(card, judged)]
    body += [
        "<h2>What you uncovered</h2>",
        uncovered(card.uncovered),
    ]
    if coach:
        body += ["<h2>Coach notes</h2>", coach]
    body += [
        "<h2>Annotated transcript</h2>",
        transcript(t, card, comments, names=("Manager", "Employee")),
        f"<footer>Made with Rehearse{when}. Scores come from the rubric "
        f"<code>{escape(card.rubric_id)}</code>; each is explained in the table above."
        "</footer>",
    ]
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}{_REPORT_STYLE}</style></head>"
        f'<body><main class="rh-report">{"".join(body)}</main></body></html>\n'
    )
