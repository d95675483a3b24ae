"""Advice in the imperative mood: the verbs that open an order ("Just delegate it.") and the
structure of a bare imperative ("Turn your phone off"), read by :func:`.detector.detect`.
"""

from __future__ import annotations

import re

from simulator.moves._text import _words

# Imperatives that open a sentence: "Just delegate it.", "Prioritise the audit.". Keyed by the
# verb (after an optional softener such as "just"); the pattern, matched where the verb starts,
# says what must follow it ("talk to", not "talk"). One dict lookup per sentence.
_IMPERATIVE_SOFTENER = _words("just maybe perhaps please definitely honestly seriously")
# A bare imperative by structure, for verbs the table above does not know ("Turn your phone
# off", "Treat yourself to a day off"): a sentence opening with a word that can be a verb's base
# form, followed by the object or particle a verb takes. English puts a noun or adjective
# before "your / the / yourself" only in fixed phrases, so the first word is refused when it
# belongs to a closed class (pronouns, determiners, prepositions, conjunctions, adverbs,
# auxiliaries, interjections), is inflected (-s, -ed, -ing, -ly) or is one of the few words
# that open wishes, thanks and comments ("hope the weekend is better", "glad your team ...").
_NOT_IMPERATIVE_FIRST = _words(
    """i you he she it we they me him her us them my your his its our their mine yours this that
    everyone everybody someone somebody anyone anybody nobody everything something anything
    these those there here the a an some any no every each all both either neither half such
    what which whose who whom why where when how many much more most few less least several
    enough another other one two three four five ten about above across after against along
    among around at before behind below beside besides between beyond by despite down during
    except for from in inside into like near of off on onto out outside over past since through
    till to toward towards under until unlike up upon via with within without as than per and
    but or nor so yet because if while although though unless whether once whereas maybe perhaps
    also even just only still already always never sometimes often usually then now too very
    quite rather really actually again ever soon later today tonight tomorrow yesterday anyway
    otherwise instead almost not back home oh ah wow ugh ha haha lol hmm um uh er yeah yes ok
    okay hey hi hello well right sure great good nice cool fine thanks thank sorry please is are
    was were be been am do does did has had can could will would shall should may might must
    same glad sad shame pity hope wish lucky poor welcome congrats congratulations bless excuse
    pardon mind guess imagine suppose say see look listen let love like hate miss feel seem
    sound mean know think wonder bet reckon agree have enjoy whatever whoever wherever however
    whichever"""
    # Past forms open a sentence whose subject is left out ("Found out from the invite", "Got
    # it"), not an order; the regular ones end in -ed and are refused as inflected.
    """ found got told said made took gave went came saw knew thought felt left kept held brought
    bought sent spent lost heard paid sold stood understood wrote ran began drove forgot grew
    led meant met sat slept spoke stuck taught threw woke won wore"""
)
_IMPERATIVE_OBJECT = _words(
    "your yourself yourselves the a an some it them him her my our their up off out down away"
    " around everything something anything someone somebody everyone more less"
)
_INFLECTED = ("s", "ed", "ing", "ly", "'s", "n't", "'ll", "'d", "'re", "'ve", "'m")
# Base forms that only look inflected: "Ring your mum", "Bring it up", "Press pause", "Discuss it
# with HR", "Apply anyway" (a plural never ends in "ss"; "-us" words are mostly nouns: "thus",
# "status", "genius").
_LOOKS_INFLECTED = frozenset(
    _words("ring bring sing swing sting fling cling wring spring string feed heed shed embed")
    | _words("proceed speed apply reply rely supply comply fly focus")
)
_NOT_INFLECTED_END = ("ss",)


def _inflected(word: str) -> bool:
    """Whether ``word`` ends as an inflected form does (-s, -ed, -ing, -ly, a clitic)."""
    return (
        word.endswith(_INFLECTED)
        and word not in _LOOKS_INFLECTED
        and not word.endswith(_NOT_INFLECTED_END)
    )


