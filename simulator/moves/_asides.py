"""Sentences that take up their words without saying back what they said.

* **A pledge of safety**: "it won't reach Kyle", "nothing you say leaves this room", "off the
  record", "no consequences". Safety matters, and a pledge once is good practice; but naming
  their words in one ("it won't be held against you as bragging") restates nothing they told.
  Blind set 28's safe-harbour pledge put one in every turn, and its accidental word matches
  ("off the record" after "that's the record") were paid as reflections.
* **An observation of their body or voice**: "your voice caught on 'stopped booking'", "you
  paused before that 'sure'", "I saw your eyes close". A Rehearse session is typed: nobody can
  see or hear them, so every such observation is invented (blind set 28's nonverbal cold read),
  and the quote inside it shows the words were caught, not understood.
* **A decision declared final**: "the twenty-second isn't moving", "the reorg's done, it's not
  changing": the manager's position, whatever date or plan of theirs it names.
* **A remark on the form of their words**: "'The number.' - a two-word sentence", "the 'but'
  cancels everything before it", "you've said 'fair' twice now". Their words are quoted and
  their grammar noticed, but nothing of what they meant is said back (blind set 34's grammar
  sleuth, a process narrator of words rather than voice).
* **Their words filed in a record**: "Capturing: staging falls over under load", "noted under
  impact: half a day lost", "let me jot that down", "I've got a box here for 'impact on
  you'". Said to a notebook rather than to them (blind set 36's action-item stenographer read
  every disclosure, a father's stroke included, into the minutes), their words come back as
  entries, and nothing of what they meant to them is said.
* **A verdict on someone else**, taking their side: "whoever drew that split should be
  ashamed", "that's theft" (blind set 29's villain bonding): the manager's indignation, not
  what they told.
* **What other people say or go through**: "everyone who comes back from leave tells me the
  same", "most people in your spot say the silence is the worst", "that's a really common
  one", "you're not the only one". Their words as everybody's: a claim about others (often
  made up, as in blind set 31's bandwagon normaliser) says nothing back about them, and
  "everyone feels like that at first" is the minimising the judgment rules already catch.

:func:`simulator.moves._rereadings.aside_only` drops the reflection of a turn whose every
sentence with their words in it is one of these, unless the pledge, the observation or the
verdict is their own, said back ("you paused the rollout" after "I paused the rollout", "the
split is a joke" after theirs).
"""

from __future__ import annotations

import re

from simulator.moves._text import SECOND_PERSON

__all__ = [
    "ASIDE",
    "CROWD",
    "CROWD_CLAUSES",
    "FINAL",
    "FINAL_CLAUSES",
    "FORM",
    "FORM_CLAUSES",
    "LEAVE",
    "PLEDGE",
    "RECORD",
    "about_others",
]

