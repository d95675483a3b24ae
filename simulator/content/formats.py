"""Reading and writing transcripts as JSON, JSONL, plain text, CSV and WebVTT.

What each format preserves. For every transcript ``t`` with at least one turn,
``loads(dumps([t], fmt), fmt) == [normalise(t, fmt)]``; ``normalise`` is the identity
exactly when ``t`` meets the restrictions listed for ``fmt``:

``json`` / ``jsonl``
    Everything: id, persona, rubric, turns and metadata. Metadata must be JSON values
    (string keys, finite floats); other values go through pydantic's JSON mode.
``csv``
    Columns ``transcript_id,persona,rubric,speaker,text``; speakers, texts and ids exactly
    (the csv module quotes commas, quotes and line breaks). An empty persona/rubric cell
    reads as ``None``, so ``""`` becomes ``None``. No metadata. Rows are grouped into
    transcripts by ``transcript_id``; several transcripts per file are fine.
``txt``
    ``# id: ...``, ``# persona: ...``, ``# rubric: ...`` headers, then one ``Name: text``
    line per turn; a multi-line text is written as indented continuation lines. Texts and
    header values are *flattened* (:func:`flatten`): split at CR, LF or CRLF, each piece
    stripped, blank pieces dropped, the rest joined by one space. So a value survives
    exactly iff it holds no CR/LF and ``value == value.strip()``. No metadata; one
    transcript per file.
``vtt``
    As ``txt`` (flattened texts and header values, no metadata, one transcript), with the
    fields in a ``NOTE rehearse`` block and one cue per turn, ``<v Manager>text</v>``.
    ``&``, ``<`` and ``>`` are written as entities, so texts may hold ``-->`` or tags.

Reading is lenient where people write files by hand: speaker aliases (:data:`DEFAULT_SPEAKERS`
plus a ``speakers`` mapping), unindented continuation lines and ``#`` comment lines in txt
(a line is a turn when it starts ``Name:``, a name being a letter then up to 39 letters,
digits, spaces or ``.'-_``), extra CSV columns, and WebVTT cue identifiers, settings,
NOTE/STYLE blocks, other cue tags and entities. It is strict otherwise: every problem is a
:class:`TranscriptError` naming the file, the 1-based line and a fix, and no
half-parsed transcript is ever returned.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import functools
import html
import io
import json
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from simulator.content._yamlfile import field_message, format_loc, line_for
from simulator.content.transcript import SPEAKERS, Speaker, Transcript, Turn
from simulator.errors import TranscriptError

__all__ = [
    "DEFAULT_SPEAKERS",
    "FORMATS",
    "MAX_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_TURN_CHARS",
    "detect_format",
    "dumps",
    "flatten",
    "loads",
    "normalise",
    "parse_speaker_map",
    "read_transcript",
    "read_transcripts",
    "spoken_turns",
    "write_transcripts",
]

FORMATS = ("json", "jsonl", "txt", "csv", "vtt")
MAX_BYTES = 20 * 1024 * 1024
MAX_TURN_CHARS = 100_000
"""Longest turn text read from a file: a turn is what one person says, not a book."""
MAX_JSON_DEPTH = 64
"""Deepest JSON nesting read (a transcript needs four levels; metadata gets the rest)."""
EXTENSIONS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "txt",
    ".csv": "csv",
    ".vtt": "vtt",
}
DEFAULT_SPEAKERS: dict[str, Speaker] = {
    "manager": "manager",
    "employee": "employee",
    "m": "manager",
    "e": "employee",
    "therapist": "manager",
    "client": "employee",
}
"""Speaker names every reader understands (matched case-insensitively)."""

_DISPLAY = {"manager": "Manager", "employee": "Employee"}
_FIELDS = ("id", "persona", "rubric")
_CSV_COLUMNS = ("transcript_id", "persona", "rubric", "speaker", "text")
_VTT_CUE_MS = 4000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A name starts with a letter so "10:30" or "-> note" never pass for a speaker.
_NAME_LINE = re.compile(r"([^\W\d_][\w.'’ -]{0,39}):(.*)")
_TXT_HEADER = re.compile(r"#\s*(id|persona|rubric)\s*:(.*)", re.IGNORECASE)
_TS = r"(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}"
_VTT_TIMING = re.compile(rf"{_TS}[ \t]+-->[ \t]+{_TS}(?:[ \t].*)?")
# No "<" inside a tag: besides being invalid, it keeps matching linear on a line of
# unclosed "<"s (with [^>]* each "<" would rescan to the end of the cue).
_VTT_VOICE = re.compile(r"<v(?:\.[^\s<>]*)?[ \t]+([^<>]*)>")
_VTT_TAG = re.compile(r"<[^<>]*>")
_JSON_WS = re.compile(r"[ \t\n\r]*")
_SPEAKER_HINT = 'map it with a speaker option, e.g. --speaker "{name}=manager" or "{name}=employee"'
_NO_TURNS_HINT = {
    "json": 'add at least one {"speaker": "manager", "text": "..."} turn',
    "jsonl": 'add at least one {"speaker": "manager", "text": "..."} turn',
    "txt": "write one 'Name: utterance' line per turn",
    "csv": "add one row per turn below the speaker,text header",
    "vtt": "add cues such as '00:00:00.000 --> 00:00:04.000' then '<v Manager>text</v>'",
}


def flatten(text: str) -> str:
    """The one-line form txt and vtt give back: pieces between line breaks, stripped, joined."""
    return " ".join(_pieces(text))


def _pieces(text: str) -> list[str]:
    return [p for p in (piece.strip() for piece in _LINE_BREAK.split(text)) if p]


def parse_speaker_map(items: Iterable[str]) -> dict[str, Speaker]:
    """Parse ``NAME=manager`` / ``NAME=employee`` options into a speaker mapping."""
    pairs = {}
    for item in items:
        name, sep, role = item.partition("=")
        if not sep:
            raise _bad_mapping(item)
        pairs[name] = role
    return _speaker_table(pairs, base={})


def _bad_mapping(item: str) -> TranscriptError:
    return TranscriptError(
        f"bad speaker mapping {item!r}",
        hint='write NAME=manager or NAME=employee, e.g. --speaker "Alex=manager"',
    )


def _speaker_table(
    speakers: Mapping[str, str] | None, base: Mapping[str, Speaker] = DEFAULT_SPEAKERS
) -> dict[str, Speaker]:
    table = dict(base)
    for name, role in (speakers or {}).items():
        key, value = name.strip().casefold(), role.strip().casefold()
        if not key or value not in SPEAKERS:
            raise _bad_mapping(f"{name}={role}")
        table[key] = value
    return table


@dataclass(frozen=True)
class _Ctx:
    """Where the text came from and how to read names, shared by every parser."""

    source: str
    fmt: str
    speakers: dict[str, Speaker]
    default_id: str

    def error(
        self, message: str, line: int | None, field: str | None = None, hint: str | None = None
    ) -> TranscriptError:
        return TranscriptError(message, path=self.source, line=line, field=field, hint=hint)

    def speaker(self, name: str, line: int) -> Speaker:
        name = name.strip()
        if not name:
            raise self.error(
                "speaker is missing", line, "speaker", hint="write manager or employee"
            )
        role = self.speakers.get(name.casefold())
        if role is None:
            known = ", ".join(sorted(self.speakers))
            hint = _SPEAKER_HINT.format(name=name) + f"; known names: {known}"
            raise self.error(f"unknown speaker {name!r}", line, hint=hint)
        return role

    def turn(self, speaker: Speaker, text: str, line: int) -> Turn:
        if len(text) > MAX_TURN_CHARS:
            raise self.error(
                f"turn is {len(text)} characters, over the {MAX_TURN_CHARS} limit",
                line,
                "text",
                hint="is the file missing line breaks between turns?",
            )
        try:
            return Turn(speaker=speaker, text=text)
        except ValidationError as exc:
            raise self.error(field_message(exc.errors()[0]), line, "text") from exc


@dataclass
class _Draft:
    """A transcript being assembled; only :func:`_finish` turns it into a model."""

    line: int = 1
    fields: dict[str, str] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)

    def set(self, name: str, value: str, line: int) -> None:
        self.fields[name] = value
        self.field_lines[name] = line


def _finish(draft: _Draft, ctx: _Ctx) -> Transcript:
    if not draft.turns:
        raise ctx.error("no turns found", draft.line, hint=_NO_TURNS_HINT[ctx.fmt])
    try:
        return Transcript(
            id=draft.fields.get("id", ctx.default_id),
            persona=draft.fields.get("persona"),
            rubric=draft.fields.get("rubric"),
            turns=draft.turns,
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else "id"
        raise ctx.error(field_message(err), draft.field_lines.get(name, draft.line), name) from exc


# --- JSON and JSONL -------------------------------------------------------------------


def _json_lines(text: str) -> dict[tuple[Any, ...], int]:
    """Map the path of every value in valid JSON ``text`` to the line it starts on."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    out: dict[tuple[Any, ...], int] = {}
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        return cast(re.Match[str], _JSON_WS.match(text, i)).end()

    def walk(i: int, path: tuple[Any, ...]) -> int:
        i = skip(i)
        out[path] = bisect.bisect_left(breaks, i) + 1
        opener = text[i]
        if opener not in "{[":
            return int(decoder.raw_decode(text, i)[1])
        close = "}" if opener == "{" else "]"
        i, n = skip(i + 1), 0
        if text[i] == close:
            return i + 1
        while True:
            if opener == "{":
                key, i = decoder.raw_decode(text, skip(i))
                i = walk(skip(i) + 1, (*path, key))
            else:
                i, n = walk(i, (*path, n)), n + 1
            i = skip(i)
            if text[i] == close:
                return i + 1
            i += 1

    # Only called on text json.loads accepted; deep nesting merely loses precision.
    with contextlib.suppress(RecursionError, IndexError, ValueError):
        walk(0, ())
    return out


