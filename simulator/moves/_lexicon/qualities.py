"""Qualities of a person, good and bad, the negative traits of a verdict, and the degree words
between "you're" and one: what recognition credits ("you're resourceful") and judgment condemns
("you're being childish").
"""

from __future__ import annotations

_GOOD_QUALITY = (
    "resourceful capable resilient determined dedicated committed talented creative brave"
    " courageous insightful reliable conscientious persistent hardworking smart organised"
    " organized diligent caring kind supportive generous wise fair empathetic thoughtful"
    " considerate mature professional gracious honest brilliant inspiring skilled competent"
    " clever sharp selfless humble admirable principled decent classy sensible patient loyal"
    " self-aware"
)
_BAD_QUALITY = (
    "rude selfish unfair mean petty naive stupid dumb ignorant arrogant lazy pathetic spoiled"
    " spoilt ungrateful hypocritical toxic needy whiny bossy irrational unreasonable childish"
    " immature unprofessional irresponsible entitled careless sloppy dramatic"
)
_GOOD_RE = "|".join(_GOOD_QUALITY.split())
# "You're entitled to a refund" is a right, not a trait ("you seem entitled to me" still is).
_ENTITLED = r"entitled(?! to (?!me\b|us\b))"
_BAD_RE = "|".join(_BAD_QUALITY.split()).replace("entitled", _ENTITLED)
_DEGREE = (
    r"(?: (?:really|so|very|incredibly|pretty|quite|truly|genuinely|super|such|a|an|a bit"
    r"|a little|kind of|sort of|rather|too|being|just))*"
)

# Negative traits: "you are / seem / sound" + one of these is a verdict about the person.
_TRAITS = (
    r"lazy|sloppy|careless|defensive|paranoid|dramatic|hysterical|negative|difficult"
    r"|unprofessional|immature|childish|entitled(?! to (?!me\b|us\b))|irresponsible|unreliable"
    r"|incompetent"
    r"|disorgani[sz]ed|rude|arrogant|selfish|stubborn|whiny|oversensitive|touchy|clueless|flaky"
    r"|useless|unreasonable|a mess|a liability|making excuses|overthinking|slacking"
    r"|coasting|mediocre|not pulling your weight|in over your head|out of your depth"
    r"|(?:a bit of )?a (?:martyr|drama queen|pushover|doormat)"
    r"|(?:too|so|overly) (?:sensitive|emotional|negative)"
    r"|condescending|dismissive|combative|hostile|aggressive|passive-aggressive|confrontational"
    r"|cynical|bitter|petty"
    r"|abrasive|self-centred|self-centered|self-absorbed|complacent|inflexible"
)
_TRAIT_WORDS = (
    "lazy sloppy careless defensive paranoid dramatic hysterical negative difficult"
    " unprofessional immature childish entitled irresponsible unreliable incompetent"
    " disorganised disorganized rude arrogant selfish stubborn whiny oversensitive touchy clueless"
    " flaky useless unreasonable mess liability excuses overthinking slacking coasting"
    " mediocre weight head depth sensitive emotional condescending dismissive combative hostile"
    " aggressive passive confrontational abrasive self centred centered absorbed complacent"
    " inflexible cynical bitter petty martyr drama pushover doormat"
)

# "No excuse for how Greg spoke to you": a third party's conduct, and their side taken.
_THEIR_SIDE = r"(?! for (?:how|what|the way|him|her|them|that kind)\b)"
# A harm they did, which praise can only mock: "congrats on blowing your savings", "well done
# for losing the client" (not "blowing them away").
_HARM_DONE = (
    r"(?:\w+ )?(?:blowing|wrecking|ruining|losing|failing|crashing|screwing|messing|breaking"
    r"|missing|forgetting|burning|tanking|botching|bombing|flunking|torching|sinking)\b"
    r"(?! (?:\w+ )?away\b| it out of the water\b)"
)
