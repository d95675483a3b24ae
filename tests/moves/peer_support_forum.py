"""Our peer-support set written like forum replies (lowercase, slang, "alot", "thats", "idk").

Written for the round after the accuracy rounds by a helper who read nothing of the project,
in the style of sentences of replies on reddit-like peer-support forums and work chats, each
coded by meaning with MITI-style codes in our move names (see :mod:`.peer_support`). Without
context, as the issue's external written data is.

First measurement, on 639c907 with nothing changed for it: F1 reflection 0.59, recognition
0.59, judgment 0.43, advice 0.52, sympathy 0.75. Its misses then prompted general frames and
forum spellings spelled out before matching ("thats class", "good on you", "big of you", "did
you seriously think", "you're a grown adult", "imagine complaining about", "i'd honestly start
keeping a log", "a lot of people find it easier to", "could be a good place to"), pinned with
other wordings and near misses in tests/moves/test_forum_wordings.py; after them 0.76 / 0.94 /
0.84 / 0.75 / 0.75, no longer held out.
"""

from __future__ import annotations

from simulator.moves import Move

# The short code names of :mod:`.peer_support`, from the one vocabulary (that module lists this
# set among its own, so it cannot be imported from here).
R, REC, J, A = (m.value for m in (Move.REFLECTION, Move.RECOGNITION, Move.JUDGMENT, Move.ADVICE))
SYM, INFO, OQ, CQ = (
    m.value for m in (Move.SYMPATHY, Move.INFORMATION, Move.OPEN_QUESTION, Move.CLOSED_QUESTION)
)

