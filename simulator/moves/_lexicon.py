"""The detectors' lexicons: phrase tables and word lists for every move.

Data, mostly: each table is a :class:`~simulator.moves._text._Phrases` or a word set; the
logic that uses them lives in :mod:`.detector`, :mod:`._questions` and :mod:`._reflection`.
"""

from __future__ import annotations

import re

from simulator.moves._text import WEEKDAY_ALTERNATION, WEEKDAYS, _Phrases, _words
from simulator.moves.vocabulary import Move

# --------------------------------------------------------------------------------------------
# Reflections (the points that use these are in _reflection)
# --------------------------------------------------------------------------------------------

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

# --------------------------------------------------------------------------------------------
# Recognition, resource checks, next steps, judgment, advice
# --------------------------------------------------------------------------------------------

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
BARE_PRAISE = re.compile(r"(?:" + _GENERIC_PRAISE + r")")
"""Praise of the person with nothing they did in it: generic, whatever else the turn says."""
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

# Qualities an act can show or take: "that took real character", "it shows commitment".
_QUALITY_NOUNS = (
    "skill courage guts initiative commitment care leadership patience strength resilience"
    " maturity judgment judgement dedication creativity thought grit character integrity honesty"
    " discipline determination perseverance humility insight self-awareness awareness bravery"
    " nerve backbone heart composure grace class professionalism foresight empathy ownership"
    " resourcefulness poise calm persistence teamwork expertise professionalism commitment"
    " organisation organization tenacity loyalty"
)

_RECOGNITION = _Phrases(
    # What they did named as an achievement: "three days is a real achievement".
    (
        "achievement accomplishment milestone",
        r"(?:is|was|that's|it's|that is|it is|that was)(?: (?:a|an|such a|quite a))?(?: (?:real"
        r"|huge|big|great|massive|genuine|major|significant|fantastic|brilliant|amazing|fab|good"
        r"|really big))* (?:achievement|accomplishment|milestone)\b",
    ),
    (
        "lucky",
        r"(?:is|are|'re|'s) (?:so |very |really |incredibly )?lucky to have (?:you\b|(?:a|an)"
        r" \w+ (?:who|like you)\b)",
    ),
    (
        "thank thanks cheers",
        r"(?:thank(?:s| you)|cheers)(?: so much| very much| again| a lot)? for (?:not )?(?!coming"
        r"|jumping on|hopping on|dialling in|dialing in|getting on|telling"
        r"|sharing|your time|making (?:the )?time|taking (?:the )?time|joining|having|meeting"
        r"|that\b|this\b|it\b|everything)(?:\w+ing|being|your|the|all)\b"
        r"[^.!?]{0,40}",
    ),
    # Appreciation of the person ("I really value you", "you're doing great", "you're a great
    # engineer"): generic, so it earns only part, however much of theirs the rest of the turn
    # takes up (see BARE_PRAISE). Not before "at", "with", "for" or "when": "you're great at
    # untangling incidents" names a strength.
    (
        "value appreciate rate you're are",
        r"(?:" + _GENERIC_PRAISE + r")\b(?=\W*$| *[,.;:!?]| (?:and|but|honestly|really|overall"
        r"|by the way|you know|seriously|though|too|lately|right now|as (?:always|ever))\b)",
    ),
    (
        "appreciate admire value respect",
        r"i (?:really |truly |genuinely )?(?:appreciate|admire"
        r"|value|respect) (?:the way|how|that you|your \w+"
        r"|you (?!telling|sharing|saying|letting)\w+ing|the \w+)"
        r"[^.!?]{0,40}",
    ),
    (
        "like liked love loved noticed",
        r"i (?:really )?(?:like|liked|love|loved|noticed)"
        r" (?:the way|how) you \w+[^.!?]{0,40}",
    ),
    (_PRAISE_WORDS, r"the way you \w+[^.!?]{0,50}\b" + _PRAISE, "you"),
    (_PRAISE_WORDS, r"how you \w+[^.!?]{0,50}\b" + _PRAISE, "you"),
    (
        "noticed saw like liked love loved admire admired",
        r"i (?:really )?(?:noticed|saw|like|liked|love|loved|admire|admired) how (?:carefully"
        r"|calmly|clearly|well|thoughtfully|patiently|quickly|gracefully|skilfully|skillfully"
        r"|honestly|generously|kindly) you\b",
        "carefully calmly clearly well thoughtfully patiently quickly gracefully skilfully"
        " skillfully honestly generously kindly",
    ),
    (
        "better stronger capable braver smarter",
        r"you(?:'re| are) (?:a (?:much |far |lot )?)?(?:better|stronger|more capable|braver"
        r"|smarter)(?: \w+)? than you (?:think|realise|realize|know|give yourself credit for)\b",
        "than",
    ),
    ("amazes impresses inspires", r"(?:amazes|impresses|inspires) me\b", "your you"),
    (
        _PRAISE_WORDS,
        r"you(?:'ve| have)? (?:really |clearly |obviously |totally |always |consistently )?"
        r"(?:handled|managed|did|pulled off|dealt with|stepped up|kept|showed|caught|turned"
        r"|rebuilt|delivered|led|organi[sz]ed|solved|fixed|built|ran|got|made|wrote|spotted|took"
        r" on|done|run|covered|coped with|recovered|navigated|worked through)\b[^.!?]{0,60}?\b"
        + _PRAISE,
        "you you've",
    ),
    (
        _QUALITY_NOUNS,
        r"(?:took|takes|showed|shows|showing|shown|demonstrated?)"
        r" (?:real |a lot of |great |genuine |such |so much |some |a real |serious |huge )?(?:"
        + "|".join(_QUALITY_NOUNS.split())
        + r")\b",
        "took takes showed shows showing shown demonstrated demonstrate",
    ),
    # The deed named as a quality: "that's extraordinary dedication", "re-seeding without
    # complaint is proper professionalism", "that's real teamwork".
    (
        _QUALITY_NOUNS,
        # ("is" after a word, not opening a question: "Is patience ...?", "What is ...?")
        r"(?:that's|that is|that was|it's|it is|this is"
        r"|(?<=[a-z'] )(?<!what )(?<!how )(?<!who )(?:is|was))"
        r"(?: (?:real|genuine|extraordinary"
        r"|proper|true|such|serious|huge|incredible|remarkable|impressive|amazing|great|a lot of"
        r"|some|so much|pure|sheer))* (?:"
        + "|".join(_QUALITY_NOUNS.split())
        + r")\b(?! (?:issue|problem|question)s?\b)",
    ),
    # Their deed judged as a strength the speaker prizes: "that kind of ownership is exactly
    # what I value in you", "is exactly the rigour a good analyst needs".
    (
        "exactly",
        r"exactly (?:the \w+|what) (?:[\w']+ ){0,4}?(?:i (?:really )?(?:value|admire|love"
        r"|look for|respect|want (?:to see|on (?:this|the|my|our) team))|(?:this|the|our|a) team"
        r" needs|makes you (?:so )?(?:good|great|strong)|a good \w+ needs)\b",
    ),
    # ... or in an evaluative noun phrase: "that's a phenomenal body of work", "a seriously
    # impressive feat of leadership", "a great analytical instinct".
    (
        "phenomenal impressive great brilliant excellent remarkable outstanding incredible"
        " amazing fantastic superb sharp exceptional extraordinary",
        r"(?:that's|that is|it's|is|was|shows|showed)(?: (?:a|an|real|such a|some))?"
        r"(?: (?:seriously|really|truly|genuinely|very))? (?:phenomenal|impressive|great"
        r"|brilliant|excellent|remarkable|outstanding|incredible|amazing|fantastic|superb|sharp|exceptional"
        r"|extraordinary) (?:[a-z-]+ ){0,2}?(?:work|instincts?|feat|insight|impact|mindset"
        r"|leadership|thinking|call|judge?ment|eye|skills?|effort|body of work)\b",
    ),
    # A deed of theirs, then its praise: "you've pulled the timeline together, which is, like,
    # really thorough".
    (
        "which",
        r"you(?:'ve| have)? [^.!?]{0,80}?, which (?:is|was)(?:,? (?:like|honestly|just),?)?"
        r"(?: (?:really|so|very|incredibly|super|seriously|genuinely))* (?:thorough|impressive"
        r"|brilliant|excellent|amazing|fantastic|great|careful|thoughtful|brave|generous|mature|professional|smart|sharp|resourceful"
        r"|admirable|remarkable)\b",
    ),
    # What it makes them: "being the only one who knows it makes you irreplaceable".
    (
        "irreplaceable invaluable indispensable",
        r"makes? you (?:(?:so|genuinely|truly|really|absolutely) )?(?:irreplaceable|invaluable"
        r"|indispensable)\b",
    ),
    # A deed of theirs whose mark is visible: "you've carried the migration almost
    # single-handed, and it shows" (not "you've been distracted, and it shows").
    (
        "shows",
        r"you(?:'ve| have)? (?:carried|held|kept|led|built|put|worked|driven|pushed|run|handled"
        r"|taken on|grown|stepped up|looked after|thought)\b[^.!?]{0,70}?,? and it shows\b",
    ),
    # Confidence from their record: "I've seen you work through harder problems than this",
    # "you've handled worse".
    (
        "seen watched",
        r"i(?:'ve| have) (?:seen|watched) you (?:\w+ ){0,3}?(?:through|handle|handled|deal with"
        r"|solve|solved|manage|managed|tackle|tackled|crack|cracked|sort|sorted|turn|turned|pull"
        r"|pulled)\b[^.!?]{0,40}?\b(?:harder|tougher|worse|bigger|trickier|messier|more difficult)"
        r"\b",
    ),
    (
        "handled dealt survived cracked solved through",
        r"you(?:'ve| have) (?:handled|got through|gotten through|been through|dealt with|come"
        r" through|survived|cracked|solved) (?:much |far |way |a lot )?(?:harder|tougher|worse"
        r"|bigger|trickier|messier)\b",
    ),
    # What would not have happened without them: "without you the migration wouldn't have
    # shipped".
    (
        "without",
        r"without you(?:r \w+)?,? (?:we|i|the \w+|this|it|that|none of (?:this|it))(?: \w+)?"
        r" (?:wouldn't|would not|couldn't|could not|would never|'d never)\b",
    ),
    # Their work judged good: "that's careful work", "that was some proper detective work",
    # "tracking down that gap is careful work" (the deed itself as the subject).
    (
        "work thinking digging analysis engineering",
        r"(?:that's|that is|that was|this is|it's|it was|is|was) (?:really |some |such |very "
        r"|seriously"
        r" )?(?:careful|good|great|thorough|solid|smart|impressive|excellent|meticulous|clever"
        r"|sharp|brilliant|proper|fine|patient) (?:work|thinking|detective work|digging|analysis"
        r"|engineering)\b",
    ),
    # What only they did: "you're the one who spotted the 212".
    (
        "one",
        r"you(?:'re| are| were) the one who (?:spotted|caught|found|fixed|noticed|flagged|solved"
        r"|figured|kept|held|built|saved|rescued|stepped up|pulled|carried|raised)\b",
    ),
    # A deed noticed: "you've kept that queue moving a third of the team down, and I've noticed".
    (
        "noticed",
        r"you(?:'ve| have)? (?:kept|held|carried|run|pulled|got|been keeping|been holding"
        r"|been carrying)\b[^.!?]{0,70}?,? and i(?:'ve| have)? noticed\b",
    ),
    (
        "kept",
        r"you(?:'ve| have)?(?: (?:still|even|somehow|also|really))? kept (?:\w+ ){1,4}?(?:moving"
        r"|going|running|afloat|alive|together"
        r"|on track|ticking over|calm|steady|onside|on side)\b",
    ),
    # A deed of theirs judged right: "you were right to flag it" (not "right to be angry",
    # which validates a feeling: sympathy).
    (
        "right",
        # The match stops before the deed, so "you were right to flag X", "... to raise Y" are
        # one praise wording, heard again as the same praise whatever the deed.
        r"you(?:'re| are| were)(?: (?:absolutely|totally|completely|dead|so|quite))? right to"
        r"(?= (?!be\b|feel\b|worry\b|ask\b|wonder\b|think\b)\w+)",
        "you're are were",
    ),
    # A deed set against what most would do: "you stuck with it when most people would have
    # walked".
    (
        "would would've",
        r"when (?:most|a lot of|plenty of|many) (?:people|others|folk|managers|engineers)"
        r" would(?:'ve| have)?\b",
        "most lot plenty many",
    ),
    # ... or against the easier way: "you stuck with it when it would have been easier to walk".
    (
        "easier",
        r"when it would(?:'ve| have) been (?:so much |far |a lot )?easier to\b",
        "when",
    ),
    # Their way of doing it set apart: "the way you rallied everyone was something else".
    ("else", r"the way you \w+[^.!?]{0,60}? was something else\b", "way"),
    # The worth of a deed, said by denying it is small: "that's not nothing", "no mean feat".
    (
        "nothing small mean easy",
        r"(?:that's|that is|it's|it is|that was|it was) (?:not nothing|no (?:small|mean|easy)"
        r" (?:thing|feat|task))\b",
        "not no",
    ),
    # A strength named as theirs: "that's a real skill", "you know your stuff", "you kept your
    # head".
    (
        "skill talent strength gift",
        # "Recovering mid-demo on no sleep is a real skill": the deed as the subject.
        r"(?:that's|that is|is|was) (?:a |an )?(?:real|rare|genuine|proper|serious|big|huge|great)"
        r" (?:skill|talent|strength|gift)\b",
    ),
    ("stuff", r"you (?:really |clearly |obviously |definitely )?know your stuff\b", "know"),
    (
        "head cool nerve calm",
        r"you(?:'ve| have)? kept (?:your |a (?:cool|clear|level) )(?:head|cool|nerve|calm)\b",
        "kept",
    ),
    (
        "little",
        r"you(?:'ve| have)? (?:done|achieved|managed|built|delivered) (?:so much|a lot|loads)"
        r" with (?:very |so )?little\b",
        "with",
    ),
    (
        "always",
        r"you(?:'ve| have)? always (?:(?:find|found) a way|(?:come|came|pull|pulled) through"
        r"|(?:step|stepped) up|(?:bounce|bounced) back)\b",
    ),
    # Their worth to the team: "I'd hate to lose you".
    ("hate", r"(?:i|we)(?:'d| would) (?:really )?hate to lose you\b"),
    # What the act says about the person: "that says a lot about you", "speaks well of you".
    (
        "says speaks",
        r"(?:says|speaks) (?:a lot|volumes|so much|a great deal|well|something(?: good)?)"
        r" (?:about|of) (?:you\b|who you are|the (?:kind|sort|type) of \w+ you are)",
        "lot volumes much deal well something",
    ),
    # Effort named as the person's: "you've clearly thought hard about this", "you put in a
    # massive effort". No "not" fits between "you" and the verb, so "you haven't ..." is not it.
    (
        "thought worked put done gone went tried",
        r"you(?:'ve| have)?(?: (?:clearly|obviously|really|genuinely|definitely|truly|already))*"
        r" (?:thought (?:hard|carefully|long and hard|deeply|this through|it through)"
        r"|done (?:the|all the) (?:groundwork|legwork|heavy lifting)"
        r"|worked (?:so |really |incredibly )?hard"
        r"|put (?:in )?(?:a lot of|so much|real|serious|an? (?:massive|huge|enormous|incredible"
        r"|tremendous|real|serious) amount of|an? (?:massive|huge|enormous|incredible|tremendous"
        r"|real|serious)|massive|huge|tremendous|a ton of) (?:effort|work|thought|care|energy)"
        r"|done your homework|(?:gone|went) above and beyond|tried (?:so hard|really hard"
        r"|everything))\b",
        "hard carefully long deeply through effort work thought care energy homework beyond"
        " everything groundwork legwork lifting",
    ),
    # A deed credited by comparison with what most would do: "not many people would have...".
    (
        "many few everyone everybody",
        r"(?:not (?:many|a lot of|every|everyone|everybody)(?: people| managers| of us)?|few"
        r"(?: people| managers| of us)?) (?:would|could)(?: have|'ve)\b",
        "would could would've could've",
    ),
    (
        "wouldn't couldn't",
        r"most people (?:wouldn't|couldn't)(?: have|'ve)\b",
        "most",
    ),
    # A decision of theirs judged sound: "your instinct to document it was spot on".
    (
        "instinct instincts call calls decision decisions judgment judgement idea ideas choice"
        " choices read gut approach thinking reaction reactions",
        r"your (?:instinct|call|decision|judge?ment|idea|choice|read|gut|approach|thinking"
        r"|reaction)s?(?: (?:to|on|about|here|there)\b[^.!?]{0,40}?)? (?:was|is|has been|were"
        r"|are|have been)"
        r"(?: (?:absolutely|totally|completely|really|so|exactly|just|100%))* (?:spot on"
        r"|(?:exactly )?right|the right one|correct|sound|smart|wise|good|great|excellent"
        r"|brilliant|on point|on the money|bang on)\b",
        "spot right correct sound smart wise good great excellent brilliant point money bang one",
    ),
    (
        "job work call catch thinking effort progress handling instinct",
        r"(?:great|good|nice|excellent|impressive|brilliant|solid|fantastic|outstanding|terrific"
        r"|superb) (?:job|work|call|catch|thinking|effort|progress|handling|instinct) (?:on|with|in"
        r"|there|\w+ing)\b[^.!?]{0,40}",
    ),
    # A piece of their work praised: "that was a smart fix", "your write-up was clear and
    # thorough"; growth named: "you've grown so much"; their deed set above the speaker's own:
    # "I couldn't have done what you did"; their care noticed: "I noticed how much care you
    # put into the doc"; a standing named: "you're one of the most reliable people I have".
    (
        "smart clever elegant neat sharp solid brilliant excellent impressive inspired",
        r"(?:that was|that's|that is|it was|this was) (?:a |an |such a |some )?(?:really |very "
        r"|so |seriously )?(?:smart|clever|elegant|neat|sharp|solid|brilliant|excellent"
        r"|impressive|inspired) (?:fix|call|catch|move|idea|decision|solution|piece of work|save"
        r"|spot|question|point|find|workaround|approach)\b",
    ),
    (
        "clear thorough excellent solid brilliant impressive spot polished careful rigorous good"
        " great strong sound",
        r"your (?:write-?up|report|doc|document|analysis|presentation|work|code|review|summary"
        r"|plan|notes|slides|draft|design|proposal|postmortem|dashboard)(?: was| is| were| looks"
        r"| looked|'s been| has been| have been)(?: (?:really|so|very|super|incredibly|genuinely"
        r"|consistently))*(?: (?:clear|honest|careful|thorough) and)? (?:clear|thorough|excellent"
        r"|solid|brilliant|impressive|spot on|polished|careful|rigorous|good|great|strong|sound)"
        r"\b(?! (?:enough|for|at|to)\b)",
        "your",
    ),
    # Their idea or plan judged good: "that's a sharp hypothesis", "it is a good idea", "what a
    # sensible plan" (not "it's a good idea to rest", which advises; "good question" is a stock
    # acknowledgement, so question and point are not here).
    (
        "idea plan hypothesis guess theory suggestion instinct read account summary observation"
        " insight ask request answer distinction diagnosis fix hunch catch spot",
        r"(?:that's|that is|that was|it's|it is|it was|this is|what) (?:a |an |such a )?(?:really"
        r" |very |genuinely |so |completely )?(?:good|great|sharp|smart|sensible|clever|excellent"
        r"|brilliant|solid|thoughtful|astute|insightful|clear|honest|useful|important|helpful)(?:,"
        r" \w+|,? and \w+)? (?:(?:bit|piece) of )?(?:idea|plan|hypothesis|guess|theory|suggestion"
        r"|instinct|read|account|summary|observation|insight|ask|request|answer|distinction"
        r"|diagnosis|fix|hunch|catch|spot)\b(?! (?:to|if|when|that|for (?:\w+ )?to)\b)",
        "good great sharp smart sensible clever excellent brilliant solid thoughtful astute"
        " insightful clear honest useful important helpful",
    ),
    # The same, said in two words at the start of a sentence: "Good idea.", "Smart plan."
    (
        "idea plan hypothesis guess suggestion thinking",
        r"^(?:good|great|smart|sensible|clever|excellent|brilliant) (?:idea|plan|hypothesis|guess"
        r"|suggestion|thinking)\b(?! (?:to|if|when|that|for (?:\w+ )?to)\b)",
    ),
    # A deed of theirs judged impressive: "covering that on no sleep is actually impressive".
    (
        "impressive admirable",
        r"(?:is|was) (?:actually |really |genuinely |pretty |quite |seriously |incredibly |so "
        r"|very |frankly )?(?:impressive|admirable)\b",
    ),
    # Their act or its honesty judged: "That is honest.", "I respect that." (after what they did).
    (
        "honest",
        r"(?:that's|that is|that was) (?:really |very |so |genuinely |refreshingly )?honest"
        r"(?=[.!;]|$| of you\b)",
    ),
    (
        "respect admire",
        r"i (?:really |genuinely |deeply |do )?(?:respect|admire) (?:that|it|this)(?=[.!;]|$)",
    ),
    # Praise owned as overdue: "you've held the team up through all this, and I don't say that
    # enough".
    (
        "enough",
        r"i (?:don't|do not) (?:say|tell you) (?:that|it|this|so)(?: \w+)? (?:enough|often"
        r" enough)\b",
        "say tell",
    ),
    # Any piece of their work judged sound: "your query is solid", "your reasoning is sound".
    (
        "solid sound first-rate",
        r"your [a-z-]+(?: is|'s| was|'s been| has been) (?:really |genuinely |completely |totally"
        r" )?(?:solid|sound|spot on|first-rate)\b",
        "your",
    ),
    # What an act cost them, credited: "Telling me about the thread took something."
    (
        "something",
        # Said as a verdict that ends the sentence: "that took something out of us" is a cost.
        r"took something(?=[.!;]|$)",
        "took",
    ),
    (
        "grown improved developed",
        r"you(?:'ve| have) (?:really |genuinely |clearly |so )?(?:grown|improved|developed)"
        r" (?:so much|a lot|a great deal|enormously|hugely|loads|massively)\b"
        # "grown so much more cautious" compares, it does not praise.
        r"(?! (?:more|less)\b| \w+er\b)",
    ),
    ("long", r"you(?:'ve| have) come (?:such |so |a really )?a long way\b", "come"),
    (
        "couldn't",
        r"i (?:couldn't|could not) have (?:done|pulled off|handled) (?:what you did|it as well"
        r"|that as well|half of what you)\b",
    ),
    (
        "care effort thought work",
        r"(?:noticed|saw|see|can see|can tell) (?:how much|all the|the) (?:care|effort|thought"
        r"|work) (?:that )?you(?:'ve| have)? (?:put|poured|invested)\b",
        "noticed saw see tell",
    ),
    (
        "one",
        r"you(?:'re| are| were|'ve been| have been) one of (?:the|my) (?:most (?:reliable|trusted"
        r"|capable|talented|valuable|dependable|thoughtful|consistent|careful|conscientious)|best"
        r"|strongest|top)\b",
        "you're are were been",
    ),
    # Their standing and their making: "you know this team better than anyone", "you built
    # that team".
    (
        "better",
        r"(?<!do )(?<!did )you (?:(?:really|clearly|obviously|probably) )?(?:know|knew)"
        r" (?:\w+ ){1,3}better than (?:anyone|anybody|most|me"
        r"|all of us)\b",
        "know knew",
    ),
    ("built", r"you built (?:this|that|the) (?:team|product|service|system|platform|thing)\b"),
    (
        "proud impressed",
        r"i(?:'m| am) (?:really |so |very )?(?:proud of|impressed (?:by|with))"
        r" (?:the way|how|what|your|you for)\b[^.!?]{0,40}",
    ),
    (
        "progress effort work headway",
        r"you(?:'ve| have) (?:made|done|put in|shown) (?:real |great "
        r"|good |so much |a lot of |huge |serious )(?:progress|effort|work|headway)\b",
    ),
    (
        "good great skilled talented",
        r"you(?:'re| are) (?:really |clearly |obviously |so )?(?:good"
        r"|great|skilled|talented) (?:at|with) \w+[^.!?]{0,30}",
    ),
    (
        "glad happy pleased delighted thrilled grateful proud",
        r"i(?:'m| am) (?:so |really |very |just |genuinely )?(?:glad|happy|pleased|delighted"
        r"|thrilled|grateful|proud) (?:that )?you(?:'ve|'re| have| are| did| took| made|"
        r" \w+ed)\b(?<!came)(?<!here)[^.!?]{0,40}",
        "you you've you're",
    ),
    (
        "great good wonderful awesome amazing impressive brilliant fantastic excellent cool",
        # ("Cool that you'll talk to him": the casual speaker drops the "it's".)
        r"(?:(?:it's|it is|that's|that is) |(?<![\w'] )|(?:and|so|also|honestly),? )"
        r"(?:so |really |very |just )?(?:great|good|wonderful"
        r"|awesome|amazing|impressive|brilliant|fantastic|excellent|cool) (?:(?:that|how) you\b"
        # "good to see you taking a break", not the greeting "good to see you again".
        r"|(?:to see|to hear) you(?:'re| are| have|'ve)? (?:\w+ing|so|really|already|made|done"
        r"|got|finally)\b)[^.!?]{0,40}",
        "it's is that's that how",
    ),
    (
        "resourceful capable resilient determined dedicated committed talented creative brave"
        " courageous insightful reliable conscientious persistent strong hard-working hardworking"
        " smart organised organized diligent asset natural leader communicator learner listener"
        " caring supportive generous wise empathetic thoughtful",
        r"you(?:'re| are| were|'ve been| have been)(?: (?:really|so|very|clearly|obviously"
        r"|incredibly|such|truly"
        r"|genuinely|a|an|more|much more|far more|so much more))* (?:resourceful|capable"
        r"|resilient|determined|dedicated|committed|talented|creative|brave|courageous|insightful"
        r"|reliable|conscientious|persistent|strong|hard-working|hardworking|smart|organi[sz]ed"
        r"|diligent|asset|natural|caring|supportive|generous|wise|empathetic"
        r"|thoughtful"
        r"|(?:great|good|strong|natural|valuable|quick|fast) (?:\w+ )?(?:leader|manager|learner"
        r"|communicator|listener|engineer|colleague|teammate|asset|problem solver))\b",
    ),
    (
        "impressed",
        r"i(?:'m| am) (?:really |so |very |genuinely )?impressed (?:that|by how|with how|at how"
        r"|how)\b[^.!?]{0,40}",
    ),
    ("congrats congratulations", r"congrat\w* (?:on|for)\b[^.!?]{0,40}"),
    ("done", r"well done (?:on|for|with|getting|handling)\b[^.!?]{0,40}"),
    (
        "call decision choice thing",
        # "That's a really good call" (not "it's the right call to wait", which advises).
        r"(?:you made|that was|it was|you did|that's|that is) (?:a |the )?(?:really |very )?"
        r"(?:right|good|smart|wise|brave|great) (?:call|decision|choice|move|thing)\b(?! to\b)",
        "right good smart wise brave great",
    ),
    # Their decision endorsed in two words: "Jenna on the go/no-go calls, good call" (not "a good
    # call with the client", a phone call).
    (
        "call",
        r"(?:^|, )(?:(?:really|very) )?(?:good|great|smart|wise|right|sensible) call\b(?! (?:with"
        r"|to|from|on the phone)\b)",
        "good great smart wise right sensible",
    ),
    # What they were hired for: "careful is exactly what I hired you for".
    ("hired", r"(?:exactly |just |precisely )?what (?:i|we) hired you for\b"),
    ("proud pleased", r"you should (?:be|feel) (?:really |very )?(?:proud|pleased)\b"),
    ("way", r"come a long way\b", "come"),
    ("far", r"you(?:'ve| have) come (?:so|such a|a really|really|very) (?:far|long way)\b"),
    (
        "running going together afloat",
        r"you(?:'ve| have)? (?:kept|held) (?:this|the|your|our) (?:team|show|place|lights|project"
        r"|department|whole thing|things) (?:running|going|together|afloat|on)\b",
        "team show place lights project department things whole",
    ),
    # A step named as big, the care an act shows, the role they do well, a quality of theirs
    # named as impressive, a way of seeing things called healthy: affirmations in the forms
    # people use ("you're a great mum", "your self-awareness is impressive").
    (
        "step",
        r"(?:is|was|that's|it's)(?: (?:a|such a|quite a))?(?: (?:really|very|so))? (?:big|huge"
        r"|brave|important|massive|real|great|positive|bold|courageous) step\b",
        "big huge brave important massive real great positive bold courageous",
    ),
    (
        "shows showed",
        r"show(?:s|ed) (?:how much you (?:care|love|want)|(?:that )?you (?:really |genuinely"
        r" |clearly )?care"
        # "it shows you've thought about the launch": the thought their plan took.
        r"|(?:that )?you(?:'ve| have)? (?:really |genuinely |clearly )?(?:thought (?:about|hard"
        r"|carefully|it through|this through)|taken (?:it|this|that) seriously|done your"
        r" homework))\b",
    ),
    (
        "mum mom dad parent friend manager person partner colleague teammate lead leader boss"
        " sister brother son daughter wife husband worker listener learner human carer",
        r"you(?:'re| are| sound like| seem like| come across as)(?: (?:a|an|such a|one))?"
        r"(?: (?:really|very|genuinely|truly|incredibly|clearly))* (?:great|good|wonderful"
        r"|brilliant|amazing|fantastic|lovely|caring|loving|devoted|kind|thoughtful|strong|brave"
        r"|hard|natural|fab|solid|decent) (?:mum|mom|dad|parent|friend|manager|person|partner"
        r"|colleague|teammate|lead|leader|boss|sister|brother|son|daughter|wife|husband|worker"
        r"|listener|learner|human|carer)\b",
        "you're are sound seem across",
    ),
    ("proud", r"proud of you\b(?! (?:if|when|once)\b)"),
    (
        "impressive admirable inspiring amazing remarkable incredible brilliant outstanding"
        " commendable",
        r"your (?:[a-z-]+ ){1,2}(?:is|was|are|were|has been) (?:really |so |very |genuinely"
        r" |truly |incredibly )?(?:impressive|admirable|inspiring|amazing|remarkable|incredible"
        r"|brilliant|outstanding|commendable)\b",
    ),
    (
        "says",
        r"(?:that|it|this|which) says (?:a lot|so much|volumes)\b(?! about (?:them|him|her|the|how"
        r"|what)\b)",
        "lot much volumes",
    ),
    (
        "way attitude approach perspective outlook mindset",
        r"(?:that's|that is|what|it's|such) an? (?:really |very |such a |so )?(?:healthy|mature"
        r"|wise|sensible|smart|great|positive|brave|balanced|grounded|constructive) (?:way"
        r"|attitude|approach|perspective|outlook|mindset)\b",
        "healthy mature wise sensible smart great positive brave balanced grounded constructive",
    ),
    ("kudos hats props", r"(?:kudos|hats off|props) (?:to you|for|on)\b[^.!?]{0,40}"),
    (
        "brave courageous admirable impressive",
        r"(?:that's|that is|that was|it's|it is|it was) (?:so |really |very |incredibly"
        r" |genuinely )?(?:brave|courageous|admirable|impressive)\b",
        "that's that it's it",
    ),
    (
        "grace care skill class patience maturity composure professionalism dignity courage"
        " honesty",
        r"you(?:'re| are)? (?:handl(?:ed|ing)|dealt with|dealing with|manag(?:ed|ing)|took|taking"
        r"|navigat(?:ed|ing)|approach(?:ed|ing)|fac(?:ed|ing)) [^.!?]{0,50}\bwith"
        r" (?:(?:a lot|much|far|so much) more |a lot of |such |real |so much |great )?(?:grace"
        r"|care|skill|class|patience|maturity"
        r"|composure|professionalism|dignity|courage|honesty)\b",
        "you you're",
    ),
    (
        # ("You did nothing wrong" lifts blame: sympathy, see _SYMPATHY.)
        "everything right thing great amazing brilliantly well fantastic",
        r"you did (?:everything|all the right things|the right thing|great|amazing"
        r"|brilliantly|really well|so well|fantastic)\b",
        "did",
    ),
    # "You do the brave thing and ask in the open channel" (not "should do", which advises).
    (
        "brave honest decent grown-up",
        r"you(?:'ve| have)? (?:do|did|done) the (?:brave|honest|decent|grown-up) thing\b",
    ),
    (
        "way move thing response call decision choice step approach",
        r"(?:that|it|this)(?: was| is|'s) (?:a |an )?(?:really |very |so |incredibly )?(?:"
        + "|".join(_PRAISE_ADJ.split())
        + r") (?:way|move|thing|response|call|decision|choice|step|approach)\b",
        _PRAISE_ADJ,
    ),
    # A piece of their work judged: "that report was excellent", "your demo went brilliantly".
    (
        "excellent brilliant brilliantly outstanding superb impressive fantastic terrific amazing"
        " wonderful spot first-rate top-notch",
        r"(?:your|that|the) (?:\w+ )?(?:report|presentation|work|analysis|pitch|demo|write-up"
        r"|writeup|plan|talk|code|handling|answer|email|response|deck|review|fix|proposal|summary"
        r"|session|workshop|feedback|call|catch) (?:was|is|looked|went|sounded|has been)"
        r"(?: (?:really|so|very|absolutely|genuinely|just|truly))* (?:excellent|brilliant"
        r"|brilliantly|outstanding|superb|impressive|fantastic|terrific|amazing|wonderful|spot on"
        r"|first-rate|top-notch)\b",
    ),
    # A talent named: "you've got a real knack for it", "you have an eye for detail".
    (
        "knack gift talent eye flair",
        r"you(?:'ve| have)?(?: really| clearly| definitely)? (?:got|have) (?:a|an|such a|such an)"
        r" (?:real |natural |genuine |great |good |amazing )?(?:knack|gift|talent|eye|flair)"
        r" (?:for|with)\b",
    ),
    ("credit", r"credit (?:where (?:it's|credit's|credit is) due|to you)\b"),
    # Held up as the model: "that's exactly what a good lead does".
    (
        "does do",
        r"what (?:a |any )?(?:good|great|strong|real|decent) (?:\w+ )?(?:lead|leader|manager"
        r"|colleague|teammate|engineer|friend|mentor|boss|parent|professional) (?:does|would do"
        r"|should do)\b",
        "good great strong real decent",
    ),
    (
        "shows says proves",
        r"(?:shows|says|proves) (?:that )?you(?:'re| are| really)? (?:a |an )?(?:good|great"
        r"|caring|thoughtful|strong|decent|committed|dedicated|conscientious|care)\b",
    ),
    # Structural frames with a good quality: "that's thoughtful of you", "what a brave move".
    (
        _GOOD_QUALITY,
        r"(?:that's|that is|that was|it's|it is|it was|which is|which was)"
        + _DEGREE
        + rf" (?:{_GOOD_RE}) of you\b",
        "of",
    ),
    (
        _GOOD_QUALITY,
        r"what a" + _DEGREE + rf" (?:{_GOOD_RE}) (?:thing|move|way|decision|call|choice|step)\b",
        "what",
    ),
    (
        _GOOD_QUALITY,
        r"you(?:'re| are| were| seem| sound|'ve been| have been| come across as)"
        + _DEGREE
        + rf" (?:{_GOOD_RE})\b(?! (?:about|of|for|that|to)\b)",
        "you're you were seem sound you've have come",
    ),
    # "That's a great boundary you set": praise of an act the person did, named as a noun.
    (
        "great good smart brave wise clever solid sensible bold mature strong excellent",
        r"(?:that's|that is|that was|it's|it was) an? (?:really |very )?(?:great|good|smart|brave"
        r"|wise|clever|solid|sensible|bold|mature|strong|excellent)"
        r" (?!(?:\w+ )?(?:question|point|thing)s?\b)(?:\w+ )?\w+ (?:you|you've)"
        # ("It's a good idea for you to rest" advises: a verb follows "you", not a deed.)
        r" (?!know\b|need\b|have to\b|should\b|to\b|could\b|might\b|must\b|can\b)\w+",
        "that's it's was is",
    ),
    ("love admire respect", r"i? ?(?:love|admire|respect) (?:that|how|the way) you\b[^.!?]{0,40}"),
    ("respect", r"(?:respect|massive respect|huge respect) (?:for|to you)\b[^.!?]{0,40}"),
    (
        "know care understand",
        r"you (?:clearly|obviously|really) (?:know (?:your|what)|care (?:about|a lot)"
        r"|understand)\b",
    ),
)

