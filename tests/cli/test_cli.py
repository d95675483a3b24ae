"""The `rehearse` command line, driven through typer's runner."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli.entry import app

FIXTURES = Path(__file__).parents[1] / "fixtures"
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_personas_lists_every_persona_with_difficulty() -> None:
    """`rehearse personas` shows each persona's id, difficulty and situation."""
    result = run("personas")
    assert result.exit_code == 0
    for pid in ["launch-engineer", "quota-rep", "new-hire", "reorg-lead", "passed-over"]:
        assert pid in result.output
    assert "defensive" in result.output and "open" in result.output


def test_personas_option_adds_a_folder() -> None:
    """--personas DIR adds the user's own persona to the list."""
    result = run("personas", "--personas", str(FIXTURES / "personas"))
    assert result.exit_code == 0 and "tiny" in result.output


def test_chat_saves_the_transcript_on_exit(tmp_path: Path) -> None:
    """A terminal session plays the persona and saves the transcript when it ends."""
    out = tmp_path / "session.json"
    lines = "What's been going on for you lately?\nIt sounds like it's a lot.\n\n"
    result = run("chat", "--persona", "quota-rep", "--out", str(out), input=lines)
    assert result.exit_code == 0, result.output
    assert "scripted partner" in result.output
    data = json.loads(out.read_text())
    assert data["persona"] == "quota-rep"
    assert [t["speaker"] for t in data["turns"]] == ["employee", "manager", "employee"] * 1 + [
        "manager",
        "employee",
    ]
    assert "Saved to" in result.output


def test_chat_unknown_persona_is_a_clear_error() -> None:
    """An unknown persona id exits 2 and lists the known ones."""
    result = run("chat", "--persona", "nobody")
    assert result.exit_code == 2
    assert "unknown persona 'nobody'" in result.output and "launch-engineer" in result.output


def test_validate_good_files() -> None:
    """`rehearse validate` passes the shipped personas and rubrics."""
    root = Path(__file__).parents[2]
    result = run("validate", str(root / "personas"), str(root / "rubrics"))
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") >= 8


def test_validate_reports_every_problem(tmp_path: Path) -> None:
    """Every broken file is reported with file, line and field, and the exit code is 1."""
    for name in ["bad-move.yaml", "two-problems.yaml", "rubric-bad-feature.yaml"]:
        shutil.copy(FIXTURES / "broken" / name, tmp_path)
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    out = result.output
    assert "bad-move.yaml:20: layers[1].unlock.moves[0]" in out
    assert "two-problems.yaml" in out and "opening_line" in out and "initial.trust" in out
    assert "rubric-bad-feature.yaml:13" in out


def test_convert_round_trip(tmp_path: Path) -> None:
    """`rehearse convert` writes another format that reads back to the same turns."""
    src = tmp_path / "call.txt"
    src.write_text("Alex: How are you doing?\nSam: Honestly, not great.\n", encoding="utf-8")
    vtt = tmp_path / "call.vtt"
    result = run(
        "convert", str(src), str(vtt), "--speaker", "Alex=manager", "--speaker", "Sam=employee"
    )
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.json"
    assert run("convert", str(vtt), str(back)).exit_code == 0
    data = json.loads(back.read_text())
    assert [(t["speaker"], t["text"]) for t in data["turns"]] == [
        ("manager", "How are you doing?"),
        ("employee", "Honestly, not great."),
    ]


def test_convert_bad_input_names_file_and_line(tmp_path: Path) -> None:
    """An unknown speaker stops the conversion with the file and line, writing nothing."""
    src = tmp_path / "call.txt"
    src.write_text("Manager: Hi.\nBoss: Hello.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("convert", str(src), str(out))
    assert result.exit_code == 2
    assert "call.txt:2" in result.output and "Boss" in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    "kind", [pytest.param("persona", id="persona"), pytest.param("rubric", id="rubric")]
)
def test_schema_prints_json_schema(kind: str) -> None:
    """`rehearse schema KIND` prints a JSON Schema."""
    result = run("schema", kind)
    assert result.exit_code == 0
    assert json.loads(result.output)["additionalProperties"] is False


