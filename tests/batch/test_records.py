"""The typed batch record: its line format, old lines, strictness, and rubric-named groups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from support.synthetic import transcript, write_jsonl

from simulator.batch.output import OutputDir
from simulator.batch.records import BatchRecord, build_record, check_rubric
from simulator.batch.run import BatchConfig, run_batch
from simulator.content import catalog
from simulator.content.rubrics import Rubric
from simulator.errors import RehearseError
from simulator.reports.cohort import Layout, csv_text, read_records, render_html, write_outputs
from simulator.scoring.scorer import score

DOCUMENTED = ["id", "source", "key", "overall", "criteria", "moves", "weak_turns"]
"""Fields the README promises in every results.jsonl line (besides the group scores)."""


def _record(rubric: Rubric, index: int = 1) -> BatchRecord:
    t = transcript(index, turns=16)
    return build_record(
        t, score(t, rubric), source="in.jsonl:2", key="k", transcript_digest="t", rubric_digest="r"
    )


@pytest.mark.parametrize(
    ("rubric_id", "groups"),
    [
        pytest.param("one-on-one", ["empathy", "execution"], id="default-rubric"),
        pytest.param("compassionate-leadership", ["connection", "support"], id="other-rubric"),
    ],
)
def test_line_names_groups_as_the_rubric_does_and_reads_back(
    rubric_id: str, groups: list[str]
) -> None:
    """On disk each group is a top-level field named by the rubric (so the default rubric's
    lines keep the documented empathy/execution fields), after overall; reading the line
    gives back the same record, and writing it again the same bytes."""
    record = _record(catalog.get_rubric(rubric_id))
    line = record.line()
    data = json.loads(line)
    assert list(data)[:5] == ["id", "source", "key", "rubric", "overall"]
    assert list(data)[5:7] == groups and "groups" not in data
    assert set(DOCUMENTED) <= set(data)
    assert {"empathy", "execution"} & set(data) == ({"empathy", "execution"} & set(groups))
    back = BatchRecord.from_line(line)
    assert back == record and list(back.groups) == groups
    assert back.line() == line


# Lines as record version 1 wrote them (field for field, values made up).
_V1_DEFAULT = {
    "id": "a",
    "source": "x.json",
    "key": "old",
    "rubric": "one-on-one",
    "overall": 3.1,
    "empathy": 3.5,
    "execution": 2.7,
    "criteria": {"presence": 3.5, "next_steps": 2.7},
    "scored_by": "detectors",
    "persona": None,
    "turns": 10,
    "manager_turns": 5,
    "weak_turns": 1,
    "moves": {"advice": 1, "open_question": 2},
    "coach_note": {"turn": 3, "said": "Just delegate it.", "note": "advice", "try": "What…?"},
    "transcript_sha256": "t",
    "rubric_sha256": "r",
}
_V1_OTHER = _V1_DEFAULT | {
    "rubric": "compassionate-leadership",
    "empathy": None,
    "execution": None,
    "groups": {"connection": 3.5, "support": 2.7},
}


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        pytest.param(_V1_DEFAULT, {"empathy": 3.5, "execution": 2.7}, id="default-rubric"),
        pytest.param(
            _V1_OTHER,
            {"empathy": None, "execution": None, "connection": 3.5, "support": 2.7},
            id="other-rubric-groups-object",
        ),
    ],
)
def test_version_1_lines_still_parse(line: dict[str, Any], groups: dict[str, Any]) -> None:
    """A results.jsonl written before the record was typed still reads: its group scores,
    top-level or under "groups", are gathered, and the coaching moment keeps its "try"."""
    record = BatchRecord.from_line(json.dumps(line))
    assert record.groups == groups
    assert record.coach_note is not None and record.coach_note.try_ == "What…?"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"colour": "red"}, id="unknown-text-field"),
        pytest.param({"turns": "10"}, id="number-as-text"),
        pytest.param({"criteria": {"presence": "high"}}, id="score-as-text"),
        pytest.param({"coach_note": {"turn": 1}}, id="half-a-coach-note"),
        pytest.param({"key": None}, id="no-key"),
    ],
)
def test_record_is_strict(change: dict[str, Any]) -> None:
    """A line that does not hold what the report needs is rejected, not half-read."""
    with pytest.raises(ValidationError):
        BatchRecord.from_line(json.dumps(_V1_DEFAULT | change))


def test_a_group_named_like_a_field_is_refused_before_any_work() -> None:
    """A rubric group that would overwrite a record field on disk (here "source") is a
    usage error naming the group and the fix."""
    data = catalog.get_rubric().model_dump()
    data["groups"] = ["source" if g == "empathy" else g for g in data["groups"]]
    for c in data["criteria"]:
        c["group"] = "source" if c["group"] == "empathy" else c["group"]
    with pytest.raises(RehearseError, match=r"'source'.*rename the group"):
        check_rubric(Rubric.model_validate(data))


def test_report_and_csv_take_group_names_from_the_rubric(tmp_path: Path) -> None:
    """With a rubric whose groups are not empathy/execution, the CSV has a column per
    group and the report charts the rubric's first two groups against each other."""
    rubric = catalog.get_rubric("compassionate-leadership")
    src = write_jsonl(tmp_path / "t.jsonl", 12, turns=16)
    out = tmp_path / "out"
    run_batch(BatchConfig(inputs=(str(src),), out=out, rubric=rubric))
    write_outputs(out)
    header = (out / "results.csv").read_text().splitlines()[0].split(",")
    assert header[3:6] == ["overall", "connection", "support"]
    html = (out / "report.html").read_text()
    assert "Connection and support" in html and html.count("<circle") == 12
    assert "Empathy and execution" not in html and "empathy" not in header


