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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.content.rubrics import Criterion, Rubric


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


def next_hint(
    rubric: Rubric,
    turns: Sequence[Sequence[str]],
    cues: Mapping[str, str] | None = None,
) -> Hint | None:
    """The hint after the last of ``turns`` (the moves detected in each manager turn so far).

    Returns ``None`` before the first manager turn or when no criterion has a scoring rule.
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
    example = chosen.examples[(len(turns) - 1) % len(chosen.examples)]
    return Hint(
        moves=tuple(last),
        cues=dict(cues or {}),
        criterion=chosen.id,
        criterion_name=chosen.name,
        suggestion=example,
        reason=reason,
    )
