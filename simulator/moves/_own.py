"""The manager's own words in a turn, apart from what the employee said and a listening
template's stock words: the vocabulary the employee's engine and the scorer share.

A reflection that adds nothing of the manager's own ("So what I'm hearing is staging, load
test, settlement code. What else?", "It sounds like the PR has really been weighing on you")
says their words back inside a frame. Once or twice that is a simple reflection; as a habit it
is an echo. Skilled managers' reflections almost always add a word of their own: a feeling, a
meaning, a link between two things said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from simulator.moves._grounding import FEELING_WORDS
from simulator.moves._lexicon.praise import BARE_PRAISE
from simulator.moves._text import WEEKDAYS

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

_STOP_WORDS = (
    "a an the and or but so of to in on at for with from by about as is are was were",
    "be been being am i me my mine you your yours we our us he him his she her it",
    "its they them their this that these those there here what whats how hows why",
    "when where who whom which do does did doing done have has had having can could",
    "would should will shall may might must not no yes just really very too also",
    "than then now still even ever any some all more most much many lot lots bit get",
    "got go going gone come came let lets let's i'm im you're youre it's its i've",
    "ive you've we're were don't dont didn't didnt isn't isnt wasn't wasnt can't",
    "cant won't wont that's thats there's theres what's i'd id you'd i'll ill okay",
    "ok yeah like well right sure thing things stuff way feel feels felt feeling",
    "kind sort maybe because if out up down off over into again back one two",
)
STOP = frozenset(w for line in _STOP_WORDS for w in line.split()) | {
    "everything",
    "anything",
    "nothing",
    "something",
    "everyone",
    "anyone",
    "someone",
    "all",
    # ... and their "-body" forms, and "instead": words with no content of their own ("What
    # are you doing that nobody knows about?" takes up nothing of "Nobody asked me").
    "nobody",
    "everybody",
    "somebody",
    "anybody",
    "noone",
    "instead",
}


def stem(word: str) -> str:
    """A crude stem: lower case, no possessive, no common English suffix."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of ``text``."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def stems(text: str) -> frozenset[str]:
    """The stems of every word in ``text``."""
    return frozenset(stem(t) for t in tokens(text))


_STEMS: dict[str, str] = {}  # word -> stem, for content words (bounded: cleared when full)
_STEMS_MAX = 50_000


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry content (no stop words, nothing under three letters)."""
    return stems_of(_TOKEN.findall(text.lower().replace("’", "'")))


def stems_of(words: Iterable[str]) -> frozenset[str]:
    """:func:`content_stems` of words already split and lower-cased."""
    # Every turn of every conversation passes through here: a word's stem is looked up, not
    # worked out again (a third of the time on a usual line).
    known = _STEMS
    out = set()
    for t in words:
        if len(t) > 2 and t not in STOP:
            s = known.get(t)
            if s is None:
                if len(known) >= _STEMS_MAX:
                    known.clear()
                s = known[t] = stem(t)
            out.add(s)
    return frozenset(out)


FORMULA_STEMS = frozenset(
    stem(w)
    for line in (
        "sorry hear understand hard tough difficult awful else more tell going lot sounds "
        "really thank thanks appreciate",
        # ... and a stock ask's own: "What would help most?" after "that helps", or "what
        # does a good outcome look like?" after "what good looks like", takes up nothing.
        "help need support good look",
        # ... and a burden idiom's: "a heavy load to bear" after "every load test", "that's
        # taken a toll" after "the toll road" (only "workload", another stem, is their load).
        "load toll",
        # ... and a process narrator's: "I noticed it" takes up nothing of "until customers
        # noticed".
        "notice noticed noticing",
    )
    for w in line.split()
)
"""Stems of a listening formula's own words ("hear", "sounds", "else"): taking them up from
what they said is no grounding."""


def real_grounding(grounding: Iterable[str]) -> bool:
    """Whether any of the employee's words taken up carries content beyond a formula's own
    words ("sorry", "hard", "else", "I noticed")."""
    return any(content_stems(g) - FORMULA_STEMS for g in grounding)


_TEMPLATE_WORDS = (
    "weighing weigh matters matter lot big part really hard heavy tough difficult must"
    # ... and validation's stock words around theirs: "that makes total sense, given X", "of
    # course you'd feel that way about X", "no wonder, with X", "anyone would struggle with X".
    " makes make total sense given course understandable understand wonder natural normal"
    " valid anyone anybody struggle"
    # ... and the stock prompts tacked on after them: "why do you think that is?".
    " think thinks"
    # ... and a ledger's scaffolding around them: "Adding: thirteen, your dad; fourteen, the
    # stroke. Seventeen items." (the numbers that count them off are dropped in _lines).
    " adding added item items list listed tally noted"
)
TEMPLATE_STEMS = frozenset(stem(w) for w in _TEMPLATE_WORDS.split())
"""The words a listening template wraps around theirs ("X has really been weighing on you",
"X matters a lot to you", "X is a big part of this"): nothing of the manager's own."""


