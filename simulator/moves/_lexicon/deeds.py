"""Recognition of what they did: a deed named as an achievement, noticed, judged right, sound
or impressive, set against what most would do; their work, decision, idea or effort praised.

Entries of the recognition table (see :mod:`.recognition`).
"""

from __future__ import annotations

from simulator.moves._lexicon.praise import (
    _PRAISE_ADJ,
)
from simulator.moves._lexicon.qualities import _HARM_DONE

DEEDS: tuple[tuple[str, ...], ...] = (
    # What they did named as an achievement: "three days is a real achievement".
    (
        "achievement accomplishment milestone",
        r"(?:is|was|that's|it's|that is|it is|that was)(?: (?:a|an|such a|quite a))?(?: (?:real"
        r"|huge|big|great|massive|genuine|major|significant|fantastic|brilliant|amazing|fab|good"
        r"|really big))* (?:achievement|accomplishment|milestone)\b",
    ),
    (
        "lucky",
        r"(?:is|are|'re|'s|was|were) (?:so |very |really |incredibly )?lucky to have"
        r" (?:you\b|(?:a|an) \w+ (?:who|like you)\b)",
    ),
    (
        "thank thanks cheers",
        r"(?:thank(?:s| you)|cheers)(?: so much| very much| again| a lot)? for (?:not )?(?!coming"
        r"|jumping on|hopping on|dialling in|dialing in|getting on|telling"
        r"|sharing|your time|making (?:the )?time|taking (?:the )?time|joining|having|meeting"
        r"|that\b|this\b|it\b|everything)(?:\w+ing|being|your|the|all)\b"
        r"[^.!?]{0,40}",
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
    # A deed of theirs whose mark is visible: "you've carried the migration almost
    # single-handed, and it shows" (not "you've been distracted, and it shows").
    (
        "shows",
        r"you(?:'ve| have)? (?:carried|held|kept|led|built|put|worked|driven|pushed|run|handled"
        r"|taken on|grown|stepped up|looked after|thought)\b[^.!?]{0,70}?,? and it shows\b",
    ),
    # What would not have happened without them: "without you the migration wouldn't have
    # shipped".
    (
        "without",
        r"without you(?:r \w+)?,? (?:we|i|the \w+|this|it|that|none of (?:this|it))(?: \w+)?"
        r" (?:wouldn't|would not|couldn't|could not|would never|'d never)\b",
    ),
    # ... or that exists because of them: "the pricing engine exists because of you", "that's
    # down to you" (not "is it because of you?", a question the detector reads first).
    (
        "because down thanks",
        r"(?:(?:exists|happened|works|worked|shipped|got done|got built|is (?:still )?(?:running"
        r"|standing|here)|kept going) because of you|(?:that's|that is|it's|it is|this is)"
        r" (?:all |largely |mostly )?(?:down to|thanks to) you)\b",
    ),
    # A deed done in spite of what they carried: "on three hours' sleep, and you still covered
    # it", "running on empty and still showing up".
    (
        "still",
        r"(?:and|but|yet) (?:you )?still (?:covered|delivered|showed up|showing up|shipped"
        r"|turned up|turning up|got it done|made it|kept (?:it|the \w+|everything) (?:going"
        r"|moving|running)|hit (?:it|the \w+)|finished|completed|passed|nailed it|aced it"
        r"|pulled it off|hit \d+)\b",
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
    # Effort named as the person's: "you've clearly thought hard about this", "you put in a
    # massive effort". No "not" fits between "you" and the verb, so "you haven't ..." is not it.
    (
        "thought worked put done gone went tried fought battled",
        r"you(?:'ve| have)?(?: (?:clearly|obviously|really|genuinely|definitely|truly|already))*"
        r" (?:thought (?:hard|carefully|long and hard|deeply|this through|it through)"
        r"|done (?:the|all the) (?:groundwork|legwork|heavy lifting)"
        r"|(?:worked|fought|battled) (?:so |really |incredibly )?hard"
        r"|put (?:in )?(?:a lot of|so much|real|serious|an? (?:massive|huge|enormous|incredible"
        r"|tremendous|real|serious) amount of|an? (?:massive|huge|enormous|incredible|tremendous"
        r"|real|serious)|massive|huge|tremendous|a ton of) (?:effort|work|thought|care|energy)"
        r"|done your homework|(?:gone|went) above and beyond|tried (?:so hard|really hard"
        r"|everything))\b",
        "hard carefully long deeply through effort work thought care energy homework beyond"
        " everything groundwork legwork lifting",
    ),
    # ... in the present: "you're putting the effort in", "putting in the hours".
    (
        "putting",
        r"you(?:'re| are) (?:really |clearly )?putting (?:(?:the|real|so much|a lot of)"
        r" (?:effort|work|hours|graft) in|in (?:the|real|so much|a lot of) (?:effort|work|hours"
        r"|graft))\b",
    ),
    # A deed credited by comparison with what most would do: "not many people would have...".
    (
        "many few everyone everybody",
        r"(?:not (?:many|a lot of|every|everyone|everybody)(?: people| managers| of us"
        r"|(?: [\w-]+)?(?: \w+s))?|few(?: people| managers| of us)?) (?:would|could)"
        r"(?: have|'ve)\b",
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
        r"i (?:really |genuinely |deeply |do )?(?:respect|admire) (?:that|it|this)"
        r"(?: (?:a lot|so much|hugely|massively|enormously|loads))?(?=[.!;]|$)",
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
    ("congrats congratulations", r"congrat\w* (?:on|for)\b(?! " + _HARM_DONE + r")[^.!?]{0,40}"),
    (
        "done",
        r"well done (?:on|for|with|getting|handling)\b(?! " + _HARM_DONE + r")[^.!?]{0,40}",
    ),
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
        " sister brother son daughter wife husband worker listener learner human carer nurse"
        " teacher doctor coach mentor writer student volunteer neighbour neighbor owner",
        r"you(?:'re| are| sound like| seem like| come across as)(?: (?:a|an|such a|one))?"
        r"(?: (?:really|very|genuinely|truly|incredibly|clearly))* (?:great|good|wonderful"
        r"|brilliant|amazing|fantastic|lovely|caring|loving|devoted|kind|thoughtful|strong|brave"
        r"|hard|natural|fab|solid|decent|cracking|top|terrific|excellent|superb|exceptional)"
        r" (?:mum|mom|dad|parent|friend|manager|person|partner|colleague|teammate|lead|leader"
        r"|boss|sister|brother|son|daughter|wife|husband|worker|listener|learner|human|carer"
        r"|nurse|teacher|doctor|coach|mentor|writer|student|volunteer|neighbou?r|owner)\b",
        "you're are sound seem across",
    ),
    ("proud", r"proud of you\b(?! (?:if|when|once)\b)"),
    # Their act as the mark of someone others prize: "that's the kind of manager people trust"
    # (not "that's the kind of thing people need to hear", "this is exactly the kind of
    # conversation we need to have").
    (
        "kind sort type",
        r"(?:that's|that is|it's|this is|that was) (?:exactly |just )?the (?:kind|sort|type) of"
        r" (?:[\w-]+ ){0,2}(?:manager|leader|lead|nurse|teacher|doctor|person|friend|colleague"
        r"|teammate|parent|mum|mom|dad|engineer|boss|mentor|coach|partner|human|worker|employee"
        r"|professional|carer|rep|analyst|developer|designer) (?:people|others|everyone"
        r"|everybody|teams?|folks|staff|patients|customers|kids|we|i) (?:\w+ )?(?:trust|respect"
        r"|want|need|remember|look up to|admire|follow|rely on|value)\b",
        "that's is it's was",
    ),
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
    (
        "kudos hats props play",
        r"(?:kudos|hats off|props|fair play)(?: to you)? (?:to you|for|on)\b[^.!?]{0,40}",
    ),
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
        r"|brilliantly|really well|so well|fantastic)\b"
        # ("You did everything they asked and still got passed over" says back the unfairness.)
        r"(?![^.!?;]{0,40}\b(?:and|but|yet) (?:you )?still (?:got|didn't|weren't|wasn't|lost"
        r"|ended up))",
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
