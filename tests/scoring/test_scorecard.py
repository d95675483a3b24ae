"""Scorecard models: ``trusted`` builds exactly what pydantic would, and group means."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from simulator.scoring.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    TurnAnnotation,
    Uncovered,
    group_means,
    trusted,
)

EVIDENCE = {"turn": 3, "quote": "What would help?", "supports": False}
ANNOTATION = {
    "turn": 1,
    "moves": ["open_question", "resource_check"],
    "cues": {"open_question": "'what' question", "resource_check": "'what would help'"},
    "weak": True,
    "note": "Closed question: it invites a yes or no, not the story.",
    "rewrite": "What's been happening with the launch, from where you sit?",
    "grounding": ["launch"],
}
CRITERION = {
    "id": "presence",
    "name": "Presence",
    "group": "empathy",
    "score": 3.25,
    "level": 3,
    "rationale": "Some reflection (reflection in 3 of 10 turns)",
    "evidence": [Evidence(**EVIDENCE)],
    "unscored_reason": None,
    "source": "detectors",
}
SCORECARD = {
    "transcript_id": "t1",
    "rubric_id": "one-on-one",
    "criteria": [CriterionScore(**CRITERION)],
    "groups": {"empathy": 3.25, "execution": None},
    "overall": 3.25,
    "annotations": [TurnAnnotation(**ANNOTATION)],
    "uncovered": Uncovered(layers_disclosed=["surface"], layers_total=3),
    "unscored_reason": None,
}


def _given(values: dict[str, Any], left_out: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in left_out}


@pytest.mark.parametrize(
    ("model", "values", "left_out"),
    [
        pytest.param(Evidence, EVIDENCE, (), id="evidence"),
        pytest.param(TurnAnnotation, ANNOTATION, (), id="annotation"),
        pytest.param(CriterionScore, CRITERION, ("unscored_reason", "source"), id="criterion"),
        pytest.param(Scorecard, SCORECARD, ("unscored_reason",), id="scorecard"),
    ],
)
def test_trusted_matches_validated_and_constructed_models(
    model: type[BaseModel], values: dict[str, Any], left_out: tuple[str, ...]
) -> None:
    """``trusted`` gives the model pydantic builds from the same data: equal, the same fields
    set (so ``exclude_unset`` dumps agree), the same JSON and the same repr."""
    given = _given(values, left_out)
    built = trusted(model, dict(values), set(given))
    for reference in (model(**given), model.model_construct(**given)):
        assert built == reference
        assert built.model_fields_set == reference.model_fields_set
        assert built.model_dump_json() == reference.model_dump_json()
        assert built.model_dump_json(exclude_unset=True) == reference.model_dump_json(
            exclude_unset=True
        )
        assert repr(built) == repr(reference)
    assert list(values) == list(model.model_fields), "values must list every field, in order"


@pytest.mark.parametrize(
    "model",
    [
        pytest.param(m, id=m.__name__)
        for m in (Evidence, CriterionScore, TurnAnnotation, Uncovered, Scorecard)
    ],
)
def test_scorecard_models_qualify_for_trusted(model: type[BaseModel]) -> None:
    """``trusted`` sets no private attributes or extras and runs no post-init hook, so it is
    only correct for models without them: all the scorecard models."""
    assert not model.__private_attributes__
    assert model.model_config.get("extra") == "forbid"
    assert model.__pydantic_post_init__ is None


def test_trusted_models_stay_frozen_and_copyable() -> None:
    """A trusted model is as immutable as a validated one, and model_copy still works."""
    built = trusted(Evidence, dict(EVIDENCE))
    with pytest.raises(Exception, match="frozen"):
        built.turn = 4  # type: ignore[misc]
    copy = built.model_copy(update={"turn": 5})
    assert (copy.turn, built.turn) == (5, 3)
    assert built.model_fields_set == set(EVIDENCE)


@pytest.mark.parametrize(
    ("scores", "groups", "means", "overall"),
    [
        pytest.param(
            [("empathy", 4.0), ("empathy", 2.0), ("execution", 3.0)],
            ["empathy", "execution"],
            {"empathy": 3.0, "execution": 3.0},
            3.0,
            id="mean-of-groups",
        ),
        pytest.param(
            [("empathy", 4.0), ("empathy", None), ("execution", None)],
            ["empathy", "execution"],
            {"empathy": 4.0, "execution": None},
            4.0,
            id="unscored-left-out",
        ),
        pytest.param([], ["empathy"], {"empathy": None}, None, id="nothing-scored"),
    ],
)
def test_group_means(
    scores: list[tuple[str, float | None]],
    groups: list[str],
    means: dict[str, float | None],
    overall: float | None,
) -> None:
    """Each group is the mean of its scored criteria; overall is the mean of the groups."""
    assert group_means(scores, groups) == (means, overall)