_RESOURCE_CHECK = _Phrases(
    ("need", r"what (?:do|would|could|might|else do) you need\b(?: from (?:me|us))?"),
    # What they want of the manager: "what would you want from me?", "what do you want me to do?"
    (
        "want",
        r"what (?:do|would|else do|else would) you (?:want|like) (?:from (?:me|us)|me to do"
        r"|us to do)\b",
        "what",
    ),
    (
        "help helpful easier support difference weight pressure load",
        r"what (?:would|could|might|will|else would|else might)"
        r" (?:actually |really |honestly |genuinely )?(?:help"
        r"|make (?:it|this|that|things) easier|be (?:most |more |really )?helpful|support you"
        r"|make (?:a|the|the biggest|the most|a real|a big|any) difference"
        r"|take (?:some (?:of the )?|the )?(?:weight|pressure|load) off)\b",
        "what",
    ),
    (
        "support resources help backup cover",
        r"what (?:kind of |sort of )?(?:support|resources"
        r"|help|backup|cover)\b",
    ),
    (
        "help support easier",
        r"how (?:can|could|might|may|do) (?:i|we) (?:best )?(?:help|support"
        r"|make (?:this|it) easier)\b",
        "how",
    ),
    ("can", r"what can (?:i|we) (?:do|take|change|help|move|shift)\b", "what"),
    # What would have to change for them: "what would need to change here for you to stay?"
    (
        "change",
        r"what (?:would|will|needs to|would need to|has to|would have to) change\b(?! about you)",
        "what",
    ),
    (
        "anything something way anyone",
        r"is there (?:anything|something|any way|anyone) (?:that )?(?:i|we) (?:can|could"
        r"|might)\b",
    ),
    ("ways things", r"are there (?:any )?(?:ways|things) (?:that )?(?:i|we) (?:can|could|might)\b"),
    ("anything", r"anything (?:else )?(?:i|we) can (?:do|take|help|change)\b"),
    ("something", r"something (?:i|we) can (?:do|take|help|change)\b"),
    ("plate", r"off your plate\b"),
    # "Is there anything else that would make the day-to-day easier?"
    (
        "easier help lighter",
        r"anything (?:else )?(?:that )?(?:would|could|might|will) (?:make (?:it|this"
        r"|that|things|the \w+(?:-\w+)*|your \w+) (?:easier|lighter|more manageable)|help)\b",
        "anything",
    ),
    ("need", r"let me know (?:if|what) you need\b"),
    ("need", r"anything (?:else )?you need\b"),
    (
        "everything enough",
        r"do you have (?:what|everything|enough) (?:you need|time|support|help"
        r"|resources)\b",
    ),
    ("what", r"do you have what you need\b", "need"),
    ("help", r"would it help (?:if|to)\b", "would"),
    # Who could carry part of it: "who on the team could share it if it were paid?"
    (
        "help support share cover",
        r"who (?:else |on (?:the|your) team |in (?:the|your) team )?(?:could|can|might|would)"
        r" (?:help|support|share|cover|take (?:it|some|part|on))\b",
        "who",
    ),
    # The closed form of the same ask: "Do you need any help with it?", "Do you need anything
    # from me?" (a closed question too; the rubric's resources anchors count asking at all).
    (
        "need",
        r"(?:do|would|will) you need (?:any |some |a bit of |more )?(?:help|support|anything"
        r"|a hand|cover|backup)\b",
        "do would will",
    ),
    # What would mend the thing they raised: "what would fix the weekend?"
    (
        "fix solve ease lighten better easier",
        r"what (?:would|could|might|will|else would) (?:fix|solve|ease|lighten|make (?:it|this"
        r"|that|things|the \w+|your \w+) (?:better|easier|lighter|more manageable))\b",
        "what",
    ),
)

