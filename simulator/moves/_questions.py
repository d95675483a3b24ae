"""Open and closed questions: the patterns and :func:`_classify_question`."""

from __future__ import annotations

import re

from simulator.moves._text import HOUR_WORDS, WEEKDAY_ALTERNATION, _Phrases, _words
from simulator.moves.vocabulary import Move

# --------------------------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------------------------

# Requests to elaborate phrased as imperatives or statements: open questions, "?" or not.
# "tell me"-style prompts count anywhere in a sentence ("maybe you could tell me about..."); the
# weaker verbs only at its start or after "can you / would you...".
_STRONG_PROMPT = _Phrases(
    # (Not what others tell the speaker: "returners tell me the same", "people tell me".)
    (
        "tell",
        r"tell (?:me|us)\b(?! (?:if|whether|when you're ready)\b)(?<!ers tell me)(?<!ple tell me)"
        r"(?<!lks tell me)(?<!eps tell me)(?<!ads tell me)(?<!hey tell me)(?<!lk tell me)",
    ),
    ("telling", r"(?<!you )(?<!for )telling (?:me|us)\b"),
    ("walk walking", r"walk(?:ing)? me through\b"),
    ("talk talking", r"talk(?:ing)? me through\b"),
    ("understand", r"help me (?:to )?understand\b"),
    ("fill filling", r"fill(?:ing)? me in\b"),
    ("say", r"say (?:a (?:little )?(?:bit )?)?more\b"),
    ("remind", r"remind me (?:again )?(?:what|why|how|about)\b"),
    ("catch", r"catch me up\b"),
    ("speed", r"bring me up to speed\b"),
)
_WEAK_PROMPT = re.compile(
    r"(?:please )?(?:(?:can|could|would|will) you (?:please |just |maybe )?"
    r"|do you (?:want|mind) (?:to )?|would you (?:like|want|mind|be willing) (?:to )?)?"
    r"(?P<cue>describe|describing"
    r"|talk(?:ing)? (?:to me |with me )?(?:a (?:little )?(?:bit )?)?about|explain|elaborate"
    r"|share (?:a (?:little )?(?:bit )?)?(?:more|about|with me)|expand on"
    r"|give me (?:a sense|an idea|an example|a picture))\b"
)
# "I wonder what...", "I'm curious how...", "I'd like to hear more": questions without a "?".
_WH_AFTER = r",? (?P<wh>what|how|why|where|who|when|which|if|whether)\b"
_WONDER = _Phrases(
    ("wonder wondering", r"wonder(?:ing)?(?: about)?" + _WH_AFTER),
    ("curious", r"curious(?: about)?" + _WH_AFTER),
    ("interested", r"interested (?:to know|in knowing)" + _WH_AFTER),
    (
        "hear know understand learn",
        r"i(?:'d| would) (?:like|love|want) to (?:hear|know|understand"
        r"|learn) (?P<more>more|about|what|how|why)\b",
        "i'd would",
    ),
    (
        "interested curious wondering",
        r"what i(?:'m| am) (?:really |most |also )?(?:interested in"
        r"|curious about|wondering about)\b",
    ),
    # "I wanted to ask you how...", "I'd like to check in and see how it went".
    (
        "ask see hear",
        r"i(?:'d| would)? (?:just |really )?(?:want(?:ed)?|like|love|wanna) to (?:\w+ ){0,6}?"
        r"(?:ask(?: you)?|see|hear)(?: about)?" + _WH_AFTER,
        "how what why",
    ),
    # "Maybe start by telling me...", "we could begin with you sharing a bit about...".
    (
        "sharing telling describing talking",
        r"(?:start|begin|kick off)(?: off)? (?:by|with) (?:\w+ ){0,2}?(?:sharing|telling"
        r"|describing|talking)\b",
    ),
)

