"""Whether a reflection attributes to the employee a thing they never mentioned.

"It sounds like you feel like a banana" after "my dad had a stroke" reflects nothing they
said; "it sounds like a heavy few weeks" or "your health is important to you" infer, as
complex reflections may. Only a concrete thing named (a banana, a divorce, a move to Leeds)
can be wrongly attributed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from simulator.moves._grounding import content_words, is_hardship, looks_inferred
from simulator.moves._text import WEEKDAYS

__all__ = [
    "LIFE_TOKENS",
    "is_misreflection",
    "made_up_life",
    "named_things",
    "proper_names",
    "sentences_about_them",
]

_MISREFLECTION_MAX_WORDS = 4


_NOUN_PHRASE = re.compile(r"\b(?:a|an|the|your|his|her|their|its|my)\s+([a-z']+)(?:\s+([a-z']+))?")


def is_misreflection(
    attributed: str, content: list[str], known: Callable[[str], bool] | None = None
) -> bool:
    """Whether a short reflection attributes a concrete thing the employee never mentioned.

    Only short attributions of a noun phrase count ("you feel like a banana", "it sounds like
    your divorce..."): a long complex reflection that shares no word with the employee is more
    often a paraphrase than a mis-reflection, and feelings or qualities ("you feel slow",
    "regretful", "important") are inferences a complex reflection may make. ``known``: whether
    a word takes up something they said ("your father" for their "my dad").
    """
    if len(content) > _MISREFLECTION_MAX_WORDS:
        return False
    words = set(_heads(attributed))
    if any(is_hardship(w) for w in content):
        # "A heavy few weeks", "a rough patch": a hardship over a span of time is an
        # empathic guess at how things have been, which coders call a complex reflection;
        # only a thing named (a banana, a divorce) can be wrongly attributed.
        words -= _TIME_SPANS
    return any(not _inferable(w) and (known is None or not known(w)) for w in words)


def _heads(text: str) -> list[str]:
    """The content words a phrase names after a determiner. The head noun is the first or
    second word after it ("a banana", "your messy divorce"); "your divorce is..." must not take
    "is" for the noun."""
    nouns = [w for m in _NOUN_PHRASE.finditer(text) for w in m.groups() if w]
    return content_words(" ".join(nouns))


def _inferable(word: str) -> bool:
    """A feeling, quality or state a reflection may infer, a part of every life or job ("your
    health", "the team"), or an abstraction ("progress"): nothing that can be made up."""
    return looks_inferred(word) or word in _LIFE_DOMAINS or bool(_ABSTRACT_ENDING.search(word))


def named_things(text: str) -> list[str]:
    """The concrete things a phrase names after a determiner: "car" and "MOT" in "your car
    failed its MOT", "coffee" and "machine" in "the coffee machine". Feelings, qualities and
    states a reflection may infer, what every life or job has ("your health", "the team"),
    abstractions ("progress"), spans of time and numbers are not things that can be made up.
    """
    return [
        w
        for w in _heads(text.lower())
        if not _inferable(w)
        and w not in _TIME_SPANS
        and w not in _NUMBER_WORDS
        and w not in _NO_THINGS
    ]


# Words a determiner can stand before that name no thing: "your own eyes", "the most",
# "the part that hurts", "a lot", "right to the line".
_NO_THING_WORDS = (
    "own most yourself myself itself whose part parts bit bits lot lots line way ways eyes land"
    " kind sort rest same other others whole good bad best worst biggest hardest main real big"
    # ... and the prepositions a two-word window after a determiner can reach ("the commute
    # since the trains changed").
    " since about with from into over after before for during until without through"
)
_NO_THINGS = frozenset(_NO_THING_WORDS.split())


# Their life outside work: relatives, pets, home, car, pastimes, events. A manager knows it
# only from them, so naming one they never mentioned in a reflection ("so your sister's
# wedding plans have left you sidelined", "you said the dog's surgery is next week") makes it
# up, however much else of theirs the turn takes up. ("Family" is generic: every life has it.)
_PERSONAL_LIFE_WORDS = (
    "mum mom mother dad father parents sister brother son daughter kids kid child children baby"
    " wife husband partner boyfriend girlfriend fiance fiancee gran grandma granny grandad"
    " grandpa grandmother grandfather nan aunt uncle nephew niece cousin in-laws"
    " dog dogs cat cats puppy kitten pet pets horse"
    " house flat apartment landlord landlady boiler loft garden kitchen neighbour neighbours"
    " neighbor neighbors car van bike mot garage"
    " gym marathon choir band football rugby golf holiday holidays trip wedding party birthday"
    " concert festival hobby allotment surgery operation funeral divorce pregnancy school"
    " nursery exam exams"
)
_PERSONAL_LIFE = frozenset(_PERSONAL_LIFE_WORDS.split())
LIFE_TOKENS = _PERSONAL_LIFE | {w + "'s" for w in _PERSONAL_LIFE}
"""The tokens that can name a part of their life (possessives included): a cheap pre-check."""
_SENTENCE = re.compile(r"[^.!?;]+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def made_up_life(low: str, known: Callable[[str], bool]) -> str | None:
    """The first part of their life outside work ("sister", "dog") that a sentence about them
    ("you", "your") names and they never mentioned (``known``: whether a word takes up
    something they said), else None. Normalised text in."""
    sentence: str
    for sentence in _SENTENCE.findall(low):
        if "you" not in sentence:
            continue
        if "like" in sentence or " as " in sentence:
            # A simile names no part of their life: "like being cut out of your own house".
            sentence = _SIMILE.split(sentence, 1)[0]
        token: str
        before = ""
        for token in _WORD.findall(sentence):
            word = token[:-2] if token.endswith("'s") else token
            if (
                word in _PERSONAL_LIFE
                and (word not in _ALSO_ADJECTIVES or before in _DETERMINERS)
                and not known(word)
            ):
                return word
            before = token
    return None


_SIMILE = re.compile(
    r"\blike (?:being|a|an|some|someone|watching|living|having|getting)\b|\bas (?:if|though)\b"
)
# Life words that are also adjectives: "you sound flat", "flat out" name no home; "your flat",
# "the new flat" do.
_ALSO_ADJECTIVES = frozenset(("flat",))
_DETERMINERS = frozenset(["your", "the", "a", "new", "my", "his", "her", "their", "our", "old"])


_SPAN_WORDS = (
    "day days week weeks month months year years while time times stretch patch period spell"
    " few couple season quarter sprint"
)
_TIME_SPANS = frozenset(_SPAN_WORDS.split())
# What every person has, so attributing something about it is an inference ("your health is
# important to you"), not a thing made up like a banana, a divorce or a move to Leeds. Abstract
# nouns ("progress", "adjustments", "relationship") are inferences for the same reason.
_LIFE_DOMAIN_WORDS = (
    "health life progress future goal goals value values choice choices options work job role"
    " career wellbeing well-being balance confidence time energy self plans plan priorities"
    # ... and what every job has: attributing a worry about "the team" or "the workload" is an
    # inference in a one-on-one, not a fabrication.
    " team teams people everyone everybody manager boss colleagues company office workload"
    " deadline deadlines meeting meetings things stuff rest others"
    # ... and the body words of idioms: "on your mind", "off your chest", "on your plate".
    " mind head heart shoulders chest plate back gut stomach sleep"
)
_LIFE_DOMAINS = frozenset(_LIFE_DOMAIN_WORDS.split())
_ABSTRACT_ENDING = re.compile(r"(?:ments?|ness|ions?|ity|ities|ships?|ance|ences?|isms?)$")
_NUMBER_WORD_LIST = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " twenty thirty forty fifty hundred thousand half first second third once twice"
)
_NUMBER_WORDS = frozenset(_NUMBER_WORD_LIST.split())


# A sentence for proper names: a dash or colon ends one too ("Thursday — Lisbon, you said").
_NAME_SENTENCE = re.compile(r"[^.!?;:—–]+")
# A capitalised word that is not the first of its sentence, nor right after a quote mark (a
# quoted line starts a sentence of its own): "Lisbon", "Berlin". Acronyms are left out: "SLA",
# "API" and "KPI" are every team's jargon.
_NAME = re.compile(r"(?<=[\w,] )([A-Z][a-z]{2,})\b")
# A sentence about the speaker, not about them: "I was in Leeds last week", "we'll ask Rosa";
# but not a listening frame ("I'm hearing that Tomasz...", "I get the sense Leeds..."), which
# is about them.
_SPEAKER_OWN = re.compile(
    r"\s*(?:i'm|i've|i'd|i'll|i|we're|we've|we'll|we|let's|my|our)\b(?!')"
    r"(?!\s+(?:hear|hearing|sense|get the sense|notice|noticed|imagine|guess|wonder|gather"
    r"|picking up|can see|can tell)\b)"
)
# Names everyone shares: days, months, holidays, "Okay" ...
_SHARED_NAME_WORDS = (
    " ".join(WEEKDAYS) + " january february march april may"
    " june july august september october november december christmas easter okay"
    # ... and the names in a blessing or an oath: "God love you", "thank God", "Jesus".
    " god gods lord jesus christ heaven heavens"
    # ... and the tools every workplace has: "Slack has been relentless" is no invention.
    " slack teams zoom jira confluence github gitlab google gmail outlook excel notion asana"
    " trello salesforce linkedin"
)
_SHARED_NAMES = frozenset(_SHARED_NAME_WORDS.split())
# The name they are addressed by ("Hi Nadia,", "Thanks, Aisha.", "A plan, Gareth."): the
# manager knows it, whether or not they ever said it.
_GREETING = re.compile(r"(?:hi|hey|hello|morning|afternoon|thanks|thank you|cheers|dear) $", re.I)
_AFTER_ADDRESS = re.compile(r"\s*(?:[,.!?]|$)")


def sentences_about_them(text: str) -> Iterator[str]:
    """The turn's sentences (a dash or colon ends one too) other than those about the speaker:
    "I was in Leeds last week" names nothing of theirs."""
    for sentence in _NAME_SENTENCE.findall(text):
        if _SPEAKER_OWN.match(sentence.lower()) is None:
            yield sentence


def proper_names(text: str) -> list[str]:
    """The people and places a turn names, as written: capitalised words inside a sentence
    ("Marguerite", "Lisbon"), except in a sentence about the speaker ("I was in Leeds"), names
    everyone shares (days, months, holidays, workplace tools) and the name the turn addresses
    them by ("Thanks, Aisha.")."""
    out: list[str] = []
    for body in sentences_about_them(text):
        for m in _NAME.finditer(body):
            word = m.group(1).lower()
            if word in _SHARED_NAMES or word.rstrip("s") in _SHARED_NAMES:
                continue
            before = body[: m.start()]
            addressed = (before.endswith(", ") or _GREETING.search(before) is not None) and (
                _AFTER_ADDRESS.match(body, m.end()) is not None
            )
            if not addressed:
                out.append(m.group(1))
    return out
