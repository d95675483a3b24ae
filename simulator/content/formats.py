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

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from simulator._files import write_atomic
from simulator.content._formats_base import (
    _LINE_BREAK,
    DEFAULT_SPEAKERS,
    EXTENSIONS,
    FORMATS,
    MAX_BYTES,
    MAX_JSON_DEPTH,
    MAX_TURN_CHARS,
    _Ctx,
    _speaker_table,
    flatten,
    parse_speaker_map,
)
from simulator.content._formats_json import (
    _dump_json,
    _dump_jsonl,
    _load_json,
    _load_jsonl,
)
from simulator.content._formats_lines import (
    _dump_csv,
    _dump_txt,
    _dump_vtt,
    _load_csv,
    _load_txt,
    _load_vtt,
)
from simulator.content.transcript import Speaker, Transcript, Turn
from simulator.errors import TranscriptError

__all__ = [
    "DEFAULT_SPEAKERS",
    "EXTENSIONS",
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


def _prepared(text: str, fmt: str, source: str) -> str:
    """``text`` without a BOM, refused if it is empty or holds a NUL (a binary file)."""
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
    return text


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
    text = _prepared(text, fmt, source)
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
    text = _prepared(_decode(raw, source), fmt, source)
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
    try:
        write_atomic(target, data, keep_mode=True)
    except OSError as exc:
        raise TranscriptError(f"cannot write file: {exc.strerror}", path=target) from exc
