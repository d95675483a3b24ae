"""Resource checks ("what do you need from me?") and next steps (a plan with a day or a
time).
"""

from __future__ import annotations

from simulator.moves._text import CLOCK_HOUR, WEEKDAY_ALTERNATION, WEEKDAYS, _Phrases

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
        "help helpful easier safer support difference weight pressure load",
        r"what (?:would|could|might|will|else would|else might)"
        r" (?:actually |really |honestly |genuinely )?(?:help"
        r"|make (?:it|this|that|things) (?:feel )?(?:easier|safer)"
        r"|be (?:most |more |really )?helpful|support you"
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
    # The one change they would make: "if you could change one thing about how the team's set
    # up, what would it be?" (blind set 36's Cork manager), which asks what would help.
    (
        "change fix",
        r"if you could (?:change|fix) (?:one|any|a single|just one) thing\b[^.!?]*\?",
        "if",
    ),
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
        "easier help lighter safer",
        r"anything (?:else )?(?:that'd |that'll |(?:that )?(?:would|could|might|will) )(?:make"
        r" (?:it|this|that|things|the \w+(?:-\w+)*|your \w+) (?:feel )?(?:easier|lighter|safer"
        r"|more manageable)|help)\b",
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
        # ("I'll take the silence as a no" is a retort, no step.)
        r"|take(?! (?:that|this|it|the point)(?=[.!?,;]| on the chin|$)"
        r"| (?:that|this|it|the silence|your silence) as\b)|move(?! on\b)|make sure"
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
        rf"how about (?:(?:every |next |this )?{_DAY}s?|(?:at )?(?:{CLOCK_HOUR}|noon)"
        r"(?: o'clock| ?[ap]m)?)\b",
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
    # A day and a time proposed: "Could I bring it to you Thursday at three?", "Can we sit
    # down Wednesday at ten?" (not "last Friday at ten", which was).
    (
        _DAYS,
        rf"(?<!last )(?<!past )\b{_DAY}(?: (?:morning|afternoon|evening))? at"
        rf" (?:{CLOCK_HOUR}|noon|half)\b",
        "at",
    ),
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
