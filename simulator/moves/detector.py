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

``other`` is returned only when nothing else fires, and a turn of 12 words or more where nothing
fires is ``information``: a long statement that asks, restates, affirms and plans nothing is the
speaker telling (explaining, informing, describing their own view); greetings and thanks are
not. So are statements that restate nothing and run past 25 words even when the turn also asks,
and a turn with no other move that answers a real question the employee just asked ("When's
the review?" -- "Next Thursday."). Policy decisions:

* Empty praise ("good job", "great", "thanks") is *not* recognition; recognition must name what
  the person did or showed ("you handled the client call really well").
* "How are you?" small talk counts as an open question (MI codes it so), with a cue saying so.
* "Why don't you..." is a suggestion: advice plus a closed question, never an open question.
* "Have you tried / considered X?" and "Have you thought about X-ing?" name an action the speaker
  has in mind: a suggestion put as a yes/no question, so advice plus a closed question. "Have
  you thought about what / how ...?" asks for the person's own thinking: an open question and
  not advice. "What do you think you need to do?" is an open question: advice phrases inside a
  wh-question, or after "you feel / think / were told (that)", are not advice (see
  :mod:`._framing`).
* Judgment covers verdicts about the person ("you are / seem / sound" + a negative trait),
  "I hear you, but ...", minimising and dismissive reassurance ("we've all been there", "don't
  worry so much"), blaming and rhetorical questions ("why didn't you ...?", which are then not
  counted as questions) and known sarcasm. It does not fire when the phrase is negated, quoted
  or owned by the speaker ("it's not your fault", "that's on me").
* Sympathy (``sympathy``) is caring about the experience without restating it: "I'm so sorry",
  "that sounds awful", "thank you for telling me", "it makes sense you'd feel ...". A sentence
  of sympathy is not also counted as a reflection.
* Information (``information``) is telling: facts, options, resources, how things work. It is
  not advice, which tells the person what to do.
* Advice includes imperatives recognised by structure, not only from a verb list: a sentence
  opening with a word that can be a bare verb, followed by the object or particle a verb takes
  ("Turn your phone off"), also after "I'd say" or a softened ", maybe ..." clause.

The types :class:`Move` and :class:`Detection` live in :mod:`simulator.moves.vocabulary`; the
phrase tables in :mod:`._lexicon`, text handling in :mod:`._text`, questions in
:mod:`._questions` and the reflection points in :mod:`._reflection`.
"""

from __future__ import annotations

import re

from simulator.moves._framing import (
    BLAME_FIRST,
    BLAME_QUESTION,
    advice_stands,
    praise_stands,
    stands,
)
from simulator.moves._lexicon import _LEXICON, _LEXICON_WORDS
from simulator.moves._lexicon.forms import _AFFIRM_FIRST, _REFLECT_STEM, _STOPWORDS
from simulator.moves._lexicon.imperatives import (
    _IMPERATIVE_OBJECT,
    _IMPERATIVE_SOFTENER,
    _IMPERATIVES,
    _NOT_IMPERATIVE_FIRST,
    _WELCOME,
    _inflected,
    without_welcome,
)
from simulator.moves._lexicon.judgment import _JUDGMENT
from simulator.moves._lexicon.praise import BARE_PRAISE
from simulator.moves._lexicon.recognition import _RECOGNITION
from simulator.moves._lexicon.sympathy import _KIND_TO_SELF, _SYMPATHY
from simulator.moves._questions import (
    _DECLARATIVE_Q,
    _SCALE,
    _SCALE_HINTS,
    _classify_question,
    without_topic,
)
from simulator.moves._reflection import (
    _ADVISING_TURN_EXTRA,
    _BUSY_TURN_EXTRA,
    _MANY_SENTENCES,
    _NO_REFLECTION,
    _REFLECT_AT,
    _STEM_POINTS,
    _content_stems,
    _Prev,
    _reflection,
)
from simulator.moves._text import _FILLER, _FILLER_FIRST, _SO, _TOKEN, _normalise, _sentences
from simulator.moves.vocabulary import MOVE_ORDER, Detection, Move

__all__ = ["MOVE_ORDER", "Detection", "Move", "PrevLine", "detect"]


# --------------------------------------------------------------------------------------------
# detect
# --------------------------------------------------------------------------------------------


def _cue(m: re.Match[str], limit: int = 60) -> str:
    return f"'{m.group(0).strip(' ,.;:!?')[:limit]}'"


# A statement this long with no other move is telling (see detect). The choice is not
# sensitive: anything from 8 to 15 words gave the same main-behaviour figures on AnnoMI dev.
_TELLING_WORDS = 12
_TELLING_CUE = "a long statement that neither asks nor restates"
# ... and statements that restate nothing and run to this many words are telling even when the
# turn also asks: an explanation with a question on the end is still mostly input. The length
# is the one beyond which _reflection already counts a sentence as mostly information.
_TELLING_LONG = 25
# ... unless the speaker talks about themselves: self-disclosure and owning a mistake are not
# information.
_SELF_DISCLOSURE = re.compile(
    r"\b(?:happened to me|same (?:thing|here)|me too|i've been there|i went through|when i was"
    r"|in my experience|on me|my fault|my mistake|my bad)\b"
)

# ... nor are greetings, thanks and farewells, however long.
_RITUAL = re.compile(
    r"\b(?:thank(?:s| you)|(?:nice|good|great|lovely|a pleasure) to (?:meet|see|have met)"
    r"|look(?:ing)? forward to|my name is|welcome)\b"
)
_ANSWER_CUE = "answers their question"
# A real question from them (not a tag such as "..., right?"): its last sentence opens with a
# question word or an auxiliary.
_THEIR_QUESTION = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:so|and|but|okay|well|oh|um|uh),?\s+)*(?:what|what's|how|why|where"
    r"|when|who|which|is|are|was|were|do|does|did|can|could|should|will|would|have|has|am)\b"
    r"[^.!?]*\?\W*$"
)


def _answers(prev: str, words: set[str]) -> bool:
    """Whether a turn with no other move answers a real question the employee just asked: it
    has a content word (so not "yes" or "mm-hmm" alone) and their line ends in a question."""
    content = {w for w in words - _STOPWORDS - _AFFIRM_FIRST if "'" not in w}
    return bool(_content_stems(content)) and bool(_THEIR_QUESTION.search(_normalise(prev)[-300:]))


# Phrases that count only in some framings (see _framing).
_ACCEPT = {Move.JUDGMENT: stands, Move.ADVICE: advice_stands}
_PER_SENTENCE_MOVES = frozenset((Move.JUDGMENT, Move.RECOGNITION, Move.SYMPATHY))
_JUDGMENT_ONLY = frozenset((Move.JUDGMENT,))
_RANK = {move: i for i, move in enumerate(MOVE_ORDER)}


def _blame(body: str, first: str) -> re.Match[str] | None:
    """A blaming or rhetorical question at the start of ``body`` or after its first comma
    ("Seriously, how is this even a problem?")."""
    pattern = BLAME_QUESTION.get(first)
    m = pattern.match(body) if pattern is not None else None
    if m is None and ", " in body:
        start = body.index(", ") + 2
        pattern = BLAME_QUESTION.get(body[start:].split(" ", 1)[0])
        m = pattern.match(body, start) if pattern is not None else None
    return m


# Frames that put an imperative forward as the speaker's suggestion: "I'd say take the offer".
_SUGGEST_FRAME = re.compile(r"i(?:'d| would)(?: just| probably| honestly)? say,? ")
# A softened imperative later in the sentence: "counselling helped me, maybe give it a go".
# Not after the speaker's own offer ("I can share the details, maybe go over them"): the verb
# then continues "I can".
_LATER_SOFTENED = re.compile(
    r"^(?!.*\b(?:i|we)\b)[^,]*, (?:so |and )?(?:maybe|perhaps|definitely) "
)


def _imperative(body: str, first: str) -> re.Match[str] | None:
    """The imperative opening ``body`` ("just delegate it"), if it opens with one.

    Also after a suggesting frame ("I'd say take the offer") and, softened, after a comma
    ("..., maybe give it a go"): the bare verb there still tells the person what to do.
    Permission to take a moment ("Take all the secs you need") and a welcome ("Sit down, have
    a cup of tea") are no orders, as in :func:`_bare_imperative`.
    """
    if body.startswith(_TAKE_YOUR_TIME):
        return None
    if _WELCOME.match(body):
        body = without_welcome(body)
        first = body.split(" ", 1)[0].rstrip(",.;:!?")
    start = 0
    if first in _IMPERATIVE_SOFTENER:
        start = len(first) + 1
        first = body[start:].split(" ", 1)[0].rstrip(",.;:!?")
        if first in _IMPERATIVE_SOFTENER:  # "honestly just say no"
            start += len(first) + 1
            first = body[start:].split(" ", 1)[0].rstrip(",.;:!?")
    elif first in ("i'd", "i") and (frame := _SUGGEST_FRAME.match(body)):
        start = frame.end()
        first = body[start:].split(" ", 1)[0].rstrip(",.;:!?")
    pattern = _IMPERATIVES.get(first)
    m = None if pattern is None else pattern.match(body, start)
    if m is None and first in _CONDITION_OPENERS and ", " in body:
        # The order after its condition: "If you can't make the review, send me your notes."
        after = body.index(", ") + 2
        verb = body[after:].split(" ", 1)[0].rstrip(",.;:!?")
        pattern = _IMPERATIVES.get(verb)
        m = None if pattern is None else pattern.match(body, after)
        if m is not None and _SELF_KINDNESS.match(body, after):
            m = None
    if m is None and ", " in body:
        later = _LATER_SOFTENED.search(body)
        if later:
            verb = body[later.end() :].split(" ", 1)[0].rstrip(",.;:!?")
            pattern = _IMPERATIVES.get(verb)
            m = None if pattern is None else pattern.match(body, later.end())
    return m


_CONDITION_OPENERS = frozenset(("if", "when", "once", "before", "after", "whenever", "until"))

_TWO_WORDS = re.compile(r"([a-z]+) ([a-z']+)\b")


_TAKE_YOUR_TIME = (
    "take your time",
    "take all the time",
    "take your sec",
    "take a sec",
    "take a moment",
    "take your moment",
    "take a minute",
    "take a breath",
    "take your minute",
    "take all the minutes",
    "take all the secs",
    "take whatever you need",
)


def _bare_imperative(body: str, first: str) -> re.Match[str] | None:
    """A sentence opening with a bare verb and its object ("Turn your phone off"), if it does.

    See ``_NOT_IMPERATIVE_FIRST`` in :mod:`._lexicon.imperatives` for why the first word is checked
    against closed word classes rather than a list of verbs.
    """
    if first in _IMPERATIVE_SOFTENER:
        body = body[len(first) + 1 :]
        first = body.split(" ", 1)[0]
    if _WELCOME.match(body):
        body = without_welcome(body)
        first = body.split(" ", 1)[0]
    if first == "take" and body.startswith(_TAKE_YOUR_TIME):
        return None  # permission, not an order
    if len(first) < 3 or first in _NOT_IMPERATIVE_FIRST or _inflected(first) or not first.isalpha():
        return None
    m = _TWO_WORDS.match(body)
    if m is None or m.group(2) not in _IMPERATIVE_OBJECT:
        return None
    # "Friday it is", "pizza it was": a choice named, not an order ("Fix it" has no verb after).
    return None if _CHOICE_MADE.match(body, m.end()) else m


_CHOICE_MADE = re.compile(r" (?:is|was|'s)\b")

# Kindness to themselves, asked of them ("Go easy on yourself", "Don't blame yourself", "Give
# yourself a break"): sympathy in the imperative mood, not a fix (see _SYMPATHY).
_SELF_KINDNESS = re.compile(r"(?:(?:just|please|and) )?" + _KIND_TO_SELF + r"\b")


def _praise_cue(m: re.Match[str]) -> str:
    """Recognition's cue, saying whether it credits something they did or praises the person in
    general ("you're doing great"): users read the cue, and the scorer credits the two apart."""
    kind = "generic praise" if BARE_PRAISE.fullmatch(m.group(0)) else "specific recognition"
    return f"{kind} {_cue(m)}"


def _stem_outside(sentence: str, words: set[str], m: re.Match[str]) -> bool:
    """Whether the sentence holds a reflective stem apart from the sympathy phrase ``m``."""
    if _REFLECT_STEM.isdisjoint(words):
        return False
    stem = _REFLECT_STEM.search(sentence, words)
    return stem is not None and (stem.start() >= m.end() or stem.end() <= m.start())


class PrevLine(_Prev):
    """The employee's previous line as :func:`detect` reads it, noting whether it did.

    Most turns are labelled without a look at the previous line (it counts only for statements
    that might restate it, and for a turn with no move that might answer it). A labelling that
    never read it is the same after any line, so callers may remember it by the text alone.
    """

    __slots__ = ("read",)

    def __init__(self, text: str | None) -> None:
        # _Prev's fields, set here rather than through super(): detect() makes one of these
        # for every utterance labelled.
        self._text = text
        self._stems = None
        self.read = False

    def stems(self) -> dict[str, str]:
        """Content stem -> the word the employee used (and note that the line was read)."""
        self.read = True
        return super().stems()

    def line(self) -> str | None:
        """The line itself (and note that it was read)."""
        self.read = True
        return self._text


def detect(text: str, prev: str | PrevLine | None = None) -> Detection:
    """Label a manager utterance, given the employee's previous utterance, with moves.

    ``prev`` may come as a :class:`PrevLine`: afterwards its ``read`` says whether the result
    depends on that line at all.
    """
    context = prev if isinstance(prev, PrevLine) else PrevLine(prev)
    low = _normalise(text)
    found: dict[Move, str] = {}
    all_words: set[str] = set()
    scale: bool | None = None
    reflect = _NO_REFLECTION
    n_sentences = 0
    real_question = False
    unchecked = False  # some sentence was not searched for recognition and sympathy
    telling = 0  # words in statements that restate nothing
    for raw in _sentences(low):
        sentence = raw.strip()
        if not sentence:
            continue
        words = set(_TOKEN.findall(sentence))
        all_words |= words
        has_q = sentence[-1] == "?"
        if has_q and (sentence.count('"') + sentence.count("“") - sentence.count("”")) % 2:
            # 'You're thinking, "well, what's the problem?' asks nothing: the question is theirs,
            # quoted, and its closing mark follows in the next sentence.
            has_q = False
        sentence = without_topic(sentence) if has_q else sentence
        first = sentence.split(" ", 1)[0].rstrip(",.;:!?-")
        if first in _FILLER_FIRST or first[:2] in _FILLER_FIRST or not sentence[0].isalnum():
            body = sentence[_FILLER.match(sentence).end() :]  # type: ignore[union-attr]
            first = body.split(" ", 1)[0].rstrip(",.;:!?")
        else:
            body = sentence
        if (has_q or first == "what") and first in BLAME_FIRST and (m := _blame(body, first)):
            # "Why didn't you tell me?": blame, not a question that wants an answer.
            found.setdefault(Move.JUDGMENT, f"blaming question {_cue(m)}")
            n_sentences += 1
            unchecked = True
            continue
        q = _classify_question(body, first, has_q, words) if body else None
        if q is None and has_q and not body:
            q = (Move.CLOSED_QUESTION, "check-in '?'")
        if q is not None:
            if q[0] is Move.OPEN_QUESTION:
                if scale is None:
                    scale = any(hint in low for hint in _SCALE_HINTS) and bool(
                        _SCALE.search(low, _SCALE)
                    )
                # The ruler's follow-ups are open ("you said a two: what would it take to get
                # to a four?", "why a two and not a zero?"): a scale named in another sentence
                # closes only a question that asks for the position ("how ready do you feel?").
                if scale and (
                    first not in ("why", "what")
                    or (not _SCALE.isdisjoint(words) and bool(_SCALE.search(sentence, words)))
                ):
                    q = (Move.CLOSED_QUESTION, "rating-scale question")
            found.setdefault(q[0], q[1])
        elif Move.ADVICE not in found and (
            first in _IMPERATIVES
            or first in _IMPERATIVE_SOFTENER
            or (first in ("i'd", "i") and " say" in body)
            or (first in _CONDITION_OPENERS and ", " in body)
            or (
                ", " in body
                and (" maybe " in body or " perhaps " in body or " definitely " in body)
                and _LATER_SOFTENED.search(body)
            )
        ):
            m = _imperative(body, first)
            if m and not _SELF_KINDNESS.match(body):
                found[Move.ADVICE] = f"imperative {_cue(m)}"
        n_sentences += 1
        real_question = real_question or (q is not None and q[1] != _DECLARATIVE_Q)
        if Move.JUDGMENT not in found and not _JUDGMENT.isdisjoint(words):
            m = _JUDGMENT.search(sentence, words, stands)
            if m:  # a sentence that judges is not also a reflection
                found[Move.JUDGMENT] = _cue(m)
                unchecked = True
                continue
        # After the judgment check: "Grow up." is a put-down, not advice.
        if (
            q is None
            # Most sentences open with a closed-class word: a cheap refusal before the call.
            and (first not in _NOT_IMPERATIVE_FIRST or first in _IMPERATIVE_SOFTENER)
            and Move.ADVICE not in found
            and (m := _bare_imperative(body, first))
            and not _SELF_KINDNESS.match(body)
        ):
            found[Move.ADVICE] = f"imperative {_cue(m)}"
        if not (body and reflect[0] < _STEM_POINTS and (q is None or q[1] == _DECLARATIVE_Q)):
            unchecked = True
        else:
            m = (
                None
                if _RECOGNITION.isdisjoint(words)
                else _RECOGNITION.search(sentence, words, praise_stands)
            )
            if m:  # an affirmation is recognition, not a reflection ...
                found.setdefault(Move.RECOGNITION, _praise_cue(m))
                # ... unless it is said through a reflective stem ("it sounds like you've got a
                # solid plan"), which restates as it affirms; a stem inside the praise ("you
                # sound like a thoughtful person") is the praise's own wording.
                if not _stem_outside(sentence, words, m):
                    # Thanks for telling in the same breath is sympathy too ("Thank you for
                    # sharing something so personal, that's brave").
                    thanks = (
                        None if _SYMPATHY.isdisjoint(words) else _SYMPATHY.search(sentence, words)
                    )
                    if thanks:
                        found.setdefault(Move.SYMPATHY, _cue(thanks))
                    continue
            m = None if _SYMPATHY.isdisjoint(words) else _SYMPATHY.search(sentence, words)
            if m:
                found.setdefault(Move.SYMPATHY, _cue(m))
                # "That sounds awful" is sympathy and no reflection; "that must be exhausting"
                # names their experience, which MI codes as a (complex) reflection too, and so
                # does a reflective stem outside the sympathy ("that's a lot to hold, and it
                # sounds like it's gone unseen").
                if " must " not in m.group(0) and not _stem_outside(sentence, words, m):
                    continue
            so = len(sentence) > len(body) and _SO.search(sentence, 0, len(sentence) - len(body))
            points = _reflection(sentence, body, first, words, bool(so), q is not None, context)
            if points[0] > reflect[0]:
                reflect = points
            if points[0] <= 0 and q is None:
                telling += len(words)
    hits = _LEXICON_WORDS.intersection(all_words)
    if hits:
        # Every sentence was searched for judgment above, and for recognition and sympathy
        # unless ``unchecked``: search the whole turn only for what may still be there.
        done = _PER_SENTENCE_MOVES if not unchecked else _JUDGMENT_ONLY
        for move, phrases in _LEXICON:
            if move not in found and move not in done and not phrases.isdisjoint(hits):
                m = phrases.search(low, all_words, _ACCEPT.get(move))
                if m:
                    found[move] = _praise_cue(m) if move is Move.RECOGNITION else _cue(m)
    if Move.OPEN_QUESTION in found and Move.CLOSED_QUESTION in found:
        # Coders give an utterance one question type, and a turn that opens the floor keeps
        # it open even when a narrower check follows ("What happened? Was it the deadline?").
        del found[Move.CLOSED_QUESTION]
    need = _REFLECT_AT
    if real_question or n_sentences >= _MANY_SENTENCES:
        need += _BUSY_TURN_EXTRA
    if Move.ADVICE in found or Move.JUDGMENT in found or Move.INFORMATION in found:
        need += _ADVISING_TURN_EXTRA
    if reflect[0] >= need:
        found[Move.REFLECTION] = reflect[1]
    elif (
        telling >= _TELLING_LONG
        and Move.ADVICE not in found
        and Move.INFORMATION not in found
        # A plan being agreed ("I'll write it up by Friday, and Rosa starts Monday") is the
        # next step, spelled out; it tells them what will happen, not how things are.
        and Move.NEXT_STEP not in found
    ):
        found[Move.INFORMATION] = _TELLING_CUE
    if not found:
        prev = context.line()
        if prev and "?" in prev[-3:] and _answers(prev, all_words):
            # Their question, answered: "When's the review?" -- "Next Thursday." MI codes the
            # answer as giving information, however short.
            return Detection((Move.INFORMATION,), {Move.INFORMATION: _ANSWER_CUE})
        if (
            len(_TOKEN.findall(low)) >= _TELLING_WORDS
            and not _SELF_DISCLOSURE.search(low)
            and not _RITUAL.search(low)
        ):
            # A long statement that asks, restates, affirms and plans nothing is the speaker
            # telling: explaining, informing, describing their own view.
            return Detection((Move.INFORMATION,), {Move.INFORMATION: _TELLING_CUE})
        return Detection((Move.OTHER,), {Move.OTHER: "no move cue"})
    if len(found) == 1:
        return Detection(tuple(found), found)
    ordered = sorted(found, key=_RANK.__getitem__)
    return Detection(tuple(ordered), {m: found[m] for m in ordered})
