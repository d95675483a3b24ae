"""Can the scorer be gamed? Scripted managers of twelve styles against all six personas.

    .venv/bin/python bench/eval_gaming.py [--turns 16] [--rubric one-on-one]

Each style is a manager script played through a real :class:`Session` with the scripted partner
(the engine decides what the employee reveals; the script sees only what the employee says,
never hidden state), and the finished transcript is scored. Nine styles try to game the scorer:
a formulaic reflection on repeat, one keyword-stuffed line on repeat (appreciation + "what do
you need" + "next step"), nonsense reflections, judgment phrased as reflection, "tell me more"
on repeat, an interrogation of yes/no questions, and two harder ones: a parrot echoing the
employee's words verbatim, and the stuffed line filled with the employee's own words (so it is
"grounded"); and the coaching questions the articles recommend ("What are your obstacles?",
"What does success look like?") asked one after another about nothing they said. Three are
honest: a skilled manager who reflects the employee's own words, asks,
recognises, then clarifies resources and a next step; a mediocre one with stock lines, a few
closed questions and early advice; and a blunt one.

Prints the scorecard table (style x persona: overall, empathy, execution) and each style's mean,
then checks the targets: mean overall skilled > mediocre > blunt, and skilled at least 1.0 above
every gaming style's mean. Exit code 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content import catalog  # noqa: E402
from simulator.content.rubrics import Rubric  # noqa: E402
from simulator.content.transcript import Transcript  # noqa: E402
from simulator.conversation.scripted import ScriptedPartner  # noqa: E402
from simulator.conversation.session import Session  # noqa: E402
from simulator.scoring.scorer import score  # noqa: E402
from tests.conversation._styles import (  # noqa: E402
    checklist,
    eliza,
    feelings,
    made_up_story,
    me_too,
    melodrama,
    praise_farmer,
    scaler,
    stock_questions,
    templates,
    thanks_farmer,
)

Script = Callable[[int, Sequence[str]], str]
"""(manager turn number from 0, the employee's turns so far) -> the manager's next line."""

# --- the employee's words, as a skilled listener would pick them up (no hidden state) ---------

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "if",
        "then",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "it's",
        "its",
        "i",
        "i'm",
        "i've",
        "i'd",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "she",
        "they",
        "them",
        "their",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "about",
        "as",
        "just",
        "really",
        "very",
        "yeah",
        "yes",
        "no",
        "not",
        "okay",
        "ok",
        "well",
        "like",
        "um",
        "honestly",
        "basically",
        "actually",
        "right",
        "sure",
        "know",
        "think",
        "thing",
        "things",
        "stuff",
        "what",
        "which",
        "who",
        "how",
        "why",
        "when",
        "where",
        "because",
        "all",
        "some",
        "any",
        "get",
        "got",
        "going",
        "one",
        "been",
        "more",
        "much",
        "even",
        "still",
        "also",
        "maybe",
        "sorry",
        "fine",
        "cool",
        "hey",
        "hi",
        "hiya",
    ]
)
_SWAP = {"i": "you", "i'm": "you're", "i've": "you've", "my": "your", "me": "you", "am": "are"}


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'-]+", line)


def key_phrase(line: str) -> str | None:
    """A short phrase of the employee's own from their line: a determiner or possessive and the
    content words after it ("my dad" -> "your dad"), else their longest content word."""
    words = _words(line)
    for i, w in enumerate(words):
        if w.lower() in ("my", "the", "our"):
            tail = [x for x in words[i + 1 : i + 3] if x.lower() not in _STOP]
            if tail and len(tail[0]) > 3:
                return " ".join([_SWAP.get(w.lower(), w.lower()), *tail[:2]])
    content = [w for w in words if w.lower() not in _STOP and len(w) > 4]
    return max(content, key=len).lower() if content else None


_FEELINGS = [
    "tired",
    "exhausted",
    "stressed",
    "overwhelmed",
    "worried",
    "scared",
    "frustrated",
    "angry",
    "upset",
    "anxious",
    "embarrassed",
    "stuck",
    "alone",
    "hurt",
    "terrified",
    "gutted",
    "furious",
]


def feeling(line: str) -> str | None:
    low = line.lower()
    return next((f for f in _FEELINGS if re.search(rf"\b{f}\b", low)), None)


def _last(said: Sequence[str]) -> str:
    return said[-1] if said else ""


# --- honest managers -------------------------------------------------------------------------


def skilled(turn: int, said: Sequence[str]) -> str:
    """Reflects the employee's last words, asks, shows sympathy when they are hurting, recognises
    specifically, then clarifies resources and an owned next step."""
    last = _last(said)
    phrase = key_phrase(last) or "all of this"
    f = feeling(last)
    if turn == 0:
        return "Thanks for making the time. How are things really going for you at the moment?"
    if f and turn % 3 != 0:
        return (
            f"It sounds like you're {f}, and {phrase} is a big part of it. What's that been like?"
        )
    plan = [
        f"It sounds like {phrase} has been weighing on you more than you've let on.",
        f"What's been the hardest part of {phrase} for you?",
        f"So {phrase} has been landing on you, and that's a lot to carry. "
        "What would help most right now?",
        f"I'm sorry, that sounds really hard. Thank you for telling me about {phrase}.",
        f"The way you've kept {phrase} going under this pressure shows real commitment.",
        f"What do you need from me to make {phrase} more manageable?",
        f"You're carrying {phrase} on your own. What else is going on for you with it?",
        f"What would a good first step on {phrase} look like for you? "
        "Let's agree it and check in on Friday.",
    ]
    return plan[(turn - 1) % len(plan)]


def mediocre(turn: int, said: Sequence[str]) -> str:
    """Means well and follows the topic, but with stock lines: closed questions about what they
    raised, advice on it early, acknowledgement without reflection, generic praise."""
    p = key_phrase(_last(said)) or "things"
    lines = [
        "So how's everything going?",
        f"Okay. Is {p} on track?",
        f"I hear you. Have you tried blocking out focus time for {p}?",
        "Right. You're doing a great job, by the way.",
        f"What do you think is going on with {p}?",
        f"Have you talked to the team about {p}?",
        "Okay, I understand. Anything I can do?",
        f"I'd suggest you prioritise {p} first.",
        "Are you going to be okay for the deadline?",
        "Good. Let's check in again next week.",
    ]
    return lines[turn % len(lines)]


def blunt(turn: int, said: Sequence[str]) -> str:
    """Task first: status questions and orders about what they raise, dismissal and blame."""
    p = key_phrase(_last(said)) or "the deliverables"
    lines = [
        "Okay. Where are we on the deliverables?",
        f"You need to calm down about {p}. Everyone is busy right now.",
        f"Why didn't you tell me about {p} sooner?",
        "Just push through it; it's not a big deal.",
        f"Is {p} going to be done by Friday?",
        f"You should have planned {p} better. Get it done by Friday.",
        "Honestly, your work has been sloppy lately.",
    ]
    return lines[turn % len(lines)]


# --- gaming styles ------------------------------------------------------------------------------


def formula_repeat(turn: int, said: Sequence[str]) -> str:
    return "It sounds like that's really hard. What else?"


def stuffing(turn: int, said: Sequence[str]) -> str:
    return (
        "I really appreciate all your hard work. What do you need from me to succeed, "
        "and what's the next step?"
    )


def nonsense(turn: int, said: Sequence[str]) -> str:
    lines = [
        "It sounds like you feel like a banana.",
        "So what I'm hearing is that you're worried about penguins on the moon.",
        "It sounds like the spreadsheet of your dreams is a trampoline.",
    ]
    return lines[turn % len(lines)]


def judgment_as_reflection(turn: int, said: Sequence[str]) -> str:
    lines = [
        "It sounds like you're making excuses.",
        "I hear you, but honestly your work has been sloppy lately.",
        "Sounds like you're overreacting a bit.",
        "It seems like you're being too sensitive about this.",
    ]
    return lines[turn % len(lines)]


def tell_me_more(turn: int, said: Sequence[str]) -> str:
    return "Tell me more about that."


def interrogation(turn: int, said: Sequence[str]) -> str:
    lines = [
        "Is the project on track?",
        "Did you finish the tests?",
        "Are you okay?",
        "Can you make the deadline?",
        "Is there anything else?",
        "Do you have what you need?",
        "Will it be done by Friday?",
    ]
    return lines[turn % len(lines)]


def parrot(turn: int, said: Sequence[str]) -> str:
    """Echoes the employee's longest sentence back verbatim: grounded, but no listening."""
    sentences = re.split(r"(?<=[.!?])\s+", _last(said).strip())
    longest = max(sentences, key=len) if sentences else "that"
    return "So you're saying " + longest.rstrip(".!?") + "."


def grounded_stuffing(turn: int, said: Sequence[str]) -> str:
    """The stuffed line, with the employee's own words dropped into every slot."""
    p = key_phrase(_last(said)) or "this"
    return (
        f"I really appreciate your hard work on {p}. What do you need from me for {p}, and "
        f"what's the next step on {p}?"
    )


HONEST: dict[str, Script] = {"skilled": skilled, "mediocre": mediocre, "blunt": blunt}
GAMING: dict[str, Script] = {
    "formula on repeat": formula_repeat,
    "keyword stuffing": stuffing,
    "nonsense reflections": nonsense,
    "judgment as reflection": judgment_as_reflection,
    "tell me more on repeat": tell_me_more,
    "yes/no interrogation": interrogation,
    "parrot (verbatim echo)": parrot,
    "keyword stuffing with their words": grounded_stuffing,
    # The listening suite's own, each from a blind set's first measurement:
    "stock questions on rotation": stock_questions,
    "templates around their words": templates,
    "made-up story around their word": made_up_story,
    "me too, around their word": me_too,
    "a carousel of feelings (found in review)": feelings,
    "the same praise around their words (found in review)": praise_farmer,
    "thanks every turn around their words (found in review)": thanks_farmer,
    "a checklist of stock lines around their words (after blind set 8)": checklist,
    "melodrama around their words (after blind set 8)": melodrama,
    "their sentence handed back with a cliché (after blind set 9)": eliza,
    "a rating question around their words (after blind set 10)": scaler,
}
STYLES: dict[str, Script] = {**HONEST, **GAMING}


def play(script: Script, persona_id: str, turns: int = 16) -> Transcript:
    """One session of ``script`` against the persona with the scripted partner."""
    session = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for i in range(turns):
        if session.ended:
            break
        said = [t.text for t in session.turns if t.speaker == "employee"]
        session.respond(script(i, said))
    return session.transcript()


@dataclass(frozen=True)
class Row:
    style: str
    persona: str
    overall: float
    empathy: float
    execution: float


def run(
    rubric: Rubric,
    turns: int = 16,
    styles: dict[str, Script] = STYLES,
    personas: Sequence[str] | None = None,
) -> list[Row]:
    """Play and score every style against every persona (all built-in ones by default)."""
    rows = []
    for style, script in styles.items():
        for persona in personas or sorted(catalog.personas()):
            card = score(play(script, persona, turns), rubric)
            rows.append(
                Row(style, persona, card.overall or 1.0, card.empathy or 1.0, card.execution or 1.0)
            )
    return rows


def means(rows: list[Row]) -> dict[str, tuple[float, float, float]]:
    out: dict[str, tuple[float, float, float]] = {}
    for style in dict.fromkeys(r.style for r in rows):
        mine = [r for r in rows if r.style == style]
        k = len(mine)
        out[style] = (
            sum(r.overall for r in mine) / k,
            sum(r.empathy for r in mine) / k,
            sum(r.execution for r in mine) / k,
        )
    return out


def check(m: dict[str, tuple[float, float, float]]) -> list[str]:
    """The targets missed, as readable lines (empty when all are met)."""
    missed = []
    sk, me, bl = (m[s][0] for s in ("skilled", "mediocre", "blunt"))
    if not sk > me > bl:
        missed.append(f"skilled {sk:.2f} > mediocre {me:.2f} > blunt {bl:.2f} does not hold")
    for style in GAMING:
        if style in m and sk - m[style][0] < 1.0:
            missed.append(f"skilled is only {sk - m[style][0]:.2f} above {style}")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=16, help="manager turns per session (max)")
    parser.add_argument("--rubric", default=catalog.DEFAULT_RUBRIC)
    args = parser.parse_args(argv)
    rubric = catalog.get_rubric(args.rubric)
    rows = run(rubric, args.turns)
    personas = list(dict.fromkeys(r.persona for r in rows))
    print("Overall (empathy / execution) per persona, and each style's mean.\n")
    print("| style | " + " | ".join(personas) + " | mean overall | mean empathy | mean execution |")
    print("| --- " * (len(personas) + 4) + "|")
    m = means(rows)
    for style in m:
        cells = [
            f"{r.overall:.2f} ({r.empathy:.1f}/{r.execution:.1f})"
            for p in personas
            for r in rows
            if r.style == style and r.persona == p
        ]
        o, e, x = m[style]
        print(f"| {style} | " + " | ".join(cells) + f" | **{o:.2f}** | {e:.2f} | {x:.2f} |")
    missed = check(m)
    print()
    print("Targets met." if not missed else "Targets missed:\n- " + "\n- ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
