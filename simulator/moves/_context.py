"""What the conversation so far holds, for assessing the next manager turn against it.

:class:`_Context` keeps the employee's words (for grounding), the runs of words they used (for
echoes), the manager's earlier turns (for repeats and templates) and the questions already
asked, built turn by turn so assessing a whole conversation costs O(n). :mod:`.assessment`
reads it; nothing else should.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.moves._echo import Echoes
from simulator.moves._grounding import EmployeeWords
from simulator.moves._lines import _said, _Turn, _turn
from simulator.moves._repeats import Repeats, prefix_of

_ASKED_TWICE = 2
"""Times a question was asked, fillers aside, after which a filler no longer makes it new."""
_SENTENCE_WORDS = 3
"""Words a sentence needs to count as said again (not "okay", "right", "I see")."""
_FRAGMENT_WORDS = 4
"""Words in a sentence short enough to be a fragment slotted in ("Greg's reply.")."""
_Frame = tuple[frozenset[str], list[str]]
"""Word types and their :func:`prefix_of`, as filed in :class:`Repeats`."""
_NO_FRAME: _Frame = (frozenset(), [])
_FRAME_WORDS = 8
"""Word types a turn keeps without their words for it to be compared as a template."""


class _Context:
    """What the conversation so far holds, built incrementally.

    Callers assess turn after turn of one conversation with a growing history, so the last
    context is kept (per thread) and extended when the new history starts with the old one:
    assessing every turn of an n-turn conversation costs O(n), not O(n^2).
    """

    __slots__ = (
        "asked",
        "echoes",
        "employee",
        "frames",
        "items",
        "last_copied",
        "last_frame",
        "last_grams",
        "last_own",
        "repeats",
        "said",
        "sentences",
    )

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.employee = EmployeeWords(())
        self.echoes = Echoes()
        # The turn assessed last is filed into the history by the next call: its copied runs,
        # remembered with the size of what they were found in, and its own words (by the
        # identity of those runs), are not worked out twice.
        self.last_copied: tuple[_Turn, int, list[bool] | None] | None = None
        self.last_own: tuple[_Turn, list[bool], _Frame] | None = None
        # The runs of words of their latest reply: a turn copying none of them, and a good
        # share of an earlier reply, answers what they said before (Assessment.stale).
        # Kept as _said gives them; a set is built only for the rare turn that needs the test.
        self.last_grams: tuple[tuple[str, ...], ...] = ()
        self.repeats = Repeats()
        # The same turns with every word of theirs left out: a template with different words
        # of theirs slotted in ("It sounds like X has really been weighing on you").
        self.frames = Repeats()
        self.last_frame: tuple[_Turn, frozenset[str], int, _Frame | None] | None = None
        # Each sentence the manager has said (as its words), and the first turn it was in.
        self.sentences: dict[tuple[str, ...], int] = {}
        # Each question the manager has asked, without its fillers (_Turn.question_cores),
        # and how many times.
        self.asked: dict[tuple[str, ...], int] = {}
        # The content stems of everything the employee said (see _own.adds_own).
        self.said: set[str] = set()

    def extend(self, items: Sequence[tuple[str, str]]) -> None:
        add = self.add
        for speaker, said in items:
            add(speaker, said)
        self.items.extend(items)

    def add(self, speaker: str, said: str) -> None:
        """Take in one more turn (``items`` is the caller's to extend)."""
        if speaker == "employee":
            employee = self.employee
            if said in employee.seen:  # said before: adds no key and no run
                employee.last = said
                self.last_grams = _said(said)[1]
                return
            keys, grams, stems = _said(said)
            self.last_grams = grams
            employee.add(said, keys)
            self.said.update(stems)
            self.echoes.grams.update(grams)
        else:
            # Usually the turn assessed last, so its facts are in the cache already.
            turn = _turn(said)
            own = self._own(turn, self.copied(turn))
            self.repeats.add(*own)
            # Filed even when too short to compare, so its index is the manager turn's.
            self.frames.add(*(self._frame(turn, own) or _NO_FRAME))
            i = self.repeats.count - 1
            for words in turn.sentence_words():
                if len(words) >= _SENTENCE_WORDS:
                    self.sentences.setdefault(words, i)
            asked = self.asked
            for core in turn.question_cores():
                asked[core] = asked.get(core, 0) + 1

    def copied(self, turn: _Turn) -> list[bool] | None:
        """:meth:`Echoes.copied` of the turn against everything the employee has said so far."""
        size = len(self.echoes.grams)
        last = self.last_copied
        if last is not None and last[0] is turn and last[1] == size:
            return last[2]
        marks = self.echoes.copied(turn.seq, turn.grams)
        self.last_copied = (turn, size, marks)
        return marks

    def _own(self, turn: _Turn, copied: list[bool] | None) -> _Frame:
        """A turn's own word types (runs copied from the employee left out) and their prefix."""
        if copied is None:
            return turn.tokens, turn.prefix()
        last = self.last_own
        if last is not None and last[0] is turn and last[1] is copied:
            return last[2]
        own = self.echoes.own_words(turn.seq, copied)
        found = (own, prefix_of(own))
        self.last_own = (turn, copied, found)
        return found

    def repeat_of(self, turn: _Turn, copied: list[bool] | None) -> int | None:
        """The earlier manager turn most like ``turn`` (see :class:`Repeats`), if any.

        Turns are compared on their own words: the same template with a different quote of
        the employee's slotted in is a repeat. ``copied``: :meth:`Echoes.copied` of the turn.
        """
        own = self._own(turn, copied)
        found = self.repeats.find(*own)
        if found is None:
            frame = self._frame(turn, own)
            if frame is not None and frame[0] is not own[0]:  # else just looked up as it is
                found = self.frames.find(*frame)
        if found is None and self.sentences:
            found = self._said_again(turn)
        return found

    def asked_again(self, turn: _Turn) -> bool:
        """Whether every question of the turn was asked before: word for word, or with only
        fillers changed ("How does that sit with you, right now, honestly?") after it was
        asked twice already. Once, a re-ask with a filler is emphasis ("How are you doing,
        though? You, not the timeline.")."""
        if not self.asked or "?" not in turn.low:
            return False
        asked = turn.question_words()
        return bool(asked) and all(
            len(q) >= _SENTENCE_WORDS
            and (q in self.sentences or self.asked.get(core, 0) >= _ASKED_TWICE)
            for q, core in zip(asked, turn.question_cores(), strict=True)
        )

    def _said_again(self, turn: _Turn) -> int | None:
        """The earlier turn whose sentence this turn says again, when all it adds is a few
        words ("Greg's reply. That must be really hard. How does that make you feel?")."""
        seen = self.sentences
        again: int | None = None
        for words in turn.sentence_words():
            i = seen.get(words) if len(words) >= _SENTENCE_WORDS else None
            if i is not None:
                again = i if again is None else min(again, i)
            elif len(words) > _FRAGMENT_WORDS:
                return None  # a sentence of its own: something new
        return again

    def _frame(self, turn: _Turn, own: _Frame) -> _Frame | None:
        """The turn's own words without any word of theirs, and their prefix, if enough are
        left to be a template of the manager's (a short turn made mostly of their words is
        not one). With no word of theirs in it, ``own`` itself."""
        mine = self.employee.keys
        last = self.last_frame
        if last is not None and last[0] is turn and last[1] is own[0] and last[2] == len(mine):
            return last[3]
        theirs = [turn.keys[k] for k in turn.stem_keys if k in mine]
        if not theirs:
            found = own if len(own[0]) >= _FRAME_WORDS else None
        else:
            frame = own[0].difference(theirs)
            found = (frame, prefix_of(frame)) if len(frame) >= _FRAME_WORDS else None
        self.last_frame = (turn, own[0], len(mine), found)
        return found
