"""Pins the frames our forum-style peer-support set (:mod:`.peer_support_forum`) found missing,
each in other wordings than the set's, with the near misses each must leave alone.

Written replies drop apostrophes and spaces, so "thats", "alot", "idk" and "u" are spelled
out before any phrase is searched; the frames are recognition of an act or a choice,
reproach by rhetoric and lecture, and suggestions that never use the imperative.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect
from simulator.moves._text import _normalise


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        pytest.param("thats class", "that's class", id="thats"),
        pytest.param("says alot about u", "says a lot about you", id="alot-u"),
        pytest.param("idk, ur call", "i don't know, your call", id="idk-ur"),
        pytest.param("youre right, im not", "you're right, i'm not", id="youre-im"),
        # Words that are also English stay: "its", "ill", "wont", "were", and "u" in "u.s.".
        pytest.param("its ill, i wont", "its ill, i wont", id="real-words-stay"),
        pytest.param("the u.s. office", "the u.s. office", id="an-abbreviation"),
    ],
)
def test_forum_spellings_are_spelled_out(text: str, spelled: str) -> None:
    """Informal spellings that are no other word read as their standard form."""
    assert _normalise(text) == spelled


FOUND = [
    # Recognition of an act, a choice or a quality shown.
    pytest.param("good on ya for saying no to the weekend shift", Move.RECOGNITION, id="good-on"),
    pytest.param("honestly that's really big of you", Move.RECOGNITION, id="big-of-you"),
    pytest.param("posting this took a lot of guts", Move.RECOGNITION, id="took-guts"),
    pytest.param("asking for the raise was a brave move", Move.RECOGNITION, id="gerund-bold-move"),
    pytest.param("this is what courage looks like tbh", Move.RECOGNITION, id="what-x-looks-like"),
    pytest.param("walking away mid-shift? pure class", Move.RECOGNITION, id="pure-class"),
    pytest.param(
        "the way you handled your dad's diagnosis was so mature", Move.RECOGNITION, id="the-way-you"
    ),
    pytest.param(
        "you were running on no sleep and still aced it", Move.RECOGNITION, id="and-still-aced"
    ),
    # Reproach by rhetoric, lecture and sarcasm.
    pytest.param(
        "did you honestly expect a pay rise after that?", Move.JUDGMENT, id="did-you-honestly"
    ),
    pytest.param("you're a grown woman, act like it", Move.JUDGMENT, id="grown"),
    pytest.param("no one's going to hold your hand here", Move.JUDGMENT, id="hold-your-hand"),
    pytest.param("you only want people to agree with you", Move.JUDGMENT, id="want-us-to-agree"),
    pytest.param("maybe if you'd listened in the meeting", Move.JUDGMENT, id="maybe-if-youd"),
    pytest.param("stop using your anxiety as an excuse", Move.JUDGMENT, id="as-an-excuse"),
    pytest.param("imagine whining about a four day week", Move.JUDGMENT, id="imagine-whining"),
    pytest.param(
        "a whole weekend on call, how will you possibly survive", Move.JUDGMENT, id="survive"
    ),
    pytest.param("other people have actual problems", Move.JUDGMENT, id="others-real-problems"),
    pytest.param("it's hardly the end of the world", Move.JUDGMENT, id="hardly-end-of-world"),
    # Suggestions without an imperative.
    pytest.param("i'd document every shift he changes", Move.ADVICE, id="id-document"),
    pytest.param("i'd personally start saving the emails", Move.ADVICE, id="id-start-ing"),
    pytest.param("some folks find it helpful to journal", Move.ADVICE, id="folks-find-it"),
    pytest.param("a therapist might be a good place to start", Move.ADVICE, id="might-be-a-good"),
    pytest.param("the smart move is to get it in writing", Move.ADVICE, id="the-smart-move"),
    pytest.param(
        "could you perhaps swap shifts with someone?", Move.ADVICE, id="could-you-perhaps"
    ),
]

# The frames our second forum-style set (set 34) found missing, in other wordings.
FOUND_34 = [
    pytest.param(
        "you did two years of nights with a toddler, which is not nothing",
        Move.RECOGNITION,
        id="not-nothing",
    ),
    pytest.param(
        "saying no to overtime this month, that's real growth", Move.RECOGNITION, id="growth"
    ),
    pytest.param(
        "you did it in your second language, and that counts for a lot",
        Move.RECOGNITION,
        id="counts",
    ),
    pytest.param("your gut about that manager was spot on", Move.RECOGNITION, id="gut-spot-on"),
    pytest.param(
        "staying with him till the end was a real kindness", Move.RECOGNITION, id="kindness"
    ),
    pytest.param("you're tougher than you give yourself credit for", Move.RECOGNITION, id="credit"),
    pytest.param(
        "you've already done the scariest part by posting", Move.RECOGNITION, id="scariest-part"
    ),
    pytest.param(
        "teaching yourself sql at 50 is seriously impressive",
        Move.RECOGNITION,
        id="deed-impressive",
    ),
    pytest.param("not many new grads would have flagged it", Move.RECOGNITION, id="not-many-grads"),
    pytest.param(
        "you skipped every standup and now you're surprised he's annoyed?",
        Move.JUDGMENT,
        id="now-surprised",
    ),
    pytest.param(
        "being tired isn't an excuse to snap at people", Move.JUDGMENT, id="isnt-an-excuse"
    ),
    pytest.param(
        "ghosting your team like that is pretty childish", Move.JUDGMENT, id="deed-childish"
    ),
    pytest.param(
        "maybe you're actually the difficult one here", Move.JUDGMENT, id="the-difficult-one"
    ),
    pytest.param("anxiety is just a fancy word for not preparing", Move.JUDGMENT, id="fancy-word"),
    pytest.param(
        "moaning about pay after taking the job is a bit rich", Move.JUDGMENT, id="a-bit-rich"
    ),
    pytest.param(
        "maybe if you'd planned ahead you'd be fine", Move.JUDGMENT, id="maybe-if-youd-planned"
    ),
    pytest.param("ngl this reads like you want us to agree", Move.JUDGMENT, id="ngl-preface"),
    pytest.param("idk what you expected tbh", Move.JUDGMENT, id="idk-what-you-expected"),
    pytest.param("i don't get why you'd need a whole week off", Move.JUDGMENT, id="dont-get-why"),
    pytest.param("this one's on you", Move.JUDGMENT, id="this-ones-on-you"),
    pytest.param("Look into the employee assistance line.", Move.ADVICE, id="look-into"),
    pytest.param("Ease off the overtime for a month.", Move.ADVICE, id="ease-off"),
    pytest.param("fwiw own it early and move on", Move.ADVICE, id="fwiw-then-an-order"),
    pytest.param(
        "Would you consider asking for a written plan?", Move.ADVICE, id="would-you-consider"
    ),
    pytest.param("you're definitely not alone with this", Move.SYMPATHY, id="definitely-not-alone"),
    pytest.param("Look after yourself this weekend.", Move.SYMPATHY, id="look-after-yourself"),
]


# Wordings the review of these frames found missed, and one from blind set 34's blunt manager.
REVIEW_FOUND = [
    pytest.param("'Busy' is not a reason.", Move.JUDGMENT, id="quoted-not-a-reason"),
    pytest.param("'Soon' is hardly an answer.", Move.JUDGMENT, id="quoted-hardly-an-answer"),
    pytest.param("'Busy' isn't really an update, mate.", Move.JUDGMENT, id="quoted-with-a-tag"),
    pytest.param(
        "Good for you for taking the full parental leave.",
        Move.RECOGNITION,
        id="good-for-you-for",
    ),
    pytest.param(
        "Pulling the release was absolutely the correct call.",
        Move.RECOGNITION,
        id="correct-call",
    ),
    pytest.param(
        "Sending the intern a thank-you note was a real class act.",
        Move.RECOGNITION,
        id="class-act",
    ),
    pytest.param(
        "You covered two roles and still hit 110% of quota.", Move.RECOGNITION, id="still-hit"
    ),
    pytest.param(
        "If you'd tested it on staging, we wouldn't be here.", Move.JUDGMENT, id="hindsight"
    ),
    pytest.param(
        "Being new doesn't excuse skipping code review.", Move.JUDGMENT, id="doesnt-excuse"
    ),
    pytest.param("Stop hiding behind the reorg.", Move.JUDGMENT, id="hiding-behind"),
    pytest.param(
        "Maybe you're the common denominator here.", Move.JUDGMENT, id="common-denominator"
    ),
    pytest.param("It's not that deep.", Move.JUDGMENT, id="not-that-deep"),
]


@pytest.mark.parametrize(("text", "move"), FOUND + FOUND_34 + REVIEW_FOUND)
def test_forum_frames_are_found(text: str, move: Move) -> None:
    """Each frame is found without context, in wordings the forum sets do not hold."""
    assert move in detect(text, None).moves


LEFT_ALONE = [
    pytest.param("good on you if you can manage it", Move.RECOGNITION, id="good-on-you-if"),
    pytest.param("that's a big ask of you", Move.RECOGNITION, id="big-ask"),
    pytest.param("i don't know what strong looks like anymore", Move.RECOGNITION, id="own-doubt"),
    pytest.param("the class got cancelled", Move.RECOGNITION, id="a-class"),
    pytest.param(
        "the way you were treated was unfair", Move.RECOGNITION, id="way-you-were-treated"
    ),
    pytest.param(
        "you did everything they asked and still got passed over", Move.RECOGNITION, id="unfairness"
    ),
    pytest.param("did you really think about leaving?", Move.JUDGMENT, id="think-about"),
    pytest.param("you've grown so much this year", Move.JUDGMENT, id="grown-so-much"),
    pytest.param("how did you survive that week?", Move.JUDGMENT, id="how-did-you-survive"),
    pytest.param("you were using it as an example", Move.JUDGMENT, id="as-an-example"),
    pytest.param("i'd be furious", Move.ADVICE, id="id-be-furious"),
    pytest.param("i'd call that a win", Move.ADVICE, id="id-call-that"),
    pytest.param(
        "i'd try to understand what happened first", Move.ADVICE, id="id-try-to-understand"
    ),
    pytest.param("a lot of people find this confusing", Move.ADVICE, id="find-this-confusing"),
    pytest.param("that was a good place to stop", Move.ADVICE, id="was-a-good-place"),
    pytest.param(
        "that would be a really good place to start", Move.ADVICE, id="their-plan-endorsed"
    ),
    pytest.param("the move is happening next week", Move.ADVICE, id="a-move"),
    pytest.param("could you maybe say more about that?", Move.ADVICE, id="could-you-say-more"),
]


LEFT_ALONE_34 = [
    pytest.param("'Not yet' isn't a no.", Move.JUDGMENT, id="not-yet-isnt-a-no"),
    pytest.param(
        "'I panicked' isn't an excuse, it's a normal reaction.", Move.JUDGMENT, id="reframe"
    ),
    pytest.param(
        "'We'll see' isn't a plan, and living with that sounds hard.", Move.JUDGMENT, id="theirs"
    ),
    pytest.param(
        "'I'm fine' isn't an answer I believe, and that's okay.", Move.JUDGMENT, id="gentle"
    ),
    pytest.param(
        "not to be rude but you're way smarter than this job", Move.JUDGMENT, id="preface-praise"
    ),
    pytest.param("your estimate was spot on, was it?", Move.JUDGMENT, id="spot-on-is-no-blame"),
    pytest.param(
        "now you're surprised how much you miss it.", Move.JUDGMENT, id="surprised-statement"
    ),
    pytest.param("dealing with him is exhausting", Move.JUDGMENT, id="deed-hard-not-bad"),
    pytest.param("the difficult one was the first month", Move.JUDGMENT, id="difficult-month"),
    pytest.param("the report is rich in detail", Move.JUDGMENT, id="rich-in"),
    pytest.param(
        "i know what you expected from them, and it was fair", Move.JUDGMENT, id="know-what"
    ),
    pytest.param(
        "i don't understand why you'd need to apologise", Move.JUDGMENT, id="need-to-apologise"
    ),
    pytest.param(
        "I don't know, it's not your fault.", Move.JUDGMENT, id="a-preface-keeps-a-negation"
    ),
    pytest.param("the people around you never even knew", Move.JUDGMENT, id="you-as-object"),
    pytest.param("you never know, it might work out", Move.JUDGMENT, id="you-never-know"),
    pytest.param("Look, I get it.", Move.ADVICE, id="look-as-a-filler"),
    pytest.param(
        "Would you consider yourself a perfectionist?", Move.ADVICE, id="consider-yourself"
    ),
    pytest.param("Look after yourself this weekend.", Move.ADVICE, id="a-wish-is-no-order"),
]


# A review of these frames wrote 155 kind lines near them; 44 were caught wrongly at first.
# The frames were narrowed until only three sarcastic ones were ("Good on you for finally
# showing up on time, I guess"): sarcasm is a blind spot, named in the README.
REVIEWED_NEAR_MISSES = [
    pytest.param(
        "It'll look good on you for the promotion panel.", Move.RECOGNITION, id="looks-good-on"
    ),
    pytest.param("Exercise is good for you.", Move.RECOGNITION, id="good-for-health"),
    pytest.param(
        "I'm not sure staying late every night was a good choice.", Move.RECOGNITION, id="doubted"
    ),
    pytest.param(
        "Whether leaving was the right choice is yours to answer.", Move.RECOGNITION, id="whether"
    ),
    pytest.param(
        "I don't think the way you were passed over was professional.",
        Move.RECOGNITION,
        id="passive",
    ),
    pytest.param(
        "It's a 3% raise, which is not nothing.", Move.RECOGNITION, id="not-nothing-of-pay"
    ),
    pytest.param("I know this counts for a lot with you.", Move.RECOGNITION, id="counts-with-you"),
    pytest.param(
        "It was a real kindness of your neighbour to drive you.",
        Move.RECOGNITION,
        id="their-kindness",
    ),
    pytest.param(
        "Did you really think up all those edge cases yourself?", Move.JUDGMENT, id="think-up"
    ),
    pytest.param(
        "You're a grown adult and you get to decide what you share.", Move.JUDGMENT, id="autonomy"
    ),
    pytest.param(
        "If you just want everyone to tell you it'll be okay today, that's allowed.",
        Move.JUDGMENT,
        id="if-you-want",
    ),
    pytest.param(
        "Maybe if you'd known the reorg was coming you'd have chosen differently.",
        Move.JUDGMENT,
        id="could-not-know",
    ),
    pytest.param(
        "What happened at home isn't an excuse for how he spoke to you.",
        Move.JUDGMENT,
        id="their-side",
    ),
    pytest.param(
        "Imagine complaining about it to three managers and getting nowhere.",
        Move.JUDGMENT,
        id="getting-nowhere",
    ),
    pytest.param("People have real problems with that policy.", Move.JUDGMENT, id="problems-with"),
    pytest.param(
        "Now you're surprised it worked out? I'm not.", Move.JUDGMENT, id="surprised-it-worked"
    ),
    pytest.param("You're the difficult one to replace.", Move.JUDGMENT, id="one-to-replace"),
    pytest.param(
        "Imposter syndrome is just a fancy name for caring a lot.", Move.JUDGMENT, id="kind-reframe"
    ),
    pytest.param(
        "I'm not sure what you expected from the review, so tell me.",
        Move.JUDGMENT,
        id="real-question",
    ),
    pytest.param("I'd consider that a win, honestly.", Move.ADVICE, id="id-consider-that"),
    pytest.param("I'd try anything to get you that headcount.", Move.ADVICE, id="id-try-anything"),
    pytest.param(
        "A lot of people find it easier to talk to a stranger than to their manager.",
        Move.ADVICE,
        id="than",
    ),
    pytest.param(
        "Yeah, the EAP could be a good place to start, like you said.",
        Move.ADVICE,
        id="like-you-said",
    ),
    pytest.param(
        "Your rotation idea could be a good way to spread the load.", Move.ADVICE, id="their-idea"
    ),
    pytest.param("Could you maybe have known? No.", Move.ADVICE, id="could-you-have-known"),
    pytest.param(
        "Listen to your voice on that recording: calm, clear.", Move.ADVICE, id="listen-praise"
    ),
    pytest.param(
        "You're definitely not alone on the account; Sam joins next week.",
        Move.SYMPATHY,
        id="staffing",
    ),
    pytest.param(
        "You need to take care of yourself instead of dumping it on the team.",
        Move.SYMPATHY,
        id="need-to",
    ),
]


@pytest.mark.parametrize(("text", "move"), LEFT_ALONE + LEFT_ALONE_34 + REVIEWED_NEAR_MISSES)
def test_forum_frames_leave_near_misses_alone(text: str, move: Move) -> None:
    """A condition, a burden, their own doubt, the unfairness they met, a genuine question,
    praise doubted or of someone else, autonomy, their side taken, what they could not have
    known, a filler, the manager's own commitment and their plan backed are not the move the
    frames find."""
    assert move not in detect(text, None).moves


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Good on you.", "generic praise", id="bare"),
        pytest.param("Good on you, mate. Talk Monday.", "generic praise", id="bare-in-a-turn"),
        pytest.param("good on you for saying no to the extra shift", "specific", id="for-an-act"),
    ],
)
def test_good_on_you_credits_an_act_only_when_it_names_one(text: str, kind: str) -> None:
    """A bare "good on you" praises the person and earns only part, like "you're doing great";
    "good on you for saying no" credits what they did."""
    assert detect(text, None).cues[Move.RECOGNITION].startswith(kind)
