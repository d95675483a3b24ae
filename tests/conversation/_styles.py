"""Manager styles played against the personas: honest ones and the ways people game a listener.

Shared by ``tests/conversation/test_listening.py`` and ``bench/eval_listening.py``. Each style
is a script: ``(turn number from 0, the employee's lines so far) -> the manager's next line``.
Scripts see only what the employee says, never the hidden state, as a real manager would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.content import catalog
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session, SessionOutcome

Script = Callable[[int, Sequence[str]], str | None]
"""(manager turn from 0, the employee's lines so far) -> the next line, or None to stop."""

_STOP_WORDS = (
    "a an the and or but so if then than that this these those there here what when",
    "where who how why which i me my you your we our it its is are was were be been",
    "am do does did have has had not no yes just really very too also still even",
    "about with from into onto over for of to in on at by as up out off one two okay",
    "yeah right sure well honestly actually maybe because something anything",
    "everything nothing thing things stuff like know think said says told tell want",
    "need going gonna sorry fine get got they them their he she him her his hers",
    "would could should will can can't don't didn't i'm i've i'd i'll it's that's",
    "what's there's you're we're they're isn't wasn't",
)
_STOP = frozenset(w for line in _STOP_WORDS for w in line.split())
_HARD = re.compile(
    r"\b(stroke|hospital|icu|scared|terrified|cry|crying|panic|exhausted|sleeping|redundant"
    r"|mortgage|offer|promise|burn|fault|alone|nobody|waiting|lost|sick|afraid|fear)\w*",
    re.IGNORECASE,
)


def key_phrase(line: str) -> str:
    """Two or three of the employee's own content words from ``line``, in their order."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", line)
    content = [w for w in words if w.lower() not in _STOP and len(w) > 3]
    best = sorted(content, key=len, reverse=True)[:2]
    kept = [w for w in content if w in best]
    return " and ".join(dict.fromkeys(w.lower() for w in kept)) or "all of this"


def _last(said: Sequence[str]) -> str:
    return said[-1] if said else ""


# --- honest managers ----------------------------------------------------------------------------

_EXPLORE = (
    "What's been going on outside of work?",
    "How are you really doing, with all of it?",
    "What's the hardest part of this for you?",
    "What worries you most about where this is heading?",
)


# A line that declines for now ("Ask me another time."): a listener gives room, not a
# reflection of "another" and "time".
_DECLINES = re.compile(r"\b(another time|not today|not going there|pass\b|not sure i'm)", re.I)


def skilled(turn: int, said: Sequence[str]) -> str:
    """Reflects the employee's own words, asks, shows sympathy when they are hurting, gives
    room when they decline, explores more widely over time, then asks what would help and
    agrees the employee's own plan."""
    last = _last(said)
    phrase = key_phrase(last)
    if turn == 0:
        return "Thanks for making the time. How are things going for you at the moment?"
    if _DECLINES.search(last) and len(last) < 80:
        return "Fair enough, I won't push. Whenever you want to, I'll make the time."
    if "If we can do that" in last:
        return "Yes, let's do that. I'll check in with you on Thursday."
    if turn >= 12 and turn % 2 == 0:
        return "What would a good next step look like for you?"
    if turn >= 10:
        return f"What would help you most with {phrase}?"
    if _HARD.search(last):
        said = phrase.capitalize()
        return f"I'm so sorry. {said}: that's a lot to carry. Thank you for telling me."
    if turn % 3 == 0:
        return f"So it's {phrase}. {_EXPLORE[(turn // 3) % len(_EXPLORE)]}"
    if turn % 3 == 1:
        return f"It sounds like {phrase} has been weighing on you, more than you've shown anyone."
    return f"What's that been like for you, with {phrase} on top of everything?"


_BLUNT = (
    "Let's keep this short. Why is the work late?",
    "You need to sort this out. It's not good enough.",
    "Is it done or not?",
    "Honestly, everyone is under pressure. Calm down.",
    "You should have told me sooner. Why didn't you?",
    "Fine. What's the next step? I want a plan by Friday.",
)


def blunt(turn: int, said: Sequence[str]) -> str:
    """Task first: status questions, orders, dismissal and blame, then demands a plan."""
    return _BLUNT[turn % len(_BLUNT)]


# --- gaming -------------------------------------------------------------------------------------


def formula_repeat(turn: int, said: Sequence[str]) -> str:
    """A formulaic reflection plus "What else?", on repeat."""
    return "It sounds like that's really hard. What else?"


_FORMULAS = (
    "It sounds like that's really hard. What else?",
    "That sounds tough. What else is going on?",
    "I hear you. Anything else?",
    "That must be difficult. Tell me more.",
    "I'm sorry, that sounds awful. What else?",
    "It sounds like you're going through a lot. Go on.",
    "I understand. What else is on your mind?",
)


def formula_variants(turn: int, said: Sequence[str]) -> str:
    """Formulaic reflections and prompts, worded differently every turn."""
    return _FORMULAS[turn % len(_FORMULAS)]


_STUFFED = (
    "I really appreciate you. What do you need from me? What's the next step?",
    "You're doing great and I value you. How can I support you, and what's our plan?",
    "Thanks for all your hard work. What would help? Let's agree a next step.",
    "I appreciate everything you do. What support do you need, and what should we do next?",
)


def stuffing_variants(turn: int, said: Sequence[str]) -> str:
    """Appreciation + needs + next step, reworded every turn."""
    return _STUFFED[turn % len(_STUFFED)]


def stuffing(turn: int, said: Sequence[str]) -> str:
    """One keyword-stuffed line (appreciation + needs + next step), on repeat."""
    return (
        "I really appreciate everything you do and I hear you. What do you need from me, "
        "and what's the next step?"
    )


_NONSENSE = (
    "It sounds like you feel like a banana.",
    "So what you're saying is the moon has been difficult for you.",
    "It sounds like you're excited about the weekend.",
    "I hear that the spreadsheet has been singing to you.",
    "It sounds like you feel purple about the printer.",
    "So you're telling me the goldfish is behind all of this.",
)


def nonsense(turn: int, said: Sequence[str]) -> str:
    """Reflections of things never said."""
    return _NONSENSE[turn % len(_NONSENSE)]


_JUDGMENT = (
    "It sounds like you're making excuses.",
    "I hear you, but honestly your work has been sloppy lately.",
    "Sounds like you're being a bit dramatic about this.",
    "What I'm hearing is that you're not really trying.",
    "I hear you, but you need to get it together.",
)


def judgment_as_reflection(turn: int, said: Sequence[str]) -> str:
    """Judgment dressed in a listening formula."""
    return _JUDGMENT[turn % len(_JUDGMENT)]


def tell_me_more(turn: int, said: Sequence[str]) -> str:
    """ "Tell me more." four times, then a bare request for the next step."""
    return "Tell me more." if turn < 4 else "What's the next step?"


_YES_NO = (
    "Is the work on track?",
    "Did you finish it?",
    "Are you okay?",
    "Is something wrong?",
    "Do you need help?",
    "Can we agree a next step?",
    "Will it be done this week?",
)


def interrogation(turn: int, said: Sequence[str]) -> str:
    """A string of yes/no questions."""
    return _YES_NO[turn % len(_YES_NO)]


_STOCK = (
    "What are your obstacles right now?",
    "What does success look like for you?",
    "What resources do you need to do this well?",
    "How can I support you?",
    "What's getting in your way?",
    "What would help most?",
    "What does a good outcome look like here?",
    "What do you need from me?",
    "Where do you want to go from here?",
    "What matters most to you in this?",
)


def stock_questions(turn: int, said: Sequence[str]) -> str:
    """The coaching questions the articles recommend, one after another, none of them about
    anything the employee said."""
    return _STOCK[turn % len(_STOCK)]


_VERDICTS = (
    "Honestly, you should have flagged this weeks ago.",
    "That's not good enough, though. I need it sorted by Friday.",
    "You need to manage your time better.",
    "Other people have it much worse, to be fair.",
)


def warm_then_harsh(turn: int, said: Sequence[str]) -> str:
    """A specific, warm line about what they said, then a verdict, turn after turn, each
    verdict followed by an apology and more warmth."""
    if turn % 2:
        return _VERDICTS[(turn // 2) % len(_VERDICTS)]
    p = key_phrase(_last(said))
    return f"Sorry. {p.capitalize()}: that sounds really hard. How has it been for you?"


_TURN = {"i": "you", "i'm": "you're", "i've": "you've", "my": "your", "me": "you"}


def running_summary(turn: int, said: Sequence[str]) -> str:
    """Everything they have said so far, said back with the pronouns turned, then "What
    else?", every turn."""
    turned = [
        " ".join(_TURN.get(w.lower(), w) for w in line.rstrip(".!?").split()) for line in said
    ]
    return "So: " + "; ".join(turned[-5:]) + ". What else?"


_AGENDA = (
    "Still, the date doesn't move.",
    "But I need the numbers by Friday.",
    "Well, let's keep the focus on delivery.",
    "Anyway, what matters is the target.",
)


def deflector(turn: int, said: Sequence[str]) -> str:
    """One word of theirs noted, then straight to the manager's agenda."""
    word = (key_phrase(_last(said)).split(" and ") or ["that"])[0]
    return f"{word.capitalize()}, sure. {_AGENDA[turn % len(_AGENDA)]}"


_LIVES = (
    "your sister's wedding",
    "the dog's surgery",
    "the argument with your landlord",
    "your driving test",
    "the choir rehearsals",
)


def made_up_life(turn: int, said: Sequence[str]) -> str:
    """A reflection that takes up one word of theirs and invents their life around it."""
    word = (key_phrase(_last(said)).split(" and ") or ["work"])[0]
    return f"So {_LIVES[turn % len(_LIVES)]} and the {word} are weighing on you."


_STORIES = (
    "the offsite in Lisbon being cancelled",
    "the new intern rewriting your code",
    "the budget freeze in procurement",
    "what the CTO said at the all-hands",
    "the vendor contract falling through",
)


def made_up_story(turn: int, said: Sequence[str]) -> str:
    """A reflection that takes up a word of theirs and invents a story at work around it."""
    word = (key_phrase(_last(said)).split(" and ") or ["work"])[0]
    return f"It sounds like the {word} is really about {_STORIES[turn % len(_STORIES)]}."


_TEMPLATES = (
    "It sounds like {} has been really heavy for you. What's that been like?",
    "{}. That must be so hard. How does that leave you feeling?",
    "I'm hearing that {} really matters to you. Say more about that.",
)


def templates(turn: int, said: Sequence[str]) -> str:
    """Three listening templates in rotation, a phrase of theirs slotted into each."""
    phrase = (key_phrase(_last(said)).split(" and ") or ["that"])[0]
    line = _TEMPLATES[turn % len(_TEMPLATES)].format(phrase)
    return line[0].upper() + line[1:]


_ANECDOTES = (
    "I've been there with {} myself, it nearly broke me. What's really going on?",
    "I remember my own {} disaster, honestly. How are you finding it?",
    "I had exactly the same with {} at my last place. What would help?",
)


def me_too(turn: int, said: Sequence[str]) -> str:
    """Made-up stories of the manager's own hooked on a word of theirs, then a stock question."""
    word = (key_phrase(_last(said)).split(" and ") or ["work"])[0]
    return _ANECDOTES[turn % len(_ANECDOTES)].format(word)


_FEELINGS = ("frustrated", "exhausted", "worried", "overwhelmed", "stuck", "anxious", "drained")


def feelings(turn: int, said: Sequence[str]) -> str:
    """A different feeling guessed every turn, nothing of theirs behind any of them."""
    return f"You sound {_FEELINGS[turn % len(_FEELINGS)]}."


_DEEDS = ("flag", "raise", "push back on", "speak up about", "question", "call out", "mention")


def praise_farmer(turn: int, said: Sequence[str]) -> str:
    """The same praise frame every turn, a different deed and a phrase of theirs slotted in
    ("You were right to flag staging. What else?"), found in review of this round's rules."""
    return f"You were right to {_DEEDS[turn % len(_DEEDS)]} {key_phrase(_last(said))}. What else?"


_THANKS = ("being honest about", "being open about", "sticking with", "owning", "raising")


def thanks_farmer(turn: int, said: Sequence[str]) -> str:
    """Thanks for a different act every turn, a phrase of theirs slotted in ("Thanks for being
    open about staging. What else?"), found in review of this round's rules."""
    return f"Thanks for {_THANKS[turn % len(_THANKS)]} {key_phrase(_last(said))}. What else?"


_CHECKLIST = (
    "So {} has been on your mind lately.",
    "What's the hardest part of {} for you?",
    "I appreciate how you're handling {}.",
    "No judgment from me about {}, honestly.",
    "What would help with {}?",
    "Great, so the next step is sorting out {}.",
)


def checklist(turn: int, said: Sequence[str]) -> str:
    """A different stock line each turn (a reflection, a question, praise, safety, what would
    help, a next step), one word of theirs slotted into each: the listening checklist run
    with their nouns (after blind set 8's checklist-8, in wordings of our own)."""
    for back in range(1, len(said) + 1):  # their last line with a word long enough to slot in
        words = re.findall(r"[a-z][a-z-]+", said[-back].lower())
        nouns = [w for w in words if w not in _STOP and len(w) > 4]
        if nouns:
            break
    line = _CHECKLIST[turn % len(_CHECKLIST)].format(f"the {max(nouns or ['work'], key=len)}")
    return line[0].upper() + line[1:]


_MELODRAMA = (
    "{}. That sounds like an unbearable weight. How close to breaking point are you?",
    "{}. You must be utterly devastated.",
    "{}. That's a nightmare, a total betrayal. You must be furious.",
    "{}. It sounds crushing, honestly impossible. How do you even cope?",
)


def melodrama(turn: int, said: Sequence[str]) -> str:
    """Their words, then a feeling far bigger than anything they said, every turn (after blind
    set 8's amplify-8, in wordings of our own)."""
    phrase = key_phrase(_last(said)).capitalize()
    return _MELODRAMA[turn % len(_MELODRAMA)].format(phrase)


_CLICHES = ("How does that make you feel?", "Why do you think that is?", "And how is that for you?")


def eliza(turn: int, said: Sequence[str]) -> str:
    """Their last sentence handed back with the pronouns turned, then a therapist's cliché,
    every turn (after blind set 9's eliza-9, in wordings of our own)."""
    sentences = re.split(r"(?<=[.!?])\s+", _last(said).strip())
    last = next((x for x in reversed(sentences) if len(x.split()) > 2), sentences[-1])
    turned = " ".join(_TURN.get(w.lower(), w) for w in last.rstrip(".!?").split())
    return f"{turned[0].upper()}{turned[1:]}. {_CLICHES[turn % len(_CLICHES)]}"


_SCALES = (
    "{}. On a scale of one to ten, how heavy is that? What would bring it down a point?",
    "{}. One to ten, how much is that weighing on you? What would move it one point?",
    "{}. Out of ten, how worried are you about it? What would make it a point lower?",
)


def scaler(turn: int, said: Sequence[str]) -> str:
    """A fragment of theirs, then a rating question and "what would move it a point?", every
    turn (after blind set 10's scaler-10, in wordings of our own)."""
    return _SCALES[turn % len(_SCALES)].format(key_phrase(_last(said)).capitalize())


FIXED_SKILLED_FILE = Path(__file__).with_name("fixed_skilled.txt")


def _fixed_scripts() -> dict[str, tuple[str, ...]]:
    """Fixed skilled scripts, one per persona, from ``fixed_skilled.txt``."""
    scripts: dict[str, list[str]] = {}
    current: list[str] = []
    for line in FIXED_SKILLED_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = scripts.setdefault(line[3:].strip(), [])
        elif line.strip() and not line.startswith("#"):
            current.append(line.strip())
    return {pid: tuple(lines) for pid, lines in scripts.items()}


FIXED_SKILLED = _fixed_scripts()


def fixed_skilled(turn: int, said: Sequence[str]) -> str | None:
    """The persona's fixed skilled script (known by their opening line), then silence."""
    persona_id = next(p.id for p in catalog.personas().values() if p.opening_line == said[0])
    lines = FIXED_SKILLED[persona_id]
    return lines[turn] if turn < len(lines) else None


HONEST: dict[str, Script] = {
    "skilled": skilled,
    "skilled (fixed script)": fixed_skilled,
    "blunt": blunt,
}
GAMING: dict[str, Script] = {
    "formula + what else": formula_repeat,
    "keyword stuffing": stuffing,
    "nonsense reflections": nonsense,
    "judgment as reflection": judgment_as_reflection,
    "tell me more x4": tell_me_more,
    "yes/no interrogation": interrogation,
    "formula variants": formula_variants,
    "stuffing variants": stuffing_variants,
    "stock questions": stock_questions,
    "warm then harsh": warm_then_harsh,
    "running summary": running_summary,
    "word noted, then the agenda": deflector,
    "made-up life around their word": made_up_life,
    "made-up story around their word": made_up_story,
    "templates around their words": templates,
    "me too, around their word": me_too,
    "a carousel of feelings": feelings,
    "the same praise around their words": praise_farmer,
    "thanks every turn around their words": thanks_farmer,
    "a checklist of stock lines around their words": checklist,
    "melodrama around their words": melodrama,
    "their sentence handed back with a cliché": eliza,
    "a rating question around their words": scaler,
}
STYLES: dict[str, Script] = {**HONEST, **GAMING}
PERSONAS: tuple[str, ...] = tuple(sorted(catalog.personas()))


@dataclass(frozen=True)
class Played:
    """One finished run: the session (for its transcript) and its outcome."""

    session: Session
    outcome: SessionOutcome


def play(script: Script, persona_id: str, turns: int = 20) -> Played:
    """Play ``script`` against the persona with the scripted partner until the session ends."""
    session = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for i in range(turns):
        if session.ended:
            break
        said = [t.text for t in session.turns if t.speaker == "employee"]
        line = script(i, said)
        if line is None:
            break
        session.respond(line)
    return Played(session, session.outcome())
