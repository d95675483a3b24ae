"""Our second peer-support set written like forum replies, by a different writer and on other
topics (night shifts, probation, ADHD at work, grief, a visa, a public mistake).

Written by a helper who read nothing of the project, coded by meaning with MITI-style codes in
our move names (see :mod:`.peer_support`), labelled without context. It was measured twice
before anything was changed for it: on 639c907, the round's start, F1 reflection 0.60,
recognition 0.36, judgment 0.36, advice 0.76, sympathy 0.40; and after the fixes the first
forum set prompted (:mod:`.peer_support_forum`), 0.61 / 0.45 / 0.36 / 0.76 / 0.40, the honest
figure for those fixes on new wordings. Its own misses then prompted general frames pinned
with other wordings in tests/moves/test_forum_wordings.py; after them 0.97 / 1.00 / 0.97 /
0.97 / 0.67, no longer held out.
"""

from __future__ import annotations

from tests.moves.peer_support_forum import CQ, INFO, OQ, REC, SYM, A, J, R

SECOND_FORUM: list[tuple[str, set[str]]] = [
    (
        "You kept showing up to those night shifts for two years while raising a toddler,"
        " which is not nothing.",
        {REC},
    ),
    (
        "honestly the fact that you went back and owned the mistake in the standup says a"
        " lot about you",
        {REC},
    ),
    (
        "Reaching out to your supervisor before probation ended was a smart move, even if"
        " it didn't land the way you hoped.",
        {REC},
    ),
    (
        "you clearly care about those kids or you wouldn't be up at 2am rewriting lesson plans",
        {REC},
    ),
    (
        "Building your own reminder system when the ADHD diagnosis is only a month old is"
        " legit impressive.",
        {REC},
    ),
    (
        "Being the only woman in that room and still pushing back in design reviews the "
        "way you describe takes real backbone.",
        {REC},
    ),
    (
        "Coming back after burnout and setting boundaries from day one, that's growth, "
        "plain and simple.",
        {REC},
    ),
    (
        "You sorted the visa paperwork mostly by yourself, in your second language, and "
        "that counts for a lot.",
        {REC},
    ),
    ("Your instinct to keep a record of everything that coworker says to you is spot on.", {REC}),
    ("good on you for walking away from a manager who talked to you like that", {REC}),
    (
        "You looked after your mum for three years while working full time; whatever "
        "guilt you're carrying, that is what love looks like in practice.",
        {REC},
    ),
    (
        "Giving Biscuit such a gentle last day, with his favourite blanket and the sun on"
        " the porch, was a real kindness.",
        {REC},
    ),
    (
        "Not many first-year nurses would have caught that med error, let alone flagged "
        "it to the charge nurse.",
        {REC},
    ),
    (
        "The way you wrote this post, calm and fair to your boss even while you're "
        "clearly furious, shows you're more level-headed than you give yourself credit "
        "for.",
        {REC},
    ),
    (
        "props for actually asking for feedback after the probation thing instead of just"
        " disappearing",
        {REC},
    ),
    ("You've already done the hardest bit by admitting to yourself that you need a break.", {REC}),
    ("Tbh if you're late to every shift I'm not sure what you expected them to do.", {J}),
    ("Crying over a hamster for three weeks seems a bit much, no offense.", {J}),
    (
        "So you ignored your manager's emails for a week and now you're shocked he's "
        "breathing down your neck?",
        {J},
    ),
    ("Everyone has a toxic coworker, it's called having a job, grow up.", {J}),
    (
        "Maybe if you'd actually read the curriculum before your placement started you "
        "wouldn't be drowning now.",
        {J},
    ),
    ("ADHD isn't a free pass to miss deadline after deadline.", {J}),
    ("Honestly you're overreacting, one typo in a company-wide email is not a scandal.", {J}),
    (
        "Putting your dad in a home because visiting him is 'inconvenient' is pretty selfish imo.",
        {J},
    ),
    ("wow must be nice to just quit whenever things get a little hard", {J}),
    ("You knew the visa rules when you signed the contract, so this one's on you.", {J}),
    ("Not every comment is about you being a woman, sometimes the idea just isn't good.", {J}),
    (
        "People out here have real problems, and a boss asking for a daily status update "
        "isn't one of them.",
        {J},
    ),
    ("Did it ever cross your mind that maybe you're the toxic one in this story?", {J}),
    ("Burnout is just a trendy word for not wanting to work anymore.", {J}),
    (
        "You're a nurse, you knew nights came with the job, so complaining about them now"
        " is kind of rich.",
        {J},
    ),
    (
        "Miscarriages are super common, so I don't really get why you'd need a whole week"
        " off for one.",
        {J},
    ),
    ("Get blackout curtains and a cheap white noise machine, your day sleep will thank you.", {A}),
    (
        "Might be worth asking HR whether your probation can be extended rather than just ended.",
        {A},
    ),
    (
        "write down every incident with the date and time, then take it to whoever sits "
        "above your boss",
        {A},
    ),
    (
        "Try breaking the lesson planning into 20 minute chunks with a timer so it "
        "doesn't eat your whole Sunday.",
        {A},
    ),
    ("If your company has an EAP, use it, it's free and the sessions are confidential.", {A, INFO}),
    ("Talk to an immigration lawyer before you resign, not after.", {A}),
    (
        "Would you consider asking your manager to put tasks in writing instead of "
        "dropping them on you verbally?",
        {A, CQ},
    ),
    (
        "Let yourself grieve this pregnancy however you need to, and don't let anyone put"
        " a timeline on it.",
        {A},
    ),
    (
        "Look into a memory clinic referral for your mom; the social worker at her GP "
        "practice can usually set one up.",
        {A, INFO},
    ),
    (
        "Book a one-on-one with your boss and ask him straight out what 'done' looks like to him.",
        {A},
    ),
    (
        "Don't bite when she takes digs at you in the group chat, move everything to "
        "email where there's a paper trail.",
        {A},
    ),
    (
        "find one other woman in the wider org, even in a totally different department, "
        "and grab a coffee with her",
        {A},
    ),
    (
        "My two cents: own the mistake in one short message, say what you've fixed, then "
        "stop apologizing.",
        {A},
    ),
    ("Ease back in with half days if they'll let you, there's nothing to prove in week one.", {A}),
    (
        "Ask your mentor teacher if you can keep co-teaching for a few more weeks instead"
        " of going solo right away.",
        {A},
    ),
    (
        "maybe keep a little spot in the garden for his ashes, it helped my kid a lot "
        "when our cat died",
        {A},
    ),
    (
        "So the real problem isn't the night shifts themselves, it's that you basically "
        "never see your partner anymore.",
        {R},
    ),
    ("You're worn down from having every single email you send rewritten by your manager.", {R}),
    (
        "Part of you wants to quit tomorrow and part of you is terrified of what a gap on"
        " your CV would look like.",
        {R},
    ),
    (
        "You feel like you did everything they asked during probation and still got shown"
        " the door without a real reason.",
        {R},
    ),
    (
        "What stings most is less the mistake itself and more that the whole department "
        "watched it happen.",
        {R},
    ),
    (
        "you're running on fumes and still expected to be 'on' for 30 teenagers five times a day",
        {R},
    ),
    ("Losing him feels like losing the one routine that held your whole day together.", {R}),
    ("You're grieving a baby that most of the people around you never even knew existed.", {R}),
    ("Your mom not recognising you on Sunday hit a lot harder than you thought it would.", {R}),
    (
        "With the visa hanging over you, you can't push back at work the way your colleagues can.",
        {R},
    ),
    ("So you're tired of being the one who gets asked to take notes in every meeting.", {R}),
    (
        "You're worried that once your boss knows about the ADHD, it'll become the lens "
        "for everything you do.",
        {R},
    ),
    (
        "She's all smiles with management and vicious with you, and nobody else seems to notice.",
        {R},
    ),
    (
        "you want to go back to work, you just don't want to go back as the person you "
        "were before the burnout",
        {R},
    ),
    ("You're grieving, and on top of that you feel guilty for grieving a dog this much.", {R}),
    (
        "Managing people wasn't really what you signed up for, and now you're stuck "
        "between your team and your director.",
        {R},
    ),
    ("Ugh, that's such a rotten thing to go through right after losing your grandad.", {SYM}),
    (
        "I'm in the same boat with a micromanager and it's exhausting, you're definitely "
        "not alone in this.",
        {SYM},
    ),
    (
        "In the US, being let go during probation doesn't automatically disqualify you "
        "from unemployment, though the rules vary by state.",
        {INFO},
    ),
    (
        "My OB told me roughly one in four known pregnancies ends in miscarriage, most of"
        " them in the first trimester.",
        {INFO},
    ),
    ("What does a good day at work look like for you right now?", {OQ}),
    ("Have you told anyone at work about the diagnosis yet?", {CQ}),
    ("I worked nights for six years in the ED before I finally moved to days.", set()),
    (
        "My old manager once told me to 'just smile more in meetings,' which still makes me laugh.",
        set(),
    ),
    (
        "My charge nurse is honestly the best person I've ever worked with, she covers "
        "for all of us without being asked.",
        set(),
    ),
    ("Not to be harsh, but you're way more competent than you're letting yourself believe.", {REC}),
    ("I don't think anyone could call you lazy for needing a nap after a 12-hour shift.", {SYM}),
    ("How did your dad react when the doctor first used the word dementia?", {OQ}),
    ("Is your visa tied to this specific employer, or is it an open work permit?", {CQ}),
    ("happy cake day btw lol", set()),
    (
        "A teacher I student-taught under told me the first year is pure survival, and I "
        "hated hearing it at the time.",
        set(),
    ),
    ("I'm curious, what drew you to teaching in the first place?", {OQ}),
]
"""Forum-style replies by a second writer; its measurements are in the module docstring."""
