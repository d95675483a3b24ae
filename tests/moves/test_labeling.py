"""Pins simulator.moves.labeling: label_lines (JSONL records in, one JSON line per record out)
and ``rehearse label`` run without typer (run/main), which must match the typer command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.errors import TranscriptError
from simulator.moves.detector import Move, detect
from simulator.moves.labeling import _parse, _record, label_lines
from simulator.moves.labeling import main as label_main


def _rec(**fields: object) -> str:
    return json.dumps(fields)


GOOD = [
    _rec(id="u1", text="What would help most this week?", prev="I'm swamped."),
    _rec(id="u2", text="Calm down, it's not a big deal.", prev=None),
    _rec(id="u3", text="Mm-hmm."),
]


def test_good_lines_in_order() -> None:
    """Each record yields one line with its id, moves and cues, in input order."""
    out = [json.loads(line) for line in label_lines(GOOD)]
    assert [o["id"] for o in out] == ["u1", "u2", "u3"]
    assert out[0]["moves"] == ["open_question", "resource_check"]
    assert out[1]["moves"] == ["judgment"]
    assert out[2] == {"id": "u3", "moves": ["other"], "cues": {"other": "no move cue"}}


def test_output_matches_detect_and_is_compact() -> None:
    """Moves and cues equal detect()'s; lines are compact JSON without a trailing newline."""
    line = next(label_lines([GOOD[0]]))
    assert " " not in line.split('"cues"')[0]
    assert not line.endswith("\n")
    found = detect("What would help most this week?", "I'm swamped.")
    assert json.loads(line) == {
        "id": "u1",
        "moves": [m.value for m in found.moves],
        "cues": {m.value: c for m, c in found.cues.items()},
    }


def test_blank_lines_are_skipped_and_extra_keys_ignored() -> None:
    """Blank lines produce nothing; unknown keys are ignored; a missing prev means none."""
    lines = ["", "   \n", _rec(id="a", text="Tell me more.", speaker="manager") + "\n"]
    out = [json.loads(line) for line in label_lines(lines)]
    assert [o["id"] for o in out] == ["a"]
    assert out[0]["moves"] == ["open_question"]


@pytest.mark.parametrize(
    ("bad", "field", "words"),
    [
        pytest.param('{"id": "x", "text": ', None, "not valid JSON", id="truncated-json"),
        pytest.param("not json at all", None, "not valid JSON", id="garbage"),
        pytest.param('["id", "text"]', None, "expected a JSON object", id="array"),
        pytest.param(_rec(text="hi"), "id", "non-empty string", id="missing-id"),
        pytest.param(_rec(id=7, text="hi"), "id", "non-empty string", id="int-id"),
        pytest.param(_rec(id="", text="hi"), "id", "non-empty string", id="empty-id"),
        pytest.param(_rec(id="x"), "text", "must be a string", id="missing-text"),
        pytest.param(_rec(id="x", text=None), "text", "must be a string", id="null-text"),
        pytest.param(_rec(id="x", text="hi", prev=3), "prev", "string or null", id="int-prev"),
    ],
)
def test_bad_line_raises_with_place(bad: str, field: str | None, words: str) -> None:
    """A malformed record raises TranscriptError naming source, line number and field."""
    lines = [GOOD[0], "", bad, GOOD[1]]
    with pytest.raises(TranscriptError) as info:
        list(label_lines(lines, source="calls.jsonl"))
    err = info.value
    assert err.path == "calls.jsonl"
    assert err.line == 3
    assert err.field == field
    assert words in str(err)
    assert str(err).startswith("calls.jsonl:3: ")
    assert err.hint


def test_raise_mode_keeps_lines_before_the_error() -> None:
    """In raise mode the records before the bad line are still yielded first."""
    got = []
    with pytest.raises(TranscriptError):
        for line in label_lines([GOOD[0], "{oops", GOOD[1]]):
            got.append(json.loads(line)["id"])
    assert got == ["u1"]