def _from_object(
    obj: Any, ctx: _Ctx, line_of: Callable[[tuple[Any, ...]], int], prefix: tuple[Any, ...] = ()
) -> Transcript:
    if not isinstance(obj, dict):
        raise ctx.error(
            f"expected a transcript object, got {type(obj).__name__}",
            line_of(prefix),
            format_loc(prefix) if prefix else None,
            hint='write {"id": "...", "turns": [{"speaker": "manager", "text": "..."}]}',
        )
    try:
        transcript = Transcript.model_validate(obj)
    except ValidationError as exc:
        errors = exc.errors()
        loc = (*prefix, *errors[0]["loc"])
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        hint = "allowed fields are id, persona, rubric, turns, metadata; turns hold speaker, text"
        if errors[0]["type"] == "literal_error":
            more = f", got {errors[0]['input']!r}{more}"
            hint = "name mappings (--speaker) apply to txt, csv and vtt; JSON needs the role"
        raise ctx.error(
            field_message(errors[0]) + more, line_of(loc), format_loc(loc), hint
        ) from exc
    if not transcript.turns:
        loc = (*prefix, "turns")
        raise ctx.error("no turns found", line_of(loc), format_loc(loc), _NO_TURNS_HINT["json"])
    for name in _FIELDS:
        if "\x00" in (getattr(transcript, name) or ""):
            loc = (*prefix, name)
            raise ctx.error("contains a NUL character", line_of(loc), format_loc(loc))
    for i, turn in enumerate(transcript.turns):
        if len(turn.text) > MAX_TURN_CHARS:
            loc = (*prefix, "turns", i, "text")
            raise ctx.error(
                f"turn is {len(turn.text)} characters, over the {MAX_TURN_CHARS} limit",
                line_of(loc),
                format_loc(loc),
            )
    return transcript


