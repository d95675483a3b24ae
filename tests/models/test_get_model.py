"""Choosing a provider by spec string, lazily, with errors that list the choices."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from simulator.models import ModelConfigError, get_model
from simulator.models.langchain_model import LangChainChatModel
from simulator.models.openai_model import OpenAIChatModel
from simulator.settings import Settings


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("gpt-4o-mini", "unknown model spec", id="no-provider"),
        pytest.param("anthropic:claude", "unknown model spec", id="unknown-provider"),
        pytest.param("scripted", "'scripted' is not a chat model", id="scripted"),
        pytest.param("openai:", "no model name given", id="empty-model"),
        pytest.param("langchain:nope_module:Chat", "cannot import 'nope_module'", id="lc-import"),
        pytest.param("langchain:json:Nope", "json has no 'Nope'", id="lc-attr"),
        pytest.param("langchain:json:JSONDecoder", "not a LangChain BaseChatModel", id="lc-type"),
        pytest.param("replay:/no/such/file.json", "--record", id="replay-missing"),
    ],
)
def test_bad_specs_explain_themselves(spec: str, message: str) -> None:
    """A wrong spec fails with a message naming the problem."""
    with pytest.raises((ModelConfigError, FileNotFoundError), match=message):
        get_model(spec)


def test_openai_spec_takes_settings() -> None:
    """Settings supply base URL, key and timeouts; explicit options win."""
    settings = Settings(_env_file=None, base_url="http://127.0.0.1:9/v1", timeout=7, max_retries=4)
    model = get_model("openai:llama3", settings=settings)
    assert isinstance(model, OpenAIChatModel)
    assert model.describe() == "openai:llama3 at http://127.0.0.1:9/v1"
    assert (model.policy.timeout, model.policy.max_retries) == (7, 4)
    override = get_model("openai:llama3", settings=settings, max_retries=0)
    assert override.policy.max_retries == 0


def test_langchain_spec_builds_the_class_with_options() -> None:
    """langchain:MODULE:CLASS is imported and built with the keyword options."""
    model = get_model(
        "langchain:langchain_core.language_models.fake_chat_models:FakeListChatModel",
        responses=["hi"],
    )
    assert isinstance(model, LangChainChatModel)
    assert model.name.startswith("langchain:")


def test_langchain_instance_is_wrapped() -> None:
    """A BaseChatModel built in Python is accepted as it is."""
    model = get_model(FakeListChatModel(responses=["hi"]))
    assert isinstance(model, LangChainChatModel)


def test_chat_model_object_passes_through(fake_model) -> None:
    """Anything that already implements ChatModel is returned unchanged."""
    fake = fake_model(["x"])
    assert get_model(fake) is fake


def test_azure_needs_its_settings() -> None:
    """azure: without an endpoint says which variables to set."""
    with pytest.raises(ModelConfigError, match="AZURE_OPENAI_ENDPOINT"):
        get_model("azure:my-deployment", api_key="k")
