"""Batch scoring: inputs, durable appends, resume, supersession, outputs, CLI and engines."""

from __future__ import annotations

import asyncio
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.synthetic import transcript, write_files, write_jsonl
from typer.testing import CliRunner

from simulator.batch.inputs import discover, plan_units, read_unit
from simulator.batch.keys import record_key
from simulator.batch.output import Appender, OutputDir, iter_lines, repair_tail
from simulator.batch.progress import Progress
from simulator.batch.records import BatchRecord
from simulator.batch.run import BatchConfig, BatchSummary, run_batch
from simulator.batch.work import group_tasks
from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.judge._batch import JudgeConfig
from simulator.models.ratelimit import TokenBucket, parse_rate
from simulator.reports.cohort import Layout, csv_text, render_html, write_outputs
from simulator.scoring.scorecard import CriterionScore, Evidence
from simulator.settings import Settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transcripts"


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return catalog.get_rubric("one-on-one")


def _run(rubric: Rubric, out: Path, *inputs: Path | str, **kw: Any) -> BatchSummary:
    """A run as ``rehearse batch`` makes it: score, then the CSV and the report."""
    cfg = BatchConfig(
        inputs=tuple(str(i) for i in inputs), out=out, rubric=kw.pop("rub", rubric), **kw
    )
    summary = run_batch(cfg)
    if not summary.aborted:
        write_outputs(out)
    return summary


def _record(**fields: Any) -> BatchRecord:
    """A minimal valid record; ``fields`` override its values."""
    base: dict[str, Any] = {
        "id": "t",
        "source": "t.json",
        "key": "k",
        "rubric": "one-on-one",
        "overall": None,
        "groups": {},
        "criteria": {},
        "turns": 0,
        "manager_turns": 0,
        "weak_turns": 0,
        "moves": {},
        "transcript_sha256": "x",
        "rubric_sha256": "y",
    }
    return BatchRecord.model_validate(base | fields)


def _results(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]


def _errors(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]


def _mixed_inputs(root: Path) -> Path:
    """A folder with every format, a nested folder, a malformed file and a non-transcript."""
    src = root / "in"
    (src / "nested").mkdir(parents=True)
    for f in FIXTURES.glob("sample.*"):
        shutil.copy(f, src / f.name)
    write_files(src / "nested", 3, turns=12)
    (src / "nested" / "broken.json").write_text('{"id": "x", "turns": [', encoding="utf-8")
    (src / "notes.md").write_text("not a transcript", encoding="utf-8")
    (src / ".hidden.json").write_text("{}", encoding="utf-8")
    return src


# --- inputs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected", "problems"),
    [
        pytest.param(["in"], 5, 0, id="folder-recursive-known-extensions-only"),
        pytest.param(["in/a.json", "in/a.json", "in"], 5, 0, id="each-file-once"),
        pytest.param(["in/**/*.txt"], 2, 0, id="recursive-glob"),
        pytest.param(["in/*.csv"], 0, 1, id="glob-matching-nothing-is-a-problem"),
        pytest.param(["missing.json"], 0, 1, id="missing-file-is-a-problem"),
        pytest.param(["in/readme.md"], 1, 0, id="explicit-file-read-whatever-its-name"),
        pytest.param(["in", "in/out"], 5, 0, id="output-folder-excluded-even-when-named"),
    ],
)
def test_discover(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], expected: int, problems: int
) -> None:
    """Folders recurse (skipping hidden entries and the output folder), globs expand,
    explicit files are always tried, and arguments that match nothing are reported."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "deep" / "deeper").mkdir(parents=True)
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / "out").mkdir()
    for name in ["a.json", "b.jsonl", "deep/c.txt", "deep/deeper/d.vtt", "deep/e.txt"]:
        (tmp_path / "in" / name).write_text("x")
    for name in [".git/f.json", ".g.json", "readme.md", "out/results.jsonl"]:
        (tmp_path / "in" / name).write_text("x")
    found = discover(args, exclude=[tmp_path / "in" / "out"])
    assert len([f for f in found if f.problem is None]) == expected
    assert len([f for f in found if f.problem]) == problems


@pytest.mark.parametrize("lines_per_unit", [pytest.param(n, id=f"{n}-lines") for n in (1, 3, 64)])
def test_jsonl_units_cover_every_line_once(tmp_path: Path, lines_per_unit: int) -> None:
    """A JSONL file is cut into line ranges that together read every transcript once, and a
    bad line is an error naming its own line number, not the range's."""
    path = write_jsonl(tmp_path / "t.jsonl", 10, turns=6)
    lines = path.read_text().splitlines()
    lines[6] = '{"id": "bad", "turns": [}'
    lines.insert(3, "")  # the bad line is now line 8
    path.write_text("\n".join(lines))  # no final newline either
    units = plan_units(discover([str(path)]), lines_per_unit=lines_per_unit)
    reads = [r for u in units for r in read_unit(u)]
    ids = [r.transcript.id for r in reads if r.transcript]
    assert len(ids) == 9 == len(set(ids))
    [bad] = [r for r in reads if r.error]
    assert bad.source.endswith(":8") and ":8:" in bad.error and "invalid JSON" in bad.error