def _depth(value: Any) -> int:
    """How deeply ``value`` nests lists and objects, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _too_deep(ctx: _Ctx, line: int) -> TranscriptError:
    return ctx.error(
        f"JSON is nested more than {MAX_JSON_DEPTH} levels deep",
        line,
        hint="a transcript is an object with a list of turns; keep metadata shallow",
    )


def _bad_json(ctx: _Ctx, exc: json.JSONDecodeError, line: int, hint: str) -> TranscriptError:
    return ctx.error(f"invalid JSON: {exc.msg} at column {exc.colno}", line, hint=hint)


def _load_json(text: str, ctx: _Ctx) -> list[Transcript]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = "look for a missing comma, quote or bracket on or just before that line"
        raise _bad_json(ctx, exc, exc.lineno, hint) from exc
    except RecursionError as exc:
        raise _too_deep(ctx, 1) from exc
    if _depth(data) > MAX_JSON_DEPTH:
        raise _too_deep(ctx, 1)
    lines = functools.cache(lambda: _json_lines(text))

    def line_of(loc: tuple[Any, ...]) -> int:
        return line_for(loc, lines()) or 1

    if not isinstance(data, list):
        return [_from_object(data, ctx, line_of)]
    if not data:
        raise ctx.error("the JSON array holds no transcripts", 1, hint="add transcript objects")
    return [_from_object(item, ctx, line_of, (i,)) for i, item in enumerate(data)]


def _load_jsonl(text: str, ctx: _Ctx) -> list[Transcript]:
    out = []
    # Only LF ends a record: JSON escapes CR and LF in strings, other breaks may be raw.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _bad_json(ctx, exc, lineno, "each line must hold one whole JSON object") from exc
        except RecursionError as exc:
            raise _too_deep(ctx, lineno) from exc
        if _depth(obj) > MAX_JSON_DEPTH:
            raise _too_deep(ctx, lineno)
        out.append(_from_object(obj, ctx, _at_line(lineno)))
    return out


def _at_line(lineno: int) -> Callable[[tuple[Any, ...]], int]:
    """A ``line_of`` for a JSONL record: everything in it is on its one line."""

    def line_of(_loc: tuple[Any, ...]) -> int:
        return lineno

    return line_of


def _json_object(transcript: Transcript) -> dict[str, Any]:
    try:
        return transcript.model_dump(mode="json")
    except PydanticSerializationError as exc:
        raise TranscriptError(
            f"transcript {transcript.id!r} cannot be written as JSON: {exc}",
            field="metadata",
            hint="keep metadata to strings, numbers, booleans, null, lists and objects",
        ) from exc


def _dump_json(items: list[Transcript]) -> str:
    objects = [_json_object(t) for t in items]
    return json.dumps(objects[0] if len(objects) == 1 else objects, ensure_ascii=False, indent=2)


def _dump_jsonl(items: list[Transcript]) -> str:
    return "".join(json.dumps(_json_object(t), ensure_ascii=False) + "\n" for t in items)


# --- Plain text -----------------------------------------------------------------------


def _load_txt(text: str, ctx: _Ctx) -> list[Transcript]:
    draft = _Draft()
    parts: list[str] = []  # pieces of the utterance being read
    current: tuple[Speaker, int] | None = None

    def close() -> None:
        if current is not None:
            draft.turns.append(ctx.turn(current[0], " ".join(p for p in parts if p), current[1]))

    for lineno, line in enumerate(_LINE_BREAK.split(text), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if header := _TXT_HEADER.fullmatch(line):
                draft.set(header[1].casefold(), header[2].strip(), lineno)
            continue
        named = None if line[0].isspace() else _NAME_LINE.match(line)
        if named:
            close()
            current, parts = (ctx.speaker(named[1], lineno), lineno), [named[2].strip()]
        elif current is None:
            raise ctx.error(
                "text before the first speaker line",
                lineno,
                hint="start each utterance with 'Name: ', e.g. 'Manager: Thanks for coming'",
            )
        else:
            parts.append(line.strip())
    close()
    return [_finish(draft, ctx)]


def _one_line_fields(t: Transcript) -> list[tuple[str, str]]:
    values = [(name, getattr(t, name)) for name in _FIELDS]
    out = [(name, flatten(value)) for name, value in values if value is not None]
    if not out[0][1]:
        raise TranscriptError(
            f"transcript id {t.id!r} is blank once put on one line", hint="use a visible id"
        )
    return out


def _dump_txt(items: list[Transcript]) -> str:
    t = items[0]
    out = [f"# {name}: {value}".rstrip() for name, value in _one_line_fields(t)]
    out.append("")
    for turn in t.turns:
        pieces = _pieces(turn.text)
        out.append(f"{_DISPLAY[turn.speaker]}: {pieces[0] if pieces else ''}".rstrip())
        # Indented, so a continuation that looks like "Name: ..." or "# ..." stays text.
        out.extend(f"  {piece}" for piece in pieces[1:])
    return "\n".join(out) + "\n"


# --- CSV ------------------------------------------------------------------------------


def _load_csv(text: str, ctx: _Ctx) -> list[Transcript]:
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: dict[str, int] | None = None
    width = 0
    drafts: dict[str, _Draft] = {}
    end = 0
    try:
        for row in reader:
            line, end = end + 1, reader.line_num  # a quoted cell may span several lines
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                header = [cell.strip().casefold() for cell in row]
                missing = [name for name in ("speaker", "text") if name not in header]
                if missing:
                    raise ctx.error(
                        f"CSV header lacks the column(s) {', '.join(missing)}",
                        line,
                        hint="the first row must name the columns, e.g. speaker,text",
                    )
                columns = {name: header.index(name) for name in _CSV_COLUMNS if name in header}
                width = len(header)
                continue
            if len(row) != width:
                raise ctx.error(
                    f"row has {len(row)} cells but the header has {width}",
                    line,
                    hint="quote cells that contain commas, quotes or line breaks",
                )
            cells = {name: row[i] for name, i in columns.items()}
            key = cells.get("transcript_id") or ctx.default_id
            if key not in drafts:
                drafts[key] = _Draft(line=line)
                drafts[key].set("id", key, line)
            draft = drafts[key]
            for name in ("persona", "rubric"):
                value = cells.get(name)
                if value and draft.fields.setdefault(name, value) != value:
                    raise ctx.error(
                        f"{value!r} differs from {draft.fields[name]!r} given earlier for {key!r}",
                        line,
                        name,
                        hint="give every row of a transcript the same value, or leave it empty",
                    )
                if value:
                    draft.field_lines.setdefault(name, line)
            speaker = ctx.speaker(cells["speaker"], line)
            draft.turns.append(ctx.turn(speaker, cells["text"], line))
    except csv.Error as exc:
        raise ctx.error(f"CSV syntax error: {exc}", reader.line_num or 1) from exc
    if not drafts:
        raise ctx.error("no turns found", 1, hint=_NO_TURNS_HINT["csv"])
    return [_finish(d, ctx) for d in drafts.values()]


def _dump_csv(items: list[Transcript]) -> str:
    ids = [t.id for t in items]
    if len(set(ids)) != len(ids):
        raise TranscriptError(
            "two transcripts share an id, so their rows would merge",
            hint="give each transcript its own id, or write them to .jsonl",
        )
    buf = io.StringIO()
    # CRLF rows: with a bare LF terminator Python 3.11 leaves a lone CR in a cell unquoted.
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for t in items:
        for turn in t.turns:
            writer.writerow([t.id, t.persona or "", t.rubric or "", turn.speaker, turn.text])
    return buf.getvalue()


# --- WebVTT ---------------------------------------------------------------------------


def _vtt_blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield each run of non-blank lines after the header, with its first line number."""
    i = 1
    # Header lines run to the first blank line, unless a cue starts without one.
    while i < len(lines) and lines[i].strip() and "-->" not in lines[i]:
        i += 1
    block: list[str] = []
    for lineno, line in enumerate(lines[i:], i + 1):
        if line.strip():
            block.append(line)
        elif block:
            yield lineno - len(block), block
            block = []
    if block:
        yield len(lines) + 1 - len(block), block


