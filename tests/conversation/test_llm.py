"""The LLM partner: what reaches the prompt, how replies stream, and how guards hold the role."""

from __future__ import annotations

import json

import pytest

from simulator.content.personas import Persona
from simulator.content.transcript import Turn
from simulator.conversation.engine import Engine, Outcome, Reaction, State
from simulator.conversation.llm import (
    HOLD_CHARS,
    OPEN_WORDS,
    LLMPartner,
    ReplyGuard,
    ReplyRejected,
    build_messages,
    build_partner,
    find_break,
)
from simulator.conversation.scripted import ScriptedPartner
from simulator.conversation.session import Session
from simulator.models import ModelUnreachable
from simulator.moves.assessment import assess
from simulator.settings import Settings

# Marker words of the test persona's layers (tests/fixtures/llm/persona.yaml).
LAYER_WORDS = {"workload": "harbour", "sister": "violin", "lighthouse": "lighthouse"}
NEED_WORDS = {"deadline-shift": "by a week"}
OPEN = "How are things going with the reports? What's been happening?"
REFLECT = "It sounds like you've been carrying a lot on your own lately."
RESOURCES = "What would help you most right now? What support do you need?"


def outcome(reaction: Reaction = Reaction.GUARDED, **kw: object) -> Outcome:
    return Outcome(
        turn=1, moves=(), trust_delta=0, stress_delta=0, reaction=reaction, reasons=(), **kw
    )


def all_text(messages) -> str:
    return "\n".join(m.content for m in messages).lower()


@pytest.mark.parametrize(
    ("disclosed", "needs"),
    [
        pytest.param([], [], id="nothing-disclosed"),
        pytest.param(["workload"], [], id="surface-only"),
        pytest.param(["workload", "sister"], [], id="two-layers"),
        pytest.param(["workload"], ["deadline-shift"], id="layer-and-need"),
    ],
)
def test_locked_layers_never_reach_the_prompt(
    test_persona: Persona, disclosed: list[str], needs: list[str], fake_model
) -> None:
    """Only disclosed layers and surfaced needs are in the messages sent to the model."""
    fake = fake_model(["It's fine."])
    partner = LLMPartner(fake)
    state = State(trust=5, stress=5, disclosed=disclosed, needs_surfaced=needs)
    history = [
        Turn(speaker="employee", text=test_persona.opening_line),
        Turn(speaker="manager", text=OPEN),
    ]
    "".join(partner.reply(test_persona, state, outcome(Reaction.ELABORATE), history))
    sent = all_text(fake.calls[0])
    for layer, word in LAYER_WORDS.items():
        assert (word in sent) is (layer in disclosed), f"{layer}: {word!r}"
    for need, words in NEED_WORDS.items():
        assert (words in sent) is (need in needs), need
    for layer in test_persona.layers:
        if layer.id not in disclosed:
            for line in layer.lines:
                assert line.lower() not in sent


def test_engine_driven_session_keeps_locked_layers_out(test_persona: Persona, fake_model) -> None:
    """Across a real session the prompt grows only as the engine unlocks layers."""
    fake = fake_model(["Okay.", "It's a lot.", "Maybe."])
    session = Session(test_persona, LLMPartner(fake))
    for text in (OPEN, REFLECT, RESOURCES):
        session.respond(text)
    disclosed = session.engine.state.disclosed
    assert "lighthouse" not in disclosed
    for call in fake.calls:
        assert "lighthouse" not in all_text(call)
    assert "harbour" in all_text(fake.calls[-1])


def test_prompt_carries_state_reaction_and_gist(test_persona: Persona) -> None:
    """The system prompt holds trust, stress, the reaction's guidance and the scripted gist."""
    state = State(trust=6.0, stress=8.5, disclosed=["workload"])
    messages = build_messages(
        test_persona,
        state,
        outcome(Reaction.DISCLOSE, layer="workload"),
        [Turn(speaker="manager", text=OPEN)],
        gist="GIST LINE",
    )
    system = messages[0].content
    assert "trust in your manager 6/10" in system
    assert "stress 8.5/10" in system
    assert "for the first time" in system and "harbour project slipped" in system
    assert '"GIST LINE"' in system
    assert "40 words" in system
    assert [m.role for m in messages] == ["system", "user"]


