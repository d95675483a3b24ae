"""Stopping a real ``rehearse batch`` run: its workers end with it and the folder resumes.

Each test starts the console script on a few hundred synthetic transcripts with two worker
processes, waits until records are landing, then signals **the parent process only** (not its
process group), as a crash, the OOM killer, ``kill`` or a supervisor would. It then checks,
from ``/proc``, that no worker outlives the parent, and that running the same command at once
finishes the batch with every input exactly once, in input order.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.synthetic import write_jsonl

REPO = Path(__file__).resolve().parents[2]
N = 600
PROC = Path("/proc")

pytestmark = pytest.mark.skipif(
    not PROC.is_dir() or sys.platform != "linux", reason="reads worker processes from /proc"
)


def _stat(pid: int) -> tuple[str, int, int] | None:
    """``(state, parent pid, start time)`` of ``pid`` from ``/proc/PID/stat``, or None."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    fields = text[text.rindex(")") + 2 :].split()  # the command name may hold spaces
    return fields[0], int(fields[1]), int(fields[19])


def _children(pid: int) -> set[int]:
    found = set()
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (st := _stat(int(entry.name))) and st[1] == pid:
            found.add(int(entry.name))
    return found


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (workers, and a forkserver with its workers)."""
    out, todo = set(), [pid]
    while todo:
        kids = _children(todo.pop())
        out |= kids
        todo += kids
    return out


def _running(pid: int) -> bool:
    """Alive and not a zombie (an exited orphan waiting for init to reap it is gone)."""
    st = _stat(pid)
    return st is not None and st[0] not in ("Z", "X")


def _command(src: Path, out: Path) -> list[str]:
    script = Path(sys.executable).with_name("rehearse")
    exe = [str(script)] if script.exists() else [sys.executable, "-m", "simulator.cli.batch"]
    batch = [] if not script.exists() else ["batch"]
    args = [str(src), "--out", str(out), "--workers", "2", "--chunk", "4", "--quiet"]
    return [*exe, *batch, *args]


def _start(src: Path, out: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen(
            _command(src, out),
            # The checkout under test first, whatever the venv has installed.
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            # A file, not a pipe: an orphaned worker holding a pipe open would make reading
            # it block forever instead of failing the test.
            stderr=err,
            start_new_session=True,  # signals below reach only the pid they name
        )


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.fixture
def reap() -> Iterator[dict[int, int]]:
    """Processes this test started, pid -> start time; any still running at the end is
    killed (by pid, and only if it is the same process, not a later one reusing the pid)."""
    started: dict[int, int] = {}
    yield started
    for pid, when in started.items():
        st = _stat(pid)
        if st is not None and st[0] not in ("Z", "X") and st[2] == when:
            os.kill(pid, signal.SIGKILL)


def _track(reap: dict[int, int], pids: set[int]) -> None:
    for pid in pids:
        if pid not in reap and (st := _stat(pid)) is not None:
            reap[pid] = st[2]


def _run_until_busy(
    tmp_path: Path, reap: dict[int, int]
) -> tuple[subprocess.Popen[bytes], set[int], Path, Path]:
    """A two-worker run, caught while its workers are scoring: (run, workers, src, out)."""
    src = write_jsonl(tmp_path / "cohort.jsonl", N, turns=24)
    out = tmp_path / "out"
    proc = _start(src, out, tmp_path / "stderr.txt")
    _track(reap, {proc.pid})
    results = out / "results.jsonl"
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = _descendants(proc.pid)
        _track(reap, workers)
        if len(workers) >= 2 and _lines(results) >= 20:
            return proc, workers, src, out
        if proc.poll() is not None:
            log = (tmp_path / "stderr.txt").read_text()
            pytest.fail(f"the batch ended before it could be stopped: {log}")
        time.sleep(0.005)
    pytest.fail("the batch never got busy")


def _assert_workers_end(workers: set[int], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(_running(p) for p in workers):
        time.sleep(0.05)
    left = sorted(p for p in workers if _running(p))
    assert not left, f"workers outlived the run: {left}"


def _keys(out: Path) -> set[str]:
    """Keys of the complete lines in results.jsonl."""
    lines = (out / "results.jsonl").read_bytes().split(b"\n")[:-1]
    return {json.loads(x)["key"] for x in lines if x.strip()}


def _assert_rerun_finishes(src: Path, out: Path, before: int) -> None:
    """The same command, run at once, exits 0 with every input exactly once, in order,
    reusing what the stopped run wrote."""
    written = _keys(out)
    again = subprocess.run(
        _command(src, out),
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr.decode()
    counts = json.loads((out / "manifest.json").read_text())["counts"]
    assert counts["scored"] + counts["reused"] == N
    if written <= _keys(out):
        assert counts["reused"] >= before - 1  # a line may land as the signal does
    else:  # the scorer's code changed in between (a shared tree): new keys, all rescored
        assert counts["scored"] == N
    ids = [json.loads(x)["id"] for x in (out / "results.jsonl").read_text().splitlines()]
    assert ids == [f"synthetic-0-{i:06d}" for i in range(N)]


@pytest.mark.parametrize(
    ("signum", "codes"),
    [
        pytest.param(signal.SIGKILL, {-signal.SIGKILL}, id="kill-9"),
        pytest.param(signal.SIGTERM, {143}, id="sigterm"),
        pytest.param(signal.SIGINT, {130}, id="ctrl-c"),
    ],
)
def test_signal_to_the_parent_ends_workers_and_the_rerun_resumes(
    tmp_path: Path, reap: dict[int, int], signum: int, codes: set[int]
) -> None:
    """A signal to the parent only: the parent ends (with the documented exit code), every
    worker ends within seconds rather than idling forever as an orphan, no worker keeps the
    folder locked, and an immediate rerun resumes to every input exactly once."""
    proc, workers, src, out = _run_until_busy(tmp_path, reap)
    os.kill(proc.pid, signum)
    proc.wait(timeout=60)
    _assert_workers_end(workers)
    assert proc.returncode in codes, (tmp_path / "stderr.txt").read_text()
    before = _lines(out / "results.jsonl")
    assert before < N, "the signal did not land mid-run"
    _assert_rerun_finishes(src, out, before)


def test_ctrl_c_in_a_terminal_stops_cleanly(tmp_path: Path, reap: dict[int, int]) -> None:
    """Ctrl-C at a terminal signals the whole process group: workers leave the stopping to
    the parent (no traceback from each), the run exits 130, and the rerun resumes."""
    proc, workers, src, out = _run_until_busy(tmp_path, reap)
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=60)
    _assert_workers_end(workers)
    err = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    _assert_rerun_finishes(src, out, _lines(out / "results.jsonl"))


_THREADED_RUN = """
import sys, threading
from pathlib import Path
from simulator.batch.run import BatchConfig, run_batch
from simulator.content import catalog
threading.Thread(target=threading.Event().wait, daemon=True).start()
src, out = sys.argv[1], Path(sys.argv[2])
run_batch(BatchConfig((src,), out, catalog.get_rubric(), workers=2, chunk=4))
"""


def test_kill_9_of_a_threaded_caller_ends_forkserver_workers(
    tmp_path: Path, reap: dict[int, int]
) -> None:
    """A caller with threads gets forkserver workers, whose parent is the fork server, which
    stays up while they live: kill -9 of the caller must still end the workers, the fork
    server and the resource tracker, within seconds."""
    src = write_jsonl(tmp_path / "cohort.jsonl", N, turns=24)
    out = tmp_path / "out"
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", _THREADED_RUN, str(src), str(out)],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
    _track(reap, {proc.pid})
    deadline = time.monotonic() + 60
    helpers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        helpers = _descendants(proc.pid)
        _track(reap, helpers)
        if len(helpers) >= 3 and _lines(out / "results.jsonl") >= 20:  # server + 2 workers
            break
        time.sleep(0.005)
    assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    _assert_workers_end(helpers)
    assert _lines(out / "results.jsonl") < N, "the kill did not land mid-run"