def _vtt_plain(fragment: str) -> str:
    return html.unescape(_VTT_TAG.sub("", fragment)).strip()


def _vtt_turns(cue: str, ctx: _Ctx, line: int) -> list[Turn]:
    voices = list(_VTT_VOICE.finditer(cue))
    if not voices:
        plain = _vtt_plain(cue)
        named = _NAME_LINE.match(plain)
        if not named:
            raise ctx.error(
                "cue has no speaker",
                line,
                hint="start the cue text with a voice tag like <v Manager> or with 'Manager: '",
            )
        return [ctx.turn(ctx.speaker(named[1], line), named[2].strip(), line)]
    turns = []
    lead = _vtt_plain(cue[: voices[0].start()])
    for k, voice in enumerate(voices):
        stop = voices[k + 1].start() if k + 1 < len(voices) else len(cue)
        text = " ".join(p for p in (lead, _vtt_plain(cue[voice.end() : stop])) if p)
        turns.append(ctx.turn(ctx.speaker(html.unescape(voice[1]), line), text, line))
        lead = ""
    return turns


def _load_vtt(text: str, ctx: _Ctx) -> list[Transcript]:
    lines = _LINE_BREAK.split(text)
    if not re.fullmatch(r"WEBVTT(?:[ \t].*)?", lines[0]):
        raise ctx.error(
            "missing the WEBVTT header", 1, hint="a WebVTT file must start with a line 'WEBVTT'"
        )
    draft = _Draft()
    for start, block in _vtt_blocks(lines):
        head = block[0].split(maxsplit=1)
        if head and head[0] in ("NOTE", "STYLE", "REGION"):
            if block[0].split() == ["NOTE", "rehearse"]:
                for offset, entry in enumerate(block[1:], 1):
                    key, sep, value = entry.partition(":")
                    if sep and key.strip().casefold() in _FIELDS:
                        value = html.unescape(value).strip()
                        draft.set(key.strip().casefold(), value, start + offset)
            continue
        timing = 0 if "-->" in block[0] else 1  # otherwise the first line is a cue identifier
        if timing >= len(block) or "-->" not in block[timing]:
            raise ctx.error(
                "cue has no timestamp line",
                start,
                hint="each cue needs a line like 00:00:01.000 --> 00:00:04.000",
            )
        if not _VTT_TIMING.fullmatch(block[timing].strip()):
            raise ctx.error(
                f"bad timestamp line {block[timing].strip()!r}",
                start + timing,
                hint="write HH:MM:SS.mmm --> HH:MM:SS.mmm, e.g. 00:00:01.000 --> 00:00:04.000",
            )
        body = block[timing + 1 :]
        if body:  # an empty cue says nothing, so it is no turn
            cue = " ".join(line.strip() for line in body)
            draft.turns.extend(_vtt_turns(cue, ctx, start + timing + 1))
    return [_finish(draft, ctx)]


