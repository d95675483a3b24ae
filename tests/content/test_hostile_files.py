"""Hostile files through every importer: a clear error naming the file and line, bounded
memory, no traceback, and never a half-parsed transcript (corpus in tests/content/_hostile.py).

Every file is opened in one separate process, so a parser that stalls cannot hang the suite:
the generous timeout below is a guard against a hang, not a speed target (speed lives in
bench/). Memory is measured with tracemalloc in that process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.content._hostile import ANY_LINE, BIG_BYTES, Case, build, cases

ROOT = Path(__file__).parents[2]
HANG_GUARD_SECONDS = 900
# Generous: a fixed allowance plus a multiple of the file's size (parsing holds the bytes,
# the text and the parsed values at once); the 50 MB file must be refused before it is read.
PEAK_BASE = 8 * 1024 * 1024
PEAK_PER_BYTE = 12
UNREAD_LIMIT = 2 * 1024 * 1024
RSS_LIMIT_KB = 1024 * 1024


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Run the whole corpus once in a child process; one result per case id."""
    folder = tmp_path_factory.mktemp("hostile")
    build(folder)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.content._hostile", str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_SECONDS,
        )
    except subprocess.TimeoutExpired as exc:
        seen = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout
        last = [json.loads(line)["id"] for line in (seen or "").splitlines()]
        pytest.fail(f"an importer stalled after {last[-1:] or 'the start'}", pytrace=False)
    assert done.returncode == 0, done.stderr[-4000:]
    return {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in cases()])
def test_hostile_file(case: Case, results: dict[str, dict[str, Any]]) -> None:
    """The importer answers a hostile file with a RehearseError naming the file (and the
    line where there is one), or reads an awkward but valid file completely and literally;
    either way without a traceback and within bounded memory."""
    got = results[case.id]
    assert got["outcome"] != "crash", got["message"]
    if case.turns:
        assert got["outcome"] == "ok", got.get("message")
        assert got["turns"] == case.turns
        assert all(text in got["texts"] for text in case.texts), got["texts"]
    else:
        assert got["outcome"] == "error", f"accepted: {got}"
        assert case.name in got["message"].splitlines()[0], got["message"]  # what people see
        if case.line == ANY_LINE:
            assert isinstance(got["line"], int) and got["line"] >= 1, got["message"]
        elif case.line is not None:
            assert got["line"] == case.line, got["message"]
        for fragment in case.fragments:
            assert fragment in got["message"], got["message"]
        assert "Traceback" not in got["message"]
    if case.data is None:  # the 50 MB file: refused from its size, before it is read
        size = re.search(r"is (\d+) bytes", got["message"])
        assert size and int(size[1]) >= BIG_BYTES, got["message"]
    limit = UNREAD_LIMIT if case.data is None else PEAK_BASE + PEAK_PER_BYTE * len(case.data)
    assert got["peak"] < limit, f"peak {got['peak']} bytes"
    assert got["maxrss_kb"] < RSS_LIMIT_KB
