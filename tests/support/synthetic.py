"""Synthetic one-on-one transcripts from templates, for batch tests and benchmarks.

Made up from scratch (never from AnnoMI or any real conversation): each transcript draws a
manager "skill" and then, turn by turn, a good move (reflection, open question, recognition,
resource check, next step) with that probability or a weak one (judgment, advice, closed
question) otherwise, so a cohort shows a realistic spread of scores. Everything is seeded:
the same arguments always give the same transcripts.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from simulator.content.transcript import Transcript, Turn

TOPICS = [
    "the launch",
    "the migration",
    "the on-call rota",
    "the quarterly plan",
    "the client escalation",
    "the hiring backlog",
    "the budget review",
    "the release notes",
    "the data pipeline",
    "the vendor contract",
]
FEELINGS = ["stressed", "overwhelmed", "exhausted", "frustrated", "worried", "anxious", "stuck"]
PEOPLE = ["Sam", "Priya", "Jordan", "Alex", "Mei", "Tomás", "Ngozi", "Lars"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

GOOD = {
    "reflection": [
        "It sounds like {topic} has been weighing on you more than you've let on.",
        "So you're feeling {feeling} about {topic}, and it's been building for a while.",
        "You've been carrying {topic} mostly on your own, and you're running on empty.",
        "You're {feeling}, and you're worried it's starting to show.",
    ],
    "open_question": [
        "What's been the hardest part of {topic} for you?",
        "How is {topic} affecting the rest of your week?",
        "What would make {topic} feel more manageable?",
        "What does a good outcome for {topic} look like from where you sit?",
    ],
    "recognition": [
        "You handled {topic} with real care, and the team noticed.",
        "I appreciate how much effort you've put into {topic}; it shows.",
        "The way you kept {topic} moving showed real ownership.",
    ],
    "resource_check": [
        "What do you need from me to get {topic} back on track?",
        "What support would help most with {topic} this week?",
        "Would it help if {person} took part of {topic} off your plate?",
    ],
    "next_step": [
        "Let's agree that I'll talk to {person} about {topic}, and we check in on {day}.",
        "How about we move part of {topic} to next sprint and review it together on {day}?",
    ],
}
WEAK = {
    "judgment": [
        "Calm down, everyone is busy with {topic}.",
        "Honestly, you should have planned {topic} better.",
        "That's not a big deal, {topic} is just part of the job.",
    ],
    "advice": [
        "You should just delegate {topic} to {person}.",
        "Try blocking your mornings for {topic} and ignore the chat.",
        "You need to push back on {person} about {topic}.",
    ],
    "closed_question": [
        "Is {topic} done?",
        "Did you talk to {person} about {topic}?",
        "Are you going to finish {topic} by {day}?",
    ],
}
EMPLOYEE = [
    "Honestly, {topic} has been a lot. I'm {feeling}.",
    "I've been covering for {person} on {topic} and it's every evening now.",
    "Yeah. I didn't want to let the team down over {topic}.",
    "It's fine, I guess. {topic} is just dragging on.",
    "The deadline for {topic} keeps moving and nobody tells me why.",
    "I haven't slept well since {topic} started, to be honest.",
    "Maybe. I'd need {person} to help with {topic} though.",
    "Okay. I can try that on {day}.",
]


def transcript(index: int, *, turns: int = 70, seed: int = 0) -> Transcript:
    """Synthetic transcript number ``index`` with about ``turns`` turns."""
    rng = random.Random(seed * 1_000_003 + index)
    skill = rng.random()
    slots = {
        "topic": rng.choice(TOPICS),
        "person": rng.choice(PEOPLE),
        "day": rng.choice(DAYS),
        "feeling": rng.choice(FEELINGS),
    }
    out: list[Turn] = []
    for n in range(turns):
        if n % 2 == 0:
            text = rng.choice(EMPLOYEE)
        else:
            pool = GOOD if rng.random() < skill else WEAK
            text = rng.choice(pool[rng.choice(sorted(pool))])
        if rng.random() < 0.2:  # conversations drift between topics and people
            slots["topic"] = rng.choice(TOPICS)
            slots["person"] = rng.choice(PEOPLE)
        out.append(Turn(speaker="employee" if n % 2 == 0 else "manager", text=text.format(**slots)))
    return Transcript(id=f"synthetic-{seed}-{index:06d}", persona=None, turns=out)


def transcripts(n: int, *, turns: int = 70, seed: int = 0) -> Iterator[Transcript]:
    """``n`` transcripts, numbered from 0."""
    for i in range(n):
        yield transcript(i, turns=turns, seed=seed)


def write_jsonl(path: Path, n: int, *, turns: int = 70, seed: int = 0) -> Path:
    """``n`` transcripts into one JSONL file."""
    with path.open("w", encoding="utf-8") as out:
        for t in transcripts(n, turns=turns, seed=seed):
            out.write(json.dumps(t.model_dump(mode="json"), ensure_ascii=False) + "\n")
    return path


def write_files(folder: Path, n: int, *, turns: int = 70, seed: int = 0) -> list[Path]:
    """``n`` transcripts as one JSON file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for t in transcripts(n, turns=turns, seed=seed):
        p = folder / f"{t.id}.json"
        p.write_text(json.dumps(t.model_dump(mode="json"), ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths
