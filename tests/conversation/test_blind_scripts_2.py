"""The second blind set of manager scripts (bench/blind_scripts_2.json) stays usable.

Integrity only: the file loads in the shape ``bench/eval_blind.py --scripts`` reads, covers
every built-in persona with every style, and replays to the same conversation every time.
No score is asserted here: the set is a held-out measurement, not a target to tune against.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session

SCRIPTS = Path(__file__).resolve().parents[2] / "bench" / "blind_scripts_2.json"
STYLES = (
    "skilled-c",
    "skilled-d",
    "mediocre-2",
    "blunt-2",
    "formula-2",
    "stuffing-2",
    "nonsense-2",
    "judgment-2",
    "tellmore-2",
    "yesno-2",
    "echo-2",
)
PERSONAS = sorted(catalog.personas())


@cache
def _raw() -> dict[str, object]:
    data = json.loads(SCRIPTS.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{SCRIPTS}: the top level must be an object"
    return data


def _lines(persona_id: str, style: str) -> list[str]:
    styles = _raw()[persona_id]
    assert isinstance(styles, dict), f"{SCRIPTS}: {persona_id!r} must map styles to lines"
    lines = styles[style]
    assert isinstance(lines, list), f"{SCRIPTS}: {persona_id}.{style} must be a list"
    return lines


def _replay(persona_id: str, lines: list[str]) -> list[tuple[str, str]]:
    session = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for line in lines:
        if session.ended:
            break
        session.respond(line)
    return [(t.speaker, t.text) for t in session.transcript().turns]


def test_about_says_how_and_when_it_was_written() -> None:
    """The ``_about`` entry records that the set was written blind, when, and against what."""
    about = _raw()["_about"]
    assert isinstance(about, str)
    for needed in ("blind", "2026-12-06", "seed 0", "scripted partner"):
        assert needed in about, f"_about should mention {needed!r}"


def test_personas_are_exactly_the_builtin_ones() -> None:
    """Every built-in persona has scripts, and no script names a persona that does not exist."""
    scripted = sorted(k for k in _raw() if not k.startswith("_"))
    assert scripted == PERSONAS


@pytest.mark.parametrize("persona_id", [pytest.param(p, id=p) for p in PERSONAS])
def test_every_persona_has_every_style_with_real_lines(persona_id: str) -> None:
    """Each persona has exactly the eleven styles, each a list of non-empty strings."""
    styles = _raw()[persona_id]
    assert isinstance(styles, dict)
    assert sorted(styles) == sorted(STYLES)
    for style in STYLES:
        lines = _lines(persona_id, style)
        assert lines, f"{persona_id}.{style} has no lines"
        bad = [i for i, x in enumerate(lines) if not isinstance(x, str) or not x.strip()]
        assert not bad, f"{persona_id}.{style}: lines {bad} are empty or not strings"
        assert len(lines) <= 16, f"{persona_id}.{style}: more than 16 turns"


@pytest.mark.parametrize(
    ("persona_id", "style"),
    [pytest.param(p, s, id=f"{p}.{s}") for p in PERSONAS for s in STYLES],
)
def test_replay_is_deterministic(persona_id: str, style: str) -> None:
    """Replaying a script against the scripted partner (seed 0) twice gives the same
    conversation, which starts with the opening line and plays at least one manager turn."""
    lines = _lines(persona_id, style)
    first = _replay(persona_id, lines)
    assert first == _replay(persona_id, lines)
    assert first[0] == ("employee", catalog.get_persona(persona_id).opening_line)
    assert first[1] == ("manager", lines[0])
