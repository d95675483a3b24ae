"""Render scorecards for people (Markdown) and for machines (JSON lines, CSV rows)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from simulator.content.transcript import Transcript
from simulator.reports._csv import csv_table
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.vocabulary import fmt_score

if TYPE_CHECKING:
    from simulator.judge._judge import JudgeResult
    from simulator.judge.second_opinion import JudgeOutcome


def summary(card: Scorecard) -> dict[str, Any]:
    """The stable one-line-per-transcript record: id, overall, empathy, execution, criteria."""
    row: dict[str, Any] = {
        "id": card.transcript_id,
        "overall": card.overall,
        "empathy": card.empathy,
        "execution": card.execution,
        "criteria": {c.id: c.score for c in card.criteria},
    }
    others = {g: v for g, v in card.groups.items() if g not in ("empathy", "execution")}
    if others:
        row["groups"] = others
    if card.unscored_reason:
        row["unscored_reason"] = card.unscored_reason
    return row


def csv_rows(cards: Iterable[Scorecard]) -> str:
    """CSV with one row per transcript and one column per criterion."""
    cards = list(cards)
    criteria: list[str] = []
    groups: list[str] = []
    for card in cards:
        criteria += [c.id for c in card.criteria if c.id not in criteria]
        groups += [g for g in card.groups if g not in groups]

    def row(card: Scorecard) -> list[Any]:
        scores = {c.id: c.score for c in card.criteria}
        return [
            card.transcript_id,
            card.rubric_id,
            card.overall,
            *[card.groups.get(g) for g in groups],
            *[scores.get(c) for c in criteria],
            card.unscored_reason,
        ]

    return csv_table(
        ["id", "rubric", "overall", *groups, *criteria, "unscored_reason"], map(row, cards)
    )


def _join(items: list[str]) -> str:
    return "; ".join(i.rstrip(". ") for i in items)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(card: Scorecard, transcript: Transcript | None = None) -> str:
    """A readable report: scores with rationale and evidence, what was uncovered, and the
    annotated transcript with suggested rewrites."""
    out = [f"# Scorecard: {card.transcript_id}", "", f"Rubric: `{card.rubric_id}`", ""]
    if card.unscored_reason:
        out += [f"**Unscored:** {card.unscored_reason}", ""]
    heads = " · ".join(f"**{g.title()}** {fmt_score(v)}" for g, v in card.groups.items())
    out += [f"**Overall** {fmt_score(card.overall)} · {heads}", ""]
    out += ["| Criterion | Group | Score | Why |", "| --- | --- | --- | --- |"]
    for c in card.criteria:
        why = c.rationale if c.score is not None else f"unscored: {c.unscored_reason}"
        out.append(f"| {c.name} | {c.group} | {fmt_score(c.score)} | {_md_escape(why)} |")
    out.append("")
    if card.uncovered:
        u = card.uncovered
        out += [
            "## What you uncovered",
            "",
            f"- Layers disclosed: {len(u.layers_disclosed)} of {u.layers_total}"
            + (f" ({_join(u.layers_disclosed)})" if u.layers_disclosed else ""),
            f"- Needs surfaced: {_join(u.needs_surfaced) or 'none'}",
        ]
        if u.needs_missed:
            out.append(f"- Needs not reached: {_join(u.needs_missed)}")
        step = f": {u.next_step}" if u.next_step else ""
        out.append(f"- Next step agreed: {'yes' if u.next_step_agreed else 'no'}{step}")
        if u.triggers_hit:
            out.append(f"- Sore points hit: {_join(u.triggers_hit)}")
        if u.disclosures_ignored:
            out.append(f"- Shared and passed over: {_join(u.disclosures_ignored)}")
        if u.repeated_turns:
            turns = ", ".join(str(n) for n in u.repeated_turns)
            out.append(f"- Repeated yourself in turn(s) {turns}")
        moments = [p for p in u.timeline if p.reasons]
        if moments:
            out += ["", "### What moved them", ""]
            out += [f"- Turn {p.turn}: {'; '.join(p.reasons)}" for p in moments]
        if u.end_reason:
            out.append(f"- Session ended: {u.end_reason.replace('_', ' ')}")
        out.append("")
    evidence = [(c.name, e) for c in card.criteria for e in c.evidence]
    if evidence:
        out += ["## Evidence", ""]
        for name, e in evidence:
            sign = "+" if e.supports else "−"
            out.append(f"- {sign} {name}, turn {e.turn}: “{_md_escape(e.quote)}”")
        out.append("")
    if transcript is not None and card.annotations:
        out += _annotated(card, transcript, {})
    return "\n".join(out).rstrip() + "\n"


def _annotated(
    card: Scorecard, transcript: Transcript, on_turn: dict[int, list[ReviewComment]]
) -> list[str]:
    """The transcript with each manager turn's moves, rewrites and any coach comments."""
    notes = {a.turn: a for a in card.annotations}
    out = ["## Annotated transcript", ""]
    for i, turn in enumerate(transcript.turns):
        who = "Manager" if turn.speaker == "manager" else "Employee"
        out.append(f"**{i}. {who}:** {_md_escape(turn.text)}")
        a = notes.get(i)
        if a:
            cues = ", ".join(f"{m} ({a.cues.get(m, '')})" for m in a.moves)
            out.append(f"  - moves: {cues}")
            if a.weak:
                out.append(f"  - ⚠ {a.note}")
                out.append(f"  - try: “{a.rewrite}”")
        for c in on_turn.get(i, []):
            out.append(f"  - coach {_md_escape(c.author)}: {_md_escape(c.text)}")
        out.append("")
    return out


