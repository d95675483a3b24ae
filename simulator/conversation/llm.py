"""An LLM voices the employee; the engine still decides what may be said.

Each turn the system prompt is rebuilt from the persona card and the engine's hidden state:
trust, stress, the reaction the engine chose, and only the layers in ``state.disclosed`` and
needs in ``state.needs_surfaced``. A layer the engine has not unlocked never enters the
prompt, so the model cannot leak it however it is asked. The scripted partner's line for the
turn is included as the gist to put into words, and is also the fallback.

Guards and streaming
--------------------
A reply must stay in role: no coaching the manager, no talk of instructions or prompts, no
"as an AI"/"language model", and no running past ``persona.style.max_words``. A streamed reply
can break a guard half-way, so :class:`ReplyGuard` works in two phases:

1. **Nothing is shown until the reply's first :data:`OPEN_WORDS` words have arrived and
   pass** (or the reply ends sooner). Role breaks overwhelmingly come first ("As an AI...",
   "Sure! As an AI...", "Great question! As your coach..."), and while nothing is shown the
   attempt can be thrown away: it is retried once with the reason added to the prompt, and
   if the retry also fails the scripted line is used instead.
2. **After that, text streams as it arrives**, token by token, except for a short tail
   (:data:`HOLD_CHARS`, longer than any banned phrase) held back so a banned phrase is never
   displayed; a checked sentence is shown whole as soon as it ends. If a banned phrase turns
   up later, the reply is cut before it, at the last sentence end not yet shown, or with an
   ellipsis: the employee trails off, which stays in character. The same applies to the
   word limit. The model's stream is closed at the cut, which tells the server to stop
   generating.

The opening buffer is counted in words rather than sentences so that short replies stream
too: with a one- or two-sentence reply, waiting for a sentence end would show it all at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation.engine import Outcome, Reaction, State
from simulator.conversation.scripted import Partner, ScriptedPartner, stream_words
from simulator.models import ChatModel, Message, ModelError, get_model
from simulator.prompts import keyed_lines, render
from simulator.settings import SCRIPTED, Settings, get_settings

HOLD_CHARS = 40
"""Characters held back while streaming: more than the longest banned phrase."""
OPEN_WORDS = 8
"""Words buffered and checked before anything is shown (about half a second of tokens)."""
HISTORY_TURNS = 24
"""Most recent turns sent to the model; older ones add cost, not much voice."""
STOP = ("Manager:",)
"""Where a model that starts writing the manager's line is stopped."""

