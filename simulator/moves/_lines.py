"""What :func:`~simulator.moves.assessment.assess` reads from one line's own text, worked out
once per line and remembered.

Everything here depends on a line's text alone (and, for detections that read it, on the
employee's previous line), never on the rest of the conversation, so it is kept in bounded
caches: scripted partners, templates and repeats say the same lines again.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Container
from collections.abc import Set as AbstractSet
from sys import intern

from simulator.moves._echo import runs
from simulator.moves._formulas import (
    _HEARD,
    _NEGATIVE_VERDICT,
    _NOTED_BUT,
    _PROMPT,
    _PROMPT_HINTS,
    _REFLECTIVE_STEM,
    _STEM_HINTS,
    _YES_BUT,
    _YOU_SEEM,
    YES_BUT_HINTS,
)
from simulator.moves._grounding import EmployeeWords, content_words, is_hardship, turn_keys
from simulator.moves._misreflection import is_misreflection
from simulator.moves._own import (
    EVERYDAY_STEMS,
    content_sequence,
    content_stems,
    slotted,
    stems_of,
)
from simulator.moves._questions import asks
from simulator.moves._repeats import prefix_of
from simulator.moves._text import _TOKEN, SECOND_PERSON, _normalise, _sentences
from simulator.moves.detector import PrevLine, detect
from simulator.moves.vocabulary import Detection


def _attributed(low: str) -> str | None:
    """The words a reflective stem attributes to the employee ("a banana"), if any."""
    m = _REFLECTIVE_STEM.search(low)
    if m is None:
        return None
    rest = re.split(r"[.!?;]", low[m.end() :], maxsplit=1)[0].strip(" ,")
    return rest or None


_QUESTION_FILLER_WORDS = (
    "honestly really just right now then so actually today okay ok well anyway though exactly"
    " still again currently"
)
_QUESTION_FILLERS = frozenset(_QUESTION_FILLER_WORDS.split())
# A double-sided reflection: each side should be something they said or showed ("part of you
# wants to stay, and part of you is done"), not a stock counterweight slotted in ("..., and part
# of you always finds a way through").
_TWO_SIDED = re.compile(
    r"(?:on (?:the )?one (?:hand|side)|part of you|one side of you)\b(?P<a>[^.!?]*?)"
    r"(?:[,;:.]|\band\b|\bbut\b)\s*(?:(?:and|but|yet|while|so) )?(?:on the other (?:hand|side)"
    r"|(?:another|the other) (?:part|side)(?: of you)?|part of you)\b(?P<b>[^.!?]*)"
)
_SELF_HINT = re.compile(r"\b(?:i|i've|i'd|i'm|my|me|mine)\b")
# Idioms whose words are nobody's in particular: "off the table" takes up nothing of their
# "kitchen table", "off the record" nothing of "that's the record", "changes nothing" nothing
# of "I changed the config".
_IDIOM = re.compile(
    r"\b(?:(?:off|on) the (?:table|record|cards|books|hook|radar|clock)|for the record"
    r"|keep(?:s|ing)? score|changes? nothing|takes? (?:a|its) toll|(?:a )?heavy load"
    r"|on your plate|in the loop|on the same page|(?:the )?bottom line|(?:like|want|anything"
    r"|something|more) (?:else )?to add"
    # A decision called good ("a brave call") takes up nothing of their "the forecast call"...
    r"|(?:a|the|that|your) (?:really |very )?(?:right|good|smart|wise|brave|great|bold|gutsy"
    r"|tough|hard|close|sound|solid|correct) call"
    # ... nor "give yourself credit" anything of their "give me a sec".
    r"|(?:give|giving|gives) (?:yourself|you) (?:credit|a break|some slack|some grace))\b"
)
# A sentence of the speaker's own experience, with nothing about the other person in it.
_SELF_STORY = re.compile(
    r"\b(?:i(?:'ve| have) been (?:there|through)|i (?:was|had|went|did|used to|remember"
    r"|burned|burnt|crashed|learned|learnt|felt|nearly|practically|once|know how it is)"
    r"|when i was|my own|i(?:'ve| have) (?:had|done|felt|learned|learnt))\b"
)
# A clause matching theirs with the speaker's own ("mine were folded too", "I'm busy myself",
# "same here": blind set 30's chameleon): only that clause is the speaker's, so "the promotion
# going to Jordan, I'm sorry too" still says their words back. Not "I'm not too sure", "I'm
# all too aware", nor a quoted "'me too'".
_SAME_AS_YOURS = re.compile(
    r"\b(?:mine (?:was|were|is|are|got)|(?<!')me too|same here|(?:i'm|i am) (?!not |all |only )"
    r"[\w-]+ (?:myself|too)(?=\s*(?:[.,;:!?\u2014-]|$)))"
)
_CLAUSE_BREAK = re.compile(r"(?<=[,;:\u2014])\s+")


def _self_story(sentence: str) -> bool:
    """Whether a normalised sentence tells the speaker's own story and not theirs."""
    return _SELF_STORY.search(sentence) is not None and SECOND_PERSON.search(sentence) is None


