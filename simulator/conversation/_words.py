"""Small word tools the engine reads a manager turn with: cue matching and context checks.

Kept apart from the move detectors on purpose: these answer persona questions (does this
turn touch the layer's topic? which fact does it ask about? is the trigger phrase quoted,
negated or owned?), not what move a turn makes. All of it is plain regex and set work on
one short turn, well inside the engine's 1 ms budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from simulator.moves import Move, detect, named_things
from simulator.moves._own import FEELINGS as _FEELINGS

# Re-exported: the engine reads turns with these (one stemmer for the engine and the scorer).
from simulator.moves._own import FORMULA_STEMS as FORMULA_STEMS
from simulator.moves._own import HARDSHIP as _HARDSHIP
from simulator.moves._own import STOP as _STOP
from simulator.moves._own import content_stems as content_stems
from simulator.moves._own import real_grounding as real_grounding
from simulator.moves._own import stem as stem
from simulator.moves._own import stems as stems
from simulator.moves._own import tokens as tokens
from simulator.moves._text import CLOCK_HOUR, WEEKDAY_ALTERNATION


@lru_cache(maxsize=4096)
def _cue_stems(cue: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(cue))


def matching_cue(turn_stems: frozenset[str], cues: Iterable[str]) -> str | None:
    """The first cue whose every word (by stem) is in the turn, or ``None``."""
    for cue in cues:
        words = _cue_stems(cue)
        if words and all(w in turn_stems for w in words):
            return cue
    return None


# --- triggers in context ------------------------------------------------------------------------

# A single-quoted phrase may hold contractions ("Greg's 'it's in the onboarding doc' reply"):
# an apostrophe between letters does not close it.
_QUOTES = re.compile(
    r"[\"“”]([^\"“”]+)[\"“”]|(?<![a-z])['‘]((?:[^'‘’]|(?<=[a-z])['’](?=[a-z]))+)['’](?![a-z])"
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|won't|wont|don't|dont|isn't|isnt|wasn't|wasnt|shouldn't|shouldnt"
    r"|nobody|no one|nothing|without|instead of|rather than|stop saying|not going to)\b"
)
_OWNED = re.compile(
    r"\b(?:(?:that|this|it)(?:'s| is| was) on me|my (?:fault|mistake|bad)|i (?:was|got it) wrong"
    r"|i shouldn'?t have|i should(?: not|n't) have|i'?m sorry (?:i|that i|for)"
    r"|i apologi[sz]e|i passed (?:that |it )?on|i own (?:that|this|it)|i regret"
    r"|i take responsibility|i should have)\b"
)


def phrase_in_context(text: str, phrase: str) -> bool:
    """Whether ``phrase`` is *said* in ``text``, not quoted, negated or owned.

    "Just focus on the launch" says it. "I won't tell you to just focus on the launch",
    "that 'executive presence' note" and "I passed that note on, and that's on me" do not:
    the manager is naming the phrase to disown it, so it is no trigger.
    """
    low = text.lower().replace("’", "'")
    p = phrase.lower()
    start = low.find(p)
    if start < 0:
        return False
    if _OWNED.search(low):
        return False
    while start >= 0:
        quoted = any(
            m.start() <= start and start + len(p) <= m.end() for m in _QUOTES.finditer(low)
        )
        # Negation close before the phrase, in the same clause.
        before = re.split(r"[.!?;,]", low[max(0, start - 40) : start])[-1]
        if not quoted and not _NEGATION.search(before):
            return True
        start = low.find(p, start + 1)
    return False


_BLAME = re.compile(
    r"\b(?:(?:that|this|it)(?:'s| is| was)(?: just| simply)? not good enough|not acceptable"
    r"|unacceptable|what were you thinking|get (?:it|yourself) together|pull your socks up"
    r"|step up your game|i expect(?:ed)? better|disappointed in you|you dropped the ball"
    r"|you let (?:me|us|the team) down)\b"
)


def blame(text: str) -> str | None:
    """Plain blame the manager *says* ("That's not good enough"), not quotes or owns, as said.

    A backstop to the detectors: whatever they call the turn, blame never earns trust."""
    low = text.lower().replace("’", "'")
    for m in _BLAME.finditer(low):
        if phrase_in_context(text, m.group(0)):
            return m.group(0)
    return None


# --- kinds of turn the detectors do not name ---------------------------------------------------

# Kindness is a concrete permission ("go home, be with your dad") or support that names
# nothing ("I'm here for you"), which is a formula when it is all there is, turn after turn.
_PERMISSION_SOURCE = (
    r"go home|take (?:the|some|all the) time(?: you need)?|take (?:the|a) (?:day|days|"
    r"afternoon|week|morning) off|take care of (?:yourself|him|her|them|your \w+)"
    r"|be with (?:your|him|her|them)|family comes first|your \w+ comes first"
    r"|you don'?t have to (?:explain|apologi[sz]e|justify)|no need to (?:apologi[sz]e|explain)"
)
_BARE_KINDNESS_SOURCE = (
    r"i'?ve got your back|i'?m (?:here|on your side)|you'?re not alone|whatever you need"
)
_KINDNESS = re.compile(rf"\b(?:{_PERMISSION_SOURCE}|{_BARE_KINDNESS_SOURCE})\b")
_PERMISSION = re.compile(rf"\b(?:{_PERMISSION_SOURCE})\b")
_BARE_KINDNESS = re.compile(rf"\b(?:{_BARE_KINDNESS_SOURCE})\b")
_APOLOGY = re.compile(
    r"\b(?:i'?m sorry (?:i|that i|for|we)|i apologi[sz]e|(?:that|this)(?:'s| is| was) on me"
    r"|my (?:fault|mistake|bad)|i (?:was|got (?:it|that)) wrong|i should(?: not|n't)? have"
    r"|i shouldn'?t have|i let you down|i dropped the ball|i owe you an apology)\b"
)
_AGREE = re.compile(
    r"^(?:yes|yeah|yep|sure|okay|ok|absolutely|definitely|deal|agreed|done|great|perfect)\b"
    r"|\b(?:let'?s do (?:it|that|this)|that works|sounds good|sounds like a plan|i can do that"
    r"|we can do that|i'?ll make (?:it|that) happen|consider it done|i agree|you'?ve got it"
    r"|that'?s fine by me|happy to do that)\b"
)
_QUESTION_WORDS = re.compile(
    r"\?|^(?:what|how|when|where|which|who|is|are|do|does|did|can|could)\b"
)


_FACTUAL = re.compile(
    r"\b(?:when|how (?:many|much|long|far|old|big|often|close)|what (?:date|time|day|percentage"
    r"|number|figure)|which|where|who|exactly|what(?:'s| is) the (?:date|number|status|figure"
    r"|gap|difference|deadline))\b"
)


def is_factual(text: str) -> bool:
    """A question after a fact (when, how many, how far, which...), not about how they feel."""
    low = text.lower().replace("’", "'")
    return "?" in low and bool(_FACTUAL.search(low))


_FORMULA_PROMPT = re.compile(
    r"\b(?:what else|anything else|tell me more|say more|go on|keep going|and then what"
    r"|what more)\b"
)


def is_formula_prompt(text: str) -> bool:
    """A prompt to go on ("What else?", "Tell me more") that asks about nothing in particular."""
    return bool(_FORMULA_PROMPT.search(text.lower()))


def last_sentence(text: str) -> str:
    """The turn's last sentence: where its question or prompt ("What else?") usually sits."""
    parts = [p for p in re.split(r"(?<=[.!?;:])\s+", text.strip()) if p]
    return parts[-1] if parts else ""


