"""Held-out test sets for the move detectors: measured once, never tuned on.

Written from how people speak on peer-support forums, in work chat and in one-on-ones, without
reading the detectors' rules or their test tables, and with no AnnoMI text. Measure with
``bench/eval_holdout.py``. **Do not fix detectors against individual items here**: once a miss
has prompted a change, this set is no longer held out, and its figures stop meaning anything.
Write a fresh set instead.

Coding policy (MITI 4.2.1 / MISC conventions, mapped to our move names). An item may carry several
codes when its sentences do different things; ``set()`` means none of the scored moves.

* **reflection**: restates, paraphrases or infers what the person said, felt or meant, as a
  statement about them ("so you're doing two jobs for one salary", "part of you wants to
  leave..."). It need not start with "sounds like". Attributing a specific feeling or meaning to
  the person ("that must have been frightening", "you seem wiped out") is a (complex)
  reflection. Without context (the peer-support set) it is coded by form.
* **misreflection** (manager set only): a reflection of a fact, event, intention or feeling the
  employee never expressed and that does not follow from what they said ("sounds like you feel
  like a banana"; "so you're handing in your notice" after "just tired"); coded *instead of*
  reflection. A plausible unnamed feeling ("you sound scared") stays a reflection.
* **recognition** (MITI Affirm): specific praise of the person's strength, effort, trait, choice
  or achievement ("that took guts", "you made the right call", "you kept the team going").
  Generic praise or encouragement with no content ("great job", "you've got this") and social
  congratulations not about the person's effort ("congrats on the baby") are not recognition.
  Thanking someone for a specific effort ("thanks for picking up the rota") is recognition;
  thanking them for telling/posting is sympathy.
* **sympathy**: sympathy, support and validation ("I'm so sorry", "that sounds awful", "sending
  hugs", "you're not alone", "it makes sense you'd feel...", "thank you for telling me", "it's not
  your fault", "I'm here if you want to talk"). An evaluative comment on how bad the situation is
  ("that sounds awful") is sympathy, not reflection. Hopeful reassurance that does not dismiss
  ("it does get easier") is sympathy.
* **judgment** (MITI Confront, plus minimising): disagreeing, blaming, shaming, moralising,
  labelling the person negatively, sarcasm, rhetorical questions that accuse ("why didn't you say
  something months ago?", "is it really that hard to send an email?"), and minimising or
  dismissive reassurance ("you're overthinking it", "at least you still have a job", "don't
  stress, it's not a big deal", "we've all been there, crack on"). Polite clothing ("with
  respect", "not to be harsh", "I hear you but") does not change the code. Confront takes
  precedence: an accusing question is judgment only, not also a question. Negated, quoted or
  owned criticism ("you're not lazy", "whoever called you 'lazy' was out of line", "I wrote
  that note and that's on me") is not judgment.
* **advice**: a suggestion, recommendation or instruction to take a concrete action, in any
  wording: imperatives, "you should", "I'd...", "if I were you", "maybe try...", "what/how
  about X?", "could you X?", and **"have you tried / thought about / considered / looked into
  X?"** (a question form proposing an action is advice, and is *not* also coded as a question).
  "Have you <done X>?" asked for the facts ("have you seen a doctor about it?") with no
  suggestion framing is a closed question. Exhortations with no concrete action ("chin up",
  "just breathe", "crack on", "look at this rationally") are not advice; permission and
  reassurance phrased as imperatives ("don't apologise", "DM me if you need anything") are
  sympathy. Sharing what helped oneself is advice only when offered as a suggestion.
  A menu of possible actions is advice. "Let's..." structuring a joint next step is none of these.
* **information**: facts, resources, how something works, what a policy or law says, phone
  numbers, research ("the EAP is free and confidential", "Samaritans are 116 123").
* **open_question**: invites an open answer ("what's been hardest?", "tell me more about...?",
  "could you say a bit more about...?").
* **closed_question**: yes/no, a specific fact or number ("how long has it been like this?",
  "when's your next one-to-one?", "who else knows?"), a choice between given options ("the job
  or the team?"), an offer or request for permission ("want me to cover your 3pm?"), and
  "is there anything else?".
* Self-disclosure, thanks, small talk and thread housekeeping are ``set()``.
"""

from __future__ import annotations

PeerItem = tuple[str, set[str]]
"""A reply on a peer-support forum or work chat, and its gold codes."""

ManagerItem = tuple[str, str, set[str], str]
"""The employee's previous line, the manager's line, its gold codes, and a note on the case."""

