"""LangChain chat models behind the same interface (fake models from langchain-core)."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage
from pydantic import BaseModel

from simulator.conversation.llm import LLMPartner
from simulator.conversation.session import Session
from simulator.models import ModelError, get_model
from simulator.models.base import Message


class Mood(BaseModel):
    name: str
    mood: int


HELLO = [Message("system", "Be brief."), Message("user", "Hi")]


def test_stream_yields_langchain_chunks() -> None:
    """Text streams chunk by chunk from the LangChain model."""
    model = get_model(GenericFakeChatModel(messages=iter([AIMessage(content="It is fine now")])))
    chunks = list(model.stream(HELLO))
    assert len(chunks) > 1 and "".join(chunks) == "It is fine now"


@pytest.mark.parametrize(
    ("reply", "ok", "error_part"),
    [
        pytest.param('{"name": "Dana", "mood": 2}', True, None, id="valid"),
        pytest.param('{"name": "Dana"}', False, "mood", id="invalid"),
        pytest.param("no json here", False, "not valid JSON", id="not-json"),
    ],
)
def test_structured_by_prompt(reply: str, ok: bool, error_part: str | None) -> None:
    """JSON is asked for in the prompt and validated here, raw text kept."""
    model = get_model(FakeListChatModel(responses=[reply]))
    result = model.structured(HELLO, Mood)
    assert result.ok is ok and result.raw == reply and result.mode == "prompt"
    if error_part:
        assert error_part in (result.error or "")


def test_errors_become_model_errors() -> None:
    """A failing LangChain model raises a ModelError naming it."""
    model = get_model(FakeListChatModel(responses=["x"], error_on_chunk_number=0))
    with pytest.raises(ModelError, match="FakeListChatModel"):
        list(model.stream(HELLO))


def test_partner_runs_on_a_langchain_model(test_persona) -> None:
    """The partner works unchanged on a LangChain model."""
    reply = "It's been a busy few weeks with the reports, honestly, but I'm managing."
    model = get_model(FakeListChatModel(responses=[reply]))
    session = Session(test_persona, LLMPartner(model))
    assert session.respond("How are things?") == reply
