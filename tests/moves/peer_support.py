"""Our own small labelled set of written peer-support replies (not AnnoMI, not any corpus).

Written by hand for Rehearse in the style of replies on a peer-support forum or a work chat:
someone posted that they are struggling, and these are replies. Each item is ``(text, codes)``
where ``codes`` holds the MI-style behaviours a careful coder would give the reply, in our move
names: ``reflection``, ``recognition`` (affirm), ``judgment`` (confront), ``advice``,
``sympathy``, ``information``, ``open_question``, ``closed_question``. A reply may have several,
or none (``set()``: small talk, self-disclosure, an off-topic line).

It is used without context (no earlier turn), as the issue's external written data is. It is
small (and we wrote it after building the detectors, so it is friendlier than real data): it
pins behaviour and shows large regressions, it is not an accuracy claim. ``bench/eval_annomi.py``
prints its per-move F1 beside the AnnoMI figures, labelled as our own set. Each set was
measured once before any fix it prompted; the first measurements are in the comments.
"""

from __future__ import annotations

from tests.moves.peer_support_fifth_forum import FIFTH_FORUM
from tests.moves.peer_support_forum import FORUM
from tests.moves.peer_support_fourth_forum import FOURTH_FORUM
from tests.moves.peer_support_second_forum import SECOND_FORUM
from tests.moves.peer_support_third_forum import THIRD_FORUM

R, REC, J, A = "reflection", "recognition", "judgment", "advice"
SYM, INFO, OQ, CQ = "sympathy", "information", "open_question", "closed_question"