FORUM: list[tuple[str, set[str]]] = [
    (
        "honestly the fact that you kept showing up every single day while your mom was "
        "in the hospital says alot about you",
        {REC},
    ),
    (
        "you set a boundary with a guy who literally yells at people for a living, that's"
        " not nothing",
        {REC},
    ),
    (
        "props to you for walking out of that meeting instead of screaming back, i would "
        "NOT have been that calm lol",
        {REC},
    ),
    (
        "tbh most people would've just checked out after getting laid off but you stayed "
        "and did the whole handover, thats class",
        {REC},
    ),
    (
        "you studied through a breakup AND a part time job and still passed two out of "
        "three, that's genuinely impressive",
        {REC},
    ),
    (
        "reaching out here when you're this wiped out takes more guts than people give credit for",
        {REC},
    ),
    (
        "you obviously care about your patients a ton, which is kind of why this is "
        "eating you alive",
        {R, REC},
    ),
    (
        "quitting without anything lined up was a brave call and fwiw i think it was the right one",
        {REC},
    ),
    (
        "thank you for writing this out so honestly, it made me feel way less weird about"
        " my own panic attacks",
        {REC},
    ),
    ("you didn't fall apart, you asked for help, and thats exactly what strong looks like", {REC}),
    (
        "ngl the way you brought up the burnout with your manager was super mature, i'm "
        "34 and still can't do that",
        {REC},
    ),
    (
        "you've been fighting those doctors for your dad for months now, he's lucky to "
        "have you in his corner",
        {REC},
    ),
    ("good on you for actually taking the sick days this time 👏", {REC}),
    (
        "getting passed over and then still training the guy who got the promotion?? "
        "that's some serious professionalism",
        {REC},
    ),
    ("it says a lot that your first worry after the layoff was your team and not yourself", {REC}),
    (
        "you had a full on panic attack halfway through the presentation and still "
        "finished it, like wow",
        {REC},
    ),
    (
        "the way you're still trying to see her side even after she ended things is "
        "really big of you",
        {REC},
    ),
    ("you know your worth, even if your brain is lying to you about it right now", {REC}),
    (
        "no offense but you kind of signed up for this when you took a job that said "
        "'fast paced environment' in the listing",
        {J},
    ),
    (
        "so you're upset they didn't promote you but you never actually told anyone you "
        "wanted it? ok",
        {J},
    ),
    ("people have real problems, a 45 hour week isn't one of them", {J}),
    (
        "maybe if you spent less time on reddit and more time with your notes the exam "
        "wouldn't be such a crisis lol",
        {J},
    ),
    ("wow three whole days of overtime, how will you ever survive", {J}),
    ("you're a grown adult, nobody is gonna hold your hand through a breakup", {J}),
    (
        "not gonna lie this whole post reads like you just want everyone to tell you you're right",
        {J},
    ),
    ("did you seriously think yelling back at your boss was gonna end well?", {J}),
    ("tbh your coworkers probably think you're the difficult one in this story", {J}),
    ("everyone gets laid off at some point, it's hardly the end of the world", {J}),
    (
        "you keep saying you're burnt out but you also list like four side hustles so idk"
        " what you expected",
        {J},
    ),
    (
        "honestly it's pretty selfish to quit in the middle of a launch and leave your "
        "team holding the bag",
        {J},
    ),
    ("this is your third post about the same manager, at some point it's a you problem", {J}),
    ("sorry but crying at work over a performance review is just not a good look", {J}),
    ("imagine complaining about a remote job with full benefits in this economy 🙄", {J}),
    ("you had months of warning the layoffs were coming and did nothing, so", {J}),
    ("your mom is the one who's actually sick and you're posting about how tired YOU are?", {J}),
    ("panic attacks are real but so is using them as an excuse to dodge every hard thing", {J}),
    (
        "i'd honestly start keeping a log of every time he yells, dates, who was in the "
        "room, all of it",
        {A},
    ),
    (
        "might be worth bringing the panic attacks up with your doctor, there's stuff "
        "that actually helps",
        {A},
    ),
    (
        "a lot of people find it easier to send the resignation by email first and have "
        "the awkward convo after",
        {A},
    ),
    ("what helped me was muting her on everything for like 3 months, could be worth a shot", {A}),
    ("could you maybe get your siblings to take one weekend a month with your dad?", {A}),
    ("sleep first, job search second. nothing good gets decided at 3am", {A}),
    (
        "if it were me i'd take the severance and give myself a month off before applying anywhere",
        {A},
    ),
    ("fwiw the pomodoro thing genuinly saved my finals, 25 min on 5 off and repeat", {A}),
    ("your gp can sign you off for stress, and there's zero shame in using that", {A, INFO}),
    ("lowkey a therapist who does CBT would be perfect for exactly this kind of spiral", {A}),
    ("talk to hr before you talk to him again, and bring the notes with you", {A}),
    (
        "the move here is probably asking in writing why you were passed over so you've "
        "got something concrete",
        {A},
    ),
    ("maybe hold off on any big relationship decisions until exams are done", {A}),
    (
        "box breathing, 4 in, hold 4, 4 out, hold 4, sounds dumb but it def takes the "
        "edge off when the panic starts",
        {A},
    ),
    (
        "a caregiver support group could be a good place to vent without feeling like a "
        "burden on your friends",
        {A},
    ),
    ("you're allowed to just say no to the extra project btw", {A}),
    (
        "an employment lawyer consult is usually free or pretty cheap and would settle "
        "this one way or the other",
        {A},
    ),
    ("one small thing tomorrow, like literally just answering one email, and call it a win", {A}),
    (
        "so you've basically been covering for two people since the reorg and nobody has "
        "even acknowledged it",
        {R},
    ),
    ("you're more hurt that she didn't tell you than about the breakup itself", {R}),
    ("feels like the layoff shook your sense of who you are, not just your bank account", {R}),
    (
        "you love your dad but you're also exhausted and kind of resentful and that combo"
        " is messing with your head",
        {R},
    ),
    (
        "so part of you wants to quit tomorrow and part of you is terrified of what happens after",
        {R},
    ),
    (
        "the yelling isn't even the worst part for you, it's that everyone just acts like"
        " it's normal",
        {R},
    ),
    (
        "you did everything they asked and still got passed over, and now you're "
        "wondering what the point even is",
        {R},
    ),
    (
        "if i'm reading this right the panic attacks started right around when the new "
        "manager came in",
        {R},
    ),
    ("you're running on fumes and still beating yourself up for not doing more", {R}),
    ("so the exam isn't really about the exam, it's about not letting your parents down", {R}),
    ("you miss him but you don't miss who you were when you were with him", {R}),
    (
        "seems like you've already decided to leave and you're kinda just looking for permission",
        {R},
    ),
    (
        "you were the one holding everything together and now that you've stopped it all "
        "feels like it's crumbling",
        {R},
    ),
    ("basically you feel invisible at work unless something goes wrong", {R}),
    ("you're grieving the job you thought you had, not just the one you lost", {R}),
    ("you sound completely done with that place", {R}),
    ("so the guilt is hitting you harder than the actual tiredness", {R}),
    ("you want to be there for her but there's just nothing left in the tank", {R}),
    (
        "i'm so so sorry, losing your mom while dealing with all the work stuff is a lot "
        "for anyone",
        {SYM},
    ),
    ("ugh that's awful, sending you the biggest hug 🫂", {SYM}),
    ("your feelings about this are completely valid, you're not crazy", {SYM}),
    ("for what it's worth nobody here thinks you overreacted", {SYM}),
    ("what would a good day at work even look like for you right now?", {OQ}),
    ("how are you actually doing today, like for real?", {OQ}),
    ("what's been keeping you going through all of this?", {OQ}),
    ("did they give you any severance at all?", {CQ}),
    ("have you told anyone at work how bad it's gotten?", {CQ}),
    ("in a lot of states severance can push back when your unemployment starts paying out", {INFO}),
    (
        "burnout got added to the WHO's ICD-11 as an occupational phenomenon a few years back",
        {INFO},
    ),
    (
        "most panic attacks peak within about ten minutes, even though it feels like "
        "forever when you're in it",
        {INFO},
    ),
    (
        "i went through almost the exact same thing with my dad in 2019 and it took me "
        "ages to feel normal again",
        set(),
    ),
    (
        "my old therapist used to tell me to write the angry email and then delete it, "
        "which i never actually did lol",
        set(),
    ),
    (
        "my boss once told me i was 'too sensitive for leadership' and i still think "
        "about it like weekly",
        set(),
    ),
    ("i'm not judging, i've rage quit two jobs myself", set()),
    (
        "my manager is honestly the best, she noticed i was struggling before i even said anything",
        set(),
    ),
    ("lol my cat just walked across my keyboard while i was typing this", set()),
]
"""Forum-style replies; its first measurement is in the module docstring."""
