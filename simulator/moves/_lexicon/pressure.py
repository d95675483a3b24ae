"""Judgment as pressure, in a results-first manager's words: a colleague held up as the
standard, a formal process threatened, sarcasm, impatience with their answers, and their
circumstances waved away by the work.

Entries of the judgment table (see :mod:`.judgment`). The one place for these wordings: most
come from blind sets 36, 37 and 39's blunt managers, whose sessions the earlier frames scored
as judgment-free ("Greg built the retention dashboard in his second week", "Brilliant. Really
illuminating.", "the quarter doesn't care", "we'll be having a more formal conversation"),
beside the older comparisons, expectations and warnings of a formal plan they extend; the new
ones are pinned with kind near misses in tests/moves/test_pressure.py.
"""

from __future__ import annotations

PRESSURE: tuple[tuple[str, ...], ...] = (
    # A colleague held up as the standard: "Greg built the retention dashboard in his second
    # week", "Liam's at 112% on the same inbound queue", "Sara's team went through the same
    # reorg and they're at two and a half", "I'm not getting complaints about her", "a launch
    # twice this size". Not "Greg struggled in his first week too", "I went through the same
    # reorg and hated it".
    (
        "first second third fourth",
        r"\b(?:built|shipped|did|finished|closed|hit|delivered|launched|learned|learnt|wrote"
        r"|fixed|ran|set up|picked up|nailed|cleared)\b[^.!?]{0,60}\bin (?:his|her|their)"
        r" (?:first|second|third|fourth) (?:week|month|day|fortnight|quarter)\b",
    ),
    (
        "same",
        r"(?:(?:'s|is|are|'re) at \d+(?:\.\d+)?(?:%| percent)?(?: \w+)?|(?:he|she|they)"
        r" (?:hit|hits|closed|delivered|manage[sd]?|cope[sd]?)\b[^.!?]{0,30}?) on the same\b",
        "at hit hits closed delivered manage managed manages cope coped copes",
    ),
    (
        "same",
        r"went through the same \w+(?: \w+)? and (?:they|he|she|his team|her team|their team)"
        r"(?:'re| are| is|'s) (?:at|on track|hitting|fine|doing fine|delivering)\b",
    ),
    ("complaints", r"i(?:'m| am) not getting complaints about (?:him|her|them)\b"),
    # (Not "this launch is twice the size of the last one": the work's size, not a colleague.)
    ("twice size", r"(?:twice|three times|double) (?:this|your) size\b"),
    # A peer held up as coping with the same: "Liam's hitting his number with the same split.",
    # "They delivered on less." as a whole sentence (not the speaker or the listener: "you hit it
    # with the same split last year" recalls their own record; not "so Liam's ...", their own
    # comparison said back).
    (
        "same less fewer half",
        r"^(?!(?:so|and|nobody|no one|your|the whole|everyone|everybody)\b)(?:(?!(?:you|we|i)\b)"
        r"[a-z]+ ){0,2}(?!(?:you|we|i)\b)[a-z]+(?:'s| is"
        r"| are| was| were| has| have)? (?:still |somehow |already |just )?(?:hitting|making"
        r"|meeting|managing|delivering|closing|coping"
        r"|hit|made|met|managed|delivered|closed|coped|hits|makes|meets|manages|delivers|closes"
        r"|copes)\b[^.!?;]{0,40}? (?:with|on|under|from|in) (?:the (?:exact )?same|less|fewer"
        r"|half (?:the|as))\b[^.!?,;]{0,25}\W*$",
    ),
    # A formal process threatened: "we'll be having a more formal conversation", "a different
    # conversation", "put some structure around your probation", "HR will want us to put
    # something formal in place". Not "we'll have a different conversation next time: about
    # your goals", "a formal handover".
    (
        "formal different conversation",
        r"we(?:'ll| will|'re going to| are going to)(?: be)? (?:have|having|need to have) (?:a|an)"
        r" (?:\w+ )?(?:different|formal) (?:conversation|chat|talk)(?=\s*[.!,;]|\s*$| if\b)",
        "formal different",
    ),
    (
        "structure formal",
        r"(?:put|putting) (?:some |more )?(?:structure|something formal|something in writing)"
        r" (?:around|on|in place (?:around|for|on)) your (?:probation|performance|role|review)\b",
    ),
    ("hr formal", r"hr (?:will|would|'ll) want (?:us )?to (?:put|start|open) something formal\b"),
    # (Older wordings of the same threat: "we'll have to look at a performance plan", "we'd
    # need a more formal conversation" if it goes on.)
    (
        "plan pip",
        r"we(?:'ll| will| would|'d) (?:have to|need to|be forced to) (?:talk about|look at|discuss"
        r"|start|consider|put you on|move to|go to|have) (?:a |an |the )?(?:more )?(?:formal "
        r"|performance |improvement |disciplinary |capability )+(?:plan|process|route|procedure"
        r"|pip|conversation)\b",
        "if",
    ),
    (
        "formal",
        r"we(?:'ll| will| would|'d) (?:have|need) (?:a |an )?(?:more )?formal (?:conversation|talk"
        r"|discussion|process)\b",
        "if otherwise or again continues",
    ),
    # Sarcasm: "Brilliant. Really illuminating.", "Great. Very reassuring for the customers.",
    # "then enlighten me", "finally, an actual answer", "a bit of enthusiasm wouldn't kill
    # you". Not "really illuminating data from the survey", "that's very reassuring to hear"
    # (their news welcomed), "it wouldn't kill you to rest" (care).
    (
        "illuminating enlightening reassuring informative insightful",
        r"(?:^|[.!] )(?:very|really|so|super) (?:illuminating|enlightening|reassuring|informative"
        r"|insightful)(?: for (?:the|our) \w+)?(?=\s*[.!]|\s*$)",
        "very really so super",
    ),
    ("enlighten", r"(?:then |so |go on(?:,)? )?enlighten me\b"),
    ("finally", r"finally,? an? (?:actual|real|straight|proper) answer\b"),
    (
        "kill",
        r"(?:a bit of|a little|some) (?!rest\b|sleep\b|time off\b|kindness\b)\w+(?: \w+)?"
        r" (?:wouldn't|won't|would not) kill you\b",
    ),
    # The basics named as what they lack: "knowing where the dashboards live is kind of the
    # job", "that's literally your job". Not "that's the job you wanted", "it's the job".
    (
        "job",
        r"(?:is|'s|was) (?:kind of|literally|basically|sort of|literally just|pretty much)"
        r" (?:the|your) (?:whole |entire )?job\b",
        "kind literally basically sort pretty",
    ),
    # Their words turned away for a demand: "I don't need sorry, I need a date", "I don't need
    # 'understood', I need a yes or no". Not "I don't need an apology, you did nothing wrong".
    (
        "need want",
        r"i (?:don't|do not) (?:need|want) (?:an? )?(?:sorry|apology|apologies|understood"
        r"|['\u2018][^'\u2019]{1,30}['\u2019])(?=[,;.]\s*i (?:need|want)\b)",
        "don't not",
    ),
    # A plan of theirs called no plan: "Reading the docs again isn't a date." Not "a day off
    # isn't a plan I'd say no to".
    (
        "date plan answer status update",
        r"\b\w+ing\b[^.!?]{0,40} (?:isn't|is not) (?:an? )?(?:date|plan|answer|status|update)"
        r"(?: either)?(?=\s*[.!]|\s*$)",
        "isn't not",
    ),
    ("case", r"(?:doesn't|does not|won't|isn't|is not) help(?:ing)? your case\b"),
    # Hindsight with a cost: "you could've done that a week ago and we wouldn't be here".
    (
        "wouldn't",
        r"\b(?:and|then) (?:we|i) wouldn't be (?:here|having this (?:conversation|chat|talk))\b",
        "and then",
    ),
    # Their mood called sulking; credit waved away; their circumstances set against the work:
    # "not sulking in the corner", "not everything is about individual credit", "the quarter
    # doesn't care", "show up like you actually want to be there". Not "you're not sulking,
    # you're hurt", "not everything is about the numbers" (taking their side), "the client
    # doesn't care about the font, so skip it".
    (
        "sulking",
        # (Not "it's not sulking to need a quiet corner": the label refused for them.)
        r"(?:you(?:'re| are)|stop|quit|no more|instead of|rather than|, not) sulking\b"
        r"(?!,? (?:you(?:'re| are)|it's|you)\b)",
    ),
    (
        "everything",
        r"not everything is about (?:you\b|your\b|individual|getting (?:credit|noticed)|credit"
        r"|being noticed)",
    ),
    (
        "care",
        r"(?:the|our|this) (?:quarter|number|numbers|deadline|business|client|customer|customers"
        r"|market|board|target|launch|date) (?:doesn't|does not|don't|won't) care"
        r"(?=\s*[.!,;]|\s*$| (?:about|how|why|that) (?:you|your|it|that)\b)",
        "doesn't not don't won't",
    ),
    ("like want", r"like you (?:actually|even) (?:want|care) to be (?:here|there)\b"),
    # Blind set 37's blunt manager, polite on the surface ("three other leads are under two hours
    # on the same structure", "your peers are managing", "team median is 61%", "half the
    # team's", "Greg turned it round in three days last quarter", "others are still shipping",
    # "same structure, different results"). Not "other leads on the same structure found it
    # hard too", "we're on the same team".
    (
        "same",
        r"(?:other|three|two|four|five|the rest of the|your|all the) (?:\w+ )?(?:leads|reps"
        r"|engineers|managers|peers|teams|analysts)\b[^.!?]{0,40}\b(?:are|is|'re|were) (?:at"
        r"|under|over|above|hitting|managing|fine|delivering|shipping)\b[^.!?]{0,30}"
        r"\bon the same\b",
        "at under over above hitting managing fine delivering shipping",
    ),
    (
        "peers others else other",
        # (Blind set 39: "Others on the floor are converting fine off the same inbound", "the
        # other team leads got through the reorg without their queues doubling".)
        r"(?:your peers|others|everyone else|the rest of the team|other teams|other leads|the other"
        r" (?:\w+ )?(?:leads|reps|engineers|managers|teams))(?: on the (?:floor|team))?"
        r" (?:(?:are|is|seem to be) (?:still |all )?(?:managing|coping|shipping|hitting (?:it"
        r"|theirs|their numbers)|delivering|on track|converting fine|closing fine|doing fine)"
        r"|(?:got|get|managed|manage) through (?:it|the \w+) without)\b(?! (?:to|with)\b)",
    ),
    # (An older wording of the same: "everyone else managed", "nobody else needs this much".)
    (
        "else others rest",
        r"(?:every(?:one|body) else|the others|the rest of (?:the|your) team|(?:nobody|no one)"
        r" else)(?: on (?:the|your) team)? (?:managed|manages|hit|met|made|finished|delivered"
        r"|coped|handled|got (?:their|it|theirs)|seems? to (?:manage|cope)|needs? (?:this|that"
        r"|so) much)\b",
        "managed manages hit met made finished delivered coped handled got seem seems need needs",
    ),
    ("median average", r"(?:team|peer|the team's) (?:median|average) is\b"),
    ("team's", r"(?:half|double|twice|a third of|a quarter of) the team's\b"),
    (
        "last",
        r"\b(?!i\b|we\b|you\b)[a-z]+ (?:turned (?:\w+ )?(?:around|round)|built|shipped|closed"
        r"|delivered|finished)\b[^.!?]{0,50}\bin (?:just |only )?(?:two|three|four|five|a few|\d+)"
        r" (?:days|hours)(?: flat)? last (?:quarter|month|year|sprint|week)\b",
    ),
    ("different", r"\bsame \w+[^.!?]{0,40}\bdifferent (?:results|outcomes|numbers)\b"),
    # The work's own terms as the answer: "the metric is the metric", "a deadline is a
    # deadline". Not "the metric is the metric we agreed".
    (
        "metric number numbers target deadline date quota plan rules territory call budget process"
        " policy structure forecast queue patch headcount",
        # (Blind set 39: "Territory's the territory", "the target's the target this quarter",
        # "the call's the call".)
        r"\b(?:the |a )?(metric|number|numbers|target|deadline|date|quota|plan|rules|territory"
        r"|call|budget|process|policy|structure|forecast|queue|patch|headcount)(?:'s| is| are)"
        r" (?:the |a )?\1(?=\s*[.!,;]|\s*$| (?:this|for) (?:quarter|year|month|everyone)\b)",
    ),
    # Impatience, politely put: "I'm not sure how much clearer I can make it", "I'm not sure
    # what's unclear", "it's a yes or no question, really", "I find the deflection a bit
    # frustrating", "I'll take the silence as a no", "I'm not going to relitigate it".
    (
        "clearer clearly unclear direct directly",
        r"i(?:'m| am) not sure (?:how (?:much )?(?:clearer|more (?:clearly|direct(?:ly)?))|what's"
        r" unclear|i can be (?:any )?(?:more direct|clearer))\b",
    ),
    ("question", r"it's a (?:simple )?yes(?: or |/)no question\b"),
    (
        "find",
        r"i find (?:the|your|this) (?:deflection|attitude|tone|silence|evasiveness|defensiveness"
        r"|vagueness)\b",
    ),
    (
        "take",
        r"i(?:'ll| will) take (?:that|the silence|your silence|it) as (?:a no|nothing|a yes)\b",
    ),
    (
        "relitigate",
        r"(?:(?:i'm|i am|we're|we are) not (?:going to|here to)|(?:i|we) (?:won't|don't want to))"
        r" relitigate\b",
    ),
    # A standard they fall short of, and a sanction, politely put: "I'd expected a bit more
    # ownership", "I'd expect that by now", "I'd expect you to own the plan", "I'd hate for
    # this to show up in your review", "before it becomes a formal conversation", "I'll have
    # to bring Jenna in to take over", "a time-management conversation". Not "I'd expect you to
    # be tired after a week like that", "I'd expect you to need time".
    # (An older wording of the same: "I'd have expected more".)
    (
        "expect expected",
        r"i(?:'d| would)(?: have)? expect(?:ed)? (?:a lot |much |far )?(?:more|better)\b"
        r"(?! (?:rest|time|sleep|support)\b)",
    ),
    (
        "expected expect",
        r"(?:i(?:'d| had| would have)? expected (?:a bit |a little |a lot |much |rather )?more"
        r" (?:ownership|from you|of you|initiative|urgency|professionalism|progress)\b"
        r"|i(?:'d| would) expect (?:that|this|more|better) (?:by now|from you|of you)\b"
        r"|i(?:'d| would) expect you to (?:own|deliver|have (?:it|this|that) (?:done|ready|by))\b)",
    ),
    (
        "review file appraisal",
        r"(?:show up|come up|end up|appear|reflected) in your (?:review|appraisal|performance"
        r" review|file|record)\b",
    ),
    (
        "formal",
        r"before (?:it|this) (?:becomes|turns into) (?:a |an )?(?:more )?(?:formal|official)"
        r" (?:conversation|process|matter|issue)\b",
    ),
    ("over", r"bring (?:\w+ )?in to take (?:it |this |that )?over\b"),
    ("management", r"time[- ]management (?:conversation|issue|problem|concern)\b"),
    (
        "supportive fair patient reasonable",
        r"i(?:'m| am) (?:trying to be|being) (?:supportive|fair|patient|reasonable)(?: here)?,?"
        r" but\b",
    ),
    # Blame handed back and busyness dismissed (blind set 39's hurried manager): "the change was
    # yours", "busy isn't the same as effective". Not "the call was yours to make".
    (
        "yours",
        r"(?:the|that) (?:change|mistake|deploy|deployment|error|commit|pr|bug|config change) was"
        r" yours\b(?! to\b)",
    ),
    (
        "same",
        r"(?:busy|activity|effort|working hard|hours) (?:isn't|is not|doesn't equal|does not"
        r" equal) (?:the same as )?(?:effective|productive|results|output|progress|delivering)\b",
        "isn't not equal",
    ),
)
