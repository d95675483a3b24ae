"""Our third peer-support set written like forum replies, by a third writer, held out.

Written by a helper who read nothing of the project, in mostly plain registers on topics the
other sets do not hold (sobriety, postpartum depression, chronic pain, a bullied child, a PhD,
a divorce), coded by meaning with MITI-style codes in our move names (see
:mod:`.peer_support`), labelled without context. Measured once at the end of the round that
added the forum sets, and nothing was changed for it: F1 reflection 0.70 [0.52-0.83],
recognition 0.67 [0.42-0.85], judgment 0.45 [0.15-0.69], advice 0.80 [0.62-0.93], sympathy 1.00
(95% intervals over 2,000 resamples of its items); at the round's start (639c907) 0.64 / 0.61 /
0.30 / 0.76 / 1.00. Its misses are not printed anywhere, so that it can stay held out.
"""

from __future__ import annotations

from tests.moves.peer_support_forum import CQ, INFO, OQ, REC, SYM, A, J, R

THIRD_FORUM: list[tuple[str, set[str]]] = [
    (
        "Six months sober is no small thing, and you got there while your dad was in the hospital.",
        {REC},
    ),
    ("You kept going to work through a pain flare that would have flattened most people.", {REC}),
    (
        "Reporting the bullying to the school instead of letting it slide says a lot "
        "about you as a parent.",
        {REC},
    ),
    (
        "You obviously care a lot about doing good work, otherwise that review wouldn't "
        "have stung this much.",
        {R, REC},
    ),
    ("Leaving the group chat took guts.", {REC}),
    (
        "Sending out application after application for eight months and still showing up "
        "to interviews prepared takes real persistence.",
        {REC},
    ),
    ("You should honestly be proud of how much you've carried for your partner this year.", {REC}),
    ("Reaching out here when you're this worn down is a strong move, not a weak one.", {REC}),
    (
        "You moved to a country where you didn't speak the language and built a life there anyway.",
        {REC},
    ),
    (
        "People who know the field read your application and picked you, and they don't "
        "do that by accident.",
        {REC},
    ),
    (
        "Telling your doctor about the postpartum thoughts was brave, and it was the right call.",
        {REC},
    ),
    ("good on you for pulling over and calling someone instead of driving home shaken", {REC}),
    (
        "You're handling the divorce with far more grace toward your kids than a lot of "
        "people manage.",
        {REC},
    ),
    ("Day 12 is still 12 days you didn't drink.", {REC}),
    ("Your values come through really clearly in the way you talk about your students.", {REC}),
    ("Nice work holding that boundary with your mom, seriously.", {REC}),
    (
        "Honestly you kind of brought this on yourself by skipping every one-on-one with "
        "your manager.",
        {J},
    ),
    ("Did you really think relapsing at your sister's wedding wouldn't affect anyone else?", {J}),
    ("Everyone gets a bad review at some point, it's not the end of the world.", {J}),
    ("You're a grown adult, stop letting a group chat run your life.", {J, A}),
    ("If you'd been paying attention to the road this wouldn't have happened.", {J}),
    (
        "Kids get teased, that's part of growing up, and making a huge deal of it is only"
        " going to make him softer.",
        {J},
    ),
    ("Sorry but posting about your husband like this behind his back isn't fair to him.", {J}),
    (
        "Plenty of people live with pain way worse than a flare and don't make a thread about it.",
        {J},
    ),
    (
        "Imposter syndrome is kind of a humblebrag at this point, you're literally at a "
        "top university.",
        {J},
    ),
    ("wow, so the plan is just to keep complaining and never apply anywhere new", {J}),
    ("You chose to move abroad, so the homesickness kind of comes with the territory.", {J}),
    ("Being a caregiver is hard, but snapping at someone who's sick is never okay.", {J}),
    ("What did you expect would happen when you stopped your meds without telling anyone?", {J}),
    ("Postpartum is rough but you can't just check out on your baby.", {J}),
    ("This reads like you want people to agree with you, not to hear the truth.", {J}),
    ("Half of marriages end, you'll get over it like everyone else does.", {J}),
    (
        "Try writing down three things you got done each day, even tiny ones, so you have"
        " something to look at when the imposter feeling hits.",
        {A},
    ),
    ("Ask HR for the review in writing and request a follow-up meeting with concrete goals.", {A}),
    (
        "If you can, get the school to put their anti-bullying plan in writing with actual dates.",
        {A},
    ),
    (
        "It might help to find a weekend AA or SMART Recovery meeting since Saturdays are"
        " when the cravings hit hardest.",
        {A},
    ),
    ("Heat pad, gentle stretching, and cancel anything non-essential this week.", {A}),
    ("Mute the chat for a week and see how you feel without it.", {A}),
    ("You could tailor your CV to each posting rather than sending the same one everywhere.", {A}),
    (
        "Please mention the intrusive thoughts to your OB or midwife at your next "
        "appointment, they hear this all the time and it won't shock them.",
        {A, INFO},
    ),
    (
        "I'd take photos of the car and get a copy of the police report before you talk "
        "to the insurer.",
        {A},
    ),
    (
        "Make sure you carve out some time that's just yours, even an hour a week, "
        "because caregiver burnout creeps up fast.",
        {A},
    ),
    ("Look for expat meetups or a language exchange in your city.", {A}),
    ("Don't sign anything his lawyer sends until someone on your side has read it.", {A}),
    (
        "Maybe talk to your advisor about scaling the chapter back rather than pulling "
        "all-nighters.",
        {A},
    ),
    ("Set a phone alarm for your meds so the doses don't slip when your days get chaotic.", {A}),
    (
        "One thing that worked for my son was role-playing at home what to say back to "
        "the kids who picked on him.",
        {A},
    ),
    (
        "Have you considered telling your manager you're struggling before the next review cycle?",
        {A},
    ),
    (
        "So you feel like you're doing everything right and still getting nowhere with "
        "the job search.",
        {R},
    ),
    (
        "It sounds like the hardest part isn't the pain itself but feeling like nobody at"
        " work believes you.",
        {R},
    ),
    (
        "You're scared that if you admit how low you feel, someone will decide you're a "
        "bad mother.",
        {R},
    ),
    (
        "You miss your old friends, but you also don't want to admit the move might have "
        "been a mistake.",
        {R},
    ),
    (
        "Part of you wants a drink just to feel normal at parties, and part of you knows "
        "exactly where that goes.",
        {R},
    ),
    ("You're angry at your ex, but mostly you sound tired.", {R}),
    ("Watching your kid come home quiet every day is wearing you down.", {R}),
    (
        "It's like you stopped being his girlfriend somewhere along the way and became his nurse.",
        {R},
    ),
    ("You're replaying that review word for word at 2am.", {R}),
    ("sounds like the group chat went from fun to something you dread opening", {R}),
    ("You're not sure you belong in the program, even though you passed your quals.", {R}),
    ("Since the accident you've been jumpy every time you get behind the wheel.", {R}),
    ("What I'm hearing is that you love him but you don't trust him anymore.", {R}),
    ("Being the one everyone leans on has left you with nobody to lean on yourself.", {R}),
    (
        "You'd rather be working than sitting at home waiting for callbacks, and the "
        "waiting is the worst part.",
        {R},
    ),
    ("It seems like the fear of losing the job is heavier right now than the job itself.", {R}),
    ("I'm so sorry, that sounds exhausting.", {SYM}),
    ("You're not alone in this, a lot of us have been exactly where you are.", {SYM}),
    ("Postpartum depression affects somewhere around one in seven new mothers.", {INFO}),
    (
        "In a lot of places schools are legally required to investigate a bullying report"
        " once it's made.",
        {INFO},
    ),
    ("What does a good day look like for you right now?", {OQ}),
    ("Have you told anyone in your real life about the relapse?", {CQ}),
    ("How are things with your advisor these days?", {OQ}),
    ("Is your partner getting any support from a care team?", {CQ}),
    ("I was eleven months sober when my mom died.", set()),
    ("Moved from Brazil to Germany four years ago myself.", set()),
    ("That's awful and you didn't deserve any of it.", {SYM}),
    (
        "Coming off benzos too quickly can cause seizures, which is why doctors usually "
        "taper them slowly.",
        {INFO},
    ),
    (
        "Sending hugs from someone who has also spent three hours on hold with insurance "
        "this week.",
        {SYM},
    ),
    ("I'm not going to pretend I know what the right answer is here.", set()),
    (
        "From what recruiters keep saying, tech searches are taking a lot longer this "
        "year than they used to.",
        {INFO},
    ),
    ("What made you decide to post tonight?", {OQ}),
]
"""Forum-style replies by a third writer, held out; its measurement is in the module docstring."""