_DAY = rf"(?:{WEEKDAY_ALTERNATION}|tomorrow)"
_DAYS = " ".join((*WEEKDAYS, "tomorrow"))
_NEXT_STEP = _Phrases(
    ("next", r"next steps?\b"),
    # Something set going at a time: "the check-ins start next week" ("did it start on
    # Monday?" asks about the past).
    (
        "start starts begin begins",
        rf"\b(?:(?:start|begin) (?:from )?|(?:starts|begins) (?:on |from )?)(?:next week|this week"
        rf"|tomorrow|(?:this |next )?{_DAY})\b",
    ),
    ("first", r"first steps?\b"),
    ("action", r"action items?\b"),
    ("forward", r"going forward\b"),
    ("thing", r"one (?:small |concrete )?thing (?:you|we) (?:could|can|might|will|would)\b"),
    (
        "by",
        rf"by (?:(?:next |this )?{_DAY}|end of (?:the )?(?:day|week|month)|eod|eow|next week"
        r"|the end of)\b",
    ),
    (_DAYS, rf"(?:we|let's|like us to) [^.!?]{{0,40}}\b(?:on|by|next|this|before) {_DAY}\b"),
    # A deliverable given a deadline: "Have the timeline on my desk tonight" (an order, which
    # the scorer halves as dictated, is still a next step).
    (
        "desk inbox",
        rf"(?:on my desk|in my inbox) (?:by |first thing )?(?:tonight|today|this afternoon"
        rf"|(?:first thing )?tomorrow|{_DAY}|eod|end of (?:the )?day)\b",
    ),
    (
        "i'll will",
        # "I'll also talk to Elaine", "I will write it down" (a careful speaker's uncontracted
        # form is the same commitment).
        r"i(?:'ll| will) (?:also |then |personally |first |just |definitely )?(?:talk|speak|ask"
        r"|check|follow up|look into|set up|book|send|get|find|sort|raise"
        # "I'll take that" accepts what they said; "I'll take it to finance" commits.
        r"|take(?! (?:that|this|it|the point)(?=[.!?,;]| on the chin|$))|move(?! on\b)|make sure"
        r"|reach out|loop in|schedule|write|put|approve|arrange|organi[sz]e|sign off|free up"
        r"|email|call(?! it a day)|chase|block|open|share|bring|ping|message|text|slack"
        r"|cover|pair|clear|cancel|shift|swap|introduce)\b",
    ),
    # The same commitment in the simple present, as many speakers of English as a second
    # language put it, with a time that makes it a plan: "Today I take the target to sales
    # ops", "Tomorrow I talk to Jenna", "I send it to you by Friday" (not "I go to the gym on
    # Fridays", a habit: the verbs are a manager's actions and the time is one occasion).
    (
        "today tomorrow tonight week afternoon morning",
        r"(?:^|[,.;:!?] |\band )(?:today|tomorrow|tonight|this (?:week|afternoon|morning"
        r"|evening)),? i (?:also |first |then )?(?:talk|speak|ask|check|follow up|set up|book"
        r"|send|take|push|write|put|call|email|chase|raise|bring|arrange|sort|move|give|share"
        r"|get|fix)\b",
    ),
    (
        "talk speak ask check book send take push write put call email chase raise bring arrange"
        " sort move give share open",
        r"(?:^|[,.;:!?] |\band |\bso )i (?:also |first |then )?(?:talk|speak|ask|check|follow up"
        r"|set up"
        r"|book|send|take|push|write|put|call|email|chase|raise|bring|arrange|sort|move|give"
        r"|share|open)\b[^.!?]{0,60}?\b(?:today|tomorrow|tonight|this (?:week|afternoon"
        rf"|morning|evening)|by (?:{_DAY}|end of (?:the )?(?:day|week))|before {_DAY}|{_DAY}'s"
        rf"|on {_DAY})\b",
    ),
    # A time proposed: "How about Mondays at ten?", "how about Thursday?".
    (
        "about",
        rf"how about (?:(?:every |next |this )?{_DAY}s?|(?:at )?(?:\d{{1,2}}(?::\d\d)?|noon|one"
        r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock| ?[ap]m)?)\b",
        "how",
    ),
    # The same commitment under way: "I'm moving the launch sync off four", "I'm booking
    # the room now" (not "I'm moving house", which the object makes no plan of theirs).
    (
        "i'm am",
        r"i(?:'m| am) (?:also )?(?:moving|booking|setting up|sending|pinging|messaging"
        r"|emailing|blocking|clearing|cancell?ing|shifting|swapping|getting (?:\w+ )?access"
        r"|taking (?:the|that|this|it) off)(?! house\b| home\b| on\b| away\b)\b",
    ),
    # A time for it asked: "When would you like to go through it together?"
    (
        "when",
        r"when (?:would|shall|should|can|could|do) (?:you like to|you want to|we) (?:go through"
        r"|meet|talk|check in|review|catch up|sit down|look at|go over|pick (?:this|it) up)\b",
    ),
    (
        "let's",
        # ("Let's set the timeline aside" defers a plan.)
        r"let's (?:agree|plan|set(?! (?:\w+ ){1,3}aside)|schedule|book|check in|meet|follow up"
        r"|try|decide|pick"
        r"|make a plan|circle back|touch base|revisit|come back|talk again|catch up)\b",
    ),
    ("shall", r"shall we\b"),
    *(
        (
            modal,
            rf"{modal} we (?:agree|plan|set|schedule|book|check in|meet|follow up|touch base"
            r"|circle back|revisit|catch up|talk again|make a plan)\b",
        )
        for modal in ("can", "could", "should")
    ),
    ("check", rf"check[- ]in\b[^.!?]{{0,20}}\b(?:{_DAY}|next \w+|this week|later|again)\b"),
    # "Can we do a quick check-in Thursday morning?", "shall we grab ten minutes on Friday?"
    (
        "check-in catch-up call chat sync minutes",
        r"(?:can|could|shall) we (?:do|have|grab|get|book|set up) (?:a |another )?(?:quick |short"
        r" )?(?:[\w-]+ )?(?:check-in|catch-up|call|chat|sync|minutes)\b",
    ),
    ("follow", rf"follow up\b[^.!?]{{0,20}}\b(?:{_DAY}|next \w+|this week|later|on)\b"),
    ("touch", r"touch base\b"),
    ("circle", r"circle back\b"),
    ("meet catch talk", r"(?:meet|catch up|talk) again\b"),
    (_DAYS, rf"(?:meet|catch up|talk|check in) (?:again )?(?:on )?{_DAY}\b"),
    ("plan", r"what(?:'s| is) (?:your|the) plan\b"),
    (
        "first next week tomorrow differently",
        r"what (?:will|are|would) you (?:going to |gonna )?"
        r"(?:do|try|start) (?:first|next|this week|tomorrow|differently)\b",
    ),
    ("when", r"when (?:will|would|can|could|do) you (?:start|do|have|try|get|send|finish)\b"),
    ("agree", r"agree (?:on|to)\b"),
    ("commit", r"commit to\b"),
    (
        "week",
        # ("I want to know how you are, after this week" asks; it plans nothing.)
        r"(?:could|can|will|'ll|going to|gonna|plan to|want to) (?!(?:know|hear|understand"
        r"|check how|ask)\b)[^.!?]{0,40}\b(?:this|next) week\b",
        "could can will going gonna plan want i'll you'll we'll",
    ),
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

