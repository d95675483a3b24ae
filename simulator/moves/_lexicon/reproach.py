"""Judgment as reproach: rhetorical and accusing questions, warnings, reminders counted
("I've told you three times"), sarcasm and insinuation.

Entries of the judgment table (see :mod:`.judgment`).
"""

from __future__ import annotations

from simulator.moves._lexicon.qualities import _HARM_DONE

REPROACH: tuple[tuple[str, ...], ...] = (
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
    # (Not "what else is on you?", which asks what they are carrying, nor how it feels to them:
    # "what makes it feel like it's all on you?" after their "that's totally on me".)
    (
        "on",
        r"on you\b(?:(?<=is on you)|(?<=that's on you)|(?<=it's on you)|(?<=all on you)"
        r"|(?<=one's on you))"
        r"(?<!what is on you)(?<!what else is on you)(?<!what more is on you)"
        r"(?<!like it's all on you)(?<!like it's on you)(?<!if it's all on you)(?<!if it's on you)"
        r"(?<!like it is all on you)(?<!like it is on you)",
    ),
    ("fault", r"your (?:own )?fault\b"),
    ("problem", r"your (?:own )?problem\b"),
    (
        "expect",
        # Not a real question about their hopes: "what did you expect would happen this year?"
        # ... or one anchored in a time before: "Before the decision, what did you expect?"
        r"(?<!decision, )(?<!announcement, )(?<!meeting, )(?<!review, )(?<!started, )"
        r"(?<!joined, )(?<!then, )(?<!going in, )"
        r"what did you expect\b(?! (?:would|to|from|of|when|it|them|him|her|the|this year"
        r"|going|me|us)\b)",
    ),
    ("yourself", r"brought this on yourself\b"),
    ("worry", r"don't worry about it\b"),
    ("sweat", r"(?:don't|do not|no need to) sweat (?:it|the small stuff)\b"),
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
    # Sarcasm that passes for comment: "interesting choice, muting the alert".
    ("interesting bold", r"(?:interesting|bold) (?:choice|move|decision)\b"),
    ("bright", r"look on the bright side\b"),
    ("cheer chin", r"(?:cheer|chin) up\b"),
    ("world", r"(?:not|hardly|not exactly|not really) the end of the world\b"),
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
    # Reproach by a warning already given ("you were warned", "you've been told three times").
    # A bare "you were told" reports; only a repeated telling reproaches. (An expectation they
    # fell short of and a comparison with peers are pressure: see :mod:`.pressure`.)
    ("warned", r"you(?:'ve| have| had)? (?:been|were) warned\b"),
    (
        "twice times repeatedly already once again",
        r"you(?:'ve| have| had)? (?:been|were) (?:reminded|told|asked)\b[^.!?]{0,40}?\b(?:twice"
        r"|(?:three|four|five|several|multiple|many|so many) times|repeatedly|more than once"
        r"|again and again|already)\b",
        "reminded told asked",
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
        r"|not to be (?:rude|harsh|mean))\b,?(?: but)?"
        # (Not a compliment so prefaced: "not to be harsh, but you're way more competent than
        # you're letting yourself believe".)
        r"(?!,?(?: but)? you(?:'re| are) (?:way |much |far |so |a lot )?(?:more|better|stronger"
        r"|smarter|braver|tougher)\b)",
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
    # Falling short asked about as a fault: "why is your team so far behind?", "why are you so
    # slow on this?" (not "why is the build so slow?", about a thing).
    (
        "why",
        r"why (?:is|are|was|were) (?:you|your (?:team|queue|number|numbers|work|pipeline))"
        r" (?:still |always )?(?:so |this )?(?:far )?(?:behind|late|slow)\b",
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
    # More of a blunt manager's verdicts (blind set 29's blunt manager, in our own wordings):
    # "you should know the systems", "you've been back long enough", "if you're good enough",
    # "so can you", the others "are still hitting".
    (
        "know",
        r"you should (?:already |really |by now )?know (?:(?:the|your) (?:\w+ )?(?:systems?"
        r"|process(?:es)?|codebase|numbers|product|basics|tools?|stack|runbook)|better|this by now"
        r"|that by now)\b",
        "should",
    ),
    (
        "enough",
        r"(?:you(?:'ve| have) been (?:back|here|in (?:the|this) role|in post) long enough"
        r"|(?<!asking )(?<!wonder )(?<!wondering )(?<!whether )(?<!worried )\bif you(?:'re| are)"
        r" good enough)\b",
    ),
    (
        "can",
        r"(?:adapted|coped|managed|did it|done it|hit it|made it|hit theirs|figured it out),? so"
        r" can you\W*$",
        "so",
    ),
    (
        "hitting managing coping delivering closing adapted coped managed delivered",
        r"^(?:and |but )?(?:the )?(?:others|other (?:leads|reps|engineers|managers|teams)|the rest"
        r"(?: of (?:the|your) team)?) (?:are |were |have |has )?(?:still )?(?:hitting|managing"
        r"|coping|delivering|closing|adapted|coped|managed|delivered)(?: (?:it|theirs|fine"
        r"|their numbers?))?\W*$",
    ),
    # A shortfall stated flat, with its measure: "You're way behind quota." (not "you're behind
    # target. And you hate it.", which may go on to them).
    (
        "behind",
        r"you(?:'re| are) (?:way|well|badly|seriously|miles|massively|really|so) behind"
        r" (?:quota|target|plan|forecast|the numbers?)\W*$",
    ),
    # Forum wordings (our peer-support set 33): reproach by a rhetorical "did you seriously
    # think", a lecture on being grown, a motive pinned on them, hindsight ("maybe if you spent
    # less time on reddit"), "using them as an excuse", sarcasm ("imagine complaining about",
    # "how will you ever survive"), "what you expected", others' "real problems". Not "did you
    # really think about leaving?", "you've grown so much", "how did you survive that week?",
    # "you were using it as an example".
    (
        "think expect believe",
        r"did you (?:seriously|honestly|genuinely) (?:think|expect|believe)\b"
        r"(?! (?:about|of|through|it over|up)\b)",
        "did",
    ),
    # A lecture follows it ("you're a grown adult, act like it"), not their right to decide
    # ("you're a grown adult and you get to decide") or sympathy ("a grown-up with a mortgage").
    (
        "grown",
        r"you(?:'re| are) (?:a )?grown(?: adult| man| woman|-up| up)\b(?=\s*[,.;!]\s*(?:act|grow"
        r"|deal|stop|start|nobody|no one|get|figure|sort|handle|you (?:should|need|can|have)))",
    ),
    (
        "hand",
        r"(?:nobody|no one|no-one)(?:'s| is| will|'ll)? (?:gonna |going to )?hold your hand\b",
    ),
    (
        "want",
        r"(?<!if )you (?:just |only |really )?want (?:everyone|everybody|people|us|someone"
        r"|somebody) to (?:tell you|agree(?! on\b)|say you|validate|pat you|feel sorry)\b",
    ),
    (
        "spent spend stopped tried listened worked focused",
        # (The simple past; "maybe if you'd ..." is the hindsight entry below.)
        r"maybe if you (?:just |actually )?(?:spent|spend|stopped|tried|listened|worked|focused)\b",
        "maybe",
    ),
    ("excuse", r"(?:using|use|used) (?:it|them|that|this|those|your \w+) as an? excuse\b"),
    (
        "imagine",
        # (Not "imagine complaining about it to three managers and getting nowhere", their
        # frustration shared, nor someone else's complaint.)
        r"(?:^|\W)imagine (?:complaining|whining|moaning|crying|getting upset|being upset)"
        r" (?:about|over) (?:a|an|having|getting|your|being)\b(?![^.!?]*\bgetting nowhere\b)",
    ),
    ("survive", r"how (?:will|would|do|are) you (?:ever|possibly) (?:going to )?survive\b"),
    (
        "problems",
        r"(?:people|others|some people|other people|folks)(?: out (?:here|there))? (?:have|with)"
        r" (?:real|actual|bigger) problems\b(?! with\b)",
    ),
    # Our peer-support set 34: "now you're shocked he's on your back?", "ADHD isn't a free pass
    # to miss deadlines", "putting your dad in a home is pretty selfish", "maybe you're the toxic
    # one", "burnout is just a trendy word for not wanting to work", "complaining now is kind
    # of rich". Not "now you're surprised how much you miss it.", "dealing with him is
    # exhausting", "the difficult one was the first month", "rich in detail".
    (
        "shocked surprised",
        r"now you(?:'re| are) (?:shocked|surprised|acting surprised)\b(?! (?:it|that it|how well)"
        r" (?:worked|went|paid)\b)[^.!?]*\?",
    ),
    (
        "pass excuse",
        r"(?:isn't|is not|ain't|doesn't give you|is no) (?:a |an )?(?:free pass|excuse|get out of"
        r" jail free card|blank cheque|blank check) (?:to|for)\b"
        # (Not their side taken: "isn't an excuse for how he spoke to you".)
        r"(?! (?:how|what|the way|him|her|them)\b)",
    ),
    (
        "selfish lazy entitled petty childish immature unprofessional irresponsible rude",
        r"\w+ing\b[^.!?]{0,80}\b(?:is|was|seems|sounds) (?:pretty |kind of |kinda |really |so "
        r"|very |a bit |a little |just )?(?:selfish|lazy|entitled|petty|childish|immature"
        r"|unprofessional|irresponsible|rude)\b",
    ),
    (
        "one",
        r"you(?:'re| are) (?:actually |really |probably )?the (?:toxic|difficult|problem"
        r"|problematic|rude|lazy|unreasonable|dramatic|bad) one\b(?! to\b)",
    ),
    (
        "word name way",
        r"(?:is|'s) (?:just |only |basically )?an? (?:trendy|fancy|nice|polite|posh|modern)"
        r" (?:word|name|way of saying|term) for (?:not \w+ing|being (?:lazy|difficult|weak"
        r"|dramatic|entitled|soft)|laziness|quitting|giving up|making excuses|complaining"
        r"|whining|moaning)\b",
    ),
    (
        "rich",
        r"(?:that's|is|it's|that is|it is) (?:a bit |kind of |kinda |pretty |a little )?rich"
        r"(?=\W*$|[,.;!?])",
    ),
    # Hindsight: "maybe if you'd read the curriculum", "maybe if you had planned".
    # (Not what they could not have known: "maybe if you'd known the reorg was coming".)
    (
        "maybe",
        r"maybe if you(?:'d| had) (?:just |actually |bothered to )?(?!known|seen|realised"
        r"|realized|heard|been told)\w+",
    ),
    # Puzzlement that carries the reproach: "idk what you expected", "I'm not sure what you
    # expected them to do", "I don't get why you'd need a whole week off". Not "I know what
    # you expected from them", "I'm not sure what you need yet", "I don't understand why you'd
    # need to apologise".
    (
        "expected",
        r"(?:(?<=not sure )|(?<=don't know )|(?<=no idea )|(?<=dunno ))what (?:else )?you"
        r" (?:expected|were expecting)(?: (?:them|him|her|it) to do)?(?=\s*(?:tbh|honestly|lol)?"
        r"\s*(?:[.!?]|$))",
    ),
    (
        "why",
        r"(?:(?<=don't get )|(?<=don't really get )|(?<=don't see )|(?<=don't understand )"
        r"|(?<=don't really understand ))why you(?:'d| would)? (?:need|want) (?:a whole|so much"
        r"|that much|all that|all this|a week|a day|time off|the whole)\b",
    ),
    # From the review of these frames: hindsight without "maybe" ("if you'd tested it on
    # staging first, we wouldn't be here"), "being new doesn't excuse skipping review", "stop
    # hiding behind the reorg", "maybe you're the common denominator", "it's not that deep".
    (
        "wouldn't",
        r"\bif you(?:'d| had) (?:just |only )?\w+ed\b[^.!?]{0,60}\b(?:we|you|it|this|that)"
        r" wouldn't (?:be|have)\b",
        "if",
    ),
    ("excuse", r"(?:doesn't|does not|won't|wouldn't) excuse (?:\w+ing|your|the|that|this)\b"),
    ("hiding", r"(?:stop|quit|keep) hiding behind\b"),
    ("denominator", r"you(?:'re| are| might be| may be)(?: \w+)? the common denominator\b"),
    ("deep", r"(?:it's|it is|this is|that's) not that deep\b"),
    # Their words quoted and called no answer, and nothing more: "'So. Yeah.' isn't a status.",
    # "'busy' is not a reason." (blind set 34's blunt manager). Not "'not yet' isn't a no", nor
    # "'I panicked' isn't an excuse, it's a normal reaction", "'We'll see' isn't a plan, and
    # living with that sounds exhausting".
    (
        "status answer update plan reason excuse explanation",
        r"(?<=['\"\u2019\u201d] )(?:isn't|is not|ain't|is hardly|is no|doesn't count as)"
        r"(?: really)?(?: an?)?(?: acceptable| real| proper)? (?:status|answer|update|plan|reason"
        r"|excuse|explanation)(?:,? (?:i'm afraid|we both know (?:that|it)|sorry|mate))?\W*$",
    ),
    # Our peer-support set 36: blame disowned, then laid ("I'm not saying it's your fault,
    # but you did open a shop in a recession"; not "I'm not blaming you, but we need a fix"),
    # shame asked of them ("you should be a bit embarrassed"; not "you shouldn't feel
    # ashamed"), a trait pinned ("you just can't handle pressure"; not "you can't handle all
    # of it alone"), and praise for a harm ("congrats on blowing your savings").
    (
        "saying blaming blame",
        r"(?:(?:i'm|i am) not (?:saying (?:it's|it was|this is|that's|that it's) (?:all |entirely"
        r" )?(?:your fault|on you)|blaming you)|not to blame you)\b[^.!?]{0,60}?,? but\b"
        r"(?=[^.!?]*\byou)",
    ),
    (
        "embarrassed ashamed",
        # ("You" the subject: not "whoever's piling it on you should be ashamed".)
        r"(?<!n't )(?<!not )(?<!\bon )(?<!\bto )(?<!\bat )(?<!\bfor )(?<!\bwith )(?<!\babout )"
        r"(?<!\bof )you (?:really |honestly |probably )?(?:should|ought to) (?:be|feel)"
        r" (?:a bit |a little |quite |really |so |very |thoroughly )?(?:embarrassed|ashamed)\b",
    ),
    (
        "handle cope",
        r"(?<!if )you (?:just |simply |clearly |obviously |really )?(?:can't|cannot|couldn't)"
        r" (?:handle|cope with|take) (?:the )?(?:pressure|stress|criticism|feedback|responsibility"
        r"|heat)\b(?! (?:alone|on your own|by yourself)\b)",
        "can't cannot couldn't",
    ),
    (
        "congrats congratulations done job going work bravo",
        r"(?:congrat\w*|well done|(?:good|great|nice) (?:job|going|work)|bravo),?"
        r" (?:on |for |with )?" + _HARM_DONE,
    ),
)
