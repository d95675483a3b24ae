"""Sentence forms the reflection and question points read: listening stems, second-person
subjects, directives, information, feelings, autonomy, courtesy and stopwords.
"""

from __future__ import annotations

import re

from simulator.moves._text import _Phrases, _words

# Openers of reflective listening that decide on their own.
_REFLECT_STEM = _Phrases(
    (
        "sound sounds",
        r"sounds? (?:like|as if|as though|to me)\b"
        r"(?! (?:a )?(?:good|great|fine|fun|nice|plan|idea)\b)",
    ),
    ("seems", r"it seems\b"),
    # A summary that names what matters most in what was said: "so the real issue is that the
    # goalposts keep moving". "So the main thing is to rest" is the speaker's advice instead.
    (
        "issue problem thing worry struggle part bit",
        r"so,? (?:the|your) (?:real|main|big|biggest|hardest|toughest|core) (?:issue|problem"
        r"|thing|worry|struggle|part|bit)(?: for you)? (?:is|isn't|was|seems)\b(?! to\b)",
    ),
    ("seems", r"seems like\b"),
    ("sound", r"the sound of it\b"),
    ("perspective point", r"from your (?:perspective|point of view)\b"),
    # (An adverb may sit in the frame: "what I'm also hearing", "I also am hearing that".)
    ("hear hearing", r"what i(?:'m| am)?(?: (?:also|really))? hear(?:ing)?\b"),
    # "I'm hearing some frustration", "I'm hearing there's a part of you that ...".
    (
        "hear hearing",
        # (Not "I hear how hard this is": a stock line of sympathy, with nothing of theirs.)
        r"(?:i(?:'m| am)? hear(?:ing)? (?:you|that|there(?:'s| is| are)|some|a lot of|a real"
        r"|a bit of)\b"
        # An adverb in the frame ("I also am hearing that ..."), before what they said; not
        # "I really hear you", the bare formula said louder.
        r"|i(?:'m| am)? (?:also|really|still|kind of|sort of)(?: am)? hear(?:ing)? (?:that"
        r"|there(?:'s| is| are))\b)",
    ),
    ("am", r"am i (?:hearing|right)\b", "hearing right"),
    (
        "sense feeling impression",
        r"i(?:'m| am)? (?:get|getting|have|having|got) (?:a|the) (?:real |strong |clear |distinct"
        r" )?(?:sense|feeling|impression)\b",
    ),
    ("picking", r"i(?:'m| am) picking up\b"),
    # A feeling named as the speaker's guess: "I think you're angry about the decision". Only a
    # feeling: "I think you're right" agrees, "I think you're the best person for it" praises.
    (
        "think guess imagine suspect reckon",
        r"i (?:think|guess|imagine|suspect|reckon)(?: that)? you(?:'re| are|'ve been| have been"
        r"| feel| might be| may be| must be)(?: (?:really|pretty|quite|a bit|a little|so|very"
        r"|still|also|probably|maybe|feeling))* (?:angry|mad|upset|hurt|frustrated|exhausted"
        r"|tired|worried|anxious|scared|afraid|nervous|overwhelmed|stressed|disappointed"
        r"|embarrassed|ashamed|lonely|stuck|torn|confused|annoyed|drained|burned out|burnt out"
        r"|guilty|relieved|proud|sad|furious|gutted|fed up|hurting|struggling|shaken|rattled"
        r"|frightened|terrified|isolated|resentful|bitter|humiliated|sidelined|overlooked)\b",
    ),
    # Naming what the speaker perceives in them: "I see a real sense of relief in you".
    (
        "sense",
        r"i (?:kind of |sort of |can |do )?(?:see|get|notice|hear) (?:a |some )?(?:real |strong"
        r" |clear )?sense of\b",
    ),
    # Checking understanding: "let me make sure I've got this right".
    (
        "sure",
        r"make sure (?:that )?i(?:'ve| have)?(?: really)? (?:got|get|understood|understand"
        r"|heard|'m hearing|am hearing)\b",
        "i i've",
    ),
    ("straight", r"(?:got|get|have) (?:the|your) story (?:straight|right)\b"),
    ("tell see imagine hear", r"i can (?:tell|see|imagine|hear)\b"),
    ("sense", r"i sense\b"),
    ("feel feeling feels", r"you(?:'re| are)? feel(?:ing|s)?\b"),
    ("must", r"you must (?:feel|be feeling|have felt)\b"),
    ("saying telling", r"you(?:'re| are) (?:saying|telling me)\b"),
    ("hand", r"one hand\b"),
    ("hand", r"other hand\b"),
    ("part", r"part of you\b"),
    ("same", r"the same time\b"),
    ("sure", r"you(?:'re| are) not sure\b"),
    ("said mentioned told", r"you(?:'ve| have) (?:said|mentioned|told me)\b"),
    ("said mentioned", r"you (?:said|mentioned)\b"),
    ("feels", r"(?:it )?feels (?:like|as if|as though)\b"),
    ("summarise summarize summary sum", r"(?:to sum up|(?:to|let me) summari[sz]e|in summary)\b"),
)
_YOU = _words("you you're you've you'd you'll your yours yourself")
_FIRST_PERSON = _words("i i'm i've i'd i'll we we're we've we'll we'd let's my our me us")
# Second-person subject opening the sentence: "You're exhausted", "Your team keeps...".
_YOU_SUBJECT_FIRST = _words("so and but now yet you you're you've you'd you'll your yourself")
_YOU_SUBJECT = re.compile(
    r"(?:so,? |and |but |now |yet )?(?:you(?:'re|'ve|'d|'ll)?(?! know\b)|your|yourself)\b"
)
# ... with a modal or a future, which plans or supposes more than it restates.
_YOU_MODAL = re.compile(
    r"(?:so,? |and |but |now |yet )?(?:you(?:'ll|'d)|you(?:'re| are) (?:going to|gonna)"
    r"|you (?:can|could|will|would|might|may|need|should|have to))\b"
    # "you'd rather / you'd like": a preference they hold, which restates.
    r"(?! (?:rather|like|love|prefer|hate|want)\b)"
)
# "you" other than where the speaker acts on the listener ("thank you", "let you know").
_YOU_ANY = re.compile(
    r"you(?<![a-z']you)(?<!thank you)(?<!tell you)(?<!ask you)(?<!give you)(?<!show you)"
    r"(?<!let you)(?<!help you)(?<!see you)(?<!meet you)(?<!met you)"
    r"(?:'re|'ve|'d|'ll|rself|r)?\b(?! know\b)"
)
_YOU_ACTED_ON = _words("thank tell ask give show let help see meet met know")
# The speaker's own agenda -- directives and information -- rather than a restatement.
_DIRECTIVE = _Phrases(
    (
        "should shouldn't need have must ought want try might",
        # Not in a clause of time or cause: "when you have to think about this" restates ("if you
        # need to" stays: "stay late if you need to" permits an act).
        r"you(?<!when you)(?<!whenever you)(?<!every time you)(?<!because you)"
        r" (?:should|shouldn't|need to|have to|must(?! (?:be|feel|have been|have felt)\b)"
        r"|ought to|might want to|may want to"
        r"|could try|can try|might (?:try|consider))\b",
    ),
)
_DIRECTIVE_START = re.compile(r"(?:make sure|try to|don't forget|remember to|just)\b")
_DIRECTIVE_FIRST = _words("make try don't remember just")
_INFORMATION = _words(
    "research study studies percent guideline guidelines recommend recommended recommends"
    " recommendation evidence statistics statistically statutory legally"
)
# Telling someone about consequences, or pointing at a behaviour that persists: informing or
# confronting rather than restating.
_CONSEQUENCE = _words(
    "risk risks risky cause causes causing damage damaging harm harmful consequence consequences"
    " likely increase increases dangerous danger"
)
_PERSISTS = _words("still keep keeps again")
_INFORMATION_PHRASE = _Phrases(
    ("people", r"people who\b"),
    ("people", r"most people\b"),
    ("people", r"a lot of people\b"),
    ("is being means", r"(?:0|1|one|zero|10|ten) (?:is|being|means)\b"),
    ("duty", r"duty of care\b"),
    # The manager's own record of them, not their words: "you've missed two standups", "you've
    # declined my last two one-on-ones", "you're at thirty-eight per cent of target". Feedback
    # (information), however it is phrased as a statement about them.
    (
        "missed declined skipped cancelled canceled ignored",
        r"you(?:'ve| have)? (?:also |now |already )?(?:missed|declined|skipped|cancelled|canceled"
        r"|ignored) (?:two|three|four|five|several|a few|a couple of|\d+|my|the last|both|all)\b",
    ),
    (
        "cent percent target quota",
        r"(?:you're|you are|you've been|your team's|your team is) (?:at|on|sitting at|running at)"
        r" [^.!?]{0,30}\b(?:per cent|percent|of (?:target|quota|plan|goal))\b",
        "at on",
    ),
)
# Feeling and stance words: how a person is doing, what they want or fear.
_FEELING = _words(
    "hard tough difficult frustrated frustrating frustration scary scared worry worried worries"
    " worrying important stress stressed stressful overwhelmed overwhelming tired exhausted"
    " exhausting drained angry mad upset sad confident ready motivated concern concerned"
    " concerns afraid anxious nervous proud happy excited exciting hopeful hopeless torn stuck"
    " pressure pressured struggle struggling struggled fear fears guilt guilty embarrassed"
    " embarrassing ashamed lonely alone hurt hurts hurting annoyed annoying disappointed"
    " disappointing surprised surprising comfortable uncomfortable unfair enjoy enjoyed enjoying"
    " want wanted wants wanting wish wishes care cares caring relief relieved swamped stretched"
    " overloaded behind pulled unsure confused confusing burned burnt rough heavy hectic draining"
    " discouraging painful upsetting shocking hurtful unsettling isolating"
    " stung sting stings stinging galling grating humiliating"
)
# "It's been hard", "that must be exhausting": naming the other person's experience.
_EMPATHY = re.compile(
    r"(?:it's|it is|that's|that is|it was|that was|this is|that must be|it must be|that can be"
    r"|it can be|must be|sounds)(?: been)?(?: (?:really|so|very|pretty|quite|a bit|kind of|a little"
    r"|such|incredibly))*"
    r" (?:hard|tough|difficult|scary|frustrating|stressful|exhausting|overwhelming|painful"
    r"|upsetting|a lot|lonely|unfair|worrying|draining|discouraging|disappointing|heavy|rough"
    r"|hectic|shocking|a shock|hurtful|confusing|unsettling|isolating|galling|humiliating)\b"
    # "That must have stung", "that must sting".
    r"|(?:that|it) (?:must|would) (?:have )?(?:stung|sting|stings|hurt|grated|rankled)\b"
)
_NEGATION = _words("not never no")
_AFFIRM_FIRST = _words(
    "that's that it's great good awesome wonderful excellent fantastic cool nice perfect fair"
    " interesting fine okay sure true right exactly absolutely definitely"
)
# Generic encouragement: about "you", but restating nothing ("you've got this").
_ENCOURAGE = re.compile(
    r"(?:so |and |but )?(?:you(?:'ve| have)? got this|you can (?:do|get through|handle|manage)"
    r" (?:this|it)|you(?:'ll| will) (?:get|be) (?:there|through (?:this|it))|you(?:'re| are)"
    r" (?:going to|gonna) be (?:okay|ok|fine|alright|all right)|good for you|well done(?: you)?"
    r"|you did it|nice one|fair play(?: to you)?)(?=\s*[,.!;:]|\s*$)"
)
_ENCOURAGE_FIRST = _words("so and but you you've you'll you're good well nice fair")
_AFFIRM_ONLY = re.compile(
    r"(?:that's|that is|it's)? ?(?:great|good|awesome|wonderful|excellent|fantastic|cool|nice"
    r"|perfect|interesting|fine|okay|sure|true|right|exactly|absolutely|definitely|fair enough"
    r"|fair play)\W*$"
)
# Emphasising the person's autonomy ("it's your call", "that's up to you"): MI codes it apart
# from reflections, and it restates nothing they said.
_AUTONOMY = _Phrases(
    (
        "expert best",
        r"(?:you(?:'re| are) the (?:real |only )?expert (?:on|in|about) (?:your|yourself)"
        r"|you know (?:yourself|your (?:own )?(?:life|body|situation|team|work)) (?:best|better"
        r" than (?:anyone|me|i do)))\b",
    ),
    (
        "up choice call decision",
        r"(?:it's|it is|that's|that is|it'll be|that'll be|it has to be|it's got to be|it gotta be"
        r"|it's going to be|that's going to be|it was|that was|it remains|this is)(?: (?:really"
        r"|totally|entirely|completely|all|ultimately|absolutely|always|still|very much))*"
        r" (?:up to you|your (?:own )?(?:choice|call|decision))\b",
    ),
    (
        "call choice decision",
        r"(?:a|the) (?:call|choice|decision) (?:that )?(?:only )?you(?:'ve| have|'ll| will)?"
        r" (?:got to|have to|need to|get to|can|'ll have to) make\b",
    ),
)

