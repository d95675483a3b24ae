"""Transcript formats: round trips, hand-written input, and errors that point at the line."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulator.content.formats import (
    FORMATS,
    detect_format,
    dumps,
    flatten,
    loads,
    normalise,
    parse_speaker_map,
    read_transcript,
    read_transcripts,
    write_transcripts,
)
from simulator.content.transcript import SPEAKERS, Transcript, Turn
from simulator.errors import TranscriptError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "transcripts"

# Pieces that break naive writers: separators, markup, fake speaker/header/cue lines,
# every kind of line break, non-ASCII and a BOM.
TRICKY = [
    ",",
    '"',
    "'",
    ":",
    ";",
    "Manager: ",
    "E: fake turn",
    "-->",
    "00:00:01.000 --> 00:00:02.000",
    "<v Employee>",
    "</v>",
    "<b>",
    "&amp;",
    "&lt;",
    "&",
    "<",
    ">",
    "# id: other",
    "#",
    "NOTE",
    "WEBVTT",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "  ",
    "\t",
    "\u2028",
    "\x85",
    "\x0c",
    "\ufeff",
    "é",
    "日本語",
    "🙂",
    "\\",
    "{}[]",
    "null",
]
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXTS = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(CHARS, max_size=8)), max_size=6).map(
    "".join
)
ONE_LINE = TEXTS.map(flatten)  # exactly the texts txt and vtt keep: no CR/LF, stripped
IDS = TEXTS.filter(lambda s: 1 <= len(s) <= 200)
LABELS = st.none() | TEXTS
NO_METADATA = st.just({})
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
    max_leaves=8,
)


def transcripts(
    texts: st.SearchStrategy[str] = TEXTS,
    ids: st.SearchStrategy[str] = IDS,
    labels: st.SearchStrategy[str | None] = LABELS,
    metadata: st.SearchStrategy[dict] = NO_METADATA,
) -> st.SearchStrategy[Transcript]:
    """Transcripts with at least one turn, built from the given field strategies."""
    turn = st.builds(Turn, speaker=st.sampled_from(SPEAKERS), text=texts)
    return st.builds(
        Transcript,
        id=ids,
        persona=labels,
        rubric=labels,
        turns=st.lists(turn, min_size=1, max_size=5),
        metadata=metadata,
    )


def sample(**changes: object) -> Transcript:
    """A small valid transcript, with fields overridden by ``changes``."""
    fields: dict[str, object] = {
        "id": "t1",
        "persona": "stressed-sam",
        "rubric": "one-on-one",
        "turns": [
            Turn(speaker="manager", text="How are you?"),
            Turn(speaker="employee", text="Tired."),
        ],
    }
    fields.update(changes)
    return Transcript.model_validate(fields)


# --- Round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in ("json", "jsonl")])
@given(t=transcripts(metadata=st.dictionaries(TEXTS, JSON_VALUES, max_size=4)))
def test_json_round_trip_is_exact(fmt: str, t: Transcript) -> None:
    """JSON and JSONL keep every field, metadata included, exactly."""
    assert loads(dumps([t], fmt), fmt) == [t]


@given(t=transcripts(labels=st.none() | TEXTS.filter(bool)))
def test_csv_round_trip_is_exact(t: Transcript) -> None:
    """CSV keeps ids, speakers and any text exactly; persona/rubric are None or non-empty."""
    assert loads(dumps([t], "csv"), "csv") == [t]


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in ("txt", "vtt")])
@given(t=transcripts(texts=ONE_LINE, ids=ONE_LINE.filter(bool), labels=st.none() | ONE_LINE))
def test_one_line_round_trip_is_exact(fmt: str, t: Transcript) -> None:
    """txt and vtt keep values with no CR/LF and no outer whitespace exactly."""
    assert loads(dumps([t], fmt), fmt) == [t]


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
@given(
    t=transcripts(
        ids=IDS.filter(lambda s: flatten(s) != ""),
        metadata=st.dictionaries(TEXTS, JSON_VALUES, max_size=2),
    )
)
def test_round_trip_gives_normalised_transcript(fmt: str, t: Transcript) -> None:
    """Any transcript reads back as ``normalise(t, fmt)``: the loss is exactly as documented."""
    assert loads(dumps([t], fmt), fmt) == [normalise(t, fmt)]


@given(text=TEXTS)
def test_flatten_is_identity_exactly_under_the_stated_restriction(text: str) -> None:
    """flatten(s) == s iff s has no CR/LF and no leading or trailing whitespace."""
    restricted = "\r" not in text and "\n" not in text and text == text.strip()
    assert (flatten(text) == text) == restricted


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in ("json", "jsonl", "csv")])
@given(ts=st.lists(transcripts(), min_size=1, max_size=4, unique_by=lambda t: t.id))
def test_several_transcripts_round_trip(fmt: str, ts: list[Transcript]) -> None:
    """json, jsonl and csv hold several transcripts, in order."""
    assert loads(dumps(ts, fmt), fmt) == [normalise(t, fmt) for t in ts]


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
def test_file_round_trip_uses_extension(tmp_path: Path, fmt: str) -> None:
    """write_transcripts then read_transcript gives the transcript back for every extension."""
    path = tmp_path / f"call.{fmt}"
    t = sample(metadata={"k": 1} if fmt.startswith("json") else {})
    write_transcripts([t], path)
    assert read_transcript(path) == t


# --- Hand-written input ---------------------------------------------------------------


def test_fixtures_in_every_format_hold_the_same_conversation() -> None:
    """The sample files (aliases, comments, cue ids, tags, entities) all read alike."""
    expected = read_transcripts(FIXTURES / "sample.jsonl")[0]
    for fmt in FORMATS:
        got = read_transcripts(FIXTURES / f"sample.{fmt}")[0]
        assert got.model_copy(update={"metadata": {}}) == expected, fmt


@pytest.mark.parametrize(
    ("name", "role"),
    [
        pytest.param("Manager", "manager", id="manager"),
        pytest.param("EMPLOYEE", "employee", id="employee-upper"),
        pytest.param("m", "manager", id="m"),
        pytest.param("E", "employee", id="e"),
        pytest.param("Therapist", "manager", id="therapist"),
        pytest.param("client", "employee", id="client"),
    ],
)
def test_default_speaker_names(name: str, role: str) -> None:
    """The default names map to roles case-insensitively in txt."""
    assert loads(f"{name}: hello", "txt")[0].turns[0].speaker == role


def test_speaker_mapping_is_case_insensitive() -> None:
    """A speakers mapping lets a txt file use people's names."""
    [t] = loads("Alex: hi\nsam: hello\n", "txt", speakers={"alex": "manager", "SAM": "employee"})
    assert [turn.speaker for turn in t.turns] == ["manager", "employee"]