PEER_SUPPORT: list[tuple[str, set[str]]] = [
    # --- reflections -------------------------------------------------------------------------
    ("It sounds like you're completely worn out from carrying the team on your own.", {R}),
    ("So you're stuck between wanting the promotion and not wanting to lose your evenings.", {R}),
    ("You feel like nobody noticed how much extra you took on this year.", {R}),
    ("Seems like the constant reorgs have left you not trusting anything leadership says.", {R}),
    ("You're worried that saying no will cost you the next project.", {R}),
    ("What I'm hearing is that the workload isn't the problem, it's not being listened to.", {R}),
    ("You've been holding this in for months and it's finally boiling over.", {R}),
    ("So part of you wants to quit and part of you still loves the work.", {R}),
    ("It must be exhausting to keep covering for someone who never says thanks.", {R, SYM}),
    ("You sound really hurt that your manager brought it up in front of everyone.", {R}),
    ("You're not sure whether it's burnout or whether you've just outgrown the role.", {R}),
    ("The way you describe it, every week feels like a sprint with no finish line.", {R}),
    # --- recognition (affirm) ------------------------------------------------------------------
    ("Honestly it took guts to post this.", {REC}),
    ("You're clearly a really caring team lead.", {REC}),
    ("I'm impressed that you still managed to hit the deadline with half the team out.", {REC}),
    ("It's great that you already talked to HR about it.", {REC}),
    ("You made the right call taking the sick day.", {REC}),
    ("Congrats on getting through your first month as a manager!", {REC}),
    ("You've come a long way since your first post here.", {REC}),
    ("You should be proud of how you handled that meeting.", {REC}),
    ("I'm glad you reached out instead of keeping it to yourself.", {REC}),
    ("You're more resilient than you give yourself credit for.", {REC}),
    ("Thank you for sharing something so personal, that's brave.", {REC, SYM}),
    # --- sympathy ------------------------------------------------------------------------------
    ("I'm so sorry you're dealing with this.", {SYM}),
    ("That sounds awful, nobody deserves to be spoken to like that.", {SYM}),
    ("Ugh, what a horrible week.", {SYM}),
    ("It makes total sense that you'd feel anxious after that review.", {SYM}),
    ("You're not alone in this, a lot of us have felt the same.", {SYM}),
    # --- judgment (confront) ---------------------------------------------------------------------
    ("Sounds like you're just making excuses for not finishing it.", {J}),
    ("You're being really dramatic about one bad comment.", {J}),
    ("Honestly you come across as pretty entitled here.", {J}),
    ("Why didn't you say something months ago?", {J}),
    ("Do you realise how unprofessional that looks?", {J}),
    ("We've all been there, just get on with it.", {J}),
    ("It's not that big a deal, everyone gets feedback.", {J}),
    ("You need to toughen up if you want to survive in this industry.", {J, A}),
    ("Wow, must be nice to have that much time to complain.", {J}),
    ("You brought this on yourself by saying yes to everything.", {J}),
    ("Stop whining and talk to your boss.", {J, A}),
    ("Your attitude has been the problem from the start.", {J}),
    # --- advice --------------------------------------------------------------------------------
    ("You should talk to your manager before it gets worse.", {A}),
    ("I'd recommend writing down everything that happened, with dates.", {A}),
    ("Maybe taking a few days off would help you reset.", {A}),
    ("Try blocking out your mornings so you can actually get deep work done.", {A}),
    ("My advice would be to start looking quietly while you still have the job.", {A}),
    ("Have you tried asking for the priorities in writing?", {A, CQ}),
    ("If I were you I'd escalate it to HR.", {A}),
    ("Don't answer emails after 7pm, seriously.", {A}),
    ("It might be worth asking a mentor outside your company.", {A}),
    ("I'd encourage you to see a doctor about the sleep.", {A}),
    ("Perhaps you could propose a trial of four-day weeks.", {A}),
    ("Get some rest this weekend and look at it again on Monday.", {A}),
    # --- information ---------------------------------------------------------------------------
    (
        "Most companies have an employee assistance programme that covers a few sessions free.",
        {INFO},
    ),
    ("There are some options for flexible working if you've been there over six months.", {INFO}),
    ("In a lot of places you're legally entitled to see your own performance notes.", {INFO}),
    ("Burnout is linked to long hours with little control over the work.", {INFO}),
    # --- questions -----------------------------------------------------------------------------
    ("What would a good week look like for you right now?", {OQ}),
    ("How are you sleeping at the moment?", {OQ}),
    ("Did you get a chance to talk to them yet?", {CQ}),
    ("Is your manager aware of how much you're carrying?", {CQ}),
    ("What's been the hardest part?", {OQ}),
    # --- none of the above ---------------------------------------------------------------------
    ("Same thing happened to me last year, I moved teams in the end.", set()),
    ("Following, I'm in a very similar spot.", set()),
    ("lol this is my life right now", set()),
    ("Hope the weekend is better.", set()),
    ("Bump.", set()),
    ("I passed on that 'executive presence' note to my own boss, and that's on me.", set()),
    ("It's not your fault they scheduled the launch over the holidays.", {SYM}),
    ("Nobody thinks you're lazy, you've been covering two jobs.", {SYM}),
]
"""The set: (reply, codes)."""

HELD_BACK: list[tuple[str, set[str]]] = [
    # Written after the detectors were fixed against PEER_SUPPORT. First measurement: F1
    # reflection 0.56, recognition 0.29, judgment 0.50, advice 0.60, sympathy 0.67; its misses
    # then prompted general fixes (imperatives, acts and qualities as recognition, validation).
    ("Reading this, it seems like you've been running on empty since the merger.", {R}),
    ("You care a lot about your team, and right now that's costing you sleep.", {R}),
    ("So the real issue is that the goalposts keep moving.", {R}),
    ("You're angry, and you've every right to be.", {R, SYM}),
    ("Feels like you're the only adult in the room most days.", {R}),
    ("You want to do good work but there's no time to do it properly.", {R}),
    ("Kudos for setting that boundary, it's not easy.", {REC}),
    ("The fact that you're even asking this shows you're a good manager.", {REC}),
    ("That was a really mature way to respond.", {REC}),
    ("Nice work sticking with it through all the layoffs.", {REC}),
    ("You handled a horrible situation with a lot of grace.", {REC}),
    ("You did everything right here.", {REC}),
    ("Sending hugs, this sounds so hard.", {SYM}),
    ("Oof, I'm really sorry, that's a gut punch.", {SYM}),
    ("Of course you're upset, anyone would be.", {SYM}),
    ("Honestly? Grow up. Everyone has a bad boss at some point.", {J}),
    ("You're overreacting, it was one email.", {J}),
    ("Maybe if you'd planned better this wouldn't have happened.", {J}),
    ("Are you seriously complaining about a four-day week?", {J}),
    ("Sounds like a you problem tbh.", {J}),
    ("That's just lazy, sorry.", {J}),
    ("Just quit. Life is too short.", {A}),
    ("Talk to your union rep first.", {A}),
    ("You could always ask to go part-time for a while.", {A}),
    ("Write it all down and send a summary email after every meeting.", {A}),
    ("Best thing you can do is get a doctor's note and take the time.", {A}),
    ("Consider looking for a therapist who specialises in work stress.", {A}),
    ("I would start by asking your manager what the top three priorities are.", {A}),
    ("What's stopping you from taking the leave you're owed?", {OQ}),
    ("How did your manager react when you told them?", {OQ}),
    ("Have you spoken to anyone at work about this?", {CQ}),
    ("Ha, I know that feeling.", set()),
    ("Commenting so I can find this later.", set()),
    ("Good luck with the interview tomorrow!", set()),
]
"""A second set; its first measurement is in the comment above."""

