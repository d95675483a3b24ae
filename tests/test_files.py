"""simulator._files: whole-file writes are atomic, keep permissions when asked, and never
leave a temporary file behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from simulator._files import write_atomic


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param("héllo\n", "héllo\n".encode(), id="text-is-utf8"),
        pytest.param(b"\x00\x01raw", b"\x00\x01raw", id="bytes-as-given"),
    ],
)
def test_write_replaces_the_file_and_leaves_no_temporary(
    tmp_path: Path, data: str | bytes, expected: bytes
) -> None:
    """The target holds exactly the new data, and no ``.tmp`` sibling survives."""
    target = tmp_path / "out.txt"
    target.write_text("old")
    write_atomic(target, data)
    assert target.read_bytes() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_keep_mode_carries_the_targets_permissions_over(tmp_path: Path) -> None:
    """Rewriting a private file keeps it private (a plain rename would take the umask's mode)."""
    target = tmp_path / "private.json"
    target.write_text("{}")
    os.chmod(target, 0o600)
    write_atomic(target, "{}", keep_mode=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "parents",
    [pytest.param(False, id="missing-folder-is-an-error"), pytest.param(True, id="parents-made")],
)
def test_missing_folder(tmp_path: Path, parents: bool) -> None:
    """Without ``parents`` a missing folder fails as ``open()`` would; with it, it is made."""
    target = tmp_path / "a" / "b" / "f.txt"
    if parents:
        write_atomic(target, "x", parents=True)
        assert target.read_text() == "x"
    else:
        with pytest.raises(FileNotFoundError):
            write_atomic(target, "x")
        assert not (tmp_path / "a").exists()


def test_failure_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash before the rename (here: ``os.replace`` fails) leaves the old content whole."""
    target = tmp_path / "state.json"
    target.write_text("old")

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]