def _not_the_same_as_yours(sentence: str) -> str:
    """The sentence without its clauses that match theirs with the speaker's own."""
    if _SAME_AS_YOURS.search(sentence) is None:
        return sentence
    return " ".join(
        c
        for c in _CLAUSE_BREAK.split(sentence)
        if _SAME_AS_YOURS.search(c) is None or SECOND_PERSON.search(c) is not None
    )


# A number that counts off an item of a list: "thirteen, your dad; fourteen, the stroke".
_COUNTED_OFF = re.compile(
    r"\b((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\w+)?)[,:] "
)


class _Turn:
    """What :func:`assess` reads from a manager turn's own text, worked out once per text.

    Everything here depends on the text alone (not on the conversation), so it is kept in a
    bounded cache: scripted partners, templates and repeats say the same lines again, and the
    history extension reads the tokens of the turn assessed just before. The checks needed only
    for some turns are made on first use.
    """

    __slots__ = (
        "_content",
        "_content_seq",
        "_judging",
        "_listening",
        "_prefix",
        "_question_cores",
        "_question_words",
        "_sentence_words",
        "_tells_own",
        "_told_keys",
        "asks",
        "grams",
        "keys",
        "low",
        "seq",
        "stem_hint",
        "stem_keys",
        "tokens",
        "verdict",
        "yes_but",
    )

    def __init__(self, text: str) -> None:
        low = _normalise(text)
        self.low = low
        tokens = list(map(intern, _TOKEN.findall(low)))  # kept: one copy of each word
        self.keys = turn_keys(low, tokens)
        self.stem_keys = tuple(k for k in self.keys if k.startswith("s:"))  # not families
        # Tuples, not lists: the collector stops tracking tuples of strings, and these are kept.
        self.seq = tuple(tokens)
        # Runs of words, to find what the turn copies (kept only for turns of a usual length).
        self.grams = runs(tokens) if len(tokens) <= _GRAMS_MAX else None
        self.asks = asks(text)
        self.tokens = frozenset(tokens)
        # The substring tests skip regexes that cannot match (most turns).
        # "Tyre-kickers, sure. Still, target is target": their word noted, then the agenda (a
        # turn that ends by asking turns to them, not away).
        noted_but = not low.rstrip().endswith("?") and bool(_NOTED_BUT.match(low))
        but = any(hint in low for hint in YES_BUT_HINTS)
        self.yes_but = (but and bool(_YES_BUT.search(low))) or noted_but
        stem_hint = any(hint in low for hint in _STEM_HINTS)
        self.stem_hint = stem_hint
        self.verdict = self.yes_but or (
            stem_hint and "you" in low and bool(_NEGATIVE_VERDICT.search(low))
        )
        self._prefix: list[str] | None = None
        self._sentence_words: tuple[tuple[str, ...], ...] | None = None
        self._question_words: tuple[tuple[str, ...], ...] = ()
        self._question_cores: tuple[tuple[str, ...], ...] = ()
        self._told_keys: dict[str, str] | None = None
        self._tells_own = False
        self._content: frozenset[str] | None = None
        self._content_seq: tuple[tuple[str, bool], ...] | None = None
        self._judging: bool | None = None
        self._listening: tuple[bool, str | None, bool] | None = None

    def prefix(self) -> list[str]:
        """The word types the turn is filed and looked up under for near repeats."""
        if self._prefix is None:
            self._prefix = prefix_of(self.tokens)
        return self._prefix

    def sentence_words(self) -> tuple[tuple[str, ...], ...]:
        """Each sentence of the turn as its words (to find sentences said again)."""
        if self._sentence_words is None:
            sentences = _sentences(self.low)
            self._sentence_words = tuple(tuple(_TOKEN.findall(x)) for x in sentences)
            self._question_words = tuple(
                w for w, x in zip(self._sentence_words, sentences, strict=True) if "?" in x
            )
            self._question_cores = tuple(
                tuple(w for w in q if w not in _QUESTION_FILLERS) for q in self._question_words
            )
        return self._sentence_words

    def question_words(self) -> tuple[tuple[str, ...], ...]:
        """The words of each of the turn's questions (sentences with a question mark)."""
        self.sentence_words()
        return self._question_words

    def question_cores(self) -> tuple[tuple[str, ...], ...]:
        """Each question's words without fillers ("honestly", "right now"), so that fillers
        added to a question asked before do not make it a new one."""
        self.sentence_words()
        return self._question_cores

    def content(self) -> frozenset[str]:
        """The turn's content stems, as :func:`._own.content_stems` (what it adds of its own
        is judged on these)."""
        if self._content is None:
            self._content = content_stems(self.low)
        return self._content

    def slotted(self, said: AbstractSet[str]) -> bool:
        """:func:`._own.slotted` of the turn against their content stems ``said``."""
        if self._content_seq is None:
            self._content_seq = content_sequence(self.seq)
        return slotted(self._content_seq, said)

    def told_keys(self) -> dict[str, str]:
        """:attr:`keys` without the sentences that tell the speaker's own story ("I was up
        till three most nights last launch"): words of theirs in the manager's anecdote are
        not taken up, they are borrowed for it. Nor are an idiom's ("off the table")."""
        if self._told_keys is None:
            low = self.low
            self._told_keys = self.keys
            if _IDIOM.search(low) is not None:
                low = _IDIOM.sub(" ", low)
                self._told_keys = turn_keys(low)
            if _SELF_HINT.search(low):
                sentences = _sentences(low)
                told = [_not_the_same_as_yours(x) for x in sentences if not _self_story(x)]
                if told != sentences:
                    self._tells_own = True
                    self._told_keys = turn_keys(" ".join(told)) if any(told) else {}
        return self._told_keys

    def tells_own(self) -> bool:
        """Whether a sentence of the turn tells the speaker's own story (see told_keys)."""
        self.told_keys()
        return self._tells_own

    def sides(self) -> tuple[str, ...]:
        """The two sides of a double-sided reflection ("on the one hand ..., on the other hand
        ...", "part of you ..., and part of you ..."), else ()."""
        low = self.low
        if "hand" not in low and "side" not in low and "part of you" not in low:
            return ()
        m = _TWO_SIDED.search(low)
        return (m.group("a"), m.group("b")) if m else ()

    def counterweight(self, words: EmployeeWords) -> str | None:
        """The side of a double-sided reflection that takes up nothing of theirs beyond
        everyday words ("..., and part of you always finds a way through"), else None. Both
        sides of real ambivalence are theirs; a stock counterweight slotted in is neither theirs
        nor an understanding of the manager's own."""
        for side in self.sides():
            side = side.strip(" ,;:")
            theirs = words.grounding(turn_keys(side))
            if not any(content_stems(w) - EVERYDAY_STEMS for w in theirs):
                return side
        return None

    def fresh_content(self, said_before: Container[tuple[str, ...]]) -> frozenset[str]:
        """:meth:`content` without the words of sentences the manager said before ("What's
        underneath that?" again): a stock line repeated adds nothing of the manager's own."""
        content = self.content()
        sentences = self.sentence_words()
        asked = self._question_words
        if asked and len(asked) < len(sentences):
            # What a turn adds of its own is in what it says, not in the question tacked on
            # after it: "A dedicated environment. One to ten, how much would that help?" says a
            # fragment of theirs back, however new the question's words.
            content = content_stems(" ".join(w for ws in sentences if ws not in asked for w in ws))
        if _COUNTED_OFF.search(self.low):
            # Numbering their words ("one, the coffee; two, the number") adds nothing either.
            content = content - content_stems(" ".join(_COUNTED_OFF.findall(self.low)))
        for words in sentences:
            if words in said_before:
                content = content - stems_of(words)
        return content

    def judging_form(self) -> bool:
        """A listening form ("sounds like", "you seem", "I hear you") that detect() judged."""
        if self._judging is None:
            low = self.low
            self._judging = bool(
                (self.stem_hint and _REFLECTIVE_STEM.search(low))
                or _YOU_SEEM.search(low)
                or _HEARD.search(low)
            )
        return self._judging

    def made_up_cause(self, words: EmployeeWords) -> str | None:
        """For a turn grounded by a paraphrase alone: the concrete thing it names as the cause,
        if that is a thing they never said (see :func:`is_misreflection`)."""
        low = self.low
        attributed = (_attributed(low) if self.stem_hint else None) or low.strip(" .!?")
        made_up = is_misreflection(attributed, content_words(low), words.knows)
        return attributed if made_up else None

    def listening(self) -> tuple[bool, str | None, bool]:
        """For an ungrounded turn: (a formula with no content, what it mis-reflects if anything,
        sympathy for an unnamed experience)."""
        if self._listening is None:
            low = self.low
            stem_hint = self.stem_hint
            formula_only, misreflection, sympathy = False, None, False
            attributed = _attributed(low) if stem_hint else None
            if (
                attributed is not None
                or (stem_hint and _REFLECTIVE_STEM.search(low))
                or (any(hint in low for hint in _PROMPT_HINTS) and _PROMPT.search(low))
            ):
                content = content_words(low)
                if not content:
                    formula_only = True
                elif attributed is not None and is_misreflection(attributed, content):
                    misreflection = attributed
                elif all(is_hardship(w) for w in content):
                    sympathy = True  # "that sounds hard": sympathy for an unnamed experience
            self._listening = (formula_only, misreflection, sympathy)
        return self._listening