# Wh-words that ask for a single fact (MI codes these as closed questions). "when/where" count
# only as question words, not when they open a clause ("when you think about it, ...").
_FACT_WH = re.compile(
    r"(?:how (?:much|many|often|long|old|far|soon|big|frequently|quickly|fast|early|late)"
    r"|what (?:time|day|date|year|month|age|number|percentage|grade|size|dose|is your name)"
    r"|what(?:'s| is| was) (?:your|his|her|their) (?:[\w']+ )?(?:name|age|number|address|email"
    r"|dose|deadline|due date|start date|budget|title|birthday)\b"
    r"|what(?:'s| is| was) the (?:longest|most|least|highest|lowest|shortest|earliest|latest)"
    # "What kind of dog?": a short question for a category is answered with one word.
    r"|what (?:kind|sort|type|breed|make|brand|colou?r) of \w+(?: \w+)?\W*$"
    r"|which|whose|whom|who(?:'s| (?:is|are|was|were|do|does|did)\b"
    r"(?! you (?:think|see|want|like|feel|imagine)\b))"
    r"|(?:when|where)(?:'s|\b(?! (?:are|do) (?:you|we|things) (?:at|stand)\b)"
    r"(?! (?:would|could|might|can|else|you|i|we|he|she|they|it|there"
    r"|your|my|the|this|that)\b)(?! (?:do|would|did) you (?:think|see|want|like|feel|imagine)\b))"
    r")"
)
# Wh-words that invite an account, an opinion or possibilities: open questions. "Anything
# else?" and "any other..." invite the person to go on, so they count as open too.
_OPEN_WH = re.compile(
    r"(?:what|how|why|how come|in what (?:ways?|sense|respects?)"
    r"|(?:who|when|where) (?:would|could|might|can|else)"
    r"|(?:who|when|where) (?:do|would|did) you (?:think|see|want|like|feel|imagine)"
    r"|where (?:are|do) (?:you|we|things) (?:at|stand)"
    r"|(?:(?:is|are) there |(?:do|did) you have |(?:can|could) you think of )?"
    r"any (?:thoughts|ideas|sense)"
    # Bare "anything else?" invites the person to go on; "is there anything else?" asks yes/no.
    r"|(?:(?:anything|something|anyone) else|any other|any more|anything more)(?!\w))"
    r"\b"
)
# A suggestion dressed as a question: "why don't you...", "why not...".
_WHY_NOT = re.compile(
    r"(?:what if|how about|why (?:don't|wouldn't)) (?:you|we|i)\b"
    # A time proposed: "how about Mondays at ten?" asks yes or no.
    rf"|how about (?:(?:every |next |this )?(?:{WEEKDAY_ALTERNATION})s?"
    rf"|tomorrow|(?:at )?(?:\d{{1,2}}|noon|{HOUR_WORDS}))\b"
    r"|why not (?:just )?(?:try|ask|take|talk|go|do|give|start|use|have|get|make|let|put|send"
    r"|call|book|delegate|set|block|move|push|drop)\b"
)
# A yes/no frame around a wh-clause after a verb of knowing or thinking is an indirect
# wh-question ("do you have any idea why...", "have you thought about how..."): open.
_INDIRECT_WH = re.compile(
    r"(?:do|did|have|has|would|could|can)\b[^,?]{0,40}?\b(?:think|thought|know|idea|ideas"
    r"|thoughts|sense|imagine|remember|notice|noticed|see|figured?)\b(?: (?:at all|about|of|on))*"
    r" (?P<wh>what|how|why)\b"
)
_AUX = re.compile(
    r"(?:do|does|did|is|are|was|were|am|can|could|would|will|should|shall|have|has|had|may|might"
    r"|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't"
    r"|shouldn't|haven't|hasn't|hadn't|any|anything|anyone|anybody)\b"
)
# Inverted word order marks a question even without a "?": "do you", "what would", "how's",
# "how hard is it", "what about...".
_INVERTED = re.compile(
    r"(?:do|does|did|is|are|was|were|am|can|could|would|will|should|have|has|had)"
    r" (?:you|we|i|they|he|she|it|there|that|this|your|anyone|anything)\b"
    r"|(?:what|how|why|where|when|who)(?: [a-z']+){0,3}?"
    r" (?:do|does|did|is|are|was|were|would|could|can|will|should|might|has|have)"
    r" (?:you|we|i|they|he|she|it|there|that|this|your|things|the|some|those|these|my|his|her"
    r"|their|our)\b"
    r"|(?:what|how|why|where|when|who) (?:do|does|did|would|could|can|will|should|might)\b"
    r"|(?:what|how|where|who)'s\b|how come\b|(?:what|how) about\b"
)
# A clause opening with a question word or an auxiliary. "when/where" followed by a subject
# open a subordinate clause, not a question.
_Q_START = (
    r"(?:what|how|why|which|whose|who"
    # ... nor does "where 10 is very confident" in a rating scale's definition.
    r"|(?:where|when)(?!\s+(?:you|i|we|he|she|they|it|there|your|\d+|zero|one|five|ten)\b)"
    r"|do|does|did|is|are|was|were|am|can|could|would|will|should|have|has|had|any|anything)\b"
)
_STARTS_WH_OR_AUX = re.compile(_Q_START)
_Q_WORDS = _words(
    "what what's how how's why which whose who who's where where's when do does did is are was"
    " were am can could would will should have has had any anything"
)
_PROMPT_FIRST = _words(
    "please can could would will do describe describing talk talking explain share elaborate"
    " expand give"
)
# The question after a preface: "When you think about it, how...", "Sam, so what...",
# "it makes me wonder how...".
_PREFACE_FILLERS = r"\s*(?:(?:so|and|but|then|um+|uh+|well|okay|like|you know|i mean|i guess)\W+)*"
_LATER_CLAUSE = re.compile(rf"(?:[,;:—–…]|--)[\s\"']*{_PREFACE_FILLERS}(?={_Q_START})")
_LATER_CLAUSE_VERB = _Phrases(
    *(
        (verb, rf"{verb}{_PREFACE_FILLERS}(?={_Q_START})")
        for verb in ("imagine", "wondering", "wonder", "curious", "asking", "know")
    ),
    ("ask", rf"ask you{_PREFACE_FILLERS}(?={_Q_START})"),
    ("interested", rf"interested in{_PREFACE_FILLERS}(?={_Q_START})"),
)
_GREETING = re.compile(
    r"how (?:are|r) (?:you|ya|things)(?: doing| keeping| going)?(?: today| this morning)?\W*$"
    r"|how(?:'s| is) (?:it|everything) going\W*$|how have you been\W*$"
)
_NOT_A_QUESTION = re.compile(r"(?:you know what|guess what|know what i mean)\W*$")
# A yes/no question left hanging on "or...?" invites other answers: "Do you want to stay, or?"
_TRAILING_OR = re.compile(
    r"\bor(?: (?:something|anything|what|whatever|so)(?: (?:else|like that))?)?\W*$"
)
# A rating scale turns "how confident are you..." into a request for a number: closed.
_SCALE = _Phrases(
    ("scale", r"scale\b"),
    ("0 1 one zero", r"(?:0|1|one|zero) (?:to|and|through) (?:5|10|five|ten)\b"),
    ("out", r"out of (?:10|ten)\b"),
)
_SCALE_HINTS = ("scale", " 10", " ten", " 5", " five")  # cheap substring pre-check

