"""Errors shown to people: each names the file, the place in it and the fix."""

from __future__ import annotations

from pathlib import Path


class RehearseError(Exception):
    """An error a user can act on.

    ``str(err)`` reads ``file:line: field: problem (fix)`` with whichever parts are known,
    so the CLI, the app and tests all show the same sentence.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [p for p in (where, self.field) if p]
        text = ": ".join([*parts, self.message])
        if self.hint:
            text += f" ({self.hint})"
        return text


class ConfigError(RehearseError):
    """A persona, rubric or settings file is missing or invalid."""


class TranscriptError(RehearseError):
    """A transcript could not be read or written; nothing half-parsed is returned."""


class ValidationErrors(ConfigError):
    """Several validation problems in one file, reported together."""

    def __init__(self, errors: list[RehearseError], *, path: str | Path | None = None) -> None:
        self.errors = errors
        lines = [e.render() for e in errors]
        head = f"{path}: {len(errors)} problem(s)" if path else f"{len(errors)} problem(s)"
        super().__init__("\n  ".join([head, *lines]))

    def render(self) -> str:  # the message already holds every line
        return self.message
