"""The debrief shown when a practice run ends: a short lesson first, the details after.

The summary reads top to bottom as a coach would say it: the overall picture in one sentence,
then three things to try next time, each tied to the moment it mattered, what the manager
said there and a better line (from the scorecard's rewrites and the engine's record of sore
points hit and disclosures passed over). After a "try that turn again" branch the two runs'
outcomes sit side by side. Plain functions of the scorecard and transcript, so any way of
ending a run (End, time up, shutdown, agreement) shows the same debrief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from simulator.content.outcome import SessionOutcome
from simulator.content.transcript import Transcript
from simulator.reports import charts
from simulator.reports import html as htmlreport
from simulator.scoring.rewrites import GENERIC, reflect
from simulator.scoring.scorecard import Scorecard, TurnAnnotation
from simulator.scoring.vocabulary import fmt_score

MAX_LESSONS = 3

_MANAGER_TURN = re.compile(
    r'(<div class="rh-turn rh-manager[^"]*" data-turn="(\d+)">'
    r'<div class="rh-who">.*?</div><div class="rh-text">.*?</div>)'
)
"""A manager turn's opening in the report's annotated transcript, up to its words (escaped
text, so no ``</div>`` inside)."""


@dataclass(frozen=True)
class Lesson:
    """One thing to try next time, anchored to the moment it mattered."""

    turn: int
    """The manager turn (1 = their first), as the chat and timeline number them."""
    moment: str
    """What was happening, in a sentence."""
    said: str
    """What the manager said then."""
    better: str
    """A line worth trying instead."""


@dataclass(frozen=True)
class Side:
    """One run's outcome, for putting a branch beside the run it came from."""

    label: str
    trust: float
    layers: int
    layers_total: int
    committed: bool
    overall: float | None


def side(label: str, card: Scorecard, outcome: SessionOutcome | None) -> Side:
    """The outcome of a scored run as a :class:`Side`."""
    return Side(
        label=label,
        trust=outcome.trust if outcome else 0.0,
        layers=len(outcome.layers_disclosed) if outcome else 0,
        layers_total=outcome.layers_total if outcome else 0,
        committed=bool(outcome and outcome.committed),
        overall=card.overall,
    )


def _index(manager_turn: int) -> int:
    """The transcript index of manager turn ``n`` (turn 0 is the employee's opening line)."""
    return 2 * manager_turn - 1


def _text(t: Transcript, index: int) -> str:
    return t.turns[index].text if 0 <= index < len(t.turns) else ""


def _employee_before(t: Transcript, index: int) -> list[str]:
    return [x.text for x in t.turns[:index] if x.speaker == "employee"]