_DECLARATIVE_Q = "statement with '?'"
# A question word left in place at the end of a statement: "you go there how often?".
_WH_IN_SITU = re.compile(
    r"\b(?:how (?:often|long|many(?: \w+)?|much|old|far|soon)|what(?: time| day)?|where|when"
    r"|who|which one)\W*$"
)
# "What I'm hearing is...", "what you're describing sounds like...": a what-clause as subject.
_PSEUDO_CLEFT = re.compile(
    # ("What I'm hearing you say is ...": three words before the verb.)
    r"what (?:i|i'm|i am|you|you're|you are|you've|it) (?:\w+ ){0,3}?(?:is|was|sounds|seems)\b"
)
# A statement that opens with a what-clause, unpunctuated as a question: "what matters is the
# numbers", "what's going on is you're behind" (not "what else is going on", asked unpunctuated).
_CLEFT_STATEMENT = re.compile(
    r"what(?:'s| is)? (?!else\b)(?:[\w']+ ){1,3}?(?:is|was)\b"
    r"(?! (?:going|happening|up|there|it|that|this|on)\b)(?= \w)"
)
# An account of a shortfall demanded: "what's the hold-up?", "what's your plan to fix it?",
# "when's it actually done?", "how are you going to fix this?" (not "what's getting in the way
# for you?", which asks what they face).
_DEMAND_FOR_STATUS = re.compile(
    r"(?:what(?:'s| is) (?:the|your) (?:hold-?up|delay|excuse)"
    r"|what(?:'s| is) your plan (?:to|for) (?:fix|sort|solv|get)\w*(?: (?:it|this|that))?"
    r"|how (?:are|will) you (?:going to |gonna )?(?:fix|sort|solve) (?:it|this|that)"
    r"|when(?:'s| is| will) (?:it|this|that) (?:actually |really )?(?:be )?(?:done|finished"
    r"|ready)"
    # "What are you doing about it?", "How are you going to get there?", "When am I getting
    # it?": an account, or the deliverable, demanded of them.
    r"|what are you (?:doing|going to do|gonna do) about (?:it|this|that)"
    r"|how (?:are|will) you (?:going to |gonna )?(?:get there|get (?:it|them|that) back|close the"
    r" gap|hit (?:it|the number|your number|the target|target)|turn (?:it|this|that) around"
    r"|make (?:it|that|this) up)"
    r"|when (?:am i|will i|do i) (?:getting|get|have|see) (?:it|this|that|the \w+))\W*$"
)
# The leading word of a clause (letters only: "what's" -> "what"), and the leading words that
# the question patterns above can start with.
_LEAD = re.compile(r"[a-z]*")
_NOT_A_QUESTION_FIRST = _words("you guess know")
_WH_LEAD = _words("what how why which whose whom who when where")
_OPEN_WH_LEAD = _WH_LEAD | _words("in is are do did can could anything something anyone any")
_INDIRECT_LEAD = _words("do did have has would could can")


