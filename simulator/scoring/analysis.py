"""Each manager turn of a transcript assessed against the conversation before it, and credited.

The scorer's first pass (:func:`analyse`): every non-empty manager turn is assessed once
(:func:`simulator.moves.assessment.assess`) and earns credit by substance
(:mod:`._credit`), with the habits that span turns counted as the conversation goes (echoes,
bare prompts, slotted phrases, amplified feelings), support pledged in answer to a voiced need,
and a next step the employee's reply turns down (:mod:`._commitments`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from simulator.content.transcript import Transcript
from simulator.moves import AMPLIFIED_HEARD, ECHOES_HEARD, SLOTS_HEARD, only_prompts
from simulator.moves.assessment import Assessment, Speaker, _conversation, assess
from simulator.moves.vocabulary import Move
from simulator.scoring import _commitments
from simulator.scoring._credit import PROMPTS_HEARD, TurnCredit, credit_of

Assessor = Callable[[str, Sequence[tuple[Speaker, str]]], Assessment]


@dataclass(frozen=True, slots=True)
class AnalysedTurn:
    """A manager turn, its assessment against the conversation before it, and its credit."""

    index: int
    text: str
    prev: str | None
    """The employee's last line before this turn, if any."""
    assessment: Assessment
    credit: TurnCredit

    @property
    def moves(self) -> tuple[Move, ...]:
        """The turn's context-aware moves."""
        return self.assessment.moves


def _analyse(
    transcript: Transcript, assessor: Assessor
) -> tuple[list[AnalysedTurn], list[str], list[tuple[int, str]]]:
    """:func:`analyse`, plus from the same pass the employee's non-empty utterances (for the talk
    share) and ``(index, text)`` of every employee turn (for the rewrites)."""
    out: list[AnalysedTurn] = []
    employee: list[str] = []
    said: list[tuple[int, str]] = []
    judge, add = _told(assessor)
    prev: str | None = None
    echoes = prompts = slots = amplified = 0
    pledges = _commitments.Pledges()
    # The last manager turn's credit arguments while it proposes a next step and awaits their
    # reply: a plan they turn down was not agreed together.
    proposed: tuple[tuple[Assessment, bool, bool, bool, bool, bool], bool] | None = None
    for i, turn in enumerate(transcript.turns):
        text = turn.text
        if turn.speaker == "employee":
            said.append((i, text))
            if text.strip():
                employee.append(text)
                prev = text
                pledges.heard(text)
                if proposed is not None:
                    if _commitments.declines(text):
                        args, demanded = proposed
                        credit = credit_of(*args, declined=True, demanded=demanded)
                        out[-1] = replace(out[-1], credit=credit)
                    proposed = None
            add("employee", text)
            continue
        if text.strip():
            a = judge(text)
            echo = False
            if Move.REFLECTION in a.moves and a.says_back:
                # Their words said back, or slotted into a frame, with nothing of the
                # manager's own: the employee's engine hears an echo after two, and so do we.
                echoes += 1
                echo = echoes > ECHOES_HEARD
            prompt = Move.OPEN_QUESTION in a.moves and only_prompts(text.lower())
            prompts += prompt
            slots += a.slotted
            amplified += a.amplified is not None
            args = (
                a,
                bool(employee),
                echo,
                prompt and prompts > PROMPTS_HEARD,
                # A checklist run with their nouns, or melodrama pinned on them, as a habit.
                (a.slotted and slots > SLOTS_HEARD)
                or (a.amplified is not None and amplified > AMPLIFIED_HEARD),
                pledges.answers(a, text),
            )
            if Move.NEXT_STEP in a.moves:
                demanded = _commitments.sets_deadline(text, employee)
                credit = credit_of(*args, demanded=demanded)
                proposed = (args, demanded)
            else:
                credit = credit_of(*args)
                proposed = None
            pledges.asked(a)
            out.append(AnalysedTurn(i, text, prev, a, credit))
        add("manager", text)
    return out, employee, said


def _told(
    assessor: Assessor,
) -> tuple[Callable[[str], Assessment], Callable[[Speaker, str], None]]:
    """How to assess a manager turn after the turns added so far, and how to add a turn."""
    if assessor is assess:  # the conversation kept as it grows, not handed over each turn
        return _conversation()
    # One growing list, passed whole every time: assess() keeps its context incrementally while
    # each history extends the last one, so a sliding window would make it start over each
    # turn (measured: 3x slower at 700 turns, not faster).
    history: list[tuple[Speaker, str]] = []

    def judge(text: str) -> Assessment:
        return assessor(text, history)

    def add(speaker: Speaker, text: str) -> None:
        history.append((speaker, text))

    return judge, add


def analyse(transcript: Transcript, assessor: Assessor = assess) -> list[AnalysedTurn]:
    """Assess every non-empty manager turn once, against every turn before it."""
    return _analyse(transcript, assessor)[0]
