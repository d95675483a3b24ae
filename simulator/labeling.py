"""Label manager utterances in bulk: JSON Lines in, moves and cues out.

Each input line is one record::

    {"id": "u1", "text": "So what would help most this week?", "prev": "I'm swamped."}

``prev`` (the employee's utterance just before, or ``null``) may be left out; other keys are
ignored, so records can carry extra data. Blank lines are skipped. Each record yields one
compact output line, in input order::

    {"id":"u1","moves":["open_question","resource_check"],"cues":{"open_question":"...",...}}

A malformed line (bad JSON, a missing or ill-typed field) is a
:class:`~simulator.errors.TranscriptError` naming the source, the line number, the field and
the record id when known. With ``on_error="raise"`` (the default) the first one stops the run;
with ``on_error="skip"`` each is passed to ``report`` and labelling goes on with the next line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

from simulator.errors import TranscriptError
from simulator.moves import detect

__all__ = ["RECORD_HINT", "label_lines"]

RECORD_HINT = 'each line must be a JSON object like {"id": "u1", "text": "...", "prev": null}'

_decode = json.JSONDecoder().decode
_encode = json.JSONEncoder(separators=(",", ":")).encode
# A JSON string literal, exactly as _encode writes one (ASCII-only, escaped).
_quote = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]
_QUOTED: dict[str, str] = {}  # move name -> its JSON literal


def _record(rid: str, moves: tuple[str, ...], cues: dict[str, str]) -> str | None:
    """``_encode({"id": rid, "moves": moves, "cues": cues})`` built directly (faster), for the
    usual shape of one cue per move; ``None`` for any other shape."""
    if len(cues) != len(moves):
        return None
    names = [_QUOTED.get(m) or _QUOTED.setdefault(m, _quote(m)) for m in moves]
    try:
        pairs = ",".join([f"{names[i]}:{_quote(cues[m])}" for i, m in enumerate(moves)])
    except KeyError:
        return None
    return f'{{"id":{_quote(rid)},"moves":[{",".join(names)}],"cues":{{{pairs}}}}}'


def _report_to_stderr(err: TranscriptError) -> None:
    print(err, file=sys.stderr)


def _parse(line: str, source: str, number: int) -> tuple[str, str, str | None]:
    """The (id, text, prev) of one record, or a TranscriptError saying what is wrong."""
    try:
        record = _decode(line)
    except ValueError as exc:  # json.JSONDecodeError, or a string the decoder rejects
        msg = getattr(exc, "msg", str(exc))
        col = getattr(exc, "colno", None)
        where = f" at column {col}" if col else ""
        raise TranscriptError(
            f"not valid JSON ({msg}{where})", path=source, line=number, hint=RECORD_HINT
        ) from None
    except RecursionError:
        raise TranscriptError(
            "JSON nested too deeply", path=source, line=number, hint=RECORD_HINT
        ) from None
    if not isinstance(record, dict):
        raise TranscriptError(
            f"expected a JSON object, got {type(record).__name__}",
            path=source,
            line=number,
            hint=RECORD_HINT,
        )
    rid = record.get("id")
    if not isinstance(rid, str) or not rid:
        got = "missing" if rid is None else f"got {json.dumps(rid)[:40]}"
        raise TranscriptError(
            f"must be a non-empty string ({got})",
            path=source,
            line=number,
            field="id",
            hint=RECORD_HINT,
        )
    text = record.get("text")
    if not isinstance(text, str):
        got = "missing" if text is None else f"got {type(text).__name__}"
        raise TranscriptError(
            f"must be a string ({got}) in record {rid!r}",
            path=source,
            line=number,
            field="text",
            hint=RECORD_HINT,
        )
    prev = record.get("prev")
    if prev is not None and not isinstance(prev, str):
        raise TranscriptError(
            f"must be a string or null (got {type(prev).__name__}) in record {rid!r}",
            path=source,
            line=number,
            field="prev",
            hint=RECORD_HINT,
        )
    return rid, text, prev


def label_lines(
    lines: Iterable[str],
    source: str = "<stdin>",
    *,
    on_error: Literal["raise", "skip"] = "raise",
    report: Callable[[TranscriptError], None] | None = None,
) -> Iterator[str]:
    """Yield one JSON line (no newline) per input record, in order.

    ``source`` names the input in error messages. ``on_error="raise"`` raises the first
    :class:`TranscriptError`; ``on_error="skip"`` hands each to ``report`` (default: print it to
    stderr) and continues, so the output has a line for every good record only.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    if report is None:
        report = _report_to_stderr
    skip = on_error == "skip"
    for number, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        try:
            rid, text, prev = _parse(line, source, number)
        except TranscriptError as err:
            if not skip:
                raise
            report(err)
            continue
        found = detect(text, prev)
        moves, cues = found.moves, found.cues
        yield _record(rid, moves, cues) or _encode({"id": rid, "moves": moves, "cues": cues})
