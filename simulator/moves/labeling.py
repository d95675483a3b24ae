"""Label manager utterances in bulk: JSON Lines in, moves and cues out.

Each input line is one record::

    {"id": "u1", "text": "So what would help most this week?", "prev": "I'm swamped."}

``prev`` (the employee's utterance just before, or ``null``) may be left out; other keys are
ignored, so records can carry extra data. Blank lines are skipped. Each record yields one
compact output line, in input order::

    {"id":"u1","moves":["open_question","resource_check"],"cues":{"open_question":"...",...}}

With ``prev`` only, moves are labelled by form (:func:`~simulator.moves.detector.detect`). An
optional ``history`` -- every earlier turn of the conversation, oldest first, as
``[{"speaker": "employee" | "manager", "text": "..."}, ...]`` -- turns on the context-aware
:func:`~simulator.moves.assessment.assess` (``prev`` is then ignored: the history holds it),
and the output line also says what the turn takes up::

    {"id":"u2","moves":[...],"cues":{...},"grounding":["no time"],"grounded":true,
     "formula_only":false,"misreflection":null,"repeat_of":null,"disguised_judgment":false,
     "parroted":null,"stuffed":false,"asked_again":false,"made_up":null,"adds_own":true,
     "counterweight":null,"tells_own":false,"slotted":false,"amplified":null}

``parroted`` holds the employee's words said back unchanged, their "I" or "my" kept (quoting
or parroting, which is not a reflection), or three or more fragments of theirs strung as
sentences of their own ("six months of coffees. hallam logistics. proposal stage"), else
null. ``stuffed`` says the turn is packed with coaching words (three or more of "appreciate",
"support", "resources", "obstacles", "wellbeing", "next step"...), which the scorer credits no
more than a formula.
``asked_again`` says every question of the turn was asked word for word before; ``made_up``
names what a reflection with none of their words brings in that they never mentioned (two
things, "jenkins and account", or two people or places, "marguerite and lisbon"), else null:
neither changes the moves, the scorer counts them.
``adds_own`` is false for a reflection that only says their words back or slots them into a
listening frame ("It sounds like the PR has really been weighing on you"), with nothing of the
manager's own: the scorer credits the third such turn and later ones as formulas.
``counterweight`` is the side of a double-sided reflection that takes up nothing of theirs
("..., and part of you always finds a way through"), else null: such a turn adds nothing of
the manager's own, and praise inside that side counts as generic. ``tells_own`` says a
sentence of the turn tells the manager's own story ("I went through a reorg just like that").
``slotted`` says the turn is a stock line with one phrase of theirs in it ("What's the hardest
part about the cron job for you?"), and ``amplified`` names a word of a reflection or sympathy
that makes things bigger than they said them ("unbearable", "furious"), else null: the scorer
credits the third such turn and later ones as formulas.

The moves are ``open_question``, ``closed_question``, ``reflection``, ``recognition``,
``sympathy`` (sympathy and validation: "I'm so sorry", "that sounds awful", "thank you for
telling me", "it makes sense you'd feel..."), ``resource_check``, ``next_step``, ``judgment``,
``advice``, ``information`` (facts, options, resources, how things work) and ``other``.

A malformed line (bad JSON, a missing or ill-typed field) is a
:class:`~simulator.errors.TranscriptError` naming the source, the line number, the field and
the record id when known. With ``on_error="raise"`` (the default) the first one stops the run;
with ``on_error="skip"`` each is passed to ``report`` and labelling goes on with the next line.
"""

from __future__ import annotations

import json
import operator
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Literal, TextIO

from simulator.errors import RehearseError, TranscriptError
from simulator.moves.assessment import Assessment, Speaker, assess
from simulator.moves.detector import detect
from simulator.moves.vocabulary import Move

__all__ = ["RECORD_HINT", "label_lines", "main", "run"]

RECORD_HINT = 'each line must be a JSON object like {"id": "u1", "text": "...", "prev": null}'
HISTORY_HINT = (
    'history must be a list of {"speaker": "employee" or "manager", "text": "..."}, oldest first'
)