def test_group_tasks_amortises_small_files(tmp_path: Path) -> None:
    """Many one-transcript files are grouped into tasks of about ``chunk`` transcripts."""
    write_files(tmp_path, 10, turns=4)
    units = plan_units(discover([str(tmp_path)]))
    assert [len(t) for t in group_tasks(units, 4)] == [4, 4, 2]


# --- the store ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        pytest.param(b"", b"", id="empty"),
        pytest.param(b'{"a":1}\n', b'{"a":1}\n', id="clean"),
        pytest.param(b'{"a":1}\n{"b":', b'{"a":1}\n', id="torn-final-line"),
        pytest.param(b'{"b":2', b"", id="only-a-torn-line"),
        pytest.param(b'{"a":1}\n' + b"x" * 10_000, b'{"a":1}\n', id="long-torn-line"),
    ],
)
def test_repair_tail_cuts_only_a_torn_line(tmp_path: Path, content: bytes, kept: bytes) -> None:
    """Before appending again, a line torn by a crash is cut off, and nothing else."""
    path = tmp_path / "r.jsonl"
    path.write_bytes(content)
    repair_tail(path)
    assert path.read_bytes() == kept


def test_torn_line_is_never_read(tmp_path: Path) -> None:
    """Readers yield complete lines only, so a torn record is as if never written."""
    path = tmp_path / "r.jsonl"
    with Appender(path) as log:
        log.append({"key": "a"})
    with path.open("ab") as f:
        f.write(b'{"key": "b", "trunc')
    assert [line for _, line in iter_lines(path)] == [b'{"key":"a"}\n']


def test_compact_keeps_latest_line_per_key_in_plan_order(tmp_path: Path) -> None:
    """Compaction writes one line per planned input, in plan order, from the latest record
    for its key (parts included), drops stale keys, and leaves no temporary files."""
    out = OutputDir(tmp_path)
    with out.appender() as log:
        for rec in ({"id": "1", "key": "k1", "v": "old"}, {"id": "x", "key": "stale"}):
            log.append(rec)
    with out.appender("ray-1") as part:
        part.append({"id": "1", "key": "k1", "v": "new"})
        part.append({"id": "2", "key": "k2"})
    n = out.compact([("k2", "b.json"), ("k1", "a.json"), ("k1", "copy.json"), ("k9", "z.json")])
    lines = [json.loads(x) for x in out.results.read_text().splitlines()]
    assert n == 3
    assert [(r["key"], r["source"], r.get("v")) for r in lines] == [
        ("k2", "b.json", None),
        ("k1", "a.json", "new"),
        ("k1", "copy.json", "new"),
    ]
    assert list(lines[0])[:2] == ["id", "source"]
    assert not out.parts.exists() and not list(tmp_path.glob(".*.tmp"))


def test_second_run_on_same_folder_is_refused(tmp_path: Path) -> None:
    """Two runs may not append to one folder at once; the lock says so."""
    from simulator.batch.output import BatchLocked

    first, second = OutputDir(tmp_path), OutputDir(tmp_path)
    first.lock()
    try:
        with pytest.raises(BatchLocked, match="another batch run"):
            second.lock()
    finally:
        first.unlock()
    second.lock()
    second.unlock()


# --- runs -----------------------------------------------------------------------------------


