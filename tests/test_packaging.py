"""The built wheel carries personas, rubrics and prompts, so an install outside the
checkout works."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_data_and_finds_it(tmp_path: Path) -> None:
    """A wheel installed into a bare folder lists the built-in personas and rubrics."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next((tmp_path / "dist").glob("rehearse-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "simulator/_data/personas/launch-engineer.yaml" in names
    assert "simulator/_data/rubrics/one-on-one.yaml" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    code = (
        "from simulator.content import catalog; import simulator; "
        "print(simulator.__file__); print(len(catalog.personas()), len(catalog.rubrics()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    where, counts = out.stdout.splitlines()
    assert where.startswith(str(target))
    personas, rubrics = map(int, counts.split())
    assert personas >= 6 and rubrics >= 2
