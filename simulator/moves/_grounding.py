"""What a manager's turn takes up from the employee's earlier turns: shared words and paraphrases.

A turn is *grounded* when one of its content words has the same rough stem as a content word the
employee used in any earlier turn, or belongs to the same hand-written paraphrase family
("slammed" for "no time", "scared" for "terrified"). The families are small and written by hand
for workplace one-on-ones (no WordNet: its synonym sets are too broad -- "down" would match
"floor" -- and it would add a system dependency); each maps many surface words to one key.

Everything here works on normalised text (see :func:`simulator.moves.detector._normalise`).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable

from simulator.moves._lexicon.forms import _STOPWORDS
from simulator.moves._reflection import _stem
from simulator.moves._text import _TOKEN, _normalise, _words

__all__ = [
    "FEELING_WORDS",
    "FORMULA_WORDS",
    "EmployeeWords",
    "content_words",
    "is_feeling",
    "is_hardship",
    "looks_inferred",
    "names_a_feeling",
    "turn_keys",
]

# Paraphrase and feeling families: key -> the words (and short phrases) that express it. A word
# may sit in two families ("drowning": overwhelmed and, loosely, struggling). The feeling
# families (:data:`_FEELING_KEYS`) and "hardship" are the one list of feelings: the detectors,
# the scorer and the employee's engine all read them from here.
_FAMILIES: dict[str, str] = {
    "fear": "scared scary afraid terrified terrifying frightened frightening fear fears fearful"
    " anxious anxiety nervous panic panicking panicked dread dreading worried worry worries"
    " worrying uneasy petrified freaked freaking",
    "overloaded": "slammed swamped overwhelmed overwhelming overloaded buried drowning stretched"
    " busy underwater snowed flat-out workload juggling overworked overstretched plate"
    " too_much no_time so_much_work a_lot_on",
    "tired": "tired exhausted exhausting drained draining burnt burned burnout wiped worn"
    " fatigue fatigued knackered sleep sleeping sleepless insomnia shattered frazzled",
    "sad": "sad sadness down depressed depressing upset heartbroken grief grieving crying cry"
    " low miserable unhappy devastated gutted disappointed disappointing disappointment"
    " deflated numb let_down",
    "angry": "angry anger mad furious frustrated frustrating frustration annoyed annoying"
    " irritated irritating pissed resentful resentment livid bitter fed_up",
    "unfair": "unfair unjust overlooked ignored undervalued unappreciated unrecognised unrecognized"
    " invisible passed_over"
    " passed_me_over cheated snubbed sidelined",
    "unsure": "unsure uncertain confused confusing lost torn undecided ambivalent unclear"
    " don't_know not_sure no_idea",
    "stuck": "stuck trapped cornered helpless hopeless powerless",
    "ashamed": "ashamed embarrassed embarrassing humiliated humiliating guilty guilt shame",
    "alone": "alone lonely isolated unsupported on_my_own on_your_own by_myself by_yourself",
    "hurt": "hurt hurts hurting hurtful wounded stung betrayed raw sore",
    "pressure": "pressure pressured stress stressed stressful strain tense tension",
    # Rumination: "going round your head all week" says back "I've been rehearsing it". (Not
    # "on your mind": "what's been on your mind?" is a stock question, and hears nothing.)
    "rumination": "replaying replay rehearsing rehearsed dwelling ruminating overthinking"
    " going_round round_your_head round_my_head round_in_my_head round_in_your_head"
    " keep_thinking can't_stop_thinking preoccupied occupied_your_mind occupied_my_mind"
    " occupying_your_mind",
    "deadline": "deadline deadlines due date dates timeline launch release cutoff",
    "hardship": "hard tough difficult rough awful terrible horrible challenging tricky painful"
    " heavy brutal nightmare lot struggle struggles struggled struggling hectic intense grim",
    # Relatives are referents, not paraphrases: "your sister" does not take up "my dad". Each
    # relative is grounded by its own synonyms and by the words for family in general.
    "father": "dad dads father daddy da parent parents family",
    "mother": "mum mom mother mummy mommy mam parent parents family",
    "son": "son sons lad lads boy kid kids child children family",
    "daughter": "daughter daughters girl kid kids child children family",
    "spouse": "wife husband partner spouse missus hubby family",
    "sister": "sister sisters sibling siblings family",
    "brother": "brother brothers sibling siblings family",
    "grandparent": "grandma grandmother gran nan grandad grandpa grandfather grandparents family",
    "illness": "stroke sick ill illness hospital surgery cancer diagnosis diagnosed doctor"
    " health condition treatment",
    "quit": "quit quitting resign resigning leave leaving notice walk_away new_job",
    "money": "money pay salary raise bills finances paid",
    # Home by what pays for it: "the commission keeps the house" takes up "the mortgage".
    "home": "house home mortgage rent landlord landlady apartment",
    "promotion": "promotion promoted promote role position title",
    "team": "team teams colleagues colleague coworkers coworker co-workers peers staff reports",
    "meetings": "meeting meetings standup stand-up standups calls call calendar",
    "feedback": "feedback review reviews appraisal criticism criticised criticized critique",
    "hours": "hours overtime weekends weekend evenings nights late_nights long_days",
}
_FAMILY_OF: dict[str, tuple[str, ...]] = {}
_PHRASE_FAMILIES: list[tuple[str, str]] = []  # (" multi word ", key)
for _key, _members in _FAMILIES.items():
    for _member in _members.split():
        if "_" in _member:
            _PHRASE_FAMILIES.append((" " + _member.replace("_", " ") + " ", _key))
        else:
            _FAMILY_OF[_member] = (*_FAMILY_OF.get(_member, ()), _key)

# The words of listening formulas: they restate nothing by themselves.
FORMULA_WORDS = _words(
    "sounds sound seems seem hear hearing heard feel feels feeling felt saying tell else"
    " understand understood get sense gather imagine see"
)


# Dates and habits of speech, not what they said: "the fire drill last month" takes up nothing
# from "monthly active accounts", nor "your chair keeps sinking" from "I keep checking".
_NOT_TAKEN_UP = FORMULA_WORDS | _words(
    "keep keeps kept keeping lately recently day days daily week weeks weekly month months"
    " monthly year years yearly today tomorrow yesterday tonight morning mornings afternoon"
    " minute minutes through across after before since until during within without against"
    " between behind beyond towards toward upon onto under underneath beneath below above over"
    " around"
    # Degree adverbs and indefinites: "Mortified, mostly" gives "what would help most" nothing
    # of theirs, nor "the only one who knows" "the launch is only part of it", nor "someone".
    " mostly mainly partly largely only someone somebody anyone anybody rather quite pretty"
    " nobody everybody instead"
    # An acknowledgement ("Yeah. Noted.") says nothing to take up: "no notes, no record" is not
    # listening to it.
    " noted note notes"
)

# A word they say only to turn it down ("Lisbon? No. Mortified, mostly.", "Dog? Where did that
# come from?") is the manager's word thrown back, not theirs: taking it up again later is not
# listening to them.
_DENIED = re.compile(
    r"^\W*([^?.!]{1,40})\? +(?:no\b|nah\b|not\b|never\b|god,? no|ha\.? no|where did|what\?"
    r"|i wouldn't|i would not|i don't|that's not|that isn't)"
)

_DISCOURSE_MARKER = re.compile(
    r"\b(?:(?:to be|i'll be|i will be|if i'm|if i am|if i'm being|let's be|i have to be|i've got"
    r" to be|gotta be) (?:honest|fair|brutally honest)(?: with you)?|in (?:all )?fairness|"
    r"fair enough|fair play|honest to god)\b"
)
_PHRASE_FAMILY = dict((phrase.strip(), family) for phrase, family in _PHRASE_FAMILIES)
_PHRASE = re.compile(r"\b(?:" + "|".join(map(re.escape, _PHRASE_FAMILY)) + r")\b")
# Pre-checks for _PHRASE. A match starts after a non-word character, so either that character is
# an apostrophe or the match starts a token (apostrophes are the only token characters that are
# not word characters), which is then the phrase's first word: a set test instead of a scan.
# Then the whole phrase is in the text too: common first words ("a", "so", "no") are checked
# against the few phrases they open before the regex runs.
_PHRASES_OPENED_BY: dict[str, tuple[str, ...]] = {}
for _phrase in _PHRASE_FAMILY:
    _first = _phrase.split()[0]
    _PHRASES_OPENED_BY[_first] = (*_PHRASES_OPENED_BY.get(_first, ()), _phrase)
_PHRASE_FIRST = frozenset(_PHRASES_OPENED_BY)
_AFTER_APOSTROPHE = re.compile("'(?:" + "|".join(map(re.escape, sorted(_PHRASE_FIRST))) + ")")
_KEYS: OrderedDict[str, dict[str, str]] = (
    OrderedDict()
)  # a bounded cache: partners and managers repeat lines
_KEYS_MAX = 20_000  # oldest out first, like assessment's caches


_STEM_KEYS: dict[str, str] = {}  # word -> "s:" + its stem, "" for no content word; a cache


def _stem_key(word: str) -> str:
    stem = _stem(word)
    key = "s:" + stem if stem else ""
    if len(_STEM_KEYS) < 100_000 and len(word) < 40:  # bounded, like _reflection's stems
        _STEM_KEYS[word] = key
    return key


def _stem_keys(words: set[str]) -> dict[str, str]:
    """``{"s:" + stem: word for stem, word in _content_stems(words).items()}`` in one pass,
    with the same word kept for each stem (the alphabetically first)."""
    content = sorted(words - _STOPWORDS, reverse=True)
    keys = list(map(_STEM_KEYS.get, content))  # C-level lookups in the cache
    if None in keys:
        keys = [_stem_key(w) if k is None else k for w, k in zip(content, keys, strict=True)]
    out = dict(zip(keys, content, strict=True))
    out.pop("", None)
    return out  # type: ignore[return-value]  # no None keys are left


def turn_keys(low: str, tokens: list[str] | None = None) -> dict[str, str]:
    """Content key -> the word as written, for one normalised turn (do not modify the result).

    Keys are rough stems (``"s:stress"``) and paraphrase families (``"f:fear"``); a family key
    maps to the word (or phrase) that expressed it. ``tokens``: ``_TOKEN.findall(low)``, if the
    caller has it already.
    """
    keys = _KEYS.get(low)
    if keys is not None:
        return keys
    if "honest" in low or "fair" in low:
        # Discourse markers, not content: "I'll be honest, ..." gives "I appreciate you being so
        # honest" nothing of theirs to take up.
        tokens = _TOKEN.findall(_DISCOURSE_MARKER.sub(" ", low))
    elif tokens is None:
        tokens = _TOKEN.findall(low)
    # "dad's" grounds "dad": the possessive is cut before stemming.
    if "'s" in low:
        words = {w[:-2] if w.endswith("'s") else w for w in tokens} - _NOT_TAKEN_UP
    else:
        words = set(tokens) - _NOT_TAKEN_UP
    keys = _stem_keys(words)
    # Sorted: a set's order changes with the hash seed, and the word shown for a family
    # (and so grounding) must be the same in every process.
    family_words = words & _FAMILY_OF.keys()
    if family_words:
        for word in sorted(family_words):
            for family in _FAMILY_OF[word]:
                keys.setdefault("f:" + family, word)
    firsts = _PHRASE_FIRST.intersection(tokens)
    if (firsts and any(p in low for first in firsts for p in _PHRASES_OPENED_BY[first])) or (
        "'" in low and _AFTER_APOSTROPHE.search(low)
    ):
        for m in _PHRASE.finditer(low):
            keys.setdefault("f:" + _PHRASE_FAMILY[m.group(0)], m.group(0))
    if len(low) < 2000:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.popitem(last=False)
        _KEYS[low] = keys
    return keys


class EmployeeWords:
    """Everything the employee said in earlier turns, as content keys (see :func:`turn_keys`)."""

    __slots__ = ("keys", "last", "said", "seen")

    def __init__(self, turns: Iterable[str]) -> None:
        self.keys: dict[str, str] = {}
        self.said = False
        self.last: str | None = None
        self.seen: set[str] = set()  # texts taken in: a line said again adds no key
        for text in turns:
            self.add(text)

    def add(self, text: str, keys: dict[str, str] | None = None) -> None:
        """Take in one more employee turn (``keys``: its :func:`turn_keys`, if known)."""
        self.last = text
        if text in self.seen:
            return
        self.seen.add(text)
        if not text.strip():
            return
        self.said = True
        mine = self.keys
        if keys is None:
            keys = turn_keys(_normalise(text))
        denied = _DENIED.match(text.lower()) if "?" in text[:48] else None
        if denied is not None:
            thrown_back = turn_keys(_normalise(denied.group(1)))
            rest = turn_keys(_normalise(text[denied.end(1) + 1 :]))
            keys = {k: w for k, w in keys.items() if k not in thrown_back or k in rest}
        for key, word in keys.items():
            if key not in mine:
                mine[key] = word

    def shares_words(self, keys: dict[str, str]) -> bool:
        """Whether the turn takes up one of their words itself, not only a paraphrase family
        ("worried" for "terrified" is a family; "the review" for "the review" a word)."""
        mine = self.keys
        return any(k in mine for k in keys if k.startswith("s:"))

    def takes_up_any(self, keys: Iterable[str]) -> bool:
        """Whether any of ``keys`` (content keys, see :func:`turn_keys`) is one of theirs:
        :meth:`shares_words` given a turn's ``"s:"`` keys alone."""
        return not self.keys.keys().isdisjoint(keys)

    def knows(self, word: str) -> bool:
        """Whether one word takes up something they said (itself, or its paraphrase family)."""
        mine = self.keys
        return any(k in mine for k in turn_keys(word))

    def grounding(self, keys: dict[str, str]) -> tuple[str, ...]:
        """The employee's words that a turn's ``keys`` take up, in a stable order, no repeats."""
        mine = self.keys
        # Key views intersect by walking the smaller (the turn's few keys, not the employee's,
        # which grow with the conversation), in C.
        shared = mine.keys() & keys.keys()
        if not shared:
            return ()
        if len(shared) == 1:
            return (mine[next(iter(shared))],)
        out: list[str] = []
        for key in sorted(shared):
            word = mine[key]
            if word not in out:
                out.append(word)
        return tuple(out)