_IMPERATIVES: dict[str, re.Pattern[str]] = {
    verb: re.compile(pattern)
    for verb, pattern in {
        "try": r"try\b",
        "prioritise": r"prioritise\b",
        "prioritize": r"prioritize\b",
        "delegate": r"delegate\b",
        "focus": r"focus on\b",
        # "Take your time", "take a sec", "take a breath": permission to pause, not an order.
        "take": r"take\b(?! care\b| your time\b| (?:all|whatever|as much|any) (?:the )?time you"
        r" need\b| as long as you need\b| (?:your|a) (?:sec|second|moment|minute|breath)\b)",
        "talk": r"talk to\b",
        "ask": r"ask (?:\w+ )?(?:for|to)\b",
        "block": r"block (?:out|off)\b",
        "push": r"push back\b",
        "say": r"say no\b",
        "do": r"do (?:it|the|a|an|some|something|one)\b",
        "find": r"find (?:a|an|some|someone|another|out|one)\b",
        "ease": r"ease (?:back|off|up|yourself|in)\b",
        "listen": r"listen to (?:your (?:body|gut|instincts?|doctor|therapist|team)|yourself)\b",
        "look": r"look (?:for|into|after|at (?:your|the|other))\b",
        "reach": r"reach out\b",
        "speak": r"speak (?:to|with)\b",
        "tell": r"tell (?:your|him|her|them|the|someone|hr|a)\b",
        "raise": r"raise (?:it|this|that)\b",
        "bring": r"bring (?:it|this|that) up\b",
        "loop": r"loop in\b",
        "log": r"log off\b",
        "step": r"step (?:back|away)\b",
        "slow": r"slow down\b",
        "be": r"be (?:honest|kind|clear|patient|gentle|careful|upfront|mindful)\b",
        "give": r"give (?:it|yourself|them|him|her|your|\w+ a (?:call|ring|shout|nudge|heads-up"
        r"|try|go|break))\b",
        "turn": r"turn (?:off|down|it|them|your|that|those|the)\b",
        "have": r"have (?:a|an|some) (?!(?:good|great|nice|lovely)\b)\w+",
        "switch": r"switch (?:off|it|them|your|that|the)\b",
        "let": r"let (?:them|him|her|your|people|someone|the) (?:\w+ )?know\b",
        "think": r"think about (?:\w+ing|asking|talking|getting|taking)\b",
        "remind": r"remind (?:yourself|them|him|her|your)\b",
        "see": r"see (?:a|your) (?:doctor|gp|therapist|counsell?or)\b",
        "make": r"make (?:sure|time|a list|a plan)\b",
        # "Go on." and "Keep going." ask them to carry on talking: prompts, not orders.
        "go": r"go\b(?! on\b(?! (?!then\b)\w)| ahead\b)",
        "keep": r"keep\b(?! going\b| talking\b)",
        # "Stick with your meal plan", "stick at it" (not "stick with the work, then": the topic).
        "stick": r"stick (?:with|to|at) (?:your\b|it\b|what works\b)",
        **{
            verb: verb + r"\b"
            for verb in [
                "schedule",
                "send",
                "start",
                "stop",
                "drop",
                "cut",
                "use",
                "set",
                "put",
                "get",
                "consider",
                "don't",
                "skip",
                "leave",
                "move",
                "pick",
                "quit",
                "write",
                "email",
                "call",
                "book",
                "read",
                "avoid",
                "sleep",
                "rest",
                "breathe",
                "document",
                "journal",
                "practise",
                "practice",
                "plan",
                "prepare",
                "learn",
                "apply",
                "join",
                "switch",
                "negotiate",
                "request",
                "record",
                "save",
                "reply",
                "escalate",
                "flag",
                "protect",
                "limit",
                "pause",
                "mute",
                "unplug",
                "jot",
                "spend",
                "aim",
                "grab",
                "decline",
                "delete",
                "hire",
            ]
        },
    }.items()
}
# A welcome in the imperative mood is hospitality, not a fix (blind set 36's Cork manager put
# the kettle on in every meeting): "Sit down, sit down", "have a cup of tea", "grab a chair",
# "make yourself at home". Not "have a word with HR", "grab some time with Priya".
_WELCOME = re.compile(
    r"(?:(?:just|please|do|go on),? )?(?:sit (?:down|yourself down|wherever)|(?:have|take|grab)"
    r" a (?:seat|chair|pew)|pull up a (?:chair|seat)|make yourself (?:at home|comfortable)"
    r"|get (?:comfortable|comfy)|come (?:on )?in|help yourself to (?:a |some )?(?:tea|coffee"
    r"|biscuits?|water|cake)|(?:have|grab|take) (?:a|some) (?:drop|cup|cuppa|mug|biscuit|coffee"
    r"|tea|water|sip|glass)\b)"
    # (The welcome ends its clause: "have a cup of tea and then email him" still advises.)
    r"(?:(?: of| o')? (?:tea|coffee|water|something))?(?: (?:there|here|over there))?(?: first)?"
    r"(?=\s*(?:[-,.!;?]|$| if\b| while\b))"
)
_AFTER_WELCOME = re.compile(r"[\s,;:!.-]*(?:(?:and|then|but|so)\b[\s,]*)?")


def without_welcome(body: str) -> str:
    """``body`` after any welcome that opens it ("have a seat, get comfy - and try writing it
    down" -> "try writing it down"); an order after a welcome is still one."""
    for _ in range(3):
        m = _WELCOME.match(body)
        if m is None:
            break
        body = body[_AFTER_WELCOME.match(body, m.end()).end() :]  # type: ignore[union-attr]
    return body