PEER_SUPPORT_HOLDOUT: list[PeerItem] = [
    # --- sympathy and validation ---
    ("ugh that sounds exhausting. sending you a big hug 🫂", {"sympathy"}),
    ("I'm so sorry about your mum. Grief on top of a full-time job is brutal.", {"sympathy"}),
    ("It's a lot. It really is a lot.", {"sympathy"}),
    ("You poor thing, that's horrible.", {"sympathy"}),
    ("jfc that's awful, I'm sorry", {"sympathy"}),
    ("sounds like a nightmare tbh", {"sympathy"}),
    ("Your feelings are completely valid.", {"sympathy"}),
    ("It makes total sense that you'd be anxious after the way that review went.", {"sympathy"}),
    ("I hate that you're going through this.", {"sympathy"}),
    ("Sending strength. You don't have to have it all figured out today.", {"sympathy"}),
    ("Thank you for trusting us with this.", {"sympathy"}),
    ("Ugh, I'm so sorry. That's a crappy situation to be stuck in.", {"sympathy"}),
    ("I get why you're angry. I'd be furious too.", {"sympathy"}),
    ("Nobody should have to put up with being shouted at in front of clients.", {"sympathy"}),
    ("That job sounds toxic, honestly.", {"sympathy"}),
    ("You don't have to reply to this, just know people are rooting for you.", {"sympathy"}),
    (
        "I remember feeling exactly like this when I was a junior. It does get easier, I promise.",
        {"sympathy"},
    ),
    ("same here, no advice sadly but you're def not alone in this ❤️", {"sympathy"}),
    ("i'm not going to tell you what to do but i'm here if you want to talk", {"sympathy"}),
    ("DM me if you need anything x", {"sympathy"}),
    ("stop apologising for venting, that's literally what this channel is for", {"sympathy"}),
    ("Honestly that would floor anyone. Be gentle with yourself this week 💙", {"sympathy"}),
    ("That's rough, man. Really sorry you're dealing with it.", {"sympathy"}),
    # hard negatives for judgment: negated, quoted or validating wording
    ("honestly it's not your fault your manager dumped all that on you", {"sympathy"}),
    ("I don't think you're being dramatic at all.", {"sympathy"}),
    (
        "Someone on here called you dramatic yesterday and I just want to say that was out of"
        " line.",
        {"sympathy"},
    ),
    ("Your manager saying you 'lack drive' says more about her than you tbh", {"sympathy"}),
    ("you've done nothing wrong here.", {"sympathy"}),
    (
        "Burnout is actually listed by the WHO as an occupational phenomenon, so it's not just you"
        " being weak, it's a recognised thing.",
        {"information", "sympathy"},
    ),
    (
        "It's really common to feel flat after a big project wraps up. Lots of people get a dip"
        " once the adrenaline goes.",
        {"information", "sympathy"},
    ),
    # --- reflection, with and without the usual stems ---
    (
        "So you've been carrying the whole team's workload since March and nobody's noticed.",
        {"reflection"},
    ),
    (
        "Sounds like you feel like you're failing at everything at once – work, kids, the lot.",
        {"reflection"},
    ),
    ("you feel invisible at work.", {"reflection"}),
    (
        "you sound really lonely in this, like you're the only one holding it together",
        {"reflection"},
    ),
    (
        "So on paper everything's fine but you dread opening your laptop every morning.",
        {"reflection"},
    ),
    (
        "So basically you're doing two jobs for one salary and they've started acting like that's"
        " normal.",
        {"reflection"},
    ),
    (
        "You're worried that if you push back, you'll be first in line when the next round of"
        " cuts comes.",
        {"reflection"},
    ),
    ("It's like you're waiting for someone to give you permission to stop.", {"reflection"}),
    (
        "part of you wants to leave and part of you feels like you'd be letting the team down",
        {"reflection"},
    ),
    (
        "Ok so if I'm reading this right, the problem isn't the work, it's never knowing what's"
        " coming next.",
        {"reflection"},
    ),
    ("In other words you're tired of being the one who always says yes.", {"reflection"}),
    (
        "sounds like you've had a horrible week and you're worried it's becoming every week",
        {"reflection"},
    ),
    (
        "you said you've stopped going to football - that's usually the first sign for me that"
        " I'm not ok",
        {"reflection"},
    ),
    (
        "What I'm picking up is that it's less the hours and more that none of it feels like it"
        " matters.",
        {"reflection"},
    ),
    ("you're basically grieving the job you used to have", {"reflection"}),
    (
        "Reading between the lines, you're scared that saying any of this out loud makes it real.",
        {"reflection"},
    ),
    (
        "the part about lying awake going over every email really stood out. your brain never"
        " gets to clock off.",
        {"reflection"},
    ),
    ("so you love the actual work, it's the politics that's grinding you down", {"reflection"}),
    (
        "You want to do a good job for your patients and the system keeps making that impossible.",
        {"reflection"},
    ),
    # reflection together with another behaviour
    (
        "They cut your team in half and kept the same targets. That's madness.",
        {"reflection", "sympathy"},
    ),
    (
        "So the promotion went to someone who joined after you, and you found out from a group"
        " email. No wonder you're gutted.",
        {"reflection", "sympathy"},
    ),
    (
        "That's so unfair. You did the work and she presented it as hers.",
        {"reflection", "sympathy"},
    ),
    (
        "honestly the bit where you said you cried in the car park broke my heart 💔",
        {"reflection", "sympathy"},
    ),
    (
        "That's a really tough spot to be in, having to pick between your health and your rent.",
        {"reflection", "sympathy"},
    ),
    (
        "Being the only woman on the team and still getting talked over in every meeting would"
        " wear anyone down.",
        {"reflection", "sympathy"},
    ),
    ("you're not lazy, you're exhausted. big difference.", {"reflection", "sympathy"}),
    (
        "You mentioned your line manager is new too. Could be worth having a frank chat with them,"
        " they might be just as lost.",
        {"reflection", "advice"},
    ),
    (
        "you're running on fumes and still showing up every day, that's not nothing",
        {"reflection", "recognition"},
    ),
    (
        "It took real guts to write this out, especially when you say you usually keep everything"
        " to yourself.",
        {"recognition", "reflection"},
    ),
    (
        "You're clearly a really conscientious person, which is probably why this is eating you"
        " up.",
        {"recognition", "reflection"},
    ),
    (
        "The fact that you noticed you were snapping at your kids and want to change it is a"
        " really good sign.",
        {"recognition", "reflection"},
    ),
    # --- recognition ---
    (
        "you've clearly put a massive amount of thought into how to handle this, that says a lot"
        " about you",
        {"recognition"},
    ),
    ("proud of you for logging off at 5 yesterday!! small wins", {"recognition"}),
    (
        "i think it's amazing that you asked for help at all, a year ago you wouldn't have",
        {"recognition"},
    ),
    (
        "Honestly the fact you're even worried about letting people down shows how much you care.",
        {"recognition"},
    ),
    (
        "You've handled two restructures already and came out fine, you know how to get through"
        " this.",
        {"recognition"},
    ),
    ("You were right to walk out of that meeting.", {"recognition"}),
    (
        "Congrats on actually booking your leave, that can't have been an easy thing to do.",
        {"recognition"},
    ),
    (
        "you've been through worse than this and you're still here. that counts for a lot",
        {"recognition"},
    ),
    (
        "The way you stood up for your junior in that meeting – that's exactly the kind of"
        " manager people want.",
        {"recognition"},
    ),
    ("you're braver than you think for even admitting this", {"recognition"}),
    ("honestly you should be proud of how you handled that call", {"recognition"}),
    ("Dude, you literally carried that launch. Everyone saw it.", {"recognition"}),
    (
        "Just breathe. You've got through every bad day so far, that's a 100% record.",
        {"recognition"},
    ),
    ("Not many people would've had the patience you showed with that customer.", {"recognition"}),
    ("Setting that boundary with your boss was a really mature move.", {"recognition"}),
    (
        "I'd push back on the idea that you 'should' be coping better. You're coping with a hell"
        " of a lot.",
        {"recognition"},
    ),
    (
        "well done for getting through the week, genuinely. that was a lot.",
        {"recognition", "sympathy"},
    ),
    # --- advice, in many wordings ---
    ("You should really take this to HR.", {"advice"}),
    (
        "maybe try blocking out an hour in your calendar just for yourself? even once a week",
        {"advice"},
    ),
    ("Take tomorrow off. Seriously. The spreadsheet will survive.", {"advice"}),
    ("I'd get everything in writing from now on if I were you", {"advice"}),
    ("What about asking if you can work from home a couple of days?", {"advice"}),
    ("how about taking the afternoon and going for a walk?", {"advice"}),
    ("have u looked into whether your company does mental health days?", {"advice"}),
    ("Have you tried journaling? I know it sounds cheesy.", {"advice"}),
    (
        "Have you tried the Pomodoro thing? 25 min on, 5 off. Sounds daft but it got me through my"
        " dissertation.",
        {"advice"},
    ),
    ("Please please see a doctor, those chest pains aren't something to sit on.", {"advice"}),
    (
        "If it's affecting your sleep this much, I'd really recommend booking a GP appointment"
        " this week.",
        {"advice"},
    ),
    (
        "You could ask your manager to rank the priorities for you, then it's on them what slips.",
        {"advice"},
    ),
    (
        "One option is to ask for the priorities in writing. Another is to just let the lowest one"
        " slide and see if anyone notices.",
        {"advice"},
    ),
    (
        "I'd suggest writing down three things you got done each day. It helps with the 'I did"
        " nothing' feeling.",
        {"advice"},
    ),
    ("Maybe it would help to talk to someone outside work? Even a couple of sessions.", {"advice"}),
    ("Honestly just quit. Life's too short for a job that makes you cry in the loo.", {"advice"}),
    ("Can you take some PTO? Even a long weekend helps.", {"advice"}),
    (
        "Have you asked HR what the sick pay policy actually is? It might be better than you"
        " think.",
        {"advice"},
    ),
    (
        "What worked for me was turning off Slack notifications after 6. Might not suit everyone"
        " though.",
        {"advice"},
    ),
    ("Mute the work chat on your phone. Best thing I ever did.", {"advice"}),
    ("worth keeping a little log of every time this happens, dates and what was said", {"advice"}),
    ("Might be time to update the CV and quietly start looking, tbh.", {"advice"}),
    (
        "Write the email, sleep on it, send it in the morning. Never send the angry one at night.",
        {"advice"},
    ),
    (
        "Have you considered asking for a temporary reduction in hours? A lot of places will"
        " agree if you put it in writing.",
        {"advice", "information"},
    ),
    (
        "Have you thought about talking to your GP? They can sign you off if it gets that bad.",
        {"advice", "information"},
    ),
    (
        "In the US you can take FMLA leave for your own serious health condition if your employer"
        " is covered, worth checking.",
        {"advice", "information"},
    ),
    # --- information ---
    (
        "The EAP through most employers is free and confidential, your manager doesn't find out"
        " you used it.",
        {"information"},
    ),
    (
        "Acas have a free helpline for exactly this kind of thing – 0300 123 1100, Mon-Fri.",
        {"information"},
    ),
    (
        "If you're in England you can self-refer to NHS Talking Therapies without going through"
        " your GP.",
        {"information"},
    ),
    (
        "Samaritans are on 116 123 any time, day or night, if it ever gets that dark.",
        {"information"},
    ),
    (
        "Research on sleep is pretty clear that under six hours for a few weeks wrecks your mood"
        " and concentration.",
        {"information"},
    ),
    (
        "Most contracts don't require you to answer emails outside your hours unless it says so"
        " explicitly.",
        {"information"},
    ),
    (
        "fwiw occupational health referrals are confidential, they only tell your manager what"
        " adjustments you need, not why",
        {"information"},
    ),
    (
        "In the US you can call or text 988 if you're in crisis, it's free and 24/7.",
        {"information"},
    ),
    (
        "Just so you know, a fit note can say 'may be fit for work' with adjustments, it's not"
        " all or nothing.",
        {"information"},
    ),
    # --- open questions ---
    ("what's been the hardest part of it for you?", {"open_question"}),
    ("How are you feeling today compared to when you posted?", {"open_question"}),
    ("What would a good week look like for you right now?", {"open_question"}),
    ("What have you already tried?", {"open_question"}),
    ("what's helped before when things got this bad?", {"open_question"}),
    (
        "What would you want your manager to understand about how this has been for you?",
        {"open_question"},
    ),
    ("Tell me more about what happened on Friday?", {"open_question"}),
    (
        "Could you say a bit more about what 'falling apart' looks like day to day?",
        {"open_question"},
    ),
    ("What did you say to him when he brought it up?", {"open_question"}),
    ("What's one small thing that might make tomorrow a bit easier?", {"open_question"}),
    ("how are you getting on with the new meds?", {"open_question"}),
    ("hey, just checking in after yesterday. how's today going?", {"open_question"}),
    ("What do you need most from people right now?", {"open_question"}),
    ("how did it go with your boss in the end??", {"open_question"}),
    (
        "i'm sorry you're dealing with this 😔 what's going on at work?",
        {"sympathy", "open_question"},
    ),
    # --- closed questions ---
    ("Are you sleeping ok?", {"closed_question"}),
    ("Did you tell your manager any of this?", {"closed_question"}),
    ("Is there someone at home you can talk to about it?", {"closed_question"}),
    ("How long has it been like this?", {"closed_question"}),
    ("When's your next one-to-one with her?", {"closed_question"}),
    ("do you think it's the job itself or just this particular team?", {"closed_question"}),
    ("Does your contract actually say you have to answer emails at weekends?", {"closed_question"}),
    ("Who else on the team knows?", {"closed_question"}),
    ("Did something happen, or has it just been building?", {"closed_question"}),
    ("Is it ok if I share what worked for me? No pressure.", {"closed_question"}),
    ("you ok? haven't seen you on the standup in a while", {"closed_question"}),
    ("Want me to cover your 3pm so you can take a breather?", {"closed_question"}),
    ("when u say ur 'drowning', is it the volume of work or the people?", {"closed_question"}),
    ("Is your GP any good? Mine was useless about this stuff.", {"closed_question"}),
    (
        "Has your manager actually said anything about the mistakes, or is it just a feeling?",
        {"closed_question"},
    ),
    ("Have you eaten today?", {"closed_question"}),
    (
        "i'm sorry you're dealing with this, do you want to talk about it here or in DMs?",
        {"sympathy", "closed_question"},
    ),
    # --- judgment, blunt and in polite clothing ---
    ("Everyone's stressed right now, you're not special lol", {"judgment"}),
    (
        "Wow. Must be nice to have time to post about your feelings at 2pm on a Tuesday.",
        {"judgment"},
    ),
    ("Why didn't you say something months ago instead of letting it pile up?", {"judgment"}),
    ("I hear you but tbh you knew what the job was when you took it", {"judgment"}),
    (
        "Tbf you did agree to cover for her, so you kind of set yourself up for this one",
        {"judgment"},
    ),
    ("Honestly? You're overthinking it. It was one comment in one meeting.", {"judgment"}),
    ("At least you still have a job, loads of people got let go this year", {"judgment"}),
    (
        "Not to be harsh but you do tend to take on too much and then complain about it.",
        {"judgment"},
    ),
    ("With respect, I think you might be part of the problem here.", {"judgment"}),
    ("Sounds like you're just looking for people to agree with you.", {"judgment"}),
    ("It sounds like you're not really trying to fix it, just venting.", {"judgment"}),
    ("Oh great, another 'my job is so hard' post. Groundbreaking.", {"judgment"}),
    ("You need to calm down and look at this rationally.", {"judgment"}),
    ("Grow up, everyone hates their boss.", {"judgment"}),
    ("Have you tried not caring so much? Works for me 🙃", {"judgment"}),
    (
        "yeah no, that's not how any of this works. you don't get to be off sick AND complain"
        " that work piled up",
        {"judgment"},
    ),
    ("Is it possible the feedback was partly fair though? Genuinely asking", {"judgment"}),
    (
        "Not being funny but you post this every week and never do anything anyone suggests.",
        {"judgment"},
    ),
    ("Maybe you're just not cut out for management, and that's fine.", {"judgment"}),
    ("Respectfully, this reads like you want sympathy more than solutions.", {"judgment"}),
    ("Don't stress, it's honestly not a big deal, nobody even noticed the typo.", {"judgment"}),
    ("we've all been there mate, just crack on", {"judgment"}),
    ("You should be ashamed of yourself for talking to a colleague like that.", {"judgment"}),
    ("Let's be real, if you'd flagged it sooner this wouldn't have happened.", {"judgment"}),
    ("hmm, are you sure you're not reading too much into one email?", {"judgment"}),
    (
        "I'm not saying you're wrong, but have you considered that your boss might be under"
        " pressure too?",
        {"judgment"},
    ),
    ("haha you'll be fine, it's only a job 😂", {"judgment"}),
    ("Sorry but this is a first world problem if ever I saw one.", {"judgment"}),
    ("Imagine complaining about a four day week. Some of us work weekends.", {"judgment"}),
    (
        "In fairness, deadlines are deadlines. Maybe next time start earlier.",
        {"judgment", "advice"},
    ),
    ("Stop being such a martyr about it and delegate.", {"judgment", "advice"}),
    (
        "Have you tried just getting more organised? Most people manage fine with a to-do list.",
        {"judgment", "advice"},
    ),
    # --- none of the scored moves: self-disclosure, thanks, small talk, housekeeping --------------
    ("I went through almost exactly this in 2019. Took me months to feel normal again.", set()),
    ("thanks for the tag, will read properly on my lunch", set()),
    ("lol same. mondays are a crime", set()),
    (
        "My sister had the same thing with her boss. She ended up leaving and is way happier now.",
        set(),
    ),
    ("Thanks for the replies everyone, feeling a bit better", set()),
    ("cheers mate, I'll give that a go", set()),
    ("Morning all. Coffee number three and it's only 10am ☕", set()),
    (
        "Lol I literally wrote almost the same post last year. Still here, still employed, still"
        " tired.",
        set(),
    ),
    (
        "I told my lead he was 'too slow' last month and I still feel awful about it, so I get it"
        " from the other side too",
        set(),
    ),
    ("bumping this so more people see it", set()),
    ("Replied in DM!", set()),
    ("following, I'm in a really similar spot at the moment", set()),
    ("good luck with it all!", set()),
    ("You've got this!!", set()),
    ("great job!", set()),
    (
        "My old boss used to say 'work expands to fill the time' and honestly he was a nightmare.",
        set(),
    ),
]