def test_history_maps_speakers_to_roles(test_persona: Persona) -> None:
    """Manager turns are user messages, employee turns assistant; repeats are merged."""
    history = [
        Turn(speaker="employee", text="a"),
        Turn(speaker="manager", text="b"),
        Turn(speaker="manager", text="c"),
    ]
    messages = build_messages(test_persona, State(3, 6), outcome(), history, gist="g")
    assert [(m.role, m.content) for m in messages[1:]] == [("assistant", "a"), ("user", "b\nc")]


# --- guards ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("As an AI, I don't have feelings.", "spoke as an AI", id="as-an-ai"),
        pytest.param("Well, as an A.I. I cannot say.", "spoke as an AI", id="a-dot-i"),
        pytest.param("I'm just a language model.", "spoke as an AI", id="language-model"),
        pytest.param(
            "My instructions say to stay vague.", "talked about its instructions", id="instructions"
        ),
        pytest.param(
            "Honestly my trust is 4/10 right now.",
            "talked about its instructions",
            id="state-numbers",
        ),
        pytest.param(
            "Staying in character here: fine.", "talked about its instructions", id="in-character"
        ),
        pytest.param(
            "Good move. Try asking me about my week.", "coached the manager", id="try-asking"
        ),
        pytest.param("That was active listening, nice.", "coached the manager", id="technique"),
        pytest.param("A good manager would ask more.", "coached the manager", id="good-manager"),
    ],
)
def test_find_break_names_the_reason(text: str, reason: str) -> None:
    """Each way of stepping out of role is recognised and named."""
    found = find_break(text)
    assert found is not None and found[0] == reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I've been told I should ask for help.", id="told-is-fine"),
        pytest.param("We're shipping an AI feature next month.", id="ai-topic"),
        pytest.param("The model run failed twice, the language in the spec is vague.", id="model"),
        pytest.param("It's fine. I'll get it done.", id="plain"),
    ],
)
def test_find_break_leaves_ordinary_speech_alone(text: str) -> None:
    """Everyday words near the banned phrases are not flagged."""
    assert find_break(text) is None


def run_guard(persona: Persona, chunks: list[str]) -> tuple[list[str], ReplyGuard]:
    guard = ReplyGuard(persona)
    shown = []
    for chunk in chunks:
        out = guard.feed(chunk)
        if out:
            shown.append(out)
        if guard.ended:
            break
    tail = guard.finish()
    if tail:
        shown.append(tail)
    return shown, guard


def words(text: str, size: int = 3) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        pytest.param("It's fine. I'm handling it.", "It's fine. I'm handling it.", id="clean"),
        pytest.param("Dana: It's fine.", "It's fine.", id="name-label"),
        pytest.param("**Dana Brooks:** It's fine.", "It's fine.", id="bold-full-name"),
        pytest.param('"It\'s fine, really."', "It's fine, really.", id="wrapping-quotes"),
        pytest.param("It's fine.\nManager: Are you sure?", "It's fine.", id="stops-at-manager"),
        pytest.param(
            "It's fine, I'm handling it, thanks for asking. Honestly, as an AI I can't tire.",
            "It's fine, I'm handling it, thanks for asking.",
            id="late-break-cut",
        ),
        pytest.param("I'm fine", "I'm fine", id="no-final-punctuation"),
    ],
)
def test_guard_shows_only_what_passes(test_persona: Persona, raw: str, shown: str) -> None:
    """Labels, quotes and the manager's line are trimmed; late breaks are cut before display."""
    out, guard = run_guard(test_persona, words(raw))
    assert "".join(out) == shown
    assert guard.final == shown


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param("As an AI language model, I can't do that.", "spoke as an AI", id="ai"),
        pytest.param("Great! Try asking me about my workload.", "coached the manager", id="coach"),
        pytest.param(
            "Sure! As an AI, I can play Dana for you.", "spoke as an AI", id="short-opener-then-ai"
        ),
        pytest.param("", "was empty", id="empty"),
        pytest.param("Manager: so what now", "was empty", id="only-manager-line"),
    ],
)
def test_guard_rejects_a_bad_start(test_persona: Persona, raw: str, reason: str) -> None:
    """A break in the first sentence rejects the attempt before anything is shown."""
    guard = ReplyGuard(test_persona)
    with pytest.raises(ReplyRejected, match=reason):
        for chunk in words(raw) or [""]:
            assert guard.feed(chunk) == ""
        guard.finish()
    assert guard.final == ""