_JUDGMENT = _Phrases(
    # Told to calm down (an imperative, or "you need to ..."), not "it helps you calm down".
    (
        "calm settle",
        # The literal first (fast to search), what precedes it checked behind.
        r"(?:calm|settle) down\b(?:"
        + "|".join(
            f"(?<={before}{verb} down)"
            for verb in ("calm", "settle")
            for before in (
                "^",
                "just ",
                "you to ",
                "need to ",
                "have to ",
                "got to ",
                "should ",
                "must ",
                "please ",
                ", ",
                "gotta ",
            )
        )
        + ")",
    ),
    ("relax", r"just relax\b"),
    ("overreact overreacting overreacted overreaction overreacts", r"overreact\w*"),
    ("sensitive emotional dramatic", r"too (?:sensitive|emotional|dramatic)\b"),
    ("dramatic", r"being (?:so )?dramatic\b"),
    ("drama", r"(?:don't be (?:such |so )?(?:a )?)?drama queen\b"),
    # Hindsight ("you should have told me"), not what they were owed: "you should have had it
    # already", "you should have been told first", "you should have heard it from me".
    (
        "should",
        r"you (?:still |really |honestly |just |probably |definitely )?should(?:n't)? have\b"
        r"(?! (?:had|got|gotten|been (?:told|given|asked|consulted|included|warned|thanked|paid"
        r"|promoted|supported)|heard|received)\b)",
    ),
    (
        "should've shouldn't've",
        # Not what the organisation owed: "it should've been offered when you came back".
        r"should(?:n't)?'ve\b(?<!it should've)(?<!that should've)(?<!this should've)"
        r"(?<!they should've)(?! (?:had|got|gotten|been (?:told|given|asked|consulted|included"
        r"|warned|thanked|paid|promoted|supported)|heard|received)\b)",
    ),
    ("deal", r"not (?:such )?a big deal\b"),
    # Minimising in the first person: "I don't see what the big deal is".
    (
        "deal problem issue fuss",
        r"i (?:don't|do not|can't|cannot) see (?:what|why) (?:[\w']+ ){0,6}?(?:the (?:big )?(?:deal"
        r"|problem|issue|fuss)|(?:such )?a (?:big )?(?:deal|problem|issue))\b",
    ),
    # Their mistake labelled: "that was a pretty basic mistake" (not "an easy mistake to make").
    (
        "mistake error slip",
        r"(?:basic|silly|stupid|rookie|careless|sloppy|dumb|schoolboy|amateur|avoidable)"
        r" (?:mistake|error|slip)\b",
    ),
    # Disapproval of them: "I'm disappointed (in you)", not "disappointed for you" or in myself.
    (
        "disappointed",
        r"i(?:'m| am)(?: (?:really|very|so|quite|a bit|a little|pretty|honestly))? disappointed"
        r"(?! for\b| in myself\b| with myself\b| that i\b| i\b)",
    ),
    # Shamed by comparison: "nobody else seems to struggle with it".
    (
        "nobody one no-one",
        r"(?:nobody|no one|no-one)(?: else)? (?:seems to |appears to )?(?:struggles?"
        r"|has (?:a |any )?(?:problem|issue|trouble))\b",
        "else",
    ),
    # Their fitness for the job doubted: "I'm not sure you're cut out for this".
    (
        "cut",
        r"(?:you(?:'re| are)(?: just)? (?:not|never)|you aren't|i(?:'m| am) not sure(?: if"
        r"| whether)? you(?:'re| are)|i doubt(?: if| whether)? you(?:'re| are)) cut out for\b",
    ),
    (
        "personally",
        r"tak(?:e|ing) (?:it|this|that|things|everything) (?:so |too |a bit |very )personally\b",
    ),
    ("how", r"(?:that's|that is) not how we do (?:things|it)(?: (?:around )?here)?\b", "we"),
    ("deal", r"no big deal\b"),
    ("deal", r"just deal with it\b"),
    (
        "bad hard big difficult serious complicated",
        r"not that (?:bad|hard|big|difficult|serious"
        r"|complicated)\b",
    ),
    ("rocket", r"not rocket science\b"),
    (
        "everyone everyone's everybody everybody's",
        r"every(?:one|body)(?:'s| is| else is"
        r"| else's) (?:stretched|busy|under|stressed|dealing|in the same|swamped|tired|working)\b",
    ),
    ("we're", r"we're all (?:busy|stretched|under|stressed|swamped|tired|in the same boat)\b"),
    ("club", r"welcome to the club\b"),
    ("suck", r"suck it up\b"),
    ("toughen", r"toughen up\b"),
    ("man", r"man up\b"),
    ("over", r"get over it\b"),
    ("grow", r"grow up\b"),
    (
        "stop",
        r"stop (?:complaining|whining|moaning|making excuses|being (?:so )?(?:negative"
        r"|dramatic|defensive)|deflecting|getting defensive|playing the victim|pointing fingers"
        r"|passing the buck|blaming (?:everyone|everybody|others|other people|the \w+))\b",
    ),
    ("excuse", r"another excuse\b"),
    # A verdict on their conduct, which a listening stem in front does not make a reflection
    # ("it sounds like you've let things slide", "what I'm hearing is that you didn't ask for
    # help when you should have"). Their own view of themselves reported ("you feel you let
    # things slide") is a reflection of it (see _framing).
    (
        "slide slip",
        r"\blet(?:ting)? (?:things|it|this|that|stuff|standards|your standards|the \w+)"
        r" (?:slide|slip)\b",
    ),
    ("checked", r"\byou(?:'ve| have)? (?:really |kind of |sort of |a bit |just )?checked out\b"),
    ("stopped", r"\byou(?:'ve| have)? (?:just |kind of )?stopped caring\b"),
    (
        "owning ownership responsibility accountable",
        r"(?:not|isn't|aren't|n't) (?:really |fully |yet |quite )?(?:owning (?:your|this|it|that"
        r"|the)|taking (?:full |real |enough )?(?:ownership|responsibility)\b(?! for (?:what|how)"
        r" (?:happened|they|he|she))|(?:being )?fully accountable)",
    ),
    ("lack", r"a lack of (?:ownership|accountability|commitment)\b"),
    (
        "should sooner earlier enough time",
        r"(?:didn't|did not|never|wasn't|weren't) (?:ask(?:ing)? for help|rais(?:e|ing) (?:this"
        r"|it|that)|flag(?:ging)? (?:this|it|that)|speak(?:ing)? up|escalat(?:e|ing)(?: (?:this|it"
        r"|that))?) (?:early enough|soon enough|sooner|earlier|in time|when you should have)\b"
        # ("... sooner because nobody made it safe": the reason is theirs, not a verdict.)
        r"(?!,? (?:because|since|as)\b)",
    ),
    ("should", r"when you should have\b"),
    (
        "consequences",
        r"consequences of (?:not \w+ (?:this|it|that) (?:earlier|sooner)|(?:the )?(?:choices"
        r"|decisions) you (?:made|make)|your (?:own )?(?:choices|decisions))\b",
    ),
    (
        "managing prioritising prioritizing",
        r"(?:haven't|hasn't|have not|has not|weren't|aren't|isn't|not)(?: really| been| always)*"
        r" (?:managing (?:your|their) (?:time|priorities|workload)|prioriti[sz]ing (?:well"
        r"|properly|very well|effectively))\b",
    ),
    (
        "down because comes",
        r"(?:down to|because of|comes down to) (?:how you(?:'ve| have)? (?:been )?"
        r"(?:prioriti[sz]ing|handled (?:it|this|things)|managed (?:it|this|things|your time))"
        r"|your (?:own )?(?:choices|decisions))\b",
    ),
    ("choosing", r"\byou(?:'re| are) choosing to be (?:negative|difficult|unhappy|a victim)\b"),
    ("blame", r"\b(?:someone|somebody|anyone|others) (?:else )?to blame\b"),
    (
        "expected expect expecting",
        r"\byou (?:expected|expect|were expecting|are expecting|'re expecting) (?:others|someone"
        r" else|somebody else|other people|everyone else|someone|me) to (?:fix|sort|solve|pick up"
        r"|clean up|deal with)\b",
    ),
    ("harder", r"making (?:this|it|things|life) harder (?:for|on) yourself\b"),
    ("self-inflicted inflicted", r"self[- ]inflicted\b"),
    ("pattern", r"a pattern of (?:excuses|missed \w+|lateness|blaming|avoidance)\b"),
    ("committed", r"\bnot as committed\b"),
    (
        "attitude",
        r"(?:worried|concerned|problem|issue|unhappy|disappointed|bothered) (?:about|with|by)"
        r" your attitude\b",
    ),
    (
        "coming",
        r"coming across as (?:negativity|negative|defensive|hostile|rude|difficult"
        r"|unprofessional)\b",
    ),
    (
        "stretch",
        r"\b(?:role|job) (?:might be|may be|is|could be) (?:a bit of )?a stretch for you\b",
    ),
    ("surprised", r"(?:i'm |i am )?surprised you didn't\b"),
    (
        "plan prepare think",
        r"\byou (?:didn't|did not|never) (?:plan|prepare|think)(?: (?:it|this|that|for it))?"
        r" (?:ahead|through|properly|enough)\b(?!,? (?:because|since|as)\b)",
    ),
    (
        "choices decisions",
        r"(?:paid for|frustration (?:is )?(?:really )?with|down to|because of) your (?:own )?"
        r"(?:choices|decisions)\b",
    ),
    (
        "others other plenty",
        r"\b(?:others|other people|other leads|plenty of people) (?:have )?(?:handled|managed"
        r"|dealt with|coped with) (?:worse|more|far more|the same)\b",
    ),
    ("still squarely firmly", r"\b(?:still|squarely|firmly) on you\b"),
    # Ridicule of what they feel or said: "let's not make this a pity party", "spare me the
    # sob story", "drama queen", "cry me a river", "enough with the excuses".
    # (The negation in front is part of the ridicule: "let's not make this a pity party".)
    (
        "pity",
        r"(?:(?:let's not|don't|no need to) (?:make|turn) (?:this|it) (?:into )?a )?pity party\b",
    ),
    ("boo boo-hoo", r"boo[- ]?hoo\b"),
    ("sob", r"sob stor(?:y|ies)\b"),
    ("cry", r"cry me a river\b"),
    ("woe", r"woe is me\b"),
    ("drama", r"drama queen\b"),
    ("chip", r"chip on your shoulder\b"),
    ("spare", r"spare me\b"),
    # Their feelings or reasons waved away: "I don't need the feelings, I need pipeline",
    # "Sellotape isn't a strategy".
    (
        "need want",
        r"i don't (?:need|want)(?: to hear(?: about)?)? (?:the|your|any|all the|all your)"
        r" (?:feelings|emotions|excuses|stories|story|life story|drama|backstory|reasons)\b",
    ),
    ("strategy", r"(?:isn't|is not|is no|ain't) (?:a )?strategy\b"),
    (
        "quit enough",
        r"(?:quit|enough(?: with)?(?: the| your)?) (?:complaining|whining|moaning|sulking"
        r"|excuses|making excuses|drama|the drama)\b",
    ),
    # (Said of what they just said, not "nobody wants to hear that they're being let go".)
    (
        "hear",
        r"(?:nobody|no one|no-one) (?:wants|needs) to hear (?:it|that|this|about it)\b"
        r"(?= *[.!?;,]|$)",
    ),
    ("problem", r"(?:^|[.!?] )(?:(?:that's|that is|it's|it is) )?not my problem\b(?= *[.!;]|$|, )"),
    # "Deal with it." as an order (not "I'll deal with it", "let's deal with it together").
    ("deal", r"(?:^|[.!?] )deal with it\b(?! together| later| first| for you)"),
    ("get", r"(?<!let's )(?<!let us )just get on with it\b"),
    # A reason heard as an excuse, with no subject ("Sounds like an excuse to me."), or named
    # one outright ("That's just an excuse", "that's no excuse").
    ("excuse excuses", r"(?:^(?:(?:it|that) )?sounds like (?:an excuse|excuses))\b"),
    (
        "excuse excuses",
        r"(?:that's|that is|it's|it is) (?:just |only |all |simply )?(?:an excuse|excuses"
        r"|no excuse)\b" + _THEIR_SIDE,
    ),
    # The outcome pinned on them: "your change caused the outage", "you caused this", "you
    # didn't even check", "didn't test it properly". Not "you didn't cause this" (exoneration,
    # in the sympathy table) nor what they feel about themselves ("you feel you didn't ...",
    # which the reflective stem owns).
    (
        "caused",
        r"(?:^|\b(?:so|and|but) )(?:your (?:[a-z'-]+ ){1,2}|you )caused (?:the|this|that|all|it)\b",
    ),
    (
        "even properly",
        r"didn't (?:even (?:bother|check|test|try|read|ask|look)\b"
        r"|(?:bother|check|test|think|read|look)(?: (?:it|that|this|them|anything|the \w+))?"
        r" properly\b)",
        "didn't",
    ),
    # Told not to need reminding: "don't make me chase you", "don't wait for me to ask".
    (
        "make wait",
        r"don't (?:make me|wait for me to|wait to be) (?:ask|chase|remind|tell|ask you)\w*\b",
        "don't",
    ),
    ("excuses", r"(?:just|all these|so many) excuses\b"),
    ("excuses", r"(?:more|enough|no more|a lot of|lots of) excuses\b"),
    # Rhetorical questions that confront: "don't you realise...", "doesn't that worry you?"
    (
        "know realize realise understand see",
        r"(?:don't|didn't) you (?:even )?(?:know|realize|realise|understand|see)\b"
        r"(?! (?:what i mean|anyone|anybody|any)\b)",
        "don't didn't",
    ),
    (
        "understand realize realise",
        r"do you (?:even )?(?:understand|realize|realise) (?:how (?:important|serious|dangerous"
        r"|bad|risky)|what happens)\b",
    ),
    (
        "concern worry bother scare frighten",
        r"(?:doesn't|don't|wouldn't|isn't) (?:that|it|this) (?:concern|worry|bother|scare|frighten)"
        r"(?:ing)? you\b",
        "doesn't don't wouldn't isn't",
    ),
    ("sense", r"makes no sense\b", "makes"),
    ("thought", r"i thought you were (?:smarter|better|more)\b", "were"),
    # (Not "what else is on you?", which asks what they are carrying.)
    (
        "on",
        r"on you\b(?:(?<=is on you)|(?<=that's on you)|(?<=it's on you)|(?<=all on you))"
        r"(?<!what is on you)(?<!what else is on you)(?<!what more is on you)",
    ),
    ("fault", r"your (?:own )?fault\b"),
    ("problem", r"your (?:own )?problem\b"),
    # "You always leave it to the last minute" generalises a fault; "you always find a way
    # through" credits a strength (recognition).
    (
        "always",
        r"you always\b(?! (?:find a way|come through|pull through|step up|deliver|get there"
        r"|figure it out|bounce back|rise to|land on your feet|look out for|make it work)\b)",
    ),
    ("never", r"you never\b"),
    ("thinking", r"what were you thinking\b"),
    ("hear", r"i don't want to hear\b"),
    ("job", r"that's (?:literally |just )?your job\b"),
    ("job", r"it's (?:literally |just )?your job\b"),
    *(
        (word, rf"{word}, (?:another|more|so now|just what)\b")
        for word in ("great", "wonderful", "fantastic", "perfect", "brilliant", "lovely")
    ),
    ("yeah", r"yeah,? right\b", "right"),
    ("nice", r"must be nice\b"),
    ("time", r"i don't have time for this\b"),
    ("people", r"other people (?:manage|cope|seem to)\b"),
    ("expect expected", r"i expect(?:ed)? (?:better|more)\b"),
    (
        "lazy unprofessional ridiculous difficult negative",
        r"you(?:'re| are) (?:being )?(?:lazy"
        r"|unprofessional|ridiculous|difficult|so negative)\b",
    ),
    ("ridiculous", r"that's ridiculous\b"),
    ("silly ridiculous", r"don't be (?:silly|ridiculous)\b"),
    ("personally", r"don't take it (?:so )?personally\b"),
    (
        "expect",
        # Not a real question about their hopes: "what did you expect would happen this year?"
        r"what did you expect\b(?! (?:would|to|from|of|when|it|them|him|her|the|this year"
        r"|going|me|us)\b)",
    ),
    ("yourself", r"brought this on yourself\b"),
    ("worry", r"don't worry about it\b"),
    ("sweat", r"(?:don't|do not|no need to) sweat (?:it|the small stuff)\b"),
    # Warnings, and dismissals of what they are carrying: "that can't happen again", "the
    # quarter doesn't stop for that", "everyone has things going on", "there'll be other
    # opportunities" (reassurance that waves the loss away).
    (
        "happen",
        r"(?:that|this|it) (?:can't|cannot|can not|mustn't|must not) happen again\b",
        "again",
    ),
    (
        "improve",
        r"(?:this|that|it|things|your (?:work|performance|numbers|output|attitude|communication"
        r"|timekeeping|attendance|focus|quality|code|writing|results|reporting|delivery))"
        r" (?:needs|has|have|need) to (?:improve|get better)"
        r"(?: (?:quickly|fast|soon|now))?\b",
    ),
    (
        "stop wait pause",
        r"(?:work|the quarter|the business|the deadline|the launch|life|the world|the job"
        r"|the clients?|the customers?) (?:doesn't|does not|won't|will not|can't) (?:stop|wait"
        r"|pause) (?:for|because)\b",
        "doesn't won't can't not",
    ),
    (
        "going deal",
        r"(?:everyone|everybody|we all|we've all|all of us) (?:has|have|got|'ve got) (?:\w+ )?"
        r"(?:things|stuff|problems|issues|something) (?:going on|to deal with)\b",
        "everyone everybody all",
    ),
    (
        "opportunities chances",
        r"there(?:'ll| will) (?:always )?be (?:other|more|plenty of) (?:opportunities|chances"
        r"|roles|promotions|jobs)\b",
    ),
    ("excuses", r"(?:let's|let us) not (?:make|start making) (?:any )?excuses\b"),
    # A standard they are told they missed: "that's not good enough", "a bit more effort
    # would go a long way" (the effort implied lacking).
    (
        "enough scratch standard",
        r"(?:that's|that is|this is|it's|it is|that was|this was)(?: (?:really|just|simply"
        r"|frankly|honestly|quite))? not (?:really |quite |nearly |anywhere near )?(?:good enough"
        r"|up to scratch|up to standard|the standard)\b(?! that\b| (?:of|from) (?:them|him|her)\b)",
        "not",
    ),
    (
        "effort care attention focus ownership urgency commitment",
        r"(?:a (?:bit|little|lot) |a touch |some |slightly )?more (?:effort|care|attention|focus"
        r"|ownership|urgency|commitment)(?: on your part| from you)? (?:would|could|might)"
        r" (?:go a long way|help|make (?:a|all the) difference|not hurt|be nice)\b",
        "more",
    ),
    (
        "disappointed",
        r"i(?:'m| am)(?: (?:really|very|so|a bit|a little|quite|pretty|honestly|frankly))*"
        r" disappointed (?:in|with) you\b",
    ),
    ("whatever", r"whatever[,.!]"),
    # The silver lining offered to someone struggling: "at least you still have a job".
    (
        "least",
        r"(?<![a-z] )at least (?:you(?:'re|'ve| still| have| got| are| didn't| weren't| can"
        r"| get)|it(?:'s| is| was|'s not| isn't| wasn't) (?:not|only|just)|(?:nobody|no one)"
        r" (?:died|got hurt))\b",
    ),
    ("joking kidding", r"you(?:'ve)? (?:must|have got to|gotta|got to) be (?:joking|kidding)\b"),
    ("done", r"just get it done\b"),
    ("worry panic stress", r"there's no need to (?:worry|panic|stress)\b"),
    # A verdict about the person: "you are / seem / sound" + a negative trait. A negation in
    # between ("you're not lazy") breaks the pattern; one before it is refused by _judgment.
    (
        _TRAIT_WORDS,
        r"you(?:'re| are| seem| sound| look| come across as| came across as|'ve been| have been"
        r"| were| was| get| always seem)(?: (?:being|just|really|so|very|a bit|a little|kind of"
        r"|pretty|quite|always|getting|acting|becoming|incredibly|extremely|totally|such))*"
        rf" (?:{_TRAITS})\b",
        "you're seem sound look come came you've been were was",
    ),
    (
        "sloppy poor lazy careless subpar weak terrible awful unacceptable disappointing mess"
        " lacking slipping mediocre inconsistent scratch par problem issue embarrassing"
        " inappropriate line disrespectful rude unprofessional childish shocking appalling",
        r"your (?:work|attitude|performance|output|tone|behaviou?r|code|writing|reports?|effort"
        r"|focus|communication|presentation|timekeeping|work's|attitude's)"
        r"(?: (?:in|at|during|on|with|towards?) (?:the |that |this |today's |our )?\w+)?"
        r"(?: (?:has|have) been"
        r"| is| was| seems| looks| has gotten| been)?(?: (?:really|so|very|a bit|pretty|quite"
        r"|kind of|getting|a little|increasingly|honestly|frankly))* (?:sloppy|poor|lazy|careless"
        r"|subpar|sub-par|weak|terrible|awful|unacceptable|disappointing|a mess|lacking|slipping"
        r"|mediocre|inconsistent|not good enough|not up to scratch|not up to par|below par"
        r"|the problem|an issue|a problem|embarrassing|inappropriate|out of line|disrespectful"
        r"|rude|unprofessional|childish|shocking|appalling)\b",
    ),
    ("excuses", r"(?:making|make|made|makes) (?:up )?excuses\b"),
    ("problem", r"you(?:'re| are) the problem\b"),
    ("listening trying", r"you(?:'re| are) (?:just )?not (?:even )?(?:listening|trying)\b", "not"),
    ("player", r"(?:you're|you are) not a team player\b"),
    ("cut", r"you(?:'re| are) (?:just )?not cut out for\b"),
    # "I hear you, but ...": what was heard is discounted by what follows.
    (
        "hear understand get",
        r"i (?:hear|understand|get) (?:you|that|it|what you(?:'re| are) saying"
        r"|where you(?:'re| are) coming from)?,? but\b",
        "but",
    ),
    # "I know it's hard, but ...": the hardship granted only to be set aside.
    (
        "know",
        r"i know(?: (?:it's|it is|this is|that's|that is|it's been|this has been) (?:really |so )?"
        r"(?:hard|tough|difficult|a lot|frustrating|disappointing|not easy|rough|stressful))?,?"
        r" but\b",
        "but",
    ),
    ("worked work", r"if you (?:just |had |'d )?(?:worked|work) on your\b", "if"),
    # Minimising and dismissive reassurance.
    ("worry worrying", r"don't worry (?:so much|too much|yourself|about that)\b", "don't"),
    ("worry", r"(?:you )?worry too much\b"),
    ("worrying", r"stop worrying\b"),
    ("there", r"we've all been there\b", "all"),
    ("there", r"we have all been there\b", "all"),
    ("through", r"we all (?:go|went) through\b", "all"),
    ("goes", r"every(?:one|body) goes through\b"),
    ("happens", r"(?:it )?happens to (?:everyone|everybody|all of us|the best of us)\b"),
    ("worse", r"(?:it |things )?could (?:always )?be worse\b"),
    ("worse", r"could have been worse\b"),
    # A silver lining pressed on what they are going through (toxic positivity): "the upside
    # is you'll know the system better than anyone", "look on the bright side", "what a great
    # chance to show leadership", "reframe it as a learning moment". Not "upside down".
    (
        "lining upside bright positive disguise cloud",
        r"(?:(?:the|a|one) silver lining|the upside(?: of [^.!?]{1,40})? is|(?:look on |the )bright"
        r" side|the positive (?:takeaway|side|spin)|a blessing in disguise|every cloud)\b",
    ),
    (
        "moment opportunity chance",
        r"(?:a (?:real |great |huge )?(?:growth|learning) (?:moment|opportunity)|(?:your|a great"
        r"|what a great) (?:moment|chance) to (?:shine|grow|show (?:leadership|what you)))\b",
    ),
    # Their load shrugged off as everyone's, or others held up as coping: "everyone's got
    # pressure", "others manage", "the rest of the team copes".
    (
        "everyone everybody everyone's everybody's",
        # Said as the whole sentence: "it sounds like everyone's got a lot on, and you feel it
        # most" reflects.
        r"(?:^(?:(?:look|honestly|come on|listen|well),? )?every(?:one|body)(?:'s| has)(?: got)?"
        r" (?:pressure|stuff(?: (?:at|going on at) home)?|problems|deadlines|a lot on|it tough"
        r"|(?:scope )?changes|challenges|kids|a family|families|a life|lives|personal stuff"
        r"|bad (?:weeks|days)|off days|their (?:own )?(?:stuff|problems|issues))"
        r"(?:(?: on| right now| at the moment| here| these days))?\W*$)",
    ),
    (
        "manage manages cope copes coping managing",
        r"(?:^|[,;] |\bbut |\band |\bso |\byet )(?:others|other (?:people|leads|reps|engineers"
        r"|managers|teams|parents)|everyone else|the rest of (?:the|your) team|the others)"
        r" (?:seem to |somehow |still |all |are |seem to be )?(?:manag|cop)(?:e|es|ing)\b",
        "others other everyone rest",
    ),
    # Their conduct named as the problem: "we talk about your attitude", "no more heroics".
    (
        "attitude",
        r"(?:(?:about|discuss|address|raise|with|regarding|on) your attitude|your attitude"
        r" (?:since|lately|recently|has (?:changed|slipped|got)|needs|towards|isn't|is not"
        r"|at the moment|in meetings)|your attitude (?:[\w-]+ ){0,3}(?:(?:needs to|has to|must"
        r"|should) (?:change|improve|shift|get better)|is (?:part of )?(?:the |a )?problem"
        r"|isn't helping|is not helping))\b",
    ),
    (
        "heroics martyrdom",
        r"(?:no more|enough|less of the|stop the) (?:[\w.-]+ ){0,3}(?:heroics|martyrdom)\b",
    ),
    # Minimising by comparison, by scale, or by a shrug: "other people have it much worse",
    # "let's not make this bigger than it is", "come on, it's just one meeting", "just push
    # through". The comparison opens its clause ("you were right that others have it worse"
    # agrees with them).
    (
        "worse",
        r"(?:^|[,;] |\bbut |\band |\bso )(?:other people|others|plenty of people|lots of people"
        r"|some people) (?:have (?:it|had it)|are) (?:much |far |a lot |way )?worse\b",
        "people others",
    ),
    (
        "bigger",
        r"(?:let's not|let us not|don't|do not|no need to|there's no need to) (?:make|turn) (?:this"
        r"|it|that) (?:into )?(?:something )?bigger than it (?:is|needs to be|has to be)\b",
    ),
    ("come", r"(?:^|, )come on,? (?:it's|it is|it was|that's|that is) (?:just|only)\b", "on"),
    ("push power grind", r"just (?:push|power|grind) (?:through|on)\b", "just"),
    # A correction of how they work, as a demand: "you need to speak up sooner", "you need to
    # manage your time better", "pick up the pace", "build a thicker skin".
    (
        "better sooner faster quicker harder sharper focused",
        r"you (?:really |do |just |seriously |honestly )?(?:need|have|got) to (?:\w+ ){1,4}?"
        # The comparative ends the demand ("manage your time better"), unlike "get better
        # sleep" (a remedy).
        r"(?:better|sooner|faster|quicker|harder|more carefully|sharper|more focused)"
        r"(?=\W*$|[,.;!?]| (?:than|when|next time|here|from now|going forward|if|instead)\b)",
        "need have got",
    ),
    # A colleague held up as not complaining, a reason called an excuse, the standard of "a good
    # rep", everyone's "had a baby at some point", a warning of a formal plan, "people have
    # noticed": a verdict on them in a blunt manager's words.
    (
        "complaining",
        r"(?:^|, |\band |\bbut )[a-z]+ (?:isn't|is not|wasn't|doesn't|didn't)"
        r" (?:complaining|moaning|whining)\b",
    ),
    ("excuse excuses", r"(?:\w+ )(?:is|are) (?:just |only |all |simply )?(?:an excuse|excuses)\b"),
    # Confronting what they raised instead of hearing it: "muted alerts are no excuse", "I don't
    # want excuses", "I don't need the backstory", "that's not acceptable", "forty percent isn't
    # good enough" (not their "it's not an excuse" said back, nor the speaker's own "that
    # wasn't good enough" about what they did), "yours isn't special", "you don't get to be not
    # ready", "there's nothing to get into", "the quota is the quota" (a tautology that closes
    # the subject).
    (
        "excuse",
        r"(?:is|are|was|were|'s) (?:no|never an) excuse\b" + _THEIR_SIDE,
    ),
    (
        "excuses backstory story history",
        r"i (?:don't|do not) (?:want|need) (?:to hear )?(?:any (?:more )?|more |the |your |a )?"
        r"(?:excuses|backstory|back story|life story|sob story|history lesson)\b",
    ),
    (
        "acceptable unacceptable good cut fly",
        r"(?:(?:that's|that is|this is|it's|it is|that was)(?: (?:just|simply|frankly|honestly"
        r"|really))? (?:not acceptable|unacceptable|not good enough|not going to (?:cut it|fly))"
        r"|(?:that|this|it) (?:won't|will not|isn't going to|is not going to) (?:cut it|fly)"
        r"|(?<!i'm )(?<!i am )(?:isn't|is not|aren't|are not) (?:acceptable"
        r"|good enough))\b"
        # What others did to them falls short ("it's not good enough that they keep doing this
        # to you", "not good enough of them"): their side taken.
        r"(?! (?:for you|that (?!you\b)|of (?!you\b)|from (?!you\b)))",
    ),
    ("special", r"(?:(?:you're|you are) not|(?:yours|your \w+) (?:isn't|is not)) special\b"),
    ("get", r"you (?:don't|do not) get to (?:be|feel|say|decide|opt|pick)\b"),
    ("nothing", r"^(?:look,? |no,? )?there(?:'s| is) nothing to (?:get into|talk about|discuss)\b"),
    (
        "quota deadline deadlines rules rule business target targets number numbers policy job",
        r"(?:^|, |\bbut |\band )(?:the |a |an )?(quota|deadline|deadlines|rules|rule|business"
        r"|target|targets|number|numbers|policy|job)(?:'s| is| are) (?:the |a |an )?\1\W*$",
    ),
    # Their hardship made everyone's: "everyone got hit by the split", "territory changes happen
    # to everyone", "we're all in the same boat", "the split affected everyone".
    (
        "everyone everybody",
        r"(?:^(?:look,? |honestly,? )?every(?:one|body) (?:got (?:hit|reshuffled|a new \w+|the same"
        r" \w+)|was (?:hit|affected|reshuffled)|is (?:dealing with|in the same)|has to deal with)"
        r"|(?:affected|hit|happen(?:s|ed)? to) every(?:one|body)(?: else)?\W*$)",
    ),
    ("boat", r"(?:we're|we are|everyone's|everyone is) (?:all )?in the same boat\b"),
    (
        "good decent real proper",
        r"^(?:a (?:good|decent|real|proper)|any (?:good|decent)) (?!idea\b|question\b|plan\b|day\b"
        r"|point\b|night\b)[a-z-]+ (?:would(?:n't)?|should|does|doesn't|knows|gets|finds|makes"
        r"|converts|handles|delivers|owns|takes|hits|doesn't need)\b",
    ),
    (
        "before point",
        r"^every(?:one|body)(?:'s| has) (?:had|been through|dealt with|gone through|had to deal"
        r" with) [^.!?]{0,30}\b(?:at some point|before|at one point)\W*$",
    ),
    (
        "plan pip",
        r"we(?:'ll| will| would|'d) (?:have to|need to|be forced to) (?:talk about|look at|discuss"
        r"|start|consider|put you on|move to|go to) (?:a |an |the )?(?:formal |performance "
        r"|improvement |disciplinary |capability )+(?:plan|process|route|procedure|pip)\b",
        "if",
    ),
    ("game", r"get your head (?:back )?in(?:to)? the game\b"),
    # Falling short stated as the verdict: "your team's missing its numbers", "what's going on
    # is you're behind" (not "you're worried you're missing your numbers", which the stem owns).
    (
        "missing behind hitting",
        r"(?:^(?:look,? |honestly,? )?|(?:what's going on|the problem|the issue|the fact) is"
        r",? )(?:you(?:'re| are)|your team(?:'s| is)|you've been) (?:missing|behind on|falling"
        r" behind on|not hitting) (?:its |your |the )?(?:numbers|targets?|deadlines?|dates?"
        r"|goals?|quota)\b",
    ),
    (
        "behind",
        r"(?:^(?:look,? |honestly,? )?|(?:what's going on|the problem|the issue|the fact) is"
        r",? )you(?:'re| are) (?:way |well |badly )?behind\W*$",
    ),
    ("again", r"(?:don't|do not|never) let (?:it|this|that) (?:slip|happen) again\b"),
    (
        "noticed",
        r"^(?:and |but |so )?(?:people|everyone|the team|others) (?:have |has )?noticed\W*$",
    ),
    (
        "noticed",
        r"(?:^(?:and |but |so )?(?:people|everyone|the team|the client|clients|others|the \w+)"
        r" (?:on [^.!?]{0,30})?(?:have |has )?noticed (?:that )?you(?:'ve| have|'re| are)?)"
        r" (?!done\b|been (?:great|brilliant|amazing)|really\b)",
    ),
    (
        "pace skin act game grip",
        r"(?:pick up the pace|(?:build|grow|develop|get) (?:a )?thicker skin|get your act together"
        r"|(?:step|up) your game|get a grip)\b",
    ),
    # Blame by cause: "sitting on it quietly is why it's late", "that's why you're a
    # bottleneck".
    (
        "why",
        # Said of their doing ("sitting on it is why it's late") or as a verdict ("that's why
        # you're a bottleneck"); "you think the handover is why" reflects their view.
        r"(?:(?:^|[,.;:] )\w+ing\b[^.,;:?!]{0,40} (?:is|was)|that's|that is|this is|it's)"
        r" (?:exactly |precisely |partly |probably )?why (?:it's|it is|it was|you're|you are"
        r"|you were|we're|we are|things are|the \w+ (?:is|was)) (?:so )?(?:late|behind"
        r"|slipping|a bottleneck|in this mess|struggling|stuck|delayed|failing)\b",
        "late behind slipping bottleneck mess struggling stuck delayed failing",
    ),
    # An effort of theirs judged wanting: "doesn't show much commitment", "asking isn't enough",
    # "rebuilding it twice was a wasted day".
    (
        "show shows showed",
        r"(?:doesn't|does not|didn't|did not) (?:really )?show (?:much|a lot of|enough|any|real"
        r"|great) (?:commitment|effort|ownership|initiative|care|maturity|professionalism"
        r"|urgency)\b",
    ),
    (
        "enough",
        r"(?:^|[,.;:] |\bbut |\band )(?:just )?\w+ing(?: it| that| this| things)?(?: alone)?"
        r"(?: (?:once|twice|three times|again|more|harder))? (?:isn't|is not|wasn't|was not)"
        # "... wasn't enough for you to feel sure" says what it did for them, not a verdict.
        r" (?:good )?enough\b(?! for (?:you|them|her|him) to)",
        "isn't not wasn't",
    ),
    (
        "wasted waste pointless overkill",
        r"(?:^|[,.;:] |\bbut |\band )\w+ing (?:it |that |this |them )?(?:\w+ )?(?:was|is)"
        r" (?:a |just a |kind of a |frankly a |honestly a )?(?:wasted (?:day|week|effort|morning"
        r"|afternoon)"
        r"|waste of (?:time|a day|effort)|pointless|overkill)\b",
    ),
    # "Well, we all are": their state waved away as everyone's.
    ("all", r"(?:^|[,.;:] )(?:well,? )?we all are\b", "we"),
    # A warning to stop ("that has to stop"), entitlement denied ("you can't expect special
    # treatment"), a grievance called envy ("sour grapes"), a standard to show more of.
    (
        "stop",
        r"(?:that|this|it) (?:has to|needs to|must|will have to|is going to have to) stop\b",
        "has needs must will going",
    ),
    (
        "special",
        r"(?:(?:can't|cannot|can not|shouldn't) expect|expecting|asking for) special treatment\b",
    ),
    ("grapes", r"sour grapes\b"),
    (
        "initiative ownership leadership urgency maturity",
        r"you (?:really |do |just )?(?:need|have|got) to (?:show|take|demonstrate) (?:more|a bit"
        r" more|a lot more|much more|some|real) (?:initiative|ownership|leadership|urgency"
        r"|maturity)\b",
    ),
    # More of the same: "lots of parents manage on little sleep", "the quarter won't wait",
    # "you were all over the place", "the kind of thing that loses deals", "your focus has
    # gone", "if you can't keep up", "working smarter, not making excuses".
    (
        "manage cope",
        r"(?<!how do )(?<!how did )(?:lots of|plenty of|most|loads of) (?:other )?(?:parents"
        r"|people|reps|engineers"
        r"|managers|colleagues|mums|dads|new starters) (?:manage|cope)\b",
        "lots plenty most loads",
    ),
    (
        "wait",
        r"(?:the quarter|the business|the deadline|the launch|the client|clients|customers"
        r"|the numbers|the target) (?:won't|will not|doesn't|does not|can't|cannot) wait\b",
    ),
    ("place", r"you(?:'ve| have)? (?:been|were|are|'re) (?:a bit |totally )?all over the place\b"),
    (
        "kind sort",
        r"(?:is|was|that's) (?:exactly |just )?the (?:kind|sort) of thing that (?:loses|costs"
        r"|kills|sinks|loses us|gets people|should(?:n't)? have|ought to have)\b",
        "thing",
    ),
    # A lapse named as theirs, a behaviour judged unhealthy, an expectation waved away, a
    # worry brushed off: "your own gap", "checking at 3 a.m. isn't healthy", "you can't expect
    # to be invited to everything", "I wouldn't read into it".
    (
        "gap failing failings shortcoming shortcomings mistake mistakes fault",
        r"(?:\bas|\bthat's|\bthat is) your own (?:gap|failing|failings|shortcoming"
        r"|shortcomings|mistake|mistakes)\b",
        "own",
    ),
    (
        "healthy",
        r"(?:^|[,.;:] |\bbut |\band )\w+ing\b[^.,;:?!]{0,40} (?:isn't|is not|wasn't|was not)"
        r" healthy\b",
        "isn't not wasn't",
    ),
    (
        "expect",
        r"(?:(?:you )?(?:can't|cannot|can not|shouldn't) expect (?:to be|people to|everyone to"
        r"|them to|us to|me to|the team to)|(?:can't|cannot|can not|shouldn't) expect (?:a|an)"
        r" (?:personal|special|private|one-to-one|individual))\b",
        "can't cannot not shouldn't",
    ),
    ("read", r"i wouldn't read (?:too much |anything )?into (?:it|that|this)\b", "wouldn't"),
    ("stop", r"you (?:need|have|got) to stop (?:that|this|it|doing that)\b", "need have got"),
    (
        "gone lost",
        r"(?:your (?:focus|head|edge|motivation|drive|heart)(?: has|'s) gone|you(?:'ve| have)"
        r" lost your (?:focus|edge|motivation|drive|way))\b",
        "your",
    ),
    ("keep", r"if you can(?:'t|not) keep up\b", "up"),
    ("smarter", r"(?:need|want) you (?:to )?(?:work|working) smarter\b", "need want"),
    (
        "excuses",
        r"(?:, |and |but |instead of )(?:not )?(?:making|giving|finding) excuses\b",
    ),
    # "That's on your team", "not a great look", "get on board", "that's the job", "model a
    # better attitude".
    ("on", r"(?:that's|that is|it's|it is) on (?:your team|your side|you and your team)\b", "your"),
    ("look", r"(?:isn't|is not|not) a (?:great|good) look\b", "great good"),
    ("board", r"get on board with\b", "get"),
    ("job", r"that's (?:just )?the job\b", "that's"),
    (
        "attitude",
        r"(?:model|show|have|bring|need) (?:a better|a more positive) attitude\b",
        "better positive",
    ),
    # What they said called a trait: "that sounds a bit cynical", "it comes across as petty".
    (
        "cynical bitter petty negative defensive dramatic childish entitled unprofessional excuse"
        " excuses disorganised disorganized sloppy careless lazy",
        r"(?:that|this|it|(?:the|your) [\w-]+) (?:sounds|seems|looks|comes across|came across"
        r"|is coming across)"
        r"(?: as)?(?: (?:a bit|a little|really|so|pretty|quite|kind of|rather|very))* (?:cynical"
        r"|bitter|petty|negative|defensive|dramatic|childish|entitled|unprofessional|like an excuse"
        r"|like excuses|disorgani[sz]ed|sloppy|careless|lazy)\b",
        "sounds seems looks comes came coming",
    ),
    # More verdicts a warm-then-harsh manager slips in: "blaming the queue won't get you to
    # target", "lots of people have young kids and still hit their number", "that can't happen
    # in front of prospects", "the sarcasm isn't helping", "people have noticed the attitude",
    # "why people find you hard to work with", "you need to move on", "you can't expect a
    # personal briefing", "a skills problem", "you need to sharpen your pitch".
    ("blaming", r"blaming (?:\w+ ){1,4}(?:won't|will not|doesn't|does not|isn't going to)\b"),
    (
        "still",
        r"(?:lots of|plenty of|most|other|loads of) (?:people|parents|reps|engineers|managers)"
        r"(?: \w+){0,6} (?:and )?still (?:hit|manage|make|deliver|cope|get|ship)\b",
        "lots plenty most other loads",
    ),
    (
        "happen",
        r"(?:that|this|it) (?:can't|cannot|can not|mustn't|must not) happen (?:in front of|with"
        r" (?:clients|customers|prospects))\b",
        "front clients customers prospects",
    ),
    (
        "sarcasm attitude tone negativity",
        r"(?:the|your|that) (?:sarcasm|attitude|tone|negativity) (?:isn't|is not|doesn't|does not"
        r"|won't) help",
    ),
    (
        "noticed",
        r"(?:people|everyone|others|the team|folks) (?:have|has) noticed (?:the|your) (?:attitude"
        r"|tone|behaviou?r|sarcasm|negativity|mood)\b",
    ),
    (
        "find",
        r"(?<!do )(?<!does )(?:people|everyone|the team|others|colleagues) find you (?:hard"
        r"|difficult|tricky|prickly) to (?:work with|deal with|manage)\b",
    ),
    (
        "move let over",
        r"you (?:need|have|got) to (?:move on|let (?:it|this|that) go|get over (?:it|this|that))\b",
        "need have got",
    ),
    (
        "problem",
        r"(?:is|that's|it's) (?:a|an) (?:team |\w+ )?(?:skills?|performance|motivation|attitude"
        r"|effort|commitment) problem\b",
        "skills skill performance motivation attitude effort commitment",
    ),
    (
        "sharpen prepared",
        r"you (?:need|have|got) to (?:sharpen (?:up|your)|be (?:better |more )?prepared)\b",
        "need have got",
    ),
    # "It's yours to fix", "you need better boundaries", "five hours is poor, though", "you
    # can't just work unrecorded hours".
    ("yours", r"(?:it's|that's|it is|that is) yours to (?:fix|sort|solve|own)\b", "it's that's is"),
    (
        "boundaries discipline organisation organization judgement judgment",
        r"you (?:need|have got|'ve got|got)(?: to (?:have|set|show))? (?:better|some|more)"
        r" (?:boundaries|discipline|organi[sz]ation|judge?ment)\b",
        "need have got you've",
    ),
    (
        "poor unacceptable",
        r"(?:is|was|are|were) (?:really |pretty |frankly |just )?(?:poor|unacceptable)(?:,)?"
        r" (?:though|frankly|honestly)\b",
        "though frankly honestly",
    ),
    ("just", r"you can(?:'t|not) just (?:work|decide|go|skip|ignore|leave|turn up)\b", "you"),
    # Hindsight: "bet you wish you'd checked", "if only you'd asked".
    ("bet", r"(?:i )?bet you wish(?:ed)? you(?:'d| had)\b", "wish wished"),
    ("if", r"if only you(?:'d| had)\b", "only"),
    # A standard they are told they fall short of: "try to be a bit more professional".
    (
        "professional mature positive resilient grown-up",
        r"(?:try (?:to|and)|need to|have to|got to|gotta|should|must|please|could you|can you"
        r"|learn to) (?:be|act|behave|sound|come across)(?: as)? (?:a (?:bit|little|lot) |much "
        r"|way )?more (?:professional|mature|positive|resilient|grown-up)\b",
        "more",
    ),
    # Their feelings waved away: "I don't think crying about it will help" (the "don't think"
    # belongs to the phrase, so it is not read as a negation of it).
    (
        "crying moaning whining sulking complaining",
        r"(?:(?:i don't think|i do not think) (?:crying|moaning|whining|sulking|complaining)"
        r"(?: about (?:it|that|this|the \w+)| over it)? will|(?:crying|moaning|whining|sulking"
        r"|complaining)(?: about (?:it|that|this|the \w+)| over it)? (?:won't|will not|isn't going"
        r" to|is not going to|doesn't"
        r"|does not|never)) (?:help|change|fix|get)\b",
    ),
    # Their place questioned: "if you can't handle the pressure", "not the role for you".
    (
        "handle cope",
        r"if you can(?:'t|not) (?:handle|cope with|take) (?:the|this|it|that)\b",
        "can't cannot",
    ),
    (
        "role job team place",
        r"(?:isn't|is not|not) the (?:right )?(?:role|job|team|place) for you\b",
        "isn't not",
    ),
    # Sarcasm that passes for comment: "interesting choice, muting the alert".
    ("interesting bold", r"(?:interesting|bold) (?:choice|move|decision)\b"),
    ("bright", r"look on the bright side\b"),
    ("cheer chin", r"(?:cheer|chin) up\b"),
    ("world", r"not the end of the world\b"),
    ("overthinking", r"overthinking (?:it|this|things)\b"),
    ("serious", r"(?:it's|it is|this is|that's) not that serious\b"),
    (
        "upset worked emotional",
        r"(?:no need to|don't) (?:get|be) (?:so |all )?(?:upset|worked up|emotional)\b",
    ),
    ("dramatic negative childish", r"don't be (?:so )?(?:dramatic|negative|childish)\b"),
    ("let", r"just let it go\b", "just"),
    ("over", r"you'll get over it\b", "you'll"),
    ("forget", r"just forget about it\b"),
    # Sarcasm.
    ("finally", r"thanks for finally\b"),
    ("nice", r"nice of you to (?:finally |actually )?(?:show|join|turn|bother|grace)\b"),
    ("look", r"look who(?:'s| finally| decided)\b", "who who's"),
    ("surprise", r"what a surprise\b"),
    ("again", r"here we go again\b", "here"),
    ("course", r"of course you (?:did|didn't|forgot)\b"),
    ("sure", r"sure you (?:are|did|will|do)\b", "sure"),
    ("usual", r"(?:you\b[^.!?]{0,30}as usual|as usual,? you)\b"),
    ("another", r"(?:yet )?another (?:excuse|crisis|drama|sob story)\b"),
    # Confronting the person's choices.
    (
        "selfish stupid dumb irresponsible idea unacceptable childish pathetic",
        r"(?:that's|that is|that was|it's|it was) (?:really |so |pretty |very |just )?"
        r"(?:selfish|stupid|dumb|irresponsible|a (?:bad|terrible|stupid|dumb) idea|unacceptable"
        r"|childish|pathetic)\b",
        "that's that it's it was",
    ),
    (
        "worse yourself",
        r"you(?:'re| are) (?:only|just) (?:making (?:it|things) worse|hurting yourself)\b",
    ),
    (
        "responsibility ownership",
        r"you (?:need to|have to|should|must) take (?:some )?(?:responsibility|ownership)\b",
    ),
    ("problem", r"(?:a|your) you problem\b"),
    (
        "lazy immature unprofessional entitled",
        r"(?:that's|that is|it's|it is) (?:just |so |really |pretty )?(?:lazy|immature"
        r"|unprofessional|entitled)\b",
    ),
    (
        "better earlier sooner more properly harder",
        r"if you(?:'d| had) (?:just |only )?\w+(?:ed)? (?:\w+ )?(?:better|earlier|sooner|more"
        r"|properly|harder)\b",
        "if",
    ),
    # Blame and putting the person down, in the stock phrases people use.
    # ... but "you're the one who decides" hands them autonomy, and "you're the one who
    # spotted it" credits them.
    (
        "one",
        r"you(?:'re| are| were)(?: always)? the one (?:who|with)\b(?! (?:has to|have to|gets to"
        r"|decides?|knows?|can|will|makes?|should|needs? to|is in charge|chooses?|spotted"
        r"|caught|found|fixed|noticed|flagged|solved|figured|kept|held|built|saved|rescued"
        r"|stepped up|pulled|carried|raised)\b)",
    ),
    ("forced made", r"nobody (?:forced|made) you\b"),
    ("blame", r"(?:only )?(?:have|got) yourself to blame\b"),
    ("victim", r"(?:play|playing|plays) the victim\b"),
    ("victim", r"victim mentality\b"),
    ("sorry", r"(?:stop|quit) feeling sorry for yourself\b"),
    ("blaming", r"(?:stop|quit) blaming (?:everyone|everybody|others|other people)\b"),
    ("grip", r"get a grip\b"),
    ("yourself", r"(?:get over|pull) yourself(?: together)?\b", "get pull"),
    ("skin", r"(?:grow|need|get) (?:a )?thicker skin\b"),
    ("world", r"first[- ]world problems?\b"),
    (
        "sympathy attention validation",
        r"(?:looking|fishing|angling) for (?:sympathy|attention|validation)\b",
    ),
    # The same frames with a flaw: "that's selfish of you", "what a stupid thing to do".
    (
        _BAD_QUALITY,
        r"(?:that's|that is|that was|it's|it is|it was)" + _DEGREE + rf" (?:{_BAD_RE}) of you\b",
        "of",
    ),
    (
        _BAD_QUALITY,
        r"what a" + _DEGREE + rf" (?:{_BAD_RE}) (?:thing|move|way|decision|call|choice|step"
        r"|idea)\b",
        "what",
    ),
    (
        _BAD_QUALITY,
        r"you(?:'re| are| were| seem| sound|'ve been| have been| come across as)"
        + _DEGREE
        + rf" (?:{_BAD_RE})\b",
        "you're you were seem sound you've have come",
    ),
    # Verdicts by structure, not by a stock put-down: what the person knew or chose ("you knew
    # the risks"), a failing pinned on them as a pattern ("you keep missing deadlines") or as a
    # result ("you let the team down", "a mistake on your part"), a motive imputed ("you seem to
    # enjoy complaining"), a put-down conditional ("if you can't take the pressure, ..."). Each
    # starts at "you" (or the blamed noun) so the framing guards see a reporter ("he told you
    # that you dropped the ball"), a negation ("nobody says you messed up") or the speaker as
    # subject ("I let the team down") in front of it.
    (
        "knew",
        r"you knew (?:full well|better|the (?:risks?|deal|score|rules|deadline|stakes)"
        r"|what (?:you were (?:getting|signing)|the (?:job|deal|risks?|role) (?:was|were|involved))"
        r"|(?:this|that|it) (?:would|was going to)|it was coming)\b",
    ),
    (
        "wrong",
        r"you(?:'re| are| were|'d be| might be| may be)(?: (?:just|clearly|obviously|maybe"
        r"|probably|simply))? in the wrong (?:job|role|career|profession|line of work|industry"
        r"|team|place)\b",
        "in",
    ),
    (
        "handle take cope hack stand",
        r"if you (?:can't|cannot|can not|couldn't) (?:handle|take|cope with|hack|stand)\b"
        r"[^.!?]{0,60}?(?:wrong|not for you|isn't for you|leave|quit|elsewhere|the door)\b",
        "if",
    ),
    (
        "complaining whining moaning drama victim martyr attention miserable",
        r"you (?:\w+ ){0,3}?(?:enjoy|like|love) (?:being (?:the |a )?(?:victim|martyr|miserable)"
        r"|complaining|whining|moaning|(?:the )?drama|(?:the )?attention|playing the)\b",
        "enjoy like love",
    ),
    (
        "typical classic",
        r"(?:typical|classic) (?:of you|you\b|(?:\w+ )?(?:attitude|excuse|mentality|entitlement)"
        r"|millennial|boomer|gen z)",
    ),
    (
        "missing messing screwing dropping blaming complaining whining moaning mistakes excuses"
        " errors letting late",
        r"you (?:just |still )?keep (?:on )?(?:missing (?:the |your |our )?(?:\w+ )?(?:deadlines?"
        r"|meetings?|targets?|stand-?ups?|calls?)|messing up|screwing up|dropping the ball"
        r"|blaming (?:others|everyone|everybody|other people|me|us|the team)|complaining|whining"
        r"|moaning|making (?:the same )?(?:mistakes|excuses|errors)|letting (?:us|me|people"
        r"|the team|everyone|everybody) down|coming in late|showing up late|turning (?:\w+ )?in"
        r" late)\b",
        "keep keeps",
    ),
    (
        "down lurch hanging",
        r"you(?:'ve| have| really| totally| just)* (?:let|left) (?:the (?:whole )?team|us|me"
        r"|everyone|everybody|your (?:team|colleagues|clients?)|the clients?) (?:down|in the lurch"
        r"|hanging)\b",
        "let left",
    ),
    ("ball", r"you(?:'d| had|'ve| have| really| totally)? dropped the ball\b"),
    (
        "messed screwed mucked botched bungled blew",
        r"you(?:'ve| have| really| totally| kind of)? (?:messed|screwed|mucked|botched|bungled"
        r"|blew)(?: (?:this|that|it|things|the \w+)(?: one)?)?(?: up)?\b"
        r"(?<!blew)(?<!blew this)(?<!blew that)(?<!blew the)",
    ),
    (
        "part",
        r"(?:mistake|error|failure|oversight|lapse|misjudge?ment|carelessness|negligence"
        r"|sloppiness|poor (?:judge?ment|planning)|bad (?:judge?ment|call)) on your part\b",
        "your",
    ),
    ("making doing", r"(?:of|by) your own (?:making|doing)\b", "own"),
    ("people", r"you of all people\b", "all"),
    ("better", r"(?:should|ought to)(?: have)? know(?:n)? better\b", "know known"),
    ("better", r"you(?:'re| are) better than (?:this|that)\b", "than"),
    (
        "realistic reasonable fair professional honest serious team",
        r"you(?:'re| are)(?: just| simply| really)? not being (?:realistic|reasonable|fair"
        r"|professional|honest|serious|a team player)\b(?! (?:to|with|on) yourself)",
        "being",
    ),
    # Anchored at "you": "it's blowing things out of proportion" blames the news, not them.
    (
        "proportion",
        r"you(?:'re| are|'ve| have)?(?: just| really| totally)? (?:blow|blowing|blew|blown)"
        r" (?:[a-z']+ ){1,3}out of proportion\b",
    ),
    ("molehill molehills", r"mountains? out of (?:a )?molehills?\b"),
    ("teacup", r"storm in a teacup\b"),
    (
        "deal fuss drama scene",
        r"mak(?:e|es|ing) (?:a |such a |so much of a )?(?:big )?(?:deal|fuss|drama|scene)"
        r" (?:out of|about|over) (?:nothing|something so)\b",
    ),
    (
        "yourself",
        r"mak(?:e|es|ing) (?:everything|it all|it|this|that|every \w+)(?: all)? about yourself\b",
        "make makes making",
    ),
    ("yourself", r"only (?:ever )?(?:think|care)(?:s|ing)? (?:about|of|for) yourself\b", "only"),
    (
        "personal personally",
        r"(?:take|takes|taking) (?:everything|every \w+(?: of \w+)?|all feedback|any feedback"
        r"|criticism|feedback) (?:as (?:a |an )?personal (?:attack|insult|affront)"
        r"|(?:so |too )?personally)\b",
        "take takes taking",
    ),
    # Blame by cause or by missed chance: "you're the reason this is late", "you've had months
    # to sort this out", "that's what happens when you cut corners", "too quick to blame".
    (
        "reason cause bottleneck",
        r"you(?:'re| are| were) (?:the (?:reason|cause|bottleneck)|why) (?:this|that|it|we|the"
        r" \w+|things|everything|nothing)\b",
        "you're are were",
    ),
    (
        "months weeks years ages plenty enough every",
        r"you(?:'ve| have|'d| had) (?:had )?(?:months|weeks|years|ages|plenty of time|enough time"
        r"|every (?:chance|opportunity)) to\b",
        "had",
    ),
    ("happens", r"(?:that's|that is|this is) what happens when you\b"),
    (
        "quick fast eager ready keen",
        r"you(?:'re| are| were)(?: always| just| a bit| far| way| much)? too (?:quick|fast|eager"
        r"|ready|keen) to (?:blame|judge|complain|criticise|criticize|give up|dismiss|point)\b",
        "too",
    ),
    # Reproach by a warning already given ("you were warned", "you've been told three times"),
    # by an expectation the person fell short of ("I'd have expected more"), and by an
    # unfavourable comparison with peers ("everyone else managed", "nobody else needs this
    # much"). A bare "you were told" reports; only a repeated telling reproaches.
    ("warned", r"you(?:'ve| have| had)? (?:been|were) warned\b"),
    (
        "twice times repeatedly already once again",
        r"you(?:'ve| have| had)? (?:been|were) (?:reminded|told|asked)\b[^.!?]{0,40}?\b(?:twice"
        r"|(?:three|four|five|several|multiple|many|so many) times|repeatedly|more than once"
        r"|again and again|already)\b",
        "reminded told asked",
    ),
    (
        "expect expected",
        r"i(?:'d| would)(?: have)? expect(?:ed)? (?:a lot |much |far )?(?:more|better)\b"
        r"(?! (?:rest|time|sleep|support)\b)",
    ),
    (
        "else others rest",
        r"(?:every(?:one|body) else|the others|the rest of (?:the|your) team|(?:nobody|no one)"
        r" else)(?: on (?:the|your) team)? (?:managed|manages|hit|met|made|finished|delivered"
        r"|coped|handled|got (?:their|it|theirs)|seems? to (?:manage|cope)|needs? (?:this|that"
        r"|so) much)\b",
        "managed manages hit met made finished delivered coped handled got seem seems need needs",
    ),
    ("blame", r"(?:nobody|no one) (?:else )?to blame (?:but|except|other than) yourself\b"),
    # Reproach in the forms of written replies: blame handed back ("you only have yourself to
    # thank", "you bring a lot of this on yourself", "you can't keep blaming the tools" -- not
    # "you can't blame yourself", which reassures), a promise broken, disbelief ("you're not as
    # busy as you make out"), a peer's standard ("I'd expect a senior engineer to handle
    # this", not "I'd expect anyone to be shaken"), and the stock put-downs ("you had one job",
    # "a bit rich coming from you", "and not in a good way").
    ("thank blame", r"(?:only|just) (?:have|got) yourself to (?:thank|blame)\b"),
    (
        "bring brought",
        r"you (?:bring|brought) (?:a lot of |most of |all of |much of )?(?:this|it"
        r"|that) on yourself\b",
    ),
    (
        "blaming blame",
        r"you can(?:'t|not) (?:keep |just |always )?(?:blaming|blame) (?!yourself\b)\w+",
        "can't cannot",
    ),
    (
        "broke",
        r"(?:made|gave) (?:\w+ ){0,3}?(?:a|the|your) (?:promise|commitment)[^.!?]{0,40}? and"
        r" broke it\b",
    ),
    (
        "make claim",
        r"(?:not|n't) (?:as|that|so) (?:busy|stretched|overloaded|stressed|tired|swamped)"
        r" (?:as|like) you (?:make (?:out|it sound|it look)|claim)\b",
    ),
    (
        "expect",
        r"i(?:'d| would) expect (?:a|an|someone (?:with|in|at)|somebody (?:with|in|at))"
        r" [^.!?]{0,40}?\bto (?:handle|manage|know|cope with|deal with|deliver|sort|fix|own|get)\b",
    ),
    ("job", r"you had one job\b", "had"),
    # Acting in bad faith named: "you act like the rules don't apply to you", "you had all the
    # information and still chose to ignore it", "so you just decided not to tell anyone?",
    # "you just don't seem to care any more"; a warning given before: "we talked about this
    # exact problem last quarter"; effort found wanting: "a bit of effort would go a long way".
    ("act acting", r"you(?:'re)? (?:act|acting) (?:like|as if|as though)\b"),
    ("chose", r"(?:still|just) chose to (?:ignore|skip|leave|bury|sit on)\b"),
    ("decided", r"you (?:just|simply) decided (?:not )?to\b"),
    (
        "care",
        r"(?:don't|do not|no longer) (?:seem to |even )?care (?:anymore|any more|at all)\b",
    ),
    (
        "talked spoke discussed",
        r"we(?:'ve| have)? (?:talked|spoke|spoken|discussed) (?:about )?(?:this|that)"
        r" (?:exact |same |very )?(?:problem|issue|thing|point)? ?(?:last|before|already|in)\b",
        "we we've",
    ),
    (
        "effort care attention",
        r"(?:a (?:bit|little) (?:of |more )?|some |more )(?:effort|care|attention|focus) would go"
        r" a long way\b",
    ),
    ("rich", r"(?:a bit |pretty |rather )?rich coming from you\b"),
    ("way", r"and not in a good way\b"),
    (
        "deserves deserve",
        r"(?:your|the) \w+ deserves? (?:a )?(?:much )?better \w+ than (?:this|that|you)\b",
    ),
    # Reproach by a reminder the speaker gave: "I've told you three times", "we've been over
    # this". Telling once informs; the count or "already" makes it a reproach.
    (
        "told asked reminded warned explained shown",
        r"(?:i|we)(?:'ve| have)? (?:already (?:told|asked|reminded|warned|explained(?: to)?"
        r"|shown) you\b|(?:told|asked|reminded|warned|explained(?: to)?|shown) you\b[^.!?]{0,40}?"
        r"\b(?:twice|(?:three|four|five|several|multiple|many|so many|a (?:dozen|hundred"
        r"|million)) times|repeatedly|more than once|again and again|already)\b)",
        "twice times repeatedly once again already",
    ),
    ("over", r"we(?:'ve| have) (?:been|gone) (?:over|through) (?:this|that)\b", "we've have"),
    # The count of a repeated lapse: "that's the third time this month".
    (
        "second third fourth fifth sixth umpteenth nth",
        r"(?:that's|that is|this is|it's|it is)(?: now)? the (?:second|third|fourth|fifth|sixth"
        r"|umpteenth|nth) (?:time(?: (?:this|that) (?:week|month|sprint|quarter|year)| in a row"
        r"| today| running|\W*$)|missed|late|failed|broken|botched)",
    ),
    # A verdict on their act: "that was a bit unprofessional" (not "that's unfair", sympathy).
    (
        _BAD_QUALITY,
        r"(?:that's|that is|that was|it was|this is)"
        + _DEGREE
        + r" (?:"
        + "|".join(w for w in _BAD_QUALITY.split() if w not in ("unfair", "mean"))
        + r")\b(?! (?:of|for|to) (?:him|her|them|the|your|my)\b)",
        "that's that it was this is",
    ),
    (
        "slack pieces tidy tidying clean cleaning",
        r"(?:clean|cleaning|tidy|tidying|pick|picking) up (?:after you|the (?:slack|pieces)"
        r" (?:for|after) you)\b",
    ),
    (
        "cut",
        r"(?:some people|not everyone|not everybody) (?:just |simply )?(?:isn't|aren't|is not"
        r"|are not) cut out for\b",
    ),
    # Peers held up against the person: "some of us manage without the theatrics".
    (
        "us",
        r"(?:some|the rest) of us (?:still |somehow |actually )?(?:manage|managed|cope|coped"
        r"|get|got|have to|had to|seem to|can|do|did|hit|meet|met|make|made)\b",
        "some rest",
    ),
    (
        "drama theatrics fuss whining complaining moaning excuses tantrums",
        r"without (?:the|any|all (?:the|this|that)|so much|such) (?:drama|theatrics|fuss|whining"
        r"|complaining|moaning|excuses|tantrums)\b",
        "without",
    ),
    # Insinuation: "funny how it only ever happens on your shifts".
    (
        "funny interesting strange odd curious amazing",
        r"(?:funny|interesting|strange|odd|curious|amazing) (?:how|that)\b[^.!?]{0,60}?"
        r"\b(?:only|always|never|every time|whenever)\b",
        "how that",
    ),
    # Blame handed back: "that's what you get for ...", "serves you right", "you asked for it".
    ("get", r"(?:that's|that is|this is) what you get (?:for|when)\b", "what"),
    ("serves", r"serves you right\b"),
    # A preface that announces criticism: "no offence, but ...", "with respect, that's on you".
    (
        "offence offense respect rude harsh",
        r"(?:no offen[cs]e|with (?:all due |the greatest )?respect(?! (?:to|for|of)\b)"
        r"|don't take this the wrong way"
        r"|not to be (?:rude|harsh|mean))\b,?(?: but)?",
    ),
    ("wrong", r"don't take this the wrong way\b", "take"),
    # "Even" in a yes/no question to them: "were you even there?", "did you even try?".
    (
        "even",
        r"(?:are|were|did|do|have|had|can|could|would) you (?:actually |really )?even\b"
        r"(?! (?:more|less|better|worse)\b)",
        "are were did do have had can could would",
    ),
    # Not "glad that you asked for it" or "you asked for it straight out" (a request praised).
    (
        "asked",
        r"(?<!that )you asked for (?:it|this|that)\b(?! (?:straight|directly|openly|out"
        r"|clearly|yourself|in writing)\b)",
    ),
    # Sarcasm: an agreeing opener turned round by "because": "oh sure, because ...".
    (
        "because cause 'cause since",
        r"(?:oh|yeah|ah) (?:sure|right|of course|great)\W+(?:because|cause|'cause|since)\b",
        "oh yeah ah",
    ),
    (
        "fault",
        r"(?:everyone|everybody|someone|somebody|anyone|anybody) else's (?:fault|problem)\b",
        "else's",
    ),
    # An accusing question: "so you thought it was fine to just leave?".
    (
        "thought figured decided assumed",
        r"you (?:just |honestly |really )?(?:thought|figured|decided|assumed)(?: that)?"
        r" (?:it was|it'd be|it would be) (?:fine|okay|ok|alright|acceptable) to\b",
        "fine okay ok alright acceptable",
    ),
    (
        "weight",
        r"(?:don't|do not|not|never|aren't|isn't) (?:really |even |exactly )?pull(?:ing)? your"
        r" (?:own )?weight\b",
    ),
    (
        "child kid baby toddler teenager brat diva age",
        r"(?:acting|behaving|act|behave) (?:like (?:a |an )?(?:child|kid|baby|toddler|teenager"
        r"|brat|diva)|your age)\b",
        "acting behaving act behave",
    ),
)

