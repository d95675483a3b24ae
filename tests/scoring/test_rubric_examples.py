"""Each rubric's own examples earn the criterion they illustrate.

A rubric shows managers what good looks like; the scorer must credit exactly that. Every
example of a criterion with a deterministic rule must make a move the rule rewards (a feature
with a positive weight), read on its own with no context, as a manager would type it.
"""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.moves import detect


def _examples() -> list[object]:
    params = []
    for rubric_id in sorted(catalog.rubrics()):
        rubric = catalog.get_rubric(rubric_id)
        for c in rubric.criteria:
            if c.scoring is None:
                continue  # judged by a model only
            rewarded = {
                f.split(":", 1)[1].split("/")[0]
                for f, w in c.scoring.weights.items()
                if w > 0 and ":" in f
            }
            for i, example in enumerate(c.examples):
                params.append(pytest.param(example, rewarded, id=f"{rubric_id}-{c.id}-{i}"))
    return params


@pytest.mark.parametrize(("example", "rewarded"), _examples())
def test_every_example_earns_its_criterion(example: str, rewarded: set[str]) -> None:
    """The rubric's example for a criterion makes a move that criterion's rule rewards."""
    moves = {m.value for m in detect(example, None).moves}
    assert moves & rewarded, (example, moves, rewarded)
