"""The manager-move vocabulary and the one function that detects moves in an utterance.

Everything downstream (the persona engine, the scorer, hints in the app) calls
:func:`detect`, so the detector can be improved without touching its callers.

How :func:`detect` works (rules, lexicons and regexes; no trained model):

1. The text is normalised once: lower-cased, curly quotes straightened, stage directions such as
   "[laughs]" dropped and speech restarts collapsed ("wh-what" -> "what"). Huge inputs are capped:
   only the first and last ``_EDGE`` characters of the utterance (and of ``prev``) are read, and
   at most ``_MAX_SENTENCES`` sentences from each end: a turn's moves sit where it opens and
   closes, so a 1 MB utterance costs what a 3 kB one does.
2. The turn is split into sentences at ``.``, ``!`` and ``?``. Each sentence may contribute
   moves, so "You sound swamped. What would help?" is reflection + open_question +
   resource_check.
3. Per sentence, opening fillers ("okay", "so", "mm-hmm", "and"...) are skipped and the head of
   the sentence decides whether it is a question and whether it is open or closed, following
   motivational-interviewing (MI) coding: open questions invite elaboration; closed ones can be
   answered yes/no, with a choice or with a single fact (see :func:`_classify_question`).
4. Statements (and statements said as questions, "You're worried about it?") collect points for
   how they restate the other person -- second-person statements, feeling words, "so..."
   summaries, words shared with ``prev`` -- and lose points for the speaker's own agenda (I/we,
   directives, information); reflective stems ("it sounds like") decide alone. A turn that also
   asks a question, advises or judges needs more points (see :func:`_reflection`).
5. Recognition, resource checks, next steps, judgment and advice come from phrase lexicons.

``other`` is returned only when nothing else fires. Policy decisions:

* Empty praise ("good job", "great", "thanks") is *not* recognition; recognition must name what
  the person did or showed ("you handled the client call really well").
* "How are you?" small talk counts as an open question (MI codes it so), with a cue saying so.
* "Why don't you..." is a suggestion: advice plus a closed question, never an open question.

The types :class:`Move` and :class:`Detection` live in :mod:`simulator.moves.vocabulary`.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from simulator.moves.vocabulary import MOVE_ORDER, Detection, Move

__all__ = ["MOVE_ORDER", "Detection", "Move", "detect"]


# --------------------------------------------------------------------------------------------
# Normalisation, sentences, phrase tables
# --------------------------------------------------------------------------------------------
# Speed: Python's regex engine searches fast only for patterns that start with a literal, so
# searched phrases live in _Phrases tables: each phrase is a small regex starting with a literal
# and is run only when the sentence holds one of its trigger words (a set intersection).
# Patterns with alternatives up front are only ever ``match``-ed at a sentence start.

_EDGE = 1500
"""Inputs longer than ``2 * _EDGE`` characters are read only at both ends (see module doc)."""

_MAX_SENTENCES = 12
"""At most this many sentences from each end of a (capped) turn are analysed."""

# Sentences end at ".", "!" or "?" before a space. Dashes (self-interruptions in speech) and line
# breaks do not end one: "So what changed-- when did the delays start?" is one question.
_SPLIT = re.compile(r"([.!?])\s+")
# Restarts in transcribed speech: "wh-what", "I-I", "so-so" -> "what", "i", "so".
_STUTTER = re.compile(r"(?<![a-z'])([a-z']{1,8}+)-(?=\1)")
_BRACKETED = re.compile(r"\[[^\]]{0,80}\]")  # "[laughs]", "[inaudible 00:01:02]"
_TOKEN = re.compile(r"[a-z0-9']+")

# Discourse markers and backchannels that open a sentence without changing what it does.
# "you know" only with a comma: "you know what?" must not turn into a bare "what?".
_FILLER = re.compile(
    r"[\W_]*(?:(?:okay|ok|so|and|but|well|uh-huh|huh|um+|uh+|er+|erm|ah+|oh+|hm+|mm+(?:-?hm+)?"
    r"|yeah|yes|yep|right|alright|all right|sure|great|good|i see|now|then|anyway|cool|fine"
    r"|gotcha|got it|wow|hey|hi|hello|like|i mean|see|look|listen|actually|also|plus|or"
    r"|you know(?=,))\b[\s,;:.!-]*)*"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SO = re.compile(r"\bso\b")  # a "so" among the opening fillers announces a summary
# First words that may start a filler (the regex is skipped for any other first word).
_FILLER_FIRST = _words(
    "okay ok so and but well uh-huh huh um uh er erm ah oh hm mm yeah yes yep right alright all"
    " sure great good i now then anyway cool fine gotcha got wow hey hi hello like see look"
    " listen actually also plus or you"
)


def _left_bounded(source: str) -> str:
    """Require a word start before ``source``'s leading literal, checked after the literal.

    ``\\bcalm down`` is slow to search; ``calm down(?<![a-z']calm down)`` is fast.
    """
    depth = 0
    for ch in source.replace("\\(", "").replace("\\)", ""):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            raise ValueError(f"wrap top-level alternatives in a group: {source!r}")
    i = 0
    while i < len(source) and source[i] not in "\\()[]{}?*+|.^$":
        i += 1
    if i < len(source) and source[i] in "?*{":
        i -= 1  # the last literal character is optional
    literal = source[:i]
    return f"{literal}(?<![a-z']{literal}){source[i:]}" if literal else source


_NOTHING: frozenset[str] = frozenset()


class _Phrases(frozenset[str]):
    """A table of phrases, each searched only when one of its trigger words occurs.

    Entries are ``(triggers, regex)`` or ``(triggers, regex, also)``: the regex runs when the
    text holds one of the ``triggers`` words and, if ``also`` is given, one of those words too.
    The table is the set of its trigger words, so callers test ``table.isdisjoint(words)``
    (cheap) before calling :meth:`search`.
    """

    __slots__ = ("_by_word",)
    _by_word: dict[str, tuple[tuple[re.Pattern[str], frozenset[str]], ...]]

    def __new__(cls, *entries: tuple[str, ...]) -> _Phrases:
        by_word: dict[str, list[tuple[re.Pattern[str], frozenset[str]]]] = {}
        for triggers, source, *also in entries:
            pattern = re.compile(_left_bounded(source))
            needs = _words(also[0]) if also else _NOTHING
            for word in triggers.split():
                by_word.setdefault(word, []).append((pattern, needs))
        table = frozenset.__new__(cls, by_word)
        table._by_word = {w: tuple(ps) for w, ps in by_word.items()}
        return table

    def search(self, text: str, words: AbstractSet[str]) -> re.Match[str] | None:
        """The earliest (then longest) match in ``text`` of a phrase triggered by ``words``."""
        best: re.Match[str] | None = None
        for word in self & words:
            for pattern, needs in self._by_word[word]:
                if needs and needs.isdisjoint(words):
                    continue
                m = pattern.search(text)
                if m and (
                    best is None
                    or (m.start(), -m.end(), m.re.pattern)
                    < (best.start(), -best.end(), best.re.pattern)
                ):
                    best = m
        return best


def _normalise(text: str) -> str:
    if len(text) > 2 * _EDGE:
        text = text[:_EDGE] + ". " + text[-_EDGE:]
    text = text.lower()
    if "’" in text:
        text = text.replace("’", "'")
    if "[" in text:
        text = _BRACKETED.sub(" ", text)
    if "-" in text:
        text = _STUTTER.sub("", text)
    return text


def _sentences(low: str) -> list[str]:
    """The turn's sentences, each with its closing punctuation, at most 2 * _MAX_SENTENCES."""
    inner = low.rstrip()[:-1]
    if "." not in inner and "?" not in inner and "!" not in inner:
        return [low]
    parts = _SPLIT.split(low)
    out = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    out.append(parts[-1])
    if len(out) > 2 * _MAX_SENTENCES:
        out = out[:_MAX_SENTENCES] + out[-_MAX_SENTENCES:]
    return out


# --------------------------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------------------------

# Requests to elaborate phrased as imperatives or statements: open questions, "?" or not.
# "tell me"-style prompts count anywhere in a sentence ("maybe you could tell me about..."); the
# weaker verbs only at its start or after "can you / would you...".
_STRONG_PROMPT = _Phrases(
    ("tell", r"tell (?:me|us)\b(?! (?:if|whether|when you're ready)\b)"),
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
    r"(?:how (?:much|many|often|long|old|far|soon|big|frequently)"
    r"|what (?:time|day|date|year|month|age|number|percentage|grade|size|dose|is your name)"
    r"|what(?:'s| is| was) (?:your|his|her|their) (?:[\w']+ )?(?:name|age|number|address|email"
    r"|dose|deadline|due date|start date|budget|title|birthday)\b"
    r"|what(?:'s| is| was) the (?:longest|most|least|highest|lowest|shortest|earliest|latest)"
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
    r"(?:(?:anything|what|something|anyone) else|(?:any|what) other|any more|anything more"
    r"|any (?:thoughts|ideas|sense)))\b"
)
# A suggestion dressed as a question: "why don't you...", "why not...".
_WHY_NOT = re.compile(
    r"(?:what if|how about|why (?:don't|wouldn't)) (?:you|we|i)\b"
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
# The leading word of a clause (letters only: "what's" -> "what"), and the leading words that
# the question patterns above can start with.
_LEAD = re.compile(r"[a-z]*")
_NOT_A_QUESTION_FIRST = _words("you guess know")
_WH_LEAD = _words("what how why which whose whom who when where")
_OPEN_WH_LEAD = _WH_LEAD | _words("in is are do did can could anything something anyone any")
_INDIRECT_LEAD = _words("do did have has would could can")


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
        if wh in ("if", "whether", "when", "who", "which"):
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
    return Move.CLOSED_QUESTION, _DECLARATIVE_Q


# --------------------------------------------------------------------------------------------
# Reflections
# --------------------------------------------------------------------------------------------
# A reflection restates what the other person said or feels. Stems such as "it sounds like"
# decide at once; otherwise each statement sentence collects points (see _reflection) and is a
# reflection at _REFLECT_AT points. The cue shown is the strongest piece of evidence.

_REFLECT_AT = 1
# A turn that also asks a real question, or runs to many sentences, needs one more point: its
# statements are then mostly the question's preface, or information and structuring.
_BUSY_TURN_EXTRA = 1
_MANY_SENTENCES = 4
# A turn that advises or judges is the speaker's agenda: only a reflective stem counts there.
_ADVISING_TURN_EXTRA = 2
_STEM_POINTS = 100
_NO_REFLECTION = (-100, "")
# Points for the evidence in one sentence (see _reflection):
_P_YOU_SUBJECT = 2  # opens with "you're / you've / your ...": a statement about the listener
_P_YOU_MODAL = 1  # ... but "you could / you'll / you're going to": a plan or hypothesis
_P_YOU_ELSEWHERE = 1  # "you" later in the sentence
_P_SO = 1  # "so ..." announces a summary of what was said
_P_FEELING = 1  # a feeling or stance word ("stressed", "worried", "want")
_P_EMPATHY = 2  # naming the experience: "that sounds exhausting", "it's been hard"
_P_NEGATION = 1  # "you're not sure", "it doesn't work for you": restating doubt
_P_SHARED_ONE = 1  # one content word taken from the employee's last turn
_P_SHARED_MANY = 2  # two or more
_P_FIRST_PERSON = -1  # "I" / "we" in the sentence: the speaker's own view or agenda
_P_FIRST_PERSON_START = -2  # ... as its subject
_P_AGENDA = -2  # directives ("you need to"), information ("research shows"), courtesies
_P_SHORT = -2  # under three words and nothing restated: "Got it."
_P_LONG = -1  # over 25 words: mostly information or structuring
_P_SAID_AS_QUESTION = -1  # "You're worried?" is partly a question
_P_CONDITION = -1  # "If you...", "When you...": a hypothesis, not a restatement
_P_CONSEQUENCE = -1  # "that could cause...", "the risk is...": information about consequences
_P_PERSISTS = -1  # "you're still...", "you keep...": confronting a behaviour

# Openers of reflective listening that decide on their own.
_REFLECT_STEM = _Phrases(
    (
        "sound sounds",
        r"sounds? (?:like|as if|as though|to me)\b"
        r"(?! (?:a )?(?:good|great|fine|fun|nice|plan|idea)\b)",
    ),
    ("seems", r"it seems\b"),
    ("seems", r"seems like\b"),
    ("sound", r"the sound of it\b"),
    ("perspective point", r"from your (?:perspective|point of view)\b"),
    ("hear hearing", r"what i(?:'m)? hear(?:ing)?\b"),
    ("hear hearing", r"i(?:'m)? hear(?:ing)? (?:you|that)\b"),
    ("hearing right", r"am i (?:hearing|right)\b"),
    ("sense feeling impression", r"i (?:get|have) (?:a|the) (?:sense|feeling|impression)\b"),
    ("picking", r"i(?:'m| am) picking up\b"),
    ("tell see imagine hear", r"i can (?:tell|see|imagine|hear)\b"),
    ("sense", r"i sense\b"),
    ("feel feeling feels", r"you(?:'re| are)? feel(?:ing|s)?\b"),
    ("saying telling", r"you(?:'re| are) (?:saying|telling me)\b"),
    ("hand", r"one hand\b"),
    ("hand", r"other hand\b"),
    ("part", r"part of you\b"),
    ("same", r"the same time\b"),
    ("sure", r"you(?:'re| are) not sure\b"),
    ("said mentioned told", r"you(?:'ve| have) (?:said|mentioned|told me)\b"),
    ("said mentioned", r"you (?:said|mentioned)\b"),
    ("feels", r"(?:it )?feels (?:like|as if|as though)\b"),
    ("summarise summarize summary sum", r"(?:to sum up|(?:to|let me) summari[sz]e|in summary)\b"),
)
_YOU = _words("you you're you've you'd you'll your yours yourself")
_FIRST_PERSON = _words("i i'm i've i'd i'll we we're we've we'll we'd let's my our me us")
# Second-person subject opening the sentence: "You're exhausted", "Your team keeps...".
_YOU_SUBJECT_FIRST = _words("so and but now yet you you're you've you'd you'll your yourself")
_YOU_SUBJECT = re.compile(
    r"(?:so,? |and |but |now |yet )?(?:you(?:'re|'ve|'d|'ll)?(?! know\b)|your|yourself)\b"
)
# ... with a modal or a future, which plans or supposes more than it restates.
_YOU_MODAL = re.compile(
    r"(?:so,? |and |but |now |yet )?(?:you(?:'ll|'d)|you(?:'re| are) (?:going to|gonna)"
    r"|you (?:can|could|will|would|might|may|need|should|have to))\b"
)
# "you" other than where the speaker acts on the listener ("thank you", "let you know").
_YOU_ANY = re.compile(
    r"you(?<![a-z']you)(?<!thank you)(?<!tell you)(?<!ask you)(?<!give you)(?<!show you)"
    r"(?<!let you)(?<!help you)(?<!see you)(?<!meet you)(?<!met you)"
    r"(?:'re|'ve|'d|'ll|rself|r)?\b(?! know\b)"
)
_YOU_ACTED_ON = _words("thank tell ask give show let help see meet met know")
# The speaker's own agenda -- directives and information -- rather than a restatement.
_DIRECTIVE = _Phrases(
    (
        "should shouldn't need have must ought want try might",
        r"you (?:should|shouldn't|need to|have to|must|ought to|might want to|may want to"
        r"|could try|can try|might (?:try|consider))\b",
    ),
)
_DIRECTIVE_START = re.compile(r"(?:make sure|try to|don't forget|remember to|just)\b")
_DIRECTIVE_FIRST = _words("make try don't remember just")
_INFORMATION = _words(
    "research study studies percent guideline guidelines recommend recommended recommends"
    " recommendation evidence statistics statistically"
)
# Telling someone about consequences, or pointing at a behaviour that persists: informing or
# confronting rather than restating.
_CONSEQUENCE = _words(
    "risk risks risky cause causes causing damage damaging harm harmful consequence consequences"
    " likely increase increases dangerous danger"
)
_PERSISTS = _words("still keep keeps again")
_INFORMATION_PHRASE = _Phrases(
    ("people", r"people who\b"),
    ("people", r"most people\b"),
    ("people", r"a lot of people\b"),
    ("is being means", r"(?:0|1|one|zero|10|ten) (?:is|being|means)\b"),
)
# Feeling and stance words: how a person is doing, what they want or fear.
_FEELING = _words(
    "hard tough difficult frustrated frustrating frustration scary scared worry worried worries"
    " worrying important stress stressed stressful overwhelmed overwhelming tired exhausted"
    " exhausting drained angry mad upset sad confident ready motivated concern concerned"
    " concerns afraid anxious nervous proud happy excited exciting hopeful hopeless torn stuck"
    " pressure pressured struggle struggling struggled fear fears guilt guilty embarrassed"
    " embarrassing ashamed lonely alone hurt hurts hurting annoyed annoying disappointed"
    " disappointing surprised surprising comfortable uncomfortable unfair enjoy enjoyed enjoying"
    " want wanted wants wanting wish wishes care cares caring relief relieved swamped stretched"
    " overloaded behind pulled unsure confused confusing burned burnt rough heavy hectic draining"
    " discouraging painful upsetting"
)
# "It's been hard", "that must be exhausting": naming the other person's experience.
_EMPATHY = re.compile(
    r"(?:it's|it is|that's|that is|it was|that was|this is|that must be|it must be|that can be"
    r"|it can be|must be|sounds)(?: been)?(?: (?:really|so|very|pretty|quite|a bit|kind of|a little"
    r"|such|incredibly))*"
    r" (?:hard|tough|difficult|scary|frustrating|stressful|exhausting|overwhelming|painful"
    r"|upsetting|a lot|lonely|unfair|worrying|draining|discouraging|disappointing|heavy|rough"
    r"|hectic)\b"
)
_NEGATION = _words("not never no")
_AFFIRM_FIRST = _words(
    "that's that it's great good awesome wonderful excellent fantastic cool nice perfect"
    " interesting fine okay sure true right exactly absolutely definitely"
)
_AFFIRM_ONLY = re.compile(
    r"(?:that's|that is|it's)? ?(?:great|good|awesome|wonderful|excellent|fantastic|cool|nice"
    r"|perfect|interesting|fine|okay|sure|true|right|exactly|absolutely|definitely)\W*$"
)
_COURTESY = _Phrases(
    ("welcome", r"you(?:'re| are) (?:very |most )?welcome\b"),
    ("meet see meeting seeing", r"(?:nice|good|great) (?:to (?:meet|see)|meeting|seeing) you\b"),
    ("thank thanks", r"thank(?:s| you)\b"),
    ("see", r"see you\b"),
    ("care", r"take care\b"),
    ("bye", r"bye\b"),
    ("call", r"call me\b"),
)

# Words too common to show that one person is restating another.
_STOPWORDS = _words(
    """a an the and or but so if then than that this these those it its it's i i'm i've i'd i'll
    me my mine we we're we've us our you you're you've you'd you'll your yours he she they them
    their his her him is are was were be been being am do does did doing done have has had having
    to of in on at for with about from by as into like just really very kind sort bit little lot
    um uh yeah okay ok well mm hmm mm-hmm uh-huh right oh not no yes don't didn't doesn't can can't
    could would should will won't gonna wanna get got go going know think mean say said thing things
    something anything what how why when where who which there here there's that's what's some any
    all more much one also maybe too now still even guess feel feeling sure actually pretty quite
    way want need make made take time lot lots ever never always sometimes other another same back
    out up down off over again yet around because cause 'cause 'em isn't aren't wasn't weren't
    haven't hasn't i'll we'll they're they've she's he's let let's kinda sorta totally definitely
    probably basically literally honestly tell told stuff whatever"""
)
_SUFFIX = re.compile(r"(?:ing|ed|es|(?<!s)s|ly|ness)$")
_STEMS: dict[str, str] = {}  # word -> stem ("" for words that carry no content); a cache


def _stem(word: str) -> str:
    """A rough stem: common suffixes cut, first 6 letters kept; "" for non-content words."""
    if len(word) < 3 or not word[0].isalpha():
        stem = ""
    else:
        stem = _SUFFIX.sub("", word)[:6] if len(word) > 4 else word
    if len(_STEMS) < 100_000 and len(word) < 40:  # bounded cache of ordinary words
        _STEMS[word] = stem
    return stem


def _content_stems(words: set[str]) -> dict[str, str]:
    """Stem -> word for the content words (stopwords, numbers, short words dropped).

    Where two words share a stem the alphabetically first is kept, so cues are stable.
    """
    content = sorted(words - _STOPWORDS, reverse=True)
    stems = list(map(_STEMS.get, content))  # C-level lookups in the cache
    if None in stems:
        stems = [_stem(w) if s is None else s for w, s in zip(content, stems, strict=True)]
    out = dict(zip(stems, content, strict=True))
    out.pop("", None)
    return out  # type: ignore[return-value]  # no None stems are left


class _Prev:
    """The employee's previous utterance; its content words are only worked out if needed."""

    __slots__ = ("_stems", "_text")

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._stems: dict[str, str] | None = None

    def stems(self) -> dict[str, str]:
        """Content stem -> the word the employee used."""
        if self._stems is None:
            text = self._text
            self._stems = _content_stems(set(_TOKEN.findall(_normalise(text)))) if text else {}
        return self._stems


def _reflection(
    sentence: str,
    body: str,
    first: str,
    words: set[str],
    so: bool,
    declarative_q: bool,
    prev: _Prev,
) -> tuple[int, str]:
    """How much a sentence reads as a reflection: (points, cue); a stem scores _STEM_POINTS.

    ``body`` is the sentence without its opening fillers, ``first`` its first word and ``words``
    its word tokens; ``so`` says whether the fillers held a "so"; ``declarative_q`` marks a
    statement said as a question ("You're worried about it?"); ``prev`` is the employee's last
    turn.
    """
    m = None if _REFLECT_STEM.isdisjoint(words) else _REFLECT_STEM.search(sentence, words)
    if m:
        if not _JUDGMENT.isdisjoint(words) and _JUDGMENT.search(sentence, words):
            return _NO_REFLECTION  # "sounds like another excuse": a judgment, not a reflection
        if not _DIRECTIVE.isdisjoint(words) and _DIRECTIVE.search(sentence, words):
            return _NO_REFLECTION  # "it seems like you have to...": a directive behind a stem
        return _STEM_POINTS, f"'{m.group(0)}'"
    if (first in _AFFIRM_FIRST and _AFFIRM_ONLY.match(body)) or (
        len(words) > 2 and _STOPWORDS.isdisjoint(words)
    ):
        return _NO_REFLECTION  # a bare affirmation, or not English (no common English word)
    courtesy = None if _COURTESY.isdisjoint(words) else _COURTESY.search(body, words)
    if courtesy and courtesy.start() == 0:
        return _NO_REFLECTION
    score = 0
    cue = ""
    if not _YOU.isdisjoint(words):
        you = _YOU_SUBJECT.match(body) if first in _YOU_SUBJECT_FIRST else None
        if you:
            score += _P_YOU_MODAL if _YOU_MODAL.match(body) else _P_YOU_SUBJECT
            cue = f"'{you.group(0).strip()} ...' statement"
        elif _YOU_ACTED_ON.isdisjoint(words) or _YOU_ANY.search(body):
            score += _P_YOU_ELSEWHERE
            cue = "about 'you'"
        if not _DIRECTIVE.isdisjoint(words) and _DIRECTIVE.search(body, words):
            score += _P_AGENDA
    if not _FIRST_PERSON.isdisjoint(words):
        score += _P_FIRST_PERSON_START if first in _FIRST_PERSON else _P_FIRST_PERSON
    if so:
        score += _P_SO
        cue = cue or "'so ...' summary"
    feeling = _FEELING.intersection(words)
    if feeling:
        m = _EMPATHY.search(body)
        if m:
            score += _P_EMPATHY
            cue = f"names the feeling '{m.group(0)}'"
        else:
            score += _P_FEELING
            cue = cue or f"feeling word '{min(feeling)}'"
    if cue and (not _NEGATION.isdisjoint(words) or "n't" in body):
        score += _P_NEGATION
    shared_any = False
    # Shared words can add at most _P_SHARED_MANY: skip the work when it cannot matter.
    prev_stems = prev.stems() if score + _P_SHARED_MANY >= _REFLECT_AT else {}
    if prev_stems:
        shared = _content_stems(words).keys() & prev_stems.keys()
        if shared:
            shared_any = True
            score += _P_SHARED_MANY if len(shared) > 1 else _P_SHARED_ONE
            stem = max(shared, key=lambda s: (len(s), s))
            cue = f"restates '{prev_stems[stem]}'"
    if (
        courtesy
        or (first in _DIRECTIVE_FIRST and _DIRECTIVE_START.match(body))
        or not _INFORMATION.isdisjoint(words)
        or (not _INFORMATION_PHRASE.isdisjoint(words) and _INFORMATION_PHRASE.search(body, words))
    ):
        score += _P_AGENDA
    if not _CONSEQUENCE.isdisjoint(words):
        score += _P_CONSEQUENCE
    if not _PERSISTS.isdisjoint(words):
        score += _P_PERSISTS
    n_words = len(words)
    if n_words < 3 and not shared_any:
        score += _P_SHORT
    elif n_words > 25:
        score += _P_LONG
    if declarative_q:
        score += _P_SAID_AS_QUESTION
    if body.startswith(("if ", "when ")):
        score += _P_CONDITION
    return score, cue


# --------------------------------------------------------------------------------------------
# Recognition, resource checks, next steps, judgment, advice
# --------------------------------------------------------------------------------------------

# Recognition must be specific: it names an act or a quality. Bare "good job" does not count.
_PRAISE = (
    r"(?:really |so |very |incredibly )?(?:well|brilliantly|beautifully|superbly|impressive\w*"
)
_PRAISE += r"|amazing\w*|excellent\w*|a great job|a good job|a difference|great|skil\w*|thoughtful"
_PRAISE += r"|careful\w*|creative\w*)\b"
_PRAISE_WORDS = (
    "well brilliantly beautifully superbly impressive impressively amazing amazingly excellent"
    " excellently difference job great skill skilled skillful skilfully thoughtful careful"
    " carefully creative creatively"
)
_RECOGNITION = _Phrases(
    (
        "thank thanks",
        r"thank(?:s| you)(?: so much| very much| again| a lot)? for (?!coming|telling|sharing"
        r"|your time|making (?:the )?time|taking (?:the )?time|joining|having|meeting|that\b|this\b"
        r"|it\b|everything)(?:\w+ing|being|your|the|all)\b"
        r"[^.!?]{0,40}",
    ),
    (
        "appreciate admire value respect",
        r"i (?:really |truly |genuinely )?(?:appreciate|admire"
        r"|value|respect) (?:the way|how|that you|your \w+|you \w+ing|the \w+)[^.!?]{0,40}",
    ),
    (
        "like liked love loved noticed",
        r"i (?:really )?(?:like|liked|love|loved|noticed)"
        r" (?:the way|how) you \w+[^.!?]{0,40}",
    ),
    (_PRAISE_WORDS, r"the way you \w+[^.!?]{0,50}\b" + _PRAISE, "you"),
    (_PRAISE_WORDS, r"how you \w+[^.!?]{0,50}\b" + _PRAISE, "you"),
    (
        _PRAISE_WORDS,
        r"you (?:really |clearly |obviously |totally )?(?:handled|managed|did|pulled"
        r" off|dealt with|stepped up|kept|showed|caught|turned|rebuilt|delivered|led|organi[sz]ed"
        r"|solved|fixed|built|ran|got|made|wrote|spotted|took on)\b[^.!?]{0,50}?\b" + _PRAISE,
        "you",
    ),
    (
        "skill courage guts initiative commitment care leadership patience strength resilience"
        " maturity judgment judgement dedication creativity thought grit",
        r"(?:took|takes|showed|shows|showing|shown|demonstrated?)"
        r" (?:real |a lot of |great |genuine |such |so much |some )?(?:skill|courage|guts"
        r"|initiative|commitment|care|leadership|patience|strength|resilience|maturity|judge?ment|dedication|creativity|thought|grit)\b",
    ),
    (
        "job work call catch thinking effort progress handling instinct",
        r"(?:great|good|nice|excellent|impressive|brilliant|solid|fantastic|outstanding|terrific"
        r"|superb) (?:job|work|call|catch|thinking|effort|progress|handling|instinct) (?:on|with|in"
        r"|handling|getting|catching|spotting|pushing|finding|keeping|making|there)\b[^.!?]{0,40}",
    ),
    (
        "proud impressed",
        r"i(?:'m| am) (?:really |so |very )?(?:proud of|impressed (?:by|with))"
        r" (?:the way|how|what|your|you for)\b[^.!?]{0,40}",
    ),
    (
        "progress effort work headway",
        r"you(?:'ve| have) (?:made|done|put in|shown) (?:real |great "
        r"|good |so much |a lot of |huge |serious )(?:progress|effort|work|headway)\b",
    ),
    (
        "good great skilled talented",
        r"you(?:'re| are) (?:really |clearly |obviously |so )?(?:good"
        r"|great|skilled|talented) (?:at|with) \w+[^.!?]{0,30}",
    ),
)

_RESOURCE_CHECK = _Phrases(
    ("need", r"what (?:do|would|could|might|else do) you need\b(?: from (?:me|us))?"),
    (
        "help helpful easier support difference",
        r"what (?:would|could|might|will|else would|else might) (?:help"
        r"|make (?:it|this|that|things) easier|be (?:most |more |really )?helpful|support you"
        r"|make a difference)\b",
        "what",
    ),
    (
        "support resources help backup cover",
        r"what (?:kind of |sort of )?(?:support|resources"
        r"|help|backup|cover)\b",
    ),
    (
        "help support easier",
        r"how (?:can|could|might|may|do) (?:i|we) (?:best )?(?:help|support"
        r"|make (?:this|it) easier)\b",
        "how",
    ),
    ("can", r"what can (?:i|we) (?:do|take|change|help|move|shift)\b", "what"),
    (
        "anything something way anyone",
        r"is there (?:anything|something|any way|anyone) (?:that )?(?:i|we) (?:can|could"
        r"|might)\b",
    ),
    ("ways things", r"are there (?:any )?(?:ways|things) (?:that )?(?:i|we) (?:can|could|might)\b"),
    ("anything", r"anything (?:else )?(?:i|we) can (?:do|take|help|change)\b"),
    ("something", r"something (?:i|we) can (?:do|take|help|change)\b"),
    ("plate", r"off your plate\b"),
    ("need", r"let me know (?:if|what) you need\b"),
    ("need", r"anything (?:else )?you need\b"),
    (
        "everything enough",
        r"do you have (?:what|everything|enough) (?:you need|time|support|help"
        r"|resources)\b",
    ),
    ("what", r"do you have what you need\b", "need"),
    ("help", r"would it help (?:if|to)\b", "would"),
    ("who", r"who (?:else )?(?:could|can|might) (?:help|support)\b", "help support"),
)

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday tomorrow"
_NEXT_STEP = _Phrases(
    ("next", r"next steps?\b"),
    ("first", r"first steps?\b"),
    ("action", r"action items?\b"),
    ("forward", r"going forward\b"),
    ("thing", r"one (?:small |concrete )?thing (?:you|we) (?:could|can|might|will|would)\b"),
    (
        "by",
        rf"by (?:(?:next |this )?{_DAY}|end of (?:the )?(?:day|week|month)|eod|eow|next week"
        r"|the end of)\b",
    ),
    (_DAYS, rf"we [^.!?]{{0,40}}\b(?:on|by|next|this) {_DAY}\b"),
    (
        "i'll",
        r"i'll (?:talk|speak|ask|check|follow up|look into|set up|book|send|get|find|sort"
        r"|raise|take|move|make sure|reach out|loop in|schedule)\b",
    ),
    (
        "will",
        r"i will (?:talk|speak|ask|check|follow up|look into|set up|book|send|get|find|sort"
        r"|raise|take|move|make sure|reach out|loop in|schedule)\b",
    ),
    (
        "let's",
        r"let's (?:agree|plan|set|schedule|book|check in|meet|follow up|try|decide|pick"
        r"|make a plan|circle back|touch base|revisit|come back|talk again|catch up)\b",
    ),
    ("shall", r"shall we\b"),
    *(
        (
            modal,
            rf"{modal} we (?:agree|plan|set|schedule|book|check in|meet|follow up|touch base"
            r"|circle back|revisit|catch up|talk again|make a plan)\b",
        )
        for modal in ("can", "could", "should")
    ),
    ("check", rf"check in\b[^.!?]{{0,20}}\b(?:{_DAY}|next \w+|this week|later|again)\b"),
    ("follow", rf"follow up\b[^.!?]{{0,20}}\b(?:{_DAY}|next \w+|this week|later|on)\b"),
    ("touch", r"touch base\b"),
    ("circle", r"circle back\b"),
    ("meet catch talk", r"(?:meet|catch up|talk) again\b"),
    (_DAYS, rf"(?:meet|catch up|talk|check in) (?:again )?(?:on )?{_DAY}\b"),
    ("plan", r"what(?:'s| is) (?:your|the) plan\b"),
    (
        "first next week tomorrow differently",
        r"what (?:will|are|would) you (?:going to |gonna )?"
        r"(?:do|try|start) (?:first|next|this week|tomorrow|differently)\b",
    ),
    ("when", r"when (?:will|would|can|could|do) you (?:start|do|have|try|get|send|finish)\b"),
    ("agree", r"agree (?:on|to)\b"),
    ("commit", r"commit to\b"),
    (
        "week",
        r"(?:could|can|will|'ll|going to|gonna|plan to|want to) [^.!?]{0,40}\b(?:this|next)"
        r" week\b",
        "could can will going gonna plan want i'll you'll we'll",
    ),
)

_JUDGMENT = _Phrases(
    ("calm", r"calm down\b"),
    ("settle", r"settle down\b"),
    ("relax", r"just relax\b"),
    ("overreact overreacting overreacted overreaction overreacts", r"overreact\w*"),
    ("sensitive emotional dramatic", r"too (?:sensitive|emotional|dramatic)\b"),
    ("dramatic", r"being (?:so )?dramatic\b"),
    ("drama", r"drama queen\b"),
    ("should", r"you should(?:n't)? have\b"),
    ("should've shouldn't've", r"should(?:n't)?'ve\b"),
    ("deal", r"not (?:such )?a big deal\b"),
    ("deal", r"no big deal\b"),
    ("deal", r"just deal with it\b"),
    (
        "bad hard big difficult serious complicated",
        r"not that (?:bad|hard|big|difficult|serious"
        r"|complicated)\b",
    ),
    ("rocket", r"not rocket science\b"),
    (
        "everyone everyone's everybody everybody's",
        r"every(?:one|body)(?:'s| is| else is"
        r"| else's) (?:stretched|busy|under|stressed|dealing|in the same|swamped|tired|working)\b",
    ),
    ("we're", r"we're all (?:busy|stretched|under|stressed|swamped|tired|in the same boat)\b"),
    ("club", r"welcome to the club\b"),
    ("suck", r"suck it up\b"),
    ("toughen", r"toughen up\b"),
    ("man", r"man up\b"),
    ("over", r"get over it\b"),
    ("grow", r"grow up\b"),
    (
        "stop",
        r"stop (?:complaining|whining|moaning|making excuses|being (?:so )?(?:negative"
        r"|dramatic))\b",
    ),
    ("excuse", r"another excuse\b"),
    ("excuses", r"(?:just|all these|so many) excuses\b"),
    ("excuses", r"(?:more|enough|no more|a lot of|lots of) excuses\b"),
    # Rhetorical questions that confront: "don't you realise...", "doesn't that worry you?"
    (
        "know realize realise understand see",
        r"(?:don't|didn't) you (?:even )?(?:know|realize|realise|understand|see)\b"
        r"(?! (?:what i mean|anyone|anybody|any)\b)",
        "don't didn't",
    ),
    (
        "understand realize realise",
        r"do you (?:even )?(?:understand|realize|realise) (?:how (?:important|serious|dangerous"
        r"|bad|risky)|what happens)\b",
    ),
    (
        "concern worry bother scare frighten",
        r"(?:doesn't|don't|wouldn't|isn't) (?:that|it|this) (?:concern|worry|bother|scare|frighten)"
        r"(?:ing)? you\b",
        "doesn't don't wouldn't isn't",
    ),
    ("sense", r"makes no sense\b", "makes"),
    ("thought", r"i thought you were (?:smarter|better|more)\b", "were"),
    ("on", r"on you\b(?:(?<=is on you)|(?<=that's on you)|(?<=it's on you)|(?<=all on you))"),
    ("fault", r"your (?:own )?fault\b"),
    ("problem", r"your (?:own )?problem\b"),
    ("always", r"you always\b"),
    ("never", r"you never\b"),
    ("thinking", r"what were you thinking\b"),
    ("hear", r"i don't want to hear\b"),
    ("job", r"that's (?:literally |just )?your job\b"),
    ("job", r"it's (?:literally |just )?your job\b"),
    *(
        (word, rf"{word}, (?:another|more|so now|just what)\b")
        for word in ("great", "wonderful", "fantastic", "perfect", "brilliant", "lovely")
    ),
    ("right", r"yeah,? right\b", "yeah"),
    ("nice", r"must be nice\b"),
    ("time", r"i don't have time for this\b"),
    ("people", r"other people (?:manage|cope|seem to)\b"),
    ("expect expected", r"i expect(?:ed)? (?:better|more)\b"),
    (
        "lazy unprofessional ridiculous difficult negative",
        r"you(?:'re| are) (?:being )?(?:lazy"
        r"|unprofessional|ridiculous|difficult|so negative)\b",
    ),
    ("ridiculous", r"that's ridiculous\b"),
    ("silly ridiculous", r"don't be (?:silly|ridiculous)\b"),
    ("personally", r"don't take it (?:so )?personally\b"),
    ("expect", r"what did you expect\b"),
    ("yourself", r"brought this on yourself\b"),
    ("worry", r"don't worry about it\b"),
    ("whatever", r"whatever[,.!]"),
    ("done", r"just get it done\b"),
    ("worry panic stress", r"there's no need to (?:worry|panic|stress)\b"),
)

_ADVICE = _Phrases(
    ("should", r"you (?:just |really |probably |definitely )?should\b(?!n't have| have|'ve)"),
    ("ought", r"you ought to\b"),
    ("need", r"you (?:just |really |probably |definitely )?need to\b"),
    ("have", r"you (?:just |really |probably |definitely )?have to\b", "you"),
    ("must", r"you must\b"),
    ("might may", r"you (?:might|may) want to\b"),
    ("could", r"you could (?:try|always|just|maybe|perhaps|start|ask|talk)\b"),
    ("why", r"why don't you\b"),
    (
        "why",
        r"why not (?:just )?(?:try|ask|take|talk|go|do|give|start|use|have|get|make|let"
        r"|put|send|call|book|delegate|set|block|move|push|drop)\b",
    ),
    ("tried considered", r"have you (?:tried|considered)\b"),
    ("thought", r"have you thought about \w+ing\b"),
    ("suggestion", r"my suggestion\b"),
    ("suggestion", r"one suggestion\b"),
    ("suggest recommend advise", r"i(?:'d| would)? (?:suggest|recommend|advise)\b"),
    ("were", r"if i were you\b"),
    ("do", r"what you (?:could|should|need to) do is\b", "what"),
    (
        "help good worth better wise",
        r"it (?:might|would|could|may) (?:help|be (?:good|worth"
        r"|better|wise)) (?:to|if you)\b",
        "it",
    ),
    ("think", r"i think you (?:should|need to|could)\b"),
    ("best easiest trick", r"the (?:best|easiest|trick) (?:thing|way) (?:is|would be) to\b"),
    ("sure", r"make sure you\b"),
    ("forget", r"don't forget to\b"),
    # Advice in other frames: "I think we should...", "I want you to...", "I hope you'll
    # consider...", "you're going to need to...", "a good option would be...".
    ("should need", r"i think (?:that )?we (?:should|need to)\b", "think"),
    ("want like", r"i(?:'d| would)? (?:really )?(?:want|like) you to\b", "you"),
    ("wish", r"i (?:just )?wish you(?:'d| would)\b"),
    (
        "consider listen think reconsider",
        r"i (?:really )?hope (?:that )?you(?:'ll| will)? (?:really )?(?:consider|listen|think about"
        r"|reconsider)\b",
    ),
    ("need", r"you(?:'re| are) (?:going to|gonna) (?:have to|need to)\b", "going gonna"),
    ("need have", r"you(?:'ll| will) (?:need|have) to\b", "you'll will"),
    ("need needs", r"needs? to be (?:done|addressed|dealt with|fixed|sorted|a priority)\b"),
    (
        "option idea thing",
        r"(?:a|one|the) (?:good|better|best|great) (?:option|idea|thing to do) (?:would be|is|might"
        r" be)\b",
        "would is might",
    ),
    ("idea", r"(?:not|wouldn't be) a bad idea\b"),
    (
        "important",
        r"(?:it's|it is|that's|that is) (?:really |very |so |quite )?important (?:that you|for you"
        r" to|to (?!you\b|me\b|him\b|her\b|them\b|us\b)\w+)",
        "it's it that's that",
    ),
    # Giving information: the speaker's expertise, not the listener's experience.
    (
        "recommend recommended",
        r"(?:we|doctors|experts|guidelines) (?:would )?(?:strongly )?recommend",
        "we doctors experts guidelines",
    ),
    ("recommended", r"(?:the )?recommended (?:limit|amount|dose|level|number|guidelines?)\b"),
    ("recommended", r"(?:more|less|fewer) than (?:what(?:'s| is| we would| we'd) )?recommended\b"),
    (
        "show shows shown showed suggest suggests",
        r"(?:studies|research|evidence|data) (?:have |has )?(?:show|suggest)",
    ),
    ("call", r"what we call\b", "we"),
    ("know", r"what we know\b(?! about you)", "we"),
    (
        "risk",
        r"(?:puts?|putting) you (?:at|in) (?:a )?(?:lot )?(?:more |higher |greater |increased )?"
        r"(?:risk|danger)\b",
        "you",
    ),
    (
        "cause causes lead leads increase increases damage",
        r"(?:can|could|will|may|is going to|it's going to|tends to|does) (?:also )?(?:actually )?"
        r"(?:cause|lead to|increase|damage)\b",
        "it it's that this they",
    ),
)
# Imperatives that open a sentence: "Just delegate it.", "Prioritise the audit."
_IMPERATIVE_FIRST = _words(
    "just maybe perhaps please try prioritise prioritize delegate focus take talk ask block"
    " schedule send start stop drop push say cut use set put get go consider keep don't do skip"
    " leave move pick"
)
_IMPERATIVE = re.compile(
    r"(?:just |maybe |perhaps |please )?(?:try|prioriti[sz]e|delegate|focus on|take(?! care\b)"
    r"|talk to|ask (?:\w+ )?(?:for|to)|block (?:out|off)|schedule|send|start|stop|drop|push back"
    r"|say no|cut|use|set|put|get|go|consider|keep|don't|do it|do the|skip|leave|move|pick)\b"
)

# Sympathy and validation: caring about what the person is going through without restating it.
_SYMPATHY = _Phrases(
    (
        "sorry",
        r"(?:i'm|i am) (?:so |really |very |truly |just )?sorry\b"
        r"(?!,? (?:but|i|to (?:interrupt|bother)|for (?:the|my|being|interrupting)))",
    ),
    ("sorry", r"so sorry\b"),
    (
        "awful terrible horrible rough brutal tough hard difficult scary painful",
        r"(?:that|this|it) (?:sounds|must be|must have been|must feel|sounds like it was)"
        r"(?: (?:really|so|very|incredibly|just|absolutely|pretty))* (?:awful|terrible|horrible"
        r"|rough|brutal|tough|hard|difficult|scary|painful)\b",
    ),
    (
        "telling sharing",
        r"thank(?:s| you)(?: so much| very much)? for (?:telling|sharing|being (?:honest|open))\b",
    ),
    (
        "sense",
        r"(?:it )?makes (?:total |complete |a lot of |perfect )?sense (?:that )?"
        r"you(?:'d|'re| would| are| feel)\b",
    ),
    (
        "understandable",
        r"(?:that's|that is|it's|it is) (?:completely |totally |so |very )?understandable\b",
    ),
    ("wonder", r"no wonder you\b"),
)

_LEXICON: tuple[tuple[Move, _Phrases], ...] = (
    (Move.RECOGNITION, _RECOGNITION),
    (Move.SYMPATHY, _SYMPATHY),
    (Move.RESOURCE_CHECK, _RESOURCE_CHECK),
    (Move.NEXT_STEP, _NEXT_STEP),
    (Move.JUDGMENT, _JUDGMENT),
    (Move.ADVICE, _ADVICE),
)
_LEXICON_WORDS = frozenset().union(*(phrases for _, phrases in _LEXICON))


# --------------------------------------------------------------------------------------------
# detect
# --------------------------------------------------------------------------------------------


def _cue(m: re.Match[str], limit: int = 60) -> str:
    return f"'{m.group(0).strip(' ,.;:!?')[:limit]}'"


_RANK = {move: i for i, move in enumerate(MOVE_ORDER)}


def detect(text: str, prev: str | None = None) -> Detection:
    """Label a manager utterance, given the employee's previous utterance, with moves."""
    low = _normalise(text)
    context = _Prev(prev)
    found: dict[Move, str] = {}
    all_words: set[str] = set()
    scale: bool | None = None
    reflect = _NO_REFLECTION
    n_sentences = 0
    real_question = False
    for raw in _sentences(low):
        sentence = raw.strip()
        if not sentence:
            continue
        words = set(_TOKEN.findall(sentence))
        all_words |= words
        has_q = sentence[-1] == "?"
        first = sentence.split(" ", 1)[0].rstrip(",.;:!?-")
        if first in _FILLER_FIRST or first[:2] in _FILLER_FIRST or not sentence[0].isalnum():
            body = sentence[_FILLER.match(sentence).end() :]  # type: ignore[union-attr]
            first = body.split(" ", 1)[0].rstrip(",.;:!?")
        else:
            body = sentence
        q = _classify_question(body, first, has_q, words) if body else None
        if q is None and has_q and not body:
            q = (Move.CLOSED_QUESTION, "check-in '?'")
        if q is not None:
            if q[0] is Move.OPEN_QUESTION:
                if scale is None:
                    scale = any(hint in low for hint in _SCALE_HINTS) and bool(
                        _SCALE.search(low, _SCALE)
                    )
                if scale:
                    q = (Move.CLOSED_QUESTION, "rating-scale question")
            found.setdefault(q[0], q[1])
        elif first in _IMPERATIVE_FIRST and Move.ADVICE not in found:
            m = _IMPERATIVE.match(body)
            if m:
                found[Move.ADVICE] = f"imperative {_cue(m)}"
        n_sentences += 1
        real_question = real_question or (q is not None and q[1] != _DECLARATIVE_Q)
        if body and reflect[0] < _STEM_POINTS and (q is None or q[1] == _DECLARATIVE_Q):
            m = None if _RECOGNITION.isdisjoint(words) else _RECOGNITION.search(body, words)
            if m:  # an affirmation is recognition, not a reflection
                found.setdefault(Move.RECOGNITION, f"specific recognition {_cue(m)}")
                continue
            so = len(sentence) > len(body) and _SO.search(sentence, 0, len(sentence) - len(body))
            points = _reflection(sentence, body, first, words, bool(so), q is not None, context)
            if points[0] > reflect[0]:
                reflect = points
    hits = _LEXICON_WORDS.intersection(all_words)
    if hits:
        for move, phrases in _LEXICON:
            if move not in found and not phrases.isdisjoint(hits):
                m = phrases.search(low, all_words)
                if m:
                    found[move] = (
                        f"specific recognition {_cue(m)}" if move is Move.RECOGNITION else _cue(m)
                    )
    if Move.OPEN_QUESTION in found and Move.CLOSED_QUESTION in found:
        # Coders give an utterance one question type, and a turn that opens the floor keeps
        # it open even when a narrower check follows ("What happened? Was it the deadline?").
        del found[Move.CLOSED_QUESTION]
    need = _REFLECT_AT
    if real_question or n_sentences >= _MANY_SENTENCES:
        need += _BUSY_TURN_EXTRA
    if Move.ADVICE in found or Move.JUDGMENT in found:
        need += _ADVISING_TURN_EXTRA
    if reflect[0] >= need:
        found[Move.REFLECTION] = reflect[1]
    if not found:
        return Detection((Move.OTHER,), {Move.OTHER: "no move cue"})
    if len(found) == 1:
        return Detection(tuple(found), found)
    ordered = sorted(found, key=_RANK.__getitem__)
    return Detection(tuple(ordered), {m: found[m] for m in ordered})