# Kindness to themselves, asked of them ("Don't blame yourself", "Go easy on yourself", "Give
# yourself a break"): sympathy in the imperative mood, not a fix. Read by _SYMPATHY, and by
# the detector, which then gives no advice for it.
_KIND_TO_SELF_GIVEN = r"a break|some credit|credit|some grace|grace"
_KIND_TO_SELF = (
    r"(?:(?:don't|do not|try not to) (?:blame|beat) yourself|(?:don't|do not|try not to) be"
    r" (?:so |too )?hard on yourself|go easy on yourself|be (?:kind|gentle) (?:to|with)"
    r" yourself|give yourself (?:" + _KIND_TO_SELF_GIVEN + r"))"
)

_ADVICE = _Phrases(
    (
        "should",
        r"you (?:just |really |probably |definitely )?should\b"
        r"(?!n't have| have|'ve| (?:be|feel) (?:really |very )?(?:proud|pleased))",
    ),
    ("ought", r"you ought to\b"),
    ("owe", r"you owe it to yourself to\b"),
    # "Next time, just start earlier": an instruction for the future.
    (
        "time",
        r"next time,? (?:just |maybe |perhaps |try (?:and |to )?|please )?(?:start|try|ask|plan"
        r"|check|tell|let|flag|send|give|make|get|book|call|email|raise|speak|talk|build|leave"
        r"|allow|set|loop|copy|escalate|block|push|chase|reach out)\b",
        "next",
    ),
    (
        "find",
        r"you (?:might|may|could) (?:also )?find (?:that |it )?(?:\w+ ){0,5}(?:helps|helpful|useful"
        r"|easier|works|worth)\b",
        "might may could",
    ),
    (
        "better",
        r"you(?:'d| would|'re| are)(?: probably| definitely)?(?: be)?(?: much| far)? better off\b",
        "off",
    ),
    ("need", r"you (?:just |really |probably |definitely )?need to\b"),
    # "You need a proper holiday": a remedy prescribed, the noun form of "you need to rest".
    (
        "need",
        r"you (?:just |really |probably |definitely )?need (?:a|an|some|more) (?:\w+ )?(?:break"
        r"|rest|holiday|vacation|time off|day off|sleep|help|boundaries|therapist|doctor|coach"
        r"|plan|change)\b",
    ),
    ("have", r"you (?:just |really |probably |definitely )?have to\b", "you"),
    # "You must be exhausted" infers a feeling; "you must call HR" orders.
    ("must", r"you must\b(?! (?:be|feel|have been|have felt|'ve been|have had|'ve had)\b)"),
    (
        "bet option move step port course",
        r"your (?:best|safest|first|only|next|easiest) (?:bet|option|move|step|port of call"
        r"|course of action) (?:is|would be|should be|might be|could be)\b",
        "your",
    ),
    (
        "first important",
        r"your (?:mental |physical )?(?:health|wellbeing|well-being|safety|sleep|recovery)"
        r" (?:(?:has to |must |should |needs to |has got to |comes? )(?:come )?first"
        r"|(?:is|has to be|should be) (?:more important|worth more) than)\b",
        "health wellbeing well-being safety sleep recovery",
    ),
    ("might may", r"you (?:might|may) want to\b"),
    ("could", r"you could (?:try|always|just|maybe|perhaps|start|ask|talk)\b"),
    ("why", r"why don't you\b"),
    (
        "why",
        r"why not (?:just )?(?:try|ask|take|talk|go|do|give|start|use|have|get|make|let"
        r"|put|send|call|book|delegate|set|block|move|push|drop)\b",
    ),
    ("tried considered", r"have you (?:tried|considered)\b"),
    ("thought", r"have you thought about \w+ing\b"),
    ("suggestion", r"my suggestion\b"),
    ("suggestion", r"one suggestion\b"),
    (
        "suggest recommend advise",
        r"i(?:'d| would)?(?: (?:really|strongly|highly|definitely|honestly|just|probably))*"
        r"(?: like to)? (?:suggest|recommend|advise)\b",
    ),
    # Their own remedy in the team's voice: "we strongly recommend that you use the patch" (not
    # "we recommend that people...", which is information about a guideline).
    (
        "recommend suggest advise",
        r"we(?:'d| would)?(?: (?:really|strongly|highly|definitely|always))* (?:recommend|suggest"
        r"|advise)(?: that)? you\b",
    ),
    # "If I were you I'd be angry" validates; "if I were you I'd talk to HR" advises.
    (
        "were was",
        r"if (?:i were you|i was you|it were me|it was me|i were in your (?:shoes|position|place)"
        r"|i was in your (?:shoes|position|place))\b"
        r"(?!,? i(?:'d| would) (?:be|feel|want to know)\b)",
        "if",
    ),
    ("move step port", r"(?:would be|is) my (?:first|next) (?:move|step|port of call)\b", "my"),
    ("do", r"what you (?:could|should|need to) do is\b", "what"),
    # The remedy named as the way: "the trick is to batch your emails", "best to flag it
    # early", "a good move would be to ask for more time", "it'd be smart to get it in writing".
    (
        "trick key secret best",
        r"(?:(?:^|the )(?:trick|key|secret) (?:is|would be) to|(?:^|it's |it is |it'd be |it would"
        r" be )best to) (?!be\b|feel\b)\w+",
        "to",
    ),
    (
        "good smart better best sensible wise",
        r"(?:a|the|your) (?:good|smart|better|best|sensible|wise) (?:move|idea|option|step|plan)"
        r" (?:would be|is|might be|could be) to\b",
        "move idea option step plan",
    ),
    (
        "idea move",
        r"(?:it's|it is) (?:a |probably a |really a )?(?:good|smart|wise|sensible|great)"
        r" (?:idea|move) (?:for you )?to\b",
    ),
    (
        "smart wise sensible good better",
        r"it(?:'d| would) be (?:smart|wise|sensible|good|better|a good idea) to\b"
        r"(?! (?:know|hear|see|understand|learn|get a sense)\b)",
        "it'd would",
    ),
    # A suggestion put as a question: "what if you blocked out your mornings?" (not "what if you
    # were right?", which wonders).
    (
        "what",
        r"what if you (?!were\b|are\b|had\b|could\b|did\b|didn't\b|don't\b|can't\b|felt\b"
        r"|feel\b|thought\b|think\b)\w+",
        "if",
    ),
    (
        "help good worth better wise",
        r"it (?:might|would|could|may) (?:help|be (?:good|worth|better|wise)) (?:to|if you)\b"
        # "It would be good to hear what you think" is the speaker's wish, not a remedy.
        r"(?! (?:know|hear|see|understand|learn|get a sense)\b)",
        "it",
    ),
    (
        "help good worth better wise",
        r"^(?:might|would|could|may) (?:help|be (?:good|worth|better|wise)) (?:to|if you)\b",
        "might would could may",
    ),
    ("think", r"i think you (?:should|need to|could)\b"),
    ("best easiest trick", r"the (?:best|easiest|trick) (?:thing|way) (?:is|would be) to\b"),
    ("sure", r"make sure you\b"),
    ("forget", r"don't forget to\b"),
    # Advice in other frames: "I think we should...", "I want you to...", "I hope you'll
    # consider...", "you're going to need to...", "a good option would be...".
    ("should need", r"i think (?:that )?we (?:should|need to)\b", "think"),
    ("want like", r"i(?:'d| would)? (?:really )?(?:want|like) you to\b", "you"),
    ("wish", r"i (?:just )?wish you(?:'d| would)\b"),
    (
        "consider listen think reconsider",
        r"i (?:really )?hope (?:that )?you(?:'ll| will)? (?:really )?(?:consider|listen|think about"
        r"|reconsider)\b",
    ),
    ("need", r"you(?:'re| are) (?:going to|gonna) (?:have to|need to)\b", "going gonna"),
    ("need have", r"you(?:'ll| will) (?:need|have) to\b", "you'll will"),
    ("need needs", r"needs? to be (?:done|addressed|dealt with|fixed|sorted|a priority)\b"),
    (
        "option idea thing",
        r"(?:a|one|the) (?:good|better|best|great) (?:option|idea|thing to do) (?:would be|is|might"
        r" be)\b",
        "would is might",
    ),
    ("idea", r"(?:not|wouldn't be) a bad idea\b"),
    (
        "important",
        r"(?:it's|it is|that's|that is) (?:really |very |so |quite )?important (?:that you|for you"
        r" to|to (?!you\b|me\b|him\b|her\b|them\b|us\b)\w+)",
        "it's it that's that",
    ),
    ("encourage urge", r"i(?:'d| would)? (?:really |strongly )?(?:encourage|urge) you to\b"),
    (
        "advice recommendation",
        r"my (?:advice|recommendation|two cents|tip)(?: to you)?(?: is| would be|:)\b",
    ),
    ("recommend", r"i (?:really |strongly )?recommend\b"),
    # An order as the speaker's need: "I need you on every call from Monday", "I expect you to
    # be there" -- not a request to hear them ("I need you to tell me what's going on").
    (
        "need expect",
        r"i (?:really |just |do |will )?(?:need|expect) you (?:to (?!tell\b|talk\b|know\b|hear\b"
        r"|share\b|understand\b|feel\b|be honest\b|let me\b|take care\b|look after\b|rest\b)"
        r"|on\b|at\b|in\b|back\b|there\b)",
        "you",
    ),
    # Remedies offered as a topic: "one thing that might help is...", "another option would be".
    (
        "suggest recommend advise",
        r"what i(?:(?:'d| would)(?: like to)? (?:suggest|recommend|advise)\b| (?:suggest|recommend"
        # Without "I'd", only as the subject of "is": "what I suggest matters less" is no advice.
        r"|advise) (?:is|would be)\b)",
        "what",
    ),
    (
        "help",
        r"(?:(?<!the )(?:one|another|the other) (?:thing|something)(?: that)? (?:might|could|may"
        r"|would|can) help (?:is|would be|might be)"
        r"|something that (?:might|could|may|would|can) help (?:is|would be))\b",
        "thing something",
    ),
    (
        "option options alternative",
        r"(?:another|one|the other|an|a good|one good) (?:option|alternative)(?: for you)?"
        r" (?:would be|is|might be|could be)\b",
    ),
    (
        "help helpful useful worth",
        r"(?:maybe|perhaps) (?:\w+ing|a|an|some|getting|taking)\b[^.!?]{0,40}\b(?:would|could"
        r"|might|may) (?:help|be (?:good|worth|useful|helpful|a good idea))\b",
        "maybe perhaps",
    ),
    (
        "could should might can",
        r"(?:maybe|perhaps) you (?:could|should|might|can) (?!be\b|have\b|feel\b|think\b)\w+",
        "maybe perhaps",
    ),
    (
        "helpful useful idea worth worthwhile",
        r"it (?:might|would|could|may) be (?:a good idea|helpful|useful|worth it|worthwhile"
        r"|worth \w+ing)\b",
        "it",
    ),
    ("worth", r"(?:it's|it is) (?:always )?worth (?:\w+ing|a try|a shot)\b"),
    ("might", r"you might (?:consider|try|think about|look into|want to)\b"),
    ("shouldn't", r"you (?:really |probably |just )?shouldn't\b(?! have)"),
    ("shoes", r"in your shoes,? i(?:'d| would)\b(?! (?:be|feel|want to know)\b)"),
    ("about", r"how about (?:you |we )?\w+ing\b", "how"),
    ("if", r"what if you (?:tried|try|talked|asked|took|spoke|went|just)\b", "what"),
    (
        "best",
        r"(?:the )?best (?:thing|way) (?:you can do|to do|forward|to handle (?:it|this))"
        r" (?:is|would be)\b",
    ),
    (
        "best important idea worth",
        r"i think (?:it(?:'s| is| would be|'d be) )?(?:best|important|a good idea|worth)"
        r" (?:to|if you|that you)\b",
        "think",
    ),
    ("afraid", r"don't be afraid to\b"),
    # A remedy as the subject of a hedged prediction: "a short walk might clear your head".
    (
        "help good difference head worth useful helpful idea",
        r"(?:^|maybe |perhaps |[,;:] )(?:a|an|some) (?:[\w'-]+ ){1,5}?"
        r"(?:might|could|would|may|will) (?:really |probably"
        r" |definitely |also )?(?:help|do you (?:a (?:lot|world) of |some )?good|clear your head"
        r"|make (?:a|all the) (?:big |real )?difference|be (?:good for you|worth it|useful|helpful"
        r"|a good idea))\b",
        "might could would may will",
    ),
    # "Worth asking for ...", opening a sentence or clause.
    (
        "worth",
        r"(?:(?<=^)|(?<=[.!?,;] ))(?:(?:probably|definitely|maybe|perhaps|might be|could be"
        r"|would be|always|really|so) )?worth (?:\w+ing|a (?:try|shot|go|look))\b",
    ),
    (
        "yourself",
        # ("Give yourself a break" lifts blame: sympathy, see _SYMPATHY.)
        r"give yourself (?!(?:" + _KIND_TO_SELF_GIVEN + r")\b)(?:a |some |time|permission|space)",
        "give",
    ),
    (
        "idea good best better wise helpful worth",
        r"(?:would|could|might) be (?:a good idea|good|best|better|wise|helpful|worth it)"
        # "It would be good to hear what you think" is the speaker's wish, not a remedy.
        r" (?:if you|for you to|to(?! (?:know|hear|see|understand|learn|get a sense)\b))\b",
        "would could might",
    ),
    (
        "help",
        r"i think \w+ing\b[^.!?]{0,60}\b(?:would|could|will|might) (?:really )?help\b",
        "think",
    ),
    # "Best thing is to get some sleep", "your best bet is to ask Elaine": the remedy named as
    # the best one; "let's have you hand the on-call to Kevin": a plan made for them.
    (
        "best",
        r"(?:the |your )?best (?:thing|bet|move|plan|option)(?: (?:for you|right now|now|here))?"
        r" (?:is|would be|'s) to\b",
        "thing bet move plan option",
    ),
    ("have", r"let's have you\b", "let's"),
    ("start begin", r"i(?:'d| would) (?:probably |definitely )?(?:start|begin) (?:by|with)\b"),
    ("do", r"what i(?:'d| would) do is\b", "what"),
    (
        "talk speak go get look write quit leave push email send call",
        r"i(?:'d| would) (?:probably |definitely |honestly )?(?:just )?(?:talk to|speak to|go to"
        r"|get|look for|write|quit|leave|push back|email|send|call(?! (?:that|it|this|them)\b))\b",
        "i'd would",
    ),
)
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
        "do": r"do (?:it|the)\b",
        "find": r"find (?:a|an|some|someone|another|out)\b",
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
        "be": r"be (?:honest|kind|clear|patient|gentle|careful|upfront)\b",
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