def test_txt_continuation_lines_join_with_a_space() -> None:
    """Lines without a Name: prefix, indented or not, continue the previous utterance."""
    [t] = loads("Manager: one\ntwo\n\n   three\nEmployee: ok", "txt")
    assert t.turns[0].text == "one two three"


def test_vtt_cue_may_follow_the_header_directly() -> None:
    """A cue right below WEBVTT, without a blank line, is still read."""
    [t] = loads("WEBVTT\n00:00.000 --> 00:01.000\n<v Manager>hi\n", "vtt")
    assert t.turns == [Turn(speaker="manager", text="hi")]


def test_vtt_cue_with_two_voices_gives_two_turns() -> None:
    """Each voice tag in a cue starts its own turn."""
    text = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Manager>Hi.</v> <v Employee>Hey.</v>\n"
    assert [(t.speaker, t.text) for t in loads(text, "vtt")[0].turns] == [
        ("manager", "Hi."),
        ("employee", "Hey."),
    ]


def test_csv_transcript_id_groups_rows() -> None:
    """Rows sharing a transcript_id form one transcript, in order of first appearance."""
    text = "transcript_id,speaker,text\nb,manager,1\na,manager,2\nb,employee,3\n"
    ts = loads(text, "csv")
    assert [(t.id, [turn.text for turn in t.turns]) for t in ts] == [
        ("b", ["1", "3"]),
        ("a", ["2"]),
    ]


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in ("txt", "csv", "vtt")])
def test_default_id_is_file_stem(tmp_path: Path, fmt: str) -> None:
    """Formats read without an id take the file's stem."""
    body = {
        "txt": "Manager: hi\n",
        "csv": "speaker,text\nmanager,hi\n",
        "vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Manager>hi\n",
    }[fmt]
    path = tmp_path / f"monday-call.{fmt}"
    path.write_text(body, encoding="utf-8")
    assert read_transcript(path).id == "monday-call"


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
def test_bom_and_crlf_are_accepted(tmp_path: Path, fmt: str) -> None:
    """A UTF-8 BOM and Windows line endings read the same as plain UTF-8 with LF."""
    t = sample()
    path = tmp_path / f"t.{fmt}"
    text = dumps([t], fmt).replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_transcript(path) == t