def test_skip_mode_reports_and_continues() -> None:
    """In skip mode each bad line goes to the callback and the good lines still come out."""
    errors: list[TranscriptError] = []
    lines = [GOOD[0], "{oops", _rec(id="x", text=5), GOOD[1]]
    out = list(label_lines(lines, source="in.jsonl", on_error="skip", report=errors.append))
    assert [json.loads(line)["id"] for line in out] == ["u1", "u2"]
    assert [(e.line, e.field) for e in errors] == [(2, None), (3, "text")]
    assert "'x'" in str(errors[1])  # the record id is named when it is known


def test_skip_mode_default_report_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a callback, skip mode prints each error to stderr."""
    out = list(label_lines(["{oops", GOOD[0]], source="s.jsonl", on_error="skip"))
    assert len(out) == 1
    assert "s.jsonl:1: not valid JSON" in capsys.readouterr().err


def test_unknown_on_error_mode_is_rejected() -> None:
    """on_error must be 'raise' or 'skip'."""
    with pytest.raises(ValueError, match="on_error"):
        list(label_lines(GOOD, on_error="ignore"))  # type: ignore[arg-type]


def test_odd_text_is_labelled_not_rejected() -> None:
    """NUL bytes, lone surrogates and huge texts are valid strings and get labelled."""
    lines = [
        '{"id": "nul", "text": "\\u0000\\u0000", "prev": null}',
        '{"id": "sur", "text": "\\ud800 what now?", "prev": "\\udfff"}',
        _rec(id="big", text="Tell me more. " * 50_000, prev="ok " * 50_000),
    ]
    out = [json.loads(line) for line in label_lines(lines)]
    assert [o["id"] for o in out] == ["nul", "sur", "big"]
    assert out[0]["moves"] == ["other"]
    assert "open_question" in out[2]["moves"]
    for line in label_lines(lines):
        line.encode("utf-8")  # output is always encodable (non-ASCII is escaped)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), st.sampled_from(GOOD)), max_size=8))
def test_skip_mode_never_raises(lines: list[str]) -> None:
    """Whatever the lines, skip mode yields valid JSON for good records and reports the rest."""
    errors: list[TranscriptError] = []
    out = list(label_lines(lines, on_error="skip", report=errors.append))
    for line in out:
        record = json.loads(line)
        assert record["moves"] and set(record["cues"]) == set(record["moves"])
    non_blank = [line for line in lines if line and not line.isspace()]
    assert len(out) + len(errors) == len(non_blank)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=40)), st.text(min_size=1))
def test_output_is_byte_identical_to_json_dumps(text: str, prev: str | None, rid: str) -> None:
    """The fast record writer gives exactly what compact ``json.dumps`` gives, escapes and all."""
    line = json.dumps({"id": rid, "text": text, "prev": prev})
    (out,) = label_lines([line])
    found = detect(text, prev)
    expected = json.dumps(
        {"id": rid, "moves": list(found.moves), "cues": found.cues}, separators=(",", ":")
    )
    assert out == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param('{"id": "a", "text": "Tell me more."}', id="plain"),
        pytest.param('{"id": "a", "text": "Tell me more."}\n', id="newline"),
        pytest.param('{"id": "a", "text": "Tell me more."}\r\n', id="crlf"),
        pytest.param('{"id": "a", "text": "Tell me more."} \t ', id="trailing-space"),
        pytest.param('  {"id": "a", "text": "Tell me more."}', id="leading-space"),
        pytest.param('{"id": "a", "text": "Tell me more."} x', id="trailing-garbage"),
        pytest.param('{"id": "a", "text": "Tell me more."}\u00a0', id="trailing-nbsp"),
        pytest.param('{"id": "a", "id": "b", "text": "Calm down."}', id="duplicate-key"),
        pytest.param('{"id": "a", "text": "Hi", "prev": 1.5}', id="float-prev"),
        pytest.param('{"id": "a", "text": NaN}', id="nan-text"),
        pytest.param('{"id": "a", "text": "Hi"', id="unclosed"),
        pytest.param("{" * 50_000, id="deep"),
        pytest.param('{"id": "a", "text": "x\\ud800"}', id="lone-surrogate"),
    ],
)
def test_fast_record_path_agrees_with_full_parse(line: str) -> None:
    """Each line gives the same output, or the same error, as the full parse (decode, then
    check every field), which is what well-formed lines skip."""
    try:
        rid, text, prev = _parse(line, "in.jsonl", 4)
    except TranscriptError as err:
        with pytest.raises(TranscriptError) as info:
            list(label_lines(["\n", "", " ", line], source="in.jsonl"))
        assert str(info.value) == str(err)
        return
    found = detect(text, prev)
    (out,) = label_lines([line])
    assert out == json.dumps(
        {"id": rid, "moves": list(found.moves), "cues": found.cues}, separators=(",", ":")
    )


@pytest.mark.parametrize(
    ("moves", "cues"),
    [
        pytest.param((Move.OTHER,), {Move.OTHER: "no move cue"}, id="one"),
        pytest.param(
            (Move.OPEN_QUESTION, Move.RESOURCE_CHECK),
            {Move.OPEN_QUESTION: "'what' \"q\"", Move.RESOURCE_CHECK: "caf\u00e9 \u2028"},
            id="two-with-escapes",
        ),
        pytest.param((Move.OTHER,), {}, id="missing-cue"),
        pytest.param((Move.OTHER,), {Move.JUDGMENT: "x"}, id="other-cue"),
        pytest.param((), {}, id="no-moves"),
    ],
)
def test_record_writer_matches_json_dumps(moves: tuple[Move, ...], cues: dict[Move, str]) -> None:
    """The record writer gives compact json.dumps output for one cue per move, in move order,
    and declines (None) any other shape, which then goes to json.dumps itself."""
    got = _record("u\u00e91", moves, cues)
    if len(cues) == len(moves) and all(m in cues for m in moves):
        expected = json.dumps(
            {"id": "u\u00e91", "moves": list(moves), "cues": {m: cues[m] for m in moves}},
            separators=(",", ":"),
        )
        assert got == expected
    else:
        assert got is None


# --- rehearse label (run / main) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--help"], id="help"),
        pytest.param(["in.jsonl", "--help"], id="help-after-file"),
        pytest.param(["-h"], id="short-help"),
        pytest.param(["--bogus"], id="unknown-option"),
        pytest.param(["--skip"], id="abbreviated-option"),
        pytest.param(["--skip-errors=1"], id="flag-with-value"),
        pytest.param(["--", "in.jsonl"], id="double-dash"),
        pytest.param(["a.jsonl", "b.jsonl"], id="two-files"),
    ],
)
def test_main_leaves_other_arguments_to_typer(argv: list[str]) -> None:
    """Anything but ``[SRC] [--skip-errors]`` is declined (None), untouched, so the typer app
    can print its help or usage error."""
    assert label_main(argv) is None


def _write(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_run_labels_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every record comes out on stdout, one line each, with status 0 and nothing on stderr."""
    src = _write(tmp_path / "in.jsonl", *GOOD)
    assert label_main([str(src)]) == 0
    out, err = capsys.readouterr()
    assert out == "".join(line + "\n" for line in label_lines(GOOD))
    assert err == ""


