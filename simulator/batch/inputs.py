"""What a batch reads: inputs expanded into files, files cut into units of work.

``rehearse batch`` takes files, folders (searched recursively), glob patterns and JSONL files
of transcripts. :func:`discover` turns those arguments into an ordered, de-duplicated list
of files; :func:`plan_units` cuts them into :class:`Unit`\\ s small enough to spread over
processes: one unit per ordinary file, and line ranges for JSONL files, so one JSONL file of
10,000 transcripts is scored by every worker rather than one. :func:`read_unit` then reads a
unit into transcripts, turning each unreadable file or line into an error record rather
than an exception, so one bad input never stops a batch.

Order is deterministic (arguments in order, folders and glob matches sorted), because the
final ``results.jsonl`` lists inputs in this order whatever order they finished in.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.content import formats
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError, TranscriptError

EXTENSIONS: tuple[str, ...] = tuple(formats.EXTENSIONS)
JSONL_EXTENSIONS = tuple(ext for ext, fmt in formats.EXTENSIONS.items() if fmt == "jsonl")
MAX_LINE_BYTES: int = formats.MAX_BYTES
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Found:
    """One input file, or an argument that named nothing readable (``problem`` set)."""

    path: str
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of input one task reads: a whole file, or a byte range of a JSONL file.

    ``index`` orders units in the plan. For a JSONL range, ``first_line`` is the 1-based line
    number at byte ``start`` (0 means "the whole file, in whatever format it is").
    """

    index: int
    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 0
    estimate: int = 1
    problem: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain values, for Ray rows and pickling across processes."""
        return {
            "index": self.index,
            "path": self.path,
            "start": self.start,
            "end": -1 if self.end is None else self.end,
            "first_line": self.first_line,
            "estimate": self.estimate,
            "problem": self.problem or "",
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Unit:
        """The inverse of :meth:`as_dict`."""
        end = int(d["end"])
        return cls(
            index=int(d["index"]),
            path=str(d["path"]),
            start=int(d["start"]),
            end=None if end < 0 else end,
            first_line=int(d["first_line"]),
            estimate=int(d["estimate"]),
            problem=str(d["problem"]) or None,
        )


def _known(path: str) -> bool:
    return Path(path).suffix.lower() in EXTENSIONS


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(top: str, excluded: set[str]) -> Iterator[str]:
    """Transcript files under ``top``, sorted, skipping hidden entries and ``excluded``."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(
            d
            for d in dirs
            if not _hidden(d) and os.path.realpath(os.path.join(root, d)) not in excluded
        )
        for name in sorted(files):
            if not _hidden(name) and _known(name):
                yield os.path.join(root, name)