def test_stdin_needs_a_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """'-' reads standard input once a format is given, and asks for one otherwise."""
    data = b"Manager: hi\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_transcript("-", fmt="txt").id == "stdin"
    with pytest.raises(TranscriptError, match="--format"):
        read_transcripts("-")


def test_write_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """'-' writes to standard output."""
    write_transcripts([sample()], "-", fmt="jsonl")
    assert loads(capsys.readouterr().out, "jsonl") == [sample()]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param("a.json", "json", id="json"),
        pytest.param("a.JSONL", "jsonl", id="jsonl-upper"),
        pytest.param("a.ndjson", "jsonl", id="ndjson"),
        pytest.param("a.txt", "txt", id="txt"),
        pytest.param("dir.v2/a.csv", "csv", id="csv"),
        pytest.param("a.vtt", "vtt", id="vtt"),
    ],
)
def test_detect_format(name: str, fmt: str) -> None:
    """The extension picks the format, case-insensitively."""
    assert detect_format(name) == fmt


def test_detect_format_rejects_unknown_extension() -> None:
    """An unknown extension names the file and lists the known ones."""
    with pytest.raises(TranscriptError) as err:
        detect_format("call.docx")
    assert str(err.value).startswith("call.docx: ")
    assert ".jsonl" in str(err.value) and "--format" in str(err.value)


def test_parse_speaker_map() -> None:
    """NAME=role options parse case-insensitively; a bad one shows the expected form."""
    assert parse_speaker_map(["Alex=Manager", " Sam = employee"]) == {
        "alex": "manager",
        "sam": "employee",
    }
    with pytest.raises(TranscriptError, match="NAME=manager"):
        parse_speaker_map(["Alex:manager"])


# --- Bad input ------------------------------------------------------------------------

PRETTY_BAD_SPEAKER = b"""{
  "id": "x",
  "turns": [
    {"speaker": "manager", "text": "a"},
    {
      "speaker": "boss",
      "text": "b"
    }
  ]
}
"""
GOOD_RECORD = b'{"id": "a", "turns": [{"speaker": "manager", "text": "hi"}]}\n'