def test_run_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` (the default) reads stdin and names it <stdin> in messages."""
    monkeypatch.setattr("sys.stdin", io.StringIO(GOOD[0] + "\n{oops\n"))
    assert label_main([]) == 2
    out, err = capsys.readouterr()
    assert out == next(label_lines(GOOD)) + "\n"
    assert err.startswith("error: <stdin>:2: not valid JSON")


@pytest.mark.parametrize(
    ("skip", "status", "ids", "errors"),
    [
        pytest.param(False, 2, ["u1"], 1, id="stops-at-first-bad-line"),
        pytest.param(True, 1, ["u1", "u2"], 2, id="skips-and-reports-each"),
    ],
)
def test_run_bad_lines(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    skip: bool,
    status: int,
    ids: list[str],
    errors: int,
) -> None:
    """A bad line stops the run with status 2 after the lines before it, or with
    --skip-errors is reported and skipped, ending with status 1."""
    src = _write(tmp_path / "in.jsonl", GOOD[0], "{oops", _rec(id="x", text=5), GOOD[1])
    assert label_main([str(src), "--skip-errors"] if skip else [str(src)]) == status
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ids
    assert err.count("error: ") == errors and f"{src}:2: not valid JSON" in err


def test_run_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is one line on stderr naming it, and status 2."""
    assert label_main([str(tmp_path / "nope.jsonl")]) == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'nope.jsonl'}: cannot read file: No such file or directory\n"
    )


def test_error_messages_lose_terminal_escapes_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like typer.echo, messages to a stderr that is not a terminal have ANSI codes removed."""
    src = _write(tmp_path / "\x1b[31mred.jsonl", '{"id": "a"}')
    assert label_main([str(src)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "red.jsonl:1: text: must be a string" in err


@pytest.mark.parametrize(
    ("args", "lines", "stdin"),
    [
        pytest.param(["{src}"], GOOD, None, id="good"),
        pytest.param(["{src}"], [GOOD[0], "[1]", GOOD[1]], None, id="bad-line"),
        pytest.param(["--skip-errors", "{src}"], [GOOD[0], "[1]", "{", GOOD[1]], None, id="skip"),
        pytest.param(["{src}", "--skip-errors"], ["", "  ", GOOD[2]], None, id="flag-last"),
        pytest.param(["{missing}"], [], None, id="missing-file"),
        pytest.param([], [], GOOD[1] + "\n" + _rec(id=3, text="x") + "\n", id="stdin"),
        pytest.param(["-", "--skip-errors"], [], "{\n" + GOOD[0] + "\n", id="stdin-skip"),
    ],
)
def test_fast_path_and_typer_command_agree(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    lines: list[str],
    stdin: str | None,
) -> None:
    """`rehearse label` gives the same stdout, stderr and exit status whether it runs through
    the fast path (simulator.cli.entry.main) or the typer command (rehearse --help lists it)."""
    from typer.testing import CliRunner

    from simulator.cli.entry import app

    src = _write(tmp_path / "in.jsonl", *lines)
    argv = [a.format(src=src, missing=tmp_path / "missing.jsonl") for a in args]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
    status = label_main(argv)
    fast = capsys.readouterr()
    typed = CliRunner().invoke(app, ["label", *argv], input=stdin)
    assert (fast.out, fast.err, status) == (typed.stdout, typed.stderr, typed.exit_code)


# --- records with a history -----------------------------------------------------------------

HISTORY = [
    {"speaker": "manager", "text": "How are things?"},
    {"speaker": "employee", "text": "Honestly I've had no time for anything since the launch."},
]


def test_history_turns_on_the_context_aware_assessment() -> None:
    """A record with a history is labelled by assess() and says what the turn takes up."""
    line = _rec(id="h1", text="It sounds like you're slammed.", history=HISTORY)
    out = json.loads(next(label_lines([line])))
    assert out["moves"] == ["reflection"]
    assert out["grounding"] == ["no time"]
    assert out["grounded"] is True
    assert out["formula_only"] is False
    assert out["misreflection"] is None
    assert out["repeat_of"] is None
    assert out["disguised_judgment"] is False
    assert out["parroted"] is None
    assert out["stuffed"] is False
    assert out["asked_again"] is False
    assert out["made_up"] is None
    assert out["adds_own"] is True


def test_history_reports_an_echo_of_their_words() -> None:
    """A reflection that only slots their words into a listening frame adds nothing of the
    manager's own, and the output says so."""
    text = "It sounds like the migration has really been weighing on you."
    history = [{"speaker": "employee", "text": "The migration is eating my whole week."}]
    out = json.loads(next(label_lines([_rec(id="e1", text=text, history=history)])))
    assert out["moves"] == ["reflection"]
    assert out["adds_own"] is False


def test_history_reports_a_stock_counterweight() -> None:
    """The side of a double-sided reflection that takes up nothing of theirs is reported."""
    text = (
        "On the one hand, the migration is eating your week; on the other hand, you always"
        " find a way through."
    )
    history = [{"speaker": "employee", "text": "The migration is eating my whole week."}]
    out = json.loads(next(label_lines([_rec(id="c1", text=text, history=history)])))
    assert out["counterweight"] == "you always find a way through"
    assert out["adds_own"] is False


def test_history_reports_a_story_of_the_manager_s_own() -> None:
    """A turn with a sentence of the manager's own story is reported as telling their own."""
    text = "I went through a migration just like that. How are you holding up?"
    history = [{"speaker": "employee", "text": "The migration is eating my whole week."}]
    out = json.loads(next(label_lines([_rec(id="t1", text=text, history=history)])))
    assert out["tells_own"] is True


def test_history_reports_a_stock_line_with_their_noun_and_a_feeling_made_bigger() -> None:
    """A stock line with one phrase of theirs is reported as slotted; a reflection that makes
    things bigger than they said them names the word that does it."""
    history = [{"speaker": "employee", "text": "The migration is eating my whole week."}]
    stock = "What's the hardest part about the migration for you?"
    big = "It sounds like the migration has been an unbearable weight."
    out = [json.loads(x) for x in label_lines([_rec(id="s", text=stock, history=history)])]
    out += [json.loads(x) for x in label_lines([_rec(id="a", text=big, history=history)])]
    assert (out[0]["slotted"], out[0]["amplified"]) == (True, None)
    assert out[1]["amplified"] == "unbearable"


def test_history_reports_things_made_up_and_questions_asked_again() -> None:
    """A reflection naming things never mentioned reports them; a question asked word for word
    before is reported as asked again."""
    made_up = (
        "And I hear that the Jenkins account is where most of that frustration is coming from,"
        " more than anything else this month."
    )
    out = json.loads(next(label_lines([_rec(id="m1", text=made_up, history=HISTORY)])))
    assert out["made_up"] == "jenkins and account"
    asked = "What would help this week?"
    history = [*HISTORY, {"speaker": "manager", "text": asked}, *HISTORY]
    out = json.loads(next(label_lines([_rec(id="a1", text=asked, history=history)])))
    assert out["asked_again"] is True


def test_history_reports_a_stuffed_turn() -> None:
    """A turn packed with coaching words is reported as stuffed."""
    text = (
        "I appreciate you. It sounds like you're slammed. What support and resources do you "
        "need to succeed?"
    )
    out = json.loads(next(label_lines([_rec(id="s1", text=text, history=HISTORY)])))
    assert out["stuffed"] is True


def test_history_reports_words_said_back_unchanged() -> None:
    """A turn pasting the employee's words back with their "I" kept says what it parroted."""
    history = [{"speaker": "employee", "text": "I have no time for anything at the moment."}]
    line = _rec(id="p1", text="So I have no time for anything at the moment.", history=history)
    out = json.loads(next(label_lines([line])))
    assert out["parroted"] == "i have no time for anything at the moment"
    assert "reflection" not in out["moves"]


def test_history_makes_an_empty_formula_no_reflection() -> None:
    """With a history, a formula with nothing taken up is not a reflection; by form it is."""
    text = "It sounds like that's how it is."
    in_context = json.loads(next(label_lines([_rec(id="h", text=text, history=HISTORY)])))
    by_form = json.loads(next(label_lines([_rec(id="f", text=text)])))
    assert "reflection" not in in_context["moves"]
    assert in_context["formula_only"] is True
    assert "reflection" in by_form["moves"]
    assert "grounding" not in by_form


def test_empty_history_labels_by_form() -> None:
    """An empty history is no context: the moves are those of detect()."""
    out = json.loads(next(label_lines([_rec(id="e", text="It sounds like a lot.", history=[])])))
    assert out["moves"] == [m.value for m in detect("It sounds like a lot.").moves]
    assert out["grounded"] is False


@pytest.mark.parametrize(
    ("history", "field", "words"),
    [
        pytest.param("oops", "history", "must be a list", id="not-a-list"),
        pytest.param([3], "history[0]", "not an object", id="turn-not-object"),
        pytest.param(
            [{"speaker": "boss", "text": "hi"}], "history[0]", 'speaker "boss"', id="bad-speaker"
        ),
        pytest.param(
            [HISTORY[0], {"speaker": "employee"}], "history[1]", "no text", id="missing-text"
        ),
    ],
)
def test_bad_history_names_the_turn(history: object, field: str, words: str) -> None:
    """A malformed history is a TranscriptError naming the line, the turn and the fix."""
    bad = _rec(id="b", text="hi", history=history)
    with pytest.raises(TranscriptError) as info:
        list(label_lines([GOOD[0], bad], source="calls.jsonl"))
    err = info.value
    assert (err.line, err.field) == (2, field)
    assert words in str(err)
    assert "oldest first" in (err.hint or "")