_BODY = (
    r"voice|tone|pace|face|eyes|mouth|jaw|lips?|shoulders|hands?|arms|posture|breathing"
    r"|expression|brow|fists?|fingers|chin|cheeks|forehead|knee|legs?|feet|foot|body language"
)
_MOVED = (
    r"went|got|dropped|rose|cracked|caught|changed|shifted|softened|hardened|tightened|tensed"
    r"|relaxed|lit up|closed|crossed|clenched|fell|sank|lifted|wobbled|shook|trailed off"
    r"|sped up|slowed|flickered|darted|tapped|tap|fidget\w*|twitched|narrowed|widened|dipped"
    r"|flatten\w*|tighten|tightens|soften|softens|harden|hardens|catch|catches|drops|rises"
    r"|speeds? up|slows? down|quicken\w*|changes|goes"
)
_NONVERBAL = (
    # "Your voice went flat", "your jaw tightened", "your arms are crossed", "I noticed your
    # hand go to your face" (not "he squeezes your hand", a thing they told).
    rf"\byour (?:{_BODY}) (?:(?:\w+ ){{0,2}})?(?:{_MOVED}|(?:is|are|was|were) (?:crossed|shaking"
    r"|tight|tense|flat|clenched))\b"
    rf"|\b(?:saw|noticed|watched|see|notice|heard|hear|felt|feel) your (?:{_BODY})\b"
    # ... and their eyes, face or voice as the subject of anything ("your eyes didn't agree"),
    # bar an opinion ("in your eyes"), a say ("your voice matters"), a tease ("roll your
    # eyes") and an idiom ("it opened your eyes").
    r"|(?<!in )(?<!roll )(?<!on )(?<!to )(?<!opened )(?<!open )(?<!opening )(?<!opens )"
    r"\byour (?:eyes|face|jaw|voice|tone|posture|expression)\b"
    r"(?! (?:matters|counts|in the room|heard|to be heard))"
    r"|\bin your (?:voice|tone|face|body language|breathing|expression|shoulders|jaw|chest)\b"
    r"|\bon your (?:voice|tone|face|expression)\b"
    r"|\byou (?:went|go|got) (?:very |really |a bit )?quiet (?:just then|there|for a (?:second"
    r"|moment|beat))\b"
    # "You paused", "I saw you glance at the door", "you smiled on 'fair play'".
    r"|\b(?:you|(?:i )?(?:saw|noticed|see|watched|heard) you) (?:just |a bit |almost )?(?:paused"
    r"|pause|sighed|sigh|hesitated|winced|wince|flinched|flinch|glanced|glance|looked (?:away"
    # ("You looked up some articles" is no gesture.)
    r"|down|up(?= at me|\s*[,.;!?]|$))|look (?:away|down)|leaned|lean|shrugged|shrug|frowned"
    r"|frown|swallowed|swallow"
    r"|smiled|smile|blinked|nodded|rubbed|sat (?:up|back|forward)|sit (?:up|back)"
    r"|tensed|tense up|exhaled|went (?:a (?:bit|little) )?(?:still|pale|red|tight|stiff)"
    r"|took a (?:long |short |deep |big )?(?:breath|pause)"
    r"|crossed|stiffened|slumped|fidgeted|put the \w+ down)\b"
    # "I can see it in your face", "tight around the mouth", "I saw it."
    r"|\b(?:i (?:can |could )?(?:see|saw|hear|heard) (?:it|that) (?:in|on) your? (?:face|eyes"
    r"|voice)|written all over (?:you|your face)|(?:around|at|in|from) the (?:mouth|eyes|jaw))\b"
    r"|\bi (?:saw|see|noticed) (?:it|that)\s*[.!]"
)
_PLEDGE = (
    r"\boff the record\b|\b(?:completely|totally|strictly|fully|entirely|100%) confidential\b"
    r"|\b(?:this|it|that|everything|all of (?:it|this))(?:'s| is) confidential\b"
    r"|\bstays? (?:confidential|private|with me)\b"
    r"|\b(?:won't|will not|wouldn't|would never|never) (?:tell|share|mention|repeat)\b(?! you\b)"
    # ("Stays between us", not "so, between us: Jenna takes the calls", the two of them.)
    r"|\b(?:stays?|just|strictly|kept|keep (?:it|this)|remains?) between (?:us|you and me"
    r"|the two of us)\b"
    r"|\bno (?:consequences|repercussions|fallout|comeback|blowback|notes|record|penalty"
    r")\b"
    r"|\b(?:won't|will not|never|doesn't|does not|wouldn't|would never) (?:leave (?:this|the)"
    r" room|get back to|reach|go (?:beyond|past|further than|anywhere)|come back on|be held"
    r" against|be used against|count against|be repeated|repeat a word|be seen as|be read as"
    r"|affect your (?:review|rating|standing|future|job|career))\b"
    r"|\bnothing (?:you say |you tell me )?(?:leaves|goes (?:beyond|further|anywhere)"
    r"|gets (?:back|out))\b|\bnothing to hr\b"
    r"|\byou(?:'re| are) (?:safe|protected)(?: here| with me| saying| telling| to)?\b"
    r"(?! from)|\bsafe (?:space|to say|saying|telling|to tell|to be honest)\b"
    r"|\b(?:carries|there's|there is) (?:no|zero) risk\b"
    r"|\b(?:nobody|no one|no-one) (?:will|would|is going to) (?:ever )?(?:know|hear|find out)\b"
    r"|\b(?:nobody|no one|no-one)(?:'s| is) (?:judging|grading|marking|scoring)\b"
    r"|\b(?:job|position|role|place)(?: here)? is (?:safe|secure)\b"
    r"|\b(?:changes|change) nothing about how i see you\b|\bno one is keeping score\b"
)
# Leave to speak freely, with their word in it: "you don't need a rehearsed version with me",
# "you don't have to justify anything here, excuse or not".
_LEAVE = (
    r"\byou don't (?:need|have) to (?:be careful|justify|explain|defend|filter|perform"
    r"|rehearse|prepare|tidy|sugar-?coat|hold back|be polite|be diplomatic|get it right)\b"
    r"|\byou don't need (?:a |the )?(?:rehearsed|polished|prepared|tidy|perfect|careful)\b"
    r"|\bhowever it comes out\b"
)