# Bounded caches: when full the oldest entry goes, so a long batch or a server that runs for
# weeks keeps the lines that recur now (a scripted partner's) in a fixed amount of memory
# (about 1.5 KB a line, so 20,000 lines is ~30 MB; 50,000 scored a templated batch ~10% faster
# but would hold ~75 MB in a long-running app). Both hold pure functions of their keys, so a
# hit returns what a fresh call would.
_CACHE_MAX = 20_000
_GRAMS_MAX = 400  # tokens: a longer turn's runs are worked out when needed, not kept
_TURNS: OrderedDict[str, _Turn] = OrderedDict()
# An employee line's content keys and runs of words, by its text.
_SAID: OrderedDict[str, tuple[dict[str, str], tuple[tuple[str, ...], ...], frozenset[str]]] = (
    OrderedDict()
)
# Detections by text alone, or by (text, previous line) for the few that read that line.
_DETECTED: OrderedDict[str | tuple[str, str | None], Detection] = OrderedDict()


def _turn(text: str) -> _Turn:
    turn = _TURNS.get(text)
    if turn is None:
        turn = _Turn(text)
        if len(_TURNS) >= _CACHE_MAX:
            _TURNS.popitem(last=False)
        _TURNS[text] = turn
    return turn


_REJECTED = re.compile(r"\s*[^.?!]{1,60}\?\s+(?=(?:no|nope|not really|not quite)\b)")


