"""How a phrase is framed decides whether it counts: negated, quoted, owned, reported or asked.

**Judgment.**
A phrase from :data:`simulator.moves._lexicon.judgment._JUDGMENT` found in a turn *stands* unless

* it is **negated** in its clause: "it's not your fault", "I don't think you're lazy";
* it is **quoted**: "I passed on that 'executive presence' note", 'he said "calm down"';
* the speaker **owns** it in the same sentence: "... and that's on me", "that was wrong of me",
  or is its subject: "I overreacted", "I get over it by running";
* it **reports** someone else's view: "he thinks you were irresponsible", "you feel you're
  lazy" (a reflection of their self-criticism). "I think you're lazy" still judges;
* it is said of **someone else**: "your wife might be overreacting", "they're being dramatic".

Blaming and rhetorical questions ("why didn't you tell me?", "do you understand how serious this
is?") are judgment and not questions: they ask for no answer. :data:`BLAME_QUESTION` matches
them at the start of a (filler-stripped) sentence.

**Advice.** A phrase from :data:`simulator.moves._lexicon.advice._ADVICE` is advice unless it sits
in a wh-question ("what do you think you need to do?" asks for their plan) or restates what the
person feels, thinks or was told ("you feel like you have to say yes", "they told you that you
have to leave"): that is a reflection of their obligation, not the speaker's advice.
"""

from __future__ import annotations

import re

__all__ = ["BLAME_FIRST", "BLAME_QUESTION", "advice_stands", "praise_stands", "stands"]