def takes_up(text: str, said: frozenset[str]) -> bool:
    """Whether ``text`` holds a word of theirs (stems in ``said``) beyond a formula's own."""
    return bool((content_stems(text) - FORMULA_STEMS) & said)


def untold(content: frozenset[str], known: frozenset[str]) -> frozenset[str]:
    """The content stems of a turn that are neither in ``known`` nor a feeling: what it adds
    of its own ("visa", "Lisbon")."""
    return content - known - _FEELINGS


def grounding_words(grounding: Iterable[str]) -> frozenset[str]:
    """The stems of the employee's words taken up, a formula's own words aside."""
    return frozenset(w for g in grounding for w in content_stems(g)) - FORMULA_STEMS


_OFFER = re.compile(
    r"\b(?:(?:let'?s|let us)(?! (?:stay|go back|slow down|leave|park|not|pause|start with"
    r"|take (?:a|it) (?:step|minute|moment|second|breath)|go where|hear|talk about (?:you|how)"
    r"|(?:set|put) (?:\w+ ){1,3}aside)\b)"
    r"|(?:i'?ll|i will)(?! (?:leave|drop|stop|back off|be honest|be quick|keep it (?:short|brief)"
    r"|try not to|shut up|listen|take (?:that|it)(?=[.!,;]|$| on the chin)|back you|just say"
    r"|say (?:this|one thing))\b)"
    # Putting the plan off to listen: "We'll get to the timeline", "we can leave that".
    r"|(?:we'?ll|we will|we can)(?! (?:get to|come back to|leave|park|do (?:\w+ ){1,3}later"
    r"|see|hear|imagine|understand|tell|sense|feel|picture|appreciate)\b)"
    # "I can see how that reads", "I can only imagine": understanding, not an offer.
    r"|i can(?! (?:(?:only|absolutely|really|totally|completely|just|well|certainly"
    r"|definitely|easily|already) )?(?:see|hear|imagine|understand|tell|sense|feel|picture"
    r"|appreciate)\b)"
    r"|how about|what if|could we|can we|shall we|would it help if|i'?m going to"
    r"|we'?re going to|you'?ll|you will|you can|you could"
    # "I want to understand what's going on", "I'd like to hear it": listening, not an offer.
    r"|(?:i want to|i'?d like to)(?! (?:know|hear|understand|listen|check|ask|learn|say|be"
    r" clear|make sure (?:i|you know)|get (?:a sense|it right)|start)\b))\b"
    # "You can't stop thinking about it" offers nothing.
    r"(?!['’]t)"
)


