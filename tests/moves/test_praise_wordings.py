"""Pins recognition in the everyday wordings blind set 8's skilled managers used and the
detector missed: a deed as the subject of the praise, an idea or plan judged good, praise owned
as overdue, and "I'm glad you told me" as thanks for telling.

Our own wordings, each beside a near miss that keeps the words and drops the praise. Labelled by
form, without context.
"""

from __future__ import annotations

import pytest

from simulator.moves import Move, detect

PRAISE_WORDINGS = [
    # The deed itself as the subject of the praise.
    pytest.param(
        "Rebuilding the export by hand over a weekend is careful work.", True, id="deed-work"
    ),
    pytest.param("The job is hard work.", False, id="hard-work-is-no-praise"),
    pytest.param(
        "Keeping the demo going after the projector died is a real skill.", True, id="deed-skill"
    ),
    pytest.param("Is it a real skill, do you think?", False, id="skill-asked"),
    pytest.param("Holding the queue on your own was genuinely impressive.", True, id="impressive"),
    pytest.param("Was that impressive to them?", False, id="impressive-asked"),
    # An idea, plan or guess of theirs judged good; advice and a negated verdict are not.
    pytest.param("That's a sharp theory about the cache.", True, id="sharp-theory"),
    pytest.param("It is a sensible plan.", True, id="sensible-plan"),
    pytest.param("Smart guess.", True, id="two-word-praise"),
    pytest.param("It's a good idea to take Friday off.", False, id="good-idea-to-advises"),
    pytest.param(
        "It's a good idea for you to take Friday off.", False, id="good-idea-for-you-to-advises"
    ),
    # A casual speaker's praise, with the "it's" dropped or in slang.
    pytest.param("cool that you'll talk to him yourself.", True, id="cool-that-you"),
    pytest.param("Is it cool that you come in late?", False, id="is-it-cool-asked"),
    pytest.param(
        "honestly, that you've kept the rota going through all of this is kind of unreal.",
        True,
        id="kept-it-going-unreal",
    ),
    pytest.param("It feels unreal that you got the job.", False, id="feels-unreal"),
    pytest.param("Thanks for jumping on.", False, id="thanks-for-jumping-on-is-a-courtesy"),
    pytest.param("That's a sensible plan for the rota.", True, id="plan-for-something"),
    pytest.param("That's not a good plan.", False, id="negated-plan"),
    pytest.param("That's a good question.", False, id="good-question-is-stock"),
    pytest.param("I don't have a good plan yet.", False, id="own-plan"),
    # Their work, or their standing, named.
    pytest.param("Your review has been consistently thorough.", True, id="review-been-thorough"),
    pytest.param("Your notes were honest and clear.", True, id="honest-and-clear"),
    pytest.param("Your notes were late.", False, id="notes-late"),
    pytest.param("You were one of the most careful people on the team.", True, id="one-of-most"),
    pytest.param("You were one of the people on the rota.", False, id="one-of-the-people"),
    # What their plan shows, and what their act says about them.
    pytest.param(
        "It shows you've thought hard about the handover.", True, id="shows-thought-about"
    ),
    pytest.param("It shows you've been struggling.", False, id="shows-a-struggle"),
    pytest.param(
        "That says a lot about the kind of manager you are.", True, id="says-kind-you-are"
    ),
    pytest.param("That says a lot about the kind of day it was.", False, id="says-about-the-day"),
    # Praise owned as overdue.
    pytest.param(
        "You kept the on-call sane all winter, and I don't say that enough.",
        True,
        id="dont-say-enough",
    ),
    pytest.param("I don't say that to everyone.", False, id="dont-say-to-everyone"),
    # A request, an answer or a distinction of theirs judged good; "a big ask" pushes back.
    pytest.param("That's a clear, sensible request.", True, id="sensible-request"),
    pytest.param("That's a really useful distinction.", True, id="useful-distinction"),
    pytest.param("That's a big ask.", False, id="big-ask-pushes-back"),
    pytest.param("That's a neat bit of diagnosis.", False, id="neat-not-listed"),
    pytest.param("That's a sharp bit of diagnosis.", True, id="bit-of-diagnosis"),
    # Calls, deeds and traits in more tenses; advice and amounts are not praise.
    pytest.param("That's a really good call.", True, id="thats-a-good-call"),
    pytest.param("It's the right call to wait a week.", False, id="right-call-to-advises"),
    pytest.param("You've always run the rota well.", True, id="always-done-well"),
    pytest.param("You've got a great deal on your plate.", False, id="great-deal-is-an-amount"),
    pytest.param("You've clearly already done the legwork.", True, id="done-the-legwork"),
    pytest.param("You did the honest thing and told Sam.", True, id="did-the-honest-thing"),
    pytest.param("You should do the honest thing and tell Sam.", False, id="should-do-advises"),
    pytest.param("That was a really honest thing to admit.", True, id="honest-thing-to-admit"),
    pytest.param("You've been quiet in standups.", False, id="quiet-is-no-trait-praise"),
    pytest.param("You've been so strong for the team.", True, id="been-strong"),
    pytest.param("Your reasoning is sound.", True, id="reasoning-sound"),
    pytest.param("Your reasoning is the problem.", False, id="reasoning-problem"),
    pytest.param("Your draft is good.", True, id="draft-good"),
    pytest.param("Your draft is good enough to send.", False, id="good-enough"),
    pytest.param("Saying that out loud took something.", True, id="took-something"),
    pytest.param("The move took something out of all of us.", False, id="took-something-out"),
    # A deed that held something steady, and knowledge credited in the past tense.
    pytest.param("You kept the rota steady through the move.", True, id="kept-steady"),
    pytest.param("You kept me waiting for an hour.", False, id="kept-waiting"),
    pytest.param("You knew the codebase better than anybody.", True, id="knew-better"),
    pytest.param("Did you know it better than Sam?", False, id="knew-asked"),
    # Their act, its honesty, judged: a verdict that ends the sentence, not a concession.
    pytest.param("That is honest.", True, id="that-is-honest"),
    pytest.param("That's honest, but it isn't the whole story.", False, id="honest-but"),
    pytest.param("You wrote the timeline yourself. I respect that.", True, id="i-respect-that"),
    pytest.param("You covered it, which says a lot.", True, id="which-says-a-lot"),
    pytest.param("That's a sensible fix.", True, id="sensible-fix"),
    pytest.param("That fix is a sticking plaster.", False, id="fix-judged-poor"),
    # A deed set against the easier way, or set apart as "something else".
    pytest.param(
        "You kept going when it would have been easier to quit.", True, id="easier-to-quit"
    ),
    pytest.param("It would have been easier to quit.", False, id="easier-no-deed"),
    pytest.param("The way you calmed the client was something else.", True, id="something-else"),
    pytest.param("The way you see it is something else.", False, id="see-it-something-else"),
    # After blind sets 12-14 (skilled voices whose recognition the detector had missed).
    pytest.param(
        "You credit Ana for the load testing, which says something about you as a colleague.",
        True,
        id="says-something-about-you",
    ),
    pytest.param("That says something about the process.", False, id="says-something-not-you"),
    pytest.param("Jenna on the go/no-go calls, good call.", True, id="good-call"),
    pytest.param("I had a long call with the client.", False, id="a-phone-call"),
    pytest.param("You still say fair play to him, which is generous of you.", True, id="which-is"),
    pytest.param("Which is it, the query or the spreadsheet?", False, id="which-is-it"),
    pytest.param("Paused accounts, that's a really sharp hunch.", True, id="sharp-hunch"),
    pytest.param("It's only a hunch.", False, id="only-a-hunch"),
    pytest.param("Careful is exactly what I hired you for.", True, id="what-i-hired-you-for"),
    pytest.param("What did I hire you for?", False, id="hired-asked"),
    pytest.param("And you still kept the launch moving.", True, id="still-kept-moving"),
    pytest.param("And you still kept the launch date.", False, id="kept-a-date"),
    # Agreement with a request is not recognition of a strength (and, counted as praise, it
    # took budget from the pledge in the same breath: "That's a fair ask. I'll put ...").
    pytest.param("That's a fair ask.", False, id="fair-ask-is-agreement"),
]


@pytest.mark.parametrize(("text", "found"), PRAISE_WORDINGS)
def test_praise_in_everyday_wordings(text: str, found: bool) -> None:
    """Recognition is found in these frames; the near misses keep the words, not the praise."""
    assert (Move.RECOGNITION in detect(text, None).moves) is found


GLAD_YOU_TOLD_ME = [
    pytest.param("I'm really glad you told me.", Move.SYMPATHY, True, id="glad-told"),
    pytest.param("I'm glad you felt able to say it.", Move.SYMPATHY, True, id="glad-felt-able"),
    pytest.param("I'm glad you told me.", Move.RECOGNITION, False, id="told-is-not-praise"),
    pytest.param("I'm glad the demo went well.", Move.SYMPATHY, False, id="glad-about-a-thing"),
]


@pytest.mark.parametrize(("text", "move", "found"), GLAD_YOU_TOLD_ME)
def test_glad_you_told_me_thanks_them_for_telling(text: str, move: Move, found: bool) -> None:
    """Saying "I'm glad you told me" is sympathy, as "thank you for telling me" is, not praise of a
    deed; gladness about an event is neither."""
    assert (move in detect(text, None).moves) is found