def test_mixed_batch_scores_good_inputs_and_reports_bad_ones(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Every format is scored; a malformed file lands in errors.jsonl with file:line while
    the rest are scored; all outputs are written and the run says something failed."""
    src = _mixed_inputs(tmp_path)
    out = tmp_path / "out"
    summary = _run(rubric, out, src, src / "notes.md")
    results, errors = _results(out), _errors(out)
    assert summary.exit_code == 1
    assert {e["source"] for e in errors} == {
        str(src / "nested" / "broken.json"),
        str(src / "notes.md"),
    }
    assert any(":1:" in e["error"] for e in errors)
    assert len(results) == summary.results == 3 + 2 + 4  # 3 files, jsonl holds 2, 4 formats
    for r in results:
        assert {"id", "source", "overall", "empathy", "execution", "criteria", "key"} <= set(r)
        assert set(r["criteria"]) == {c.id for c in rubric.criteria}
    assert (out / "results.csv").read_text().count("\n") == len(results) + 1
    assert (out / "report.html").stat().st_size > 5000
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "incomplete" and manifest["counts"]["failed"] == 2


def test_rerun_skips_done_and_changes_nothing(tmp_path: Path, rubric: Rubric) -> None:
    """Running the same command twice scores nothing the second time and leaves identical
    results: a finished batch is idempotent."""
    src = write_jsonl(tmp_path / "t.jsonl", 20, turns=10)
    out = tmp_path / "out"
    first = _run(rubric, out, src)
    before = (out / "results.jsonl").read_bytes()
    second = _run(rubric, out, src)
    assert (first.scored, first.reused, second.scored, second.reused) == (20, 0, 0, 20)
    assert (out / "results.jsonl").read_bytes() == before
    assert first.exit_code == second.exit_code == 0


def test_changed_input_is_rescored_and_supersedes_its_line(tmp_path: Path, rubric: Rubric) -> None:
    """Editing one transcript re-scores just that one; its old line is replaced, not kept
    beside the new one."""
    folder = tmp_path / "in"
    paths = write_files(folder, 5, turns=10)
    out = tmp_path / "out"
    _run(rubric, out, folder)
    old = {r["id"]: r for r in _results(out)}
    data = json.loads(paths[2].read_text())
    data["turns"][1]["text"] = "Calm down. You should have planned better."
    paths[2].write_text(json.dumps(data))
    summary = _run(rubric, out, folder)
    new = {r["id"]: r for r in _results(out)}
    assert (summary.scored, summary.reused) == (1, 4)
    assert len(_results(out)) == 5
    changed = data["id"]
    assert new[changed]["key"] != old[changed]["key"]
    assert new[changed]["transcript_sha256"] != old[changed]["transcript_sha256"]
    assert all(new[k] == old[k] for k in new if k != changed)


def test_changed_rubric_rescores_everything(tmp_path: Path, rubric: Rubric) -> None:
    """A different rubric model (here one weight changed) gives new keys, so nothing is
    wrongly reused."""
    src = write_jsonl(tmp_path / "t.jsonl", 6, turns=10)
    out = tmp_path / "out"
    _run(rubric, out, src)
    data = rubric.model_dump()
    data["criteria"][0]["scoring"]["base"] += 0.5
    changed = Rubric.model_validate(data)
    summary = _run(rubric, out, src, rub=changed)
    assert (summary.scored, summary.reused) == (6, 0)
    assert {r["rubric_sha256"] for r in _results(out)} != set()
    assert len(_results(out)) == 6


def test_identical_transcripts_share_a_record_but_each_input_has_a_line(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Two inputs with the same content are scored once and listed twice, each with its own
    source: one line per input, exactly."""
    t = transcript(1, turns=8)
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(t.model_dump(mode="json")))
    out = tmp_path / "out"
    _run(rubric, out, tmp_path / "a.json", tmp_path / "b.json")
    results = _results(out)
    assert [Path(r["source"]).name for r in results] == ["a.json", "b.json"]
    assert results[0]["key"] == results[1]["key"]


def test_two_workers_write_exactly_what_one_does(tmp_path: Path, rubric: Rubric) -> None:
    """Scoring is deterministic across processes: the final results.jsonl is byte-identical
    with one worker and with two, whatever order records were appended in."""
    src = write_jsonl(tmp_path / "t.jsonl", 40, turns=10)
    _run(rubric, tmp_path / "one", src, workers=1, chunk=4)
    _run(rubric, tmp_path / "two", src, workers=2, chunk=4)
    a = (tmp_path / "one" / "results.jsonl").read_bytes()
    assert a == (tmp_path / "two" / "results.jsonl").read_bytes()
    assert a.count(b"\n") == 40