def content_words(low: str) -> list[str]:
    """The content words of a normalised phrase, in order (stopwords and formula words out)."""
    return [
        w
        for w in _TOKEN.findall(low)
        if len(w) > 2 and w[0].isalpha() and w not in _STOPWORDS and w not in FORMULA_WORDS
    ]


_FEELING_KEYS = _words(
    "fear overloaded tired sad angry unfair unsure stuck ashamed alone hurt pressure rumination"
)


FEELING_WORDS = frozenset(
    word
    for word, families in _FAMILY_OF.items()
    if any(f in _FEELING_KEYS or f == "hardship" for f in families)
)
"""Every single word of the feeling families and of "hardship": the one list of feelings."""


def is_feeling(word: str) -> bool:
    """Whether ``word`` names a feeling or state (an inference a complex reflection may make)."""
    return any(f in _FEELING_KEYS for f in _FAMILY_OF.get(word, ()))


# Endings of adjectives and verb forms: words a reflection may infer rather than repeat.
_INFERRED_ENDING = re.compile(
    r"(?:ful|less|ous|ive|ed|ing|ent|ant|able|ible|ish|al|ic|ary|ory|y|ier|iest|ate)$"
)


def looks_inferred(word: str) -> bool:
    """Whether ``word`` names a feeling, a state or a quality rather than a concrete thing.

    A feeling from the families, a hardship word, or a word with an adjective or verb ending
    ("regretful", "dissatisfied", "important"): a complex reflection may say these without the
    employee having said them. Concrete nouns ("banana", "divorce") need grounding.
    """
    return is_feeling(word) or is_hardship(word) or bool(_INFERRED_ENDING.search(word))