FRESH: list[tuple[str, set[str]]] = [
    # Written after the HELD_BACK fixes. First measurement, before anything was changed for it:
    # F1 reflection 0.63, recognition 0.50, judgment 0.00, advice 0.77, sympathy 0.40. Its
    # misses then exposed a regex bug ("I'm sorry it's...") and prompted the stock put-down
    # phrases of the judgment lexicon, so it is no longer untouched either: quote the first
    # measurement as the honest figure.
    ("Sounds like your boss only notices you when something breaks.", {R}),
    ("You've basically been doing two jobs since March.", {R}),
    ("You're torn between loyalty to your team and looking after yourself.", {R}),
    ("It's like you can never switch off, even on holiday.", {R}),
    ("So you did raise it, and nothing changed.", {R}),
    ("You're dreading Monday already.", {R}),
    ("You kept your cool in a meeting where most people would have lost it.", {REC}),
    ("Asking for help like this is a real strength.", {REC}),
    ("Props to you for documenting everything.", {REC}),
    ("You're obviously good at what you do or they wouldn't lean on you so much.", {REC}),
    ("That's a great boundary you set.", {REC}),
    ("I'm really sorry it's come to this.", {SYM}),
    ("That's so unfair, I'd be livid too.", {SYM}),
    ("Big hugs, hang in there.", {SYM}),
    ("What a nightmare.", {SYM}),
    ("You're just looking for sympathy at this point.", {J}),
    ("Nobody forced you to take the job.", {J}),
    ("You sound like you enjoy being the victim.", {J}),
    ("Seriously, how is this even a problem?", {J}),
    ("Sorry but you're the one who agreed to the deadline.", {J}),
    ("Ask for a raise or leave, simple as that.", {A}),
    ("Go to HR today.", {A}),
    ("Honestly I'd update my CV tonight.", {A}),
    ("Set an out-of-office and actually log off.", {A}),
    ("You need a proper holiday, not a long weekend.", {A}),
    ("Try saying 'I can do X or Y this week, which matters more?'", {A}),
    ("Could you ask to move to a different team?", {A, CQ}),
    ("Why not talk to your skip-level?", {A, CQ}),
    ("What would you tell a friend in your position?", {OQ}),
    ("How long has it been like this?", {CQ}),
    ("Do you get on with the rest of the team?", {CQ}),
    ("I'm in the exact same boat, following.", set()),
    ("This post could have been written by me.", set()),
    ("Thanks for the update, glad it worked out.", set()),
]
"""A third set, written last; its first measurement (above) is the honest figure."""

