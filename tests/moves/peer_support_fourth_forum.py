"""Our fourth peer-support set written like forum replies, by a fourth writer.

Written by a helper who read nothing of the project, on topics the other sets do not hold
(caring for a parent with dementia, a failed shop, IVF, a gambling debt, moving home at 30,
a court case, eating-disorder recovery, night-shift nursing, a pet's death, a first-time
manager), coded by meaning with MITI-style codes in our move names (see :mod:`.peer_support`),
labelled without context. First measurement, on 8aec108 with nothing changed for it: F1
reflection 0.60 [0.43-0.74], recognition 0.48 [0.21-0.70], judgment 0.58 [0.31-0.79], advice
0.69 [0.46-0.84], sympathy 0.67 [0.22-0.92] (95% intervals over 2,000 resamples of its items).
Its misses then prompted general frames, pinned in other wordings with near misses in
tests/moves/test_written_support_wordings.py; after them 0.71 / 0.94 / 0.94 / 0.92 / 0.93, no
longer held out. A fifth set, written at the same time, is held out.
"""

from __future__ import annotations

from tests.moves.peer_support_forum import CQ, INFO, OQ, REC, SYM, A, J, R

FOURTH_FORUM: list[tuple[str, set[str]]] = [
    (
        "You've been driving to your mum's every night after work for a year to do her tablets."
        " Most people couldn't keep that up. That's devotion.",
        {REC},
    ),
    (
        "honestly the fact you rang the gambling helpline yourself, nobody pushing you, takes guts",
        {REC},
    ),
    (
        "Closing the shop and paying every supplier back before you shut the doors says a lot "
        "about your integrity.",
        {REC},
    ),
    (
        "You kept turning up to your sister's appointments while holding down a full-time job. "
        "That's not nothing.",
        {REC},
    ),
    (
        "Three months of eating to plan, even on the bad days. That's you doing the hard work, "
        "not luck.",
        {REC},
    ),
    (
        "You didn't have to own up to the team about the rota mess, but you did. That's the "
        "kind of manager people trust.",
        {REC},
    ),
    (
        "Fair play for sitting the test at all after how nervous you were. Plenty of people put"
        " it off for years.",
        {REC},
    ),
    (
        "Twelve-hour nights and you still found time to check on the new starter. You're a "
        "cracking nurse.",
        {REC},
    ),
    ("Well done.", {REC}),
    (
        "You told the truth in court even when it didn't help your case. I respect that a lot.",
        {REC},
    ),
    (
        "You gave that old boy fourteen brilliant years, walks in all weathers. He was lucky to"
        " have you.",
        {REC},
    ),
    (
        "moving back home at 30 and still putting money aside every month?? thats discipline tbh",
        {REC},
    ),
    (
        "Eight months of forms, chasing references and staying polite with the visa office. "
        "That's patience I simply don't have.",
        {REC},
    ),
    (
        "Writing this post took courage. You clearly care about doing right by your friends, "
        "even the ones who've hurt you.",
        {REC},
    ),
    (
        "You stood between your new hire and the director when he came in shouting. That's "
        "leadership, full stop.",
        {REC},
    ),
    (
        "You and your husband have been through two rounds of IVF and you're still looking "
        "after each other. That is a strength many couples never find.",
        {REC},
    ),
    ("Wow, congrats on blowing your savings on the horses. Truly inspiring stuff.", {J}),
    (
        "I'm not saying it's your fault the business went under, but you did open a candle shop"
        " in a recession.",
        {J},
    ),
    ("It was a dog. People lose actual family members every day.", {J}),
    ("stop overthinking it lol its one driving test, literally nobody cares", {J}),
    (
        "Why would you even mention your girlfriend at work drinks if you didn't want it "
        "getting round?",
        {J},
    ),
    ("Sounds like you just can't handle pressure, tbh.", {J}),
    ("At 30 you should be a bit embarrassed to still be living with your mum.", {J}),
    ("Nurses have worked nights for a hundred years without moaning about it online.", {J}),
    ("You're being dramatic. Everyone waits ages for visas, join the club.", {J}),
    ("Don't worry, it's nothing, you'll be fine!", {J}),
    (
        "Maybe if you'd listened to her for once instead of making everything about you, she'd "
        "still be speaking to you.",
        {J},
    ),
    (
        "Must be nice to have a brother to complain about. Some of us would give anything for "
        "family.",
        {J},
    ),
    ("In my day we just got on with things. Young people give up far too easily.", {J}),
    ("You knew he was a gambler when you lent him the money, so what did you expect?", {J}),
    (
        "Oh brilliant, another manager who wants to be everyone's therapist. I'm sure your team"
        " loves that.",
        {J},
    ),
    ("Sounds like the judge saw right through you, to be honest.", {J}),
    (
        "Ask the GP to refer your dad for a carer's assessment, that's how you get respite hours.",
        {A},
    ),
    ("Book the retest today before you lose your nerve.", {A}),
    (
        "Have you thought about putting GamStop on? It blocks all the UK betting sites at once.",
        {A, INFO},
    ),
    ("You should eat a proper meal before your shift, not a sandwich at 4am.", {A}),
    ("maybe try writing her a letter instead of texting? gives you both a bit of space", {A}),
    ("Get everything from HR in writing. Every conversation, date and time.", {A}),
    ("Wouldn't it be worth asking your solicitor about an adjournment?", {A}),
    ("Don't sign anything the creditors send until Citizens Advice have looked it over.", {A}),
    (
        "I'd let the deposit dispute with the landlord go for now and concentrate on closing "
        "the books properly.",
        {A},
    ),
    ("Do a fifteen-minute one-to-one with each person every week. No agenda, just listen.", {A}),
    ("Try to get outside for ten minutes a day, even if it's just round the block.", {A}),
    (
        "Tell your brother's support worker how much you're carrying. That's literally what "
        "they're there for.",
        {A},
    ),
    ("Stick with your meal plan this weekend, even if the relatives pass comment.", {A}),
    (
        "Look for a pet bereavement counsellor. Blue Cross run a free support line for exactly "
        "this.",
        {A, INFO},
    ),
    ("Keep copies of every document you send to the Home Office and pay for tracked post.", {A}),
    (
        "You ought to get a second opinion on those results; different clinics interpret AMH "
        "levels differently.",
        {A, INFO},
    ),
    ("So the shop was your whole identity, and now you don't know who you are without it.", {R}),
    ("sounds like you're wiped out and nobody at home notices how much you do for your nan", {R}),
    ("You're scared the next round won't work either, and you can't face hoping again.", {R}),
    (
        "Part of you wants to delete the betting apps, and part of you still thinks one big win"
        " would sort everything.",
        {R},
    ),
    ("Being back in your childhood bedroom makes you feel like you've gone backwards.", {R}),
    ("It really stings that she ended twelve years of friendship with a text.", {R}),
    ("You feel like people you trusted at work took away your choice about who gets to know.", {R}),
    ("The waiting's the worst part. Your whole life is on hold and you can't plan anything.", {R}),
    ("Nights have left you feeling like a ghost in your own house.", {R}),
    (
        "So you love your brother, and you also resent how much of your life his care swallows up.",
        {R},
    ),
    ("You're angrier at yourself than at the examiner.", {R}),
    ("The house feels empty without her at the door when you get in.", {R}),
    (
        "Recovery's slower than you hoped, and every wobble makes you scared you're sliding back.",
        {R},
    ),
    (
        "You got promoted for being great at the job, and now the job is managing people, which"
        " nobody trained you for.",
        {R},
    ),
    ("Mum doesn't know who you are some days, and that's its own kind of grief.", {R}),
    ("so ur basically running on fumes and still saying yes to every extra shift", {R}),
    ("I'm so sorry about Pepper. Eighteen years is a whole chapter of your life.", {SYM}),
    ("That sounds really hard, love. Sending hugs xx", {SYM}),
    (
        "It makes complete sense to be gutted after failing on one minor. You shouldn't have to"
        " feel ashamed of that.",
        {SYM},
    ),
    (
        "None of this is your fault. Dementia changes people, and the cruel things she says are"
        " the illness, not her.",
        {SYM, INFO},
    ),
    ("Samaritans are on 116 123, free from any phone, day or night.", {INFO}),
    ("What's been the hardest part of the last few weeks?", {OQ}),
    ("Did you tell your manager before the rota went out?", {CQ}),
    ("That's an awful lot to carry. What would help most right now?", {SYM, OQ}),
    (
        "So you're trying to pay the debt off quietly and keep it from your partner. What makes"
        " telling her feel so risky?",
        {R, OQ},
    ),
    ("You've fought hard to get this far in recovery. What's kept you going?", {REC, OQ}),
    (
        "I'm so sorry you're dealing with this on your own. Please ring the Carers UK helpline "
        "tomorrow, you don't have to do this alone.",
        {A, SYM},
    ),
    (
        "Dear, I nursed my husband through Alzheimer's for six years before he passed in 2011. "
        "I know how long the days are. I am so very sorry.",
        {SYM, INFO},
    ),
    ("Eating disorders are a choice at the end of the day. Just eat.", {J, A}),
    ("Has your GP been told the bingeing has come back?", {CQ}),
    (
        "Nobody blames you for the shop closing. Half the high street's shut in the last two "
        "years.",
        {SYM, INFO},
    ),
    ("I'd love to hear what a good day looks like for you at the moment.", {OQ}),
]