# A quoted fragment of theirs set in front of a question as its topic: "'Flat out' - what's
# behind that?" asks "what's behind that?".
_TOPIC = re.compile(r"['\u2018\"][^'\"\u2019\u201d?]{1,40}['\u2019\"\u201d]\s*[-\u2013\u2014:]\s*")


def without_topic(sentence: str) -> str:
    """The question after a quoted fragment set in front of it as its topic, else ``sentence``."""
    m = _TOPIC.match(sentence)
    return sentence if m is None or m.end() == len(sentence) else sentence[m.end() :]


def _classify_question(
    body: str, first: str, has_qmark: bool, words: set[str]
) -> tuple[Move, str] | None:
    """Open or closed question, with its cue, for one filler-stripped sentence; else None.

    ``first`` is the sentence's first word and ``words`` its word tokens, used to skip regexes
    that cannot match.
    """
    if (
        not has_qmark
        and first not in _Q_WORDS
        and first not in _PROMPT_FIRST
        and _STRONG_PROMPT.isdisjoint(words)
        and _WONDER.isdisjoint(words)
        and "," not in body
        and "-" not in body
    ):
        return None  # the common case: a plain statement
    lead = _LEAD.match(body).group()  # type: ignore[union-attr]  # always matches
    if lead in _NOT_A_QUESTION_FIRST and _NOT_A_QUESTION.match(body):
        return None
    if lead == "what" and not has_qmark and _CLEFT_STATEMENT.match(body):
        return None  # "What's going on is your team's missing its numbers."
    if lead in _WH_LEAD and _DEMAND_FOR_STATUS.match(body):
        # "What's the hold-up?", "What's your plan to fix it?": open in form, but the answer is
        # an account of a shortfall the question presumes (a leading question).
        return Move.CLOSED_QUESTION, "leading question"
    if lead == "what" and _PSEUDO_CLEFT.match(body):
        # "What I'm hearing is that...": a statement about what was said; with "?" it is a
        # statement said as a question ("what you're saying is it's too much?").
        return (Move.CLOSED_QUESTION, _DECLARATIVE_Q) if has_qmark else None
    head = body
    if not (first in _Q_WORDS and _STARTS_WH_OR_AUX.match(body)):
        m = None
        if "," in body or "-" in body or ";" in body or ":" in body:
            m = _LATER_CLAUSE.search(body)
        if m is None and has_qmark and not _LATER_CLAUSE_VERB.isdisjoint(words):
            m = _LATER_CLAUSE_VERB.search(body, words)
        if m:
            head = body[m.end() :]
            first = head.split(" ", 1)[0]
            lead = _LEAD.match(head).group()  # type: ignore[union-attr]  # always matches
            if lead in _NOT_A_QUESTION_FIRST and _NOT_A_QUESTION.match(head):
                return None
    m = _WEAK_PROMPT.match(head) if first in _PROMPT_FIRST else None
    if m:
        return Move.OPEN_QUESTION, f"'{m.group('cue')}' prompt"
    m = None if _STRONG_PROMPT.isdisjoint(words) else _STRONG_PROMPT.search(body, words)
    if m:
        return Move.OPEN_QUESTION, f"'{m.group(0)}' prompt"
    m = None if _WONDER.isdisjoint(words) else _WONDER.search(body, words)
    if m and not body[max(0, m.start() - 7) : m.start()].endswith(("you're ", "you are ")):
        wh = m.groupdict().get("wh") or m.groupdict().get("more") or "interested in"
        if wh in ("if", "whether", "when", "who", "which") and not body.startswith(
            " else", m.end()
        ):
            return Move.CLOSED_QUESTION, f"'wonder {wh}' question"
        return Move.OPEN_QUESTION, f"'wonder {wh}' prompt"
    if not has_qmark and not (first in _Q_WORDS and _INVERTED.match(head)):
        return None
    # Each pattern below is matched at the start of ``head``: only try those whose first word
    # can be ``lead``.
    if lead in _WH_LEAD:
        if lead == "how" and _GREETING.match(head):
            return Move.OPEN_QUESTION, "'how are you' (small talk)"
        m = _WHY_NOT.match(head)
        if m:
            return Move.CLOSED_QUESTION, f"suggestion '{m.group(0)}'"
        m = _FACT_WH.match(head)
        if m:
            return Move.CLOSED_QUESTION, f"'{m.group(0)}' asks for a fact"
    if lead in _OPEN_WH_LEAD:
        m = _OPEN_WH.match(head)
        if m:
            return Move.OPEN_QUESTION, f"'{m.group(0)}' question"
    if lead in _INDIRECT_LEAD:
        m = _INDIRECT_WH.match(head)
        if m:
            return Move.OPEN_QUESTION, f"indirect '{m.group('wh')}' question"
    if "or" in words and _TRAILING_OR.search(head):
        return Move.OPEN_QUESTION, "question left open with 'or...'"
    m = _AUX.match(head)
    if m:
        return Move.CLOSED_QUESTION, f"yes/no '{m.group(0)}' question"
    if has_qmark and (m := _WH_IN_SITU.search(head)):
        # "And you drink how often?": the question word left in place asks for a fact; it is
        # not a statement said as a question.
        return Move.CLOSED_QUESTION, f"'{m.group(0).strip(' ?')}' asks for a fact"
    return Move.CLOSED_QUESTION, _DECLARATIVE_Q