def _said(
    text: str,
) -> tuple[dict[str, str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """What an employee line adds to the context: its content keys (:func:`turn_keys`), its
    runs of words (:class:`Echoes`) and its content stems (:func:`._own.content_stems`), worked
    out once per line."""
    found = _SAID.get(text)
    if found is None:
        low = _normalise(text)
        rejected = _REJECTED.match(low)
        if rejected is not None:
            # "Jenkins? No. That's not it.": the manager's word, said back to turn it down, is
            # not theirs; taking it up again grounds nothing.
            low = low[rejected.end() :]
        tokens = list(map(intern, _TOKEN.findall(low)))  # kept: one copy of each word
        found = (turn_keys(low, tokens), runs(tokens), content_stems(text))
        if len(text) < 2000:  # like turn_keys' cache: long lines are rare and costly to keep
            if len(_SAID) >= _CACHE_MAX:
                _SAID.popitem(last=False)
            _SAID[text] = found
    return found


def _detect(text: str, prev: str | None) -> Detection:
    """:func:`detect`, remembered by text if it did not read ``prev`` (most turns), else by both."""
    found = _DETECTED.get(text) or _DETECTED.get((text, prev))
    if found is None:
        context = PrevLine(prev)
        found = detect(text, context)
        if len(_DETECTED) >= _CACHE_MAX:
            _DETECTED.popitem(last=False)
        _DETECTED[(text, prev) if context.read else text] = found
    return found