# Sympathy and validation: caring about what the person is going through without restating it.
# Pacing: time or room given to answer ("no rush", "take your time", "I won't push"), kind and
# about nothing they said. Part of _SYMPATHY; the employee's engine reads :data:`PACING` to tell
# room given from kindness for what they said.
_PACING_ENTRIES: tuple[tuple[str, ...], ...] = (
    ("rush hurry pressure", r"(?:there's )?no (?:rush|hurry|pressure)\b"),
    ("ready", r"whenever you(?:'re| are) ready\b"),
    ("own", r"in your own time\b"),
    (
        "time long minute minutes moment sec secs seconds",
        r"take (?:your (?:time|minute|moment|sec)|(?:all|whatever|as much|any) (?:the )?(?:time"
        r"|minutes|secs|seconds) you need|as long as you need)\b",
        "take",
    ),
    # "Whenever you want to, I'll make the time", but not "whenever you want to escalate".
    (
        "whenever",
        r"whenever you (?:want|wish|like|feel ready|feel like it)(?: to)?(?=\s*(?:[,.;!?]|$))",
    ),
    (
        "push pressure rush force",
        r"i (?:won't|will not|'m not going to|am not going to|don't want to|do not want to)"
        r" (?:push|pressure you|rush you|force (?:it|you))\b",
    ),
    # "You don't have to have it today": leave not to answer yet.
    (
        "have",
        r"you (?:don't|do not) have to (?:have|talk about|get into|go into|tell me|say|share"
        r"|answer|discuss)\b[^.?!]{0,30}?\b(?:today|now|yet|until you're ready|if you don't want"
        r" to|if you'd rather not)\b",
        "today now yet ready rather",
    ),
)
PACING = re.compile("|".join(f"(?:{entry[1]})" for entry in _PACING_ENTRIES))
"""Any pacing phrase (see :data:`_PACING_ENTRIES`), searched in a sympathy cue."""


