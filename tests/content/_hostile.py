"""A corpus of hostile files for every importer, written at test time, and its runner.

:func:`build` writes the corpus into a folder (the 50 MB file is one file hard-linked under
every importer's extension, so it costs 50 MB of disk once). ``python -m
tests.content._hostile FOLDER`` opens every file with its importer in a fresh process and
prints one JSON line per file: the outcome, the error's class, path, line and message, the
traceback if anything but a :class:`RehearseError` escaped, and the peak memory Python
allocated (tracemalloc) while reading it.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BIG_BYTES = 50 * 1024 * 1024
ANY_LINE = -1
"""The error must name a line, wherever random bytes put the first bad one."""
HASH = "scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$" + "A" * 43 + "="
GOOD_TXT = "# id: ok\nManager: How are you doing?\nEmployee: Busy.\n"


def _billion_laughs(top: str) -> str:
    """Nine levels of nine aliases: a few hundred bytes that expand to 9**9 values."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]")
    lines.append(f"{top}: *l8")
    return "\n".join(lines) + "\n"


def _rand(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


@dataclass(frozen=True)
class Case:
    """One hostile file: how it is read and what must come of it.

    ``line`` is the line the error must name (:data:`ANY_LINE`: some line; ``None``: a
    whole-file or whole-field problem, such as the size, which has no line); ``turns`` > 0
    means the file is awkward but valid and must parse completely into that many turns.
    """

    id: str
    name: str
    kind: str  # transcript | persona | rubric | users
    data: bytes | None  # None: the shared 50 MB file
    line: int | None = 1
    fragments: tuple[str, ...] = ()
    turns: int = 0
    texts: tuple[str, ...] = field(default=())


def cases() -> list[Case]:
    """The corpus, one :class:`Case` per file."""
    out: list[Case] = []
    for ext in ("json", "jsonl", "txt", "csv", "vtt"):
        out += [
            Case(f"binary-{ext}", f"binary.{ext}", "transcript", _rand(64 * 1024, 1), ANY_LINE),
            Case(f"50mb-{ext}", f"big.{ext}", "transcript", None, None, ("over the",)),
            Case(
                f"utf16-{ext}",
                f"utf16.{ext}",
                "transcript",
                GOOD_TXT.encode("utf-16"),
                1,
                ("UTF-16",),
            ),
        ]
    out += [
        Case("utf32-txt", "utf32.txt", "transcript", GOOD_TXT.encode("utf-32"), 1, ("UTF-32",)),
        # NUL bytes, wherever they hide.
        Case("nul-txt-text", "nul.txt", "transcript", b"Manager: hi\x00there\n", 1, ("NUL",)),
        Case(
            "nul-txt-header",
            "nulid.txt",
            "transcript",
            b"# id: a\nManager: hi\n# persona: x\x00y\n",
            3,
            ("NUL",),
        ),
        Case(
            "nul-csv",
            "nul.csv",
            "transcript",
            b"speaker,text,persona\nmanager,hi,x\nemployee,yo,a\x00b\n",
            3,
            ("NUL",),
        ),
        Case(
            "nul-vtt",
            "nul.vtt",
            "transcript",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Manager>h\x00i\n",
            4,
            ("NUL",),
        ),
        Case(
            "nul-json-raw",
            "nul.json",
            "transcript",
            b'{"id": "a",\n"turns": [{"speaker": "manager", "text": "h\x00i"}]}',
            2,
            ("NUL",),
        ),
        Case(
            "nul-json-escaped-id",
            "nulesc.json",
            "transcript",
            b'{"turns": [{"speaker": "manager", "text": "hi"}],\n"id": "a\\u0000b"}',
            2,
            ("id", "NUL"),
        ),
        # Deeply nested JSON: far past the recursion limit, and just past our own limit.
        Case(
            "deep-json", "deep.json", "transcript", b"[" * 200_000 + b"]" * 200_000, 1, ("nested",)
        ),
        Case(
            "deep-jsonl",
            "deep.jsonl",
            "transcript",
            b'{"id": "a", "turns": [{"speaker": "manager", "text": "hi"}]}\n'
            + b"[" * 200_000
            + b"]" * 200_000
            + b"\n",
            2,
            ("nested",),
        ),
        Case(
            "deep-json-metadata",
            "deepmeta.json",
            "transcript",
            b'{"id": "a", "turns": [{"speaker": "manager", "text": "hi"}], "metadata": {"x": '
            + b"[" * 500
            + b"]" * 500
            + b"}}",
            1,
            ("nested",),
        ),
        # Mixed encodings: UTF-8, then a cp1252 line.
        Case(
            "mixed-encoding-txt",
            "mixed.txt",
            "transcript",
            "Manager: café\n".encode() + "Employee: naïve\n".encode("cp1252"),
            2,
            ("not valid UTF-8",),
        ),
        Case(
            "mixed-encoding-csv",
            "mixed.csv",
            "transcript",
            b"speaker,text\nmanager,ok\nemployee,caf\xe9\n",
            3,
            ("not valid UTF-8",),
        ),
        # Very long lines.
        Case(
            "long-line-txt",
            "long.txt",
            "transcript",
            b"Manager: " + b"a" * 2_000_000,
            1,
            ("over the",),
        ),
        Case(
            "long-line-json",
            "long.json",
            "transcript",
            b'{"id": "a",\n"turns": [{"speaker": "manager", "text": "' + b"a" * 2_000_000 + b'"}]}',
            2,
            ("over the",),
        ),
        Case(
            "long-cell-csv",
            "long.csv",
            "transcript",
            b"speaker,text\nmanager," + b"a" * 2_000_000,
            2,
            ("field limit",),
        ),
        Case(
            "long-unclosed-tags-vtt",
            "tags.vtt",
            "transcript",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Manager>" + b"<" * 2_000_000,
            4,
            ("over the",),
        ),
        Case(
            "long-voice-tags-vtt",
            "voices.vtt",
            "transcript",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n" + b"<v a" * 500_000,
            4,
            ("no speaker",),
        ),
        Case(
            "long-header-txt",
            "hash.txt",
            "transcript",
            b"#" + b" " * 2_000_000 + b"\n",
            1,
            ("no turns",),
        ),
        # Awkward but valid: must parse completely, and literally.
        Case(
            "bom-crlf-txt",
            "bom.txt",
            "transcript",
            b"\xef\xbb\xbf# id: b\r\nManager: Hi\r\nEmployee: Hello\r\n",
            None,
            turns=2,
        ),
        Case(
            "bom-crlf-csv",
            "bom.csv",
            "transcript",
            b"\xef\xbb\xbfspeaker,text\r\nmanager,Hi\r\nemployee,Hello\r\n",
            None,
            turns=2,
        ),
        Case(
            "bom-crlf-vtt",
            "bom.vtt",
            "transcript",
            b"\xef\xbb\xbfWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\n<v Manager>Hi\r\n",
            None,
            turns=1,
        ),
        Case(
            "lone-cr-txt", "cr.txt", "transcript", b"Manager: Hi\rEmployee: Hello\r", None, turns=2
        ),
        Case(
            "csv-formula-cells",
            "formula.csv",
            "transcript",
            b'transcript_id,speaker,text\n=cmd|"/C calc"!A0,manager,"=HYPERLINK(""http://x"")"\n'
            b'=cmd|"/C calc"!A0,employee,@SUM(1+1)\n=cmd|"/C calc"!A0,manager,+1 to that\n',
            None,
            turns=3,
            texts=('=HYPERLINK("http://x")', "@SUM(1+1)", "+1 to that"),
        ),
    ]
    for kind in ("persona", "rubric"):
        out += [
            Case(
                f"billion-laughs-{kind}",
                f"laughs-{kind}.yaml",
                kind,
                _billion_laughs("id").encode(),
                1,
                ("aliases expand",),
            ),
            Case(
                f"recursive-alias-{kind}",
                f"loop-{kind}.yaml",
                kind,
                b"id: x\nlayers: &a [*a]\n",
                2,
                ("refers to",),
            ),
            Case(
                f"deep-yaml-{kind}",
                f"deep-{kind}.yaml",
                kind,
                b"id: x\nlayers: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
                2,
                ("nested",),
            ),
            Case(f"binary-{kind}", f"binary-{kind}.yaml", kind, _rand(64 * 1024, 2), ANY_LINE),
            Case(f"50mb-{kind}", f"big-{kind}.yaml", kind, None, None, ("over the",)),
            Case(f"nul-{kind}", f"nul-{kind}.yaml", kind, b"id: x\nname: a\x00b\n", 2, ("NUL",)),
            Case(
                f"control-char-{kind}",
                f"ctrl-{kind}.yaml",
                kind,
                b"id: x\nname: a\x08b\n",
                2,
                ("not allowed",),
            ),
            Case(
                f"utf16-{kind}",
                f"utf16-{kind}.yaml",
                kind,
                "id: x\n".encode("utf-16"),
                1,
                ("UTF-16",),
            ),
            Case(
                f"mixed-encoding-{kind}",
                f"mixed-{kind}.yaml",
                kind,
                "id: x\nname: Zoë\n".encode() + b"opening_line: caf\xe9\n",
                3,
                ("UTF-8",),
            ),
            Case(
                f"long-line-{kind}",
                f"long-{kind}.yaml",
                kind,
                b"id: x\nname: " + b"a" * 900_000 + b"\n",
                None,
            ),
        ]
    users = f'[users.alice]\npassword_hash = "{HASH}"\n'
    out += [
        Case(
            "billion-laughs-users",
            "laughs-users.yaml",
            "users",
            _billion_laughs("users").encode(),
            1,
            ("aliases expand",),
        ),
        Case(
            "deep-toml-users",
            "deep-users.toml",
            "users",
            b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
            1,
            ("nested",),
        ),
        Case(
            "deep-yaml-users",
            "deep-users.yaml",
            "users",
            b"users: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
            1,
            ("nested",),
        ),
        Case("binary-users", "binary-users.toml", "users", _rand(64 * 1024, 3), ANY_LINE),
        Case("50mb-users", "big-users.toml", "users", None, None, ("over the",)),
        Case(
            "nul-users",
            "nul-users.toml",
            "users",
            users.encode() + b'role = "a\x00"\n',
            3,
            ("NUL",),
        ),
        Case("utf16-users", "utf16-users.toml", "users", users.encode("utf-16"), 1, ("UTF-16",)),
        Case(
            "mixed-encoding-users",
            "mixed-users.toml",
            "users",
            users.encode() + b'role = "caf\xe9"\n',
            3,
            ("UTF-8",),
        ),
        Case(
            "crlf-toml-syntax-users",
            "crlf-users.toml",
            "users",
            users.replace("\n", "\r\n").encode() + b"role = = 1\r\n",
            3,
            ("not valid TOML",),
        ),
        Case(
            "long-line-users",
            "long-users.toml",
            "users",
            b'[users.alice]\npassword_hash = "' + b"a" * 900_000 + b'"\n',
            None,
            ("password_hash",),
        ),
        Case(
            "formula-name-users",
            "formula-users.toml",
            "users",
            f'[users."=cmd|calc"]\npassword_hash = "{HASH}"\n'.encode(),
            None,
            ("not allowed",),
        ),
        Case(
            "bom-crlf-users",
            "bom-users.toml",
            "users",
            b"\xef\xbb\xbf" + users.replace("\n", "\r\n").encode(),
            None,
            turns=1,
        ),
    ]
    return out


def build(folder: Path) -> list[Case]:
    """Write every case's file into ``folder``; return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / "shared-50mb.bin"
    line = b"Manager: " + b"x" * 1014 + b"\n"
    with big.open("wb") as handle:
        for _ in range(BIG_BYTES // len(line) + 1):
            handle.write(line)
    found = cases()
    for case in found:
        target = folder / case.name
        if case.data is None:
            os.link(big, target)
        else:
            target.write_bytes(case.data)
    return found


def _importer(kind: str) -> Callable[[Path], Any]:
    from simulator.app.auth import Users
    from simulator.content._yamlfile import load_model
    from simulator.content.formats import read_transcripts
    from simulator.content.personas import Persona
    from simulator.content.rubrics import Rubric

    return {
        "transcript": read_transcripts,
        "persona": lambda p: load_model(Persona, p),
        "rubric": lambda p: load_model(Rubric, p),
        "users": Users.from_file,
    }[kind]


def _turns(result: Any) -> tuple[int, list[str]]:
    if isinstance(result, list):  # transcripts
        turns = [t for transcript in result for t in transcript.turns]
        return len(turns), [t.text for t in turns]
    return len(result) if hasattr(result, "__len__") else 1, []


def run(folder: Path) -> None:
    """Open every case's file in ``folder``; print one JSON line each (see the module doc)."""
    import resource

    from simulator.errors import RehearseError

    for case in cases():
        path = folder / case.name
        read = _importer(case.kind)
        out: dict[str, Any] = {"id": case.id}
        tracemalloc.start()
        try:
            result = read(path)
        except RehearseError as exc:
            out |= {
                "outcome": "error",
                "type": type(exc).__name__,
                "path": exc.path,
                "line": exc.line,
                "message": str(exc)[:2000],
            }
        except BaseException as exc:  # the test reports it; a traceback is the defect
            out |= {"outcome": "crash", "type": type(exc).__name__}
            out["message"] = "".join(traceback.format_exception(exc))[-4000:]
        else:
            count, texts = _turns(result)
            out |= {"outcome": "ok", "turns": count, "texts": texts}
        out["peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    run(Path(sys.argv[1]))