def test_resume_after_torn_write_scores_only_the_rest(tmp_path: Path, rubric: Rubric) -> None:
    """A log left by a crash (some records, then half a line) is repaired and completed:
    every input ends up exactly once."""
    src = write_jsonl(tmp_path / "t.jsonl", 12, turns=8)
    out = tmp_path / "out"
    _run(rubric, out, src)
    lines = (out / "results.jsonl").read_bytes().splitlines(keepends=True)
    (out / "results.jsonl").write_bytes(b"".join(lines[:5]) + lines[5][:40])
    summary = _run(rubric, out, src)
    assert (summary.scored, summary.reused) == (7, 5)
    assert summary.repaired["torn_lines"] == 1
    ids = [r["id"] for r in _results(out)]
    assert len(ids) == 12 == len(set(ids))


# --- outputs --------------------------------------------------------------------------------


def test_report_is_self_contained_and_covers_the_brief(tmp_path: Path, rubric: Rubric) -> None:
    """report.html needs no network (no scripts, no external URLs) and holds the criterion
    distributions, the empathy/execution scatter, the weakest criteria and an attention list."""
    src = write_jsonl(tmp_path / "t.jsonl", 30, turns=20)
    out = tmp_path / "out"
    _run(rubric, out, src, title="Spring cohort <A&B>")
    html = (out / "report.html").read_text()
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert "@import" not in html and "url(" not in html
    assert "Spring cohort &lt;A&amp;B&gt;" in html
    for heading in (
        "Where the cohort is weakest",
        "Score distributions by criterion",
        "Empathy and execution",
        "most in need of a coach",
    ):
        assert heading in html
    assert html.count('class="hist"') == len(rubric.criteria)
    assert html.count("<circle") == 30


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        pytest.param("=HYPERLINK(1)", "'=HYPERLINK(1)", id="formula"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at-sign"),
        pytest.param("plain-id", "plain-id", id="plain"),
    ],
)
def test_csv_neutralises_spreadsheet_formulas(value: str, cell: str) -> None:
    """Ids that a spreadsheet would run as formulas are written inert in results.csv."""
    text = csv_text([_record(id=value)], Layout({}, []))
    assert text.splitlines()[1].startswith(cell)


def test_report_renders_an_empty_cohort() -> None:
    """A batch where nothing could be read still produces a valid report."""
    html = render_html([], [{"source": "a.json", "error": "broken"}], {}, title=None)
    assert "Not scored" in html and "broken" in html


# --- judge pieces ---------------------------------------------------------------------------


def test_judged_record_recomputes_groups_and_keeps_detector_scores(rubric: Rubric) -> None:
    """Judge scores replace the criteria, groups and overall follow the scorer's formula,
    and the detectors' scores stay alongside for comparison."""
    detectors = {c.id: 1.0 for c in rubric.criteria}
    record = _record(criteria=detectors, unscored_reason="x")
    scores = [
        CriterionScore(
            id=c.id,
            name=c.name,
            group=c.group,
            score=5.0 if c.group == "empathy" else 3.0,
            rationale="why",
            evidence=[Evidence(turn=1, quote="so you feel stuck")],
        )
        for c in rubric.criteria
    ]
    first = rubric.criteria[0]
    scores[0] = CriterionScore(
        id=first.id, name=first.name, group=first.group, unscored_reason="no evidence"
    )
    merged = record.judged(scores, rubric, "openai:m")
    assert (merged.group("empathy"), merged.group("execution"), merged.overall) == (5.0, 3.0, 4.0)
    assert merged.criteria[first.id] is None  # never the detectors' score passed off as the judge's
    assert merged.judge_unscored == {first.id: "no evidence"}
    assert merged.detectors == detectors and merged.unscored_reason is None
    assert merged.scored_by == "openai:m"
    line = json.loads(merged.line())
    assert (line["empathy"], line["execution"]) == (5.0, 3.0) and "unscored_reason" not in line
    assert BatchRecord.from_line(merged.line()) == merged