class ReviewComment(Protocol):
    """A coach's comment: on turn ``turn`` (an index into the transcript), or overall (None)."""

    @property
    def turn(self) -> int | None: ...
    @property
    def author(self) -> str: ...
    @property
    def text(self) -> str: ...


def markdown_with_comments(
    card: Scorecard, transcript: Transcript, comments: Sequence[ReviewComment]
) -> str:
    """:func:`markdown` plus the coach's review: overall notes first, then each comment
    under the turn it is about, in the annotated transcript."""
    head = markdown(card).rstrip()
    out = [head, ""]
    overall = [c for c in comments if c.turn is None]
    if overall:
        out += ["## Coach notes", ""]
        out += [f"> **{_md_escape(c.author)}:** {_md_escape(c.text)}" for c in overall]
        out.append("")
    on_turn: dict[int, list[ReviewComment]] = {}
    for c in comments:
        if c.turn is not None:
            on_turn.setdefault(c.turn, []).append(c)
    out += _annotated(card, transcript, on_turn)
    return "\n".join(out).rstrip() + "\n"


def judge_summary(result: JudgeResult) -> dict[str, Any]:
    """The judge's per-criterion scores and spreads for one JSONL line."""
    card = result.scorecard()
    return {
        "model": result.model,
        "overall": card.overall,
        "criteria": {c.id: c.score for c in result.criteria},
        "unscored": {c.id: c.unscored_reason for c in result.criteria if c.score is None},
        "spread": {k: v.model_dump(mode="json") for k, v in result.spreads.items()},
    }


def disagreements(card: Scorecard, result: JudgeResult) -> list[dict[str, Any]]:
    """Criteria where the detectors and the judge are 2 or more points apart."""
    from simulator.judge._judge import compare

    return [d.model_dump(mode="json") for d in compare(card, result.scorecard())]


def judge_outcome_markdown(card: Scorecard, outcome: JudgeOutcome | None) -> str:
    """The Markdown section for an export: side by side, or why the judge is missing."""
    if outcome is None:
        return ""
    if outcome.result is None or outcome.message:
        return f"## LLM judge\n\n{outcome.message}\n"
    return judge_markdown(card, outcome.result)


def judge_markdown(card: Scorecard, result: JudgeResult) -> str:
    """Detector and judge scores side by side, with disagreements of 2+ points flagged."""
    flagged = {d["criterion"] for d in disagreements(card, result)}
    theirs = {c.id: c for c in result.criteria}
    out = [
        f"## Detectors and judge side by side ({result.model})",
        "",
        "| Criterion | Detectors | Judge | Judge spread | |",
        "| --- | --- | --- | --- | --- |",
    ]
    for c in card.criteria:
        j = theirs.get(c.id)
        judge = fmt_score(j.score) if j else "—"
        if j is not None and j.score is None:
            judge = f"unscored: {_md_escape(j.unscored_reason or '')}"
        spread = result.spreads.get(c.id)
        spread_text = f"{spread.min}–{spread.max}" if spread and len(spread.scores) > 1 else ""
        flag = "⚠ disagree by 2+" if c.id in flagged else ""
        out.append(f"| {c.name} | {fmt_score(c.score)} | {judge} | {spread_text} | {flag} |")
    return "\n".join(out) + "\n"