def _timestamp(ms: int) -> str:
    seconds, ms = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{ms:03d}"


def _dump_vtt(items: list[Transcript]) -> str:
    t = items[0]
    out = ["WEBVTT", "", "NOTE rehearse"]
    out += [
        f"{name}: {html.escape(value, quote=False)}".rstrip() for name, value in _one_line_fields(t)
    ]
    for n, turn in enumerate(t.turns):
        start, end = _timestamp(n * _VTT_CUE_MS), _timestamp((n + 1) * _VTT_CUE_MS)
        text = html.escape(flatten(turn.text), quote=False)
        out += ["", str(n + 1), f"{start} --> {end}", f"<v {_DISPLAY[turn.speaker]}>{text}</v>"]
    return "\n".join(out) + "\n"


# --- Public API -----------------------------------------------------------------------

_LOADERS: dict[str, Callable[[str, _Ctx], list[Transcript]]] = {
    "json": _load_json,
    "jsonl": _load_jsonl,
    "txt": _load_txt,
    "csv": _load_csv,
    "vtt": _load_vtt,
}
_DUMPERS: dict[str, Callable[[list[Transcript]], str]] = {
    "json": _dump_json,
    "jsonl": _dump_jsonl,
    "txt": _dump_txt,
    "csv": _dump_csv,
    "vtt": _dump_vtt,
}