def test_judge_changes_the_key() -> None:
    """A judged result never stands in for a detector-only one, or for another model's, or
    one judged at another temperature; the route (live or Batch API) does not matter."""
    base = ("t", "r", "s")

    def judge(spec: str, **settings: Any) -> JudgeConfig:
        return JudgeConfig(spec, settings=Settings(_env_file=None, **settings))

    keys = {
        record_key(*base, None),
        record_key(*base, judge("openai:a").cache_key()),
        record_key(*base, judge("openai:b").cache_key()),
        record_key(*base, judge("openai:a", judge_temperature=0.7).cache_key()),
    }
    assert len(keys) == 4
    live = judge("openai:a")
    via_api = JudgeConfig("openai:a", settings=live.settings, via="batch-api")
    assert via_api.cache_key() == live.cache_key()


# --- rate limit and progress ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "per_second"),
    [
        pytest.param("600/min", 10.0, id="per-minute"),
        pytest.param("600", 10.0, id="bare-is-per-minute"),
        pytest.param("5/s", 5.0, id="per-second"),
        pytest.param("7200/hour", 2.0, id="per-hour"),
        pytest.param("90 / mins", 1.5, id="spaces-and-plural"),
    ],
)
def test_parse_rate(text: str, per_second: float) -> None:
    """--rate accepts requests per minute, second or hour."""
    assert parse_rate(text) == pytest.approx(per_second)


@pytest.mark.parametrize("text", ["fast", "0/min", "10/fortnight", "-3"])
def test_parse_rate_rejects_nonsense(text: str) -> None:
    """A rate that is not a positive count per known unit is a usage error."""
    from simulator.errors import RehearseError

    with pytest.raises(RehearseError, match="bad rate"):
        parse_rate(text)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize(
    ("rate", "capacity", "n"),
    [pytest.param(10.0, 1.0, 50, id="smooth"), pytest.param(2.0, 5.0, 30, id="bursty")],
)
def test_token_bucket_never_exceeds_the_rate(rate: float, capacity: float, n: int) -> None:
    """Over any window T at most capacity + rate*T requests start, and none starve."""
    clock = _Clock()
    bucket = TokenBucket(rate, capacity, clock=clock.time, sleep=clock.sleep)
    starts: list[float] = []

    async def go() -> None:
        async def one() -> None:
            await bucket.acquire()
            starts.append(clock.now)

        await asyncio.gather(*(one() for _ in range(n)))

    asyncio.run(go())
    assert len(starts) == n
    for i, t0 in enumerate(starts):
        window = [t for t in starts[i:] if t - t0 <= 1.0]
        assert len(window) <= capacity + rate * 1.0 + 1e-9
    assert starts[-1] == pytest.approx((n - capacity) / rate)


def test_token_bucket_pause_holds_everyone() -> None:
    """After a 429 with Retry-After, no request starts until the pause is over, and the
    queue restarts at the steady rate rather than with a burst."""
    clock = _Clock()
    bucket = TokenBucket(10.0, 10.0, clock=clock.time, sleep=clock.sleep)
    starts: list[float] = []

    async def go() -> None:
        bucket.pause(2.0)
        for _ in range(3):
            await bucket.acquire()
            starts.append(clock.now)

    asyncio.run(go())
    assert starts[0] >= 2.0 and starts[2] - starts[0] == pytest.approx(0.2)


def test_progress_is_quiet_off_a_terminal_and_informative_on_one() -> None:
    """The bar draws only on a TTY and shows count, rate, ETA and failures."""
    off = io.StringIO()
    Progress(10, stream=off).advance(5)
    assert off.getvalue() == ""
    now = [0.0]
    p = Progress(100, stream=io.StringIO(), enabled=True, clock=lambda: now[0])
    now[0] = 2.0
    p.advance(50, failed=2)
    line = p.line()
    assert "50/100" in line and "25/s" in line and "ETA 0:02" in line and "2 failed" in line


