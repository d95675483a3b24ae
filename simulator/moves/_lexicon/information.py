"""Giving information: facts, options, resources and how things work."""

from __future__ import annotations

from simulator.moves._text import _Phrases

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
