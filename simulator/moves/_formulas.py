"""The listening forms a turn's assessment reads: reflective stems, prompts, "I hear you, but".

A reflective stem ("it sounds like", "you feel") attributes something to the employee, which
can be checked against what they said; a prompt ("tell me more") only asks them to go on; a
listening form in front of a verdict ("sounds like you're lazy", "I hear you, but...") is
judgment in disguise. Each regex has cheap substring hints to skip it on most turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from simulator.moves._lexicon.qualities import _TRAITS

# Listening formulas. A reflective stem attributes something to the employee (what follows it
# can be checked against what they said); a prompt only asks them to go on.
_REFLECTIVE_STEM = re.compile(
    r"\b(?:(?:it |that |this )?sounds? (?:like|as if|as though|to me like)"
    r"|(?:it |that )?seems (?:like|as if|as though|that)?|what i(?:'m| am)? hear(?:ing)?(?: is)?"
    r"|i(?:'m| am)?(?: (?:also|really|still))?(?: am)? hear(?:ing)? (?:that|you\b|what you(?:'re"
    r"| are) saying)"
    r"|you(?:'re| are) (?:saying|telling me)|i (?:get|have) (?:a|the) (?:sense|feeling|impression)"
    r"|if i(?:'m| am) hearing you right|you (?:feel|felt)|you(?:'re| are) feeling"
    r"|it feels like|(?:it|that) must (?:be|have been)|must feel)\b"
    # "\b" after "you": "it sounds like your divorce..." attributes "your divorce", not "r divorce".
    r"(?: that)?(?: you(?:'re| are| feel| felt| have| had|'ve)?\b)?(?: feeling)?(?: like| that)?"
)
_BARE_OPENER = re.compile(
    r"(?:(?:yeah|yes|okay|ok|look|well|right),? )?(?:i hear you|i understand|i get it|i get that"
    r"|i hear what you(?:'re| are) saying)[.!;,]"
)
_PROMPT = re.compile(
    r"\b(?:tell me more|say more|go on|keep going|what else|anything else|and then what|how so"
    r"|i hear you|i understand|i get it|i see|mm+-?hm+|uh-huh)\b"
)
# What a word of theirs means to them ("What do you mean by 'halfway'?", "When you say
# 'close', what does that word mean to you?"): a clarifying question, asked once or twice; as a
# habit, a word lifted from each reply and handed back, it asks them to go on and nothing more.
_QUOTED = r"['\u2018\"][^?'\"\u2019]{1,40}['\u2019\"]"
# (Blind set 26 varied the frame: "'At midnight' - what does that phrase hold for you?", "When
# you say 'failed silently', what does 'silently' mean for you?", "what's behind that phrase?")
_HOLDS = r"(?:mean|hold|carry|stand for)(?: there| here)?,?(?: to you| for you)?"
_MEANING = (
    # A quoted fragment in front (its opening quote may be trimmed with the sentence's).
    r"(?:['\u2018\"]?[^?'\"\u2019]{1,40}['\u2019\"]\s*[-\u2013\u2014:,]?\s*"
    r"|if i said (?:the word )?" + _QUOTED + r"(?: right now| now)?,? )?"
    r"(?:what (?:do|did) you mean(?: by| when you say) [^?]{1,40}"
    r"|what (?:does|would) (?:"
    + _QUOTED
    + r"|that(?: word| phrase| number| question)?|it) "
    + _HOLDS
    + r"(?: here| there|,? in your own words| right now)?"
    r"|what(?:'s| is) behind (?:that|the|this) (?:word|phrase)(?: for you)?"
    r"|when you say [^?,]{1,40}, what (?:do you mean|(?:does|do) (?:" + _QUOTED + r"|that|it"
    r"|that word|that phrase|those words) " + _HOLDS + r"(?: here| there| right now)?))"
)
_MEANING_QUESTION = re.compile(_MEANING + r"[?.!]*")
_MEANING_HINTS = ("mean", "hold", "carry", "stand for", "behind")
# A prompt and nothing else: the whole of a sentence that only asks them to go on.
_BARE_PROMPT = re.compile(
    r"(?:(?:and|so|okay|ok|right|yeah|well|mm+-?hm+|uh-huh|sure|great|good)[,.]? )*"
    r"(?:what else|anything else|what more|and then what|and then|then what|how so|tell me more"
    r"|say more|go on|keep going|more"
    # The therapist's clichés ask nothing about what was said either: "How does that make you
    # feel?", "Why do you think that is?".
    r"|how (?:does|did) (?:that|this|it) (?:make you feel|feel)|how do you feel about (?:that|it"
    r"|this)|why do you think (?:that is|that's|so)|what do you make of (?:that|it|this)"
    r"|what do you think about (?:that|it|this)"
    # How "that" lands, asked after the manager's own say: "How does that sit with you?",
    # "What comes up for you around that?", "What does that bring up for you?".
    r"|how (?:does|did|do) (?:that|this|it|that plan|this plan) (?:sit|land|feel|sound)"
    r"(?: (?:with|for|to) you)?|how are you feeling about (?:that|it|this|taking that on)"
    r"|what (?:comes|came) up for you(?: around (?:that|this|it))?"
    r"|what (?:does|did) (?:that|this|it) bring up(?: for you)?"
    r"|what feelings come up(?: (?:for you|around (?:that|this|it)))*"
    r"|what(?:'s| is) (?:that|it) like for you(?: to hear)?|" + _MEANING + r")"
    r"(?: (?:is there|on that|about that|is going on|going on|for you|than that|please))*[?.!]*"
)
_SENTENCE = re.compile(r"[^.!?]*[.!?]*")
_CLOSING = "'\"\u2019\u201d "
"""A quote closed after a sentence's full stop ("'Close the laptop.' When you say ..."), left at
the start of the next."""
_PROMPT_WORDS = ("tell me more", "say more", "go on", "keep going")
_PROMPT_MAX = 60
"""Characters a bare prompt runs to at most ("So what else is going on for you?")."""


def _asks_only(low: str, fits: Callable[[str], object], prompts: tuple[str, ...] = ()) -> bool:
    """Whether a turn (lower case) asks something and every question in it (a sentence ending
    in "?", or holding one of ``prompts``) ``fits``."""
    asked = False
    for m in _SENTENCE.finditer(low):  # one pass, no backtracking over a long turn
        q = m.group(0).strip().lstrip(_CLOSING)  # a quote closed before the question
        if q.endswith("?") or any(p in q for p in prompts):
            if not fits(q):
                return False
            asked = True
    return asked


def _bare_prompt(q: str) -> bool:
    return len(q) <= _PROMPT_MAX and _BARE_PROMPT.fullmatch(q) is not None


def only_prompts(low: str) -> bool:
    """Whether every question in a turn (lower case) is a bare prompt to go on ("You were
    right to flag it. What else?"): the turn asks nothing of its own."""
    return _asks_only(low, _bare_prompt, _PROMPT_WORDS)


def asks_meaning(low: str) -> bool:
    """Whether the turn (lower case) asks what a word of theirs means, and asks nothing else
    ("You said 'halfway'. What do you mean by 'halfway'?")."""
    return any(w in low for w in _MEANING_HINTS) and _asks_only(low, _MEANING_QUESTION.fullmatch)


# Judgment behind a listening form. "I hear you, but ..." discounts what was heard.
_YES_BUT = re.compile(
    r"\bi (?:hear|understand|get|see) (?:you|that|it|what you(?:'re| are) saying)?,? ?"
    r"(?:but|however)\b"
    # ... and after a full stop, in the formal pivots ("I hear you. That said, the deadline
    # stands."), not a plain "But", which as often turns to what they did well ("I get that.
    # But you spotted the gap yourself.").
    r"|\b(?:i hear you|i understand|i get it|i get that|i see|got it|understood|noted"
    r"|fair enough)[.,;!] (?:however|that said|having said that|even so|at the end of the day"
    r"|be that as it may|regardless|nevertheless|nonetheless)\b"
)
# Cheap substring pre-check for _YES_BUT.
YES_BUT_HINTS = (
    "but",
    "however",
    "said",
    "even so",
    "end of the day",
    "be that as",
    "regardless",
    "theless",
)
# Their word taken up only to turn to the manager's agenda: "Tyre-kickers, sure. Still, target
# is target", "Half eight, I know. But I need you there", "Sleeping, oof. Well, let's make
# sure the pipeline's sorted": "I hear you, but" in other words.
_NOTED_BUT = re.compile(
    # Not a backchannel in front ("Mm-hmm. Okay. Well, that's a good place to start").
    r"(?!(?:mm+-?hm+|uh-huh|hmm+|yeah|yes|okay|ok|right|oh|ah|so|well|alright)[,.])"
    r"[\w' -]{1,30}[,.] (?:sure|right|i know|i get it|i see|exactly|yes|yeah|okay|ok|fine|ha"
    r"|oof|noted|got it|understood)[.!,]? +(?:but|still|well|anyway|regardless|either way"
    r"|that said)\b"
)
# "Sounds like you're lazy": a listening stem in front of a verdict (the traits of
# _lexicon.qualities).
_NEGATIVE_VERDICT = re.compile(
    # (Not "you're careful not to sound like you're making excuses": their worry, reflected.)
    r"(?<!not to )(?<!afraid to )(?<!want to )(?<!worried you )(?<!worried you'll )"
    r"\b(?:sounds?|seems?|looks?)(?: to me)? (?:like|as if|as though) you(?:'re| are)?"
    r" (?:just |being |really |so |a bit |kind of )*(?:" + _TRAITS + r"|making up excuses"
    r"|whining|complaining|not trying|not committed|looking for excuses|blaming everyone"
    r"|playing the victim)"
)
_YOU_SEEM = re.compile(r"\byou (?:seem|sound|come across)\b")
_HEARD = re.compile(r"\bi (?:hear|understand|get) (?:you|it|that|what you(?:'re| are) saying)\b")
# Cheap substring pre-checks for the regexes above (each regex needs one of its hints).
_STEM_HINTS = (
    "sound",
    "seem",
    "hear",
    "saying",
    "telling",
    "sense",
    "feel",
    "felt",
    "must",
    "impression",
    "look",
)
_PROMPT_HINTS = (
    "tell",
    "more",
    "go on",
    "keep going",
    "else",
    "then what",
    "how so",
    "hear",
    "understand",
    "get it",
    "see",
    "mm",
    "uh-huh",
)


# A type of person, not this one: "people like you", "you strike me as someone who", "you're
# the sort who", "loyal people always do" (cold reading: it fits anyone, and says nothing back).
TYPECAST = re.compile(
    r"\b(?:people|someone|somebody|anyone|folks) like you\b|\byou strike me as\b"
    r"|\byou(?:'re| are) (?:not )?(?:the|a|just the|exactly the) (?:sort|kind|type)(?: of"
    r" (?:person|people|man|woman|engineer|lead|manager|rep))? (?:who|that)\b"
    r"|\byou(?:'re| are) (?:not )?(?:someone|somebody) who\b"
    r"|\b\w+ people (?:always|usually|tend to|often|never)\b"
)


# The frame around a type, dropped when they say it back ("you're the sort who" -> "The sort
# who", "loyal people always" -> "Loyal people").
_LABEL_FRAME = re.compile(r"^you(?:'re| are) (?:not )?|\s+(?:always|usually|tend to|often|never)$")


def typecast(text: str) -> str | None:
    """The type a turn casts them as, in their words ("People like me", "The sort who"), or
    ``None``: a label that fits anyone, which they hear as being read, not heard."""
    m = TYPECAST.search(text.lower().replace("’", "'"))
    if m is None or m.group(0).endswith(("someone who", "somebody who")):
        # "You're someone who finishes things" may credit what they did: no reflection,
        # but no stereotype either.
        return None
    said = m.group(0)
    if said.endswith("like you"):
        said = said[: -len("you")] + "me"
    elif said.startswith("you strike"):
        said = "strike you as"
    else:
        said = _LABEL_FRAME.sub("", said)
    return said[:1].upper() + said[1:]
