"""What every transcript format shares: limits, speaker names, and the parse context that
turns problems into errors naming the file and line. See :mod:`simulator.content.formats`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pydantic import ValidationError

from simulator.content._yamlfile import field_message
from simulator.content.transcript import SPEAKERS, Speaker, Transcript, Turn
from simulator.errors import TranscriptError

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