_SYMPATHY = _Phrases(
    # Safety made explicit: "you can tell me the hard version; I won't hold it against you",
    # "there's no wrong answer here", "this stays between us".
    (
        "hold",
        r"i (?:won't|will not|wouldn't|would never|'ll never|will never) hold (?:it|that|this"
        r"|anything|any of (?:it|this|that)) against you\b",
    ),
    ("wrong", r"there(?:'s| is| are) no wrong answers?\b"),
    ("stays stay", r"(?:this|it|that|everything) (?:stays|will stay|'ll stay) between us\b"),
    (
        "sorry",
        r"(?:i'm|i am) (?:so |really |very |truly |just )?sorry\b"
        r"(?!,? (?:but|i|what|could|can|did|do|say|come again|go on|to (?:interrupt|bother|cut)"
        r"|for (?:the|my|being|interrupting|asking|cutting))\b)",
    ),
    ("sorry", r"so sorry\b"),
    (
        "awful terrible horrible rough brutal tough hard difficult scary painful exhausting"
        " draining frustrating stressful overwhelming lonely heartbreaking upsetting isolating"
        " shocking hurtful unsettling",
        r"(?:that|this|it) (?:sounds|must be|must have been|must feel|sounds like it was"
        r"|sounds like)(?: an?)?(?: (?:really|so|very|incredibly|just|absolutely|pretty))*"
        r" (?:awful|terrible|horrible"
        r"|rough|brutal|tough|hard|difficult|scary|painful|exhausting|draining|frustrating"
        r"|stressful|overwhelming|lonely|heartbreaking|upsetting|isolating|shocking|hurtful"
        r"|unsettling)\b",
        "sounds must",
    ),
    (
        "telling sharing",
        r"thank(?:s| you)(?: so much| very much)? for (?:telling|sharing|being (?:honest|open))\b",
    ),
    # Self-kindness and exoneration: "don't blame yourself", "go easy on yourself", "you can't
    # blame yourself for this", "you didn't do anything wrong", "you didn't cause this", "I'd
    # expect anyone to be shaken". Said to lift blame, not to tell them what to do.
    (
        "yourself",
        r"(?:" + _KIND_TO_SELF + r"|you can(?:'t|not) blame yourself)\b",
    ),
    (
        "wrong cause caused",
        r"you (?:(?:didn't|did not) (?:do anything wrong|cause (?:this|that|it|the \w+))"
        r"|did nothing wrong)\b",
        "you",
    ),
    (
        "anyone anybody",
        r"i(?:'d| would) expect (?:anyone|anybody|most people) to (?:be|feel)\b",
        "expect",
    ),
    (
        "nightmare mess ordeal",
        r"what (?:a|an) (?:absolute |total |complete )?(?:nightmare|mess"
        r"|ordeal)\b(?= *(?:[.!]|$))",
        "what",
    ),
    (
        "thinks",
        r"(?:nobody|no one) (?:here )?thinks (?:you're|you are|you were) \w+",
    ),
    # "I'm glad you told me" thanks them for telling, as "thank you for telling me" does.
    (
        "glad",
        r"i(?:'m| am) (?:so |really |very |just |genuinely )?glad (?:that )?you (?:told|shared"
        r"|said|mentioned|felt able to|could tell|opened up|trusted me)\b",
    ),
    (
        "appreciate",
        r"i (?:really |truly |genuinely |do )?appreciate you (?:telling|sharing|saying|letting"
        r" me know)\b",
    ),
    (
        "sense",
        r"(?:it )?makes (?:total |complete |a lot of |perfect )?sense (?:that )?"
        r"you(?:'d|'re| would| are| feel)\b",
        "makes",
    ),
    (
        "understandable",
        r"(?:that's|that is|it's|it is) (?:completely |totally |so |very )?understandable\b",
    ),
    # Validation in the everyday wording: "I know this is hard", "I know how tough it's been",
    # "it's a lot, I know" (not "I know it's hard, but ...", a yes-but: judgment).
    (
        "know",
        r"(?:i know (?:that )?(?:this|it|that|things|all this|all of this)(?:'s| is| has been"
        r"|'s been| must be| can be| was| will be)(?: (?:really|so|very|pretty|a bit|incredibly"
        r"|such))* |i know how (?:really |so )?)(?:hard|tough|difficult|a lot|rough|frustrating"
        r"|disappointing|stressful|painful|exhausting|a big adjustment|an adjustment|a juggle"
        r"|not easy|no fun|horrible|awful|upsetting|scary|lonely|draining|an? (?:tough|hard|rough"
        r"|long|difficult|horrible|awful|stressful) (?:week|time|few weeks|month|year|day|stretch"
        r"|few days|couple of weeks))\b(?!,? but\b)",
    ),
    (
        "know",
        r"(?:it's|that's|this is|it has been|it's been) (?:a lot|a juggle|hard|tough|not easy"
        r"|a big adjustment|an adjustment|rough)(?: on you)?,? i know\b",
    ),
    ("wonder", r"no wonder you\b", "no"),
    ("fault", r"(?:not|isn't|wasn't|none of (?:this|it) is|none of (?:this|it) was) your fault\b"),
    ("alone", r"you(?:'re| are) not alone\b"),
    ("here", r"i(?:'m| am) (?:always )?here (?:for you|if you need)\b"),
    ("imagine", r"i can(?:'t|not| not)? (?:only |even )?imagine (?:how|what)\b"),
    ("heart", r"my heart goes out\b"),
    (
        "tough hard rough difficult awful terrible horrible stressful painful rotten crappy"
        " lousy miserable cruel nasty horrid shitty",
        r"what a (?:tough|hard|rough|difficult|awful|terrible|horrible|stressful|painful|rotten"
        r"|crappy|lousy|miserable|cruel|nasty|horrid|shitty) (?:situation|spot|time|week|year|day"
        r"|position|place|thing to (?:happen|go through|deal with)|break|luck|start|way to)\b",
        "what",
    ),
    ("feel", r"i (?:really |truly |do |honestly |so )?feel for you\b", "for"),
    (
        "awful terrible horrible rough tough heartbreaking unfair sucks",
        r"(?:that's|that is|that) (?:so |really |just )?(?:awful|terrible|horrible|rough|tough"
        r"|heartbreaking|unfair|sucks)\b",
        "that's that",
    ),
    (
        "course",
        r"of course you(?:'re| are| feel| felt|'d be|'d feel| would be| would feel) (?:so |really"
        r" |a bit |feeling )?(?:upset|angry|hurt|frustrated|annoyed|scared|worried|anxious"
        r"|exhausted|tired|sad|nervous|stressed|overwhelmed|disappointed|gutted|furious|mad)\b",
    ),
    (
        "anyone anybody",
        r"(?:anyone|anybody)(?: in your (?:shoes|position|place|situation))? would (?:be|feel"
        r"|struggle|find (?:it|that|this) (?:hard|tough|difficult)|have found|want|need)\b",
    ),
    ("every", r"(?:you've|you have) every right to (?:be|feel)\b", "right"),
    # Their feeling judged fair: "you're right to be annoyed" (a right deed is recognition).
    (
        "right",
        r"you(?:'re| are| were)(?: (?:absolutely|totally|completely|dead|so|quite))? right to"
        r" (?:be|feel)\b",
        "be feel",
    ),
    (
        "normal natural valid",
        r"(?:that's|it's|it is|that is) (?:completely |totally |perfectly )?(?:normal|natural"
        r"|valid) to feel\b",
        "feel",
    ),
    (
        "feel",
        r"(?:that's|it's|it is|that is) (?:completely |totally |perfectly )?(?:okay|ok) to feel\b",
        "okay ok",
    ),
    ("valid", r"your feelings are valid\b"),
    # The weight of it acknowledged: "that's a lot to carry", "it's so much to deal with".
    (
        "lot much",
        # Not the speaker's own load ("I've got a lot to deal with"): "have / got" refused.
        r"(?<!have )(?<!got )(?<!had )(?:a lot|much) to (?:carry|deal with|handle|take in"
        r"|go through|manage|process|juggle|hold|cope with|take on|have on your plate)\b",
        "carry deal handle take go manage process juggle hold cope",
    ),
    # The way it happened: "that's a horrible way to find out"; an interjection before the
    # weight of it: "oof, that's a lot", "ugh, that's so frustrating"; a fear named as
    # theirs to have had: "that must have been frightening"; their reaction shared: "I'd be
    # rattled too". ("Thank you for trusting me" stays recognition: it credits an act.)
    (
        "horrible awful terrible rough cruel brutal",
        r"(?:that's|that is|that was|what) (?:a |an |such a )?(?:really |so |pretty )?(?:horrible"
        r"|awful|terrible|rough|cruel|brutal) way to (?:find out|hear|learn|start|end|be told)\b",
        "way",
    ),
    (
        "oof ugh ouch argh",
        r"(?:oof|ugh|ouch|argh)\W+(?:that's|that is|that sounds|that must be|what a)\b",
    ),
    (
        "frightening terrifying worrying unnerving harrowing",
        r"(?:that|this|it) (?:sounds|must be|must have been|must feel)(?: (?:really|so|very"
        r"|incredibly|pretty|absolutely))* (?:frightening|terrifying|worrying|unnerving"
        r"|harrowing)\b",
    ),
    (
        "too",
        r"i(?:'d| would) (?:be|feel|have been|have felt)(?: (?:really|pretty|so|a bit))? \w+"
        r" too\b",
        "i'd would",
    ),
    # Feeling for them: "I'm gutted for you", "I'm so sad for you".
    (
        "gutted sad heartbroken devastated upset angry furious mad",
        r"i(?:'m| am|'d be| feel)(?: (?:so|really|truly|just|absolutely|honestly))* (?:gutted"
        r"|sad|heartbroken|devastated|upset|angry|furious|mad) (?:for|on behalf of) you\b",
        "for behalf",
    ),
    (
        "sending hugs",
        r"(?:sending (?:you )?(?:hugs|love|strength|good vibes|positive thoughts)|big hugs)\b",
    ),
    ("imagine", r"i can only imagine\b", "only"),
    ("back", r"i(?:'ve| have) got your back\b", "got"),
    (
        "okay ok alright",
        r"(?:it's|it is) (?:okay|ok|alright|all right) (?:not to be|to not be) (?:okay|ok|alright"
        r"|all right)\b",
    ),
    (
        "hurt hurts stung stings",
        r"of course (?:it|that) (?:hurt|hurts|stung|stings|got to you|gets to you)\b",
        "course",
    ),
    ("plate", r"(?:a lot|so much|too much) on your plate\b"),
    # Validation and permission: what they feel or need is legitimate, said to them.
    (
        "deserve deserved",
        r"you (?:deserve|deserved) (?:better|to be|to feel|to have|so much|more than|a break"
        r"|some rest|support|kindness|respect|to rest)\b",
    ),
    (
        "owe",
        r"you (?:don't|do not) owe (?:anyone|anybody|them|him|her|people|your \w+|us|me)\b",
    ),
    ("allowed permitted", r"you(?:'re| are) (?:allowed|permitted) to\b"),
    *_PACING_ENTRIES,
    (
        "were",
        r"if i (?:were|was) (?:you|in your (?:shoes|position|place)),? i(?:'d| would) (?:be|feel)"
        r" (?:\w+ )?(?:angry|furious|upset|gutted|hurt"
        r"|frustrated|livid|devastated|worried|scared|anxious|exhausted|the same)\b",
        "if",
    ),
    ("entitled", r"you(?:'re| are) (?:entitled|free) to (?:feel|be)\b"),
    (
        "wrong",
        r"(?:you(?:'ve| have) done nothing wrong|you (?:haven't|have not) done anything"
        r" wrong)\b",
    ),
    (
        "awful terrible horrible toxic nightmare horrendous unreasonable unkind cruel dreadful"
        " supportive",
        r"(?:your|the|that|this|their|his|her) (?:\w+ )?(?:(?:sounds|seems) (?:like )?(?:a |an )?"
        r"(?:(?:really|so|absolutely|pretty|truly|properly) )?(?:awful|terrible|horrible|toxic"
        r"|nightmare|horrendous|unreasonable|unkind|cruel|dreadful)"
        r"|(?:doesn't|does not|don't|do not) sound"
        r" (?:very |at all |particularly )?(?:supportive|fair|reasonable|kind|okay|ok|right))\b",
    ),
    (
        "sense valid understandable normal natural justified",
        r"your (?:feelings|reaction|response|anger|frustration|worry|worries|fears?|concerns?"
        r"|upset|hurt) (?:(?:makes?|make) (?:complete |total |perfect |a lot of )?sense"
        r"|(?:is|are) (?:completely |totally |perfectly |so |entirely )?(?:valid|understandable"
        r"|normal|natural|justified))\b",
        "your",
    ),
    ("only", r"you(?:'re| are) (?:not|far from) the only one\b", "not far"),
    ("matter", r"you matter\b"),
    (
        "forever",
        r"(?:(?:you|it|this|things) (?:won't|will not|isn't going to|aren't going to) (?:feel|be"
        r"|last|stay) like this forever\b|(?:won't|will not|doesn't|does not) last forever\b)",
    ),
    ("pass", r"this (?:too )?will pass\b"),
    (
        "right business",
        r"(?:he|she|they|your \w+|nobody|no one|no-one) (?:had|has|have) no (?:right|business)"
        r" (?:to|talking|speaking)\b",
    ),
    (
        "best everything nothing could",
        r"(?:you(?:'re| are) (?:doing|trying) (?:the |your )?(?:best|all) (?:you can|that you can)"
        r"\b|you did (?:the best|all|everything|what) you could\b|you did nothing wrong\b)",
        "did doing trying",
    ),
    (
        "apologise apologize explain justify sorry alone pretend",
        r"you (?:don't|do not|never) (?:have|need) to (?:apologi[sz]e|explain|justify|be sorry"
        r"|do this alone|go through (?:this|it) alone|pretend|be strong|have it all figured)\b",
    ),
    (
        "crazy overreacting dramatic weak burden failure stupid broken silly imagining",
        r"you(?:'re| are) not (?:crazy|mad|overreacting|being dramatic|weak|a burden|a failure"
        r"|stupid|broken|being silly|silly|imagining (?:it|things))\b",
    ),
)

