"""Our fifth peer-support set written like forum replies, by a fifth writer, held out.

Written by a helper who read nothing of the project, on topics the other sets do not hold (a
teenager self-harming, a job lost to automation, a premature baby, a house fire, an exam resit,
a long-distance relationship, a hoarding parent, a career-ending injury, a cancelled wedding,
burnout), in registers from teenage to older British, Australian and American writers, coded
by meaning with MITI-style codes in our move names (see :mod:`.peer_support`), labelled
without context. Written at the start of the round that added the fourth set and measured
twice, figures only: at that round's start (8aec108) F1 reflection 0.52 [0.32-0.69],
recognition 0.54 [0.27-0.74], judgment 0.59 [0.35-0.79], advice 0.79 [0.57-0.93], sympathy
0.76 [0.50-0.93]; at its end (f671c7b) 0.55 [0.34-0.72] / 0.59 [0.33-0.78] / 0.69 [0.45-0.86]
/ 0.83 [0.64-0.96] / 0.76 [0.50-0.93] (95% intervals over 2,000 resamples of its items). Its
misses are printed nowhere and nothing was changed for it, so it stays held out.
"""

from __future__ import annotations

from tests.moves.peer_support_forum import CQ, INFO, OQ, REC, SYM, A, J, R

FIFTH_FORUM: list[tuple[str, set[str]]] = [
    (
        "You kept going to the NICU every single day for eleven weeks while holding down a job."
        " That's a kind of strength most people never have to find.",
        {REC},
    ),
    (
        "honestly the fact u told ur mum about the cutting even tho u were terrified? thats "
        "huge. proper brave",
        {REC},
    ),
    ("That kind of stubbornness is what gets people through ACL rehab.", {REC}),
    (
        "Three drafts in and you're still showing up to the page every morning. Plenty of "
        "people pack it in after one.",
        {REC},
    ),
    (
        "Getting the kids and your dad out before the smoke reached the stairs was done with a "
        "really clear head. Credit where it's due.",
        {REC},
    ),
    (
        "Resitting after failing once takes guts. A lot of people would've just walked away "
        "from the course.",
        {REC},
    ),
    (
        "Mate, ringing the bank the second you twigged it was a scam was the right call. You "
        "did good there.",
        {REC},
    ),
    (
        "Respect for tapering off the sertraline slowly with your GP instead of just stopping. "
        "That's a genuinely sensible way to look after yourself.",
        {REC},
    ),
    (
        "A lot of patience has obviously gone into keeping things civil with your mum about the"
        " hoard, even when she's been cruel to you about it.",
        {REC},
    ),
    ("good job on the interview prep!!", {REC}),
    (
        "You held the line on postponing when both families were pushing you to go ahead "
        "anyway. That took real backbone.",
        {REC},
    ),
    (
        "Not many people would admit they were burning out before it broke them. You spotted it"
        " and asked for the sabbatical. That's self-awareness.",
        {REC},
    ),
    (
        "Sitting through three weeks of that evidence and still giving it your full attention "
        "shows a serious sense of duty.",
        {REC},
    ),
    (
        "Learning to read at 52, with a tutor every Tuesday after work, is nothing short of "
        "brilliant. I mean that.",
        {REC},
    ),
    (
        "Owning the mistake to your manager before anyone else found it is exactly the kind of "
        "thing people remember you for, in a good way.",
        {REC},
    ),
    (
        "wait ur still doing 6am video calls with him with a 9 hour time difference?? thats "
        "dedication fr",
        {REC},
    ),
    (
        "You've rebuilt your whole life around getting your dad back on his feet after the "
        "stroke. What's kept you going through it?",
        {REC, OQ},
    ),
    (
        "You've already done the hardest bit by applying for the retraining grant. Maybe have a"
        " look at the data analysis track next?",
        {REC, A},
    ),
    (
        "Wow, congrats on finally noticing your office is toxic after only two years. Quick "
        "learner.",
        {J},
    ),
    (
        "No offence but if you'd actually revised instead of gaming all term you wouldn't be "
        "resitting.",
        {J},
    ),
    ("Why would you even leave your phone unlocked on a pub table?", {J}),
    (
        "Honestly people have lost way more in fires than a kitchen. At least you've still got "
        "a house.",
        {J},
    ),
    ("stop overthinking it, ur novel's fine, everyone gets writers block lol", {J}),
    (
        "It's nice that you've finally decided to take your mental health seriously. Better "
        "late than never, I suppose.",
        {J},
    ),
    ("Sounds like you just can't handle pressure, to be honest.", {J}),
    ("Your son self-harming doesn't come from nowhere. Kids pick these things up at home.", {J}),
    ("Well, you picked a career a chatbot could do. What did you expect?", {J}),
    (
        "Long distance never works, everyone knows that. You're wasting your twenties waiting "
        "on a screen.",
        {J},
    ),
    ("You're actually quite a good writer for someone who's never finished anything.", {J}),
    (
        "Back in my day we didn't need 'sabbaticals' for being a bit tired. We just got on with"
        " it.",
        {J},
    ),
    ("It's only a wedding. Some people have actual problems.", {J}),
    (
        "Lazy is lazy whatever label you stick on it. An ADHD diagnosis at 40 seems awfully "
        "convenient.",
        {J},
    ),
    (
        "It's just a knee, mate. Plenty of players come back from worse without carrying on "
        "like this.",
        {J},
    ),
    (
        "Tbh you need a thicker skin if a bit of open-plan chatter gets to you this much. Buy "
        "some headphones.",
        {J, A},
    ),
    ("How did you not notice the state of her house for ten years?", {J}),
    ("Must be nice to get paid leave to sit around feeling sorry for yourself.", {J}),
    ("Have you thought about asking HR for a desk away from the kitchen area?", {A}),
    ("Write 200 words a day, no editing, no rereading. Just get words down.", {A}),
    ("definitely get ur GP to set up a taper plan, dont just drop the meds cold turkey", {A}),
    (
        "Try noise-cancelling headphones and block out focus time in your calendar so people "
        "can see you're busy.",
        {A},
    ),
    (
        "Call the insurers today and ask about an emergency accommodation payment, most "
        "policies have one built in.",
        {A, INFO},
    ),
    (
        "Maybe book a session with a careers adviser before you decide anything about retraining?",
        {A},
    ),
    (
        "If I were you I'd talk to the coach about a staff role. Ten years of reading the game "
        "doesn't disappear with a knee.",
        {A},
    ),
    ("Could you move the calls to weekends so neither of you is wrecked during the week?", {A}),
    (
        "Put the new date in writing to the venue and ask them to confirm the deposit carries "
        "over.",
        {A},
    ),
    ("Don't try to clear it all with her in one go. One room. One shelf, even.", {A}),
    (
        "Lock the sharps and paracetamol away for now, and ask CAMHS to go through a safety "
        "plan with you both.",
        {A},
    ),
    (
        "Ring the jury officer at the court. They can refer you to counselling, and you're "
        "allowed to ask for it.",
        {A, INFO},
    ),
    (
        "You should totally apply for the preemie charity's parent grant, it covered our "
        "hospital parking for months",
        {A, INFO},
    ),
    (
        "That sounds exhausting. Maybe let yourself have one evening off from the manuscript "
        "this week?",
        {A, SYM},
    ),
    (
        "So the thing eating at you isn't losing the job so much as feeling like twenty years "
        "of skill got made pointless overnight.",
        {R},
    ),
    (
        "You're torn between wanting your mum to be safe and not wanting to be the one who bins"
        " her whole life.",
        {R},
    ),
    ("sounds like ur knackered and nobody at work has even clocked it", {R}),
    ("The resit didn't just knock your grade, it knocked how you see yourself as a student.", {R}),
    (
        "You've held it together for everyone else since the fire and now there's nowhere left "
        "to put it.",
        {R},
    ),
    (
        "So part of you is calling yourself lazy for needing the sabbatical, even though you "
        "know you were running on empty.",
        {R},
    ),
    (
        "You miss him most in the boring bits, cooking tea and Sunday mornings, more than the "
        "big moments.",
        {R},
    ),
    ("What you saw in that courtroom is still playing on a loop when you try to sleep.", {R}),
    (
        "Coming off the tablets has you wondering whether the low days are withdrawal or the "
        "old you coming back.",
        {R},
    ),
    (
        "You're angry at the knee, angry at the club, and underneath all that, scared you don't"
        " know who you are without football.",
        {R},
    ),
    (
        "Your daughter's safety has always come first for you, and right now you feel like "
        "you've let that slip.",
        {R},
    ),
    ("You feel like you're grieving a day that never got to happen. I'm so sorry.", {R, SYM}),
    (
        "So you're desperate to finish it but dreading that it won't be any good. What would "
        "'good enough' look like for you?",
        {R, OQ},
    ),
    (
        "You're running on fumes looking after your dad. Is there anyone who could take one "
        "night a week?",
        {R, CQ},
    ),
    ("I'm so sorry. That's an awful thing to walk in on.", {SYM}),
    ("sending so much love xx", {SYM}),
    (
        "Most home insurance policies cover temporary housing for up to 12 months after a fire.",
        {INFO},
    ),
    ("Samaritans are on 116 123, any time of day or night, free from any phone.", {INFO}),
    ("What's been the hardest part of the first week off the meds?", {OQ}),
    ("Did the school ring you before or after they contacted CAMHS?", {CQ}),
    ("How are you sleeping since the trial ended?", {OQ}),
    (
        "I was made redundant by an automation project in 2019. Took me eight months to land "
        "something, but I did get there.",
        {INFO},
    ),
    ("That's rough, mate. Really sorry. What's the plan from here, d'you reckon?", {SYM, OQ}),
    (
        "My nan was a hoarder too. It took the council, three skips and a lot of tears. You're "
        "not on your own with this.",
        {SYM, INFO},
    ),
    (
        "None of this is your fault. Old wiring causes loads of house fires and there was no "
        "way you could've known.",
        {SYM, INFO},
    ),
    ("I should have messaged sooner, love. I'm ever so sorry about the wedding.", {SYM}),
    ("Should you feel guilty for being relieved it's off? No. Relief is allowed.", {SYM}),
    (
        "I blame myself too when my lad has a bad week, so I get it. It's completely "
        "understandable to feel that way.",
        {SYM, INFO},
    ),
    (
        "Babies born at 29 weeks usually come home somewhere around their original due date, "
        "give or take a few weeks.",
        {INFO},
    ),
    ("ugh thats so unfair. u ok?", {SYM, CQ}),
]
