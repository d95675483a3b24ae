"""Pins simulator.labeling.label_lines: JSONL records in, one compact JSON line per record out."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.errors import TranscriptError
from simulator.labeling import label_lines
from simulator.moves import detect


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
