"""Integrity of the blind-written manager scripts that bench/eval_blind.py replays.

Only the asset is pinned here (shape, coverage, deterministic replay), never a score: the
targets on these scripts are the lead's to judge from the bench, not a unit test's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from simulator.content import catalog

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "bench" / "blind_scripts.json"


def _eval_blind() -> ModuleType:
    """bench/eval_blind.py, loaded by path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("eval_blind", ROOT / "bench" / "eval_blind.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_blind", module)
    spec.loader.exec_module(module)
    return module


EVAL = _eval_blind()
RAW = json.loads(SCRIPTS.read_text(encoding="utf-8"))


def test_about_says_how_they_were_written() -> None:
    """The file records that the scripts were written blind, when, and against what partner."""
    about = RAW["_about"]
    assert "blind" in about and "seed 0" in about and "2026-" in about


@pytest.mark.parametrize("persona", [pytest.param(p, id=p) for p in catalog.personas()])
def test_every_persona_has_every_style(persona: str) -> None:
    """Each built-in persona has a script for each style the eval reports, and no others."""
    assert sorted(RAW[persona]) == sorted(EVAL.STYLES)


def test_lines_are_non_empty_strings() -> None:
    """Every script is a list of 1-20 non-empty strings (the eval's loader accepts it)."""
    scripts = EVAL.load_scripts(SCRIPTS)
    for persona, styles in scripts.items():
        for style, lines in styles.items():
            assert 1 <= len(lines) <= 20, f"{persona}.{style}"
            assert all(isinstance(x, str) and x.strip() for x in lines), f"{persona}.{style}"


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"new-hire": {"blunt": ["ok", ""]}}, id="empty-line"),
        pytest.param({"new-hire": {"blunt": "Just do it."}}, id="not-a-list"),
        pytest.param({"new-hire": ["Just do it."]}, id="no-styles"),
    ],
)
def test_loader_names_the_bad_entry(bad: object, tmp_path: Path) -> None:
    """A malformed scripts file is refused with the file and the entry named."""
    path = tmp_path / "scripts.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match=r"scripts\.json.*new-hire"):
        EVAL.load_scripts(path)


def test_replaying_a_skilled_script_is_deterministic() -> None:
    """The same fixed lines give the same conversation twice (the scripts are replayable)."""
    lines = RAW["launch-engineer"]["skilled-a"]
    first = EVAL.replay("launch-engineer", lines).transcript()
    second = EVAL.replay("launch-engineer", lines).transcript()
    said = [(t.speaker, t.text) for t in first.turns]
    assert said == [(t.speaker, t.text) for t in second.turns]
    assert len(said) >= 3 and sum(s == "manager" for s, _ in said) <= len(lines)
