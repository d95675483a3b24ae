"""Recovery at start-up: every archived transcript file ends up in the history, none skipped."""

from __future__ import annotations

import pytest

from simulator.content import catalog
from simulator.content.formats import write_transcripts
from simulator.content.transcript import Transcript, Turn
from simulator.store.archive import RECOVERY_NOTE, recover
from simulator.store.database import Store


def _archived(store: Store, owner: str, stem: str, rubric: str | None) -> Transcript:
    t = Transcript(
        id=stem,
        persona="launch-engineer",
        rubric=rubric,
        turns=[
            Turn(speaker="employee", text="I'm fine."),
            Turn(speaker="manager", text="It sounds like the launch is a lot right now."),
        ],
    )
    folder = store.transcript_dir(owner)
    folder.mkdir(parents=True, exist_ok=True)
    write_transcripts([t], folder / f"{stem}.json")
    return t


@pytest.mark.parametrize(
    ("rubric", "note"),
    [
        pytest.param("one-on-one", False, id="known-rubric"),
        pytest.param(None, False, id="no-rubric"),
        pytest.param("retired-rubric", True, id="unknown-rubric"),
    ],
)
def test_recover_stores_every_upload(store: Store, rubric: str | None, note: bool) -> None:
    """An archived upload is recorded whatever rubric it names; one naming a rubric that is
    not installed is scored with the default rubric, and the stored session says so."""
    _archived(store, "alice", "upload-0123456789ab", rubric)
    recovered = recover(store)
    assert [r.id for r in recovered] == ["upload-0123456789ab"]
    stored = store.get("upload-0123456789ab", "alice")
    assert stored is not None and stored.source == "upload"
    assert stored.rubric_id == catalog.DEFAULT_RUBRIC
    assert stored.overall is not None
    recorded = stored.transcript.metadata.get(RECOVERY_NOTE)
    if note:
        assert recorded["unknown_rubric"] == "retired-rubric"
        assert recorded["scored_with"] == catalog.DEFAULT_RUBRIC
        assert "retired-rubric" in recorded["note"]
        assert stored.transcript.rubric == "retired-rubric"  # the upload itself is unchanged
    else:
        assert recorded is None
    assert store.unrecorded_files() == []
    assert recover(store) == []  # the next start finds nothing left to do


def test_unreadable_file_is_left_for_next_time(store: Store) -> None:
    """A file that is not a transcript at all is left on disk and reported again later,
    while the readable files beside it are recorded."""
    _archived(store, "alice", "upload-good", "retired-rubric")
    broken = store.transcript_dir("alice") / "upload-broken.json"
    broken.write_text("{ not json")
    assert [r.id for r in recover(store)] == ["upload-good"]
    assert store.unrecorded_files() == [("alice", broken)]
    assert broken.read_text() == "{ not json"