def is_hardship(word: str) -> bool:
    """Whether ``word`` only says an experience is hard ("tough", "awful"), naming no feeling."""
    return "hardship" in _FAMILY_OF.get(word, ())


# A burden carried ("you felt you had to carry it quietly") names how it is for them, though
# "carried" says nothing of a paraphrase family.
_BURDEN = _words("carry carrying carried burden burdened")

# Words of a feeling family that name one only after a word of being or degree: "you seem
# down", "a bit low", but not "write it down" or "a low priority".
_FEELING_AFTER = _words("down low")
_BEING = _words(
    "feel feels feeling felt seem seems sound sounds look looks bit so really pretty quite very"
    " been you're youre i'm im get getting got"
)


# Phrases that name a feeling ("fed up", "let down", "on edge"): not "not sure" or "no time",
# which a manager says of anything.
_FEELING_PHRASES = tuple(
    phrase
    for phrase, family in _PHRASE_FAMILIES
    if family in _FEELING_KEYS and family not in ("unsure", "overloaded")
)


_BE_FEEL = frozenset(("be", "feel"))
_MODAL = frozenset(("should", "must", "ought", "would", "to"))
# Whose feeling "should/must/would be ..." names: theirs, or that of their situation ("it must
# be exhausting"), or the speaker's in their place ("I'd be furious").
_THEIRS_OR_IT = frozenset(
    ["you", "you'd", "you'll", "you've", "it", "that", "this", "there", "i", "i'd", "anyone"]
)
# "It's a lot" says how it is for them; "a lot of three a.m.s" only counts what they said, as
# "six weeks without a day off" does: the size of a thing is no feeling.
_AMOUNT = _words("lot lots")


def names_a_feeling(text: str) -> bool:
    """Whether a turn names a feeling, a state or a hardship ("worried", "fed up", "rough"):
    what a reflection of feeling says, and a reflection of content or "I hear you" does not."""
    low = text.lower().replace("’", "'")
    words = _TOKEN.findall(low)
    for i, word in enumerate(words):
        if i >= 3 and words[i - 1] in _BE_FEEL and words[i - 2] in _MODAL:
            who = words[i - 4] if words[i - 2] == "to" and i >= 4 else words[i - 3]
            if who not in _THEIRS_OR_IT:
                # "Whoever drew that split should be ashamed": someone else's feeling, wished.
                continue
        if word in _FEELING_AFTER:
            if i and words[i - 1] in _BEING:
                return True
        elif word in _AMOUNT and i + 1 < len(words) and words[i + 1] == "of":
            continue
        elif is_feeling(word) or is_hardship(word) or word in _BURDEN:
            return True
    spaced = " " + " ".join(words) + " "
    return any(phrase in spaced for phrase in _FEELING_PHRASES)