def test_resume_over_version_1_lines_rescores_them_once(tmp_path: Path) -> None:
    """Old lines have old keys: a run over such a folder scores every input again, the new
    lines supersede the old at compaction, and the run after that reuses everything."""
    rubric = catalog.get_rubric()
    src = write_jsonl(tmp_path / "t.jsonl", 5, turns=12)
    out = tmp_path / "out"
    out.mkdir()
    old = [_V1_DEFAULT | {"id": f"synthetic-0-{i:06d}", "key": f"v1-{i}"} for i in range(5)]
    (out / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in old))
    first = run_batch(BatchConfig(inputs=(str(src),), out=out, rubric=rubric))
    assert (first.scored, first.reused, first.results) == (5, 0, 5)
    records = read_records(out / "results.jsonl")
    assert len(records) == 5 and not any(r.key.startswith("v1-") for r in records)
    assert [r.id for r in records] == [f"synthetic-0-{i:06d}" for i in range(5)]
    second = run_batch(BatchConfig(inputs=(str(src),), out=out, rubric=rubric))
    assert (second.scored, second.reused) == (0, 5)


def test_compaction_from_known_places_equals_compaction_from_the_logs(tmp_path: Path) -> None:
    """Copying each record from where its writer said it landed writes the same bytes as
    searching the logs, including a second input that shares a record (new source)."""
    rubric = catalog.get_rubric()
    a, b = _record(rubric, 1), _record(rubric, 2).model_copy(update={"key": "k2"})
    out = OutputDir(tmp_path)
    with out.appender() as log:
        where = {a.key: log.append(a), b.key: log.append(b)}
    plan = [(b.key, "b.json"), (a.key, "a.json"), (a.key, "c.json")]
    assert out.compact(plan, where) == 3
    known = (tmp_path / "results.jsonl").read_bytes()
    assert out.compact(plan) == 3
    assert (tmp_path / "results.jsonl").read_bytes() == known
    sources = [json.loads(x)["source"] for x in known.splitlines()]
    assert sources == ["b.json", "a.json", "c.json"]


def test_report_reads_every_record_and_names_a_bad_line(tmp_path: Path) -> None:
    """The report never skips a complete line it cannot read: it says which line it is."""
    rubric = catalog.get_rubric()
    path = tmp_path / "results.jsonl"
    path.write_text(_record(rubric).line() + "\n" + '{"id": "x"}\n')
    with pytest.raises(RehearseError, match=r"results.jsonl:2"):
        read_records(path)
    records = [_record(rubric)]
    assert csv_text(records, Layout({}, records)).count("\n") == 2
    assert "Empathy and execution" in render_html(records, [], {})