LAST: list[tuple[str, set[str]]] = [
    # Written last, after every fix. First measurement: F1 reflection 0.63, recognition 0.33,
    # judgment 0.00, advice 0.92, sympathy 0.40. Its recognition misses then prompted the
    # evaluative frames ("that's thoughtful of you", "love that you...", "you clearly know...")
    # and three sympathy misses then prompted wider sympathy phrases ("I can't imagine...",
    # "anyone in your shoes would...", "that sucks"), so those two figures are no longer
    # untouched; nothing was changed for its judgment or reflection misses.
    ("Sounds like the new director has made the job feel like a different company.", {R}),
    ("You've lost confidence since that project got cancelled.", {R}),
    ("So the hardest bit isn't the work, it's the uncertainty.", {R}),
    ("You miss the team you had before the restructure.", {R}),
    ("You're scared that if you speak up you'll be next on the list.", {R}),
    ("Part of you already knows what you want to do.", {R}),
    ("That's really thoughtful of you to think about your team first.", {REC}),
    ("You clearly know your stuff.", {REC}),
    ("Love that you pushed back on the deadline.", {REC}),
    ("Respect for owning the mistake in front of everyone.", {REC}),
    ("You've shown a lot of patience with a tricky boss.", {REC}),
    ("That's heartbreaking, I'm sorry.", {SYM}),
    ("I can't imagine how stressful that must be.", {SYM}),
    ("Anyone in your shoes would be exhausted.", {SYM}),
    ("Ugh, that sucks.", {SYM}),
    ("You knew what the job was when you took it.", {J}),
    ("Maybe stop taking everything so personally.", {J, A}),
    ("Typical millennial attitude.", {J}),
    ("If you can't handle feedback you're in the wrong job.", {J}),
    ("You're making a mountain out of a molehill.", {J}),
    ("Start keeping a log of every time it happens.", {A}),
    ("You might want to loop your manager's manager in.", {A}),
    ("See if your company offers a coaching budget and use it.", {A}),
    ("Ask for the feedback in writing next time.", {A}),
    ("Sleep on it before you reply.", {A}),
    ("Please talk to a doctor about the panic attacks.", {A}),
    ("What does your gut tell you?", {OQ}),
    ("What happened after you raised it?", {OQ}),
    ("Are you planning to stay?", {CQ}),
    ("Been there, it gets better.", set()),
    ("Following for updates.", set()),
    ("Which city are you in?", {CQ}),
]
"""The last set; its first measurement (above) is the honest figure."""

UNSEEN: list[tuple[str, set[str]]] = [
    # Written after the structural judgment rules (tests/moves/test_judgment_structure.py), to
    # see whether they generalise. First measurement: judgment F1 0.29 (2 of 12 caught, no false
    # alarm), reflection 0.35. Its misses then prompted four more general constructions (blame
    # by cause "you're the reason...", by missed chance "you've had months to...", "that's what
    # happens when you...", "too quick to blame"; "your attitude in X was embarrassing"), so
    # it is no longer untouched: quote 0.29 as the honest figure. Nothing was changed for the
    # misses that need meaning rather than form ("you clearly didn't read the brief", "other
    # teams manage without any drama", "you had all the information and still chose...").
    ("You had all the information and still chose to ignore it.", {J}),
    ("You're the reason this project is late.", {J}),
    ("Other teams manage this workload without any drama.", {J}),
    ("You clearly didn't read the brief.", {J}),
    ("You never bothered to ask for help.", {J}),
    ("Your attitude in that meeting was embarrassing.", {J}),
    ("You've had months to sort this out.", {J}),
    ("Frankly you just don't seem to care anymore.", {J}),
    ("You're too quick to blame everyone else.", {J}),
    ("That's what happens when you cut corners.", {J}),
    ("You should've seen this coming.", {J}),
    ("You're always the one with a complaint.", {J}),
    ("You've been carrying the whole team since the reorg.", {R}),
    ("You're worried the same thing will happen again.", {R}),
    ("You knew it mattered to the client, so you stayed late.", {R}),
    ("You kept your head when the launch went wrong.", {REC}),
    ("You'd be well within your rights to ask for more time.", set()),
    ("You didn't do anything wrong here.", {SYM}),
]
"""Judgment in wordings no rule was written for; its first measurement (above) is the honest
figure."""