# --- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def cli():
    import typer

    from simulator.cli.batch import batch_cmd

    app = typer.Typer()
    app.command("batch")(batch_cmd)
    app.command("noop")(lambda: None)  # two commands, so "batch" is a subcommand as in rehearse
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["batch", *map(str, args)])


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["--rate", "10/s"], 2, "need --judge", id="rate-without-judge"),
        pytest.param(["--judge-via", "batch-api"], 2, "need --judge", id="batch-api-without-judge"),
        pytest.param(["--judge", "scripted"], 2, "unsupported judge", id="unsupported-judge"),
        pytest.param(["--judge", "nonsense"], 2, "unknown model spec", id="unknown-judge-spec"),
        pytest.param(
            ["--judge", "openai:m", "--base-url", "http://127.0.0.1:9/v1", "--rate", "x"],
            2,
            "bad rate",
            id="bad-rate",
        ),
        pytest.param(["--rubric", "nope"], 2, "unknown rubric", id="unknown-rubric"),
        pytest.param(["--workers", "0"], 2, "", id="bad-workers"),
    ],
)
def test_cli_usage_errors_exit_2(
    cli: Any, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    """Bad options are usage errors: exit 2 with a one-line reason, nothing scored."""
    src = write_jsonl(tmp_path / "t.jsonl", 1, turns=4)
    result = cli(src, "--out", tmp_path / "out", *args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert not (tmp_path / "out" / "results.jsonl").exists()


@pytest.mark.parametrize(
    ("bad", "code"),
    [pytest.param(False, 0, id="all-good"), pytest.param(True, 1, id="some-failed")],
)
def test_cli_exit_code_says_whether_anything_failed(
    cli: Any, tmp_path: Path, bad: bool, code: int
) -> None:
    """0 when every input was scored, 1 when some could not be; the summary says where."""
    src = write_jsonl(tmp_path / "t.jsonl", 3, turns=4)
    args: list[Any] = [src]
    if bad:
        (tmp_path / "bad.vtt").write_text("WEBVTT\n\nnonsense\n")
        args.append(tmp_path / "bad.vtt")
    result = cli(*args, "--out", tmp_path / "out", "--workers", 1)
    assert result.exit_code == code, result.output
    assert "3 scored" in result.output
    assert ("errors.jsonl" in result.output) == bad


def test_cli_empty_folder_fails_and_no_arguments_is_usage(cli: Any, tmp_path: Path) -> None:
    """An empty folder yields a reported problem and exit 1; no arguments at all exit 2."""
    (tmp_path / "empty").mkdir()
    assert cli(tmp_path / "empty", "--out", tmp_path / "o").exit_code == 1
    assert cli("--out", tmp_path / "o").exit_code == 2


# --- engines --------------------------------------------------------------------------------


@pytest.mark.slow
def test_ray_engine_matches_local_engine(tmp_path: Path, rubric: Rubric) -> None:
    """--engine ray (read -> map_batches -> write on a local Ray) writes exactly the
    results.jsonl the local engine writes, and resumes from its own part files."""
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    src = write_jsonl(tmp_path / "t.jsonl", 30, turns=10)
    (tmp_path / "bad.json").write_text("{")
    _run(rubric, tmp_path / "local", src, tmp_path / "bad.json", workers=1, chunk=8)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        first = _run(rubric, tmp_path / "ray", src, tmp_path / "bad.json", engine="ray", chunk=8)
        again = _run(rubric, tmp_path / "ray", src, tmp_path / "bad.json", engine="ray", chunk=8)
    finally:
        ray.shutdown()
    local = (tmp_path / "local" / "results.jsonl").read_bytes()
    assert (tmp_path / "ray" / "results.jsonl").read_bytes() == local
    assert _errors(tmp_path / "ray") == _errors(tmp_path / "local")
    assert (first.scored, again.scored, again.reused) == (30, 0, 30)
    assert not (tmp_path / "ray" / "parts").exists()


def test_batch_yaml_rubric_folder(tmp_path: Path, cli: Any) -> None:
    """--rubrics adds a folder of rubrics, as for the score command."""
    data = catalog.get_rubric("one-on-one").model_dump(exclude_none=True)
    data["id"] = "mine"
    (tmp_path / "rubrics").mkdir()
    (tmp_path / "rubrics" / "mine.yaml").write_text(yaml.safe_dump(data))
    src = write_jsonl(tmp_path / "t.jsonl", 2, turns=4)
    result = cli(
        src, "--out", tmp_path / "out", "--rubric", "mine", "--rubrics", tmp_path / "rubrics"
    )
    assert result.exit_code == 0, result.output
    assert {r["rubric"] for r in _results(tmp_path / "out")} == {"mine"}