_HARDSHIP_WORDS = (
    "heavy hard tough difficult rough stressful stress pressure lot tired exhausted",
    "exhausting overwhelmed overwhelming busy stretched worried worrying draining",
    "drained intense brutal awful tense frustrating frustrated upset rubbish grim",
    "crazy hectic couple week weeks days months lately recently while time period",
    "stretch few",
)
HARDSHIP = frozenset(stem(w) for line in _HARDSHIP_WORDS for w in line.split())


# The parts of feeling phrases and metaphors ("fed up", "on edge", "running on fumes",
# "carrying a lot"), which bring in no fact of their own. The feelings themselves are listed
# once, in the paraphrase families.
_FEELING_METAPHORS = "carrying edge empty fed flat fried fumes spent"
FEELINGS = frozenset(stem(w) for w in (*FEELING_WORDS, *_FEELING_METAPHORS.split())) | HARDSHIP
"""Stems of feelings, hardship and the time words around them: what says how things are for
them, not a fact of the situation."""


_LY_WORD_LIST = "family reply supply belly rally italy"
_LY_WORDS = frozenset(_LY_WORD_LIST.split())


def is_manner(word: str) -> bool:
    """Whether a content word is a manner adverb ("genuinely", "clearly"), not a feeling
    ("lonely") or a thing ("family")."""
    return word.endswith("ly") and word not in FEELINGS and word not in _LY_WORDS


EVERYDAY_STEMS = frozenset(
    stem(w)
    for line in (
        "want wants wanted need needs know knows think care cares caring good right make makes",
        "work job team people time thing things feel way really much",
    )
    for w in line.split()
)
"""Words anyone says about anything: sharing one with them shows nothing was taken up."""

ECHO_SHARE = 0.6
"""A reflection this much copied from what they said is their sentence said back."""
ECHOES_HEARD = 2
"""Reflections of only their words (said back, or in a frame) that still count as listening:
a simple reflection works once or twice; after that it is an echo and earns nothing more."""
STALES_HEARD = 2
"""Turns answering what they said before rather than what they just said that still earn in the
employee's engine; after that, a reply behind is a habit (the scorer counts these turns in its
echo allowance, through :attr:`Assessment.says_back`)."""
STALE_SHARE = 0.3
"""Share of a turn copied from an earlier reply of theirs (with nothing from the latest) that
makes it an answer to what they said before. Blind skilled voices reach it in nine turns of
about 2,200, at most twice in one conversation (sets 1-15); a manager who always reflects the
reply before last, three to five times in a conversation of ten turns."""


_INTERJECTION_WORDS = "ha haha typical oof ugh yikes blimey literally honestly totally"
INTERJECTION_STEMS = frozenset(stem(w) for w in _INTERJECTION_WORDS.split())
"""Words of register, not of meaning: an exclamation ("Ha.", "Oof.", "Typical."), an
intensifier ("literally", "honestly"). Tacked onto their words they add nothing of the
manager's own (blind set 30's chameleon: "Same as everyone else, mind. Nobody asked.
Typical.")."""
_TAG = re.compile(r", mind\b(?=\s*(?:[.,;!?\u2014-]|$))")
"""A tag at a clause's end ("..., mind."): "mind" of no meaning, unlike "on your mind"."""
_ALONE = re.compile(
    r"(?:^|[.!?]\s+)(grand|tidy|lovely|cool|classic|sorted|nice|brilliant|great|fine|sure)"
    r"(?=\s*(?:[.!?]|, mind\b|$))"
)
"""An approving word standing as a sentence of its own ("Grand.", "Tidy.", "Cool."): a
register's tic, unlike "a grand plan" or "you stayed cool"."""


def adds_own(content: AbstractSet[str], said: AbstractSet[str], low: str = "") -> bool:
    """Whether a turn whose content stems are ``content`` adds a word of the manager's own to
    what the employee said (``said``, their content stems): not only their words in a listening
    frame, with a manner adverb ("genuinely"), an interjection ("typical") or a tag (", mind",
    read in the lower-case text ``low``) tacked on."""
    own = content - said - FORMULA_STEMS - TEMPLATE_STEMS - INTERJECTION_STEMS
    if "mind" in own and _TAG.search(low) is not None and "mind" not in low.replace(", mind", ""):
        own = own - {"mind"}
    if own and "." in low:
        # Only a word that never stands anywhere else in the turn: "Grand. A grand plan."
        # keeps its meaning.
        alone = Counter(stem(m.group(1)) for m in _ALONE.finditer(low))
        if alone:
            everywhere = Counter(stem(t) for t in tokens(low))
            own = own - {w for w, n in alone.items() if everywhere[w] == n}
    return any(not is_manner(w) for w in own)