FINAL: list[tuple[str, set[str]]] = [
    # Written after the structural rules and UNSEEN's fixes, to measure once. First
    # measurement: judgment F1 0.00 (none of 12 caught; no false alarm on the 6 others),
    # reflection 0.24: the honest figure for judgment in wordings no rule anticipated, which
    # needs meaning rather than form. Its misses then suggested the reproach constructions
    # measured on PLANNED (a warning already given, an expectation, comparison with peers),
    # which also catch some of these lines: later figures on this set are not held out.
    ("You were warned about this twice.", {J}),
    ("Honestly, you bring a lot of this on yourself.", {J}),
    ("You can't keep blaming the tools.", {J}),
    ("Your team deserves a better lead than this.", {J}),
    ("You made a promise to the client and broke it.", {J}),
    ("You're not as busy as you make out.", {J}),
    ("Everyone else hit their numbers.", {J}),
    ("You had one job on this release.", {J}),
    ("You've got nobody to blame but yourself.", {J}),
    ("It's frankly a bit rich coming from you.", {J}),
    ("You're being a bit of a martyr about it.", {J}),
    ("I'd expect a senior engineer to handle this.", {J}),
    ("You've been stretched thin since the team shrank.", {R}),
    ("You're not sure you can keep this pace up.", {R}),
    ("You kept the client calm when everything fell over.", {REC}),
    ("You knew the system better than anyone, and it showed.", {REC}),
    ("You didn't cause this outage.", {SYM}),
    ("If you can't make the review, send me your notes.", {A}),
]
"""Quote its first measurement (above); later figures are not held out."""

PLANNED: list[tuple[str, set[str]]] = [
    # Written after four more constructions were planned (reproach by a warning already given,
    # by an expectation fallen short of, by comparison with peers, "nobody to blame but
    # yourself") and before they were written; the lines were not written around them. First
    # measurement: judgment F1 0.15 (1 of 12); after the four: 0.59 (6 of 12), no false alarm
    # on the 6 others. Nothing else was changed for it.
    ("You only have yourself to thank for this mess.", {J}),
    ("We talked about this exact problem last quarter.", {J}),
    ("The others got their reviews in on time.", {J}),
    ("You were reminded about the deadline three times.", {J}),
    ("I'd have expected more care from someone with your experience.", {J}),
    ("You act like the rules don't apply to you.", {J}),
    ("Nobody else on the team needs this much hand-holding.", {J}),
    ("You can't blame the new process for everything.", {J}),
    ("Your numbers speak for themselves, and not in a good way.", {J}),
    ("You always have a reason why it's someone else's fault.", {J}),
    ("So you just decided not to tell anyone?", {J}),
    ("That's the third missed handover this month.", {J}),
    ("Don't blame yourself for the outage.", {SYM}),
    ("You were never told the deadline had moved.", {R}),
    ("You expected more support from the leads.", {R}),
    ("Everyone else was on holiday, so you covered alone.", {R}),
    ("You've blamed yourself for weeks over this.", {R}),
    ("I'd expect anyone to be shaken after a week like that.", {SYM}),
]
"""Judgment after planned constructions; its two measurements are in the comment above."""

SCORED = (R, REC, J, A, SYM)
"""The codes we report F1 for (the issue's external targets, and sympathy)."""

