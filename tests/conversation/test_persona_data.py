"""The persona data the listening engine relies on: complete for every built-in persona, and
checked by `rehearse validate` with the field and the fix named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from simulator.cli.commands import app
from simulator.content import catalog
from simulator.content.personas import Persona

PERSONAS = [pytest.param(p, id=p) for p in sorted(catalog.personas())]
_SPECIFIC = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|\d)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_every_persona_has_the_listening_data(persona_id: str) -> None:
    """Topics on the deeper layers, facts, cues and echoes on every need, required needs for
    the next step, and lines for every new reaction."""
    p = catalog.get_persona(persona_id)
    assert all(layer.topics for layer in p.layers)
    assert len(p.facts) >= 3
    assert all(f.guarded != f.open for f in p.facts)
    assert all(n.cues and n.short and n.echo for n in p.needs)
    assert p.next_step.needs
    r = p.reactions
    pools = (r.neutral, r.kindness, r.apology, r.correction, r.repeat, r.deflecting, r.after_commit)
    for pool in pools:
        assert len(pool) >= 2
    assert len(r.neutral) >= 8, "a 20-turn session must never run dry"
    assert all("{wrong}" in line for line in r.correction)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_agreement_lines_name_no_day_or_time(persona_id: str) -> None:
    """Commitment and after-commitment lines are plain yeses: the day comes from the manager."""
    r = catalog.get_persona(persona_id).reactions
    specific = [line for line in r.committing + r.after_commit if _SPECIFIC.search(line)]
    assert specific == []


def _write(tmp_path: Path, change: dict[str, object]) -> Path:
    source = catalog.builtin_dir("personas") / "launch-engineer.yaml"
    data = yaml.safe_load(source.read_text())
    for dotted, value in change.items():
        target = data
        *path, last = dotted.split(".")
        for key in path:
            target = target[int(key)] if key.isdigit() else target[key]
        target[last] = value
    out = tmp_path / "persona.yaml"
    out.write_text(yaml.safe_dump(data, sort_keys=False))
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            {"next_step.needs": ["release-captain"]},
            "next_step.needs names unknown need(s) ['release-captain']",
            id="unknown-required-need",
        ),
        pytest.param(
            {"needs.0.echo": "Jenna and Priya take the go/no-go calls."},
            "needs[release-captain-cover].echo names ['Priya']",
            id="echo-names-a-stranger",
        ),
        pytest.param(
            {"reactions.correction": ["{wrong}? No.", "{feeling}? No. {wrong}."]},
            "only {wrong} is filled in",
            id="unknown-placeholder",
        ),
        pytest.param(
            {"facts": [{"id": "x", "topics": ["launch"], "guarded": "Soon."}]},
            "facts[0].open: required field is missing",
            id="fact-without-open-answer",
        ),
        pytest.param(
            {"layers.0.topic": ["launch"]},
            "layers[0].topic: unknown field",
            id="typo-in-a-new-field",
        ),
    ],
)
def test_validate_names_the_problem(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """`rehearse validate` rejects bad listening data with the file and the field."""
    path = _write(tmp_path, change)
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert message in result.output and str(path) in result.output


def test_builtin_personas_validate(tmp_path: Path) -> None:
    """The six built-in personas pass `rehearse validate` as shipped."""
    result = CliRunner().invoke(app, ["validate", str(catalog.builtin_dir("personas"))])
    assert result.exit_code == 0, result.output
    assert result.output.count("(persona)") == len(catalog.personas())
    assert Persona.model_json_schema()["properties"]["facts"]