def test_guard_streams_after_the_opening_words(test_persona: Persona) -> None:
    """Nothing shows before OPEN_WORDS words have passed; then checked sentences show whole
    and other text flows HOLD_CHARS behind."""
    guard = ReplyGuard(test_persona)
    assert guard.feed("Sure. It's been a really") == ""
    assert guard.feed(" long week") == ""
    first = guard.feed(", honestly. Three reports")
    assert len(first.split()) <= OPEN_WORDS
    assert first == "Sure. It's been a really long week, honestly."
    more = guard.feed(" landed on me and then some" + "x" * HOLD_CHARS)
    assert more == " Three reports landed on me and then some"
    assert len(guard.text) - guard.emitted == HOLD_CHARS


def test_over_limit_mid_sentence_trails_off(test_persona: Persona) -> None:
    """Running past max_words after text was shown stops at the limit with an ellipsis."""
    opener = "It's fine, really, I'm handling it all okay. "
    out, guard = run_guard(test_persona, words(opener + "I keep going " + "and going " * 30))
    text = "".join(out)
    assert text.startswith(opener + "I keep going")
    assert len(text.split()) == test_persona.style.max_words
    assert text.endswith("…")
    assert guard.cut_reason == "ran past 40 words"


def test_over_limit_within_the_held_tail_ends_at_a_sentence(test_persona: Persona) -> None:
    """When the limit falls in text not yet shown, the reply ends at the last full sentence."""
    reply = "It's fine. " + "word " * 30 + "end. More words here than we allowed for, sorry."
    out, _ = run_guard(test_persona, [reply])
    assert "".join(out) == "It's fine. " + "word " * 30 + "end."


def test_cut_mid_sentence_trails_off(test_persona: Persona) -> None:
    """A break after part of a sentence was shown ends the reply with an ellipsis."""
    long_sentence = "I keep thinking I can catch up on the weekend and then I never "
    opener = "Fine, thanks for asking about it today, really. "
    chunks = [opener, long_sentence, "do, as an AI I mean."]
    out, guard = run_guard(test_persona, chunks)
    text = "".join(out)
    assert text.startswith(opener + "I keep thinking")
    assert text.endswith("…")
    assert "AI" not in text
    assert guard.cut_reason == "spoke as an AI"


# --- the partner ------------------------------------------------------------------------------


def play(partner, persona: Persona, text: str = OPEN) -> tuple[list[str], Session]:
    session = Session(persona, partner)
    return list(session.say(text)), session


def test_reply_streams_in_several_chunks(test_persona: Persona, fake_model) -> None:
    """A good reply reaches the caller in several chunks that join to the whole reply."""
    reply = (
        "Honestly, the harbour project slipped and it all piled up. Three reports landed on me "
        "at once, and the month-end numbers came in late too. I keep thinking I can catch up."
    )
    fake = fake_model([reply])
    chunks, session = play(LLMPartner(fake), test_persona)
    assert len(chunks) > 3
    assert "".join(chunks) == reply
    assert session.turns[-1].text == reply