_STOCK_LINE_WORDS = (
    "mind hardest appreciate handle handled handling judgment judgement judge safe space"
    " next step steps sort happen plan great lately recently check week tomorrow "
    + " ".join(WEEKDAYS)
)
STOCK_LINE_STEMS = (
    frozenset(stem(w) for w in _STOCK_LINE_WORDS.split()) | FORMULA_STEMS | TEMPLATE_STEMS
)
"""The own words of a checklist's stock lines (those above, and a formula's or a template's:
"help", "part") ("X has been on your mind", "the hardest part
about X", "I appreciate how you've handled X", "no judgment here about X", "the next step is
to sort out X"): around a phrase of theirs, they add nothing of the manager's own."""
SLOTS_HEARD = 2
"""Stock lines with one phrase of theirs slotted in that still count as listening: after that,
a rotation of such lines (a question, praise, a feeling, "no judgment here about X") is a
checklist run with their nouns, and earns nothing more."""


def content_sequence(words: Iterable[str]) -> tuple[tuple[str, bool], ...]:
    """A turn's content words (lower-case ``words``, in order; stop words out) as (stem, is a
    stock line's own or an everyday word or a manner adverb): what :func:`slotted` reads,
    worked out once per line."""
    out = []
    known = _STEMS  # usually filled already by the turn's content_stems
    for w in words:
        if len(w) > 2 and w not in STOP:
            s = known.get(w) or stem(w)
            out.append((s, s in STOCK_LINE_STEMS or s in EVERYDAY_STEMS or is_manner(w)))
    return tuple(out)


def slotted(content: Iterable[tuple[str, bool]], said: AbstractSet[str]) -> bool:
    """Whether a turn (its :func:`content_sequence`) is a stock line with one phrase of theirs
    in it: their content words (``said``: their stems; everyday words aside) in one run, with
    stop words only between them, and every other content word a stock line's own (see
    :data:`STOCK_LINE_STEMS`) or a manner adverb."""
    theirs = closed = False
    for s, stock in content:
        if s in said and s not in EVERYDAY_STEMS:
            if closed:
                return False  # a second phrase of theirs: more than a slot
            theirs = True
        elif stock:
            closed = theirs
        else:
            return False  # a word of the manager's own
    return theirs


_AMPLIFIER_WORDS = (
    "unbearable unbearably crushing crushed devastating devastated heartbreaking heartbroken"
    " shattered outrageous outraged betrayal betrayed furious seething rage livid hell trapped"
    " horrendous unimaginable unimaginably utterly nightmare catastrophic traumatic traumatised"
    " destroyed agony agonising excruciating torture torturous despair desperate impossible"
    " insult insulting horrific terrifying drowning suffocating"
)
AMPLIFIERS = frozenset(_AMPLIFIER_WORDS.split())
"""Words that make what someone said bigger than they said it ("an unbearable, crushing
burden", "you must be absolutely furious"): once, an amplified reflection can help someone
hear themselves; as a habit it is melodrama pinned on them."""
AMPLIFIED_HEARD = 2
"""Turns that name a feeling or a hardship bigger than anything they said that still count as
listening; after that each earns nothing (skilled managers in our blind sets: at most two)."""


def amplifies(words: AbstractSet[str], seq: Iterable[str], said: AbstractSet[str]) -> str | None:
    """The first word of a turn (its lower-case word types ``words``, in order ``seq``) that
    makes things bigger than they said them (see :data:`AMPLIFIERS`) and is not theirs
    (``said``: their stems), else None."""
    if AMPLIFIERS.isdisjoint(words):
        return None  # most turns: one set test
    for w in seq:
        if w in AMPLIFIERS and stem(w) not in said:
            return w
    return None


def stock_praise(quoted: str, counterweight: str | None) -> bool:
    """Whether praise (its cue's ``quoted`` words) credits nothing they did: it sits in a stock
    counterweight ("..., and part of you really cares about getting it right") or praises the
    person in general ("I really value you", :data:`._lexicon.praise.BARE_PRAISE`), however much of
    theirs the rest of the turn takes up."""
    if not quoted:
        return False
    if BARE_PRAISE.fullmatch(quoted):
        return True
    return counterweight is not None and quoted in counterweight
