"""Finishing a session: keep the transcript first, then score it, then record it.

The order is the point. The transcript is written as a JSON file before scoring or the
database is touched, so a scorer bug, a full disk or a locked database can cost the
history entry but never the conversation itself; :func:`recover` later records files the
database missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.scorer import score
from simulator.store.database import Store
from simulator.store.records import StoredSession


@dataclass(frozen=True)
class Archived:
    """A scored session and where it was kept."""

    transcript: Transcript
    card: Scorecard
    file: Path | None
    """The JSON copy in the data folder, or ``None`` if it could not be written."""
    stored: StoredSession | None
    """The database record, or ``None`` if the database failed."""
    problems: list[str] = field(default_factory=list)
    """What went wrong, worded for the person who just finished the session."""

    @property
    def id(self) -> str | None:
        return self.stored.id if self.stored else None


def archive(
    transcript: Transcript,
    store: Store,
    *,
    owner: str,
    rubric: Rubric,
    persona: Persona | None = None,
    source: str = "practice",
    session_id: str | None = None,
    partner: str | None = None,
) -> Archived:
    """Write ``transcript`` to a file, score it, and record both in ``store``.

    A session in which the manager said nothing is scored (unscored, with the reason) but
    not kept: an empty entry would only clutter the history and the progress chart.
    """
    if not transcript.manager_turns():
        card = score(transcript, rubric, persona=persona)
        note = "Nothing was saved: the session ended before you said anything."
        return Archived(transcript, card, None, None, [note])
    problems: list[str] = []
    file: Path | None = None
    session_id = session_id or transcript.id
    try:
        file = store.write_transcript_file(transcript, owner, session_id)
    except (RehearseError, OSError) as exc:
        problems.append(f"The transcript file could not be written: {exc}")
    card = score(transcript, rubric, persona=persona)
    stored: StoredSession | None = None
    try:
        stored = store.save(
            transcript,
            card,
            owner=owner,
            session_id=session_id,
            source=source,
            persona_name=persona.name if persona else None,
            partner=partner,
            transcript_file=file,
        )
    except RehearseError as exc:
        kept = f"Your transcript is safe in {file}" if file else "Download the transcript below"
        problems.append(
            f"{kept}, but it is not in your history yet: {exc}. "
            "It will be added the next time Rehearse starts."
            if file
            else f"{kept}: it could not be saved anywhere ({exc})."
        )
    return Archived(transcript, card, file, stored, problems)


RECOVERY_NOTE = "recovery"
"""Key in a recovered transcript's metadata saying what recovery had to change."""


def recover(
    store: Store, extra_personas: tuple[str, ...] = (), extra_rubrics: tuple[str, ...] = ()
) -> list[StoredSession]:
    """Record transcript files the database is missing (e.g. it was locked when they were
    written).

    A transcript naming a rubric this installation does not know (an upload scored with a
    rubric file that has since been removed, say) is scored with the default rubric rather
    than skipped at every start; ``metadata["recovery"]`` records the rubric it asked for.
    Files that cannot be read or recorded at all are left for next time.
    """
    from simulator.content.formats import read_transcript

    found: list[StoredSession] = []
    personas = catalog.personas(extra_personas)
    rubrics = catalog.rubrics(extra_rubrics)
    for owner, path in store.unrecorded_files():
        try:
            t = read_transcript(path)
            t, rubric = _rubric_for(t, rubrics)
            persona = personas.get(t.persona or "")
            card = score(t, rubric, persona=persona)
            found.append(
                store.save(
                    t,
                    card,
                    owner=owner,
                    session_id=path.stem,
                    source="upload" if path.stem.startswith("upload-") else "practice",
                    persona_name=persona.name if persona else None,
                    transcript_file=path,
                )
            )
        except RehearseError:
            continue
    return found


def _rubric_for(t: Transcript, rubrics: dict[str, Rubric]) -> tuple[Transcript, Rubric]:
    """The rubric to score ``t`` with, and ``t`` noting the substitution if there was one."""
    wanted = t.rubric or catalog.DEFAULT_RUBRIC
    if wanted in rubrics:
        return t, rubrics[wanted]
    note = {
        "unknown_rubric": wanted,
        "scored_with": catalog.DEFAULT_RUBRIC,
        "note": (
            f"rubric {wanted!r} is not installed, so this session was scored with the "
            f"default rubric {catalog.DEFAULT_RUBRIC!r} when it was recovered"
        ),
    }
    metadata = {**t.metadata, RECOVERY_NOTE: note}
    return t.model_copy(update={"metadata": metadata}), rubrics[catalog.DEFAULT_RUBRIC]
