"""Judgment that pins it on them: hindsight ("you should have told me"), the outcome or its
cause laid at their door, a fault generalised ("you always ..."), their reasons called
excuses, put-downs.

Entries of the judgment table (see :mod:`.judgment`).
"""

from __future__ import annotations

from simulator.moves._lexicon.qualities import _THEIR_SIDE

BLAME: tuple[tuple[str, ...], ...] = (
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
    # ... and the account of it demanded of them: "it was your change, so you need to own it"
    # (not "it was your call to make", nor "I own it", the speaker's; nor "It was your change.
    # And two reviewers, a muted alert...", their own words said back and set in context).
    (
        "own",
        r"you (?:need|have|'ve got|got|must) to (?:own|take ownership of) (?:it|this|that|the"
        r" (?:outage|incident|mistake|failure|miss|problem|mess)|your (?:mistake|part|failure"
        r"|error|mess))\b",
    ),
    (
        "change mistake fault",
        r"(?:it|this|that) was your (?:change|mistake|fault|error|screw-up|cock-up),? so\b",
    ),
    # Their pace found wanting: "it's a dashboard, it shouldn't take this long".
    ("shouldn't long", r"(?:it|that|this) shouldn't (?:take|have taken) (?:this|that|so) long\b"),
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
    # "You always leave it to the last minute" generalises a fault; "you always find a way
    # through" credits a strength (recognition).
    (
        "always",
        r"you always\b(?! (?:find a way|come through|pull through|step up|deliver|get there"
        r"|figure it out|bounce back|rise to|land on your feet|look out for|make it work)\b)",
    ),
    # (Not "you" as an object, "people around you never knew", nor "you never know".)
    (
        "never",
        r"(?<!around )(?<!to )(?<!for )(?<!with )(?<!about )(?<!of )(?<!from )(?<!at )"
        r"(?<!by )(?<!near )(?<!than )(?<!like )(?<!behind )you never\b(?! know\b)",
    ),
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
    # Their account waved off as no account: "Short-staffed isn't a reason.", "That's not an
    # excuse." at the end of a sentence (not "that's no reason to beat yourself up", kindness),
    # and excuses named as what they offered: "Excuses don't close deals."
    (
        "reason excuse",
        # (Not "it's not an excuse": their own disclaimer, often said back to them.)
        # (A noun's "... isn't an excuse" is as often kind: "caring for your mum isn't an
        # excuse", a reason; so only "that's no excuse" and "X isn't a reason / the excuse".)
        r"(?<![\w'-])(?:(?:that's|that is|this is) (?:not|no|never) (?:a |an |the )?(?:good "
        r"|valid |real |proper )?(?:reason|excuse)|(?!it\b)[\w-]+ (?:is|was|isn't|wasn't)(?: not"
        r"| never)? (?:a (?:good |valid |real )?reason|the (?:reason|excuse)))\W*$",
    ),
    (
        "excuses",
        r"excuses (?:don't|do not|won't|will not|never|can't) (?:close|ship|fix|pay|win|hit"
        r"|deliver|sell|build|get (?:it|things) done|cut it|make (?:quota|target|the number))\b",
    ),
    # Their work found wanting by an adjective: "no more sloppy commits", "your estimates have
    # been careless" (not a third party's: "Greg's sloppy handoff left you exposed").
    (
        "sloppy shoddy baked slapdash careless lazy subpar par",
        # ("No more ..." forbids it, so its "no" is part of the phrase, not a negation of it.)
        r"(?<!'s )(?<!his )(?<!her )(?<!their )(?<!my )(?:no more )?(?:sloppy|shoddy|half-baked"
        r"|slapdash"
        r"|careless|lazy|sub-?par) (?:work|commits?|code|mistakes?|errors?|planning|plans?"
        r"|reports?|reporting|estimates?|testing|tests|reviews?|handoffs?|handovers?|docs"
        r"|documentation|job|effort|prep|preparation|thinking|follow-up|communication"
        r"|execution|delivery)\b",
    ),
    (
        "sloppy shoddy baked slapdash careless subpar par",
        r"your (?!(?:wife|husband|partner|boss|manager|client|customer|colleague|lead|director"
        r"|mum|mom|dad|family|kids?|son|daughter|friends?|peers?|coworkers?)\b)(?:[a-z'-]+ ){1,2}"
        r"(?:has been|have been|'s been|is|are|was|were|looks?|seems?)(?: (?:really|so|very|a bit"
        r"|pretty|quite|kind of|getting|a little|increasingly|honestly|frankly))*"
        r" (?:sloppy|shoddy|half-baked|slapdash|careless|sub-?par)\b",
    ),
    # Their care found wanting: "you shipped it without checking it properly". (Not "X doesn't
    # change that", which is as often kind: "this week doesn't change that" I value your work.)
    (
        "properly",
        r"you (?:\w+ ){0,2}(?:shipped|merged|pushed|released|deployed|sent|rolled out|signed off"
        r")\b[^.!?;]{0,40} without (?:checking|testing|reading|thinking|reviewing)(?: (?:it|that"
        r"|this|them|anything|the \w+))? properly\b",
    ),
)