_COURTESY = _Phrases(
    ("welcome", r"you(?:'re| are) (?:very |most )?welcome\b"),
    ("meet see meeting seeing", r"(?:nice|good|great) (?:to (?:meet|see)|meeting|seeing) you\b"),
    ("thank thanks", r"thank(?:s| you)\b"),
    ("see", r"see you\b"),
    ("care", r"take care\b"),
    ("bye", r"bye\b"),
    ("call", r"call me\b"),
    ("wishing", r"wishing you\b"),
    ("go", r"(?:here|there) you go\b"),
    (
        "talking speaking chatting talk speak chat",
        r"(?:(?:nice|good|great|lovely) (?:to (?:talk|speak|chat)|talking|speaking|chatting)"
        r" (?:to|with) you\b|(?:talk|speak) (?:to|with) you (?:soon|later|next)\b)",
    ),
    ("luck", r"(?:(?:good|best of) )?luck\b"),
    ("best", r"all the best\b", "all"),
)

# Words too common to show that one person is restating another.
_STOPWORDS = _words(
    """a an the and or but so if then than that this these those it its it's i i'm i've i'd i'll
    me my mine we we're we've us our you you're you've you'd you'll your yours he she they them
    their his her him is are was were be been being am do does did doing done have has had having
    to of in on at for with about from by as into like just really very kind sort bit little lot
    um uh yeah okay ok well mm hmm mm-hmm uh-huh right oh not no yes don't didn't doesn't can can't
    could would should will won't gonna wanna get got go going know think mean say said thing things
    something anything what how why when where who which there here there's that's what's some any
    all more much one also maybe too now still even guess feel feeling sure actually pretty quite
    way want need make made take time lot lots ever never always sometimes other another same back
    out up down off over again yet around because cause 'cause 'em isn't aren't wasn't weren't
    haven't hasn't i'll we'll they're they've she's he's let let's kinda sorta totally definitely
    probably basically literally honestly tell told stuff whatever together"""
)