def test_score_formats(tmp_path: Path) -> None:
    """`rehearse score` gives JSONL summaries, CSV rows and a Markdown report."""
    src = tmp_path / "s.txt"
    src.write_text(
        "Employee: I'm swamped with the launch.\n"
        "Manager: It sounds like the launch is weighing on you. What's the hardest part?\n"
        "Employee: The on-call nights.\n"
        "Manager: What do you need from me? Let's agree a first step by Friday.\n",
        encoding="utf-8",
    )
    jl = run("score", str(src), "--format", "jsonl")
    assert jl.exit_code == 0, jl.output
    row = json.loads(jl.output.splitlines()[0])
    assert set(row) >= {"id", "overall", "empathy", "execution", "criteria"}
    assert set(row["criteria"]) == {
        "presence",
        "open_questions",
        "recognition",
        "judgment_free",
        "resources",
        "next_step",
    }
    csv_out = run("score", str(src), "--format", "csv")
    assert csv_out.output.splitlines()[0].startswith("id,rubric,overall,empathy,execution")
    md = run("score", str(src), "--format", "md")
    assert "# Scorecard: s" in md.output and "Annotated transcript" in md.output


def test_score_unknown_rubric() -> None:
    """An unknown rubric id is a clear error listing the known ones."""
    result = run("score", "x.json", "--rubric", "nope")
    assert result.exit_code == 2 and "known rubrics" in result.output


def test_score_with_judge_shows_both_and_flags_disagreement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model
) -> None:
    """With --judge, the report shows detector and judge scores side by side and flags a
    criterion where they are 2+ points apart."""
    import simulator.judge._judge as judge_mod

    rubric = catalog_rubric()
    reply = json.dumps(
        {
            c.id: {"evidence": [], "rationale": "Because.", "score": 5 if i == 0 else 3}
            for i, c in enumerate(rubric.criteria)
        }
    )
    monkeypatch.setattr(
        judge_mod, "build_judge", lambda *a, **k: judge_mod.Judge(fake_model([reply] * 3))
    )
    src = tmp_path / "s.txt"
    src.write_text("Employee: I'm swamped.\nManager: Calm down, you should have planned.\n")
    md = run("score", str(src), "--judge", "openai:test-model")
    assert md.exit_code == 0, md.output
    assert "Detectors and judge side by side" in md.output
    side_by_side = md.output[md.output.index("Detectors and judge side by side") :]
    presence_row = next(x for x in side_by_side.splitlines() if x.startswith("| Presence"))
    assert "5.0" in presence_row and "disagree by 2+" in presence_row
    full = run("score", str(src), "--judge", "openai:test-model", "--format", "json")
    data = json.loads(full.output[full.output.index("[") :])
    assert data[0]["disagreements"][0]["criterion"] == "presence"


def catalog_rubric():
    from simulator.content import catalog

    return catalog.get_rubric("one-on-one")


def _python(code: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    )


# Reports, at exit, which of the heavy modules the process imported.
_HEAVY = (
    "import atexit, sys\n"
    "heavy = ('typer', 'click', 'pydantic', 'simulator.content.personas',"
    " 'simulator.cli.commands')\n"
    "atexit.register(lambda: print('loaded', [m for m in heavy if m in sys.modules],"
    " file=sys.stderr))\n"
)


def test_importing_the_entry_point_is_cheap() -> None:
    """`import simulator.cli.entry` (the console script's first step) loads no typer or models."""
    done = _python(_HEAVY + "import simulator.cli.entry")
    assert done.returncode == 0, done.stderr
    assert "loaded []" in done.stderr


def test_label_runs_without_typer(tmp_path: Path) -> None:
    """`rehearse label FILE` labels through simulator.moves.labeling alone: quick to start."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "u1", "text": "What would help?"}\n', encoding="utf-8")
    code = (
        _HEAVY
        + "sys.argv = ['rehearse', *sys.argv[1:]]\nfrom simulator.cli.entry import main\nmain()"
    )
    done = _python(code, "label", str(src))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "u1"
    assert "loaded []" in done.stderr


@pytest.mark.parametrize(
    ("argv", "status", "expected"),
    [
        pytest.param(["label", "--help"], 0, "--skip-errors", id="label-help"),
        pytest.param(["label", "--bogus"], 2, "No such option", id="label-bad-option"),
        pytest.param(["--help"], 0, "label", id="app-help-lists-label"),
    ],
)
def test_main_hands_the_rest_to_typer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    status: int,
    expected: str,
) -> None:
    """Help, usage errors and other commands go from main() to the typer app."""
    from simulator.cli.entry import main

    monkeypatch.setattr("sys.argv", ["rehearse", *argv])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == status
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err


def test_cli_module_still_names_the_app() -> None:
    """`simulator.cli.entry.app` is the typer app, and the commands module's other names resolve
    there too; unknown names are still AttributeErrors."""
    import simulator.cli.entry
    from simulator.cli import commands

    assert simulator.cli.entry.app is commands.app is app
    assert simulator.cli.entry.label is commands.label
    with pytest.raises(AttributeError):
        _ = simulator.cli.entry.nothing_here