BLIND: list[tuple[str, set[str]]] = [
    # Written for the accuracy round (issue 12) before any of its fixes, aimed at the named
    # blind spots (affirmations in unusual wordings, judgment that needs meaning, short
    # suggestions, reflections in new words) with near misses mixed in. First measurement, before
    # anything was changed for it: F1 reflection 0.44 (precision: imperatives, "worth ...ing"
    # and second-person information read as reflection), recognition 0.22, judgment 0.00,
    # advice 0.00, sympathy 0.50. Its misses then prompted general constructions (qualities an
    # act shows, effort, peer comparison, a sound decision; reproach by reminder, insinuation,
    # sarcastic "oh sure, because", peers held up; imperatives after "I'd say" or ", maybe",
    # hedged remedies; "a lot to carry"), each pinned with other wordings in
    # tests/moves/test_blind_spots.py; after them 0.86 / 1.00 / 1.00 / 1.00 / 1.00 (1.00 for
    # reflection after later rounds), which is no longer held out.
    ("That shows real commitment to the people you manage.", {REC}),
    ("You've clearly thought hard about this.", {REC}),
    ("Not many people would have stayed that calm.", {REC}),
    ("It says a lot about you that you're worried about your team first.", {REC}),
    ("Your instinct to document everything was spot on.", {REC}),
    ("Owning that in front of the whole team took real character.", {REC}),
    ("You put in a massive effort to get that release out.", {REC}),
    ("That takes a lot of self-awareness.", {REC}),
    ("Oh sure, because missing three deadlines is everyone else's fault.", {J}),
    ("I've told you three times now how the handover works.", {J}),
    ("So you thought it was fine to just not show up?", {J}),
    ("Funny how this only ever happens on your shifts.", {J}),
    ("Some of us manage to get our work done without the theatrics.", {J}),
    ("Well, that's what you get for ignoring everyone's advice.", {J}),
    ("A short walk at lunch might clear your head.", {A}),
    ("Worth asking your manager to rank the projects for you.", {A}),
    ("I'd say take the offer and don't look back.", {A}),
    ("Turn your notifications off after six.", {A}),
    ("Counselling helped me a lot, maybe give it a go.", {A}),
    ("Have a word with your team lead before the review.", {A}),
    ("The company pays for up to six sessions with a counsellor.", {INFO}),
    ("Annual leave resets in April, so you'd lose those days.", {INFO}),
    ("You're running on fumes.", {R}),
    ("So every time you try to switch off, the phone pulls you back in.", {R}),
    ("Part of this is grief for the job you used to love.", {R}),
    ("It's the not knowing that's eating at you.", {R}),
    ("You'd rather hear it straight than have it dragged out.", {R}),
    ("You've given this place everything and got very little back.", {R}),
    ("That's a lot to carry on your own.", {SYM}),
    ("I'm gutted for you, honestly.", {SYM}),
    ("Anyone would be rattled after a call like that.", {SYM}),
    ("Wishing you the best for tomorrow.", set()),
    ("I work nights too so I get it.", set()),
    ("You'll probably hear back by Friday.", set()),
    ("Not my fault the printer jammed, mind.", set()),
    ("Did the doctor give you a date?", {CQ}),
]
"""Written for the accuracy round before its fixes; its first measurement is the honest figure."""

AFTER: list[tuple[str, set[str]]] = [
    # Written after the accuracy round's fixes, in wordings not modelled on any rule, to measure
    # them once. First measurement: F1 reflection 0.60, recognition 0.00, judgment 0.29, advice
    # 0.67, sympathy 0.00 (with the detectors from before the round: 0.57 / 0.00 / 0.29 / 0.29 /
    # 0.00). That is the honest figure: phrase frames still miss most new affirmations. Its
    # misses then prompted general frames (praise of an act or a piece of work, a named talent,
    # a count of lapses, a verdict on an act, "if it were me", workplace arrangements), pinned
    # with other wordings in tests/moves/test_blind_spots.py; after them 0.80 / 0.91 / 0.80 /
    # 1.00 / 1.00, no longer held out.
    ("You stuck with it when it would have been easier to walk away.", {REC}),
    ("That was a generous thing to do for a new starter.", {REC}),
    ("You've got a real knack for calming people down.", {REC}),
    ("Reaching out like this is exactly what a good lead does.", {REC}),
    ("Credit where it's due, that report was excellent.", {REC}),
    ("You handled the hand-off with a lot more care than most would.", {REC}),
    ("Must be nice having a manager who never checks your work.", {J}),
    ("This is the second time this sprint, isn't it?", {J}),
    ("You don't think that was a bit unprofessional?", {J}),
    ("Honestly, a bit of effort would go a long way here.", {J}),
    ("Some people just aren't cut out for leadership.", {J}),
    ("So once again it's someone else who has to clean up after you.", {J}),
    ("Block an hour every Friday for admin.", {A}),
    ("A quick chat with occupational health would be my first move.", {A}),
    ("Put it in writing so there's a record.", {A}),
    ("Might help to sleep on it before you decide.", {A}),
    ("If it were me, I'd take the secondment.", {A}),
    ("Swap the Monday shift with someone if you can.", {A}),
    ("You've been holding everything together and nobody's noticed.", {R}),
    ("The promotion matters, but not at the cost of your health.", {R}),
    ("You feel like you're the last to know about every change.", {R}),
    ("Sounds like the new rota has wrecked your sleep.", {R}),
    ("Part of you is relieved it's finally out in the open.", {R}),
    ("You're fed up with being the one who always says yes.", {R}),
    ("That must have been a horrible call to take.", {SYM, R}),
    ("I really feel for you.", {SYM}),
    ("What a rotten thing to happen right before your holiday.", {SYM}),
    ("The rota is published on the intranet every Thursday.", {INFO}),
    ("Sick leave doesn't count against your annual allowance.", {INFO}),
    ("How did the conversation with your lead go?", {OQ}),
    ("Was that before or after the reorg?", {CQ}),
    ("Ha, same here honestly.", set()),
    ("Keen to hear how it goes.", set()),
    ("Morning all.", set()),
]
"""Written after the accuracy round's fixes; its first measurement is the honest figure."""

