"""Pins the frames our peer-support set 36 (written replies on grief, debt, caring and
recovery; first measured at 8aec108: recognition F1 0.48, judgment 0.58, advice 0.69) found
missing, each in our own wordings, with the near misses each must leave alone.

Recognition there was mostly a deed told back and then judged ("... That's devotion.", "says a
lot about your integrity", "He was lucky to have you"); judgment was shame, a disclaimer before
blame, others' "actual" losses and sarcastic congratulations; advice came as a question
("maybe try ...?", "wouldn't it be worth ...?") or in verbs the imperative table did not know.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

REC, J, A, SYM = Move.RECOGNITION, Move.JUDGMENT, Move.ADVICE, Move.SYMPATHY

FOUND = [
    # Recognition: the quality an act shows, named.
    pytest.param("Visiting her every single evening. That's devotion.", REC, id="devotion"),
    pytest.param(
        "Paying back every creditor first says a lot about your decency.", REC, id="says-about-your"
    ),
    pytest.param("Owning the mistake to the whole ward? I respect that hugely.", REC, id="respect"),
    pytest.param("Your grandad was lucky to have you.", REC, id="was-lucky-to-have-you"),
    pytest.param("Fair play to you for going back after the crash.", REC, id="fair-play-for"),
    pytest.param("You're a cracking teacher.", REC, id="cracking-role"),
    pytest.param("Standing up for the trainee - that is a rare kind of courage.", REC, id="a-rare"),
    pytest.param("That's the kind of nurse patients remember.", REC, id="kind-people-remember"),
    pytest.param("You've battled hard to get back on the pitch.", REC, id="battled-hard"),
    pytest.param("Congrats on blowing them away at the audition.", REC, id="blowing-them-away"),
    # Judgment: a disclaimer before blame, shame, belittling comparisons, sarcasm.
    pytest.param("I'm not blaming you, but you did sign the lease.", J, id="not-blaming-but"),
    pytest.param("Honestly you ought to feel ashamed of that.", J, id="ought-to-feel-ashamed"),
    pytest.param("Sounds like you simply can't handle criticism.", J, id="cant-handle"),
    pytest.param("Others have lost actual children this year.", J, id="actual-loss"),
    pytest.param("Farmers have done this for centuries without whining.", J, id="without-whining"),
    pytest.param("kids today give up way too easily", J, id="give-up-too-easily"),
    pytest.param("In my day, nobody had a therapist.", J, id="in-my-day"),
    pytest.param("Chill, it's literally nothing.", J, id="its-nothing"),
    pytest.param("Bravo on wrecking the car, truly.", J, id="sarcastic-bravo"),
    # Advice: as a question, after "I'd", and in verbs the imperative table did not know.
    pytest.param("perhaps try a letter instead?", A, id="perhaps-try-question"),
    pytest.param("Might it be easier to rent for a year?", A, id="might-it-be-easier"),
    pytest.param("I'd let the refund go and focus on the move.", A, id="id-let-it-go"),
    pytest.param("Ring the surgery first thing.", A, id="ring-looks-inflected"),
    pytest.param("Discuss it with your union rep.", A, id="discuss-ends-in-ss"),
    pytest.param("Stick to your plan this week.", A, id="stick-to-your"),
    pytest.param("Do a short walk every morning.", A, id="do-a"),
    # Sympathy.
    pytest.param("It makes perfect sense to be furious.", SYM, id="sense-to-be-feeling"),
    pytest.param("That's a whole lot to carry.", SYM, id="whole-lot-to-carry"),
    pytest.param("I'm so very sorry.", SYM, id="so-very-sorry"),
]


@pytest.mark.parametrize(("text", "move"), FOUND)
def test_written_support_frames_are_found(text: str, move: Move) -> None:
    """Each frame is its move, with no context (as written replies are coded)."""
    assert move in detect(text, None).moves


LEFT_ALONE = [
    pytest.param("It's a strength of the plan.", REC, id="strength-of-a-thing"),
    pytest.param("It was a real kindness of your neighbour.", REC, id="someone-elses-kindness"),
    pytest.param("This is a judgment-free zone.", REC, id="judgment-free"),
    pytest.param("That's the kind of thing people need to hear.", REC, id="kind-of-thing"),
    pytest.param("Congrats on blowing them away at the audition.", J, id="praise-not-sarcasm"),
    pytest.param("I'm not blaming you, but we need a fix.", J, id="not-blaming-no-you"),
    pytest.param("I'm not saying it's easy, but you've got this.", J, id="not-saying-easy"),
    pytest.param("Whoever's piling it on you should be ashamed.", J, id="you-the-object"),
    pytest.param("You can't handle all that pressure alone.", J, id="cant-handle-alone"),
    pytest.param("You did it without complaining once.", J, id="their-own-grit"),
    pytest.param("It's nothing you did.", J, id="nothing-you-did"),
    pytest.param("That's nothing to be ashamed of.", J, id="nothing-to-be-ashamed-of"),
    pytest.param("Some days I give up too easily.", J, id="own-confession"),
    pytest.param("You shouldn't feel ashamed of that.", A, id="shouldnt-feel-ashamed"),
    pytest.param("I will maybe try that.", A, id="own-plan"),
    pytest.param("Would it be easier to tell me what happened?", A, id="the-talk-itself"),
    pytest.param("I'd let you know.", A, id="id-let-you-know"),
    pytest.param("Stick with the work, then.", A, id="stick-with-the-topic"),
    pytest.param("Thus the plan.", A, id="thus-is-no-verb"),
    pytest.param("Everyone around you has a degree.", A, id="everyone-is-no-verb"),
    pytest.param("It makes sense to be careful with money.", SYM, id="sense-to-be-careful"),
    pytest.param("I have an awful lot to carry.", SYM, id="own-load"),
    pytest.param("That's an awful lot to carry up three flights.", SYM, id="a-load-carried-up"),
    pytest.param("I'm sorry to say the big room's booked.", SYM, id="sorry-to-say"),
    pytest.param("It's not sulking to need a quiet corner.", J, id="not-sulking-to-need"),
    pytest.param("This launch is twice the size of the last one.", J, id="the-works-size"),
]


@pytest.mark.parametrize(("text", "move"), LEFT_ALONE)
def test_written_support_near_misses_are_left_alone(text: str, move: Move) -> None:
    """Praise of a thing or of someone else, sincere congratulations, blame disowned with no
    charge after it, a third party shamed, kindness to themselves, the speaker's own plan or
    load, and pronouns that look like verbs are not the move the frames find."""
    assert move not in detect(text, None).moves