def _check_format(fmt: str, path: str | None = None) -> str:
    if fmt not in FORMATS:
        raise TranscriptError(
            f"unknown transcript format {fmt!r}", path=path, hint=f"use one of {', '.join(FORMATS)}"
        )
    return fmt


def detect_format(path: str | Path) -> str:
    """The format named by ``path``'s extension (.json .jsonl .ndjson .txt .csv .vtt)."""
    fmt = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt is None:
        raise TranscriptError(
            "cannot tell the transcript format from the file extension",
            path=path,
            hint=f"name it {' '.join(EXTENSIONS)} or pass the format (--format)",
        )
    return fmt


def loads(
    text: str,
    fmt: str,
    *,
    source: str = "<string>",
    speakers: Mapping[str, str] | None = None,
    default_id: str | None = None,
) -> list[Transcript]:
    """Parse ``text`` in ``fmt``; errors name ``source`` and the line.

    ``speakers`` maps extra names (case-insensitive) to ``"manager"``/``"employee"`` for
    txt, csv and vtt; ``default_id`` is the id of a transcript whose format gives none.
    """
    _check_format(fmt, source)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise TranscriptError(
            "file is empty", path=source, line=1, hint=f"it should hold a {fmt} transcript"
        )
    if (nul := text.find("\x00")) >= 0:
        line_start = max(text.rfind("\n", 0, nul), text.rfind("\r", 0, nul)) + 1
        raise TranscriptError(
            f"NUL character in the text at column {nul - line_start + 1}",
            path=source,
            line=len(_LINE_BREAK.findall(text, 0, nul)) + 1,
            hint="is this a binary file? a transcript is UTF-8 text",
        )
    # File stems may exceed the id limit; a truncated default beats an error about a name.
    ctx = _Ctx(source, fmt, _speaker_table(speakers), (default_id or "transcript")[:200])
    return _LOADERS[fmt](text, ctx)