CLOSING: list[tuple[str, set[str]]] = [
    # Written at the end of the accuracy round, after every fix, and measured once with nothing
    # changed for it: the honest estimate of how the round's rules do on new wordings. First
    # measurement: F1 reflection 0.50, recognition 0.33, judgment 0.33, advice 0.75, sympathy
    # 0.50 (with the detectors from before the round: 0.50 / 0.00 / 0.33 / 0.57 / 0.50). Its
    # misses then prompted general frames pinned with other wordings in test_blind_spots.py;
    # after them 0.73 / 0.89 / 0.89 / 1.00 / 1.00, no longer held out.
    ("Not everyone would have had the nerve to say that to a director.", {REC}),
    ("Honestly your patience with that client amazes me.", {REC}),
    ("The way you rallied everyone after the outage was something else.", {REC}),
    ("You're a better manager than you think you are.", {REC}),
    ("I noticed how carefully you worded that email.", {REC}),
    ("Bet you wish you'd double-checked it now.", {J}),
    ("Were you even at the planning meeting?", {J}),
    ("With respect, that's on you, not the team.", {J}),
    ("No offence, but you make everything harder than it needs to be.", {J}),
    ("Classic you, leaving it to the last minute.", {J}),
    ("Honestly just say no next time they ask.", {A}),
    ("Speak to payroll before the end of the month.", {A}),
    ("Get a second opinion from another doctor.", {A}),
    ("You'd be better off raising it in the one-to-one.", {A}),
    ("A mentor outside the company could really help here.", {A}),
    ("So the travel is what's wearing you down, more than the job itself.", {R}),
    ("You sound torn between staying loyal and looking after yourself.", {R}),
    ("It's been one thing after another since the merger.", {R}),
    ("You want them to notice without having to ask.", {R}),
    ("That whole week knocked your confidence.", {R}),
    ("That sounds so isolating.", {SYM}),
    ("Oh no, I'm sorry, that's rotten timing.", {SYM}),
    ("Anyone would struggle with that much on their plate.", {SYM}),
    ("Expenses go through the finance portal now, not email.", {INFO}),
    ("How are things at home at the moment?", {OQ}),
    ("Did you get the new contract in the end?", {CQ}),
    ("Same, mine does that too.", set()),
    ("Thanks, will do.", set()),
    ("Lol the printer strikes again.", set()),
    ("I'll be at the offsite all day Thursday.", set()),
]
"""Written at the end of the round and measured once; its first measurement is the honest
figure for the round's rules on new wordings."""

SETS: tuple[tuple[str, list[tuple[str, set[str]]]], ...] = (
    ("first", PEER_SUPPORT),
    ("held back", HELD_BACK),
    ("fresh", FRESH),
    ("last", LAST),
    ("unseen (first: judgment 0.29)", UNSEEN),
    ("final (first: judgment 0.00)", FINAL),
    ("planned (first: judgment 0.15)", PLANNED),
    ("blind", BLIND),
    ("after", AFTER),
    ("closing", CLOSING),
    ("forum (first: advice 0.52)", FORUM),
    ("second forum (first: recognition 0.36, judgment 0.36)", SECOND_FORUM),
    ("third forum (held out: measured once, never tuned on)", THIRD_FORUM),
    ("fourth forum (first: recognition 0.48, judgment 0.58)", FOURTH_FORUM),
    ("fifth forum (held out: figures only, never tuned on)", FIFTH_FORUM),
)
"""Every set in the order written, named for reports (first measurements in the comments)."""
