"""Reading an uploaded transcript for the Coach review tab, in the web page's words.

A transcript written with people's names ("Alex:", "Sam:") cannot say which of them is the
manager; :func:`ask_speakers` finds the names and a few lines to show, the coach picks the
manager, and :func:`speaker_map` turns that choice into the ``speakers`` mapping the readers
take. :func:`web_error` rewrites a reader's error for the page: the file's own name, and a fix
someone can do in a browser or an editor, never a command-line flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from simulator.content import formats
from simulator.errors import RehearseError

PREVIEW_TURNS = 6
"""How many turns the speaker question shows."""

_WEB_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("not valid utf-8", "not utf-8"),
        "open it in a text editor, save it with the encoding UTF-8, and upload it again",
    ),
    (
        ("cannot tell the transcript format",),
        "upload a file ending in .json, .jsonl, .txt, .csv or .vtt",
    ),
    (("-byte limit",), "split the transcript into smaller files and upload them one by one"),
    (
        ("unknown speaker",),
        'in JSON, each turn\'s "speaker" must be "manager" or "employee"; a text, CSV or '
        "WebVTT file may use people's names, and the page asks who the manager is",
    ),
)
_CLI_MARKS = ("--", "iconv", "read_transcripts(", "pass the format")


@dataclass(frozen=True)
class SpeakerQuestion:
    """Who speaks in an upload whose speakers are people's names, with the first turns."""

    names: list[str]
    """Each distinct name once, in order of first appearance, spelt as first written."""
    preview: list[tuple[str, str]]
    """The first :data:`PREVIEW_TURNS` turns as ``(name, text)``."""
    turns: int
    """How many turns the file holds."""

    def html(self) -> str:
        """The preview the coach reads before choosing the manager."""
        rows = "".join(
            f"<li><b>{escape(name)}:</b> {escape(_short(text))}</li>" for name, text in self.preview
        )
        more = self.turns - len(self.preview)
        tail = f'<p class="rh-group">…and {more} more turns.</p>' if more > 0 else ""
        names = ", ".join(escape(n) for n in self.names)
        return (
            f"<p>This transcript names its speakers: <b>{names}</b>. Which one is the "
            "manager? Everyone else is read as the employee.</p>"
            f'<ol class="rh-preview" aria-label="First lines of the transcript">{rows}</ol>'
            f"{tail}"
        )


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ask_speakers(path: str | Path) -> SpeakerQuestion | None:
    """The question to ask before reading ``path``, or ``None`` when every speaker is
    already a role the readers know (Manager/Employee and their aliases) or the format
    names roles itself (JSON). Raises :class:`RehearseError` for an unreadable file."""
    spoken = formats.spoken_turns(path)
    known = formats.DEFAULT_SPEAKERS
    if all(name.casefold() in known for name, _ in spoken):
        return None
    names: dict[str, str] = {}
    for name, _ in spoken:
        names.setdefault(name.casefold(), name)
    return SpeakerQuestion(list(names.values()), spoken[:PREVIEW_TURNS], len(spoken))


def speaker_map(names: list[str], manager: str) -> dict[str, str]:
    """``{name: role}``: ``manager`` is the manager, every other name the employee."""
    chosen = manager.casefold()
    return {n: "manager" if n.casefold() == chosen else "employee" for n in names}


def web_error(exc: RehearseError, name: str) -> str:
    """``exc`` as the page says it: the uploaded file's name (not the server's temporary
    copy), the line, the problem and a fix that needs no command line."""
    message = exc.message.casefold()
    hint = exc.hint
    for marks, better in _WEB_HINTS:
        if any(m in message for m in marks):
            hint = better
            break
    else:
        if hint and any(m in hint for m in _CLI_MARKS):
            hint = None
    shown = RehearseError(exc.message, path=name, line=exc.line, field=exc.field, hint=hint)
    return shown.render()