def dumps(transcripts: Sequence[Transcript], fmt: str) -> str:
    """Serialise ``transcripts`` as ``fmt``; txt and vtt hold exactly one transcript."""
    _check_format(fmt)
    items = list(transcripts)
    if not items:
        raise TranscriptError("no transcripts to write", hint="pass at least one transcript")
    for t in items:
        if not t.turns:
            raise TranscriptError(
                f"transcript {t.id!r} has no turns", hint="readers reject transcripts without turns"
            )
    if fmt in ("txt", "vtt") and len(items) > 1:
        raise TranscriptError(
            f"a {fmt} file holds one transcript, not {len(items)}",
            hint="write several transcripts to .jsonl (or .json, .csv), or one file each",
        )
    return _DUMPERS[fmt](items)


def normalise(transcript: Transcript, fmt: str) -> Transcript:
    """The transcript a round trip through ``fmt`` gives back (see the module docstring)."""
    _check_format(fmt)
    if fmt in ("json", "jsonl"):
        return Transcript.model_validate(transcript.model_dump(mode="json"))
    if fmt == "csv":
        return Transcript(
            id=transcript.id,
            persona=transcript.persona or None,
            rubric=transcript.rubric or None,
            turns=transcript.turns,
        )
    return Transcript(
        id=flatten(transcript.id),
        persona=None if transcript.persona is None else flatten(transcript.persona),
        rubric=None if transcript.rubric is None else flatten(transcript.rubric),
        turns=[Turn(speaker=t.speaker, text=flatten(t.text)) for t in transcript.turns],
    )


