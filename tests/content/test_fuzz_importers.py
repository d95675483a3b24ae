"""Fuzzing every importer: whatever the input, a complete result or a RehearseError.

Transcripts (JSON, JSONL, TXT, CSV, VTT), persona and rubric YAML and the users file get
arbitrary text, arbitrary bytes and mutations of valid files. Nothing else may escape (no
KeyError, IndexError, RecursionError, UnicodeError ...), an error names the file and a line
where it has one, and an accepted transcript is whole: it has turns, every one valid.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.app.auth import Users, hash_password
from simulator.content import catalog
from simulator.content._yamlfile import load_model
from simulator.content.formats import FORMATS, dumps, loads, read_transcripts
from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric
from simulator.content.transcript import SPEAKERS, Transcript, Turn
from simulator.errors import RehearseError, TranscriptError

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "txt": ".txt", "csv": ".csv", "vtt": ".vtt"}

# Text biased towards what the parsers look at: their syntax characters and keywords.
SYNTAX = st.sampled_from(
    [
        "{",
        "}",
        "[",
        "]",
        '"',
        ",",
        ":",
        "\n",
        "\r\n",
        "\r",
        "\\",
        "<",
        ">",
        "&",
        "#",
        "-->",
        "WEBVTT",
        "NOTE rehearse",
        "<v Manager>",
        "</v>",
        "Manager:",
        "Employee: ",
        "speaker,text",
        "manager",
        "employee",
        "# id:",
        "00:00.000 --> 00:01.000",
        "&amp;",
        '"turns"',
        '"speaker"',
        '"text"',
        "&a",
        "*a",
        "- ",
        "? ",
        "!!python/object",
        "\ufeff",
        "\x00",
        "\t",
        "=",
        "@",
        "+",
        "\u2028",
        "\ud7ff",
        "é",
    ]
)
TEXT = st.lists(SYNTAX | st.text(max_size=8), max_size=40).map("".join)
SAFE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """One scratch folder for the whole module (hypothesis reruns a test many times)."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _check_transcripts(found: list[Transcript]) -> None:
    assert found, "an empty result must be an error"
    for t in found:
        assert t.turns, f"transcript {t.id!r} came back without turns"
        assert all(isinstance(turn, Turn) and turn.speaker in SPEAKERS for turn in t.turns)
        assert "\x00" not in t.id


def _check_error(exc: RehearseError, source: str) -> None:
    assert source in str(exc)
    assert exc.line is None or exc.line >= 1


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
@FUZZ
@given(text=TEXT)
def test_loads_never_crashes(fmt: str, text: str) -> None:
    """Any text in any format parses completely or raises a TranscriptError with a line."""
    try:
        found = loads(text, fmt, source="fuzz-input")
    except TranscriptError as exc:
        _check_error(exc, "fuzz-input")
        assert exc.line is not None and exc.line >= 1
    else:
        _check_transcripts(found)


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
@FUZZ
@given(data=st.binary(max_size=2000))
def test_read_transcripts_survives_any_bytes(fmt: str, data: bytes, folder: Path) -> None:
    """Any bytes in a file parse completely or raise a TranscriptError naming the file."""
    path = folder / f"bytes{EXTENSIONS[fmt]}"
    path.write_bytes(data)
    try:
        found = read_transcripts(path)
    except TranscriptError as exc:
        _check_error(exc, str(path))
    else:
        _check_transcripts(found)


def _valid_file(fmt: str) -> bytes:
    t = Transcript(
        id="fuzz",
        persona="launch-engineer",
        rubric="one-on-one",
        turns=[
            Turn(speaker="employee", text="I'm fine, really."),
            Turn(speaker="manager", text='It sounds like a lot: "launch", <deadlines> & more.'),
            Turn(speaker="employee", text="It is.\nA lot."),
        ],
        metadata={"source": "fuzz", "n": [1, 2, {"k": None}]},
    )
    return dumps([t], fmt).encode("utf-8")


@st.composite
def _mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "duplicate"]))
        chunk = draw(st.binary(min_size=1, max_size=6) | SYNTAX.map(str.encode))
        if op == "insert":
            data[at:at] = chunk
        elif op == "delete":
            del data[at : at + len(chunk)]
        elif op == "replace":
            data[at : at + len(chunk)] = chunk
        else:
            data[at:at] = data[max(0, at - 40) : at]
    return bytes(data)


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f) for f in FORMATS])
@FUZZ
@given(data=st.data())
def test_mutated_valid_files(fmt: str, data: st.DataObject, folder: Path) -> None:
    """A valid file with a few bytes inserted, deleted or replaced parses completely or
    fails with a TranscriptError naming the file."""
    raw = data.draw(_mutated(_valid_file(fmt)))
    path = folder / f"mutated{EXTENSIONS[fmt]}"
    path.write_bytes(raw)
    try:
        found = read_transcripts(path)
    except TranscriptError as exc:
        _check_error(exc, str(path))
    else:
        _check_transcripts(found)


YAML_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | SAFE_TEXT
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(SAFE_TEXT, inner, max_size=4),
    max_leaves=20,
)


def _persona_yaml() -> str:
    return next(iter(catalog.yaml_files(catalog.search_dirs("personas")))).read_text()


def _rubric_yaml() -> str:
    return next(iter(catalog.yaml_files(catalog.search_dirs("rubrics")))).read_text()


MODELS: dict[str, tuple[type[Any], Callable[[], str]]] = {
    "persona": (Persona, _persona_yaml),
    "rubric": (Rubric, _rubric_yaml),
}


@pytest.mark.parametrize("kind", [pytest.param(k, id=k) for k in MODELS])
@FUZZ
@given(text=TEXT, value=YAML_VALUES, data=st.data())
def test_yaml_models_never_crash(
    kind: str, text: str, value: Any, data: st.DataObject, folder: Path
) -> None:
    """Persona and rubric files of fuzzed text, of random YAML values, or of a real file
    mutated, load or raise a RehearseError naming the file."""
    model, original = MODELS[kind]
    path = folder / f"{kind}.yaml"
    choice = data.draw(st.sampled_from(["text", "value", "mutated"]))
    if choice == "text":
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    elif choice == "value":
        path.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
    else:
        path.write_bytes(data.draw(_mutated(original().encode())))
    try:
        loaded = load_model(model, path)
    except RehearseError as exc:
        _check_error(exc, str(path))
    else:
        assert isinstance(loaded, model)


USERS_TOML = f'[users.alice]\npassword_hash = "{hash_password("pw", salt=b"0" * 16)}"\n'


@pytest.mark.parametrize("suffix", [pytest.param(s, id=s) for s in (".toml", ".yaml")])
@FUZZ
@given(data=st.data())
def test_users_file_never_crashes(suffix: str, data: st.DataObject, folder: Path) -> None:
    """The users file, fuzzed as text, bytes or a mutated valid file, loads or raises a
    RehearseError naming the file: a broken users file never stops the app with a trace."""
    path = folder / f"users{suffix}"
    valid = (
        USERS_TOML
        if suffix == ".toml"
        else yaml.safe_dump(
            {"users": {"alice": {"password_hash": hash_password("pw", salt=b"0" * 16)}}}
        )
    )
    raw = data.draw(
        st.one_of(
            TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.binary(max_size=500),
            _mutated(valid.encode()),
        )
    )
    path.write_bytes(raw)
    try:
        users = Users.from_file(path)
    except RehearseError as exc:
        _check_error(exc, str(path))
    else:
        assert len(users) >= 1
