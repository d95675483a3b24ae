"""Advice: telling them what to do, in stock phrases and in the imperative. (Kindness to
themselves asked of them, "go easy on yourself", is sympathy: see :mod:`.sympathy`.)
"""

from __future__ import annotations

from simulator.moves._lexicon.sympathy import _KIND_TO_SELF_GIVEN
from simulator.moves._text import _Phrases

_ADVICE = _Phrases(
    (
        "should",
        r"you (?:just |really |probably |definitely )?should\b"
        r"(?!n't have| have|'ve| (?:be|feel) (?:[a-z]+ ){0,2}?(?:proud|pleased|embarrassed|ashamed)"
        # "You should never feel ashamed of that" reassures; it asks nothing of them.
        r"|(?: never| not)(?: have to)? (?:be|feel) (?:[a-z]+ ){0,2}?(?:ashamed|embarrassed"
        r"|guilty|bad|sorry|stupid)\b)",
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
        r"i(?:'d| would)?(?: (?:really|strongly|highly|definitely|honestly|just|probably|gently"
        r"|kindly))*(?: like to)? (?:suggest|recommend|advise)\b",
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
    (
        "encourage urge",
        r"i(?:'d| would)? (?:really |strongly |gently )?(?:encourage|urge) you (?:not )?to\b",
    ),
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
    (
        "shouldn't",
        r"you (?:really |probably |just )?shouldn't\b(?! have)(?! (?:be|feel) (?:[a-z]+ ){0,2}?"
        r"(?:ashamed|embarrassed|guilty|bad|sorry|stupid)\b)",
    ),
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
        "talk speak go get look write quit leave push email send call start try document keep"
        " report contact consider reach book apply escalate let concentrate focus hold ring see",
        r"i(?:'d| would) (?:probably |definitely |honestly |seriously |personally )?"
        r"(?:just |also )?"
        r"(?:talk to|speak to|go to|get|look for|look into|write|quit|leave|push back|email|send"
        r"|call(?! (?:that|it|this|them)\b)|start \w+ing"
        r"|try(?! to (?:understand|see|imagine)\b| anything\b| everything\b)"
        r"|document|keep (?:a|notes|records|track|everything)|report|contact"
        r"|consider(?! (?:that|it|this)\b)|reach out(?! to (?:you|them)\b)|book|apply|escalate"
        # "I'd let the deposit dispute go for now and concentrate on the books" (not "I'd let you
        # know", the speaker's promise).
        r"|let (?!(?:you|me|us|them|him|her) know\b)[^.!?,]{0,40}? go\b|concentrate on|focus on"
        r"|hold off|ring|see (?:a|your) (?:doctor|gp|therapist|counsell?or))\b",
        "i'd would",
    ),
    # Forum wordings (our peer-support set 33): "a lot of people find it easier to send it by
    # email first", "a support group could be a good place to vent", "the move here is probably
    # asking in writing", "could you maybe get your siblings to take a weekend?". Not "a lot of
    # people find this confusing", "that was a good place to stop", "that would be a really good
    # place to start" (their plan endorsed), "could you maybe say more?".
    (
        "find",
        r"(?:a lot of|lots of|many|most|some|plenty of) (?:people|folks) (?:\w+ )?find (?:it )?"
        r"(?:easier|helpful|useful|better|less \w+) to\b(?![^.!?]*\bthan\b)",
        "people folks",
    ),
    (
        "place idea option way start step outlet",
        # (Not "that would be a really good place to start", their plan endorsed.)
        r"(?<!that )(?<!this )(?<!it )(?<!which )(?<!that'd )(?<!it'd )(?<!idea )(?<!plan )"
        r"(?<!suggestion )"
        r"(?:could|might|would|may|can) be (?:a|an) (?:really |very )?(?:good|great|decent|smart"
        r"|helpful|safe|useful|healthy|better) (?:place|idea|option|way|start|step|outlet) to\b"
        r"(?! (?:grow|be|work|stay|build|learn)\b)"
        r"(?![^.!?]*\b(?:like|as) you (?:said|suggested)\b)",
        "could might would may can",
    ),
    (
        "move",
        r"the (?:best |smart |smartest |right )?move (?:here |now )?(?:is|would be) (?:probably "
        r"|definitely |honestly |just )?(?:to \w+|\w+ing)\b",
        "here best smart smartest right",
    ),
    # An action proposed as a question ("would you consider asking him to put it in writing?"):
    # advice, as "have you thought about..." is when it proposes one.
    (
        "consider open",
        r"would you (?:ever )?(?:consider|be open to) \w+ing\b",
        "would",
    ),
    (
        "maybe perhaps possibly",
        r"(?:could|can) you (?:maybe|perhaps|possibly) (?!(?:have|be|tell|say|share|explain"
        r"|describe|expand|elaborate|give me|walk me|help me|remind me|clarify)\b)\w+",
        "could can",
    ),
    # A suggestion put as a question: "maybe try writing her a letter instead?", "wouldn't it be
    # worth asking your solicitor?", "might it be easier to tell them?" (not "would it be worth
    # it for you?", which asks their view of their own plan's worth... after "it").
    (
        "maybe perhaps",
        r"(?:^|[,.;:!?-] |\b(?:and|so|then|but) )(?:maybe|perhaps) (?:just )?try\b",
        "try",
    ),
    (
        "worth better easier wiser idea",
        r"(?:would|wouldn't|might|could|won't) it (?:not )?be (?:worth|better|easier|wiser|a good"
        r" idea) (?:\w+ing|to)\b"
        # (Not the talk itself: "would it be easier to tell me what happened, or what you want?")
        r"(?! (?:tell|show|explain|describe|say|answer|share|talk|write)(?: it| them| that)?"
        r" (?:to )?(?:me|us)\b| (?:start|begin) (?:with|by)\b)",
        "would wouldn't might could won't",
    ),
    # Work handed to them as an item (blind set 36's action-item stenographer): "Action item
    # for you: list the blockers by tomorrow", "action item: you check the leave policy",
    # "owner you - raise the ticket". Not "action item: I'll chase the environment", "owner me".
    (
        "action owner",
        r"(?:action (?:items?|points?)(?: for you\b|(?::| -)? you (?!said|mentioned|told|raised"
        r"|asked)\w+)|owner(?::| -|,)? you\b)",
        "you",
    ),
)
