"""Recognition of who they are: a strength, talent or quality named as theirs, their standing
and worth to the team, confidence from their record ("you've handled worse"), and generic
appreciation of the person, which earns only part.

Entries of the recognition table (see :mod:`.recognition`).
"""

from __future__ import annotations

from simulator.moves._lexicon.praise import (
    _GENERIC_PRAISE,
    _PRAISE,
    _PRAISE_WORDS,
    _QUALITY_NOUNS,
    _WORK_PRAISE,
)
from simulator.moves._lexicon.qualities import (
    _DEGREE,
    _GOOD_QUALITY,
    _GOOD_RE,
)

STRENGTHS: tuple[tuple[str, ...], ...] = (
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
        "done job work one bravo",
        r"(?:^|(?<=[,;:!.] ))" + _WORK_PRAISE + r"(?=\W*$| *[,.;:!?])",
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
        # ("Reaching out takes more guts than people give credit for", "that took a ton of nerve".)
        r"(?:took|takes|showed|shows|showing|shown|demonstrated?)"
        r" (?:real |a lot of |great |genuine |such |so much |some |a real |serious |huge |more "
        r"|a ton of )?(?:" + "|".join(_QUALITY_NOUNS.split()) + r")\b",
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
        r"|some|so much|pure|sheer|a|an|a real|a rare|a huge|a genuine))*(?: (?:kind|sort) of)? (?:"
        + "|".join(_QUALITY_NOUNS.split())
        + r")\b(?!-)(?! (?:issue|problem|question)s?\b"
        r"| of (?:the|this|that|our|their|a|an|your|his|her|my)\b)",
    ),
    # Their deed judged as a strength the speaker prizes: "that kind of ownership is exactly
    # what I value in you", "is exactly the rigour a good analyst needs".
    (
        "exactly",
        r"exactly (?:the \w+|what) (?:[\w']+ ){0,4}?(?:i (?:really )?(?:value|admire|love"
        r"|look for|respect|want (?:to see|on (?:this|the|my|our) team))|(?:this|the|our|a) team"
        r" needs|makes you (?:so )?(?:good|great|strong)|a good \w+ needs)\b",
    ),
    # What it makes them: "being the only one who knows it makes you irreplaceable".
    (
        "irreplaceable invaluable indispensable",
        r"makes? you (?:(?:so|genuinely|truly|really|absolutely) )?(?:irreplaceable|invaluable"
        r"|indispensable)\b",
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
        r" (?:about|of) (?:you\b|who you are|the (?:kind|sort|type) of \w+ you are|your (?:"
        + "|".join(_QUALITY_NOUNS.split())
        + r"|character|values|heart|strength)\b)",
        "lot volumes much deal well something",
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
    (
        "built",
        r"you built (?:(?:this|that|the) (?:team|product|service|system|platform|thing)\b"
        # "Under two hours didn't happen by accident. You built that."
        r"|(?:that|it|this|all (?:of )?(?:that|this|it))(?=\s*(?:[.!;]|$)))",
    ),
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
    # Forum wordings (our peer-support set 33): "good on you for taking the sick days", "that's
    # really big of you", "quitting
    # was a brave call", "that's exactly what strong looks like", "that's class", "the way you
    # raised it was super mature". Not "good on you if ...", "a big ask of you", "whether it
    # was the right call", "I don't know what strong looks like", "the way you were treated
    # was unfair".
    # (Not "it'll look good on you for the panel", "that blazer looks good on you".)
    (
        "good",
        # ("Good for you for ..." opening a sentence, not "exercise is good for you", "what
        # you found good for you".)
        r"(?:(?<!looks )(?<!look )good on|(?:^|(?<=[,!] )|(?<=oh )|(?<=well ))good for)"
        r" (?:you|ya)\b(?=(?: for\b)|\W*$|[,.;!])(?: for\b[^.!?]{0,40})?",
        "on for",
    ),
    ("big", r"(?:is|was|that's|it's|that is|it is)" + _DEGREE + r" big of you\b", "of"),
    (
        "call decision choice move",
        r"(?<!whether )(?<!if )(?:\w+ing(?: [\w']+){0,8}|that|it|this) (?:was|is|'s)"
        r" (?:absolutely |definitely |totally |clearly )?(?:a|the)"
        + _DEGREE
        + r" (?:right|good|smart|wise|brave|great|bold|gutsy|solid|sound|classy|mature|correct)"
        r" (?:call|decision|choice|move)\b(?! to\b)",
        "right good smart wise brave great bold gutsy solid sound classy mature correct",
    ),
    (
        "looks",
        r"(?:that's|that is|this is|that was|is) (?:exactly |precisely |literally )?what"
        r" (?:strong|strength|courage|resilience|bravery|brave|growth|maturity|self-respect"
        r"|leadership|grace|love|care|dedication|commitment) looks like\b",
    ),
    (
        "class classy",
        r"(?:(?:that's|that is|that was|pure|proper|absolute) class(?:y)?|^classy|a (?:real )?class"
        r" act)(?=\W*$|[,.;!])",
    ),
    (
        "way",
        # (Not "the way you were passed over", what was done to them.)
        r"the way you (?!were |was |got |have been |'ve been )(?:[\w'-]+ ){1,10}?"
        r"(?:was|is|were|has been)"
        + _DEGREE
        + rf" (?:{_GOOD_RE}|impressive|amazing|incredible|admirable|great|awesome)\b",
        "you",
    ),
    # Our peer-support set 34: "which is not nothing", "that's growth", "that counts for a lot",
    # "your instinct to keep a record is spot on", "was a real kindness", "more level-headed
    # than you give yourself credit for", "you've already done the hardest bit", a deed as the
    # subject of praise ("building your own system is legit impressive"). Not "it's not
    # nothing to worry about", "growth targets", "your estimate was spot on the first time?".
    (
        "nothing",
        # A deed of theirs before it ("you kept showing up for two years, which is not
        # nothing"), not a raise or a workload ("a 3% raise, which is not nothing").
        r"\byou\b[^.!?]{0,160}(?:which|and that|that)(?:'s| is| was) (?:not|no small|hardly)"
        r" nothing"
        r"(?! (?:to|you|i)\b)",
    ),
    (
        "growth",
        r"(?:that's|that is|this is|that was) (?:real |actual |proper |genuine )?growth\b(?! \w)",
    ),
    (
        "counts",
        r"(?:that|it|this) counts? for (?:a lot|so much|something|a great deal)\b"
        r"(?! (?:with|to) (?:you|me|us|them)\b)",
    ),
    (
        "spot",
        r"your (?:instinct|gut|read|judgment|judgement|call|radar|sense)\b[^.!?]{0,60}"
        r"\b(?:is|was|'s) (?:spot on|dead on|right on|bang on)\b",
    ),
    (
        "kindness",
        r"(?:was|is|'s) (?:a |such a )?(?:real |true |genuine |great )?kindness\b"
        r"(?! of (?!you\b))",
        "was is",
    ),
    (
        "credit believe see",
        r"than you(?:'re| are)? (?:give|giving|letting|let) yourself (?:credit for|believe|see)\b",
    ),
    (
        "bit part",
        r"you(?:'ve| have) (?:already )?done the (?:hardest|hard|toughest|scariest) (?:bit|part)\b",
    ),
    (
        "impressive admirable inspiring remarkable",
        r"\w+ing\b[^.!?,]{0,80}\b(?:is|was) (?:legit |really |so |genuinely |seriously "
        r"|honestly |pretty |incredibly )?(?:impressive|admirable|inspiring|remarkable)\b",
    ),
)
