"""Spoken counselling hold-out sets for the move detectors: AnnoMI's genre, none of its text.

Motivational-interviewing counselling sessions (alcohol, smoking, diet, exercise, medication,
gambling, drugs, sleep, stress, parenting, school, driving offences, oral health), written as
they sound once transcribed: fillers, false starts, run-ons, questions without question marks,
backchannels, very short and very long turns. Written fresh from general knowledge of how such
sessions go, **without reading the detectors' rules or their test tables, and without opening
AnnoMI**; no session imitates any particular transcript.

Two sets, from disjoint imagined sessions (about 30 each; no session is in both):

* ``SPOKEN_VALIDATION`` may be measured repeatedly, **in aggregate only**
  (``bench/eval_holdout.py --spoken validation``): never read which items it misses, or it
  stops being independent of the changes it is meant to check.
* ``SPOKEN_FINAL`` is measured **once**, at the end (``--spoken final``).

Each item is one counsellor utterance with every earlier turn of its session as history, as
``simulator.moves.assess`` and ``bench/eval_annomi.py`` take it: ``(speaker, text)`` pairs,
``"employee"`` for the client and ``"manager"`` for the counsellor (the representation the
``MANAGER_HOLDOUT`` evaluation uses). Some sessions open mid-conversation.

Coding policy: AnnoMI's main therapist behaviour (from MITI 4.2.1), one code per utterance.

* **reflection**: restates, paraphrases or infers the meaning or feeling of what the client
  said, as a statement about them, simple or complex, with or without "so" / "it sounds like",
  including pure paraphrase sharing no word with the client ("you're running on empty" after
  "up since four yesterday"), attributing a feeling that follows from what they said ("that
  must have been awful to watch"), double-sided and amplified reflections, and summaries of
  several client turns. A restatement said with rising intonation ("so your job's hanging by a
  thread?") is a reflection: it offers back what was said rather than asking for anything new.
* **question**, subtype **open** or **closed**. *Open* invites elaboration: what / how / tell me
  / describe, and "do you want to tell me about...?" (a yes/no form whose real ask is the
  story). *Closed* asks for yes/no, a specific fact or number ("what time do you take it",
  "what strength liquid are you using?", "how long's that been going on?"), a choice between
  options, or agreement to a plan; asking **permission** to give information ("would it be
  okay if I told you...?") is a closed question. A statement with "?" that asks for a fact the
  client has not given ("you get paid per drop?") is a closed question, not a reflection.
  Question marks are not needed ("so where do you want to go from here").
* **input**: information, education, feedback on results, advice, a menu of options, and
  structuring information about the sessions (how many, what is confidential), whether or not
  permission was asked, in any person ("you'll find that...", "some people find...").
* **other**: greetings, backchannels and facilitation ("mm-hmm", "okay", "right"), thanks,
  affirmations of the client's strengths or efforts, sympathy ("oh, I'm sorry"), agreement,
  self-disclosure, statements emphasising the client's autonomy ("it's completely your call").

Tie-breaks when one utterance does several things (applied consistently):

1. A reflection followed by a question that asks for something new is a **question** (the
   question is the final ask), coded open or closed by that question; ``reflects`` stays true.
2. A reflection or summary followed only by a check ("is that about right?", "yeah?") is a
   **reflection**.
3. Information or advice dominates everything else in the turn: with a trailing check question,
   a permission question asked in the same breath ("can I tell you what we know? ..."), an
   autonomy statement ("...those are just options") or a backchannel, it is **input**.
4. A backchannel, thanks or affirmation followed by a reflection or question takes the code of
   the reflection or question.

``reflects`` marks every utterance containing a reflection (``reflection`` items and rule-1
questions): the gold for reflection-vs-not F1, like AnnoMI's ``reflection_exists``.

Short backchannels ("Mm-hmm.", "Okay.") recur, as they do in real sessions; every utterance of
more than three words is unique across both sets.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from simulator.moves import Speaker

Code = Literal["reflection", "question", "input", "other"]
Subtype = Literal["open", "closed"]


class SpokenItem(NamedTuple):
    """One counsellor utterance in its session, with its gold code."""

    session: str
    """The imagined session it comes from (the unit of bootstrap resampling)."""
    history: tuple[tuple[Speaker, str], ...]
    """Every earlier turn of the session: ``"employee"`` is the client, ``"manager"`` the
    counsellor."""
    text: str
    """What the counsellor says."""
    code: Code
    """Gold main behaviour."""
    subtype: Subtype | None
    """``open`` or ``closed`` for questions, else ``None``."""
    reflects: bool
    """The utterance contains a reflection (a reflection, or a question after a reflection)."""


Turn = tuple[str, str]
"""``("E", client text)`` or ``(tag, counsellor text)`` with a tag from :data:`TAGS`."""

Session = tuple[str, str, list[Turn]]
"""Session id, topic, and its turns in order."""

TAGS: dict[str, tuple[Code, Subtype | None, bool]] = {
    "R": ("reflection", None, True),
    "O": ("question", "open", False),
    "Q": ("question", "closed", False),
    "RO": ("question", "open", True),  # reflection, then an open question (tie-break 1)
    "RQ": ("question", "closed", True),  # reflection, then a closed question (tie-break 1)
    "I": ("input", None, False),
    "X": ("other", None, False),
}
"""Counsellor tags used in the session tables below: (code, subtype, reflects)."""


def items_of(sessions: list[Session]) -> list[SpokenItem]:
    """Every counsellor turn of ``sessions`` as an item, with the session so far as history."""
    out: list[SpokenItem] = []
    for session, _topic, turns in sessions:
        history: list[tuple[Speaker, str]] = []
        for tag, text in turns:
            if tag == "E":
                history.append(("employee", text))
                continue
            code, subtype, reflects = TAGS[tag]
            out.append(SpokenItem(session, tuple(history), text, code, subtype, reflects))
            history.append(("manager", text))
    return out


VALIDATION_SESSIONS: list[Session] = [
    (
        "val-01",
        "alcohol: liver test results, referred by the GP",
        [
            ("X", "Hi, um, thanks for coming in. Grab whichever chair's comfy."),
            (
                "E",
                "Cheers. Yeah. I'm not totally sure why I'm here to be honest, the doctor just"
                " sort of booked it.",
            ),
            (
                "O",
                "Okay, well, what did the doctor say to you about, about why she wanted you to"
                " come and see me",
            ),
            (
                "E",
                "She said my liver numbers were up. The, what do you call it, the enzymes. And"
                " she asked how much I drink and I told her, and she went a bit quiet.",
            ),
            (
                "R",
                "So the blood test came back with something she didn't like, and then the"
                " drinking came up.",
            ),
            (
                "E",
                "Yeah. I mean I don't think it's that much. It's a few cans after work, everyone"
                " does it.",
            ),
            ("Q", "How many is a few, roughly, on a normal weeknight?"),
            (
                "E",
                "Four? Five maybe. Six on a Friday. Bit more at the weekend. Exactly. That's"
                " exactly it. My dad drank way more than that and he was fine. Well. Until he"
                " wasn't, I suppose.",
            ),
            ("RO", "Your dad's on your mind a bit there. What happened with him?"),
            (
                "E",
                "He had a stroke at sixty-one. Never really came back from it. But that was, you"
                " know, he smoked as well, forty a day.",
            ),
            (
                "R",
                "Part of you is saying that was different, and part of you is wondering whether"
                " it's the same road.",
            ),
            ("E", "...yeah. Yeah, I suppose. I've got a granddaughter now. I'd like to be around."),
            ("X", "That's a really important thing to have said out loud."),
            ("E", "Mm."),
            (
                "Q",
                "Would it be okay if I told you a bit about what those liver numbers usually mean?",
            ),
            ("E", "Go on then."),
            (
                "I",
                "So the liver's actually quite forgiving. When those enzymes are up it usually"
                " means it's under strain, and for a lot of people, if they cut right back for a"
                " few weeks, the numbers come down again by the next test.",
            ),
        ],
    ),
    (
        "val-02",
        "smoking: father whose son has asthma",
        [
            ("X", "Morning. How are you doing?"),
            (
                "E",
                "Yeah, not bad, not bad. Tired. The little one was up half the night coughing"
                " again.",
            ),
            ("R", "Rough night."),
            (
                "E",
                "Every night, feels like. He's got the asthma, he's four, and the nurse at the"
                " clinic sort of, she didn't say it, but she asked if anyone smokes in the house."
                " And I do. Outside! I always go outside. I have, yeah. Back door, every time,"
                " even when it's chucking it down.",
            ),
            ("X", "That's a lot of commitment, going out in all weathers."),
            (
                "E",
                "Ha, yeah, well. But then she said something about it being on your clothes and"
                " your hands and that, when you pick them up.",
            ),
            ("Q", "Did that upset you, hearing that?"),
            (
                "E",
                "Honestly? Felt sick. Like, I've been doing everything right and it's still, it's"
                " still getting to him.",
            ),
            ("R", "You feel like you've done your bit and it still might not be enough."),
            ("E", "Yeah."),
            ("Q", "Have you ever tried stopping before?"),
            (
                "E",
                "Couple of times. Lasted, um, three weeks the longest. When my partner was"
                " pregnant.",
            ),
            ("O", "What helped you get to three weeks that time?"),
            (
                "E",
                "I dunno, I just had a reason. I was chewing that gum like mad. And I didn't go"
                " to the pub. Yeah. And I've got a reason now, haven't I. Sort of a bigger one.",
            ),
            (
                "I",
                "The stop smoking service here can do the patches and the gum together, which a"
                " lot of people find takes more of the edge off than gum on its own, and you'd"
                " get someone checking in with you each week.",
            ),
        ],
    ),
    (
        "val-03",
        "diet: newly diagnosed type 2 diabetes",
        [
            ("O", "So, um, tell me how things have been since the diagnosis."),
            (
                "E",
                "Bit of a blur really. They gave me all these leaflets and I haven't, I haven't"
                " looked at any of them. They're just sat on the kitchen table.",
            ),
            ("R", "It's been a lot to take in."),
            (
                "E",
                "It's just, I love my food, you know? I'm Italian, well, my mum is, so it's"
                " pasta, bread, the whole lot. And now I'm being told that's all poison. That's"
                " it. That's exactly it. It's family, it's Sunday dinners, it's, yeah.",
            ),
            ("X", "Mm-hmm."),
            ("E", "And my sister's like, oh just eat salad. Easy for her."),
            ("O", "What would you want to hang on to, if you were going to make some changes"),
            (
                "E",
                "The Sunday thing. I'm not giving that up. The rest of the week, I dunno, I eat a"
                " lot of bread at lunch, I could probably do something about that.",
            ),
            (
                "R",
                "So Sundays are non-negotiable, but the weekday lunches are maybe somewhere you'd"
                " be willing to look at.",
            ),
            ("E", "Yeah, maybe. What do people even eat instead of a sandwich."),
            (
                "I",
                "Lots of people go for things like soup with one slice of wholegrain bread, or"
                " leftovers from the night before. And actually pasta's not banned, it's more"
                " about the portion and having it with plenty of veg, and wholewheat pasta raises"
                " your sugar a bit more slowly.",
            ),
            ("E", "Oh. Right. Nobody told me that."),
            ("X", "Yeah, I hear that a lot."),
            ("E", "They really do."),
            ("Q", "When's your next blood test, do you know?"),
            ("E", "March, I think. The, the long one. HbA-something."),
            (
                "I",
                "HbA1c, yeah. That one shows the average over the last couple of months, so any"
                " changes you make from now would show up in that March result.",
            ),
        ],
    ),
    (
        "val-04",
        "exercise: cardiac rehab after a heart attack",
        [
            ("X", "Good to see you again, Derek."),
            ("E", "You too. Not sure I've got much to report, mind."),
            ("Q", "Did you manage any of the walks we talked about last time?"),
            (
                "E",
                "One. I did one. Round the park. And then my chest went a bit tight and I, um, I"
                " went home and sat down and that was that really.",
            ),
            ("R", "That scared you."),
            (
                "E",
                "Well yeah. Last time my chest went tight I ended up in the back of an ambulance,"
                " so.",
            ),
            (
                "R",
                "It's hard to tell the difference now between your heart working and your heart"
                " being in trouble.",
            ),
            ("E", "Exactly. Exactly that. How am I meant to know?"),
            (
                "I",
                "That's a really common worry after a heart attack. The rehab team can do an"
                " exercise test with you on the treadmill while they monitor your heart, so you'd"
                " know what level's safe, and they'd give you a number, like how breathless is"
                " okay.",
            ),
            ("E", "Oh right. I didn't know they did that."),
            ("Q", "Would that be something you'd be up for?"),
            (
                "E",
                "If it means I'm not walking round the park thinking I'm about to drop dead, yeah.",
            ),
            ("X", "Okay, brilliant."),
            ("E", "Thank you. My wife'll be pleased. She's been on at me."),
            (
                "RO",
                "So she's keen for you to get moving. How are you feeling about it yourself,"
                " though?",
            ),
        ],
    ),
    (
        "val-05",
        "medication adherence: blood pressure tablets",
        [
            (
                "O",
                "You mentioned on the phone the tablets have been a bit of an issue. Do you want"
                " to tell me about that?",
            ),
            (
                "E",
                "Yeah, it's, um, I'm just not very good at remembering them. And when I do"
                " remember, I think well I feel fine, so what's the point.",
            ),
            ("R", "You don't feel unwell so it's hard to see why you'd need them."),
            (
                "E",
                "Right. It's not like a headache where you take a paracetamol and it goes away."
                " And the first lot they gave me made my ankles swell up like balloons.",
            ),
            ("R", "So you've already had a bad experience with one of them."),
            ("E", "Yeah, and I just thought, well, if that's what it does, I'd rather not."),
            ("Q", "Are you on a different one now, or the same?"),
            ("E", "Different. They switched me. This one's fine, I think. No ankles anyway."),
            ("Q", "And what time of day are you meant to take it?"),
            ("E", "Morning. But my mornings are chaos, I've got three kids to get out the door."),
            ("R", "Mornings are the worst possible time for you to be remembering anything."),
            ("E", "Ha. Yeah. Pretty much."),
            (
                "I",
                "Some people find it easier to keep the box next to something they do every day"
                " anyway, like the kettle or their toothbrush. And with that one, you can"
                " actually take it in the evening instead, it doesn't have to be the morning, but"
                " check with the pharmacist first.",
            ),
            ("E", "Oh, I didn't know you could switch the time."),
            (
                "I",
                "It depends on the tablet, but for a lot of them the important thing is just the"
                " same time each day.",
            ),
        ],
    ),
    (
        "val-06",
        "gambling: online sports betting",
        [
            ("X", "Hi Jamie, come in. Thanks for coming back."),
            ("E", "Yeah. Didn't think I would, to be honest."),
            ("RO", "You nearly didn't come. What made you decide to come in anyway?"),
            (
                "E",
                "I lost six hundred quid on Saturday. On the football. Which, it was supposed to"
                " be for the car insurance. I keep thinking, if Arsenal had just held on for"
                " another two minutes I'd have doubled it and nobody would know. Yeah, and I"
                " know, I know that's the thing that gets you, like the near miss thing. I've"
                " read about it.",
            ),
            ("R", "You can see how it's working on you even while it's happening."),
            ("E", "I can see it. I just can't stop it."),
            ("Q", "Does anyone know about the money? Your partner, anyone?"),
            ("E", "No. God no. She'd go mental. She thinks the insurance is paid."),
            ("O", "What do you think would happen if she found out?"),
            (
                "E",
                "I don't know. She might leave. She's said before, after the last time, she said"
                " if it happens again that's it.",
            ),
            ("R", "So there's a lot more riding on this than the six hundred pounds."),
            ("E", "Yeah. Yeah, there is."),
            (
                "I",
                "One thing some people do is put a self-exclusion on, there's a scheme called"
                " GamStop that blocks you from all the UK betting sites at once, for six months"
                " or longer. You can set it up on your phone in about five minutes.",
            ),
            ("E", "All of them? Not just one? Huh. Okay. Might, might think about that."),
            ("X", "That's completely your decision. I just wanted you to know it's there."),
        ],
    ),
    (
        "val-07",
        "cannabis: first-year student, referred by the university",
        [
            (
                "E",
                "So, yeah, basically they found it in my room, the, the RA did, and now I've got"
                " to do this.",
            ),
            ("R", "So you're here because you've got to be, not because you chose to?"),
            ("E", "Well, yeah. No offence."),
            ("X", "Ha, none taken."),
            ("E", "Ha. Okay."),
            ("O", "What's your own take on the weed, leaving aside the university for a sec?"),
            (
                "E",
                "I mean, it helps me sleep. I've never been a good sleeper and, like, uni's loud,"
                " the halls are loud, and it just sort of switches my brain off.",
            ),
            ("R", "It's doing a job for you, it gets you to sleep when nothing else does."),
            ("E", "Yeah. Exactly."),
            ("Q", "How many nights a week, would you say?"),
            ("E", "Most. Like six? Seven. Every night."),
            ("X", "Okay."),
            (
                "E",
                "My grades have dropped a bit. But that's, I don't think that's the weed, that's"
                " just first year, it's harder. Yeah, I guess. My mate reckons it's making me"
                " lazy, but he smokes more than me so.",
            ),
            ("O", "What do you notice yourself, in the mornings?"),
            ("E", "Bit foggy. Like I miss my nine o'clocks a lot. Like, a lot a lot."),
            ("R", "So the nights are better but the mornings are paying for it."),
            ("E", "...huh. Yeah. I hadn't really, yeah."),
            (
                "I",
                "There's a sleep workshop the student wellbeing team run, it's four sessions, and"
                " it covers things like wind-down routines. Some people use it alongside cutting"
                " down, so they've still got something for the sleep.",
            ),
            ("E", "Maybe. Is it weird, like group stuff?"),
            (
                "I",
                "It's a small group, usually about eight, and you don't have to share anything"
                " you don't want to.",
            ),
        ],
    ),
    (
        "val-08",
        "sleep: insomnia and late-night phone use",
        [
            ("O", "So how's the sleep been this week?"),
            (
                "E",
                "Terrible. Same as always. I get into bed about eleven, and then I'm just lying"
                " there. Two, three o'clock some nights.",
            ),
            ("R", "Hours lying there awake."),
            (
                "E",
                "And then I'm scrolling, obviously, because what else are you going to do, just"
                " stare at the ceiling? Yeah. I know, I know everyone says no screens. I know.",
            ),
            ("R", "You've heard it a hundred times already."),
            ("E", "A thousand. My mum sends me articles."),
            ("X", "Ha. Right."),
            ("Q", "Have you tried anything that's helped, even a little?"),
            (
                "E",
                "Camomile tea. Melatonin, which made me feel weird. A podcast, um, like a sleep"
                " story thing, that was okay actually.",
            ),
            ("Q", "The podcast, did you stick with it?"),
            (
                "E",
                "Not really, no. It was one of them apps, it wanted a subscription after a week.",
            ),
            (
                "I",
                "You'll probably find that if you get up when you've not dropped off after twenty"
                " minutes or so, go into another room with a dim light and do something really"
                " boring, and only go back to bed once you're sleepy, it gets easier. It sounds"
                " backwards, but it teaches your brain that bed is for sleeping.",
            ),
        ],
    ),
    (
        "val-09",
        "stress: ward nurse after a run of night shifts",
        [
            ("X", "Thanks for making the time. I know your shifts are all over the place."),
            (
                "E",
                "Yeah, I came straight off a night actually, so, sorry if I'm not making much"
                " sense.",
            ),
            ("X", "You're making plenty of sense."),
            (
                "E",
                "It's just, it's been non-stop. We're short every shift. Two people off long-term"
                " sick, and agency can't cover, and so it's just us, and I had a patient die on"
                " Tuesday and I didn't even have time to, you know.",
            ),
            ("R", "You didn't get a minute to take in what had happened."),
            (
                "E",
                "No. I had to go straight to the next bay. And I went home and I just sat in the"
                " car for an hour. Yeah. And I'm thinking, is this what it's going to be like"
                " now, forever?",
            ),
            ("O", "What's keeping you in it, right now?"),
            (
                "E",
                "The patients. Honestly. And the girls I work with. We're like a little family."
                " If I left I'd be leaving them in it. Yeah. Even though I'm no good to anyone"
                " like this.",
            ),
            (
                "R",
                "On the one hand you're worn right down, and on the other hand walking away feels"
                " like abandoning the people who matter most to you at work.",
            ),
            ("E", "(sighs) Yeah. That's, yeah. That's the thing."),
            ("Q", "Is there an occupational health service at the trust?"),
            ("E", "There is. I've never used it. Feels like admitting defeat."),
            (
                "I",
                "A lot of trusts now offer a few sessions of counselling through occupational"
                " health, and it's confidential, your manager doesn't get told what you talk"
                " about, only that you've been referred, and only if you refer through them.",
            ),
        ],
    ),
    (
        "val-10",
        "parenting: mother of a teenager with angry outbursts",
        [
            ("O", "Tell me a bit about what's been happening at home."),
            (
                "E",
                "Okay, so, um, Kyle, he's fifteen, and he's always been a bit, a bit hot-headed,"
                " but lately it's like living with a, I don't know, a bomb. You never know what's"
                " going to set him off. Last week he put his fist through his bedroom door"
                " because I asked him to get off the Xbox.",
            ),
            ("R", "You're walking on eggshells in your own house."),
            (
                "E",
                "Yes! Exactly. And his little sister's scared of him now, which breaks my heart,"
                " because they used to be close. And his dad's, well, his dad's not around, so"
                " it's all on me.",
            ),
            ("X", "Mm-hmm."),
            ("E", "I just feel like I'm failing him."),
            ("R", "You're wondering whether this is somehow your fault."),
            ("E", "Aren't I? I'm his mum."),
            ("Q", "When he's calm, do you two still get on?"),
            (
                "E",
                "Oh, he's lovely when he's calm. Funny, really funny. He makes me breakfast on a"
                " Sunday sometimes.",
            ),
            ("R", "So there's still a really warm kid in there."),
            ("E", "There is. That's why it hurts so much."),
            (
                "I",
                "What a lot of parents find is that trying to talk through a blow-up while it's"
                " happening just makes it worse, because neither of you can think straight. So"
                " the advice tends to be to step back, let things cool, and come back to it later"
                " when he's calm, like one of those Sunday mornings.",
            ),
        ],
    ),
    (
        "val-11",
        "school: fourteen-year-old missing lessons",
        [
            ("X", "Hey, Aisha, thanks for coming. You can sit anywhere."),
            ("E", "Okay."),
            ("O", "So, um, do you want to tell me what's been going on with school at the moment?"),
            ("E", "Not really. Miss just said I had to come."),
            ("X", "That's fair enough. We don't have to talk about anything you don't want to."),
            ("E", "(pause) It's just maths. I don't go to maths."),
            ("R", "It's maths in particular."),
            (
                "E",
                "Mr Harris picks on me. He makes me answer in front of everyone and I don't know"
                " the answer and everyone laughs.",
            ),
            ("Q", "How long's that been going on?"),
            (
                "E",
                "Since like, September. I just go to the library instead. It's not like I'm doing"
                " anything bad.",
            ),
            (
                "R",
                "To you it feels like you're just getting away from something horrible, you're"
                " not trying to cause trouble.",
            ),
            ("E", "Yeah. But now they're saying they're gonna ring my mum."),
            ("Q", "Does your mum know about Mr Harris?"),
            ("E", "No."),
            ("O", "What do you think she'd say if she did know?"),
            (
                "E",
                "She'd probably go up the school and shout at him. Which would be so embarrassing.",
            ),
            ("X", "Ha, yeah, I can see why you wouldn't want that."),
        ],
    ),
    (
        "val-12",
        "driving offence: drink-driving rehabilitation course",
        [
            (
                "E",
                "I mean I was barely over. That's what gets me. One more pint than I normally"
                " have and I'm, what, two points over the limit, and now I've lost my licence for"
                " a year.",
            ),
            ("R", "So it feels way out of proportion?"),
            ("E", "Totally. There's people doing way worse."),
            ("X", "Okay."),
            (
                "E",
                "And I need the car for work. I'm a plumber. So now I'm getting lifts off my"
                " brother-in-law, which, he never lets me forget it.",
            ),
            (
                "R",
                "You've lost a lot more than the licence, you've lost your independence, and"
                " you're having to lean on someone who rubs it in.",
            ),
            ("E", "Yeah. Yeah, that's about the size of it."),
            ("Q", "Where had you been that night?"),
            ("E", "Works do. Christmas thing."),
            ("O", "And what was going through your head when you got your keys out?"),
            (
                "E",
                "Honestly? I didn't really think about it. I felt fine. I'd driven home from that"
                " pub a hundred times.",
            ),
            (
                "I",
                "Part of what we cover on the course is how alcohol affects reaction times before"
                " you actually feel drunk. The feeling fine bit is one of the things that catches"
                " people out, because your judgment of how you are is one of the first things to"
                " go.",
            ),
            ("E", "Yeah, I suppose so. That's a bit scary actually."),
            (
                "RQ",
                "It's a bit unsettling to think you felt fine and weren't. Had that ever crossed"
                " your mind before?",
            ),
        ],
    ),
    (
        "val-13",
        "weight: needs to lose weight before knee surgery",
        [
            ("O", "What did the surgeon say at your appointment?"),
            (
                "E",
                "He said I need to lose three stone before he'll do the knee. Three stone! I can"
                " barely walk to the shop, how am I meant to lose three stone.",
            ),
            (
                "R",
                "It feels impossible when the very thing you'd use to lose weight is the thing"
                " that's broken.",
            ),
            ("E", "Yes! That's what I said to him. Exactly that. And he just sort of shrugged."),
            ("X", "I'm sorry that's how it went."),
            ("E", "Not your fault, love."),
            (
                "I",
                "For a lot of people in your situation, most of the weight loss comes from food"
                " rather than exercise, and there's water-based exercise as well, like aqua"
                " aerobics, which takes the weight off the joint.",
            ),
            ("E", "Swimming pool? In a cossie? At my size? Not a chance."),
            ("R", "That would feel really exposing."),
            ("E", "I'd rather die."),
            ("X", "Okay, that's off the table then. Fair enough."),
            ("E", "Food wise though. I do snack. In the evening. In front of the telly."),
            ("Q", "What sort of thing?"),
            ("E", "Biscuits mainly. A packet, sometimes. Custard creams."),
            ("R", "So the evenings are where a lot of it happens."),
        ],
    ),
    (
        "val-14",
        "smoking: switching to vaping",
        [
            ("X", "Hi. So, how are we doing?"),
            ("E", "Alright. I've been doing the vape, like we said."),
            ("X", "Oh, good stuff."),
            (
                "E",
                "But I'm still having a couple of real ones. Like, with my morning coffee. And"
                " after tea.",
            ),
            (
                "R",
                "So most of the day it's the vape, but there are a couple of times it just"
                " doesn't cut it.",
            ),
            (
                "E",
                "Exactly. The coffee one especially. It's like, it's not the same without a"
                " proper one.",
            ),
            ("Q", "What strength liquid are you using?"),
            ("E", "Um, the, the 6 I think? The lowest one in the shop."),
            (
                "I",
                "That's quite a low strength for someone who was on twenty a day. People who get"
                " a strength that matches what they were smoking tend to have fewer of those"
                " moments where only a cigarette will do. Something like 18 or 20 milligrams is"
                " more usual at the start, and you'd come down from there later.",
            ),
            (
                "E",
                "Oh. I thought lower was better. I didn't want to get hooked on the vape instead.",
            ),
            ("R", "You're worried about swapping one habit for another."),
            ("E", "Yeah, sort of. What's the point otherwise."),
            (
                "I",
                "It's a fair worry. The nicotine itself isn't really what does the damage with"
                " cigarettes, it's the smoke, the tar and the carbon monoxide. So being on a vape"
                " is a lot less harmful, even if you stay on it for a while.",
            ),
            ("E", "Huh. Okay. So go up a bit then."),
            ("X", "It's up to you, see how it feels."),
        ],
    ),
    (
        "val-15",
        "alcohol: university student, weekend binges",
        [
            ("E", "I mean, it's uni. Everyone gets smashed. That's the whole point of it."),
            ("R", "Drinking a lot is just part of student life."),
            ("E", "Yeah."),
            ("O", "What happened on Friday that got you sent here?"),
            (
                "E",
                "I, um, I woke up in A&E. I don't remember getting there. My flatmate called an"
                " ambulance because I wasn't, I wasn't waking up.",
            ),
            ("X", "Wow. Okay."),
            ("E", "Yeah. It was pretty bad. She was really freaked out."),
            ("RO", "That shook her up. How about you, how did it feel waking up in there?"),
            (
                "E",
                "Embarrassing mostly. And, like, a bit scared, because I don't remember anything"
                " from about ten o'clock. Like, anything could have happened. Yeah. And my mum,"
                " the hospital rang my mum.",
            ),
            ("X", "Mm."),
            ("E", "She drove up the next day. She was crying. I've never seen her cry."),
            ("R", "Seeing her like that hit you harder than anything."),
            ("E", "(nods)"),
            (
                "O",
                "When you think about the next few weekends, what do you want them to look like?",
            ),
            (
                "E",
                "I still want to go out. I'm not going to become a hermit. But maybe not, like,"
                " do shots. The shots are what does it.",
            ),
            (
                "R",
                "So you want to keep going out with your friends, but the shots are the bit you'd"
                " think about dropping.",
            ),
        ],
    ),
    (
        "val-16",
        "asthma: adult not using the preventer inhaler",
        [
            ("O", "How have you been getting on with the inhalers since we last spoke?"),
            (
                "E",
                "The blue one's fine. I use the blue one loads. The brown one I, um, kind of"
                " forget about.",
            ),
            ("R", "The blue one you reach for, the brown one gets left in the drawer."),
            (
                "E",
                "Ha, literally in the drawer, yeah. The blue one works straight away, so you know"
                " it's doing something. The brown one I can't tell. Yeah. What's it even for?",
            ),
            (
                "I",
                "The brown one's a preventer. It calms down the inflammation in your airways over"
                " a few weeks, so you don't get as tight in the first place. If it's working well"
                " you should find you need the blue one a lot less.",
            ),
            ("E", "Oh. So if I'm using the blue loads, that's, that's a bad sign?"),
            (
                "I",
                "Needing the reliever more than about three times a week is usually a sign the"
                " asthma's not under control, yeah.",
            ),
            ("E", "I'm using it like three times a day."),
            ("X", "Okay. Thanks for being straight with me about that."),
            ("Q", "Have you had any attacks where you've needed to go to hospital?"),
        ],
    ),
    (
        "val-17",
        "cocaine: weekend use, worried partner",
        [
            ("X", "Hi, come on in. Take a seat."),
            ("E", "Thanks. So, my girlfriend made me come. Just so you know."),
            ("X", "Okay, good to know. Thanks for telling me."),
            ("O", "What's she worried about?"),
            (
                "E",
                "The coke. At weekends. I only do it at weekends, it's not like I'm doing it on a"
                " Tuesday at my desk.",
            ),
            ("R", "So as far as you're concerned it's under control?"),
            ("E", "Yeah. Though, she'd say Sunday and Monday are a write-off."),
            ("R", "She sees a cost that maybe you don't, or not as much."),
            (
                "E",
                "The comedown's bad, yeah. I'm a nightmare on a Monday. Snappy. She says I'm a"
                " different person.",
            ),
            ("Q", "How long has it been a weekend thing?"),
            ("E", "Two years? Since I started the new job. The lads there are all into it."),
            ("O", "What would be different, for you, if the Mondays were better?"),
            (
                "E",
                "I'd probably actually see her. Like, properly. We'd go out for dinner or"
                " whatever. Right now she gets the worst version of me.",
            ),
            ("R", "You don't like her getting the worst of you."),
            ("E", "No. She deserves better than that, to be honest."),
            ("X", "It says a lot that that matters to you."),
        ],
    ),
    (
        "val-18",
        "diet: heart failure, cutting down on salt",
        [
            ("O", "So, tell me about a typical day's food for you."),
            (
                "E",
                "Breakfast I don't really have. Lunch is usually a sandwich from the garage, ham"
                " or whatever. Tea, my wife does, you know, meat and two veg, or we'll get a"
                " takeaway Friday.",
            ),
            ("X", "Okay."),
            (
                "E",
                "And I've got the salt on the table. Always have. Everything gets salt. Chips"
                " especially.",
            ),
            ("R", "Salt's a big part of how food tastes to you."),
            ("E", "Food's bland without it. I'm not eating bland food for the rest of my life."),
            ("Q", "Did the heart team talk to you about salt at all?"),
            (
                "E",
                "The nurse said something about it. Something about fluid. I wasn't really"
                " listening, I was still in shock.",
            ),
            (
                "I",
                "With heart failure, salt makes your body hang on to water, and that extra fluid"
                " means your heart's got more to pump. It's part of why your ankles swell and why"
                " you get breathless lying down. And actually a lot of the salt is already in"
                " bread, ham and takeaways, before you even pick up the shaker.",
            ),
            ("E", "The ham? Really?"),
            ("I", "Processed meats are some of the saltiest things in the supermarket, yeah."),
            ("E", "Bloody hell. Every day, that sandwich."),
            (
                "R",
                "So it's not just the salt shaker, it's hidden in stuff you're eating every day"
                " without thinking.",
            ),
        ],
    ),
    (
        "val-19",
        "physical activity: office worker with back pain",
        [
            (
                "E",
                "The physio gave me a sheet of exercises but, honestly, I haven't done them. I'm"
                " at a desk ten hours a day, by the time I'm home I'm shattered.",
            ),
            ("R", "The day's already taken everything out of you."),
            (
                "E",
                "Pretty much. And the exercises are boring. Lie on the floor, lift your knee. For"
                " twenty minutes.",
            ),
            ("X", "Right."),
            ("O", "What kind of movement do you actually enjoy, if any?"),
            ("E", "I used to play five-a-side. Loved it. Stopped when my back went."),
            ("R", "So you've lost something you loved, on top of the pain."),
            (
                "E",
                "Yeah, I hadn't thought of it like that but yeah. I miss the lads more than the"
                " football, probably.",
            ),
            ("Q", "Is there anything stopping you getting up from the desk during the day?"),
            ("E", "Not really. I just forget. I look up and it's three o'clock."),
            (
                "I",
                "Some people set a reminder on their phone or computer every forty-five minutes"
                " or so to stand up and walk about for a couple of minutes. For desk-related back"
                " pain, breaking up the sitting tends to help about as much as any particular"
                " exercise.",
            ),
            ("E", "That's, yeah, that I could probably do."),
            ("Q", "Would you want to try that this week?"),
        ],
    ),
    (
        "val-20",
        "insulin: sixteen-year-old with type 1 diabetes",
        [
            ("X", "Hey Ellie. How's it going?"),
            ("E", "Fine."),
            ("X", "Okay. Fair enough."),
            ("E", "My mum's told you about the insulin, I'm guessing."),
            ("R", "You're expecting a telling off."),
            ("E", "Well, yeah. That's what everyone does."),
            ("X", "Okay. Well, no telling off from me, I promise."),
            (
                "E",
                "(pause) It's just annoying. I'm the only one who has to stop and do injections"
                " before lunch. Everyone stares.",
            ),
            ("R", "You hate feeling different from your friends."),
            (
                "E",
                "Yeah. So I just, I skip it sometimes. At school. And then do it when I get home.",
            ),
            ("Q", "And what are your sugars like when you get home, when that happens"),
            ("E", "High. Like, really high sometimes. Fifteen, twenty."),
            ("X", "Mm."),
            ("E", "And then I feel rubbish and can't concentrate in the afternoon."),
            (
                "R",
                "So skipping it saves you the embarrassment at lunch, but then you pay for it all"
                " afternoon.",
            ),
            ("E", "...yeah. I guess."),
            ("O", "What would make doing it at school less awful?"),
            (
                "E",
                "If I could do it somewhere private. But the medical room's miles away and it"
                " takes ages.",
            ),
            (
                "I",
                "There are pumps and pens that are a lot more discreet now, some of them you can"
                " use through your clothes, or with a phone app. It might be worth asking the"
                " diabetes team at your next clinic whether any of those would suit you.",
            ),
            ("E", "Through your clothes? Like, nobody would even see?"),
            ("I", "With some of them, yeah. It's worth asking about."),
        ],
    ),
    (
        "val-21",
        "gambling: retired woman and scratch cards",
        [
            ("O", "So, um, Mrs Okafor, how did you come to be here today?"),
            (
                "E",
                "My son found all the scratchcards. In a shoebox. Hundreds of them. I'd been"
                " keeping them, I don't know why I'd been keeping them.",
            ),
            ("R", "He found out something you'd been keeping to yourself."),
            ("E", "I was mortified. He sat me down like I was a child."),
            ("R", "That stung, being spoken to like that by your own son."),
            (
                "E",
                "It did. But he wasn't wrong. I've spent, I worked it out, about four thousand"
                " pounds this year.",
            ),
            ("X", "Thank you for telling me that. I know that's not easy to say."),
            ("Q", "How often are you buying them?"),
            (
                "E",
                "Every day. When I go for my paper. Sometimes twice if I win a bit, I go back and"
                " put it on more cards.",
            ),
            ("O", "What is it about them, for you?"),
            (
                "E",
                "Since Ray died, the days are very long. It's, it gives me something to look"
                " forward to. The little, you know, the little scratch and see.",
            ),
            ("R", "They fill a space that Ray used to fill."),
            ("E", "(long pause) I suppose they do, yes."),
            ("X", "Mm."),
            ("E", "Silly, isn't it. A woman my age."),
            (
                "I",
                "It's actually very common, especially after a bereavement. There's a charity"
                " that runs a free helpline for gambling, and they also have local groups. Some"
                " people go to a bereavement group as well, because often it's the loneliness"
                " that's underneath it.",
            ),
        ],
    ),
    (
        "val-22",
        "alcohol: wife wants him to stop",
        [
            (
                "E",
                "She wants me to stop completely. I don't see why I have to stop completely. I"
                " could just cut down.",
            ),
            ("R", "You'd rather cut down than stop altogether."),
            (
                "E",
                "Yeah. I like a drink. I like a pint at the club with my mates. Why should I give"
                " that up?",
            ),
            ("O", "What does she see happening that makes her want you to stop altogether?"),
            (
                "E",
                "(pause) There was the thing at her sister's birthday. I, um. I said some things."
                " Got a bit loud. Her whole family was there.",
            ),
            ("R", "It went badly, and it went badly in front of the people who matter to her."),
            ("E", "I've apologised. I've said sorry a hundred times."),
            ("Q", "Had something like that happened before?"),
            ("E", "Once or twice. Not as bad."),
            (
                "RO",
                "So it's not the first time, and I'm guessing that's why she's gone straight to"
                " stopping completely. Where does that leave you?",
            ),
            ("E", "Stuck. Feels like I can't win."),
            ("X", "Yeah."),
            ("E", "If I cut down and she sees me having a pint, she'll go mad anyway."),
            ("R", "You're worried she won't trust cutting down."),
            ("E", "She won't. Not after the party."),
            (
                "I",
                "Some couples find it helps to agree exactly what cutting down would look like,"
                " like which days and how many, written down, so there's no arguing about it"
                " afterwards. And some people try a period of not drinking at all, a month say,"
                " and then decide. Those are just a couple of options, it's really down to the"
                " two of you.",
            ),
        ],
    ),
    (
        "val-23",
        "opioids: methadone programme, thinking about reducing",
        [
            ("X", "Hiya Lee. Good to see you."),
            ("E", "Alright. Yeah, been alright actually. Three months clean on top now."),
            ("X", "Three months. That's brilliant, Lee."),
            ("E", "Cheers. Yeah. Not easy."),
            ("R", "You've had to work really hard for it."),
            (
                "E",
                "Yeah. Lost a few mates along the way, like, ones who are still using. I can't be"
                " around them.",
            ),
            ("Q", "Are you still on sixty mils of the methadone?"),
            (
                "E",
                "Sixty, yeah. I want to start coming down. My key worker thinks it's a bit soon.",
            ),
            ("O", "What's making you want to come down now?"),
            (
                "E",
                "I want to be properly off it. I don't want to be picking up from the chemist"
                " every day for the rest of my life. My daughter's seven, I want to take her on"
                " holiday.",
            ),
            ("R", "Getting off it means freedom, being able to be a normal dad."),
            ("E", "That's it. That's it exactly."),
            (
                "I",
                "Reductions usually go in small steps, like five mils every couple of weeks, and"
                " people who go slower tend to stay off longer. Your prescriber can also let you"
                " pick up a few days at once as things stay stable, which might make the daily"
                " chemist thing a lot easier even before you're off.",
            ),
        ],
    ),
    (
        "val-24",
        "smoking: after a family cancer diagnosis",
        [
            (
                "E",
                "My brother's just been diagnosed. Lung. He's forty-eight. He's only three years"
                " older than me.",
            ),
            ("R", "It's really close to home."),
            (
                "E",
                "It's my brother. We started smoking together behind the garages when we were"
                " twelve.",
            ),
            ("X", "Oh, gosh."),
            (
                "E",
                "So yeah. I've been thinking. About, you know. I've got to, haven't I. But every"
                " time I think about it I just want a fag. Stupid.",
            ),
            ("R", "The stress makes you want to smoke more, not less."),
            ("E", "Yeah. How messed up is that."),
            ("X", "Oh, I don't think it's stupid at all."),
            ("Q", "Have you spoken to anyone about the stress of your brother's news?"),
            (
                "E",
                "My wife. A bit. She's a smoker too. We're both sat in the garden puffing away"
                " talking about it.",
            ),
            ("O", "How do you think she'd feel about stopping together?"),
            (
                "E",
                "She'd probably be up for it. She's said before. It's always me who says not yet.",
            ),
            (
                "I",
                "People who quit with a partner, and use stop smoking medication or nicotine"
                " replacement, have a much better chance than going it alone with willpower. And"
                " the stop smoking service would see you both together if you wanted.",
            ),
        ],
    ),
    (
        "val-25",
        "stress: caring for a parent with dementia",
        [
            ("O", "How have things been since the last time we met?"),
            (
                "E",
                "Mum's got worse. She got out of the house at three in the morning last week, the"
                " police found her at the bus stop in her nightie.",
            ),
            ("X", "Oh, goodness."),
            (
                "E",
                "So now I'm not sleeping because I'm listening out for the door. And I'm still"
                " working full time. And my husband's, well, he's trying, but it's my mum, not"
                " his.",
            ),
            ("R", "You're holding all of it, and it's all landing on you."),
            (
                "E",
                "I don't know how long I can keep going like this. But I promised her, years ago,"
                " I'd never put her in a home.",
            ),
            (
                "R",
                "You made her a promise, and now keeping it might be costing you your own health.",
            ),
            ("E", "(crying) Yeah. Sorry."),
            ("X", "No need to apologise."),
            ("O", "What would you need, right now, to feel a bit less alone with it?"),
            ("E", "Just a night off. One night's sleep. I'd settle for that."),
            (
                "I",
                "There's something called respite care, where she could stay somewhere for a few"
                " nights, or someone comes and sits overnight, so you can sleep. The council do a"
                " carer's assessment, which is how you'd get that, and it's free to ask for.",
            ),
        ],
    ),
    (
        "val-26",
        "sleep apnoea: not using the CPAP machine",
        [
            ("Q", "Did you get on with the CPAP machine at all this month?"),
            (
                "E",
                "I tried it for a couple of nights. It's horrible. The mask is like sleeping with"
                " a snorkel on. And my wife says it sounds like Darth Vader.",
            ),
            ("R", "It's uncomfortable, and you feel a bit daft wearing it?"),
            ("E", "Ha, yeah. Not very romantic, is it."),
            ("X", "No, I can imagine."),
            ("E", "And I'd wake up with it halfway across my face."),
            ("Q", "Which mask did they give you, the full face one?"),
            ("E", "The one over the nose and mouth, yeah."),
            (
                "I",
                "There are a few different mask types, there's one that just sits under your"
                " nose, which a lot of people find less claustrophobic. The sleep clinic will"
                " swap it if you ring them, you don't have to wait for your next appointment.",
            ),
            ("E", "I didn't know you could swap it."),
            ("Q", "Are you still tired during the day without it?"),
            ("E", "Terrible. I nodded off at a red light on Thursday. Only for a second, but."),
            ("R", "That frightened you."),
            ("E", "I've got my granddaughter in the car twice a week."),
            ("O", "So where do you want to go from here"),
        ],
    ),
    (
        "val-27",
        "school: university student thinking of dropping out",
        [
            (
                "E",
                "I just don't think I'm cut out for it. Everyone else seems to get it and I'm"
                " just, I'm drowning.",
            ),
            ("R", "You feel like you're the only one struggling."),
            (
                "E",
                "Yeah. I failed two of my January exams. I've never failed anything in my life. I"
                " was top of my year at school.",
            ),
            ("R", "This is a completely new feeling for you."),
            ("E", "It's awful. I just want to go home."),
            ("Q", "Have you told your parents?"),
            (
                "E",
                "God no. They'd be so disappointed. My dad's told everyone at his work his"
                " daughter's doing medicine.",
            ),
            ("R", "You're carrying their pride as well as your own."),
            ("E", "(nods) I don't want to let them down."),
            ("X", "Mm-hmm."),
            ("O", "What's the hardest part of the course, day to day?"),
            (
                "E",
                "The volume. There's just so much. And I don't know how to revise for it, at"
                " school I could just read things through and remember them.",
            ),
            (
                "I",
                "That's actually one of the most common things with first-years who were high"
                " achievers at school. The study skills centre does one-to-one sessions, and"
                " they'd go through methods like spaced practice and testing yourself, which work"
                " much better with the amount of material in medicine.",
            ),
            ("E", "I didn't know that was a thing. I thought it was just me being thick."),
            (
                "R",
                "Let me see if I've got this. You've gone from being top of your year to failing"
                " two exams, you're dreading letting your dad down, and the revising that always"
                " worked for you at school just isn't working with this much material. And you're"
                " starting to wonder if it's not you that's the problem, it's how you've been"
                " taught to study. Is that about right?",
            ),
            ("R", "Maybe it's not you, it's the method."),
            ("E", "Maybe. I don't know."),
            ("X", "You don't have to decide anything today."),
        ],
    ),
    (
        "val-28",
        "driving offence: speeding, one more ticket from a ban",
        [
            (
                "E",
                "So I'm on nine points. One more and I'm banned. And I drive for a living."
                " Delivery.",
            ),
            ("R", "So your job's hanging by a thread?"),
            ("E", "Pretty much, yeah."),
            ("O", "Tell me about the last one, what happened?"),
            (
                "E",
                "Thirty zone. I was doing thirty-eight. Camera van. Honestly I didn't even know"
                " it was a thirty, it's one of them roads that looks like a forty.",
            ),
            ("R", "It feels a bit unfair, you weren't tearing about."),
            (
                "E",
                "Yeah. I mean, I'm not a boy racer. I'm just always behind. They give us like a"
                " hundred and twenty drops a day. It's impossible without putting your foot down.",
            ),
            ("R", "The speeding comes out of the pressure the job puts on you."),
            ("E", "Exactly."),
            ("Q", "You get paid per drop?"),
            ("E", "Yeah. Well, there's a base, but the bonus is per drop."),
            ("X", "Right."),
            ("E", "Which is why everyone speeds."),
            (
                "RO",
                "So the way the job's set up pretty much pushes you into it. What would it mean"
                " for you if you did lose the licence?",
            ),
            (
                "E",
                "I'd lose the job, obviously. Then the flat. I'm only just making the rent as it"
                " is.",
            ),
            (
                "I",
                "Some drivers find it helps to use a speed limit app on the phone that beeps when"
                " you go over, especially on roads where the limit isn't obvious. It doesn't fix"
                " the pressure of the drops, but it might save you from the sneaky thirties.",
            ),
        ],
    ),
    (
        "val-29",
        "oral health: parent of a toddler with tooth decay",
        [
            ("X", "Hi, thanks for coming in with him. Hello, little man."),
            ("E", "Say hello, Theo. He's shy. Sorry."),
            ("X", "Oh no, that's fine."),
            ("O", "So, um, the dentist referred you. What did they say?"),
            (
                "E",
                "He's got four fillings needed. Four. He's three. They said it's from the juice,"
                " and the bottle at night. I felt like the worst mum in the world.",
            ),
            ("R", "You came out of there feeling judged."),
            ("E", "Really judged. She didn't say it but I could tell."),
            ("Q", "Does he have the bottle to get to sleep?"),
            (
                "E",
                "Yeah, he won't go down without it. And it's got to be juice, he won't take milk"
                " or water in it.",
            ),
            ("R", "So bedtime really hinges on that bottle of juice."),
            ("E", "It's the only way. Otherwise it's two hours of screaming."),
            (
                "I",
                "What some parents do is water the juice down a little bit more every few nights,"
                " so it's mostly water after a couple of weeks, and he doesn't get the big change"
                " all at once. The sugar sitting on the teeth overnight is the main thing causing"
                " the decay, because there's less saliva when they sleep.",
            ),
            ("E", "Gradually. Oh. That might actually work. He'd not notice, would he."),
            ("X", "Probably not."),
            ("Q", "Do you think bedtime would go okay if you tried that?"),
        ],
    ),
    (
        "val-30",
        "anger and drinking: on probation",
        [
            ("E", "I'm only here because of the probation order, so."),
            ("X", "Yeah, I know. I appreciate you turning up anyway, a lot of people don't."),
            ("E", "Didn't have much choice."),
            ("R", "It doesn't feel like you've got much say in any of this."),
            (
                "E",
                "None. The court, the probation officer, now you. Everyone telling me what to do.",
            ),
            (
                "X",
                "I'm not going to tell you what to do. What you do with your drinking is up to"
                " you.",
            ),
            ("E", "(pause) Right."),
            ("Q", "Was drink involved, the night it happened?"),
            ("E", "Yeah. Always is. I don't kick off sober."),
            ("R", "Sober, you can handle it. It's when you've had a drink that things go wrong."),
            ("E", "Yeah, pretty much. Something switches."),
            ("O", "What does that switch look like, from the inside?"),
            (
                "E",
                "Someone looks at me wrong, or says something, and I just, I see red. Like"
                " there's no gap between thinking it and doing it.",
            ),
            ("R", "The gap disappears."),
            ("E", "Yeah. That's a good way of putting it actually."),
            ("O", "What would you want to be different about the next six months?"),
        ],
    ),
]
"""Sessions behind SPOKEN_VALIDATION: measure in aggregate only."""

FINAL_SESSIONS: list[Session] = [
    (
        "final-01",
        "alcohol: retired man drinking in the afternoons",
        [
            ("X", "Afternoon, Mr Patel. Nice to meet you."),
            ("E", "And you. Call me Raj, please. Mr Patel was my father."),
            ("X", "Raj it is."),
            ("O", "So what brings you along today, Raj?"),
            (
                "E",
                "Well, my daughter, mostly. She came round on a Tuesday, unannounced, about three"
                " o'clock, and I'd, er, I'd had a few. Whisky. And she was upset. She said Dad,"
                " it's three in the afternoon.",
            ),
            ("R", "She caught you at a time you weren't expecting anyone, and it worried her."),
            (
                "E",
                "Yes. But what else am I meant to do all day? Forty-one years I worked. Now"
                " there's nothing. The garden. The crossword. That's it.",
            ),
            ("R", "Retirement's turned out a lot emptier than you thought it'd be."),
            (
                "E",
                "Much emptier. Everyone said, oh you'll love it, you'll have so much time. Time"
                " for what?",
            ),
            ("Q", "About what time do you normally pour the first one?"),
            ("E", "Oh, it used to be six. With the news. Now it's, well, after lunch, usually."),
            (
                "I",
                "One thing that's worth knowing is that our bodies handle alcohol less well as we"
                " get older, so the same three or four whiskies hit harder at seventy than at"
                " fifty. It's also something that can interact with a lot of the tablets people"
                " our age, well, your age, are on.",
            ),
            ("E", "I'm on blood pressure ones. And a statin."),
            (
                "Q",
                "Would it be alright if we looked at what you're taking together, before you go"
                " today?",
            ),
        ],
    ),
    (
        "final-02",
        "smoking: construction worker, breathless on scaffolding",
        [
            (
                "E",
                "I'm not here to quit, just so you know. The GP sent me because of the breathing"
                " thing.",
            ),
            ("X", "Okay. That's fine."),
            ("O", "What's the breathing thing been like?"),
            (
                "E",
                "Getting up the scaffold. I'm thirty-nine and I'm stopping halfway up like an old"
                " man. The young lads fly past me.",
            ),
            ("R", "It's embarrassing, getting left behind by the younger ones."),
            (
                "E",
                "It's not embarrassing, it's, it's just annoying. I used to be the fastest on"
                " site.",
            ),
            ("Q", "Did the GP do a breathing test?"),
            (
                "E",
                "Yeah, the blowing one. She said it was a bit low for my age, early signs of,"
                " what was it, COPD.",
            ),
            (
                "I",
                "With early COPD, stopping smoking is really the one thing that slows it down."
                " The damage that's done doesn't come back, but if you stop, the decline goes"
                " back to roughly what it would be for a non-smoker your age. If you carry on, it"
                " tends to speed up.",
            ),
            ("R", "That's a lot to hear when you came in saying you weren't here to quit."),
            ("E", "Yeah. Bit of a kick in the teeth."),
            ("X", "Mm-hmm."),
            ("E", "I'm not saying I'm going to. I'm saying I'll think about it."),
            ("X", "Thinking about it is plenty for today."),
        ],
    ),
    (
        "final-03",
        "diet: high cholesterol and takeaway habit",
        [
            ("O", "So, um, how are you feeling about the cholesterol results?"),
            (
                "E",
                "Surprised, honestly. I'm not overweight. I thought cholesterol was a fat"
                " person's thing.",
            ),
            ("R", "It didn't fit with how you see yourself?"),
            ("E", "Not at all. I go to the gym. I'm skinny."),
            ("Q", "Has anyone in your family had high cholesterol or heart problems?"),
            ("E", "My dad had a heart attack at fifty-two. But he smoked. I don't smoke."),
            (
                "RO",
                "So in your head that was his smoking, not something you'd have inherited. What"
                " did the doctor say about it?",
            ),
            ("E", "She said it might be genetic. Something familial. She wants to do more tests."),
            ("X", "Okay."),
            (
                "E",
                "And she asked about food and I told her, I mean, I work long hours, I'm in the"
                " office till eight, so it's takeaway most nights. Deliveroo basically.",
            ),
            (
                "I",
                "If it does turn out to be familial, food changes still help but usually not"
                " enough on their own, and a statin's often recommended even for people who are"
                " slim and active. The tests she's doing will tell you which it is.",
            ),
            ("E", "Right. So I might have to take tablets anyway."),
            ("R", "You're wondering what the point of changing your food would be, then."),
        ],
    ),
    (
        "final-04",
        "exercise: low mood, trying to walk daily",
        [
            ("X", "Hi Sophie, come in. How's your week been?"),
            ("E", "Honestly? Pretty grim. I had one good day and then I sort of slid back."),
            ("RO", "So there was one good day in there. What was different about it?"),
            (
                "E",
                "I went for the walk. Like we talked about. Just round the reservoir, like twenty"
                " minutes. And the sun was out, and I came back and I actually felt, I don't"
                " know, a bit human.",
            ),
            ("R", "Getting outside gave you a lift."),
            (
                "E",
                "It did. And then the next day it was raining, and I didn't go, and I just stayed"
                " in bed until two. It's like, if I can't do it properly, what's the point.",
            ),
            ("R", "It's all or nothing for you."),
            ("E", "Always has been. My therapist says that too."),
            ("X", "Ha. Okay, so I'm not the first."),
            ("E", "No."),
            ("O", "What would a rainy-day version of the walk look like"),
            ("E", "I don't know. Walking round the supermarket? That's sad."),
            (
                "I",
                "Actually, for mood, it's less about the distance and more about moving at all"
                " and getting a bit of daylight. Even five minutes at the end of the road counts."
                " Some people find it easier to keep a minimum, like just put shoes on and go to"
                " the corner, and then if you want to do more, great.",
            ),
            ("E", "Just to the corner. Huh. I could probably do that even on a bad day."),
            ("X", "That's really worth noticing, that you think you could."),
        ],
    ),
    (
        "final-05",
        "antidepressant adherence",
        [
            ("O", "How have you been getting on with the sertraline?"),
            ("E", "I stopped taking it. About two weeks ago."),
            ("X", "Okay. Thanks for telling me."),
            ("Q", "Was there something in particular that made you stop?"),
            (
                "E",
                "I felt better. Like, properly better, for about a month. So I thought, great, I"
                " don't need it anymore. And also I hated the idea of being on something.",
            ),
            ("R", "You felt well and you didn't like the idea of needing a tablet to feel well."),
            (
                "E",
                "Yeah. It feels like cheating. Like it's not really me. Yeah. My family's very"
                " much, you know, pull yourself together. Tablets are for weak people.",
            ),
            ("X", "Mm."),
            ("O", "How have you been feeling these last two weeks, since stopping?"),
            (
                "E",
                "Bit dizzy. And these weird, like, zaps in my head. And I cried at an advert on"
                " Sunday, which, I mean, I do cry at adverts, but.",
            ),
            (
                "I",
                "The dizziness and the zaps are quite common when sertraline is stopped suddenly."
                " It's called discontinuation syndrome, and it's usually not dangerous but it can"
                " be really unpleasant. If people do want to come off, doctors usually bring the"
                " dose down slowly over a few weeks instead.",
            ),
            ("E", "Oh. I didn't know you had to come down. I just stopped."),
            ("R", "So some of what you're feeling might be the stopping, not you going backwards."),
            ("E", "Maybe. I hope so."),
            (
                "I",
                "It would be worth booking in with your GP this week to talk it through. It's"
                " your decision whether to go back on it or come off properly, but they can help"
                " you do either safely.",
            ),
        ],
    ),
    (
        "final-06",
        "gambling: poker and debt",
        [
            (
                "E",
                "It's skill, though, poker. It's not like slot machines. You can actually win at"
                " poker if you're good.",
            ),
            ("R", "So to you it's a completely different thing from gambling?"),
            ("E", "Well it is. There are professionals. People make a living."),
            ("X", "Sure."),
            ("E", "I'm just on a bad run. Variance. Everyone has them."),
            ("Q", "How long has the bad run been going?"),
            ("E", "(laughs) Eight months, probably."),
            ("O", "What's it cost you, over those eight months?"),
            (
                "E",
                "Money-wise, like, twelve grand. I've got two credit cards maxed and I borrowed"
                " off my brother. And he's asking for it back now.",
            ),
            (
                "R",
                "So there's the money, and now it's spilling into your relationship with your"
                " brother too.",
            ),
            ("E", "He's not speaking to me, basically."),
            ("X", "I'm sorry, that's rotten."),
            ("E", "It's rubbish. We were close."),
            (
                "I",
                "There are free debt advice services, StepChange is one, that can help set up a"
                " plan with the card companies, sometimes freezing the interest. It won't sort"
                " things with your brother, but it might take some of the pressure off.",
            ),
            ("E", "Does it go on your credit file?"),
            (
                "I",
                "Some of the options do, and they'd explain which ones before you agree to"
                " anything.",
            ),
        ],
    ),
    (
        "final-07",
        "methamphetamine: wants to keep his job",
        [
            (
                "O",
                "You said on the phone you wanted to talk about the ice. Do you want to tell me a"
                " bit about where things are at?",
            ),
            (
                "E",
                "Yeah. So, I'm a truckie, long haul. And a lot of the blokes use it to stay awake"
                " on the long runs. I started doing that, and now it's, it's not just on the"
                " runs.",
            ),
            ("R", "It started as a work tool and now it's crept into the rest of your life."),
            ("E", "Yeah. Weekends, days off. And I'm not sleeping, not eating."),
            ("Q", "When did you last sleep a full night?"),
            ("E", "Couple of weeks back, maybe."),
            ("X", "Okay."),
            (
                "E",
                "And they've started doing random drug tests at work. Which, I'd be gone."
                " Instant. Licence, job, everything. And I'm forty-four, I've got no other"
                " skills. Driving's all I know.",
            ),
            ("R", "Losing the job would feel like losing everything."),
            ("E", "Yeah."),
            ("O", "What would need to happen for you to be able to do the long runs without it?"),
            ("E", "I dunno. Proper rest stops. But they pay by the load, so you push through."),
            (
                "I",
                "The drug and alcohol service here can do a confidential assessment. It doesn't"
                " go to your employer unless you want it to. A lot of people in your line of work"
                " come through it.",
            ),
        ],
    ),
    (
        "final-08",
        "sleep: night-shift warehouse worker",
        [
            ("X", "Hi, have a seat, make yourself comfortable."),
            (
                "E",
                "Thanks. Sorry, I'm a bit all over the place, I'm on nights. I came in straight"
                " after my shift, so I've been up since, um, four yesterday afternoon.",
            ),
            ("R", "You're running on empty."),
            (
                "E",
                "Completely. And then when I do get home I can't sleep. It's bright, the kids are"
                " up, the neighbour's doing his extension.",
            ),
            ("Q", "How many hours are you getting, roughly, on a work day?"),
            ("E", "Four? Four and a half if I'm lucky."),
            ("O", "And how's that affecting you, day to day"),
            (
                "E",
                "I'm short with the kids. I fell asleep in the car park once before a shift. And"
                " I'm eating rubbish, like energy drinks and chocolate just to keep going.",
            ),
            (
                "R",
                "So it's your mood, your safety and what you're eating, all of it's taking a hit.",
            ),
            ("E", "When you say it like that it sounds bad."),
            ("R", "It sounds like a lot to be coping with."),
            (
                "I",
                "For people on nights, the things that tend to help the most are blackout blinds"
                " or an eye mask, earplugs or white noise, and keeping the same sleep time even"
                " on days off as far as you can. Caffeine in the last few hours of the shift also"
                " makes it much harder to drop off when you get in.",
            ),
            ("E", "I have an energy drink about five in the morning. Every shift."),
            ("R", "That might be the one keeping you awake when you get home."),
            ("E", "Hm. Maybe."),
            ("Q", "Would you be willing to try moving that one earlier, just as an experiment?"),
        ],
    ),
    (
        "final-09",
        "stress: secondary teacher close to burnout",
        [
            (
                "E",
                "I just feel like I'm failing at everything. The marking's piling up, I've got an"
                " Ofsted coming, my own kids barely see me.",
            ),
            ("R", "You're stretched across so many things that nothing feels done properly."),
            ("E", "Exactly. And I used to love this job. I really did."),
            ("RO", "You used to love it. What's changed?"),
            (
                "E",
                "The paperwork. It's all data, data, data. Spreadsheets. I went into this to"
                " teach kids, not to fill in trackers.",
            ),
            ("R", "The part you care about has been buried under the admin."),
            ("E", "Yeah."),
            ("X", "Mm-hmm."),
            (
                "E",
                "And I'm snapping at people. My husband. My Year Nines, which is not fair on them.",
            ),
            ("Q", "Are you sleeping okay?"),
            ("E", "No. I wake up at three and start writing lesson plans in my head."),
            ("O", "When have you felt more like yourself, even for a bit, recently?"),
            (
                "E",
                "Half term. We went to my sister's in Wales. I didn't open my laptop once. I felt"
                " like a person.",
            ),
            ("R", "When the work isn't in front of you, you come back to yourself pretty quickly."),
            ("E", "I do. That's what's scary, going back."),
            (
                "R",
                "So let me pull some of that together. You used to love teaching, and the actual"
                " teaching is still the bit you care about. But the admin's piled up so much that"
                " you're snapping at people and waking at three, and when you got away at half"
                " term you felt like yourself again within days. And now going back is the scary"
                " part.",
            ),
            (
                "I",
                "Your union will usually have advice on workload and on what's reasonable to be"
                " asked to do, and some schools have a wellbeing lead. Also, your GP can talk to"
                " you about whether some time off would help, if it gets to that point. These are"
                " all just options, you know your situation best.",
            ),
        ],
    ),
    (
        "final-10",
        "parenting: toddler bedtime battles",
        [
            ("O", "So what's bedtime like at the moment?"),
            (
                "E",
                "A war zone. Honestly. Bath, story, bed, and then she's up. And up. And up."
                " Fifteen times some nights. We're going to bed at eleven and she's still coming"
                " in.",
            ),
            ("R", "Your evenings have completely disappeared."),
            (
                "E",
                "We've got no evenings. My husband and I haven't watched a film together since, I"
                " don't even know.",
            ),
            ("R", "It's not just the sleep, it's the time together you've lost."),
            ("E", "Yeah. We're like ships in the night."),
            ("O", "And what do you do when she comes out of her room?"),
            (
                "E",
                "Depends how tired I am. Sometimes I take her back. Sometimes I let her come in"
                " our bed because I just can't face it. Yeah. I know that's probably not helping.",
            ),
            ("X", "You're doing what you can on not much sleep."),
            (
                "I",
                "Toddlers usually settle quicker when the response is the same every time, so a"
                " lot of families find something like calmly walking her back each time, with as"
                " little talking as possible, works after about a week. It tends to get worse for"
                " a couple of nights before it gets better, which is the bit that's hard to stick"
                " with.",
            ),
            ("E", "Worse first. Great. Ha."),
            ("O", "What would you need to get through those first few nights?"),
        ],
    ),
    (
        "final-11",
        "school: teenager suspended for fighting",
        [
            ("X", "Hi Marcus. I'm Jo. Thanks for coming in."),
            ("E", "S'alright."),
            ("O", "Can you tell me what happened, from your side?"),
            (
                "E",
                "He was chatting about my mum. In the canteen. Everyone heard. So I hit him. And"
                " now I'm the one suspended and he's just, he's walking about like nothing"
                " happened.",
            ),
            ("R", "It feels really unfair that you got the punishment and he didn't."),
            ("E", "He started it!"),
            ("R", "He said something about your mum, and you weren't going to let that go."),
            ("E", "You don't chat about someone's mum. Everyone knows that."),
            ("X", "Okay."),
            ("Q", "Is your mum okay at the moment?"),
            ("E", "(pause) She's in hospital. That's why I was, like. She's not well."),
            ("R", "So you've been carrying a lot already."),
            ("E", "Yeah. No one at school knows."),
            ("Q", "Would you want anyone at school to know?"),
            ("E", "Maybe Miss Kaur. She's alright."),
            ("X", "She sounds like someone you trust."),
            (
                "I",
                "If Miss Kaur knew, she could let the head of year know that things are hard at"
                " home, without going into detail if you don't want. Schools can sometimes take"
                " that into account, like with the suspension, and she might be able to get you"
                " some support too.",
            ),
        ],
    ),
    (
        "final-12",
        "driving: caught using a phone while driving",
        [
            ("E", "It was one text. At a red light. I wasn't even moving."),
            ("R", "So you don't feel like you were putting anyone in danger?"),
            (
                "E",
                "I wasn't! The car was stopped. It's not like I was doing seventy on the motorway"
                " texting.",
            ),
            ("X", "Okay."),
            (
                "I",
                "Just so you know the rules, the law counts a red light or a traffic jam as"
                " driving, because the engine's on and you're in charge of the car. That's why"
                " it's six points even when you're stationary.",
            ),
            (
                "E",
                "Six points. I passed my test eighteen months ago. So that's my licence gone,"
                " basically.",
            ),
            ("R", "You've lost your licence over something you didn't think was a big deal."),
            ("E", "Pretty much. I've got to resit everything. The theory and the practical."),
            ("O", "How's that going to affect things for you?"),
            (
                "E",
                "My job's two buses away. I'll be getting up at six instead of seven thirty. And"
                " my mum's going to have to take my brother to football now. She's fuming.",
            ),
            ("Q", "Had you texted while driving before that day?"),
            ("E", "(pause) Yeah. Loads, if I'm honest. Everyone does."),
            ("O", "What do you make of that now, looking back?"),
            (
                "E",
                "I dunno. Bit stupid. I was lucky it was a copper and not, like, a kid on a bike"
                " or something.",
            ),
            ("R", "Part of you is thinking it could've been a lot worse."),
        ],
    ),
    (
        "final-13",
        "weight: pre-diabetes result",
        [
            ("O", "How are you feeling after the nurse's phone call?"),
            (
                "E",
                "Scared, honestly. Pre-diabetes. My mum had diabetes, she lost her foot in the"
                " end. So when I heard the word diabetes I just, I froze.",
            ),
            ("R", "It brought back everything that happened to your mum."),
            ("E", "Everything. The dialysis, the amputation, all of it."),
            ("R", "That must have been awful to watch."),
            ("E", "It was. I was her carer for six years."),
            (
                "I",
                "The good news with pre-diabetes is that it's the stage where things can still go"
                " back. There's a national programme, it's nine months of group sessions, and on"
                " average people who do it cut their risk of getting type 2 quite a lot. The"
                " nurse can refer you.",
            ),
            (
                "E",
                "Nine months is a long time. I work shifts. I don't know if I could do a set day"
                " every week.",
            ),
            ("Q", "Did the nurse mention there's an online version?"),
            ("E", "No, she didn't say."),
            (
                "I",
                "There's a digital one, with an app and a coach you message, which some people"
                " find easier with shifts. Same programme, just not in a room.",
            ),
            ("E", "Oh, that might work. I'm on my phone all the time anyway."),
            ("O", "What would it mean to you, if you could keep it from turning into diabetes?"),
        ],
    ),
    (
        "final-14",
        "smoking: relapse after a quit attempt",
        [
            ("X", "Hi Gemma. Good to see you."),
            ("E", "I don't know if it is. I'm smoking again."),
            ("R", "You're disappointed in yourself."),
            (
                "E",
                "Gutted. Six weeks I did. Six weeks! And then one night out, one, and I had one"
                " off my friend, and then I was buying a pack the next morning.",
            ),
            ("R", "Six weeks, and then one cigarette on a night out undid it."),
            (
                "X",
                "Six weeks without smoking is a proper achievement, though. That didn't just"
                " disappear.",
            ),
            ("E", "I suppose."),
            ("O", "What did you learn in those six weeks about what works for you?"),
            (
                "E",
                "The patches were good. The mornings were easy with the patch. And I went"
                " running, actually, which I never do.",
            ),
            (
                "R",
                "So you found things that really worked, it was the night out that caught you off"
                " guard.",
            ),
            ("E", "Yeah. I didn't think about the drinking side. I just went out like normal."),
            (
                "I",
                "That's really common. Alcohol is one of the biggest triggers for relapse,"
                " because it lowers your guard and a lot of people smoked while they drank."
                " People often find it helps to plan ahead for nights out, like having the spray"
                " or the gum with them, or avoiding the smoking area.",
            ),
            ("E", "The smoking area's where all my mates are, though."),
            ("Q", "Do you want to set a new quit date today?"),
        ],
    ),
    (
        "final-15",
        "alcohol: first pregnancy",
        [
            (
                "O",
                "The midwife mentioned you had some questions about drinking. What's on your mind?",
            ),
            (
                "E",
                "Well, I didn't know I was pregnant for the first, like, seven weeks. And I was"
                " drinking, you know, normally. Wine at the weekend. A few nights out. Including"
                " my friend's hen do, which was, it was a big one.",
            ),
            ("R", "You're worried about what happened before you knew."),
            (
                "E",
                "I can't stop thinking about it. I've been googling every night. Which is a"
                " terrible idea.",
            ),
            ("X", "Ah, Google."),
            ("E", "I know."),
            (
                "I",
                "A lot of women drink before they find out they're pregnant, it's really common,"
                " and the advice is that the risk to the baby from that is likely to be low. The"
                " most important thing is what happens from here on. The current guidance is that"
                " not drinking at all during pregnancy is the safest approach.",
            ),
            ("E", "Oh. Right. That's, okay. That actually helps a lot."),
            ("Q", "Have you had anything to drink since you found out?"),
            (
                "E",
                "No. Nothing. I poured a bottle of prosecco down the sink the day I found out, my"
                " husband thought I'd lost it.",
            ),
            ("X", "Ha! Good for you."),
            (
                "E",
                "It's just, at Christmas, everyone's going to be drinking and asking why I'm not.",
            ),
            (
                "RO",
                "So now it's less about whether and more about how you handle all the questions."
                " How much do you want people to know at that point?",
            ),
            (
                "E",
                "Not yet. Not till the twelve week scan. I'll probably just say I'm on"
                " antibiotics.",
            ),
            ("X", "That's a classic."),
        ],
    ),
    (
        "final-16",
        "asthma: fourteen-year-old and the preventer inhaler",
        [
            ("X", "Hey Jordan. Thanks for letting me chat to you on your own for a bit."),
            ("E", "S'fine. Mum goes on about it anyway."),
            ("R", "You're a bit fed up of hearing about the inhaler."),
            ("E", "Every single day. Have you done your inhaler. Have you done your inhaler."),
            ("O", "What's it like from your end, having asthma?"),
            (
                "E",
                "It's fine mostly. Except football. I play for the under fifteens and I get"
                " puffed out way before everyone else. Coach took me off at half time last week.",
            ),
            ("R", "It's getting in the way of the thing you care about most."),
            ("E", "Yeah. I want to get scouted. There's a scout coming in March."),
            ("Q", "Do you use the purple one every day, or just sometimes?"),
            ("E", "Sometimes. When I remember. Mostly not."),
            (
                "I",
                "The purple one is the one that would help with the football. If you take it"
                " every day, morning and night, your lungs get less twitchy, so you'd be a lot"
                " less likely to get tight when you're running. It takes a couple of weeks to"
                " kick in though.",
            ),
            ("E", "Seriously? I thought it was just for, like, when you're ill."),
            ("Q", "If it helped with football, would that make it worth doing?"),
            ("E", "Yeah. Obviously. If it means I last the whole game."),
            ("O", "How could you remember to do it, do you reckon?"),
        ],
    ),
    (
        "final-17",
        "cannabis: daily use, new job",
        [
            (
                "E",
                "So I've got this job offer, it's a good one, project manager, and there's a drug"
                " test. And I smoke every day. Have done for about ten years.",
            ),
            ("R", "This job's made you look at something you've been doing for a long time."),
            (
                "E",
                "Yeah. I mean I'm not like a stoner stoner. I've got a degree, I've got a flat, I"
                " function. Well. Not in a big way. I'm a bit forgetful. My girlfriend says I'm"
                " not very present in the evenings.",
            ),
            ("Q", "When's the drug test?"),
            ("E", "Four weeks."),
            (
                "I",
                "Cannabis can stay in urine for a few weeks in people who use it every day,"
                " sometimes more than a month, so four weeks is tight but it's possible if you"
                " stopped now. People who've smoked daily for a long time often get a couple of"
                " weeks of poor sleep, vivid dreams and being irritable when they stop.",
            ),
            ("E", "Vivid dreams, yeah. I've heard about those."),
            ("O", "Leaving the test aside, how do you feel about stopping?"),
            (
                "E",
                "Honestly, part of me's relieved. Like, an excuse. I've thought about it for a"
                " while. But I'm also like, what do I do at nine o'clock at night now?",
            ),
            (
                "R",
                "You've been thinking about it for a while, and now the job gives you a push, but"
                " the evenings are going to feel really empty.",
            ),
            ("E", "Exactly."),
            ("X", "That makes a lot of sense."),
        ],
    ),
    (
        "final-18",
        "diet: kidney disease and fluid limits",
        [
            ("O", "How have you been managing with the fluid limit?"),
            (
                "E",
                "Badly, I'll be honest. A litre a day. That's nothing. I'm thirsty all the time."
                " It's summer as well.",
            ),
            ("R", "You're thirsty all the time and it's relentless."),
            (
                "E",
                "It's torture. Honestly. And the dietitian gave me this list, no bananas, no"
                " tomatoes, no chocolate, no crisps, and I'm thinking what is left?",
            ),
            ("R", "It feels like everything you enjoy has been taken away."),
            ("E", "It does. It really does."),
            ("X", "Oh, I'm sorry."),
            ("Q", "Are you on dialysis three times a week?"),
            ("E", "Three times, Monday Wednesday Friday."),
            (
                "I",
                "One thing some people find helps with the thirst is sucking on ice cubes or"
                " frozen grapes, because it lasts longer than a drink for the same amount of"
                " fluid. And salty food makes the thirst a lot worse, so cutting salt down can"
                " make the litre go further.",
            ),
            ("E", "Frozen grapes? Can I have grapes?"),
            (
                "I",
                "In small amounts they're usually fine, but check with your dietitian because it"
                " depends on your potassium levels.",
            ),
        ],
    ),
    (
        "final-19",
        "physiotherapy: exercises after shoulder surgery",
        [
            ("Q", "Have you been doing the shoulder exercises?"),
            ("E", "Some of them. Not the ones with the band. They hurt."),
            ("R", "The band ones are painful enough that you've been avoiding them."),
            (
                "E",
                "Well, yeah. The surgeon said don't overdo it, and then the physio's saying push"
                " through it. So which is it?",
            ),
            ("R", "You're getting two different messages and you're not sure who to believe."),
            ("E", "Exactly. I don't want to tear it again."),
            ("X", "That's a really fair worry."),
            (
                "I",
                "It's a bit of both, really. A stretching kind of discomfort, maybe three or four"
                " out of ten, is normal and expected with those exercises. Sharp pain, or pain"
                " that's still there the next day, is the sign to ease off. That's usually what"
                " the physio means.",
            ),
            ("E", "Oh. Okay. Nobody explained it like that. I thought any pain was bad."),
            ("Q", "Would you feel okay trying the band ones again, knowing that?"),
            ("E", "I'll try them. Gently."),
            ("X", "Gently is absolutely fine."),
            ("E", "The thing is, I'm a painter and decorator. I need this arm back."),
            ("O", "What's the plan for getting back to work, as you see it?"),
        ],
    ),
    (
        "final-20",
        "statins: stopped because of muscle aches",
        [
            (
                "E",
                "I stopped the statin. It made my legs ache something terrible. I'm not going"
                " back on it.",
            ),
            ("R", "Whatever the benefits are, it's not worth feeling like that."),
            ("E", "No. I was like an old woman on the stairs."),
            ("X", "Mm."),
            ("Q", "How long were you on it before the aches started?"),
            ("E", "About a month. And they stopped maybe a week after I came off."),
            ("R", "So you're pretty sure it was the tablet?"),
            ("E", "Positive."),
            (
                "I",
                "Aches are the most common reason people stop statins. Some people who get aches"
                " on one find a different one, or a lower dose, suits them fine. And there are"
                " other cholesterol tablets that aren't statins, for people who really can't take"
                " any of them.",
            ),
            (
                "E",
                "I didn't know there was more than one. Yeah. The doctor just said here you go,"
                " take this.",
            ),
            (
                "O",
                "How would you feel about going back to the doctor to talk about the other"
                " options?",
            ),
            ("E", "I'd be open to it. As long as they don't just make me take the same one."),
            ("X", "That's your call. You're the one who has to live with it."),
        ],
    ),
    (
        "final-21",
        "gambling: young man, sports betting apps",
        [
            ("O", "So, um, how did you end up getting in touch with us?"),
            (
                "E",
                "I saw an ad, actually, on the bus. And it was like, do you bet more than you can"
                " afford? And I was like, yeah. Yeah, I do.",
            ),
            ("R", "It was like the ad was talking to you."),
            ("E", "Literally. It was weird."),
            ("O", "Tell me a bit about your betting."),
            (
                "E",
                "Football, mainly. Accumulators. And in-play, like, next corner, next card."
                " That's the bad one. You can bet on every minute. Yeah, because there's no"
                " break. A normal bet, you wait till Saturday. In-play, you could do fifty bets"
                " in one match.",
            ),
            ("Q", "How much did you put on last weekend, about?"),
            ("E", "Like three hundred. I get paid eleven hundred a month. So. Yeah."),
            ("R", "Over a quarter of your wages in one weekend."),
            ("E", "When you say it like that."),
            ("X", "I'm not saying it to make you feel bad."),
            ("E", "No, I know. It's just I haven't added it up like that before."),
            (
                "I",
                "Most of the apps let you set deposit limits and turn off in-play betting in the"
                " settings, and some banks let you block gambling transactions on your card"
                " altogether. Some people like having a block they can't undo quickly, because"
                " the urge usually passes if there's a delay.",
            ),
        ],
    ),
    (
        "final-22",
        "alcohol: court-mandated after drink-driving",
        [
            ("X", "Okay, so, hi. I'm Alex. Nice to meet you."),
            ("E", "Right."),
            (
                "I",
                "So, just so you know how it works, there'll be six sessions, and I'll send a"
                " note to the court to say you've attended, but what we actually talk about stays"
                " between us, unless there's a risk to someone's safety.",
            ),
            ("E", "Okay. Good. I was wondering that."),
            ("O", "What's your understanding of why you're here?"),
            (
                "E",
                "Because I got done for drink driving. Second time. The judge said it was this or"
                " a harsher sentence.",
            ),
            ("R", "So this is the lesser of two evils."),
            ("E", "(laughs) Basically, yeah."),
            ("Q", "The first time, how long ago was that?"),
            ("E", "About six years. I was young. Stupid."),
            ("R", "That was a different you."),
            ("E", "Well, I thought so. And then this happened."),
            ("O", "What was going on for you around the time of this second one?"),
            (
                "E",
                "My dad had just died. I was drinking a lot. Every night. I wasn't thinking"
                " straight.",
            ),
            (
                "R",
                "You were grieving, and the drinking was part of how you were getting through it.",
            ),
            ("E", "Yeah. I didn't really deal with it. Still haven't, probably."),
            ("X", "I'm really sorry about your dad."),
            ("E", "Thanks."),
            (
                "R",
                "So, from what you've told me today, the first time was six years ago when you"
                " were young, you thought that was well behind you, and then this one came right"
                " after losing your dad, when a drink every night was how you were getting"
                " through.",
            ),
        ],
    ),
    (
        "final-23",
        "prescription painkillers: codeine after back injury",
        [
            (
                "E",
                "It started with the back. I hurt it lifting at work, and the doctor gave me"
                " co-codamol. And it helped. But now it's been two years.",
            ),
            (
                "R",
                "Something that started as a fix has hung around a lot longer than you meant it"
                " to.",
            ),
            (
                "E",
                "Yeah. And the pharmacist asked me last week, like, are you still taking these?"
                " Kind of a look.",
            ),
            ("Q", "How many are you taking a day now?"),
            ("E", "Eight. Sometimes more. The box says eight max."),
            ("R", "You're at the top and sometimes over."),
            (
                "E",
                "Yeah. I know. But without them I get this, like, restless, achey feeling. And I"
                " can't sleep.",
            ),
            (
                "I",
                "Those feelings when you don't take it can be withdrawal, which happens with"
                " codeine when it's been taken every day for a while. It's not the same as the"
                " back pain coming back, though it can feel similar.",
            ),
            (
                "E",
                "So my back might actually be okay? It's just the tablets? Bloody hell. Two years.",
            ),
            ("O", "What do you make of that, hearing it now?"),
            (
                "E",
                "I'm a bit angry, honestly. Nobody told me that could happen. I just kept getting"
                " the repeat prescription.",
            ),
            ("R", "You trusted the system and it let you down."),
            ("E", "Yeah. That's exactly it."),
            (
                "I",
                "Your GP can help you reduce slowly, which usually keeps the withdrawal"
                " manageable, and there are non-drug options for the back as well, like physio or"
                " a pain clinic. Coming off all at once isn't recommended.",
            ),
        ],
    ),
    (
        "final-24",
        "vaping: sixteen-year-old caught at school",
        [
            ("X", "Hey. I'm Sam. Thanks for coming to find me."),
            ("E", "Okay."),
            ("O", "So, what happened?"),
            ("E", "I got caught vaping in the toilets. It's not a big deal. Half my year does it."),
            ("R", "You don't really get why it's such a big deal?"),
            ("E", "It's just a vape. It's not, like, smoking."),
            ("Q", "How often do you use it?"),
            ("E", "Every break. And at home. I've got, like, a mango one."),
            ("X", "Okay."),
            ("E", "Why does everyone care so much?"),
            (
                "I",
                "Can I tell you what we know? The vapes most people your age use have a lot of"
                " nicotine in them, sometimes as much as a pack of cigarettes in one vape, so"
                " people get hooked faster than they expect. It's not as harmful as smoking, but"
                " the being hooked bit is real.",
            ),
            ("E", "I'm not hooked though."),
            (
                "RO",
                "You feel like you could put it down any time. How do you feel on a day you"
                " haven't got it?",
            ),
            (
                "E",
                "(pause) Bit snappy. And I can't concentrate in lessons. But that's because I'm"
                " bored.",
            ),
            ("R", "So you notice a difference, but you reckon that's just the lessons."),
            ("E", "Yeah. Probably."),
            ("X", "Fair enough. I'm not going to argue with you."),
        ],
    ),
    (
        "final-25",
        "stress: new mother, no sleep and no support",
        [
            ("O", "How have the last few weeks been, since the baby?"),
            (
                "E",
                "Um. Honestly I don't really know. It's all a blur. She feeds every two hours and"
                " I'm just, I'm exhausted, and everyone keeps saying oh isn't it magical, and I'm"
                " like, is it? Is it really?",
            ),
            ("R", "It doesn't feel magical. It feels like survival."),
            ("E", "(crying) Yeah. And I feel awful saying that. I love her. I do."),
            ("R", "You can love her completely and still be finding this incredibly hard."),
            ("E", "Yeah."),
            ("X", "It's okay to take a minute."),
            ("E", "Sorry. I haven't said that to anyone."),
            ("X", "I'm really glad you said it here."),
            ("Q", "Who else is around to help, day to day?"),
            (
                "E",
                "My partner went back to work after two weeks. My mum's in Scotland. So, nobody"
                " really. Eight till seven. Every day.",
            ),
            ("Q", "Are you getting any time to sleep when she sleeps?"),
            (
                "E",
                "No. I'm doing the washing, or I'm lying there listening to her breathe in case"
                " she stops.",
            ),
            (
                "I",
                "What you're describing, feeling this low and anxious and not being able to rest"
                " even when she's asleep, is something the health visitor and your GP really want"
                " to hear about. It's very common after having a baby, and there is support for"
                " it. You wouldn't be wasting their time.",
            ),
            ("E", "I don't want them to think I can't cope. That they'd take her."),
            ("R", "You're scared that asking for help might make things worse."),
        ],
    ),
    (
        "final-26",
        "sleep: energy drinks and gaming, college student",
        [
            ("E", "I'm just always tired. Like, always. Even after ten hours."),
            ("R", "No amount of sleep seems to be enough."),
            ("E", "Yeah. My mum thinks I'm lazy."),
            ("X", "Mm-hmm."),
            ("Q", "What time do you usually go to sleep?"),
            (
                "E",
                "Um, three? Four on weekends. I game with my mates in America, and they're on"
                " later, so.",
            ),
            ("R", "Staying up late is how you get to play with your friends."),
            ("E", "Yeah. They're my best mates, I've known them online for like four years."),
            ("O", "What do you drink through the day, typically?"),
            (
                "E",
                "Monster. Like, two or three. One in the morning to wake up, one after lunch, one"
                " when I'm gaming.",
            ),
            (
                "I",
                "Energy drinks have around a hundred and sixty milligrams of caffeine each, and"
                " caffeine hangs around in your body for hours, so one at ten at night can still"
                " be affecting your sleep at three. It also makes the sleep you do get lighter,"
                " which is why you can sleep ten hours and still feel rubbish.",
            ),
            ("E", "Lighter sleep. Huh. So that's why."),
            (
                "RO",
                "So that might explain the ten hours and still feeling wrecked. What would you be"
                " willing to change, if anything?",
            ),
            (
                "E",
                "I could skip the gaming one, maybe. Have a Coke instead. No wait, Coke has"
                " caffeine too.",
            ),
            ("X", "Ha, it does."),
            ("E", "Water then. Boring."),
            ("X", "Totally your decision."),
        ],
    ),
    (
        "final-27",
        "parenting: homework battles with a nine-year-old",
        [
            ("O", "Tell me what homework time is like in your house."),
            (
                "E",
                "Screaming. Him and me, to be fair. He won't sit down, then he sits down and"
                " stares at the page, then he says he doesn't get it, I try to explain, he says"
                " I'm explaining it wrong, it's not how Miss does it. Then he cries. Then I"
                " shout. Then I feel terrible. Every single night.",
            ),
            (
                "R",
                "It goes round the same loop every night, and you end up hating yourself for"
                " shouting.",
            ),
            ("E", "I do. I'm not a shouter. My mum was a shouter and I swore I wouldn't be."),
            ("R", "It matters a lot to you to be a different kind of parent."),
            ("E", "Yeah. It really does."),
            ("Q", "How long does he get set, each night"),
            ("E", "Twenty minutes supposedly. It takes us two hours."),
            ("X", "Wow."),
            ("E", "And his sister's doing hers at the table like an angel. Which doesn't help."),
            ("Q", "Has the school said anything about how he's doing in class?"),
            (
                "E",
                "The teacher mentioned he might be struggling with reading. She wants to do some"
                " tests.",
            ),
            (
                "I",
                "It might be worth waiting to see what those tests say, because if reading's hard"
                " for him, a lot of homework will feel impossible and that can show up as"
                " refusing. In the meantime, some parents find it helps to split it into short"
                " bits, like five minutes, a break, then five minutes, with a timer he can see.",
            ),
            ("E", "A timer. Yeah, he likes timers actually. He times how fast he can get dressed."),
            ("X", "You know him better than anyone."),
        ],
    ),
    (
        "final-28",
        "driving: older man advised to give up his licence",
        [
            (
                "E",
                "The optician says my eyes aren't good enough anymore. Macular something. And my"
                " son's on at me to sell the car.",
            ),
            ("R", "You're being pushed from both sides."),
            ("E", "I've been driving sixty years. Never had an accident. Not one."),
            ("O", "What does the car mean to you?"),
            (
                "E",
                "Freedom. I drive to see my wife's grave every Sunday. And the shops. And my"
                " friend Bill in the next village, he can't drive anymore.",
            ),
            ("R", "It's not just getting about, it's your connection to the people who matter."),
            ("E", "Yes. That's it."),
            ("Q", "Did the optician say you have to tell the DVLA?"),
            ("E", "She did. I haven't yet."),
            (
                "I",
                "Legally, with that diagnosis you're required to tell the DVLA, and if you don't"
                " and something happened, your insurance might not pay out. They might let you"
                " keep driving after a test, they don't always take the licence.",
            ),
            ("E", "They might let me keep it? Well. That's something."),
            ("O", "How would you get to the cemetery, if it came to it?"),
            (
                "E",
                "My son said he'd take me. But he works Sundays. There's a community bus, I"
                " think, for the older ones.",
            ),
            ("X", "That's good to know about."),
        ],
    ),
    (
        "final-29",
        "oral health: adult drinking fizzy drinks all day",
        [
            ("X", "Come in, come in. How are you?"),
            ("E", "Alright. Teeth are killing me, but other than that."),
            ("Q", "Is it a particular tooth, or all over?"),
            (
                "E",
                "Bottom left. And my front ones are sensitive. The dentist said I've got erosion."
                " From the fizzy drinks.",
            ),
            ("R", "So the drinks have caught up with your teeth."),
            ("E", "Apparently. I have a Coke at my desk basically all day. Sip sip sip."),
            (
                "I",
                "You'll find it's actually the sipping that does most of the damage. Every time"
                " you take a sip, the acid softens the enamel for about half an hour, so if"
                " you're sipping all day your teeth never get a break. Having the same drink in"
                " one go, with a meal, is much less harmful.",
            ),
            ("E", "Really? So it's not the amount, it's how I drink it?"),
            ("I", "Both matter, but the sipping is the big one for erosion."),
            ("E", "Huh. That's weird. I'd have thought less is better."),
            ("O", "How do you feel about changing how you drink it?"),
            (
                "E",
                "I could probably do one with lunch. The desk thing's a habit though. It's just"
                " there, next to the keyboard.",
            ),
            ("Q", "Would a water bottle in the same spot do the job, do you think?"),
            ("E", "Maybe. Sparkling water. I like the fizz."),
            ("X", "Sounds like a good swap to try."),
        ],
    ),
    (
        "final-30",
        "hypertension: salt, alcohol and a stressful job",
        [
            (
                "O",
                "So the GP said your blood pressure's been high at the last three checks. What"
                " did you make of that?",
            ),
            (
                "E",
                "Not surprised. I run a restaurant. I'm on my feet sixteen hours a day, I eat at"
                " midnight, I have a drink to come down after service. It's the industry."
                " Everyone's the same.",
            ),
            ("X", "Right."),
            ("E", "And I'm not going to stop being a chef. It's my life. Twenty-five years."),
            ("R", "Whatever changes you make, walking away from the kitchen isn't one of them."),
            ("E", "No way."),
            ("Q", "How much are you drinking after service, roughly?"),
            ("E", "Two, three beers. Sometimes a whisky. Every night."),
            (
                "I",
                "Regular drinking at that level does push blood pressure up, and cutting back"
                " often brings it down by a few points on its own, sometimes enough to avoid"
                " needing a second tablet. The late salty food doesn't help either.",
            ),
            ("E", "Everything I love is bad for me. Ha."),
            ("R", "It feels like they're asking you to give up all the good bits."),
            ("E", "Yeah. A bit."),
            (
                "RO",
                "So you want to stay in the kitchen, and you're not keen on giving up everything"
                " that gets you through the night, but the numbers are telling you something."
                " What would feel doable?",
            ),
            (
                "E",
                "Maybe the whisky. The beers are how I wind down with the team. The whisky's just"
                " me on my own at the end.",
            ),
            ("R", "The beers are about the team. The whisky's different."),
        ],
    ),
]
"""Sessions behind SPOKEN_FINAL: measured once, at the end."""

SPOKEN_VALIDATION: list[SpokenItem] = items_of(VALIDATION_SESSIONS)
"""Counsellor utterances for repeated, aggregate-only measurement (never read its misses)."""

SPOKEN_FINAL: list[SpokenItem] = items_of(FINAL_SESSIONS)
"""Counsellor utterances measured once, at the end."""