# A negator in the clause before a phrase. The clause starts after the last , ; : or "but".
_NEGATOR = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bnobody|\bhardly|\bnone|\bneither|\bnothing)\b")
# Negations that negate nothing said after them: "not gonna lie, ...", "I'm not sure what you
# expected", "I don't get why you'd need ...": a preface, or the speaker's puzzlement that
# carries the reproach.
_NEGATING_NOTHING = re.compile(
    r"\b(?:(?:i'm )?not (?:gonna|going to) lie|not (?:sure|certain)|(?:do not|don't|dont)"
    r" (?:really )?(?:know|get|see|understand))\b"
)
# The speaker taking the blame or the words on themselves.
_OWNED = re.compile(
    r"\b(?:on me|my fault|my mistake|my bad|i was wrong|wrong of me|i shouldn't have"
    r"|i apologi[sz]e|i take (?:full |the )?responsibility|i messed up|i dropped the ball"
    r"|i'm to blame|i am to blame|i got (?:it|that) wrong"
    # (Blind set 39's French-speaking manager: "That is not acceptable, and I take my part of it".)
    r"|i take my (?:part|share)(?: of (?:it|that|the blame))?|my part in (?:it|this|that))\b"
)
# The speaker as the subject of the phrase: "I overreacted", "I get over it by running".
_SELF_SUBJECT = re.compile(
    r"\b(?:i|we)(?:'m| am| was|'ve been| have been| can| could| would| will| just| always"
    r"| never| tend to| need to| have to| had to)? $"
)
# Someone else's view, reported: "he thinks you were irresponsible", "you feel you're lazy".
# "I think you're lazy" is the speaker's own verdict, so "I" is not a reporter here.
_SOMEONE_ELSES = re.compile(
    # (Not from inside "i'm": "I'm worried about your attitude" is the speaker's own.)
    r"(?<![\w'])(?!i\b|i'm\b|it\b|it's\b|that\b)[a-z']+(?:'s| is| are| was| were)? (?:\w+ )?"
    r"(?:think|thinks|thinking"
    r"|thought|said|say|says|saying|told you|tells you|feel|feels|felt|believe|believes|worried"
    r"|afraid|worry|worries|fear|fears|suspect|suspects|wonder|wonders|calls you|called you)"
    # ("you already say it is your fault": their own verdict, said back.)
    r"(?: that)?(?: like)?(?: you(?:'d| would)?)?(?: (?:it|that|this)(?:'s| is| was))? *$"
)
# Someone else as the subject of the phrase: "your wife might be overreacting", "they're
# being dramatic". A verdict about a third person does not judge the listener.
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|(?:your|his|her|their|my|our|the) (?:\w+ )?(?:wife|husband|partner|boss"
    r"|manager|mum|mom|dad|father|mother|team|colleague|colleagues|friend|friends|kid|kids|son"
    r"|daughter|client|clients|customer|customers|lead|director|brother|sister|family|parents"
    r"|parent|coworker|coworkers|peers|reports))(?:'s|'re| is| are| was| were| might be| may be"
    r"| could be| can be| seems| seem| seemed| will be| would be| has been| have been| being"
    r"| just| really| so| getting| acting| always| totally| a bit)* $"
)
_OPEN_SINGLE = re.compile(r"(?<![a-z0-9])'|\u2018")
_CLOSE_SINGLE = re.compile(r"(?<=[a-z0-9.,!?])'(?![a-z0-9])|\u2019")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most 200 characters back)."""
    lo = max(0, start - 200)
    cut = max(text.rfind(". ", lo, start), text.rfind("! ", lo, start), text.rfind("? ", lo, start))
    return lo if cut < 0 else cut + 2


def stands(m: re.Match[str]) -> bool:
    """Whether a judgment phrase found in normalised text really judges (see module doc)."""
    text, start, end = m.string, m.start(), m.end()
    begin = _sentence_start(text, start)
    prefix = text[begin:start]
    if ("not" in prefix or "n't" in prefix) and _NEGATING_NOTHING.search(prefix):
        prefix = _NEGATING_NOTHING.sub("~", prefix)
    # The clause before the phrase: after the last , ; : or "but" / "and".
    but, and_ = prefix.rfind(" but "), prefix.rfind(" and ")
    cut = max(
        prefix.rfind(","),
        prefix.rfind(";"),
        prefix.rfind(":"),
        but + 4 if but >= 0 else -1,
        and_ + 4 if and_ >= 0 else -1,
    )
    if (
        _NEGATOR.search(prefix, max(0, cut))
        or _SELF_SUBJECT.search(prefix)
        or _SOMEONE_ELSES.search(prefix[-50:])
        or _THIRD_PERSON.search(prefix[-60:])
    ):
        return False
    if ('"' in prefix or "\u201c" in prefix) and (
        prefix.count('"') + prefix.count("\u201c") - prefix.count("\u201d")
    ) % 2 == 1:
        return False
    # An opening single quote follows a space or starts the sentence; contractions ("it's")
    # never do, so most sentences skip the count.
    opens = " '" in prefix or prefix.startswith("'") or "\u2018" in prefix
    if opens and len(_OPEN_SINGLE.findall(prefix)) > len(_CLOSE_SINGLE.findall(prefix)):
        return False
    after = _SENTENCE_END.search(text, end)
    sentence = text[begin : after.end() if after else len(text)]
    # Every ownership phrase holds "me", "my" or "i ": skip the regex when none is there.
    if "me" not in sentence and "my" not in sentence and "i " not in sentence:
        return True
    return not _OWNED.search(sentence)


# Blaming and rhetorical questions, matched at the start of a filler-stripped sentence.
_BLAME_BY_FIRST: dict[str, str] = {
    "why": r"why(?: on earth| the hell)? (?:didn't|did not|haven't|have not|hadn't|couldn't"
    r"|can't|won't) you\b|why (?:did|have|had|could) you not\b"
    r"|why (?:do|are|did|would) you (?:always|never|even|ever|keep)\b|why (?:is|does) it always\b"
    r"|why (?:is|has|was) (?:it|this|that|everything) (?:taking|taken|took) so long\b"
    # A shortfall demanded an account of: "why isn't it done?", "why wasn't it tested
    # properly?", "why did you miss the forecast calls?", "why are response times so bad?",
    # "why aren't you?" (after a colleague held up). Not "why is that important to you?".
    r"|why (?:isn't|wasn't|aren't|weren't|hasn't|haven't|is|was|has) (?:it|this|that|they"
    r"|(?:the|your|this|that) [\w-]+(?: [\w-]+)?)(?: not)? (?:still |yet |even )?(?:done|finished"
    r"|ready|tested|fixed|sorted|caught|flagged|shipped|delivered|working|in|up|out|sent|closed"
    r"|resolved|on track)\b"
    r"|why (?:did|do|would|have|has) (?:you|your team|the team) (?:miss|let|forget|skip|ignore"
    r"|break|drop|decline|dodge|avoid)\w*\b"
    r"|why (?:is|are|was|were|has|have) (?:it|this|that|they|(?:(?:the|your) )?[\w-]+(?: [\w-]+)?)"
    r" (?:been )?(?:so|this|that) (?:bad|slow|low|poor|late|behind|terrible|awful|high)\b"
    r"|why (?:aren't|can't|won't) you(?:\W*$| (?:hitting|making|meeting|closing|delivering"
    r"|converting|finishing|keeping up|getting (?:it|this|that) done)\b)"
    r"|why are you (?:taking it out|sulking|being (?:so|like)|acting (?:like|so))\b",
    "how": r"how come(?: on earth| the hell)? (?:didn't|did not|haven't|have not|hadn't"
    r"|couldn't|can't|won't) you\b"
    r"|how come you (?:didn't|haven't|never|couldn't|weren't|can't|won't)\b"
    r"|how could you (?:let|do (?:that|this|it)|say|forget|not|be so|ever|possibly|miss)\b"
    r"|how is (?:this|that|it) (?:even )?a problem\b|how hard (?:can it be|is it to)\b"
    r"|how many times (?:do|have|must|did) i\b",
    "what": r"what were you thinking\b|what(?:'s| is) wrong with you\b|what did you expect\b"
    r"(?! (?:would|to|from|of|when|it|them|him|her|the|this year|going|me|us)\b)"
    r"|what did you think would happen\b|what(?:'s| is) (?:your excuse|the matter with you)\b"
    r"|what(?:'s| is) your problem\W*$|what(?:'s| is) it going to take for you\b",
    # "When are you going to grow up?": a reproach, not a question about timing ("when will
    # you start the report?" stays a question: only these verbs and "ever / finally" count).
    "when": r"when (?:are|will) you (?:ever|finally)\b"
    r"|when (?:are|will) you (?:going to |gonna )?(?:learn|grow up|get your act together"
    r"|start (?:taking|owning|acting|pulling|listening)|stop (?:complaining|making|blaming"
    r"|whining|moaning))\b",
    "who": r"who told you to\b",
    "are": r"are you (?:even |actually )?(?:listening|serious|kidding|joking)\b"
    r"|are you (?:seriously|really|actually|honestly) (?:complaining|whining|moaning|crying"
    r"|surprised|telling me)\b",
    "do": r"do you (?:even |really |actually )?(?:know|understand|realize|realise|appreciate"
    r"|get|have any idea|have a clue|see) (?:just )?(?:how|what) (?:serious|important|bad|big"
    r"|dangerous|risky|much (?:trouble|damage|this|that|it)|embarrassing|unprofessional|this looks"
    r"|that looks|it looks|late|expensive|costly|you(?:'ve| have) done|this means|happens)\b",
    "is": r"is that (?:really )?too much to ask\b",
    "can't": r"can't you (?:just|even|see)\b",
    "don't": r"don't you (?:care|think you|know better)\b",
}
_BLAME_BY_FIRST["what's"] = _BLAME_BY_FIRST["what"]
_BLAME_BY_FIRST["did"] = (
    _BLAME_BY_FIRST["do"].replace("do you", "did you", 1)
    + r"|did you (?:even|actually) (?:think|bother|read|check|try|look|listen)\b"
)
BLAME_QUESTION: dict[str, re.Pattern[str]] = {
    first: re.compile(pattern) for first, pattern in _BLAME_BY_FIRST.items()
}
"""Blaming and rhetorical questions, by the first word they start with; each is matched at the
start of a filler-stripped sentence (or after its first comma: "Seriously, how...")."""
BLAME_FIRST = frozenset((*BLAME_QUESTION, "seriously", "honestly"))
"""First words a sentence holding a blaming question can start with (a cheap pre-check)."""


_WH_BEFORE = re.compile(r"\b(?:what|how|where|when|which|who)\b")
_REPORTED = re.compile(
    r"\b(?:feel|feels|felt|feeling|think|thinks|thought|believe|believes|told|tell|said|say|says"
    r"|saying|know|knew|worried|afraid|sure|reali[sz]e|decided|wonder|wondering|sense|heard"
    r"|hear)(?: (?:you|me|us|them|him|her))?(?: (?:like|that|as if|as though))?,? *$"
)


def advice_stands(m: re.Match[str]) -> bool:
    """Whether an advice phrase found in normalised text really advises (see module doc)."""
    text, start = m.string, m.start()
    prefix = text[_sentence_start(text, start) : start]
    return not (_WH_BEFORE.search(prefix) or _REPORTED.search(prefix[-40:]))


# A quality or act supposed rather than credited: "if you're committed, ...".
_SUPPOSED = re.compile(r"\b(?:if|whether|unless|once)(?: \w+)? $")
# Praise doubted or left open: "I'm not sure staying late was a good choice", "I don't think
# the way you were treated was fair", "whether leaving was the right choice".
_DOUBTED = re.compile(
    r"\b(?:not sure|don't think|do not think|doubt|wonder(?:ing)? (?:if|whether)|whether)\b"
)


def praise_stands(m: re.Match[str]) -> bool:
    """Whether praise found in a sentence credits the person (not "if you're committed", "I'm
    not sure that was a good choice")."""
    start = m.start()
    if start == 0:
        return True
    return not _SUPPOSED.search(m.string, max(0, start - 20), start) and not _DOUBTED.search(
        m.string, max(0, start - 60), start
    )
