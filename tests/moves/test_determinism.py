"""Pins that assessment does not depend on the process: "try that turn again" and batch resume
rely on the same words giving the same grounding and moves in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from simulator.moves import assess
history = [("employee", "I'm terrified, slammed with no time, my dad is ill, I'm exhausted")]
turns = [
    "It sounds like you're frightened and swamped, and worried about your father.",
    "You're tired and afraid, with the hospital on top of work.",
]
for text in turns:
    a = assess(text, history)
    print(a.grounding, [m.value for m in a.moves], a.formula_only, a.misreflection)
"""


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_grounding_is_the_same_under_every_hash_seed(seed: str) -> None:
    """Set iteration order varies with PYTHONHASHSEED; the assessment must not."""

    def run(hash_seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, env=env
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run(seed) == run("0")