def _too_big(source: str | Path, size: str, max_bytes: int) -> TranscriptError:
    return TranscriptError(
        f"file is {size} bytes, over the {max_bytes}-byte limit",
        path=source,
        hint="split it, or raise the limit with read_transcripts(..., max_bytes=N)",
    )


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes, read in chunks: ``read(limit)`` would allocate all of ``limit``
    up front, 20 MB for every small upload."""
    chunks, total = [], 0
    while total < limit and (chunk := handle.read(min(1 << 20, limit - total))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_big(path, str(size), max_bytes)
        with path.open("rb") as handle:
            return _read_at_most(handle, max_bytes + 1)  # special files report size 0
    except FileNotFoundError as exc:
        raise TranscriptError("file not found", path=path, hint="check the path") from exc
    except OSError as exc:
        raise TranscriptError(f"cannot read file: {exc.strerror}", path=path) from exc


_WIDE_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}


def _decode(raw: bytes, source: str) -> str:
    for bom, name in _WIDE_BOMS.items():
        if raw.startswith(bom):
            raise TranscriptError(
                f"file is {name}, not UTF-8",
                path=source,
                line=1,
                hint=f"save it as UTF-8, e.g. iconv -f {name} -t UTF-8 in.txt > out.txt",
            )
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        raise TranscriptError(
            f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at column {exc.start - line_start + 1}",
            path=source,
            line=raw.count(b"\n", 0, exc.start) + 1,
            hint="save the file as UTF-8, e.g. iconv -f cp1252 -t utf-8 in.txt > out.txt",
        ) from exc


def read_transcripts(
    path: str | Path,
    *,
    fmt: str | None = None,
    speakers: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[Transcript]:
    """Read every transcript in ``path`` (``"-"`` is standard input; then ``fmt`` is needed).

    The format comes from the extension unless ``fmt`` is given; a transcript without an id
    takes the file stem. Files over ``max_bytes`` are refused before they are read.
    """
    if str(path) == "-":
        source, default_id = "<stdin>", "stdin"
        if fmt is None:
            raise TranscriptError(
                "cannot tell the format of standard input",
                path=source,
                hint=f"pass the format (--format), one of {', '.join(FORMATS)}",
            )
        raw = _read_at_most(sys.stdin.buffer, max_bytes + 1)
    else:
        source, default_id = str(path), Path(path).stem
        fmt = _check_format(fmt, source) if fmt else detect_format(path)
        raw = _read_bytes(Path(path), max_bytes)
    if len(raw) > max_bytes:
        raise _too_big(source, f"more than {max_bytes}", max_bytes)
    text = _decode(raw, source)
    return loads(text, fmt, source=source, speakers=speakers, default_id=default_id)


def read_transcript(
    path: str | Path,
    *,
    fmt: str | None = None,
    speakers: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Transcript:
    """Read a file that must hold exactly one transcript."""
    found = read_transcripts(path, fmt=fmt, speakers=speakers, max_bytes=max_bytes)
    if len(found) != 1:
        raise TranscriptError(
            f"expected one transcript, found {len(found)}",
            path="<stdin>" if str(path) == "-" else path,
            hint="split the file, or use a command that takes several transcripts",
        )
    return found[0]


@dataclass(frozen=True)
class _Naming(_Ctx):
    """Reads every speaker name as it stands, remembering it, instead of mapping it."""

    names: list[str] = field(default_factory=list)

    def speaker(self, name: str, line: int) -> Speaker:
        if not name.strip():
            return super().speaker(name, line)  # the usual "speaker is missing" error
        self.names.append(name.strip())
        return "manager"


def spoken_turns(path: str | Path, *, max_bytes: int = MAX_BYTES) -> list[tuple[str, str]]:
    """Each turn of a txt, csv or vtt file as ``(speaker name as written, text)``, in order.

    No name is refused, so a caller can ask who is who ("Alex" or "Sam"?) and then read the
    file with that ``speakers`` mapping. JSON formats name roles, not people: they give
    ``[]``. Other problems raise :class:`TranscriptError` as :func:`read_transcripts` does.
    """
    fmt = detect_format(path)
    if fmt in ("json", "jsonl"):
        return []
    source = str(path)
    raw = _read_bytes(Path(path), max_bytes)
    if len(raw) > max_bytes:
        raise _too_big(source, f"more than {max_bytes}", max_bytes)
    text = _decode(raw, source).removeprefix("\ufeff")
    if not text.strip():
        raise TranscriptError(
            "file is empty", path=source, line=1, hint=f"it should hold a {fmt} transcript"
        )
    ctx = _Naming(source, fmt, {}, Path(path).stem[:200] or "transcript")
    found = _LOADERS[fmt](text, ctx)
    turns = [turn for t in found for turn in t.turns]
    return list(zip(ctx.names, (turn.text for turn in turns), strict=True))


def write_transcripts(
    transcripts: Sequence[Transcript], path: str | Path, fmt: str | None = None
) -> None:
    """Write ``transcripts`` to ``path`` (``"-"`` is standard output) all at once.

    The data goes to a temporary file in the same folder that then replaces ``path``, so
    readers see the old file or the new one, never half of one.
    """
    if str(path) == "-":
        if fmt is None:
            raise TranscriptError(
                "cannot tell the format for standard output",
                path="<stdout>",
                hint=f"pass the format (--format), one of {', '.join(FORMATS)}",
            )
        sys.stdout.write(dumps(transcripts, fmt))
        return
    target = Path(path)
    fmt = _check_format(fmt, str(path)) if fmt else detect_format(target)
    try:
        data = dumps(transcripts, fmt).encode("utf-8")
    except TranscriptError as exc:  # dumps knows no file name; the user needs it
        raise TranscriptError(exc.message, path=target, field=exc.field, hint=exc.hint) from exc
    except UnicodeEncodeError as exc:
        raise TranscriptError(
            "text holds characters UTF-8 cannot store (lone surrogates)",
            path=target,
            hint="clean the text, e.g. str.encode('utf-8', 'replace')",
        ) from exc
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    created = False
    try:
        # 0o666 lets the umask decide, as a plain open() would; mkstemp would force 0o600.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except BaseException as exc:
        if created:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):
            raise TranscriptError(f"cannot write file: {exc.strerror}", path=target) from exc
        raise
