"""One manager turn being scored: the trust and stress it earns or costs, and why.

The rules are documented in :mod:`simulator.conversation.engine`; this module holds the
effect of each kind of turn and the :class:`TurnScore` that applies them to the state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from simulator.content.personas import Persona
from simulator.conversation import _words
from simulator.conversation._allowances import (
    _ASKS,
    _CHEERS_HEARD,
    _EARN,
    _GUESSES_CORRECTED,
    _IMPLIED_HEARD,
    _OWN_STORIES,
    _OWNED_HEARD,
    _RECOGNITION_HEARD,
    _REHASH_OLD,
    _REHASHES_HEARD,
    _SAY_BACK_WORDS,
    _THIN_WORDS,
    BARE_SYMPATHY_GOOD,
    CLOSED_STRING,
    FORMULA_CAP,
    FORMULA_GAIN,
    HOLLOW_HEARD,
    JUDGMENT_COST,
    MISREFLECTION_STRESS,
    REPEAT_COST,
    SETBACK,
    UNSOLICITED_ADVICE,
)
from simulator.conversation._asking import rationed
from simulator.conversation._change import Change
from simulator.conversation._detours import detour
from simulator.conversation._heard import concrete_kindness, specific_praise
from simulator.conversation._made_up import made_up_name, wrong_feeling
from simulator.conversation._quoted import only_quoted, words_put_in_mouth
from simulator.conversation._said_back import fragment_of, said_back
from simulator.moves import (
    AMPLIFIED_HEARD,
    ECHO_SHARE,
    ECHOES_HEARD,
    SLOTS_HEARD,
    STALES_HEARD,
    named_things,
    names_a_feeling,
)
from simulator.moves.assessment import Assessment, Speaker
from simulator.moves.vocabulary import CHECKLIST_MOVES, Move

if TYPE_CHECKING:
    from simulator.conversation.engine import State


class EngineView(Protocol):
    """What a turn reads from the engine."""

    persona: Persona
    state: State
    name: str
    forgive: float
    cap: float
    context: frozenset[str]
    truth: frozenset[str]


class TurnScore:
    """One manager turn being scored: the changes it makes and what kind of turn it is."""

    def __init__(
        self, engine: EngineView, a: Assessment, text: str, history: Sequence[tuple[Speaker, str]]
    ) -> None:
        self.e, self.a, self.text = engine, a, text
        self.moves = a.moves
        self.stems = _words.stems(text)
        self.content = _words.content_stems(text)
        self.history = history
        self.changes: list[Change] = []
        self.triggers: list[str] = []
        self.gain = self.loss = self.stress = 0.0
        self.repeat = a.repeat_of is not None
        st = engine.state
        if self.repeat and Move.NEXT_STEP in a.moves and st.asked_step_at != st.progress():
            # "What's the next step?" again after more has come out is a fair question.
            self.repeat = False
        self.repeat_cost = False
        self.wrong = a.misreflection
        if self.wrong is not None and len(self.wrong.split()) > _SAY_BACK_WORDS:
            # The assessment names the whole clause ("your divorce is weighing on you"); the
            # employee says back only the thing made up ("Divorce? No.").
            self.wrong = _words.made_up_thing(self.wrong) or self.wrong
        self.guess, self.said = False, _words.said_stems(history)
        known = engine.truth | self.said
        if self.wrong is not None and _words.plausible_guess(self.wrong, known):
            # "A heavy couple of weeks" to someone visibly stretched is an empathic guess,
            # not a banana: no correction, and it counts as a reflection of what they implied.
            self.wrong, self.guess = None, True
        if self.wrong is None and Move.REFLECTION in a.moves and not a.grounded:
            # "So the moon has been difficult for you": a reflection of something that is
            # true of them neither in what they said nor in their story.
            self.wrong = _words.unknown_words(text, known)
        # "You said 'I keep waiting for someone to notice'" to one who never said it, "people
        # like you ...", "Liam's accounts went to you": words put in their mouth are corrected.
        put = words_put_in_mouth(text, self.said, a.swapped, self.wrong)
        if put_in_mouth := put is not None:
            self.wrong, self.guess = put, False
        life = a.unmentioned_life
        made_up = (
            self.wrong is None
            and life is not None
            and Move.REFLECTION in a.moves
            and _words.stem(life) not in engine.context
        )
        if made_up:
            # "So your sister's wedding plans have left you sidelined": their life outside
            # work, which neither they nor the situation mentioned, is made up however much
            # else of theirs the turn takes up ("Sister? No.").
            self.wrong = life
        elif self.wrong is None and Move.REFLECTION in a.moves:
            # "So the retry logic is really about the offsite in Lisbon": a place, person or
            # work event named from nowhere is made up the same way ("Lisbon? No.").
            self.wrong = made_up_name(text, known | engine.context)
            made_up = self.wrong is not None
        # "Excited? No. Exhausted.": a cheerful feeling they never expressed is corrected,
        # even in a reflection that names the right topic.
        cheerful = None
        if self.wrong is not None or Move.REFLECTION in a.moves or self.guess:
            cheerful = wrong_feeling(text, history)
            self.wrong = cheerful or self.wrong
            self.guess = self.guess and cheerful is None
        echoed = (
            Move.REFLECTION in a.moves
            and bool(a.grounding)
            and all(
                (said := _words.content_stems(g)) and said <= engine.state.misattributed
                for g in a.grounding
            )
        )
        if echoed and self.wrong is None:
            self.wrong = ", ".join(a.grounding)
        self.mis = self.wrong is not None and (
            not a.grounded or echoed or bool(cheerful) or made_up or put_in_mouth
        )
        # "Sorry" or "hard" taken up from their words are a formula's own words: no grounding.
        self.grounded = _words.real_grounding(a.grounding)
        self.kind, self.apology = _words.is_kindness(text), _words.is_apology(text)
        self.hostile = self.good = False
        self.heard = False  # a reflection that earned, or kindness for what they said (layers)
        self.owned = False  # an apology that shows they were heard (see _OWNED_HEARD)
        self.kindness = False  # kindness for what they said (_heard), decided in score()
        self.counted_hollow = False  # counted among the hollow turns (see _hollow)
        self.fact: str | None = None
        self.answer: str | None = None
        self.ignored: str | None = None
        # An offer of something they need ("I'll open Thursday blameless") proposes a step.
        self.offers = _words.is_offer(text) and bool(
            [n for n in engine.persona.needs if _words.matching_cue(self.stems, n.cues)]
        )
        self.proposes = not self.repeat and (
            Move.NEXT_STEP in a.moves
            or self.offers
            or (engine.state.proposal_pending and _words.is_agreement(text))
        )

    def _rehash(self) -> bool:
        """Whether the turn mostly says back what earlier turns already said back: at least
        :data:`_REHASH_OLD` of its grounding words taken up before, twice as many as new ones."""
        taken = self.e.state.taken_up
        old = sum(g in taken for g in self.a.grounding)
        return old >= _REHASH_OLD and old >= 2 * (len(self.a.grounding) - old)

    def _hollow(self) -> int:
        """Count this turn among the hollow ones (once, whatever kinds it holds) and return how
        many there have been. Called last in each allowance's condition, so a turn already past
        its own kind's allowance does not also use up the shared one."""
        if not self.counted_hollow:
            self.counted_hollow = True
            self.e.state.hollow += 1
        return self.e.state.hollow

    def _of_theirs(self) -> bool:
        """Whether the turn names a thing known of them: said, or true of their situation."""
        known = self.said | self.e.truth | self.e.context
        return any(_words.stem(w) in known for w in named_things(self.text))

    def _thin(self) -> bool:
        """Whether the turn takes up a word or two of theirs (formula words aside) inside things
        neither they nor their story ever mentioned."""
        if len(_words.grounding_words(self.a.grounding)) > _THIN_WORDS:
            return False
        return len(_words.untold(self.content, self.said | self.e.truth)) >= _THIN_WORDS

    @property
    def last_said(self) -> str:
        """Their last line before this turn."""
        return next((said for who, said in reversed(self.history) if who == "employee"), "")

    def _said_back(self) -> float:
        """How much of the turn says their last line back with only "I" turned to "you"."""
        return said_back(self.text, self.last_said)

    @property
    def net_trust(self) -> float:
        return (0.0 if self.hostile else min(self.gain, self.e.cap)) + self.loss

    @property
    def negative(self) -> bool:
        return self.hostile or self.net_trust < 0 or self.repeat_cost

    def _add(self, trust: float, stress: float, reason: str) -> None:
        if trust < 0:
            trust *= self.e.forgive
        self.gain += max(trust, 0.0)
        self.loss += min(trust, 0.0)
        self.stress += stress
        self.changes.append(Change(round(trust, 2), stress, reason))

    def note(self, reason: str) -> None:
        """Record why the turn earned nothing for something (no change to trust or stress)."""
        self._add(0.0, 0.0, reason)

    def _formula(self, reason: str) -> None:
        """A formula's small gain, until the conversation's formulas have earned their cap."""
        s = self.e.state
        gain = min(FORMULA_GAIN, FORMULA_CAP - s.formula_gain)
        s.formula_gain += gain
        self._add(gain, 0.0, reason)

    def score(self) -> None:
        e, s, a, name = self.e, self.e.state, self.a, self.e.name
        moves = set(self.moves)
        self._passed_over()
        for trig in e.persona.triggers:
            said = next(
                (ph for ph in trig.phrases if _words.phrase_in_context(self.text, ph)), None
            )
            if said is not None:
                self.hostile = True
                self.triggers.append(trig.id)
                s.triggers_hit.append((s.turn, trig.id, said))
                self._add(
                    trig.trust, trig.stress, f"'{said}' is a sore point for {name}: {trig.summary}"
                )
        blame = _words.blame(self.text)
        if Move.JUDGMENT in moves or a.disguised_judgment or blame:
            self.hostile = True
            cue = a.cues.get(Move.JUDGMENT, "") or (f"'{blame}'" if blame else "")
            how = "judgment dressed as listening" if a.disguised_judgment else "judgment"
            self._add(*JUDGMENT_COST, f"{name} heard {how}" + (f" ({cue})" if cue else ""))
        closed_only = moves == {Move.CLOSED_QUESTION}
        if closed_only and s.closed_only_last_turn:
            self._add(*CLOSED_STRING, f"another yes/no question: {name} feels interrogated")
        s.closed_only_last_turn = closed_only
        if self.hostile:
            s.hostile_turns += 1
            setback = SETBACK[e.persona.difficulty]
            s.good_since_disclosure = max(0, s.good_since_disclosure - setback)
            return
        if not self.repeat:
            s.repeat_streak = 0
        else:
            s.repeats.append(s.turn)
            s.repeat_streak += 1
            if s.repeat_streak >= 2:
                self.repeat_cost = True
                self._add(*REPEAT_COST, f"you have said that before; {name} feels unheard")
            else:
                self._add(0.0, 0.0, "a repeat of an earlier turn earns nothing")
            s.asks_in_row += bool(moves & _ASKS)  # a question again is still no hearing back
            return
        if self.mis:
            s.corrected += 1
            s.misattributed |= _words.content_stems(self.wrong or "")
            if s.corrected > _GUESSES_CORRECTED:
                # A third thing they never said: one wrong guess is part of listening, a
                # string of them shows the manager is not following, and what listening
                # built towards the next layer slips back.
                s.good_since_disclosure = max(0, s.good_since_disclosure - 1)
            what = f"it that way round ('{self.a.misreflection}')" if self.a.swapped else None
            what = what or f"anything like '{self.wrong}'"
            self._add(0.0, MISREFLECTION_STRESS, f"{name} never said {what}")
            return
        self._fact()
        self._earn(moves)
        s.taken_up.update(self.a.grounding)

    def _earn(self, moves: set[Move]) -> None:
        e, s, a, name = self.e, self.e.state, self.a, self.e.name
        said = f" ('{', '.join(a.grounding[:2])}')" if a.grounding else ""
        if a.formula_only:
            self._formula(f"a listening formula with nothing of {name}'s behind it")
            return
        s.slots += a.slotted
        s.amplified += a.amplified is not None
        big = a.amplified is not None and s.amplified > AMPLIFIED_HEARD
        # Their words from a reply before last said back, none of what they just said: going
        # back now and then is listening; as a habit the manager is a reply behind.
        s.stale += a.stale
        behind = a.stale and s.stale > STALES_HEARD
        if big or behind or (a.slotted and s.slots > SLOTS_HEARD):  # a habit: listening slips
            s.good_since_disclosure = max(0, s.good_since_disclosure - 1)
            why = (
                f"'{a.amplified}' is bigger than {name} put it"
                if big
                else "that answers what they said before, not what they just said"
                if behind
                else "a stock line again"
            )
            self._add(0.0, 0.0, f"{why}: {name} waits for yours")
            return
        if a.tells_own:
            s.own_stories += 1
            if s.own_stories > _OWN_STORIES:
                self._add(0.0, 0.0, f"another story of your own: {name} ends up listening to you")
                return
        if _words.cheers(self.text):
            # "Totally, three times, you're so right, absolutely valid!": agreeing with
            # everything is placating, not listening. A manager concedes a point now and then
            # ("you're right, I jumped ahead"); turn after turn it earns nothing.
            s.cheers += 1
            if s.cheers > _CHEERS_HEARD:
                self._add(0.0, 0.0, f"agreeing with everything: {name} hears nothing of yours")
                return
        if a.stuffed:
            # "I appreciate you, I want to support your wellbeing and agree a next step with the
            # resources you need": a turn packed with coaching words is a script recited; what
            # of theirs is in it is lost in it.
            self._add(0.0, 0.0, f"a turn packed with coaching words: {name} hears a script")
            return
        earned = 0
        if self.guess:
            moves = moves | {Move.REFLECTION}
        if a.checklist:
            # "What are your obstacles, what do you need, and what's the next step?": several
            # questions at once, wrapped in thanks or praise, read as a checklist, not
            # curiosity. They earn nothing; a reflection or kindness in the turn still counts.
            moves = moves - CHECKLIST_MOVES
            if not self.grounded:
                moves.discard(Move.SYMPATHY)  # "thank you for sharing" is the checklist's too
            self._add(0.0, 0.0, f"{a.asks} questions at once: a checklist, {name} answers one")
        if Move.REFLECTION in moves and self._rehash():
            # "So: your camera, the timeline, the config change, the muted alert...": what
            # they said, said back again and again. One summary is good listening; as a habit
            # it adds nothing, and they wait for something new.
            s.rehashes += 1
            if s.rehashes > _REHASHES_HEARD:
                moves = moves - {Move.REFLECTION}
                self._add(0.0, 0.0, f"all of that said back before: {name} waits for more")
        if Move.REFLECTION in moves and (
            a.says_back or self._said_back() >= ECHO_SHARE or fragment_of(self.text, self.last_said)
        ):
            # Their own sentence said back, or a word or two of it ("Exactly, staging! Yes!"),
            # and nothing else: a simple reflection works once or twice; as a habit it is an
            # echo, and they wait for something of yours.
            s.echoes += 1
            if s.echoes > ECHOES_HEARD or self._hollow() > HOLLOW_HEARD:
                moves = moves - {Move.REFLECTION}
                self._add(0.0, 0.0, f"their words said back again: {name} waits for yours")
        reflected = False
        if Move.REFLECTION in moves:
            if self.grounded and s.corrected >= _GUESSES_CORRECTED and self._thin():
                # "I hear you're worried your visa depends on this incident": a word of theirs
                # wrapped in a story they never told. After two corrections they hear another
                # guess, not their words; a reflection of more of theirs still earns.
                self._formula(f"a word of {name}'s inside another guess: they wait")
            elif self.grounded:
                self._add(*_EARN["reflection"], f"you reflected back {name}'s own words{said}")
                earned += 1
                reflected = True
                # Their words in quotation marks with a remark on how they were said ("you said
                # 'I don't know which' and stopped") were caught, not understood (see _quoted).
                self.heard = not only_quoted(self.text, self.said)
            elif (
                # "That must be so hard to carry", "that sounds like a lot to carry": sympathy
                # formulas, even as a plausible guess. A feeling of theirs is said to them ("you
                # sound worn out"), about something of theirs ("an invite called 'Team update'.
                # That must have stung") or in a reflection's form ("a heavy few weeks").
                Move.SYMPATHY not in moves or _words.about_them(self.text) or self._of_theirs()
            ) and (
                self.guess
                # A feeling pinned on things nobody mentioned ("annoyed that your car failed its
                # MOT") is a random guess, even if true: naming what they implied keeps to them.
                or (
                    names_a_feeling(self.text)
                    and not _words.brings_in(self.text, self.e.context | self.said)
                )
            ):
                # "You sound frustrated." "You sound exhausted." "You sound worried.": a guess
                # at how they feel works once or twice; a carousel of feelings is a formula.
                s.implied += 1
                if s.implied > _IMPLIED_HEARD or self._hollow() > HOLLOW_HEARD:
                    self._formula(f"another guess at how {name} feels: they wait for their words")
                else:
                    self._add(*_EARN["inferred_reflection"], f"you named a feeling {name} implied")
                    earned += 1
                    self.heard = not only_quoted(self.text, self.said)
            else:
                self._formula(f"a listening formula with nothing of {name}'s behind it")
        # Asked once: it breaks a run of questions and decides what the sympathy earns.
        kindness = self.kindness = concrete_kindness(self, moves)
        moves, follows = rationed(self, moves, reflected, kindness)
        # "So what you're saying is..." asks nothing; a bare "next step?" is no listening;
        # "What else?" is a formula unless the turn reflected something of theirs that earned
        # (not their words said back as a habit, nor a backchannel of theirs summarised).
        asked = _words.is_question(self.text) and Move.NEXT_STEP not in moves
        prompt_only = _words.is_formula_prompt(self.text) and not follows
        if away := Move.OPEN_QUESTION in moves and detour(self.text):
            self.note(f"a question about {away}, not what {name} said")
        if Move.OPEN_QUESTION in moves and asked and not (self.fact or prompt_only or away):
            how = f"a question that follows {name}'s words{said}" if self.grounded else ""
            self._add(*_EARN["open_question"], how or "an open question")
            earned += 1
        if Move.SYMPATHY in moves or self.kind:
            # Sympathy for nothing in particular ("that sounds hard", "I'm here for you") counts
            # fully only twice; after that it is a formula. Sympathy for what they said, and a
            # concrete permission ("go home, be with your dad"), always count; their words in a
            # validation formula ("no wonder, with X") are the formula's, not sympathy for X.
            self.heard = self.heard or kindness
            if kindness or (
                s.bare_sympathy < BARE_SYMPATHY_GOOD and self._hollow() <= HOLLOW_HEARD
            ):
                self._add(*_EARN["sympathy"], f"kindness towards what {name} is going through")
                earned += 1
                s.bare_sympathy += 0 if kindness else 1
            else:
                self._add(FORMULA_GAIN, 0.0, "the same sympathy formula again earns little")
        if Move.RECOGNITION in moves:
            # "You really care about X", turn after turn: the same praise wording again is a
            # formula however new the X, as the scorer counts it once; praise every turn too.
            cue = a.cues.get(Move.RECOGNITION, "")
            again = cue in s.praised
            flattery = s.recognised >= _RECOGNITION_HEARD
            specific = specific_praise(self, moves)
            s.praised.add(cue)
            if specific:
                s.recognised += 1
                self._add(*_EARN["recognition"], f"specific recognition of what {name} did")
                earned += 1
            else:
                why = "the same praise again" if again else "praise turn after turn"
                why = why if again or flattery else "generic praise"
                self._add(*_EARN["generic_recognition"], f"{why} earns little")
        if Move.RESOURCE_CHECK in moves:
            self._add(*_EARN["resource_check"], f"you asked what would help {name}")
            # Asking what would help builds trust; it is listening only about what they said.
            earned += self.grounded
        if self.apology:
            self._add(*_EARN["apology"], "you owned your part")
            earned += 1
            # Owning what the manager did to them answers what they went through, once, or
            # whenever it takes up what they said; as a habit it is a formula.
            s.apologies += 1
            self.owned = s.apologies <= _OWNED_HEARD or self.grounded
            self.heard = self.heard or self.owned
        early = len(s.disclosed) < min(2, len(e.persona.layers))
        if Move.ADVICE in moves and not self.kind and early:
            self._add(*UNSOLICITED_ADVICE, f"advice before {name} has said what is really going on")
        self.good = earned > 0 and self.net_trust > 0
        if self.good:
            s.good_turns += 1
            s.good_since_disclosure += 1
        s.heard_since_disclosure = s.heard_since_disclosure or self.heard

    def _fact(self) -> None:
        e, s = self.e, self.e.state
        closed = Move.CLOSED_QUESTION in self.moves
        if not e.persona.facts or not (_words.is_factual(self.text) or closed):
            return
        if self.proposes:
            return  # "...instead of the forecast call. Thursday?" proposes; it asks no fact
        for fact in e.persona.facts:
            if _words.matching_cue(self.stems, fact.topics) is not None:
                self.fact = fact.id
                self.answer = fact.open if s.trust >= fact.min_trust else fact.guarded
                s.facts_answered.append(fact.id)
                self._add(0.0, 0.0, f"a factual question: {e.name} answers it")
                return

    def _passed_over(self) -> None:
        """Record a disclosure the manager moved on from without taking any of it up."""
        s = self.e.state
        shared, s.last_shared = s.last_shared, None
        if shared is None:
            return
        last = self.last_said
        took_up = (
            Move.SYMPATHY in self.a.moves
            or self.kind
            or bool(self.content & _words.content_stems(last))
            or any(g.lower() in last.lower() for g in self.a.grounding)
        )
        if not took_up:
            self.ignored = shared
            s.ignored.append((s.turn, shared))
