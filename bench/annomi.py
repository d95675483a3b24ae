"""Load the AnnoMI dev split for measuring the move detectors (never committed, never shipped).

AnnoMI (uccollab/AnnoMI) holds motivational-interviewing demonstration sessions whose therapist
utterances are coded by trained annotators. We map therapist -> manager, client -> employee.

Gold labels per therapist utterance come from ``AnnoMI-full.csv`` (one row per utterance per
annotator). Most transcripts have one annotator; a few were coded by ten, and for those we take a
vote:

* ``is_question`` / ``is_reflection``: a *strict* majority of annotators said the behaviour exists
  (a 5-5 tie counts as absent).
* ``question_subtype``: "open" or "closed" by strict majority among the annotators who coded a
  question; ``None`` when not a question or tied (tied items are left out of open/closed scoring).

``prev`` is the client utterance immediately before the therapist utterance, or ``None`` when the
utterance before is not the client's (or there is none), matching how the simulator passes context.
``history`` is every earlier turn of the transcript as ``(speaker, text)`` with therapist ->
``manager`` and client -> ``employee``, for the context-aware :func:`simulator.moves.assess`.
``video`` is the source video's URL: several transcripts come from one video, so resampling and
cross-validation group by it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.content.transcript import Transcript

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "annomi-dev"


@dataclass(frozen=True, slots=True)
class Utterance:
    """One therapist utterance with its majority-vote gold labels."""

    transcript_id: str
    utterance_id: int
    text: str
    prev: str | None
    mi_quality: str  # "high" | "low" for the whole session
    main_behaviour: str  # question | reflection | therapist_input | other (AnnoMI-simple)
    is_question: bool
    question_subtype: str | None  # "open" | "closed" | None (not a question, or a tie)
    is_reflection: bool
    n_annotators: int
    annotators: tuple[str, ...] = ()  # annotator ids who coded this utterance
    video: str = ""  # source video URL (several transcripts share one video)
    history: tuple[tuple[str, str], ...] = ()  # earlier turns as (manager|employee, text)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _majority(votes: list[bool]) -> bool:
    return sum(votes) * 2 > len(votes)


def load_utterances(data_dir: str | Path = DEFAULT_DATA_DIR) -> list[Utterance]:
    """Every therapist utterance in the split, in transcript and utterance order."""
    data_dir = Path(data_dir)
    simple = _rows(data_dir / "AnnoMI-simple.csv")
    full = _rows(data_dir / "AnnoMI-full.csv")

    votes: dict[tuple[str, int], list[dict[str, str]]] = defaultdict(list)
    for row in full:
        if row["interlocutor"] == "therapist":
            votes[(row["transcript_id"], int(row["utterance_id"]))].append(row)

    by_transcript: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in simple:
        by_transcript[row["transcript_id"]].append(row)

    out: list[Utterance] = []
    for tid in sorted(by_transcript, key=int):
        rows = sorted(by_transcript[tid], key=lambda r: int(r["utterance_id"]))
        turns = tuple(
            ("manager" if r["interlocutor"] == "therapist" else "employee", r["utterance_text"])
            for r in rows
        )
        for i, row in enumerate(rows):
            if row["interlocutor"] != "therapist":
                continue
            uid = int(row["utterance_id"])
            coded = votes.get((tid, uid), [])
            q_votes = [r["question_exists"] == "True" for r in coded]
            is_q = _majority(q_votes) if coded else row["main_therapist_behaviour"] == "question"
            subtype = None
            if is_q:
                subs = [r["question_subtype"] for r in coded if r["question_exists"] == "True"]
                n_open = subs.count("open")
                n_closed = subs.count("closed")
                if n_open > n_closed:
                    subtype = "open"
                elif n_closed > n_open:
                    subtype = "closed"
            r_votes = [r["reflection_exists"] == "True" for r in coded]
            is_r = _majority(r_votes) if coded else row["main_therapist_behaviour"] == "reflection"
            before = rows[i - 1] if i > 0 else None
            prev = (
                before["utterance_text"]
                if before is not None and before["interlocutor"] == "client"
                else None
            )
            out.append(
                Utterance(
                    transcript_id=tid,
                    utterance_id=uid,
                    text=row["utterance_text"],
                    prev=prev,
                    mi_quality=row["mi_quality"],
                    main_behaviour=row["main_therapist_behaviour"],
                    is_question=is_q,
                    question_subtype=subtype,
                    is_reflection=is_r,
                    n_annotators=len(coded),
                    annotators=tuple(sorted({r["annotator_id"] for r in coded})),
                    video=row.get("video_url") or row.get("video_title") or tid,
                    history=turns[:i],
                )
            )
    return out


def closed_agreement(data_dir: str | Path = DEFAULT_DATA_DIR) -> dict[str, tuple[int, int]]:
    """Per annotator, on the multi-coded transcripts: (agreed, total) over the questions whose
    other annotators' strict majority called closed.

    An annotator's own vote is left out of the majority it is compared with, so the figure says
    how often that annotator codes a question closed when colleagues do.
    """
    votes: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in _rows(Path(data_dir) / "AnnoMI-full.csv"):
        if row["interlocutor"] == "therapist" and row["question_exists"] == "True":
            votes[(row["transcript_id"], row["utterance_id"])][row["annotator_id"]] = row[
                "question_subtype"
            ]
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for by_annotator in votes.values():
        if len(by_annotator) < 3:
            continue
        for annotator, subtype in by_annotator.items():
            others = [s for a, s in by_annotator.items() if a != annotator]
            if others.count("closed") * 2 > len(others):
                out[annotator][0] += subtype == "closed"
                out[annotator][1] += 1
    return {
        a: (agreed, total) for a, (agreed, total) in sorted(out.items(), key=lambda kv: int(kv[0]))
    }


def load_sessions(data_dir: str | Path = DEFAULT_DATA_DIR) -> Iterator[Transcript]:
    """Each transcript as a :class:`simulator.content.transcript.Transcript`.

    Therapist turns become ``manager`` turns and client turns ``employee`` turns; metadata holds
    ``mi_quality`` ("high" | "low"), ``topic`` and ``source: "annomi"``.
    """
    from simulator.content.transcript import Transcript, Turn

    data_dir = Path(data_dir)
    by_transcript: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(data_dir / "AnnoMI-simple.csv"):
        by_transcript[row["transcript_id"]].append(row)
    for tid in sorted(by_transcript, key=int):
        rows = sorted(by_transcript[tid], key=lambda r: int(r["utterance_id"]))
        turns = [
            Turn(
                speaker="manager" if r["interlocutor"] == "therapist" else "employee",
                text=r["utterance_text"].replace("\x00", ""),
            )
            for r in rows
        ]
        yield Transcript(
            id=f"annomi-{tid}",
            turns=turns,
            metadata={
                "mi_quality": rows[0]["mi_quality"],
                "topic": rows[0]["topic"],
                "source": "annomi",
            },
        )