# A clause that turns a need down: "Jenna's stretched too", "you'll have to keep doing the
# go/no-go calls", "once a week at most", "it's a bit much with her workload".
_REFUSAL = re.compile(
    r"\b(?:stretched|too (?:busy|much)|a bit much|at most|no way|afraid not"
    r"|(?:can't|cannot|can not|won't|couldn't) (?:spare|give|manage|offer|free up|make that"
    r"|agree to|promise|afford|do that)"
    r"|(?:have|has|need|needs|got) to keep|keep (?:doing|running|covering|taking|handling)"
    r"|not (?:possible|an option|going to happen|on the table|about)"
    # Any verb refused: "Jenna won't take the calls", "the sync isn't going to move" -- but not
    # relief ("you won't have to run them"), which offers.
    r"|(?:won't|will not|can't|cannot|isn't going to|aren't going to|not going to)"
    r"(?! (?:have|need) to\b)(?: \w+)?"
    # What stays as it is: "that stays with you", "the sync stays where it is", "the target
    # stays full", "the weekend queue stays yours".
    r"|stays? (?:with you|as (?:it|they) (?:is|are)|where (?:it|they) (?:is|are)|put|the same"
    r"|full|yours|unchanged|in place))\b"
)
_CLAUSE = re.compile(r"[.;!?,\u2014\u2013]|\s-\s|\bbut\b|\bthough\b")


def offered(text: str) -> frozenset[str]:
    """The stems of a proposal's clauses that do not turn something down: what it offers."""
    return frozenset(
        stem(t)
        for clause in _CLAUSE.split(text.lower())
        if not _REFUSAL.search(clause)
        for t in tokens(clause)
    )


_LAST_SENTENCE = re.compile(r"[^.!?]+[.!?]*\s*$")


def hands_back(text: str) -> bool:
    """Whether a turn ends by handing the floor back with an open question about them ("I'll
    make sure it's in the action items. What's been hardest for you?"), not by asking about
    the plan ("Does that work?", "What else would help?", "When shall we meet?"): a
    commitment said on the way to listening is not a proposal to agree on, and they need not
    answer it with "a plan for what?"."""
    if "?" not in text[-3:]:
        return False
    last = _LAST_SENTENCE.search(text.strip())
    if last is None:
        return False
    moves = detect(last.group(0)).moves
    return (
        Move.OPEN_QUESTION in moves
        and Move.NEXT_STEP not in moves
        and Move.RESOURCE_CHECK not in moves
    )


def is_offer(text: str) -> bool:
    """The manager offers or proposes something ("Let's", "I'll", "How about")."""
    return bool(_OFFER.search(text.lower().replace("’", "'")))


def is_kindness(text: str) -> bool:
    """Permission or support ("Go home, be with your dad"): kindness, not advice."""
    return bool(_KINDNESS.search(text.lower().replace("’", "'")))


# Agreeing with whatever they say: "Totally, you're so right, absolutely valid!"
_CHEER = re.compile(
    r"\b(?:you(?:'re| are) (?:so |totally |absolutely |completely |100% )?right"
    r"(?! (?:on|that|about|here|now|there|to)\b)|(?:so|totally|absolutely|completely|100%"
    r"|entirely) valid|couldn'?t agree more|i (?:totally|completely|absolutely) agree)"
)