PLEDGE = re.compile(f"{_PLEDGE}|{_LEAVE}")
"""A pledge of safety or leave to speak freely (lower-cased text)."""
LEAVE = re.compile(_LEAVE)
"""Leave to speak freely: an aside even when it holds their own word ("careful")."""
# The manager's own verdict on someone else, taking their side: "whoever drew that split should
# be ashamed", "that's theft", "this company's comp plan is a joke" (blind set 29's villain
# bonding, set 11's ally). It may hold their words; it says back nothing they told.
_SIDING = (
    r"\bshould be ashamed\b|(?:is|was|'s|are|were) (?:an? )?(?:absolute |total |complete |utter )?"
    r"(?:disgrace|scandal|joke|farce|theft)\b|\b(?:outrageous|disgraceful|scandalous|shameful"
    r"|unforgivable)\b|\bhow dare (?:they|he|she)\b|\b(?:has|have) clearly never\b"
)
# What other people say, feel or go through, or how common it is (blind set 31's bandwagon
# normaliser; set 18's and set 27's mediocre managers' "everyone feels like that at first"). A
# group of people at the start of a clause, as its subject, with a verb of saying or going
# through within a few words and nothing of theirs ("you") between: not "you found out like
# everybody else", "other people get the promotion you felt you'd earned", "you all did it".
_WHO = (
    r"(?:\w+ )?(?:people|folks?|reps|engineers|analysts|parents|managers|leads|colleagues"
    r"|returners|starters|hires|joiners|workers|career-changers)"
    r"|of (?:them|us|my (?:team|reports|people))"
)
_I_KNOW = r"(?:i|i've|i have) (?:know|talk to|manage|managed|had|coached|worked with|onboarded)"
_GROUP = (
    rf"(?:almost |nearly |pretty much )?(?:everyone|everybody)(?! else)(?: {_I_KNOW}\w*)?"
    r"|(?:most|many|loads of|lots of|plenty of|a lot of|so many|(?:almost |nearly )?all"
    r"(?: of)?(?: the| my)?|(?:two|three|four|several|a few|a couple of) (?:other )?|other)"
    rf" (?:{_WHO})\b"
    rf"|half (?:of )?(?:the|my) (?:team|reports|{_WHO})\b|(?:they|they've) all\b"
    r"|(?:almost |nearly )?all of them\b|people (?:like you|in your (?:spot|shoes|position"
    r"|seat|situation))\b"
    r"|(?:almost |nearly |pretty much )?(?:every|each) (?:(?:one|single one) of them|(?:\w+ )"
    r"{0,2}(?:person|rep|engineer|analyst|parent|manager|lead|starter|hire|returner)s?)\b"
)
_CLAUSE_START = "".join(
    f"|(?<={before} )"
    for before in (
        "and",
        "but",
        "so",
        "because",
        "honestly",
        "though",
        "which",
        "while",
        "yeah",
        "what",
    )
)
_SAYS = (
    r"say|says|said|tell|tells|told|describe|describes|described|ask|asks|asked|feel|feels"
    r"|felt|find|finds|found|(?:has|have) (?:sat|been there|been through|had|done)"
    r"|go(?:es)? through|went through|carry|carries|mention\w*|hits?|do|does|did"
)
_CROWD = (
    rf"(?:^|(?<=[,;:\u2014(] )|(?<=^\W){_CLAUSE_START})(?P<group>{_GROUP})"
    r"(?: like you| in your (?:spot|shoes|position|seat|situation))?"
    rf"(?:(?! you\b| your\b| you're\b)(?: [\w']+)){{0,8}}? (?P<says>{_SAYS})\b"
    r"|\b(?:that(?:'s| is)|it(?:'s| is)|is|are|such) (?:a |an )?(?:very |really |so |super "
    r"|pretty |incredibly |extremely |such a |honestly )?common\b(?! to\b| ground| sense"
    r"| knowledge)"
    r"|\b(?:the )?(?:number one|most common|commonest) (?:thing|complaint|story|worry)s?\b"
    r"|\b(?:a|the) (?:story|thing|complaint|bit|one) i(?:'ve| have)? (?:hear|heard|see|seen)\b"
    r"|\b(?:all|always) (?:say|said|tell me|told me|describe it)\b"
    r"|\bcomes? up (?:a lot|all the time|often)\b"
    r"|\bi hear (?:that|this|it)(?: one)? (?:a lot|all the time|constantly|often|every)\b"
    r"|\bi(?:'ve| have) heard (?:that|this|it)(?: exact| same| very)?(?: one| story| thing)? from"
    r" (?:more|many|lots|loads|plenty|other|a lot|so many|everyone)\b"
    r"|\byou(?:'re| are) (?:honestly |really |definitely |far from |by no means )?not the "
    r"(?:only|first)(?: one| person)?\b"
    r"|\byou(?:'re| are) (?:not alone|in (?:very |good |normal )*company)\b"
    r"|\bhappen(?:s|ed)? to (?:everyone|everybody|all of us|loads|lots|most|so many|plenty"
    r"|a lot)\b"
)
# A remark on the form of their words, not on what they said: "'The number.' - a two-word
# sentence", "'to be fair though' - that's a phrase that argues with itself", "the 'but'
# cancels everything", "'I' in the first half, 'we' in the second - the pronoun widens", "you've
# said 'fair' twice now" (blind set 34's grammar sleuth: their words quoted, their meaning left
# alone). Not "that's the whole reorg in one sentence", "without a word", "full stop", or "your
# opening line sounded like someone who's been let down", which say what the words meant.
_FORM = (
    r"\b(?:two|three|four|five|six|\d+)[- ](?:words?|sentences?|syllables?)\b|\bone-word\b"
    # (Not "tense", a feeling, "a question mark over your future", an idiom, nor "adjectives",
    # which they may have said: "specifics, not adjectives".)
    r"|\b(?:pronouns?|(?:past|present|future|verb) tense|syllables?|commas?"
    r"|exclamation marks?|quote marks|quotation marks|punctuation|grammar)\b"
    r"|\b(?:your|the|that) (?:last|final) word\b"
    r"|\b(?:that's|that is|it's|is|was) (?:a|an) (?:\w+ )?(?:phrase|word) that\b"
    r"|\b(?:said|used|say|using) ['\"\u2018][^'\"\u2019]{1,30}['\"\u2019] (?:twice|again"
    r"|three times|\w+ times)\b"
    r"|\bthe ['\"\u2018]\w+['\"\u2019] (?:cancels|shrinks|softens|undoes|carries|does)\b"
    # "'give me a minute' echoes 'give me a sec'", "'Honestly?' as a question again".
    r"|['\"\u2019] (?:echoes|mirrors|rhymes with) ['\"\u2018]"
    r"|['\"\u2019?] as (?:a|its own) (?:question|sentence)\b"
)
FORM = re.compile(_FORM)
"""A remark on the form of their words (lower-cased text)."""
# (Not at a dash: "'The number.' - a two-word sentence" is one remark on the words before it.)
FORM_CLAUSES = re.compile(r";\s*|,\s+(?=(?:and|but|though|which|so|while|like|because)\b)")
"""Where a sentence holding a remark on the form of their words splits: the remark and a
reflection of what they meant may share one ("You said 'probably' twice, and it sounds like
you're more scared than you're letting on")."""
# The manager's decision declared final: "the twenty-second isn't moving", "the reorg's done,
# it's not changing", "the decision's made" (blind set 34's blunt manager, whose date of theirs
# in such a sentence was paid as a reflection). Their own "the date's not moving" said back is
# theirs, and still reflects.
_FINAL = (
    r"\b(?:not|isn't|won't be) (?:changing|moving|negotiable|up for (?:debate|discussion))\b"
    r"|\bnon-negotiable\b|\bdecision(?:'s| is| has been| was) (?:made|final)\b"
    r"|\b(?:been|was) decided (?:above|already)\b"
)
FINAL = re.compile(_FINAL)
"""A decision declared final (lower-cased text)."""
FINAL_CLAUSES = re.compile(r"[,;]\s*")
"""Where a sentence holding a decision declared final splits: "a big feature landing Monday
with the date not moving, a staging box that falls over" keeps the rest of a reflection."""
# Their words filed in a record (blind set 36's action-item stenographer): an entry's label
# ("capturing:", "noted under impact:", "logged:"), the act of writing it down, or the notes,
# box or template it goes in. Not "I hear you", "let me say back what I heard", "I noted how
# hard you worked" (no colon, no record), nor "off the record" (a pledge).
_RECORD = (
    # (Not "in writing: what Kyle had that you didn't", a promise of how it will come.)
    r"\b(?:capturing|noting|logging|logged|noted|minuting|minuted|adding|added|(?<!in )writing"
    r"|jotting|recording|follow[- ]up)(?: (?:that|this|it|those))?(?: (?:down|in|up"
    r"|under (?:\w+ ){0,2}?\w+|to (?:the|my|your) (?:notes|list|record|template|minutes|log)))?"
    r"\s*:"
    r"|\b(?:let me|i'll|i will|i'm going to|i'm|i am)(?: just)? (?:note|jot|write|minute|log"
    r"|record|put)(?:ting|ing)? (?:that|this|it|those|['\u2018][^'\u2019]{1,60}['\u2019])"
    r"(?: (?:down|in|up))?\b"
    r"|\b(?:in|on|to|into|from|of) (?:my|the|our) (?:notes|notebook|minutes|template|log|list)\b"
    r"|\b(?:a|the|my) (?:blank )?(?:box|line|section|row|heading|space|column) (?:here )?(?:for"
    r"|labell?ed)\b"
)
# ... and the items it makes of them ("Action item: you look into the wellbeing hub", "owner
# you", "the record so far"), unless the items are theirs ("ten action items, the last at
# midnight" after "I wrote ten action items").
_ITEMS = r"\baction (?:items?|points?)\b|\bowner(?::| -|,)? (?:you|me)\b|\bthe record so far\b"
ASIDE = re.compile(f"{_NONVERBAL}|{_PLEDGE}|{_LEAVE}|{_SIDING}|{_FORM}|{_FINAL}|{_RECORD}|{_ITEMS}")
RECORD = re.compile(_RECORD)
"""Their words filed in a record (lower-cased text): an aside even when its label is a word of
theirs ("adding:" after "product added split-tender")."""
"""A sentence that pledges safety, reports their body or voice, condemns someone on their
behalf, remarks on the form of their words, declares a decision final or files their words in
a record (lower-cased text)."""
CROWD = re.compile(_CROWD)
"""A clause that says what other people say or go through, or how common it is (lower-cased
text). Its ``group`` and ``says`` groups hold who and the verb ("everyone", "tells"), the
claim itself without the words of theirs it wraps."""
CROWD_CLAUSES = re.compile(r"(?<=[;\u2014])\s*|,\s+(?=(?:and|but|though|which|so|while)\b)")
"""Where a sentence holding a claim about others splits into clauses: a reflection and a
normalising clause in one sentence ("You're dreading the migration, and honestly, you're not
the first lead to feel that") keep the reflection."""
_ABOUT_OTHERS = re.compile(r"\bin your (?:spot|shoes|position|seat|situation)\b|\blike you\b")


def about_others(clause: str) -> bool:
    """Whether a clause that holds a claim about others is about them only: nothing in it
    says "you" but the claim's own words ("people in your spot", "people like you"). "You're
    not the only one who finds X confusing" still says their X back."""
    return SECOND_PERSON.search(_ABOUT_OTHERS.sub(" ", clause)) is None
