"""Judgment as a verdict on the person or their conduct: a negative trait ("you are / seem /
sound" + one), their fitness for the job or their effort found wanting, a standard missed,
peers held up against them.

Entries of the judgment table (see :mod:`.judgment`).
"""

from __future__ import annotations

from simulator.moves._lexicon.qualities import _BAD_QUALITY, _BAD_RE, _DEGREE, _TRAIT_WORDS, _TRAITS

VERDICTS: tuple[tuple[str, ...], ...] = (
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
    # Their conduct named as the problem: "we talk about your attitude", "no more heroics" (not
    # "your attitude is not the problem here").
    (
        "attitude",
        r"(?:(?:about|discuss|address|raise|with|regarding|on) your attitude|your attitude (?:"
        r"since|lately|recently|has (?:changed|slipped|got)|needs|towards|(?:isn't|is not)(?! "
        r"(?:the |an? )?(?:problem|issue)\b)|at the moment|in meetings)|your attitude (?:[\w-]"
        r"+ ){0,3}(?:(?:needs to|has to|must|should) (?:change|improve|shift|get better)|is (?"
        r":part of )?(?:the |a )?problem|isn't helping|is not helping))\b",
    ),
    (
        "heroics martyrdom",
        r"(?:no more|enough|less of the|stop the) (?:[\w.-]+ ){0,3}(?:heroics|martyrdom)\b",
    ),
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
    # Falling short stated as the verdict: "your team's missing its numbers", "what's going on
    # is you're behind" (not "you're worried you're missing your numbers", which the stem owns).
    (
        "missing behind hitting",
        r"(?:^(?:look,? |honestly,? )?|(?:what's going on|the problem|the issue|the fact) is"
        r",? )(?:you(?:'re| are)|your team(?:'s| is)|you've been) (?:missing|behind on|falling"
        r" behind on|not hitting) (?:its |your |the )?(?:numbers|targets?|deadlines?|dates?"
        r"|goals?|quota)\b",
    ),
    # ... or opening a sentence of its own, before the demand it grounds: "Yes, the number.
    # You're well behind and I need to know how you're closing the gap."
    (
        "behind",
        r"(?:(?:[.!?] |^)(?:look,? |honestly,? )?|(?:what's going on|the problem|the issue|the"
        r" fact) is,? )you(?:'re| are) (?:way |well |badly |so |really )?behind(?: (?:on|with)"
        r" (?:your|the) (?:numbers?|targets?|quota|plan|forecast))?(?:,? and (?:i|we) (?:need"
        r"|want|expect)\b|[.!?]|\W*$)",
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
    # "That's on your team", "not a great look", "get on board", "that's the job", "attitude".
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
    # A standard they are told they fall short of: "try to be a bit more professional".
    (
        "professional mature positive resilient grown-up",
        r"(?:try (?:to|and)|need to|have to|got to|gotta|should|must|please|could you|can you"
        r"|learn to) (?:be|act|behave|sound|come across)(?: as)? (?:a (?:bit|little|lot) |much "
        r"|way )?more (?:professional|mature|positive|resilient|grown-up)\b",
        "more",
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
)
