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
* **A verdict on someone else**, taking their side: "whoever drew that split should be
  ashamed", "that's theft" (blind set 29's villain bonding): the manager's indignation, not
  what they told.

:func:`simulator.moves._rereadings.aside_only` drops the reflection of a turn whose every
sentence with their words in it is one of these, unless the pledge, the observation or the
verdict is their own, said back ("you paused the rollout" after "I paused the rollout", "the
split is a joke" after theirs).
"""

from __future__ import annotations

import re

__all__ = ["ASIDE", "LEAVE", "PLEDGE"]

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
ASIDE = re.compile(f"{_NONVERBAL}|{_PLEDGE}|{_LEAVE}|{_SIDING}")
"""A sentence that pledges safety, reports their body or voice, or condemns someone on their
behalf (lower-cased text)."""