# Giving information: facts, options, resources and how things work -- the speaker's expertise,
# not the listener's experience. Not advice: it tells, it does not tell them what to do.
_GIVE_INFORMATION = _Phrases(
    (
        "recommend recommended",
        r"(?:we|doctors|experts|guidelines) (?:would )?(?:strongly )?recommend",
        "we doctors experts guidelines",
    ),
    ("recommended", r"(?:the )?recommended (?:limit|amount|dose|level|number|guidelines?)\b"),
    ("recommended", r"(?:more|less|fewer) than (?:what(?:'s| is| we would| we'd) )?recommended\b"),
    (
        "show shows shown showed suggest suggests",
        r"(?:studies|research|evidence|data) (?:have |has )?(?:show|suggest)",
    ),
    ("call", r"what we call\b", "we"),
    ("know", r"what we know\b(?! about you)", "we"),
    (
        "risk",
        r"(?:puts?|putting) you (?:at|in) (?:a )?(?:lot )?(?:more |higher |greater |increased )?"
        r"(?:risk|danger)\b",
        "you",
    ),
    (
        "cause causes lead leads increase increases damage",
        r"(?:can|could|will|may|is going to|it's going to|tends to|does) (?:also )?(?:actually )?"
        r"(?:cause|lead to|increase|damage)\b",
        "it it's that this they",
    ),
    (
        "products options program programs programme programmes resources services ways"
        " treatments medications support groups tools courses benefits policies rules exceptions"
        " studies",
        r"there(?:'s| is| are) (?:a (?:lot|number|couple|range|variety) of |a few |some |many"
        r" |lots of |several |all kinds of |various |other |different |also )*"
        r"(?:products|options|programs?|programmes?|resources|services|ways (?:to|of)|treatments"
        r"|medications|support|groups|tools|courses|benefits|policies|rules|exceptions|studies)\b",
        "there there's",
    ),
    (
        "offer provide run",
        r"we (?:also )?(?:offer|provide|run)\b",
        "we",
    ),
    (
        "program programme service counselling counseling support resources products policy"
        " scheme course training group class team",
        r"we (?:also )?have (?:a |an |some |free |our own )?(?:\w+ ){0,2}(?:program|programme"
        r"|service|counsell?ing|support|resources?|products?|policy|scheme|course|training|group|class)\b",
        "we",
    ),
    (
        "program programme policy service process rule eap treatment medication procedure scheme"
        " benefit",
        r"(?:the|our|this|that) (?:\w+ )?(?:program|programme|policy|service|process|rule|eap"
        r"|treatment|medication|procedure|scheme|benefit) (?:is|are|covers|includes|gives|lets"
        r"|means|works|requires|involves|offers|takes|lasts|costs)\b",
    ),
    # How workplace arrangements work: "sick leave doesn't count against your allowance", "the
    # rota is published every Thursday".
    (
        "rota leave allowance handbook contract probation pension bonus payroll intranet portal"
        " entitlement payslip overtime",
        r"(?:(?:the|our|your|this|that|sick|annual|parental|unpaid|paid) )?(?:\w+ )?(?:rota"
        r"|leave|allowance|handbook|contract|probation|pension|bonus|payroll|intranet|portal"
        r"|entitlement|payslip|overtime) (?:is (?:published|paid|posted|updated|calculated|capped"
        r"|reset|due)|are (?:published|paid|posted|updated)|doesn't|does not|don't|counts?|resets?"
        r"|renews?|applies|expires?|runs|starts|closes|opens|pays|covers|gets (?:paid|reset))\b",
    ),
    (
        "explain tell give show",
        r"let me (?:explain|tell you|give you|show you|walk you through)\b",
        "let",
    ),
    (
        "know explain share tell",
        r"i (?:just )?(?:want|wanted|'d like|would like) to (?:let you know|explain|share some"
        r"|tell you (?:about|that|what|how))\b",
        "want wanted i'd would",
    ),
    ("know", r"just so you know\b", "just"),
    ("works", r"(?:the way (?:it|this|that) works|how (?:it|this) works is|it works like this)\b"),
    ("happens", r"what (?:usually |typically |often )?happens (?:is|when|in)\b"),
    (
        "people",
        r"(?:most|many|some|a lot of|lots of) people (?:who|find|tend|experience|say|don't|do|have"
        r"|are|get|will|can|report|notice|swap|switch|use|try|struggle|start|stop|cut|manage"
        r"|prefer|benefit|need|quit|relapse|slip|keep|take|go)\b",
    ),
    ("people", r"people (?:tend to|often|usually|generally|typically)\b"),
    (
        "common normal typical usual",
        r"(?:is|are|it's|that's) (?:very |really |quite |pretty |completely |totally |so "
        r"|incredibly )?(?:common|normal|typical|usual) (?:for|when|among|in) (?:people|anyone"
        r"|someone|many|most|a lot|lots)\b",
        "people anyone someone many most lot lots",
    ),
    (
        "leaflet booklet sheet card list link handout information details number",
        r"(?:i(?:'m| am) going to|i'll|let me|i can|i will) (?:just )?give you (?:a |an |some |the"
        r" |our |this )?(?:\w+ )?(?:leaflet|booklet|sheet|card|list|link|handout|information"
        r"|details|number)\b",
        "give",
    ),
    (
        "course courses class classes group groups service services programme program clinic"
        " helpline app website scheme",
        r"there(?:'s| is| are) (?:a |an |some )?(?:free |local |online |new |weekly |great |good"
        r" )?(?:\w+ )?(?:course|class|group|service|programme|program|clinic|helpline|app|website"
        r"|scheme)s?\b(?! (?:of|in) you\b)",
        "there's there",
    ),
    (
        "common normal typical",
        r"(?:it's|it is|that's|that is) (?:very |really |quite |pretty |completely |totally )?"
        r"(?:common|normal|typical) (?:for|to|that|when)\b",
    ),
    (
        "linked associated related",
        r"(?:is|are|been) (?:strongly |closely )?(?:linked|associated|related) (?:to|with)\b",
    ),
    ("risk", r"(?:the|your) risk of\b"),
    (
        "risk chance chances likelihood",
        r"(?:increases?|reduces?|lowers?|raises?|doubles?) (?:the|your)"
        r" (?:risk|chances?|likelihood)\b",
    ),
    ("likely", r"(?:is|are) (?:much |far |a lot )?(?:more|less) likely to\b"),
    ("likely", r"it's (?:highly |very )?likely that\b"),
    ("helps", r"it (?:often |usually |really )?helps (?:to|if|when)\b"),
    (
        "help",
        # "it / that / they can (really) help to ...": literal first (fast), the modal behind.
        r"help(?:(?<=can help)|(?<=could help)|(?<=may help)|(?<=might help)|(?<=will help)"
        r"|(?<=tends to help)|(?<=tend to help)|(?<=really help)|(?<=also help)"
        r"|(?<=often help)) (?:to|if|when|with)\b",
        "can could may might tends tend will",
    ),
    (
        "use get access call contact book apply sign find request reach",
        r"you can (?:also |always )?(?:use|get(?! through\b| there\b)|access|call|contact|book"
        r"|apply|sign up|find|request|reach)\b",
        "can",
    ),
    ("means called known", r"(?:this|that|it) (?:means|is called|is known as)\b", "this that it"),
    (
        "part reaction response effect symptom",
        r"(?:is|are|it's) (?:a |an )?(?:very )?(?:common|normal|natural|usual) (?:part|reaction"
        r"|response|side effect|symptom)\b",
    ),
    ("people", r"(?:sometimes|often|usually) (?:when )?people\b", "sometimes often usually"),
    ("entitled", r"(?:you're|you are) (?:legally )?entitled to\b(?! (?:feel|be)\b)"),
    # How the body and substances work: "your liver has to work harder", "the nicotine
    # leaves your system within three days" (the speaker's expertise, not their experience).
    (
        "liver kidney kidneys body blood heart lungs lung brain teeth gums skin system"
        " metabolism stomach bones muscles",
        r"your (?:liver|kidneys?|body|blood(?: sugar| pressure)?|heart|lungs?|brain|teeth|gums"
        r"|skin|immune system|system|metabolism|stomach|bones|muscles) (?:has to|have to"
        r"|takes?|needs?|will|can|gets?|uses?|processes|produces?|makes?|breaks? down|absorbs?"
        r"|goes|drops?|rises?|works?|starts? to|begins? to|is able to|can't|cannot|won't)\b",
        "your",
    ),
    (
        "nicotine alcohol caffeine medication tablets tablet pills pill patch patches insulin"
        " methadone antidepressants antidepressant",
        r"(?:the |your |this |that )?(?:nicotine|alcohol|caffeine|medication|tablets?|pills?"
        r"|patch(?:es)?|insulin|methadone|antidepressants?) (?:leaves?|stays?|takes?|works?"
        r"|lasts?|acts?|reduces?|raises?|lowers?|blocks?|increases?|affects?|usually|tends? to"
        r"|kicks? in|wears? off|builds? up|gives you|releases?|is absorbed)\b",
    ),
    ("why", r"which is why\b", "which"),
    (
        "guidelines guidance rules policy law",
        r"(?:under|according to|in line with|within) (?:the |our |current |nhs |government"
        r" |official )?(?:guidelines|guidance|rules|policy|law)\b",
        "under according line within",
    ),
    (
        "duty obligation responsibility",
        r"(?:your|the|an?) (?:employer|company|organi[sz]ation|manager|boss|school|landlord|gp"
        r"|doctor|university|council) (?:has|have|is under|are under) (?:a |an )?(?:legal |clear )?"
        r"(?:duty|obligation|responsibility)\b",
    ),
    # Entitlements and where to find things: "you get 28 days", "you'll find the form on...".
    (
        "get receive accrue earn",
        r"you (?:get|receive|accrue|earn) (?:\d+|up to|one|two|three|four|five|six|ten|twenty"
        r"|a full|an extra) (?:\w+ )?(?:days?|weeks?|hours?|months?|sessions?)\b",
        "days day weeks week hours hour months month sessions session",
    ),
    (
        "find",
        r"you(?:'ll| will| can) (?:also )?find (?:the |a |an |more |their |our |all the )?"
        r"(?:\w+ )?(?:number|numbers|details|information|info|forms?|links?|policy|guides?"
        r"|contacts?|leaflets?|pages?|website|resources?|helplines?|list|template)\b",
    ),
    (
        "gp doctor pharmacist therapist counsellor counselor hr union eap helpline nurse employer",
        r"(?:your|a|the) (?:gp|doctor|pharmacist|therapist|counsell?or|hr|union(?: rep)?|eap"
        r"|helpline|nurse|employer|occupational health) (?:team )?(?:can|could|will|should be able"
        r" to|is able to|may be able to) (?:also )?(?:refer|help|give|arrange|sign|offer|prescribe"
        r"|advise|talk you|put you|provide|check|explain|support|tell you)\b",
    ),
    ("law legally", r"(?:by law|legally (?:required|obliged|obligated))\b"),
)

_LEXICON: tuple[tuple[Move, _Phrases], ...] = (
    (Move.RECOGNITION, _RECOGNITION),
    (Move.SYMPATHY, _SYMPATHY),
    (Move.RESOURCE_CHECK, _RESOURCE_CHECK),
    (Move.NEXT_STEP, _NEXT_STEP),
    (Move.JUDGMENT, _JUDGMENT),
    (Move.ADVICE, _ADVICE),
    (Move.INFORMATION, _GIVE_INFORMATION),
)
_LEXICON_WORDS = frozenset().union(*(phrases for _, phrases in _LEXICON))
