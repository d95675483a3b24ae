"""Per-turn annotations: each manager turn's moves, cues and grounding, and for a weak turn a
note on why and a rewrite from the employee's own words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from simulator.moves.assessment import Assessment
from simulator.moves.vocabulary import Move
from simulator.scoring.rewrites import rewrite_after
from simulator.scoring.scorecard import TurnAnnotation, trusted

if TYPE_CHECKING:
    from simulator.scoring.analysis import AnalysedTurn


_NAME: dict[Move, str] = {m: m.value for m in Move}

_NOTES = {
    "judgment": "Judgment or dismissal: it closes the person down.",
    "misreflection": "This reflects something they never said ({what}): it tells them you "
    "weren't listening.",
    "repeat": "This repeats an earlier line: it earns nothing the second time.",
    "formula": "A listening formula with nothing of theirs behind it: name what they said.",
    "parroted": "This pastes their words back unchanged ({what}): say it as yours, about them.",
    "stuffed": "Packed with coaching words: they hear a script. Say one thing you heard.",
    "advice": "Advice before the person was heard: it rushes to fix.",
    "closed": "Closed question: it invites a yes or no, not the story.",
}


def weakness(a: Assessment, heard: bool) -> str | None:
    """Why a turn is weak, as a key of :data:`_NOTES`, or ``None``: the one definition the
    debrief's annotations and the live hints both read. ``heard``: an earlier turn took up
    their words or asked them openly, so advice is no longer a rush to fix."""
    moves = a.moves
    if Move.JUDGMENT in moves or a.disguised_judgment:
        return "judgment"
    if a.misreflection is not None:
        return "misreflection"
    if a.repeat_of is not None:
        return "repeat"
    if a.formula_only:
        return "formula"
    if a.parroted is not None:
        return "parroted"
    if a.stuffed:
        return "stuffed"
    if Move.ADVICE in moves and not heard:
        return "advice"
    if moves == (Move.CLOSED_QUESTION,):
        return "closed"
    return None


def annotate(
    turns: list[AnalysedTurn], employee_turns: Sequence[tuple[int, str]] = ()
) -> list[TurnAnnotation]:
    """Per-turn moves, cues and grounding, with a rewrite from the employee's own words for weak
    turns. ``employee_turns`` holds ``(transcript index, text)`` of every employee turn."""
    out: list[TurnAnnotation] = []
    heard = False
    name = _NAME
    recent: tuple[str, ...] = ()  # their last 3 non-empty lines, latest first: what rewrites read
    e, n_said = 0, len(employee_turns)
    for t in turns:
        while e < n_said and employee_turns[e][0] < t.index:
            line = employee_turns[e][1]
            if line.strip():
                recent = (line, *recent[:2])
            e += 1
        a = t.assessment
        weak = weakness(a, heard)
        rewrite, note = None, ""
        if weak is not None:
            rewrite = rewrite_after(weak, t.text, recent)
            what = a.parroted if weak == "parroted" else a.misreflection
            note = _NOTES[weak].format(what=f"'{what}'") if rewrite else ""
        out.append(
            trusted(
                TurnAnnotation,
                {
                    "turn": t.index,
                    "moves": [name[m] for m in a.moves],
                    "cues": {name[m]: cue for m, cue in a.cues.items()},
                    "weak": rewrite is not None,
                    "note": note,
                    "rewrite": rewrite,
                    "grounding": list(a.grounding),
                },
            )
        )
        if not heard:
            heard = t.credit.grounded or Move.OPEN_QUESTION in a.moves
    return out