# Each pattern is a way of stepping out of role; the reason is logged and fed back.
_BREAK_PATTERNS: dict[str, str] = {
    "spoke as an AI": (
        r"as an? (ai|a\.i|artificial intelligence|language model|chatbot|assistant)"
        r"|(i'?m|i am) (just |only )?an? (ai|language model|chatbot|virtual assistant|"
        r"ai assistant)|language model|large language model"
    ),
    "talked about its instructions": (
        r"system prompt|my (instructions|prompt|character notes)|these notes"
        r"|(i was|i've been|i have been) (instructed|told to (act|play|pretend))"
        r"|role-?play(ing)?|in character|out of character|my persona"
        r"|(trust|stress)( level| score)? (is |of |at |= ?|: ?)?\d+(\.\d+)? ?(/|out of) ?10"
    ),
    "coached the manager": (
        r"as (your|a) coach|open-ended questions?|active listening|try asking"
        r"|you (could|should|might) (try asking|ask me (about|whether|if)|reflect)"
        r"|a good manager (would|should)|your (questioning|coaching|listening) (technique"
        r"|skills?)|(here are|some) tips|feedback on (how you|your (approach|technique))"
    ),
}
_REASONS = list(_BREAK_PATTERNS)
# One alternation, one group per reason: a single scan per check instead of one per reason.
_BREAKS = re.compile(
    "|".join(rf"\b(?P<r{i}>{p})\b" for i, p in enumerate(_BREAK_PATTERNS.values())),
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
_TERMINAL = (".", "!", "?", "…", '"', "'", "”", "’", ")")


def find_break(text: str, start: int = 0) -> tuple[str, int] | None:
    """The first way ``text`` steps out of role, as ``(reason, position)``, or ``None``.

    ``start`` skips text already checked; word boundaries still see the character before it.
    """
    m = _BREAKS.search(text, start)
    if m is None:
        return None
    return _REASONS[int(m.lastgroup[1:])], m.start()  # type: ignore[index]


class ReplyRejected(Exception):
    """An attempt broke a guard before anything was shown; ``reason`` says how."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReplyGuard:
    """Turns a model's raw chunks into the text shown, enforcing the guards (see module doc).

    :meth:`feed` returns the text that may be shown now (possibly ``""``) and raises
    :class:`ReplyRejected` while nothing has been shown; :attr:`ended` turns true when the
    reply has been cut and the rest of the model's output should be dropped.
    """

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self.max_words = persona.style.max_words
        self.raw = ""
        self.text = ""
        self.emitted = 0
        self.opened = False
        self.ended = False
        self.cut_reason: str | None = None
        self._quoted = False
        self._checked = 0  # text before this has passed find_break
        names = {persona.name, persona.name.split()[0], "employee"}
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._label = re.compile(
            rf"^\s*(?:\*\*)?\s*(?:{alternatives})\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*", re.IGNORECASE
        )

    @property
    def final(self) -> str:
        """The text shown so far (all of it, once :meth:`finish` has run)."""
        return self.text[: self.emitted]

    def feed(self, chunk: str) -> str:
        """Take one chunk from the model; return what may be shown now."""
        if self.ended:
            return ""
        self.raw += chunk
        self.text += chunk
        return self._advance(final=False)

    def finish(self) -> str:
        """The model has stopped; return the rest, or raise if nothing passed."""
        if self.ended:
            return ""
        return self._advance(final=True)

    def _advance(self, *, final: bool) -> str:
        stop = min((i for s in STOP if (i := self.text.find(s)) >= 0), default=-1)
        if stop >= 0:
            # The model has started writing the manager's turn: the reply ends here.
            self.text = self.text[:stop]
            final = True
        if not self.opened:
            if not final and len(self.text.split()) < OPEN_WORDS:
                broken = find_break(self.text)
                if broken is not None:  # fail early: no need to hear the rest
                    raise ReplyRejected(broken[0])
                return ""  # keep buffering the opening words
            self._clean_start()
        # A banned phrase ending in the new text starts at most HOLD_CHARS before it.
        broken = find_break(self.text, max(0, self._checked - HOLD_CHARS) if self.opened else 0)
        self._checked = len(self.text)
        if broken is not None:
            reason, pos = broken
            if not self.opened:
                raise ReplyRejected(reason)
            return self._cut(pos, reason)
        over = self._word_limit_end()
        if over is not None:
            return self._cut(over, f"ran past {self.max_words} words")
        if final:
            self.text = self.text.rstrip()
            if self._quoted:
                self.text = self.text.rstrip('"”').rstrip()
        if not self.opened:
            if not self.text.strip():
                raise ReplyRejected("was empty")
            self.opened = True
        if final:
            self.ended = True
            upto = len(self.text)
        else:
            # Checked text up to a sentence end is safe to show at once: no banned phrase
            # spans a sentence end. Past it, hold back the tail a phrase could still start in.
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text, self.emitted)]
            upto = max(self.emitted, len(self.text) - HOLD_CHARS, *ends)
        out = self.text[self.emitted : upto]
        self.emitted = upto
        return out

    def _clean_start(self) -> None:
        """Drop a leading speaker label and opening quote (small models add them)."""
        text = self._label.sub("", self.text.lstrip(), count=1)
        unquoted = text.lstrip('"“ ')
        self._quoted = self._quoted or len(unquoted) < len(text.lstrip(" "))
        self.text = unquoted

    def _word_limit_end(self) -> int | None:
        """Where the ``max_words``-th word ends, if the text runs past it."""
        if len(self.text.split()) <= self.max_words:
            return None
        words = list(_WORD.finditer(self.text))
        return words[self.max_words - 1].end()

    def _cut(self, pos: int, reason: str) -> str:
        """End the reply before ``pos``: at a sentence end if one is still unshown."""
        self.cut_reason = reason
        self.ended = True
        pos = max(pos, self.emitted)
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text[:pos] + " ")]
        ends = [e for e in ends if e >= self.emitted and e <= pos]
        if ends:
            kept = self.text[: ends[-1]].rstrip()
        else:
            kept = self.text[:pos].rstrip(" ,;:-—")
            if not kept.endswith(_TERMINAL):
                kept += "…"
        out = kept[self.emitted :] if len(kept) > self.emitted else ""
        self.text = self.text[: self.emitted] + out
        self.emitted = len(self.text)
        return out


# --- prompt ------------------------------------------------------------------------------------


def _trust_feeling(trust: float) -> str:
    if trust < 3:
        return "you do not trust your manager with anything personal"
    if trust < 5:
        return "you are wary of your manager"
    if trust < 7:
        return "you trust your manager a little"
    if trust < 9:
        return "you trust your manager"
    return "you trust your manager completely"


def _stress_feeling(stress: float) -> str:
    if stress < 4:
        return "you are fairly calm"
    if stress < 7:
        return "you are tense"
    if stress < 9:
        return "you are very stressed"
    return "you are overwhelmed"


def shared_so_far(persona: Persona, state: State) -> str:
    """Bullet list of the disclosed layers and surfaced needs: nothing still locked."""
    lines = [f"- {persona.layer(layer_id).summary}" for layer_id in state.disclosed]
    needs = {n.id: n for n in persona.needs}
    lines += [f"- What would help: {needs[n].summary}" for n in state.needs_surfaced if n in needs]
    return "\n".join(lines) or "- Nothing personal yet, only the work itself."


def _topic(persona: Persona, outcome: Outcome) -> str:
    if outcome.layer is not None:
        return persona.layer(outcome.layer).summary
    if outcome.need is not None:
        return persona.need(outcome.need).summary
    r = outcome.reaction
    if r is Reaction.ELABORATE and outcome.about is not None:
        return persona.layer(outcome.about).summary
    if r is Reaction.ANSWER:
        return outcome.answer or ""
    if r is Reaction.CORRECTING:
        return outcome.correction or ""
    if r in (Reaction.PROPOSING, Reaction.COMMITTING):
        return outcome.proposal or persona.next_step.summary
    if r is Reaction.NOT_READY:
        return outcome.missing or ""
    return ""


def _guidance(persona: Persona, outcome: Outcome) -> str:
    """This turn's guidance; a fact asked alongside another reaction is answered too."""
    text = keyed_lines("partner_reactions.txt")[outcome.reaction.value]
    text = text.replace("$topic", _topic(persona, outcome)).strip()
    if outcome.answer and outcome.reaction is not Reaction.ANSWER:
        text += f"\nAlso answer their factual question truthfully, with only this: {outcome.answer}"
    return text


def system_prompt(
    persona: Persona, state: State, outcome: Outcome, gist: str, problem: str | None = None
) -> str:
    """The partner's system prompt for this turn (see the module doc for what it holds)."""
    reminder = render("partner_retry.txt", problem=problem, name=persona.name) if problem else ""
    return render(
        "partner_system.txt",
        name=persona.name,
        role=persona.role,
        public_context=persona.public_context,
        style=persona.style.description,
        max_words=persona.style.max_words,
        trust=f"{state.trust:g}",
        stress=f"{state.stress:g}",
        trust_feeling=_trust_feeling(state.trust),
        stress_feeling=_stress_feeling(state.stress),
        shared=shared_so_far(persona, state),
        guidance=_guidance(persona, outcome),
        gist=gist,
        reminder=reminder.rstrip(),
    )


def build_messages(
    persona: Persona,
    state: State,
    outcome: Outcome,
    history: Sequence[Turn],
    *,
    gist: str,
    problem: str | None = None,
) -> list[Message]:
    """System prompt, then the conversation: manager as ``user``, employee as ``assistant``."""
    messages = [Message("system", system_prompt(persona, state, outcome, gist, problem))]
    for turn in list(history)[-HISTORY_TURNS:]:
        role: Literal["user", "assistant"] = "user" if turn.speaker == "manager" else "assistant"
        if messages[-1].role == role:  # some chat templates reject two in a row
            messages[-1] = Message(role, f"{messages[-1].content}\n{turn.text}")
        else:
            messages.append(Message(role, turn.text))
    return messages


# --- partner -----------------------------------------------------------------------------------


@dataclass
class Attempt:
    """One try at a reply: what the model said and why it was rejected or cut, if it was."""

    raw: str
    shown: str = ""
    problem: str | None = None
    cut: str | None = None


@dataclass
class ReplyAudit:
    """How the last reply came about, for tests, logs and the coach view."""

    messages: list[Message] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    fallback: bool = False


class LLMPartner:
    """A :class:`~simulator.conversation.scripted.Partner` whose words come from a chat model."""

    def __init__(
        self,
        model: ChatModel,
        *,
        temperature: float = 0.7,
        seed: int | None = 0,
        retries: int = 1,
        on_error: Literal["raise", "scripted"] = "raise",
        max_tokens: int | None = None,
    ) -> None:
        self.model = model
        self.max_tokens = max_tokens
        self.label = model.describe()
        self.temperature = temperature
        self.retries = retries
        self.on_error = on_error
        self.scripted = ScriptedPartner(seed)
        self.audit = ReplyAudit()

    @property
    def used(self) -> set[str]:
        """Authored lines already used (shared with the fallback), so sessions can roll back."""
        return self.scripted.used

    @used.setter
    def used(self, value: set[str]) -> None:
        self.scripted.used = value

    def reply(
        self, persona: Persona, state: State, outcome: Outcome, history: Sequence[Turn]
    ) -> Iterator[str]:
        """Stream the employee's reply; see the module doc for how guards and streaming meet."""
        gist = self.scripted.line_for(persona, state, outcome)
        self.audit = audit = ReplyAudit()
        problem: str | None = None
        for _ in range(1 + self.retries):
            messages = build_messages(persona, state, outcome, history, gist=gist, problem=problem)
            audit.messages = messages
            guard = ReplyGuard(persona)
            attempt = Attempt(raw="")
            audit.attempts.append(attempt)
            stream = self.model.stream(
                messages,
                # Words run ~1.3 tokens; the guard closes the stream at the word limit anyway.
                max_tokens=self.max_tokens or 2 * persona.style.max_words + 20,
                temperature=self.temperature,
                stop=STOP,
            )
            try:
                for chunk in stream:
                    out = guard.feed(chunk)
                    if out:
                        yield out
                    if guard.ended:
                        break
                tail = guard.finish()
                if tail:
                    yield tail
            except ReplyRejected as exc:
                problem = attempt.problem = exc.reason
                continue
            except ModelError:
                if guard.emitted or self.on_error == "raise":
                    raise
                break
            finally:
                attempt.raw, attempt.shown, attempt.cut = guard.raw, guard.final, guard.cut_reason
                _close(stream)
            return
        audit.fallback = True
        yield from stream_words(gist)


def _close(stream: Any) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()


def build_partner(
    spec: str | Settings | Any | None = None,
    *,
    settings: Settings | None = None,
    seed: int | None = 0,
    **opts: Any,
) -> Partner:
    """The partner named by ``spec`` (default: ``REHEARSE_PARTNER_MODEL``).

    ``scripted`` gives the :class:`ScriptedPartner`; any model spec, LangChain chat model or
    :class:`ChatModel` gives an :class:`LLMPartner`.
    """
    if isinstance(spec, Settings):
        settings, spec = spec, None
    settings = settings or get_settings()
    if spec is None:
        spec = settings.partner_model
    if spec == SCRIPTED:
        return ScriptedPartner(seed)
    model = get_model(spec, settings=settings if isinstance(spec, str) else None, **opts)
    return LLMPartner(model, temperature=settings.partner_temperature, seed=seed)
