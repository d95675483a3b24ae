"""Sympathy and validation, and pacing (room given to answer), which the employee's engine
reads apart from kindness for what they said.
"""

from __future__ import annotations

import re

from simulator.moves._text import _Phrases

# Kindness to themselves, asked of them ("Don't blame yourself", "Go easy on yourself", "Give
# yourself a break"): sympathy in the imperative mood, not a fix. Read by _SYMPATHY, and by
# the detector, which then gives no advice for it.
_KIND_TO_SELF_GIVEN = r"a break|some credit|credit|some grace|grace"
_KIND_TO_SELF = (
    r"(?:(?:don't|do not|try not to) (?:blame|beat) yourself|(?:don't|do not|try not to) be"
    r" (?:so |too )?hard on yourself|go easy on yourself|be (?:kind|gentle) (?:to|with)"
    r" yourself|give yourself (?:" + _KIND_TO_SELF_GIVEN + r")"
    # A parting wish, not an order: "look after yourself this week", "take care of yourself".
    r"|(?<!need to )(?<!have to )(?<!should )(?<!must )(?:look after yourself|take (?:good )?care"
    r" of yourself|mind yourself))"
)

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


# Sympathy and validation: caring about what the person is going through without restating it.
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
        r"(?:i'm|i am) (?:(?:so|really|very|truly|just|deeply|terribly) )*sorry\b"
        r"(?!,? (?:but|i|what|could|can|did|do|say|come again|go on|to (?:interrupt|bother|cut|say)"
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
        r"(?:it )?makes (?:total |complete |a lot of |perfect |so much )?sense (?:(?:that )?"
        r"you(?:'d|'re| would| are| feel)|to feel"
        # "It makes complete sense to be gutted" (not "it makes sense to be careful").
        r"|to be (?:(?:so|this|that|a bit|really|pretty) )?(?:gutted|upset|sad|angry|scared|anxious"
        r"|nervous|worried|hurt|down|low|afraid|overwhelmed|exhausted|shaken|numb|lost|confused"
        r"|devastated|frustrated|furious|annoyed|disappointed|embarrassed|ashamed|stressed|tired"
        r"|heartbroken|jealous|resentful|lonely|wary|rattled|cautious))\b",
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
    (
        "alone",
        r"you(?:'re| are) (?:definitely |really |so |absolutely |certainly |honestly )?not"
        r" alone\b(?! on\b| in wanting\b)",
    ),
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
        r"(?<!have )(?<!got )(?<!had )(?:(?:an awful|a whole|a hell of a|a heck of a|a) lot|much)"
        r" to (?:carry|deal with|handle|take in"
        r"|go through|manage|process|juggle|hold|cope with|take on|have on your plate)\b"
        # (Not a load carried somewhere: "a lot to carry up three flights", "over into next
        # sprint".)
        r"(?! (?:up|down|over|into|across|upstairs|downstairs|home|back)\b)",
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
