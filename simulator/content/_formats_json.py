"""JSON and JSON Lines transcripts (see :mod:`simulator.content.formats` for what they keep)."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import re
from collections.abc import Callable
from typing import Any, cast

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from simulator.content._formats_base import (
    _FIELDS,
    _JSON_WS,
    _NO_TURNS_HINT,
    MAX_JSON_DEPTH,
    MAX_TURN_CHARS,
    _Ctx,
)
from simulator.content._yamlfile import field_message, format_loc, line_for
from simulator.content.transcript import Transcript
from simulator.errors import TranscriptError

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
