"""Line-oriented transcripts: plain text, CSV and WebVTT (see :mod:`simulator.content.formats`)."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator

from simulator.content._formats_base import (
    _CSV_COLUMNS,
    _DISPLAY,
    _FIELDS,
    _LINE_BREAK,
    _NAME_LINE,
    _NO_TURNS_HINT,
    _TXT_HEADER,
    _VTT_CUE_MS,
    _VTT_TAG,
    _VTT_TIMING,
    _VTT_VOICE,
    _Ctx,
    _Draft,
    _finish,
    _pieces,
    flatten,
)
from simulator.content.transcript import Speaker, Transcript, Turn
from simulator.errors import TranscriptError

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