# A question clause: at the start of a sentence that ends in "?", or after a comma, "and" or
# "or" inside one ("What are your obstacles, what resources do you need, and what's next?").
_ASK_CLAUSE = re.compile(
    r"(?:^|,\s*|\b(?:and|or)\s+)(?:what|what's|how|who|where|why|which|is|are|do|does|can"
    r"|could|would|will|shall|should|anything"
    # "When are you free?" asks; "When you're ready, what would help?" asks once.
    r"|when(?:'s|(?=\s+(?:did|do|does|is|are|was|were|will|would|can|could|should|shall|might"
    r"|have|has)\b)))\b"
)
_TERMINATOR = re.compile(r"[.!?]")
# The manager's own offer or a request for leave to speak ("Can I make a suggestion?", "What if
# I ping finance today?", "Shall I set that up?"): no question on a list for them to answer.
_OFFER_OR_LEAVE = re.compile(
    r"(?:(?:so|and|then|okay|ok|right|well|but|look)\W+)*(?:can i|could i|may i|shall i|should i"
    r"|what if i|how about i|do you mind if i|is it (?:ok|okay|alright) if i|would it help if i"
    r"|(?:do you |would you )?(?:want|like) me to)\b"
)
_QUOTE_AFTER = ("'", '"', "\u2019", "\u201d")
_ASKS_EDGE = 1500
"""Inputs longer than twice this are read at both ends only, as detect() reads them."""


def asks(text: str) -> int:
    """How many questions the turn asks at once (clauses of its "?" sentences).

    A "?" inside quotation marks ("the 'who shipped this?' thread") ends no question of theirs.
    Linear in the text: sentences are cut at their terminators, never searched for backwards.
    """
    low = text.lower()
    if "?" not in low:
        return 0
    if len(low) > 2 * _ASKS_EDGE:
        low = low[:_ASKS_EDGE] + " . " + low[-_ASKS_EDGE:]
    count = start = 0
    for m in _TERMINATOR.finditer(low):
        end = m.end()
        if m.group() == "?" and low[end : end + 1] not in _QUOTE_AFTER:
            sentence = low[start:end].strip()
            clauses = len(_ASK_CLAUSE.findall(sentence))
            if _OFFER_OR_LEAVE.match(sentence):
                count += max(0, clauses - 1)  # the offer itself asks nothing of them
            else:
                count += max(1, clauses)
        start = end
    return count
