"""Atomic file writes, shared by transcripts, batch outputs and the Batch API's state.

Readers (a resuming batch, a coach's download, a crash) must see the old file or the new
one, never half of one, so every whole-file write goes through a temporary file in the same
folder, is ``fsync``-ed, and replaces the target with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(
    path: Path, data: str | bytes, *, keep_mode: bool = False, parents: bool = False
) -> None:
    """Write ``data`` (text is written as UTF-8) to ``path`` via a temporary file.

    The temporary file is created with mode 0o666 so the umask decides, as a plain
    ``open()`` would (``mkstemp`` would force 0o600). With ``keep_mode`` an existing
    target's permissions carry over, so rewriting a user's file does not change who may
    read it. With ``parents`` a missing folder is created (else it is an error, as for
    ``open()``). On any error the temporary file is removed and
    the target is untouched.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    created = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        if keep_mode:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
    fsync_dir(path.parent)
