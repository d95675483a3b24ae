"""End to end on the real wire: llama.cpp serving SmolLM2-135M, through the ``openai:`` provider.

Starts ``python -m llama_cpp.server`` on a free loopback port, plays three partner turns and
one judge call, and always stops the server. SmolLM2-135M is tiny, so the assertions are
about behaviour (streaming, guards, locked layers, scored-or-unscored-with-reason), never
about the quality of what it says.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator.content.catalog import get_rubric
from simulator.content.personas import Persona
from simulator.conversation.llm import LLMPartner, find_break
from simulator.conversation.session import Session
from simulator.judge._judge import Judge
from simulator.models import Message, get_model
from tests.support.llama_server import LlamaServer

pytestmark = [pytest.mark.slow, pytest.mark.live_model]

TURNS = (
    "How are things going with the reports? What's been happening?",
    "It sounds like you've been carrying a lot on your own lately.",
    "What would help you most right now? What support do you need?",
)


@pytest.fixture(scope="module")
def llama_server() -> Iterator[LlamaServer]:
    """A llama.cpp server with SmolLM2 on 127.0.0.1, stopped whatever happens."""
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError:
        pytest.fail(
            "llama-cpp-python[server] is not installed: pip install -e '.[local]' "
            "(the end-to-end test is part of `make test`, not optional)",
            pytrace=False,
        )
    server = LlamaServer(startup_timeout=180)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        assert server.process is None


def test_server_streams_tokens(llama_server: LlamaServer) -> None:
    """The openai provider streams a reply from the server in many small chunks."""
    model = get_model("openai:smollm2", base_url=llama_server.base_url, timeout=120)
    chunks = list(
        model.stream([Message("user", "Say hello in five words.")], max_tokens=16, temperature=0)
    )
    assert len(chunks) > 3
    assert "".join(chunks).strip()


def test_three_turns_and_a_judge_call(llama_server: LlamaServer, test_persona: Persona) -> None:
    """Three partner turns stream in role with no locked layer in any prompt, and the judge
    call returns every criterion scored (1-5, verbatim quotes) or unscored with a reason."""
    model = get_model(
        "openai:smollm2", base_url=llama_server.base_url, timeout=120, total_timeout=300
    )
    partner = LLMPartner(model, temperature=0.7)
    assert partner.label == f"openai:smollm2 at {llama_server.base_url}"
    session = Session(test_persona, partner)
    sent: list[str] = []
    for text in TURNS:
        chunks = list(session.say(text))
        reply = "".join(chunks)
        assert reply.strip() and len(chunks) > 1
        assert len(reply.split()) <= test_persona.style.max_words
        assert find_break(reply) is None
        sent += [m.content for m in partner.audit.messages]
        print(f"\nMANAGER:  {text}\nEMPLOYEE: {reply}")
        print(
            f"  [{session.last_outcome.reaction.value}; attempts: "
            f"{[a.problem or a.cut or 'ok' for a in partner.audit.attempts]}; "
            f"fallback: {partner.audit.fallback}]"
        )
    state = session.engine.state
    # The engine decides, not the model: a guarded persona opens the surface layer to a first
    # grounded question, and needs three more good turns before the next, so the deeper
    # layers' marker words never reach a prompt, whatever the model said in between.
    assert state.disclosed == ["workload"]
    prompts = "\n".join(sent).lower()
    assert "harbour" in prompts
    assert "violin" not in prompts
    assert "lighthouse" not in prompts

    transcript = session.transcript()
    result = Judge(model).rate(transcript, get_rubric("one-on-one"))
    assert result.samples[0].raw.strip()
    for c in result.criteria:
        assert c.source == "openai:smollm2"
        if c.score is None:
            assert c.unscored_reason
        else:
            assert c.score in (1, 2, 3, 4, 5)
            for ev in c.evidence:
                assert transcript.turns[ev.turn].speaker == "manager"
                assert ev.quote in transcript.turns[ev.turn].text
        print(
            f"  {c.id}: {c.score if c.score is not None else 'unscored'} "
            f"{c.unscored_reason or ''} {[e.quote for e in c.evidence]} {c.rationale!r}"
        )
    print(f"  dropped quotes: {result.samples[0].dropped_quotes}")