def cheers(text: str) -> bool:
    """Whether the turn agrees with them wholesale ("you're so right", "totally valid")."""
    return bool(_CHEER.search(text.lower().replace("’", "'")))


def is_bare_kindness(text: str) -> bool:
    """Kindness that offers nothing concrete ("I'm here for you"), not a permission ("go home,
    be with your dad")."""
    low = text.lower().replace("’", "'")
    return bool(_BARE_KINDNESS.search(low)) and not _PERMISSION.search(low)


def is_apology(text: str) -> bool:
    """The manager owns a mistake ("That's on me", "I should have told you")."""
    return bool(_APOLOGY.search(text.lower().replace("’", "'")))


# A yes that promises nothing: "I'll see what I can do and get back to you at some point".
_HEDGE = re.compile(
    r"\b(?:see what (?:i|we) can do|no promises|can'?t promise|(?:i|we)'?ll (?:try|see|mention it"
    r"|look into it|think about it)|at some point|down the line|one day|not sure (?:i|we) can"
    r"|we'?ll see|if i can|maybe)\b"
)


def is_agreement(text: str) -> bool:
    """A yes to what the employee proposed ("Yes, let's do that"), not a hedged one ("Okay, I'll
    see what I can do and get back to you at some point")."""
    low = text.lower().replace("’", "'").strip()
    return bool(_AGREE.search(low)) and _HEDGE.search(low) is None


def is_question(text: str) -> bool:
    """Whether the turn asks something."""
    return bool(_QUESTION_WORDS.search(text.lower().strip()))


# "You" as the one who feels: "you're worn out", "you sound flat", "you must be exhausted";
# not "that must be hard for you".
_YOU = re.compile(
    r"\byou(?:'re|'ve|'d| are| were| have| had| must| might| seem| sound| look| feel)\b"
)


def about_them(text: str) -> bool:
    """Whether the turn says how they are ("you're", "you sound"), not how "that" is. Its
    questions say nothing of how they are ("That sounds like a lot to carry. Anything you'd
    like to share?")."""
    low = text.lower()
    if "?" in low:
        low = " ".join(x for x in SENTENCE_END.split(low) if not x.rstrip().endswith("?"))
    return _YOU.search(low) is not None


_REFLECTING_WORDS = (
    "sound sounds seem seems saying hear hearing telling guess imagine wonder must",
    "feel feeling feelings yourself lately been having",
)
_REFLECTING = frozenset(stem(w) for line in _REFLECTING_WORDS for w in line.split())


def is_content(t: str) -> bool:
    """Whether a token carries content: not a stopword, a feeling, or a formula's own word."""
    st = stem(t)
    return (
        len(t) > 2
        and t not in _STOP
        and st not in _FEELINGS
        and st not in FORMULA_STEMS
        and st not in _REFLECTING
    )


def _thing(toks: Sequence[str]) -> str | None:
    """The made-up thing to say back: its first noun-like content word, with the next word if
    that one is content too ("new coffee", "ski trip"). Never two words that were apart in the
    turn ("banana ... fruit"), a verb form ("bothering") or a contraction ("there'll")."""
    for i, t in enumerate(toks):
        if _thing_like(t):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if _thing_like(nxt):
                return f"{t} {nxt}"
            return t
    return None


# Words that name no thing anyone could have made up: degree ("I'd rather", "pretty fed up"),
# the day's deixis ("you don't have to have it today"), "whatever you're feeling" and "of
# course" (an employee answering "Course? No." to "Of course you can" was a blind writer's find),
# and the adverbs and verdicts of a validation ("completely valid", "totally normal").
_NOT_THING_WORDS = (
    "rather pretty quite today tonight tomorrow yesterday whatever whenever wherever whoever"
    " however course anyway absolutely definitely completely totally entirely fully valid"
    " normal understandable okay alright"
)
_NOT_THINGS = frozenset(_NOT_THING_WORDS.split())


def _thing_like(t: str) -> bool:
    return is_content(t) and "'" not in t and not t.endswith(("ing", "ed")) and t not in _NOT_THINGS