def lessons(card: Scorecard, t: Transcript, outcome: SessionOutcome | None) -> list[Lesson]:
    """Up to three lessons, most costly first: sore points hit, disclosures passed over,
    then the weak turns the scorer rewrote. Each turn is taught once."""
    notes: dict[int, TurnAnnotation] = {a.turn: a for a in card.annotations}
    found: list[Lesson] = []
    seen: set[int] = set()

    def add(turn: int, moment: str, fallback: str) -> None:
        i = _index(turn)
        said = _text(t, i)
        if turn in seen or not said or len(found) >= MAX_LESSONS:
            return
        seen.add(turn)
        note = notes.get(i)
        better = note.rewrite if note and note.rewrite else fallback
        found.append(Lesson(turn, moment, said, better))

    if outcome is not None:
        for hit in outcome.triggers_hit:
            about = f" ({hit.summary})" if hit.summary else ""
            add(
                hit.turn,
                f"“{hit.phrase}” touched a sore point{about}, and they closed up.",
                reflect(_employee_before(t, _index(hit.turn))),
            )
        for ig in outcome.disclosures_ignored:
            add(
                ig.turn,
                f"They had just told you {ig.summary.rstrip('.')}, and your next words "
                "passed over it. Acknowledge it before moving on.",
                reflect(_employee_before(t, _index(ig.turn))),
            )
    for a in card.annotations:
        if a.weak and a.rewrite and a.turn % 2 == 1:
            add((a.turn + 1) // 2, a.note or "This turn could have opened them up more.", "")
    return found


def _sentence(card: Scorecard, outcome: SessionOutcome | None, name: str) -> str:
    """The overall picture in one sentence."""
    if outcome is None:
        return "This run has no outcome to report."
    layers = f"{len(outcome.layers_disclosed)} of {outcome.layers_total} layers"
    step = "agreed a next step" if outcome.committed else "did not reach a next step"
    scored = [c for c in card.criteria if c.score is not None]
    if card.overall is None or not scored:
        return f"{name} opened up {layers} and you {step}; there was nothing to score."
    best = max(scored, key=lambda c: c.score or 0)
    worst = min(scored, key=lambda c: c.score or 0)
    return (
        f"{name} opened up {layers} and you {step}; overall {fmt_score(card.overall)} of 5, "
        f"strongest on {best.name.lower()}, with most to gain on {worst.name.lower()}."
    )


def _compare(before: Side, after: Side) -> str:
    def col(s: Side) -> str:
        return (
            f"<td>{s.trust:g} / 10</td><td>{s.layers} of {s.layers_total}</td>"
            f"<td>{'agreed' if s.committed else 'not agreed'}</td><td>{fmt_score(s.overall)}</td>"
        )

    return (
        '<table class="rh-criteria rh-compare"><caption>Both branches</caption><thead><tr>'
        '<th scope="col">Run</th><th scope="col">Trust</th><th scope="col">Layers</th>'
        '<th scope="col">Next step</th><th scope="col">Score</th></tr></thead><tbody>'
        f'<tr><th scope="row">{escape(before.label)}</th>{col(before)}</tr>'
        f'<tr><th scope="row">{escape(after.label)}</th>{col(after)}</tr></tbody></table>'
    )


def summary(
    card: Scorecard,
    t: Transcript,
    outcome: SessionOutcome | None,
    *,
    persona_name: str,
    run_id: str,
    before: Side | None = None,
) -> str:
    """The debrief's top: one sentence, the comparison with the earlier branch (if any), and
    three things to try. ``run_id`` marks the run, so the page scrolls here once per run."""
    parts = [
        f'<section class="rh-debrief" id="rh-debrief-top" tabindex="-1" '
        f'data-run="{escape(run_id)}" aria-labelledby="rh-debrief-h">'
        '<h2 id="rh-debrief-h" class="rh-step">How it went</h2>'
        f'<div class="rh-picture">{escape(_sentence(card, outcome, persona_name))}</div>'
    ]
    if before is not None:
        parts.append(_compare(before, side("This branch", card, outcome)))
    taught = lessons(card, t, outcome)
    if taught:
        parts.append('<h3 class="rh-section">Try next time</h3><ol class="rh-lessons">')
        for x in taught:
            better = x.better or GENERIC["listen"]
            parts.append(
                f'<li><div class="rh-moment"><b>Turn {x.turn}.</b> {escape(x.moment)}</div>'
                f'<div class="rh-said">You said: “{escape(x.said)}”</div>'
                f'<div class="rh-better">Try: “{escape(better)}”</div>'
                f"{rewind_button(x.turn)}</li>"
            )
        parts.append("</ol>")
    elif card.overall is not None:
        parts.append(
            '<div class="rh-moment">No turn stood out as costly: try the same persona on a '
            "harder setting, or aim for one more layer next time.</div>"
        )
    parts.append("</section>")
    return "".join(parts)


def criteria_with_quotes(card: Scorecard, t: Transcript) -> str:
    """Each criterion with its score, the reason, and the manager's words that earned it.

    A list of cards rather than a table: the quotes are long, and a three-column table of
    them is unreadable (and too wide) on a phone.
    """
    items = []
    for c in card.criteria:
        why = c.rationale if c.score is not None else f"Not scored: {c.unscored_reason}"
        quotes = "".join(
            f'<li class="{"rh-for" if e.supports else "rh-against"}">'
            f"{'' if e.supports else 'Against: '}“{escape(e.quote)}”"
            f"{f' (turn {(e.turn + 1) // 2})' if e.turn % 2 == 1 else ''}</li>"
            for e in c.evidence[:3]
        )
        width = 0 if c.score is None else round((c.score - 1) / 4 * 100)
        items.append(
            f'<li class="rh-crit" data-criterion="{escape(c.id)}"><div class="rh-crit-head">'
            f"<b>{escape(c.name)}</b> <span class='rh-group'>{escape(c.group)}</span>"
            f'<span class="rh-crit-score"><span class="rh-bar" aria-hidden="true">'
            f'<i style="width:{width}%"></i></span>{fmt_score(c.score)}</span></div>'
            f"<div>{escape(why)}</div>"
            f"{f'<ul class=rh-quotes>{quotes}</ul>' if quotes else ''}</li>"
        )
    return f'<ul class="rh-crits">{"".join(items)}</ul>'


def charts_block(card: Scorecard, earlier: Sequence[charts.Point]) -> str:
    """The radar and quadrant, with the scores as a table that replaces the radar on a
    phone (where its labels would be too small to read)."""
    scores = [(c.name, c.score) for c in card.criteria]
    return (
        '<div class="rh-charts">'
        f'<figure class="rh-radar-fig">{charts.radar(scores)}<figcaption>Each criterion, '
        "1 (centre) to 5.</figcaption></figure>"
        f'<div class="rh-radar-fallback">{charts.score_table(scores)}</div>'
        f"<figure>{charts.quadrant(charts.point_for(card), earlier)}<figcaption>This session "
        "(blue) against your earlier ones (grey).</figcaption></figure></div>"
    )


def timeline_block(outcome: SessionOutcome | None) -> str:
    """The trust and stress timeline with the reason for each change, chart and table."""
    if outcome is None or not outcome.timeline:
        return ""
    points = [
        charts.StatePoint(p.turn, p.trust, p.stress, tuple(p.reasons)) for p in outcome.timeline
    ]
    return (
        f'<figure class="rh-timeline-fig">{charts.timeline(points)}<figcaption>Trust and stress '
        "after each turn: hover a point, or read the table, for what moved them.</figcaption>"
        f'</figure><div class="rh-scroll">{charts.timeline_table(points)}</div>'
    )


def turn_choices(t: Transcript) -> list[tuple[str, int]]:
    """The manager turns a run can be rewound to, as dropdown ``(label, turn)`` pairs."""
    out = []
    n = 0
    for turn in t.turns:
        if turn.speaker == "manager":
            n += 1
            text = turn.text if len(turn.text) <= 60 else turn.text[:57] + "…"
            out.append((f"Turn {n}: “{text}”", n))
    return out


def rewind_button(turn: int) -> str:
    """A "Try turn N again" button: the results panel sends its ``data-rewind`` to the
    server (``REWIND_ASK_JS`` in :mod:`._practice_results`), which branches the run there."""
    return (
        f'<button type="button" class="rh-rewind-here" data-rewind="{turn}" '
        f'aria-label="Try turn {turn} again: rewind to just before it">'
        f"Try turn {turn} again</button>"
    )


def annotated_transcript(t: Transcript, card: Scorecard) -> str:
    """The report's annotated transcript with a "Try turn N again" button under each of the
    manager's turns (numbered as the chat, the lessons and the rewind dropdown number them)."""
    page = htmlreport.transcript(t, card)
    # Manager turn numbers by transcript index, counted rather than derived from the index,
    # so a transcript that does not open with the employee still numbers them right.
    numbers: dict[int, int] = {}
    for i, turn in enumerate(t.turns):
        if turn.speaker == "manager":
            numbers[i] = len(numbers) + 1

    def with_button(m: re.Match[str]) -> str:
        n = numbers.get(int(m[2]))
        return m[1] + rewind_button(n) if n is not None else m[1]

    return _MANAGER_TURN.sub(with_button, page)
