"""Practice hints: what the last turn did, and one line from the rubric worth trying next.

The suggestion is chosen from the rubric's own example phrases, so a team's rubric brings
its own hints. Which criterion to draw from follows what the rubric rewards and what the
manager has not done yet:

1. If the last turn holds a move some criterion penalises (judgment, unsolicited advice),
   suggest an example of the criterion that penalises it most: repair comes first.
2. Otherwise, the first criterion in rubric order whose main rewarded move (the move behind
   its largest positive weight) has not appeared yet. Rubrics list criteria in the order a
   conversation usually needs them: be present, ask, recognise, then resources and a next
   step.
3. Otherwise (everything tried once), the criterion whose main move was used least.

Examples rotate with the turn number, so the same hint does not repeat word for word.

Given the last turn's context-aware assessment (:func:`hint_after` computes it), the hint also
reacts to what just happened: a repeat, an empty listening formula or a reflection of
something the employee never said is named as such, and the suggested line is then built from
the employee's own words in this conversation (see :mod:`.rewrites`). Suggestions never carry
another persona's story: a rubric example naming something this employee never mentioned ("the
outage review") is skipped while another fits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.content.rubrics import Criterion, Rubric
from simulator.moves.assessment import Assessment, Speaker, assess
from simulator.scoring._annotate import weakness
from simulator.scoring.rewrites import GENERIC, noun_phrase_of, reflect, rewrite_turn


@dataclass(frozen=True)
class Hint:
    """What to show after a manager turn."""

    moves: tuple[str, ...]
    """Moves detected in the last manager turn."""
    cues: Mapping[str, str]
    """The words that triggered each move."""
    criterion: str
    """Id of the criterion the suggestion illustrates."""
    criterion_name: str
    suggestion: str
    """One of that criterion's example phrases."""
    reason: str
    """Why this criterion, in a few words for the manager."""
    grounding: tuple[str, ...] = ()
    """The employee's own words the last turn took up (empty if none, or not assessed)."""


def primary_move(criterion: Criterion) -> str | None:
    """The move behind the criterion's largest positive weight: what it mainly rewards."""
    if criterion.scoring is None:
        return None
    best = max(criterion.scoring.weights.items(), key=lambda fw: fw[1])
    feature, weight = best
    if weight <= 0 or ":" not in feature:
        return None
    # ratio:a/b rewards a relative to b; a is the move to make.
    return feature.split(":", 1)[1].split("/")[0]


def _penalty(criterion: Criterion, move: str) -> float:
    if criterion.scoring is None:
        return 0.0
    return -sum(
        w
        for f, w in criterion.scoring.weights.items()
        if w < 0 and f.split(":", 1)[-1] == move and not f.startswith("ratio:")
    )


_CONTENT = re.compile(r"[a-z][a-z'-]+")
_REACTIONS = {
    "repeat": "that repeated an earlier line, so it adds nothing new; take up what they just said",
    "formula": "that was a listening formula with nothing of theirs in it; name what they said",
    "misreflection": "they never said {what}; reflect what they did say",
    "parroted": "that pasted their words back unchanged; say what you heard in your own words",
    "stuffed": "that was packed with coaching words; say one thing you heard, in their words",
}


def _fits(example: str, said_words: set[str]) -> bool:
    """Whether a rubric example tells no other story: any noun phrase it names ("the outage
    review") is one this employee used."""
    np = noun_phrase_of(example, theirs=False)
    if np is None:
        return True
    return _CONTENT.findall(np.lower())[-1] in said_words


def _example(criterion: Criterion, turn: int, said: Sequence[str]) -> str:
    """The criterion's example for this turn, skipping ones that name someone else's story."""
    examples = criterion.examples
    if not said:
        return examples[turn % len(examples)]
    words = set(_CONTENT.findall(" ".join(said).lower()))
    for k in range(len(examples)):
        candidate = examples[(turn + k) % len(examples)]
        if _fits(candidate, words):
            return candidate
    return examples[turn % len(examples)]


def next_hint(
    rubric: Rubric,
    turns: Sequence[Sequence[str]],
    cues: Mapping[str, str] | None = None,
    *,
    assessment: Assessment | None = None,
    said: Sequence[str] = (),
) -> Hint | None:
    """The hint after the last of ``turns`` (the moves detected in each manager turn so far).

    ``assessment`` is the last manager turn's context-aware assessment and ``said`` the
    employee's turns so far, oldest first; with them the hint reacts to a repeat, a formula or a
    mis-reflection with a line built from the employee's own words. Returns ``None`` before the
    first manager turn or when no criterion has a scoring rule.
    """
    if not turns:
        return None
    scored = [c for c in rubric.criteria if c.scoring is not None and c.examples]
    if not scored:
        return None
    last = list(turns[-1])
    used = Counter(m for t in turns for m in set(t))
    chosen: Criterion | None = None
    reason = ""

    bad = [(c, _penalty(c, m), m) for c in scored for m in last if _penalty(c, m) > 0]
    if bad:
        chosen, _, move = max(bad, key=lambda x: x[1])
        reason = f"that turn read as {move.replace('_', ' ')}; repair it"
    if chosen is None:
        for c in scored:
            main = primary_move(c)
            if main and not used[main]:
                chosen = c
                reason = f"no {main.replace('_', ' ')} yet"
                break
    if chosen is None:
        chosen = min(scored, key=lambda c: used[primary_move(c) or ""])
        reason = "the move you have used least"
    suggestion = _example(chosen, len(turns) - 1, said)
    if said and primary_move(chosen) == "reflection":
        # A reflection example reflects someone else; reflect this employee's own words.
        own = reflect(said)
        if own != GENERIC["judgment"]:
            suggestion = own
    if assessment is not None and not bad:
        # The debrief's definition of a weak turn; the moves that cost were handled above.
        weak = weakness(assessment, heard=True)
        weak = weak if weak in _REACTIONS else None
        line = rewrite_turn(weak, assessment.text, said) if weak else None
        if weak and line:
            reason = _REACTIONS[weak].format(what=f"'{assessment.misreflection}'")
            suggestion = line
            presence = next((c for c in scored if primary_move(c) == "reflection"), chosen)
            chosen = presence
    return Hint(
        moves=tuple(last),
        cues=dict(cues or {}),
        criterion=chosen.id,
        criterion_name=chosen.name,
        suggestion=suggestion,
        reason=reason,
        grounding=assessment.grounding if assessment is not None else (),
    )


def hint_after(rubric: Rubric, conversation: Sequence[tuple[Speaker, str]]) -> Hint | None:
    """The hint after the last manager turn of ``conversation`` (every turn so far, oldest
    first, as ``(speaker, text)``): each manager turn is assessed against the turns before it,
    and the hint reacts to the last one."""
    moves: list[list[str]] = []
    last: Assessment | None = None
    for i, (speaker, text) in enumerate(conversation):
        if speaker == "manager" and text.strip():
            last = assess(text, conversation[:i])
            moves.append([m.value for m in last.moves])
    if last is None:
        return None
    said = [text for speaker, text in conversation if speaker == "employee"]
    cues = {m.value: c for m, c in last.cues.items()}
    return next_hint(rubric, moves, cues, assessment=last, said=said)