def unknown_words(text: str, known: frozenset[str]) -> str | None:
    """What a reflection made up ("moon"), when none of its content (feelings and the
    reflection's own framing aside) is known, that is said by them or true of them. One known
    word ("eleven months ... unrecognised") makes it a paraphrase."""
    toks = tokens(text)
    if any(stem(t) in known for t in toks if is_content(t)):
        return None
    return _thing(tokens(" ".join(_about_them(text))))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
"""Where one sentence of a turn ends and the next begins."""
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd|yours|yourself)\b")
# The manager's own remark ("I'm listening whenever you're ready"), not a reflective stem
# ("I'm guessing you ...", "I get the sense you ...").
_OWN_LEAD = re.compile(
    r"(?:i'm|i am|i'll|i've|i) (?!(?:hear|hearing|guess|guessing|get|imagine|sense|think"
    r"|wonder|bet|suspect|reckon|gather)\b)"
)


# A question asks; it restates nothing ("What's on your mind right now?").
_QUESTION_SENTENCE = re.compile(
    r"(?:what|how|why|where|when|who|which|is|are|do|does|did|can|could|would)\b.*\?$"
)


def _about_them(text: str) -> list[str]:
    """The sentences of a turn that could restate them: those about "you", not the manager's
    own remarks around a reflection ("No rush on it.", "Fair question, though.", "I'm
    listening whenever you're ready"). A turn with no such sentence is read whole."""
    low = text.lower().replace("’", "'")
    found = [
        x
        for x in SENTENCE_END.split(low)
        if _SECOND_PERSON.search(x) and not _OWN_LEAD.match(x) and not _QUESTION_SENTENCE.match(x)
    ]
    return found or [low]


def brings_in(text: str, said: frozenset[str]) -> list[str]:
    """The concrete things a turn names (see :func:`simulator.moves.named_things`) that are not
    among the stems in ``said``: "car" and "MOT" in "so you're annoyed that your car failed its
    MOT" to someone who mentioned neither."""
    return [w for w in named_things(text) if stem(w) not in said]


def made_up_thing(attributed: str) -> str | None:
    """The thing a mis-reflection made up, short enough to say back ("moon" from "the moon has
    been difficult for you", "divorce" from "your divorce is weighing on you")."""
    return _thing(tokens(attributed))


def plausible_guess(attributed: str, context: frozenset[str]) -> bool:
    """Whether a reflection of something not said is an empathic guess from what is known
    ("a heavy couple of weeks"): some hardship in it, and every other content word known from
    the public context or the employee's own words. "A banana" is no guess."""
    words = content_stems(attributed)
    hardship = words & _HARDSHIP
    return bool(hardship) and words - _HARDSHIP <= context


# --- what a proposal names ---------------------------------------------------------------------

_DAYS = re.compile(
    rf"\b({WEEKDAY_ALTERNATION}|tomorrow(?: morning| afternoon)?"
    r"|tonight|this afternoon|this evening|next week|end of (?:the )?(?:day|week)|this week)\b",
    re.IGNORECASE,
)
_NUM = CLOCK_HOUR
_TIMES = re.compile(
    rf"\b({_NUM}\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)|{_NUM}\s*(?:to|-|–|until)\s*{_NUM}"
    r"(?:\s*(?:a\.?m\.?|p\.?m\.?))?|noon|midday"
    # A bare hour after "at" that ends the phrase: "Friday at ten?", "at 4, then".
    rf"|(?<=\bat ){_NUM}(?=\s*(?:[.,;:?!]|$|then\b|and\b|on\b|tomorrow\b|next\b|this\b)))(?![\w])",
    re.IGNORECASE,
)


def days_and_times(text: str) -> list[str]:
    """The days and times a manager's turn names, in order, as written ("Thursday", "9am")."""
    found = [(m.start(), m.group(1)) for m in _DAYS.finditer(text)]
    found += [(m.start(), m.group(1)) for m in _TIMES.finditer(text)]
    out: list[str] = []
    for _, raw in sorted(found):
        # "4pm." ends a sentence; "4 p.m." keeps its dots.
        value = raw[:-1] if raw.endswith(".") and raw.count(".") == 1 else raw
        if value.lower() not in (x.lower() for x in out):
            out.append(value)
    return out


def capitalised_names(text: str) -> set[str]:
    """Capitalised words not at a sentence start: the names a sentence mentions."""
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
        out |= {w for w in words[1:] if w[0].isupper() and w not in ("I", "I'm", "I'll", "I'd")}
    return out


def said_stems(history: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The content stems of everything the employee has said in ``history``."""
    return content_stems(" ".join(t for who, t in history if who == "employee"))