def discover(inputs: Sequence[str], *, exclude: Sequence[str | Path] = ()) -> list[Found]:
    """Expand arguments into files, in order, each file once.

    A file named explicitly is always read (a wrong extension becomes an error for that
    file); folders and globs pick up only transcript extensions. ``exclude`` holds folders to
    leave out, such as the output folder when it sits inside an input folder. An argument
    that matches nothing is reported as a :class:`Found` with a ``problem``.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    out: list[Found] = []

    def add(path: str) -> None:
        real = os.path.realpath(path)
        if real in seen or any(real.startswith(e + os.sep) for e in excluded):
            return
        seen.add(real)
        out.append(Found(path))

    for arg in inputs:
        if os.path.isdir(arg):
            found = list(_walk(arg, excluded))
            for f in found:
                add(f)
            if not found:
                out.append(Found(arg, "folder holds no transcript files (" + _ext_list() + ")"))
        elif os.path.exists(arg):
            add(arg)
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files: list[str] = []
            for m in matches:
                if os.path.isdir(m):
                    files += _walk(m, excluded)
                elif _known(m) and not _hidden(os.path.basename(m)):
                    files.append(m)
            for f in files:
                add(f)
            if not files:
                out.append(Found(arg, "pattern matched no transcript files"))
        else:
            out.append(Found(arg, "file not found"))
    return out


def _ext_list() -> str:
    return " ".join(EXTENSIONS)


def is_jsonl(path: str) -> bool:
    """Whether ``path`` is read line by line (one transcript per line)."""
    return Path(path).suffix.lower() in JSONL_EXTENSIONS


def _line_ranges(path: str, lines_per_unit: int) -> Iterator[tuple[int, int, int, int]]:
    """``(start, end, first_line, n_lines)`` byte ranges of ``lines_per_unit`` lines each."""
    start, first_line, count, offset = 0, 1, 0, 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            pos = 0
            while (nl := block.find(b"\n", pos)) >= 0:
                count += 1
                pos = nl + 1
                if count == lines_per_unit:
                    end = offset + pos
                    yield start, end, first_line, count
                    start, first_line, count = end, first_line + count, 0
            offset += len(block)
    if offset > start:
        yield start, offset, first_line, count + 1


def plan_units(found: Sequence[Found], *, lines_per_unit: int = 64) -> list[Unit]:
    """Cut discovered files into units; JSONL files become ranges of ``lines_per_unit``."""
    units: list[Unit] = []
    for f in found:
        if f.problem is None and is_jsonl(f.path):
            try:
                ranges = list(_line_ranges(f.path, max(1, lines_per_unit)))
            except OSError as exc:
                units.append(Unit(len(units), f.path, problem=f"cannot read file: {exc.strerror}"))
                continue
            if not ranges:  # an empty file: let the reader say so, with its usual message
                units.append(Unit(len(units), f.path))
            for start, end, first_line, n in ranges:
                units.append(Unit(len(units), f.path, start, end, first_line, estimate=n))
        else:
            units.append(Unit(len(units), f.path, problem=f.problem))
    return units


@dataclass(frozen=True, slots=True)
class Read:
    """One transcript read from a unit, or the error that stopped it (``transcript`` None)."""

    source: str
    transcript: Transcript | None = None
    error: str | None = None


def _relined(exc: RehearseError, path: str, line: int) -> str:
    """``exc`` re-pointed at ``line`` of ``path`` (a JSONL line was parsed on its own)."""
    return TranscriptError(
        getattr(exc, "message", str(exc)),
        path=path,
        line=line,
        field=getattr(exc, "field", None),
        hint=getattr(exc, "hint", None),
    ).render()


def _read_jsonl_range(unit: Unit, speakers: Mapping[str, str] | None) -> Iterator[Read]:
    try:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.start)
            data = handle.read(-1 if unit.end is None else unit.end - unit.start)
            at_eof = not handle.read(1)
    except OSError as exc:
        err = TranscriptError(f"cannot read file: {exc.strerror}", path=unit.path)
        yield Read(unit.path, error=err.render())
        return
    if unit.start == 0:
        data = data.removeprefix(b"\xef\xbb\xbf")
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    any_content = False
    for n, raw in enumerate(lines):
        lineno = unit.first_line + n
        source = f"{unit.path}:{lineno}"
        if not raw.strip():
            continue
        any_content = True
        if len(raw) > MAX_LINE_BYTES:
            msg = f"line is {len(raw)} bytes, over the {MAX_LINE_BYTES}-byte limit"
            yield Read(source, error=TranscriptError(msg, path=unit.path, line=lineno).render())
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at column {exc.start + 1}"
            err = TranscriptError(msg, path=unit.path, line=lineno, hint="save it as UTF-8")
            yield Read(source, error=err.render())
            continue
        try:
            found = formats.loads(text, "jsonl", source=unit.path, speakers=speakers)
        except RehearseError as exc:
            yield Read(source, error=_relined(exc, unit.path, lineno))
            continue
        for t in found:
            yield Read(source, t)
    if unit.start == 0 and at_eof and not any_content:
        hint = 'write one {"id": ..., "turns": [...]} object per line'
        err = TranscriptError("file holds only blank lines", path=unit.path, line=1, hint=hint)
        yield Read(unit.path, error=err.render())


def read_unit(unit: Unit, speakers: Mapping[str, str] | None = None) -> Iterator[Read]:
    """Every transcript in ``unit`` (or one error per unreadable file or JSONL line)."""
    if unit.problem:
        yield Read(unit.path, error=RehearseError(unit.problem, path=unit.path).render())
        return
    if unit.first_line:
        yield from _read_jsonl_range(unit, speakers)
        return
    try:
        found = formats.read_transcripts(unit.path, speakers=speakers)
    except RehearseError as exc:
        yield Read(unit.path, error=str(exc))
        return
    except (OSError, ValueError) as exc:  # defensive: the reader should have wrapped these
        yield Read(unit.path, error=f"{unit.path}: {exc}")
        return
    if len(found) == 1:
        yield Read(unit.path, found[0])
        return
    for i, t in enumerate(found, 1):
        yield Read(f"{unit.path}#{i}", t)
