"""Synthetic one-on-one transcripts for benchmarks, from our own templates (no real data)."""

from __future__ import annotations

import random

from simulator.transcript import Transcript, Turn

MANAGER = [
    "What's been on your mind this week?",
    "How are things going with the {topic}?",
    "It sounds like the {topic} has been a lot to carry.",
    "So you've been stretched between the {topic} and everything else.",
    "Did you finish the {topic}?",
    "Is the {topic} on track?",
    "You should just delegate the {topic}.",
    "Calm down, the {topic} is not a big deal.",
    "What do you need from me to make the {topic} manageable?",
    "Let's agree one step on the {topic} for this week and check in on Friday.",
    "The way you handled the {topic} showed real care.",
    "Okay. Tell me more about that.",
    "Mm-hmm.",
    "Right, and how did that feel?",
]
EMPLOYEE = [
    "Honestly, the {topic} is eating all my time.",
    "It's fine. I've got it handled.",
    "I'm exhausted, if I'm honest. The {topic} keeps slipping.",
    "Nobody else knows the {topic}, so it lands on me.",
    "Yeah.",
    "I guess. I just need a bit more time on the {topic}.",
    "I didn't want to let the team down.",
    "If someone could take the {topic} off my plate for a week, that would help.",
]
TOPICS = ["launch", "migration", "quarterly report", "on-call rota", "client renewal", "hiring"]


def transcript(i: int, turns: int = 70, seed: int = 0) -> Transcript:
    """One synthetic transcript of ``turns`` alternating turns, employee first."""
    rng = random.Random(seed * 1_000_003 + i)
    topic = rng.choice(TOPICS)
    out = []
    for k in range(turns):
        pool = EMPLOYEE if k % 2 == 0 else MANAGER
        out.append(
            Turn(
                speaker="employee" if k % 2 == 0 else "manager",
                text=rng.choice(pool).format(topic=topic),
            )
        )
    return Transcript(id=f"synth-{i}", persona=None, rubric="one-on-one", turns=out)


def jsonl(n: int, turns: int = 70, seed: int = 0) -> str:
    """``n`` synthetic transcripts as JSON Lines."""
    return "".join(transcript(i, turns, seed).model_dump_json() + "\n" for i in range(n))