@pytest.mark.parametrize(
    ("name", "data", "line", "fragments"),
    [
        pytest.param(
            "latin1.txt",
            b"# id: x\nManager: hi\nEmployee: caf\xe9 au lait\n",
            3,
            ["not valid UTF-8", "0xe9", "column 14", "save the file as UTF-8"],
            id="invalid-utf8",
        ),
        pytest.param(
            "call.txt",
            b"Manager: hi\nAlex: hello\n",
            2,
            ["unknown speaker 'Alex'", '--speaker "Alex=manager"'],
            id="txt-unknown-speaker",
        ),
        pytest.param(
            "call.txt",
            b"Hello there\nManager: hi\n",
            1,
            ["text before the first speaker", "Name: "],
            id="txt-text-before-speaker",
        ),
        pytest.param("call.txt", b"Manager: a\x00b\n", 1, ["text", "NUL"], id="txt-nul-in-text"),
        pytest.param(
            "call.txt",
            b"# id: " + b"x" * 201 + b"\nManager: hi\n",
            1,
            ["id", "200"],
            id="txt-id-too-long",
        ),
        pytest.param(
            "call.txt", b"# id: x\n\n", 1, ["no turns found", "Name: utterance"], id="txt-no-turns"
        ),
        pytest.param("empty.txt", b"", 1, ["file is empty"], id="empty-txt"),
        pytest.param("empty.json", b" \n\n", 1, ["file is empty"], id="blank-json"),
        pytest.param("empty.jsonl", b"", 1, ["file is empty"], id="empty-jsonl"),
        pytest.param("empty.csv", b"\xef\xbb\xbf", 1, ["file is empty"], id="bom-only-csv"),
        pytest.param("empty.vtt", b"", 1, ["file is empty"], id="empty-vtt"),
        pytest.param(
            "bad.json",
            b'{"id": "x",\n "turns": [\n  {"speaker": "manager" "text": "hi"}\n]}',
            3,
            ["invalid JSON", "Expecting ','", "column 25", "missing comma"],
            id="malformed-json",
        ),
        pytest.param(
            "bad.json",
            PRETTY_BAD_SPEAKER,
            6,
            ["turns[1].speaker", "'manager' or 'employee'", "got 'boss'"],
            id="json-wrong-speaker",
        ),
        pytest.param(
            "bad.json",
            b'{\n "id": "x",\n "turns": [{"speaker": "manager", "text": "a"}],\n "mood": 3\n}',
            4,
            ["mood", "unknown field", "allowed fields"],
            id="json-unknown-field",
        ),
        pytest.param(
            "bad.json",
            b'{"id": "x",\n "turns": []}',
            2,
            ["turns", "no turns found"],
            id="json-no-turns",
        ),
        pytest.param("bad.json", b"[]", 1, ["holds no transcripts"], id="json-empty-array"),
        pytest.param(
            "bad.json",
            b"[\n" + GOOD_RECORD.rstrip() + b",\n 3\n]",
            3,
            ["[1]", "expected a transcript object, got int"],
            id="json-array-non-object",
        ),
        pytest.param(
            "bad.jsonl",
            GOOD_RECORD + b"\n" + b'{"id": "c", "turns": [}\n',
            3,
            ["invalid JSON", "one whole JSON object"],
            id="jsonl-bad-line-3",
        ),
        pytest.param(
            "bad.jsonl",
            GOOD_RECORD * 2 + b'{"id": "c", "turns": [{"speaker": "boss", "text": "x"}]}\n',
            3,
            ["turns[0].speaker", "got 'boss'"],
            id="jsonl-invalid-record-line-3",
        ),
        pytest.param(
            "bad.csv",
            b"speaker,utterance\nmanager,hi\n",
            1,
            ["lacks the column(s) text", "speaker,text"],
            id="csv-missing-column",
        ),
        pytest.param(
            "bad.csv",
            b'speaker,text\nmanager,"two\nlines"\nboss,hi\n',
            4,
            ["unknown speaker 'boss'"],
            id="csv-line-after-quoted-newline",
        ),
        pytest.param(
            "bad.csv",
            b"speaker,text\nmanager,hi\nemployee,a,b\n",
            3,
            ["3 cells", "header has 2", "quote"],
            id="csv-row-width",
        ),
        pytest.param(
            "bad.csv",
            b"speaker,text\nmanager,hi\n ,yo\n",
            3,
            ["speaker: speaker is missing"],
            id="csv-empty-speaker",
        ),
        pytest.param(
            "bad.json",
            b"[\n"
            + GOOD_RECORD.rstrip()
            + b',\n {"id": "b",\n  "turns": [{"speaker": "employee",\n'
            b'    "text": "a\\u0000b"}]}\n]',
            5,
            ["[1].turns[0].text", "NUL"],
            id="json-array-nested-field-line",
        ),
        pytest.param(
            "bad.csv",
            b"speaker,text,persona\nmanager,hi,sam\nemployee,yo,kim\n",
            3,
            ["persona", "differs"],
            id="csv-persona-conflict",
        ),
        pytest.param(
            "bad.vtt",
            b"00:00.000 --> 00:01.000\n<v Manager>hi\n",
            1,
            ["missing the WEBVTT header"],
            id="vtt-no-header",
        ),
        pytest.param(
            "bad.vtt",
            b"WEBVTT\n\n1\n00:00.000 --> 00:01.000\n<v Manager>hi\n\n2\n00:01 --> 00:02.000\nx\n",
            8,
            ["bad timestamp line '00:01 --> 00:02.000'", "HH:MM:SS.mmm"],
            id="vtt-bad-timestamp",
        ),
        pytest.param(
            "bad.vtt",
            b"WEBVTT\n\nhello\nthere\n",
            3,
            ["cue has no timestamp line"],
            id="vtt-cue-without-timestamp",
        ),
        pytest.param(
            "bad.vtt",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\njust words\n",
            4,
            ["cue has no speaker", "<v Manager>"],
            id="vtt-no-speaker",
        ),
        pytest.param(
            "bad.vtt",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam>hi</v>\n",
            4,
            ["unknown speaker 'Sam'", "--speaker"],
            id="vtt-unknown-voice",
        ),
    ],
)
def test_bad_input_names_file_and_line(
    tmp_path: Path, name: str, data: bytes, line: int, fragments: list[str]
) -> None:
    """Bad input raises a TranscriptError starting 'file:line:' and saying how to fix it."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TranscriptError) as err:
        read_transcripts(path)
    assert (err.value.path, err.value.line) == (str(path), line)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: ")
    for fragment in fragments:
        assert fragment in message


def test_oversize_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over max_bytes is refused from its size alone; the error names file and limit."""
    path = tmp_path / "big.txt"
    path.write_text("Manager: " + "x" * 50, encoding="utf-8")

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(TranscriptError) as err:
        read_transcripts(path, max_bytes=10)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert "10-byte limit" in message and "max_bytes" in message


def test_missing_file() -> None:
    """A missing file is a TranscriptError naming it."""
    with pytest.raises(TranscriptError, match=r"nope\.txt: file not found"):
        read_transcripts("nope.txt")


def test_read_transcript_needs_exactly_one() -> None:
    """read_transcript refuses a file with several transcripts."""
    with pytest.raises(TranscriptError, match="expected one transcript, found 2"):
        read_transcript(FIXTURES / "sample.jsonl")


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in ("txt", "vtt")])
def test_one_transcript_formats_refuse_several(fmt: str) -> None:
    """txt and vtt hold one transcript; writing two points to jsonl."""
    with pytest.raises(TranscriptError, match="jsonl"):
        dumps([sample(id="a"), sample(id="b")], fmt)


@pytest.mark.parametrize(
    ("items", "fmt", "fragment"),
    [
        pytest.param([], "json", "no transcripts", id="nothing"),
        pytest.param([sample(turns=[])], "jsonl", "has no turns", id="no-turns"),
        pytest.param([sample(), sample()], "csv", "share an id", id="csv-duplicate-id"),
        pytest.param([sample(id="\n")], "txt", "blank", id="txt-blank-id"),
        pytest.param([sample()], "docx", "unknown transcript format", id="unknown-format"),
    ],
)
def test_dumps_refuses_what_cannot_be_read_back(
    items: list[Transcript], fmt: str, fragment: str
) -> None:
    """dumps raises rather than write a file its reader would reject or merge."""
    with pytest.raises(TranscriptError, match=fragment):
        dumps(items, fmt)


def test_write_refusal_names_the_file(tmp_path: Path) -> None:
    """A transcript dumps refuses is reported against the file being written."""
    path = tmp_path / "two.txt"
    with pytest.raises(TranscriptError) as err:
        write_transcripts([sample(id="a"), sample(id="b")], path)
    assert str(err.value).startswith(f"{path}: ")
    assert not path.exists()


def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the old file is untouched and the temp file is gone."""
    path = tmp_path / "call.jsonl"
    path.write_text("old", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(TranscriptError, match="No space left"):
        write_transcripts([sample()], path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["call.jsonl"]


def test_write_keeps_existing_file_mode(tmp_path: Path) -> None:
    """Replacing a file keeps its permission bits."""
    path = tmp_path / "call.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o640)
    write_transcripts([sample()], path)
    assert path.stat().st_mode & 0o777 == 0o640
