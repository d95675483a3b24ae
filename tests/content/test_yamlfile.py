"""Loading persona and rubric YAML: every problem names the file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content._yamlfile import MAX_YAML_BYTES, load_model
from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric
from simulator.errors import ConfigError, ValidationErrors

BROKEN = Path(__file__).parents[1] / "fixtures" / "broken"


@pytest.mark.parametrize(
    ("name", "model", "expected"),
    [
        pytest.param("syntax.yaml", Persona, ["syntax.yaml:", "YAML syntax error"], id="syntax"),
        pytest.param(
            "unknown-field.yaml",
            Persona,
            ["unknown-field.yaml:36", "reactions.enthusiastic", "unknown field", "rehearse schema"],
            id="unknown-field",
        ),
        pytest.param(
            "bad-move.yaml",
            Persona,
            ["bad-move.yaml:20", "layers[1].unlock.moves[0]", "open_question"],
            id="unknown-move",
        ),
        pytest.param(
            "bad-reference.yaml",
            Persona,
            ["bad-reference.yaml", "unknown layer", "deeper", "known layers"],
            id="dangling-reference",
        ),
        pytest.param(
            "not-mapping.yaml", Persona, ["not-mapping.yaml:1", "mapping"], id="not-a-mapping"
        ),
        pytest.param("latin1.yaml", Persona, ["latin1.yaml:2", "UTF-8"], id="not-utf8"),
        pytest.param(
            "rubric-missing-anchor.yaml",
            Rubric,
            ["rubric-missing-anchor.yaml:6", "criteria[0]", "missing [5]"],
            id="rubric-anchor-missing",
        ),
        pytest.param(
            "rubric-bad-feature.yaml",
            Rubric,
            ["rubric-bad-feature.yaml:13", "criteria[0].scoring.weights", "share:reflections"],
            id="rubric-unknown-feature",
        ),
    ],
)
def test_broken_yaml_message(name: str, model: type, expected: list[str]) -> None:
    """A broken file raises ConfigError whose one message names file, line and field."""
    with pytest.raises(ConfigError) as info:
        load_model(model, BROKEN / name)
    message = str(info.value)
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"


def test_every_problem_reported_at_once() -> None:
    """Several problems in one file come back together, each with its own line and field."""
    with pytest.raises(ValidationErrors) as info:
        load_model(Persona, BROKEN / "two-problems.yaml")
    fields = {e.field for e in info.value.errors}
    assert fields == {"opening_line", "initial.trust"}
    assert all(e.line for e in info.value.errors)


def test_huge_file_rejected_before_parsing(tmp_path: Path) -> None:
    """A file over the size limit is refused with the limit in the message."""
    big = tmp_path / "big.yaml"
    big.write_text("id: x\n" + "#" * (MAX_YAML_BYTES + 1))
    with pytest.raises(ConfigError, match=r"big\.yaml: file is \d+ bytes, over"):
        load_model(Persona, big)


def test_missing_file(tmp_path: Path) -> None:
    """A missing file says so and names it."""
    with pytest.raises(ConfigError, match=r"nope\.yaml: cannot read file"):
        load_model(Persona, tmp_path / "nope.yaml")
