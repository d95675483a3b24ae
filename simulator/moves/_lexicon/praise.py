"""Praise words: the qualities and evaluative words recognition reads, generic praise of the
person ("you're doing great", :data:`BARE_PRAISE`), and the quality nouns an act can show.
"""

from __future__ import annotations

import re

# Recognition must be specific: it names an act or a quality. Bare "good job" does not count.
# Praise for an act ("that was a generous thing to do"): the qualities plus evaluative words.
_PRAISE_ADJ = (
    "resourceful capable resilient determined dedicated committed brave courageous insightful"
    " mature professional smart wise thoughtful considerate generous kind gracious classy"
    " sensible clever selfless humble admirable principled decent strong great excellent good"
    " healthy brilliant superb outstanding impressive solid fantastic terrific bold honest"
)
_PRAISE = (
    r"(?:really |so |very |incredibly )?(?:well|brilliantly|beautifully|superbly|impressive\w*"
)
# "A great deal" is an amount: "you've got a great deal on" restates, it does not praise.
_PRAISE += r"|amazing\w*|excellent\w*|a great job|a good job|a difference|great(?! deal\b| many\b)"
_PRAISE += r"|skil\w*|thoughtful"
_PRAISE += r"|careful\w*|creative\w*|calmly|professionally|gracefully|maturely|patiently"
# The casual speaker's words: "the fact that you've kept it solid is kind of unreal".
_PRAISE += r"|unreal|incredibl\w*|awesome|phenomenal\w*|remarkabl\w*|outstanding)\b"
_PRAISE_WORDS = (
    "well brilliantly beautifully superbly impressive impressively amazing amazingly excellent"
    " excellently difference job great skill skilled skillful skilfully thoughtful careful"
    " carefully creative creatively calmly professionally gracefully maturely patiently"
    " unreal incredible incredibly awesome phenomenal phenomenally remarkable remarkably"
    " outstanding"
)
# Evaluative adjectives for the structural frames below ("that's thoughtful of you", "what a
# brave thing to do"): praise names a quality, a verdict names a flaw. Feelings ("tired",
# "worried") are in neither: saying them restates, it does not evaluate.
# Praise of the person with nothing they did in it: "you're doing great", "you're a great
# engineer", "we really value you", "you're one of our best". Recognition, but generic: the
# recognition anchors rank "empty or generic praise" above none and below specific praise.
_GENERIC_GOOD = (
    r"(?:amazing|great|awesome|brilliant|fantastic|wonderful|incredible|excellent|superb"
    r"|terrific|a star|a superstar|the best|a legend|a rock ?star|a gem|an asset)"
)
_GENERIC_ROLE = (
    r"(?:engineer|manager|lead|leader|rep|salesperson|colleague|teammate|worker|employee"
    r"|member of (?:the|this|our) team|part of (?:the|this|our) team|hire|person|asset|analyst"
    r"|developer|designer|professional|people manager)"
)
_GENERIC_PRAISE = (
    r"(?:i|we)(?: (?:all|really|truly|genuinely|do|still|honestly))* (?:value|appreciate|rate)"
    r" you(?: (?:so much|a lot|loads|massively|enormously|highly))?"
    r"|you(?:'re| are)(?: (?:so|really|just|honestly|such|still|always|genuinely|truly))*"
    r" (?:" + _GENERIC_GOOD + r"|doing (?:(?:so|really|very|incredibly|absolutely) )?(?:great"
    r"|amazing(?:ly)?|brilliant(?:ly)?|fantastic(?:ally)?|really well|so well|brilliantly"
    r"|an? (?:great|good|amazing|fantastic|brilliant|excellent|terrific) job)"
    r"|an? (?:(?:really|very|truly) )?(?:great|good|brilliant|fantastic|talented|excellent"
    r"|strong|valued|valuable|amazing|terrific|key) " + _GENERIC_ROLE + r"|one of (?:our|the|my)"
    r" (?:best|strongest|most valued)(?: \w+)?|(?:really |so |very |highly )?valued)"
)
# ("Good on you" or "good for you" with nothing after it credits no act: "good on you for saying
# no" does.)
# Praise of work with nothing named: "Well done.", "Great job!", "Nice one." MITI codes it
# Affirm; it credits no act, so it earns only part, as generic praise. ("Good stuff" is how
# many people say "okay".)
_WORK_PRAISE = (
    r"(?:well done(?: you)?|(?:good|great|nice|brilliant|excellent|fantastic|amazing|awesome"
    r"|superb|top) (?:job|work|one)|bravo)"
)
BARE_PRAISE = re.compile(
    r"(?:" + _GENERIC_PRAISE + r"|good (?:on|for) (?:you|ya)|" + _WORK_PRAISE + r")"
)
"""Praise of the person with nothing they did in it: generic, whatever else the turn says."""
# Qualities an act can show or take: "that took real character", "it shows commitment".
_QUALITY_NOUNS = (
    "skill courage guts initiative commitment care leadership patience strength resilience"
    " maturity judgment judgement dedication creativity thought grit character integrity honesty"
    " discipline determination perseverance humility insight self-awareness awareness bravery"
    " nerve backbone heart composure grace class professionalism foresight empathy ownership"
    " resourcefulness poise calm persistence teamwork expertise professionalism commitment"
    " organisation organization tenacity loyalty devotion compassion generosity decency conviction"
    " stamina diligence selflessness kindness"
)