MANAGER_HOLDOUT: list[ManagerItem] = [
    # --- reflections grounded by paraphrase or restatement ---
    (
        "I haven't had a single evening free in three weeks. It's just meeting after meeting.",
        "You're stretched really thin right now.",
        {"reflection"},
        "paraphrase only: stretched thin for no evening free",
    ),
    (
        "Honestly I'm petrified of the board review on Thursday.",
        "You're frightened of how Thursday will go.",
        {"reflection"},
        "paraphrase: frightened for petrified",
    ),
    (
        "I'm behind on the Henderson account because I've been covering for Sam.",
        "You've been doing two people's jobs while Sam's out.",
        {"reflection"},
        "paraphrase: two people's jobs for covering",
    ),
    (
        "Nobody ever tells me when priorities change, I find out in the all-hands.",
        "You're feeling out of the loop.",
        {"reflection"},
        "paraphrase only: out of the loop for nobody tells me",
    ),
    (
        "I'm exhausted. I'm not sleeping.",
        "You're running on empty.",
        {"reflection"},
        "paraphrase only: running on empty for exhausted",
    ),
    (
        "I'm worried the reorg means my role goes.",
        "You're worried your job might disappear in the reorg.",
        {"reflection"},
        "restatement with partial paraphrase",
    ),
    (
        "I snapped at Dev in standup and I feel terrible about it.",
        "You're upset with yourself about how you spoke to Dev.",
        {"reflection"},
        "paraphrase of feeling",
    ),
    (
        "I've been coming in late because my daughter's been ill.",
        "You've been juggling a sick kid and the early starts.",
        {"reflection"},
        "paraphrase: sick kid for daughter ill",
    ),
    (
        "I don't think I can keep doing on-call every other week.",
        "Every other week on call is too much to keep up.",
        {"reflection"},
        "restatement",
    ),
    (
        "My partner lost their job last month so money's tight.",
        "So there's a lot of financial pressure at home right now.",
        {"reflection"},
        "paraphrase only: financial pressure for money's tight",
    ),
    (
        "I've been snowed under with tickets since the release.",
        "You're buried in the ticket queue.",
        {"reflection"},
        "paraphrase: buried for snowed under",
    ),
    (
        "I miss actually building things, but I don't want to throw away the team I've built.",
        "You miss the hands-on work, and you'd hate to walk away from the team.",
        {"reflection"},
        "double-sided reflection",
    ),
    (
        "The new hire keeps asking me for help and I can't get my own work done.",
        "You want to help her, but it's eating your whole day.",
        {"reflection"},
        "complex reflection",
    ),
    (
        "I can't sleep the night before the Monday review.",
        "So the Monday review keeps you up the night before.",
        {"reflection"},
        "simple reflection",
    ),
    (
        "I feel like I'm not learning anything anymore.",
        "You've outgrown the role and you're itching for a new challenge.",
        {"reflection"},
        "complex reflection by paraphrase",
    ),
    (
        "I'm worried about the redundancy rumours.",
        "Sounds like the rumours are weighing on you.",
        {"reflection"},
        "stem plus grounded content",
    ),
    (
        "I'm just not enjoying it anymore.",
        "Sounds like you've lost the spark for the work.",
        {"reflection"},
        "paraphrase: lost the spark for not enjoying",
    ),
    (
        "I feel like I'm not good at anything.",
        "You feel like you're not good at anything.",
        {"reflection"},
        "verbatim simple reflection",
    ),
    (
        "I've started looking at other jobs.",
        "So you're thinking about leaving.",
        {"reflection"},
        "paraphrase of intention the employee expressed",
    ),
    (
        "I'm scared to say no to the director.",
        "You're nervous about pushing back on someone that senior.",
        {"reflection"},
        "paraphrase: nervous/pushing back for scared/say no",
    ),
    (
        "I'm anxious about the audit.",
        "You sound nervous about the audit.",
        {"reflection"},
        "'you sound' plus a feeling, not a verdict: not judgment",
    ),
    (
        "Honestly the last few weeks have been a blur.",
        "You seem really wiped out.",
        {"reflection"},
        "'you seem' plus an inferred feeling: not judgment",
    ),
    (
        "The vendor's missed every date and I'm the one chasing them at night.",
        "You're fed up of being the one left holding it.",
        {"reflection"},
        "paraphrase only, inferred feeling",
    ),
    (
        "Since my divorce I just can't concentrate on anything.",
        "Your focus has gone since the split.",
        {"reflection"},
        "paraphrase: split for divorce, focus for concentrate",
    ),
    (
        "I keep getting dragged into other teams' fires.",
        "Everyone else's emergencies keep landing on your desk.",
        {"reflection"},
        "paraphrase: emergencies for fires",
    ),
    (
        "I don't feel like anyone here would notice if I left.",
        "You feel invisible here.",
        {"reflection"},
        "paraphrase only",
    ),
    (
        "I'm just so tired of fighting with the vendor.",
        "Tired of fighting with them. Tell me more.",
        {"reflection", "open_question"},
        "echo plus an open request",
    ),
    (
        "I'm not coping with the workload.",
        "I'm impressed you've kept the quality up despite everything, and I can see it's costing"
        " you.",
        {"recognition", "reflection"},
        "affirmation plus reflection",
    ),
    (
        "The client changed the brief for the fourth time.",
        "Four rewrites for one client. That would test anyone's patience.",
        {"reflection", "sympathy"},
        "restatement plus validation",
    ),
    (
        "The commute is killing me, it's two hours each way now.",
        "Four hours a day on trains, no wonder you're worn out.",
        {"reflection", "sympathy"},
        "paraphrase: four hours a day for two each way",
    ),
    (
        "I've been crying on the way home most days.",
        "You've been crying on the commute home most days. I'm really sorry it's got to that"
        " point.",
        {"reflection", "sympathy"},
        "restatement plus sympathy",
    ),
    (
        "I had a panic attack in the toilets on Tuesday.",
        "Thank you for telling me. That must have been frightening.",
        {"sympathy", "reflection"},
        "thanks for telling (sympathy); inferred feeling (reflection)",
    ),
    # --- mis-reflections: attributing what was never said ----------------------------------------
    (
        "My mum's been in hospital since the weekend, I've barely slept.",
        "It sounds like you're frustrated with the new rota.",
        {"misreflection"},
        "rota never mentioned",
    ),
    (
        "It's been a rough month with the house move and everything.",
        "Sounds like you're angry at me about your review score.",
        {"misreflection"},
        "anger and review never mentioned",
    ),
    (
        "I'm fine, just tired.",
        "So you've decided to hand in your notice.",
        {"misreflection"},
        "intention never expressed",
    ),
    (
        "I've been snowed under since the migration.",
        "Sounds like you're bored and looking for something new.",
        {"misreflection"},
        "contradicts what was said",
    ),
    (
        "I'm scared to say no to the director.",
        "It sounds like you're scared of heights.",
        {"misreflection"},
        "nonsense attribution sharing a word",
    ),
    (
        "The project's a mess and I'm the one who has to present it.",
        "It sounds like you're really excited to present.",
        {"misreflection"},
        "opposite feeling",
    ),
    (
        "I'm fine with the move itself, it's just the timing.",
        "So you're against the move altogether.",
        {"misreflection"},
        "contradicts what was said",
    ),
    (
        "I'm struggling to work with Marco.",
        "You and Marco have a history of falling out over money.",
        {"misreflection"},
        "invented facts",
    ),
    (
        "My dog died last week and I'm a bit all over the place.",
        "What I'm hearing is that you want more responsibility on the launch.",
        {"misreflection"},
        "unrelated topic behind a listening stem",
    ),
    (
        "I'm worried I'll miss the sprint goal.",
        "You feel like a lighthouse in a storm of spreadsheets.",
        {"misreflection"},
        "nonsense metaphor",
    ),
    # --- judgment in any wording ---
    (
        "The numbers were late because procurement sat on the invoice for a week.",
        "Sounds like you're passing the buck again.",
        {"judgment"},
        "verdict behind a listening stem",
    ),
    (
        "I've been putting the hours in, I promise, it's just that the migration keeps breaking.",
        "I hear what you're saying, but the quality of your work has dropped and that's on you.",
        {"judgment"},
        "yes-but",
    ),
    (
        "I just feel like I'm drowning.",
        "Oh, you'll be fine, everyone feels like that in their first year.",
        {"judgment"},
        "dismissive reassurance",
    ),
    (
        "I sort of knew the client was unhappy back in May.",
        "So why on earth didn't you flag it in May?",
        {"judgment"},
        "blaming why",
    ),
    (
        "I was really hoping for the team lead role.",
        "Priya was the stronger candidate, and if you were less defensive in reviews you might"
        " have had a shot.",
        {"judgment"},
        "criticism framed as encouragement",
    ),
    (
        "The new targets are impossible.",
        "Do you understand how serious it is if we miss them again?",
        {"judgment"},
        "rhetorical question",
    ),
    (
        "I'm sorry the report was late.",
        "Oh sure, because nobody else on the team has deadlines.",
        {"judgment"},
        "sarcasm",
    ),
    (
        "I snapped at Dev in standup.",
        "You need to get a grip on your temper.",
        {"judgment"},
        "shaming imperative",
    ),
    (
        "I think the team doesn't respect me.",
        "Well, maybe if you delivered on time they would.",
        {"judgment"},
        "blame",
    ),
    (
        "I've been coming in late because of my daughter.",
        "Rules are rules, I can't have you strolling in at ten.",
        {"judgment"},
        "moralising",
    ),
    (
        "I don't think I can keep doing on-call.",
        "Everyone does on-call, it's part of the job.",
        {"judgment"},
        "minimising",
    ),
    (
        "My partner lost their job.",
        "At least one of you is still earning.",
        {"judgment"},
        "minimising 'at least'",
    ),
    (
        "Sorry, I've been a bit all over the place this week.",
        "Sounds like you're disorganised.",
        {"judgment"},
        "negative trait behind a listening stem",
    ),
    (
        "I keep making small mistakes in the invoices.",
        "Why do you keep doing that?",
        {"judgment"},
        "blaming why",
    ),
    (
        "Things at home are hard right now.",
        "Please keep home stuff out of the office.",
        {"judgment"},
        "dismissive",
    ),
    (
        "I'm behind on everything.",
        "Look, we're all busy. Just prioritise better.",
        {"judgment"},
        "minimising plus vague exhortation (not a concrete action)",
    ),
    (
        "The new hire keeps asking me for help.",
        "Don't be so precious about your time, you were new once.",
        {"judgment"},
        "shaming",
    ),
    (
        "I'm worried about the redundancy rumours.",
        "You're being paranoid.",
        {"judgment"},
        "negative label",
    ),
    (
        "I was late again because of the trains.",
        "You sound like a broken record.",
        {"judgment"},
        "'you sound' plus a put-down",
    ),
    (
        "I've been working weekends to catch up.",
        "You seem to think working weekends is a badge of honour.",
        {"judgment"},
        "'you seem' plus a verdict",
    ),
    (
        "I've started looking at other jobs.",
        "After everything we've done for you?",
        {"judgment"},
        "guilt-tripping question",
    ),
    (
        "I had a panic attack on Tuesday.",
        "Come on, it can't have been that bad.",
        {"judgment"},
        "minimising",
    ),
    (
        "I forgot to send the minutes again.",
        "Is it really that hard to send one email?",
        {"judgment"},
        "rhetorical question",
    ),
    (
        "I messed up the demo in front of the client.",
        "Happens to everyone, don't make a thing of it.",
        {"judgment"},
        "dismissive reassurance",
    ),
    (
        "I'm not coping.",
        "Well, you did say yes to everything.",
        {"judgment"},
        "blame",
    ),
    (
        "I feel like I'm always behind.",
        "I get that, but frankly the rest of the team manages the same load.",
        {"judgment"},
        "yes-but with comparison",
    ),
    (
        "Someone said I'm too quiet in meetings.",
        "You are quite quiet, to be fair. You'd need to speak up more.",
        {"judgment", "advice"},
        "agreeing with criticism, then a directive",
    ),
    # --- sympathy ---
    (
        "My mum went into hospital on Saturday.",
        "I'm so sorry to hear about your mum. How is she doing?",
        {"sympathy", "open_question"},
        "sympathy plus open question",
    ),
    (
        "I keep replaying the release and thinking I should've caught the bug.",
        "This isn't on you, honestly.",
        {"sympathy"},
        "negated blame: not judgment",
    ),
    (
        "The client yelled at me on the call yesterday.",
        "That sounds awful. Nobody should be spoken to like that.",
        {"sympathy"},
        "validation",
    ),
    (
        "I've been feeling really low since the restructure.",
        "Thanks for telling me that. I know it's not an easy thing to say.",
        {"sympathy"},
        "thanks for telling",
    ),
    (
        "I'm terrified of presenting to the execs.",
        "That makes complete sense, it's a big room and it's your first time.",
        {"sympathy"},
        "validation",
    ),
    (
        "Things at home are hard right now.",
        "I'm here if you want to talk about it, and if you don't, that's fine too.",
        {"sympathy"},
        "support offer",
    ),
    (
        "Sorry, I've been all over the place.",
        "No need to apologise at all.",
        {"sympathy"},
        "reassurance that does not dismiss",
    ),
    (
        "I feel like I've let everyone down.",
        "That's a heavy thing to be carrying around.",
        {"sympathy"},
        "validation without restating content",
    ),
    (
        "I keep getting pulled into other teams' fires.",
        "It sounds like that's hard.",
        {"sympathy"},
        "bare formula: validation at most, no content reflected",
    ),
    (
        "I found out I'm being paid less than the new guy.",
        "That's really unfair, and I'm going to raise it with HR this week.",
        {"sympathy"},
        "validation plus a commitment by the manager (not advice)",
    ),
    (
        "I need to leave early on Thursdays for my son's therapy.",
        "Of course, thanks for letting me know. Is 3pm early enough?",
        {"sympathy", "closed_question"},
        "thanks for telling plus a factual question",
    ),
    # --- recognition ---
    (
        "I stayed until midnight to get the deck out.",
        "I really appreciate you staying late to get the deck to the client, it made the pitch.",
        {"recognition"},
        "specific appreciation",
    ),
    (
        "I handled the outage on my own at 3am.",
        "You kept your head at 3am with half the stack down, that's exactly what I'd want from a"
        " senior.",
        {"recognition"},
        "specific affirmation",
    ),
    (
        "I finally shipped the payments rewrite.",
        "Congrats on shipping it, eight months of grinding through legacy code.",
        {"recognition"},
        "congratulations on the person's effort",
    ),
    (
        "I feel like I'm failing at this job.",
        "You're not failing. You've hit every milestone this quarter.",
        {"recognition"},
        "negated verdict plus specific affirmation",
    ),
    (
        "I've been thinking about going to a counsellor.",
        "I'm really glad you're thinking about that, it's a good step.",
        {"recognition"},
        "'I'm glad that you...' affirming a choice",
    ),
    (
        "I've been doing the rota for three teams.",
        "Thank you for picking that up, I know it wasn't in your job description.",
        {"recognition"},
        "thanks for a specific effort",
    ),
    (
        "Someone on the team called me lazy.",
        "Whoever called you 'lazy' was out of line; you've closed more tickets than anyone this"
        " month.",
        {"recognition", "sympathy"},
        "quoted criticism rejected: not judgment",
    ),
    (
        "I got feedback that I'm 'too quiet' in meetings.",
        "I don't agree that you're too quiet, your written updates are the clearest on the team.",
        {"recognition"},
        "quoted and negated criticism",
    ),
    (
        "I stayed until midnight.",
        "Great job.",
        set(),
        "generic praise: not recognition under the specific-praise policy",
    ),
    (
        "I was up with the baby all night.",
        "Congrats again on the little one! How are you both doing?",
        {"open_question"},
        "social congratulations, not affirmation of effort",
    ),
    # --- advice and information ---
    (
        "I think I need to take some time off.",
        "Honestly, I'd book the whole of next week and switch your phone off.",
        {"advice"},
        "'I'd ...' advice",
    ),
    (
        "I don't know who to talk to about the anxiety stuff.",
        "Have you thought about speaking to someone through the EAP?",
        {"advice"},
        "'have you thought about' proposing an action",
    ),
    (
        "The commute is two hours each way.",
        "Could you work from home on Mondays and Fridays?",
        {"advice"},
        "suggestion as a question",
    ),
    (
        "I keep making mistakes in the invoices.",
        "Try double-checking each invoice against the PO before you send it.",
        {"advice"},
        "imperative",
    ),
    (
        "I can't focus, my head is all over the place.",
        "Have you considered going part-time for a bit?",
        {"advice"},
        "'have you considered'",
    ),
    (
        "I can't sleep before the Monday review.",
        "It might help to prep on Friday so it's not hanging over your weekend.",
        {"advice"},
        "hedged suggestion",
    ),
    (
        "I can't do it all.",
        "I'd encourage you to hand the reporting to Aisha for a month.",
        {"advice"},
        "'I'd encourage you to'",
    ),
    (
        "I don't know who to talk to about the anxiety stuff.",
        "We have an employee assistance line; it's free, confidential, and I never see who uses"
        " it.",
        {"information"},
        "resource",
    ),
    (
        "The commute is two hours each way.",
        "Our hybrid policy allows up to three home days a week if your role isn't site-based.",
        {"information"},
        "policy fact",
    ),
    (
        "I keep making mistakes in the invoices.",
        "The finance system flags mismatches over 5% automatically, so the big ones get caught"
        " anyway.",
        {"information"},
        "how something works",
    ),
    (
        "I feel stuck.",
        "The learning budget covers one external course a year, up to £1,500.",
        {"information"},
        "resource",
    ),
    (
        "I'm worried about the redundancy rumours.",
        "I can tell you there are no redundancies planned for our team this year.",
        {"information"},
        "fact",
    ),
    (
        "I found out I'm being paid less than the new guy.",
        "Salary bands are reviewed every April, and you can ask for a review outside the cycle"
        " through your HR partner.",
        {"information"},
        "process",
    ),
    (
        "I keep forgetting what I promised people in meetings.",
        "Jot the actions down before you leave the room, then you've got a list.",
        {"advice"},
        "imperative",
    ),
    (
        "The Slack pings are killing my focus.",
        "What about blocking two hours every morning and setting yourself to away?",
        {"advice"},
        "'what about' suggestion",
    ),
    (
        "I'm dreading the conversation with the client.",
        "If I were you I'd ring them rather than email, it's easier to hear the tone.",
        {"advice"},
        "'if I were you'",
    ),
    (
        "I haven't had a proper holiday in over a year.",
        "You should take at least a week off before the summer rush starts.",
        {"advice"},
        "'you should'",
    ),
    (
        "I don't know how to tell my team about the cuts.",
        "Maybe start with what isn't changing, then go through what is.",
        {"advice"},
        "hedged suggestion",
    ),
    (
        "I'm not sure what happens to my pay if I go on sick leave.",
        "You'd get full pay for the first eight weeks, then half pay for the next eight.",
        {"information"},
        "policy",
    ),
    (
        "I've heard the bonus might be cancelled.",
        "The bonus pool was signed off on Friday, so it's going ahead as planned.",
        {"information"},
        "fact",
    ),
    (
        "I don't know if I'm even allowed to flex my hours.",
        "Anyone past probation can request flexible working, and we must answer within two months.",
        {"information"},
        "policy",
    ),
    (
        "I'm worried nobody will look after my clients while I'm off.",
        "Jess has already agreed to pick up your accounts while you're away.",
        {"information"},
        "fact",
    ),
    (
        "I rewrote the onboarding docs over the weekend.",
        "That was generous of you, and the new starters are already getting up to speed faster.",
        {"recognition"},
        "specific appreciation",
    ),
    (
        "I finally told the director no.",
        "It took courage to push back on him, and it was the right call.",
        {"recognition"},
        "'right call' affirmation",
    ),
    (
        "I've been mentoring the two grads on top of everything.",
        "You're a natural teacher; they both say they learn more from you than from the course.",
        {"recognition"},
        "trait affirmation",
    ),
    (
        "I might need next Friday off.",
        "Is that the 14th?",
        {"closed_question"},
        "fact check",
    ),
    (
        "I've been getting headaches at my desk.",
        "Did the new chair ever arrive?",
        {"closed_question"},
        "factual yes/no",
    ),
    # --- questions ---
    (
        "I think that covers it.",
        "Anything else on your mind before we wrap up?",
        {"closed_question"},
        "'anything else' is closed",
    ),
    (
        "I've tried everything to get the API stable.",
        "What have you tried so far?",
        {"open_question"},
        "asks what was tried: a question, not advice",
    ),
    (
        "I'm struggling with the new targets.",
        "What's making them hardest to hit?",
        {"open_question"},
        "",
    ),
    (
        "I've been feeling low.",
        "How long has it been like this?",
        {"closed_question"},
        "asks for a duration",
    ),
    (
        "I think the team doesn't respect me.",
        "What makes you think that?",
        {"open_question"},
        "",
    ),
    (
        "I'm just so tired.",
        "I hear you. What else?",
        {"open_question"},
        "bare formula then an open prompt",
    ),
    (
        "My daughter's been ill.",
        "Is she feeling better now?",
        {"closed_question"},
        "",
    ),
    (
        "My daughter's been ill and I've been in late.",
        "How is she doing?",
        {"open_question"},
        "",
    ),
    (
        "I don't think I can keep doing on-call.",
        "What would a workable rota look like to you?",
        {"open_question"},
        "",
    ),
    (
        "I'm worried I'm not good enough for this role.",
        "What's feeding that worry?",
        {"open_question"},
        "",
    ),
    (
        "I'm worried I'm not good enough.",
        "Are you saying you want to step down?",
        {"closed_question"},
        "a checking question, not a reflection",
    ),
    (
        "I keep making small mistakes in the invoices.",
        "What's going on when the mistakes happen, what does that afternoon look like?",
        {"open_question"},
        "",
    ),
    (
        "I feel like I've let everyone down.",
        "Let everyone down how?",
        {"open_question"},
        "",
    ),
    (
        "I feel like I'm not learning anything.",
        "What would you like to be learning?",
        {"open_question"},
        "",
    ),
    (
        "I'm just not enjoying it anymore.",
        "Do you want me to look into a move to another team?",
        {"closed_question"},
        "offer as a yes/no question",
    ),
    (
        "I've started looking at other jobs.",
        "What's drawing you to look elsewhere?",
        {"open_question"},
        "",
    ),
    (
        "I'm really struggling.",
        "What's the hardest bit right now?",
        {"open_question"},
        "",
    ),
    (
        "I'm not coping.",
        "Did you finish the Q3 forecast?",
        {"closed_question"},
        "off-topic factual question",
    ),
    (
        "I had a panic attack on Tuesday.",
        "Have you seen a doctor about it?",
        {"closed_question"},
        "'have you <done>' asked for the facts, no suggestion framing",
    ),
    # --- none of the scored moves ---
    (
        "I didn't get the promotion and I don't know why.",
        "I passed on the panel's 'not strategic enough' note without any context, and that's on"
        " me.",
        set(),
        "owned and quoted criticism: not judgment",
    ),
    (
        "The 'lacks urgency' comment in my review really hurt.",
        "I wrote 'lacks urgency' without a single example, and that was unfair of me.",
        set(),
        "owned criticism",
    ),
    (
        "You said last week I wasn't a team player.",
        "I did say that, and I was wrong to say it in front of everyone.",
        set(),
        "owning a mistake",
    ),
    (
        "I'm behind on everything.",
        "Let's go through your list together and see what we can drop.",
        set(),
        "structuring a joint next step",
    ),
    (
        "I'm just so tired.",
        "I hear you.",
        set(),
        "bare formula, nothing reflected",
    ),
    (
        "Sorry I'm a couple of minutes late, the lift was broken.",
        "No worries, I only just got here myself.",
        set(),
        "small talk",
    ),
]
