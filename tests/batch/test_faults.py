"""Batch scoring under faults: a flaky judge, a dead key, kill -9, and the Batch API.

Every test here ends with the same check: each input is in ``results.jsonl`` exactly once,
or in ``errors.jsonl`` with a reason. The judge runs against ``FakeOpenAI`` on 127.0.0.1
(tests/support/fake_openai_server.py), so these tests are marked ``live_model``: they send real
HTTP requests, to loopback only. The judge is the app's own (:class:`simulator.judge.Judge`
through ``OpenAIChatModel``), so these also pin its retry policy and error mapping.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from support.synthetic import write_files, write_jsonl

from simulator.batch.run import BatchConfig, run_batch
from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.judge._batch import JudgeConfig
from simulator.models.openai_model import OpenAIChatModel
from simulator.settings import Settings
from tests.support.fake_openai_server import FakeOpenAI, judge_reply

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return catalog.get_rubric("one-on-one")


def _judge(url: str, *, timeout: float = 0.5, max_retries: int = 5, **kw: Any) -> JudgeConfig:
    """The batch judge on the fake server, configured as a user would: through Settings."""
    kw.setdefault("concurrency", 16)
    kw.setdefault("poll_interval", 0.01)
    settings = Settings(_env_file=None, base_url=url, timeout=timeout, max_retries=max_retries)
    return JudgeConfig("openai:fake-judge", settings=settings, **kw)


def _run(rubric: Rubric, out: Path, inputs: list[Path], judge: JudgeConfig, **kw: Any):
    cfg = BatchConfig(
        inputs=tuple(map(str, inputs)), out=out, rubric=rubric, judge=judge, workers=1, **kw
    )
    return run_batch(cfg)


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text().splitlines()]


def _expected_scores(judge: JudgeConfig, t: dict[str, Any], rubric: Rubric) -> dict[str, float]:
    """What the fake judge answers for transcript ``t``: the scores that must be recorded.

    The body is built by the judge itself, so this also pins that the request the fake
    server saw is the one the app's judge would send.
    """
    built, _ = judge.build()
    assert isinstance(built.model, OpenAIChatModel)
    req = built.request(Transcript.model_validate(t), rubric)
    body = built.model.structured_request(
        req.messages, req.schema, max_tokens=req.max_tokens, temperature=req.temperature
    ).body
    reply = json.loads(judge_reply(body))
    return {cid: float(v["score"]) for cid, v in reply.items()}


@pytest.mark.live_model
def test_flaky_judge_still_scores_every_transcript_exactly_once(
    tmp_path: Path, rubric: Rubric
) -> None:
    """20% of judge requests answered 429 or 500, some stalled past the timeout, a few
    answered with prose: 200 transcripts still end up scored exactly once each, with the
    answer meant for them, and malformed files mixed in land in errors.jsonl."""
    src = write_jsonl(tmp_path / "cohort.jsonl", 200, turns=10)
    (tmp_path / "bad.json").write_text('{"id": "x", "turns": ')
    (tmp_path / "bad.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nnobody: hi\n")
    out = tmp_path / "out"
    with FakeOpenAI(
        fault_rate=0.2, stall_rate=0.02, stall_seconds=1.5, bad_reply_rate=0.02, seed=7
    ) as server:
        judge = _judge(server.url)
        started = time.monotonic()
        summary = _run(rubric, out, [src, tmp_path / "bad.json", tmp_path / "bad.vtt"], judge)
        took = time.monotonic() - started
        seen = server.counters
    results, errors = _lines(out / "results.jsonl"), _lines(out / "errors.jsonl")
    assert seen.rate_limited and seen.server_errors and seen.stalls and seen.bad_replies
    assert len(results) == 200 == len({r["id"] for r in results})
    assert {e["source"] for e in errors} == {str(tmp_path / "bad.json"), str(tmp_path / "bad.vtt")}
    assert summary.exit_code == 1 and summary.failed == 2
    by_id = {r["id"]: r for r in results}
    for line in src.read_text().splitlines():
        t = json.loads(line)
        assert by_id[t["id"]]["criteria"] == _expected_scores(judge, t, rubric)
        assert by_id[t["id"]]["scored_by"] == "openai:fake-judge"
    assert took < 30


@pytest.mark.live_model
def test_rate_limit_spaces_requests(tmp_path: Path, rubric: Rubric) -> None:
    """--rate is a client-side limit for the whole run: 40 requests at 20/s with a burst of
    20 cannot finish in under a second, whatever the concurrency."""
    src = write_jsonl(tmp_path / "t.jsonl", 40, turns=6)
    with FakeOpenAI() as server:
        started = time.monotonic()
        summary = _run(rubric, tmp_path / "out", [src], _judge(server.url, rate=20.0))
        took = time.monotonic() - started
        assert server.counters.chat == 40
    assert summary.exit_code == 0
    assert took >= 0.95


@pytest.mark.live_model
def test_rejected_key_stops_the_batch_at_once(tmp_path: Path, rubric: Rubric) -> None:
    """A 401 cannot be fixed by retrying: the run stops with exit 2 after a handful of
    requests instead of failing every transcript, and the results of an earlier run for
    inputs it never reached are kept, not compacted away."""
    folder = tmp_path / "in"
    write_files(folder, 10, turns=6, seed=2)
    out = tmp_path / "out"
    with FakeOpenAI() as good:
        _run(rubric, out, [folder], _judge(good.url))
    before = (out / "results.jsonl").read_bytes()
    write_files(folder, 100, turns=6, seed=1)  # new inputs, sorted before the first ten
    with FakeOpenAI(always_status=401) as server:
        summary = _run(rubric, out, [folder], _judge(server.url, concurrency=4))
        requests = server.counters.chat
    assert summary.exit_code == 2 and "credentials" in (summary.aborted or "")
    assert requests <= 4 + 2
    assert (out / "results.jsonl").read_bytes() == before
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "aborted"


@pytest.mark.live_model
def test_judge_failures_are_errors_then_retried_by_the_next_run(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A transcript the judge keeps failing goes to errors.jsonl (exit 1); running the same
    command against a healthy server scores just those, and errors.jsonl empties."""
    folder = tmp_path / "in"
    write_files(folder, 6, turns=6)
    out = tmp_path / "out"
    with FakeOpenAI(fault_rate=1.0, max_faults_per_request=100) as bad:
        first = _run(rubric, out, [folder], _judge(bad.url, max_retries=1))
    assert first.exit_code == 1
    assert [e["stage"] for e in _lines(out / "errors.jsonl")] == ["judge"] * 6
    assert "run the same command again" in _lines(out / "errors.jsonl")[0]["error"]
    with FakeOpenAI() as good:
        second = _run(rubric, out, [folder], _judge(good.url))
        assert good.counters.chat == 6
    assert (second.exit_code, second.scored) == (0, 6)
    assert _lines(out / "errors.jsonl") == [] and len(_lines(out / "results.jsonl")) == 6