_decoder = json.JSONDecoder()
_decode = _decoder.decode
_scan = _decoder.scan_once  # type: ignore[attr-defined]  # decode() minus its whitespace check
_encode = json.JSONEncoder(separators=(",", ":")).encode
# A JSON string literal, exactly as _encode writes one (ASCII-only, escaped).
_quote = json.encoder.encode_basestring_ascii
_add = operator.add

_SHAPES: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
"""Per tuple of moves: the output between the id and the first cue, and the key before each
cue. Keyed on moves, not text: detect returns its moves in MOVE_ORDER, so there are at most
2**9 entries, one per combination."""


def _shape(moves: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    names = [_quote(m) for m in moves]
    head = f',"moves":[{",".join(names)}],"cues":{{'
    return head, tuple(f"{',' if i else ''}{name}:" for i, name in enumerate(names))


def _record(rid: str, moves: tuple[Move, ...], cues: dict[Move, str]) -> str | None:
    """``_encode({"id": rid, "moves": moves, "cues": cues})`` built directly (faster), for the
    usual shape of one cue per move; ``None`` for any other shape."""
    if len(cues) != len(moves):
        return None
    shape = _SHAPES.get(moves)
    if shape is None:
        shape = _SHAPES[moves] = _shape(moves)
    head, keys = shape
    try:  # map() keeps the per-move work in C
        body = "".join(map(_add, keys, map(_quote, map(cues.__getitem__, moves))))
    except KeyError:
        return None
    return f'{{"id":{_quote(rid)}{head}{body}}}}}'


def _report_to_stderr(err: TranscriptError) -> None:
    print(err, file=sys.stderr)


def _parse(line: str, source: str, number: int) -> tuple[str, str, str | None]:
    """The (id, text, prev) of one record, or a TranscriptError saying what is wrong.

    ``history`` is checked separately (see :func:`_history`)."""
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


def _history(value: object, rid: str, source: str, number: int) -> list[tuple[Speaker, str]]:
    """A record's ``history`` as (speaker, text) pairs, or a TranscriptError saying why not."""
    if not isinstance(value, list):
        raise TranscriptError(
            f"must be a list (got {type(value).__name__}) in record {rid!r}",
            path=source,
            line=number,
            field="history",
            hint=HISTORY_HINT,
        )
    out: list[tuple[Speaker, str]] = []
    for i, turn in enumerate(value):
        speaker = turn.get("speaker") if isinstance(turn, dict) else None
        text = turn.get("text") if isinstance(turn, dict) else None
        if speaker not in ("employee", "manager") or not isinstance(text, str):
            what = (
                f"is a {type(turn).__name__}, not an object"
                if not isinstance(turn, dict)
                else f"has speaker {json.dumps(speaker)[:40]}"
                if speaker not in ("employee", "manager")
                else "has no text string"
            )
            raise TranscriptError(
                f"turn {i} {what} in record {rid!r}",
                path=source,
                line=number,
                field=f"history[{i}]",
                hint=HISTORY_HINT,
            )
        out.append((speaker, text))
    return out


def _assessed(rid: str, a: Assessment) -> str:
    """The output line for a record labelled in context."""
    return _encode(
        {
            "id": rid,
            "moves": a.moves,
            "cues": a.cues,
            "grounding": a.grounding,
            "grounded": a.grounded,
            "formula_only": a.formula_only,
            "misreflection": a.misreflection,
            "repeat_of": a.repeat_of,
            "disguised_judgment": a.disguised_judgment,
            "parroted": a.parroted,
            "stuffed": a.stuffed,
            "asked_again": a.asked_again,
            "made_up": a.made_up,
            "adds_own": a.adds_own,
            "counterweight": a.counterweight,
            "tells_own": a.tells_own,
            "slotted": a.slotted,
            "amplified": a.amplified,
        }
    )


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
    scan = _scan
    for number, line in enumerate(lines, 1):
        if not line or line.isspace():
            continue
        # Fast path for a well-formed record: a JSON object with nothing after it but
        # whitespace, i.e. what decode() accepts, checked without its regex calls. Anything
        # else goes through _parse, which decodes again and says what is wrong.
        rid = text = prev = history = None
        if line[0] == "{":
            try:
                record, end = scan(line, 0)
            except (ValueError, RecursionError, StopIteration):
                record = None
            if record is not None and (end == len(line) or not line[end:].strip(" \t\n\r")):
                rid = record.get("id")
                text = record.get("text")
                prev = record.get("prev")
                history = record.get("history")
        try:
            if not (
                type(rid) is str
                and rid
                and type(text) is str
                and (prev is None or type(prev) is str)
            ):
                rid, text, prev = _parse(line, source, number)
                history = _decode(line).get("history")
            if history is not None:
                yield _assessed(rid, assess(text, _history(history, rid, source, number)))
                continue
        except TranscriptError as err:
            if not skip:
                raise
            report(err)
            continue
        found = detect(text, prev)
        moves, cues = found.moves, found.cues
        yield _record(rid, moves, cues) or _encode({"id": rid, "moves": moves, "cues": cues})


# --- ``rehearse label`` ------------------------------------------------------------------------
# simulator.cli.entry.main runs this directly, without typer and the models behind the other
# commands,
# because labelling is used in pipelines where start-up time counts. It must behave exactly like
# the typer command (simulator.cli.commands.label), which calls run() too: same messages, same exit
# codes. Anything main() does not understand goes to typer, for its usage errors and --help.


# What click.echo strips from messages when stderr is not a terminal.
_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")


def _error(message: str) -> None:
    """Print ``error: message`` on stderr as ``typer.echo(..., err=True)`` does."""
    stream = sys.stderr
    text = f"error: {message}\n"
    try:
        tty = stream.isatty()
    except Exception:  # click treats a stream that cannot say as "not a terminal"
        tty = False
    if not tty:
        text = _ANSI.sub("", text)
    stream.write(text)
    stream.flush()


def run(src: str = "-", *, skip_errors: bool = False, out: TextIO | None = None) -> int:
    """``rehearse label SRC``: label a JSONL file (``-``: stdin) to ``out`` (default stdout).

    Returns the exit status. 0: every line labelled. 1: with ``skip_errors``, some lines were
    bad; each was reported on stderr as ``error: ...`` and the rest labelled. 2: the file could
    not be read, or (without ``skip_errors``) a line was bad; the lines before it are written.
    """
    failures: list[TranscriptError] = []

    def report(err: TranscriptError) -> None:
        failures.append(err)
        _error(str(err))

    name = "<stdin>" if src == "-" else src
    try:
        stream = sys.stdin if src == "-" else open(src, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        _error(str(RehearseError(f"cannot read file: {exc.strerror}", path=src)))
        return 2
    # One write per line: joining lines into larger writes measured no faster (the text
    # layer buffers anyway), and this keeps output flowing line by line to a terminal.
    write = (out or sys.stdout).write
    on_error: Literal["raise", "skip"] = "skip" if skip_errors else "raise"
    try:
        with stream:
            for line in label_lines(stream, source=name, on_error=on_error, report=report):
                write(line + "\n")
    except TranscriptError as exc:
        _error(str(exc))
        return 2
    return 1 if failures else 0


def main(argv: Sequence[str]) -> int | None:
    """Run ``rehearse label`` with the arguments after ``label``; return the exit status.

    Handles ``[SRC] [--skip-errors]`` in any order, as the typer command does. Returns ``None``
    without doing anything for any other arguments (``--help``, ``--``, an unknown option, a
    second file), so the caller can hand them to the typer app for its help and usage errors.
    As in typer's standalone mode, ^C ends quietly with status 130 and a closed stdout
    (``| head``) with status 1.
    """
    src: str | None = None
    skip_errors = False
    for arg in argv:
        if arg == "--skip-errors":
            skip_errors = True
        elif arg.startswith("-") and arg != "-":
            return None
        elif src is None:
            src = arg
        else:
            return None
    try:
        return run("-" if src is None else src, skip_errors=skip_errors)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Nobody reads stdout any more: send what is still buffered nowhere, so the flush at
        # exit does not fail with a second traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 1