@pytest.mark.parametrize(
    ("replies", "problems", "fallback"),
    [
        pytest.param(
            ["As an AI, I have no workload.", "It's been a lot, honestly."],
            ["spoke as an AI", None],
            False,
            id="retried-once-then-ok",
        ),
        pytest.param(
            ["As an AI, I have no workload.", "Great question! Try asking me more."],
            ["spoke as an AI", "coached the manager"],
            True,
            id="twice-bad-falls-back-to-script",
        ),
        pytest.param(["", ""], ["was empty", "was empty"], True, id="empty-replies"),
    ],
)
def test_bad_replies_are_retried_once_then_scripted(
    test_persona: Persona, fake_model, replies: list[str], problems: list, fallback: bool
) -> None:
    """A broken reply is retried with the reason in the prompt; a second failure uses the
    scripted line for the turn."""
    fake = fake_model(list(replies))
    partner = LLMPartner(fake)
    chunks, _ = play(partner, test_persona)
    assert [a.problem for a in partner.audit.attempts] == problems
    assert partner.audit.fallback is fallback
    if fallback:
        expected = ScriptedPartner(0).line_for(
            test_persona, Engine(test_persona).state, _first_outcome(test_persona)
        )
        assert "".join(chunks) == expected
    else:
        assert "".join(chunks) == replies[-1]
    retry_prompt = fake.calls[1][0].content
    assert f"rejected because it {problems[0]}" in retry_prompt


def _first_outcome(persona: Persona) -> Outcome:
    engine = Engine(persona)
    history = [("employee", persona.opening_line)]
    return engine.step(assess(OPEN, history), OPEN, history)


def test_long_reply_is_cut_and_the_stream_closed(test_persona: Persona, fake_model) -> None:
    """Past max_words the reply ends at a sentence and the model's stream is closed."""
    fake = fake_model(["It's fine. " + "I keep going on and on. " * 30])
    chunks, _ = play(LLMPartner(fake), test_persona)
    text = "".join(chunks)
    assert len(text.split()) <= test_persona.style.max_words
    assert text.endswith(".")
    assert fake.closed == 1


def test_model_error_is_raised_and_the_session_rolls_back(
    test_persona: Persona, fake_model
) -> None:
    """An unreachable server surfaces as ModelUnreachable; the turn can be retried."""
    fake = fake_model([ModelUnreachable("cannot reach http://127.0.0.1:9/v1"), "Okay."])
    session = Session(test_persona, LLMPartner(fake))
    with pytest.raises(ModelUnreachable):
        session.respond(OPEN)
    assert len(session.turns) == 1
    assert session.respond(OPEN) == "Okay."


def test_model_error_can_fall_back_to_script(test_persona: Persona, fake_model) -> None:
    """With on_error='scripted' a dead model gives the authored line instead."""
    fake = fake_model([ModelUnreachable("down")])
    partner = LLMPartner(fake, on_error="scripted")
    chunks, _ = play(partner, test_persona)
    assert "".join(chunks)
    assert partner.audit.fallback


def test_label_names_the_model(fake_model) -> None:
    """The partner's label is the model's description, for the UI and the transcript."""
    assert LLMPartner(fake_model([])).label == "fake:model (fake)"


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        pytest.param("scripted", ScriptedPartner, id="scripted"),
        pytest.param("openai:llama3", LLMPartner, id="openai"),
    ],
)
def test_build_partner(spec: str, kind: type) -> None:
    """build_partner turns a spec (or the settings' default) into a Partner."""
    settings = Settings(_env_file=None, partner_model=spec, base_url="http://127.0.0.1:9/v1")
    partner = build_partner(settings)
    assert isinstance(partner, kind)
    if kind is LLMPartner:
        assert partner.label == "openai:llama3 at http://127.0.0.1:9/v1"


# --- recorded against llama.cpp serving SmolLM2-135M ------------------------------------------


def test_partner_turn_streams_from_recorded_server(test_persona: Persona, llm_cassette) -> None:
    """A real model's reply (recorded) streams through the openai provider and the guards:
    several chunks, within the word limit, and no locked layer in any request sent."""
    cassette = llm_cassette("partner_turn")
    partner = LLMPartner(cassette.openai_model(), temperature=0.7)
    session = Session(test_persona, partner)
    chunks = list(session.say(OPEN))
    text = "".join(chunks)
    assert text.strip()
    assert len(chunks) > 1
    assert len(text.split()) <= test_persona.style.max_words
    assert find_break(text) is None
    assert session.engine.state.disclosed == ["workload"]
    requests = json.dumps([i["request"] for i in cassette.transport.cassette.interactions])
    assert "violin" not in requests and "lighthouse" not in requests
    assert "harbour" in requests