# --- kill -9 ----------------------------------------------------------------------------------


def _batch_process(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "simulator.cli.batch", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, so kill -9 reaches the workers too
    )


def test_kill_9_midway_then_rerun_scores_everything_exactly_once(tmp_path: Path) -> None:
    """SIGKILL a real two-worker run (parent and workers) once some results are on disk,
    leave a torn half-line behind, run the same command again: every transcript ends up in
    results.jsonl exactly once, and nothing already written was scored again."""
    n = 1500
    src = write_jsonl(tmp_path / "cohort.jsonl", n, turns=30)
    out = tmp_path / "out"
    args = [str(src), "--out", str(out), "--workers", "2", "--chunk", "16", "--quiet"]
    proc = _batch_process(args)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if results.exists() and results.read_bytes().count(b"\n") >= 150:
            break
        if proc.poll() is not None:
            pytest.fail(f"batch ended before it could be killed: {proc.stderr.read()!r}")  # type: ignore[union-attr]
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = results.read_bytes().count(b"\n")
    assert 150 <= written < n, "the kill did not land mid-run"
    with results.open("ab") as log:  # the worst a crash can leave: half a record
        log.write(b'{"id":"synthetic-0-000001","source":"torn')

    again = _batch_process(args)
    _, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["reused"] >= written - 1  # a line may land as the kill hits
    assert manifest["counts"]["scored"] + manifest["counts"]["reused"] == n
    lines = results.read_text().splitlines()
    ids = [json.loads(x)["id"] for x in lines]
    assert len(ids) == n == len(set(ids))
    assert ids == [f"synthetic-0-{i:06d}" for i in range(n)]  # input order, not finish order


# --- the Batch API ----------------------------------------------------------------------------


@pytest.mark.live_model
def test_batch_api_round_trip_collects_answers_and_errors(tmp_path: Path, rubric: Rubric) -> None:
    """--judge-via batch-api uploads one valid request line per transcript, submits, polls,
    and collects answers into results.jsonl and failed requests into errors.jsonl; the next
    run submits only the failures."""
    src = write_jsonl(tmp_path / "t.jsonl", 20, turns=8)
    out = tmp_path / "out"
    with FakeOpenAI(batch_fail_every=7) as server:
        judge = _judge(server.url, via="batch-api")
        first = _run(rubric, out, [src], judge)
        _, upload, purpose = next(iter(server.files.values()))
        created = server.counters.batches_created
    requests = [json.loads(x) for x in upload.decode().splitlines()]
    assert purpose == "batch" and created == 1 and len(requests) == 20
    assert all(r["method"] == "POST" and r["url"] == "/v1/chat/completions" for r in requests)
    assert all(r["body"]["model"] == "fake-judge" and r["body"]["messages"] for r in requests)
    assert len({r["custom_id"] for r in requests}) == 20
    assert first.exit_code == 1
    assert len(_lines(out / "results.jsonl")) == 18
    assert [e["stage"] for e in _lines(out / "errors.jsonl")] == ["judge", "judge"]
    assert not list((out / "batch-api").glob("requests-*"))  # transcripts not left behind

    with FakeOpenAI() as server:
        second = _run(rubric, out, [src], _judge(server.url, via="batch-api"))
        _, upload, _ = next(iter(server.files.values()))
    assert len(upload.decode().splitlines()) == 2
    assert (second.exit_code, second.scored, second.reused) == (0, 2, 18)
    results = _lines(out / "results.jsonl")
    assert len(results) == 20 == len({r["id"] for r in results})
    by_id = {r["id"]: r for r in results}
    for line in src.read_text().splitlines():
        t = json.loads(line)
        assert by_id[t["id"]]["criteria"] == _expected_scores(judge, t, rubric)


@pytest.mark.live_model
def test_batch_api_rerun_reattaches_instead_of_paying_twice(
    tmp_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that dies while its batch is in progress leaves state.json behind; the next run
    polls that same batch and collects it, submitting nothing new."""
    src = write_jsonl(tmp_path / "t.jsonl", 8, turns=6)
    out = tmp_path / "out"
    real_sleep = asyncio.sleep

    async def dies_while_waiting(seconds: float) -> None:
        raise KeyboardInterrupt

    with FakeOpenAI(batch_polls=3) as server:
        monkeypatch.setattr("simulator.models.openai_batch.asyncio.sleep", dies_while_waiting)
        with pytest.raises(KeyboardInterrupt):
            _run(rubric, out, [src], _judge(server.url, via="batch-api"))
        state = json.loads((out / "batch-api" / "state.json").read_text())
        assert [s["batch_id"] for s in state["submissions"]] == ["batch-2"]
        monkeypatch.setattr("simulator.models.openai_batch.asyncio.sleep", real_sleep)
        summary = _run(rubric, out, [src], _judge(server.url, via="batch-api"))
        assert server.counters.batches_created == 1 and server.counters.uploads == 1
    assert (summary.exit_code, summary.scored) == (0, 8)
    assert len(_lines(out / "results.jsonl")) == 8
    assert json.loads((out / "batch-api" / "state.json").read_text()) == {"submissions": []}


@pytest.mark.live_model
def test_batch_api_expired_batch_turns_missing_answers_into_errors(
    tmp_path: Path, rubric: Rubric
) -> None:
    """An expired batch returns only some answers: those are kept, the rest are errors
    that say to run again."""
    src = write_jsonl(tmp_path / "t.jsonl", 10, turns=6)
    out = tmp_path / "out"
    with FakeOpenAI(batch_status="expired") as server:
        summary = _run(rubric, out, [src], _judge(server.url, via="batch-api"))
    errors = _lines(out / "errors.jsonl")
    assert summary.exit_code == 1 and len(errors) == 5
    assert all("expired" in e["error"] for e in errors)
    assert len(_lines(out / "results.jsonl")) == 5
