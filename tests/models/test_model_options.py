"""Settings from REHEARSE_* variables, and the labels the UI and CLI show."""

from __future__ import annotations

import pytest

from simulator.settings import Settings, describe_spec


def settings(**kw: object) -> Settings:
    return Settings(_env_file=None, **kw)


def test_defaults_are_scripted_and_no_judge() -> None:
    """With nothing set the partner is scripted and there is no judge."""
    s = settings()
    assert (s.partner_model, s.judge_model, s.base_url) == ("scripted", None, None)
    assert s.describe("partner") == "scripted partner"
    assert s.describe("judge") == "no judge"


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        pytest.param(
            {"REHEARSE_PARTNER_MODEL": "openai:m"}, "partner_model", "openai:m", id="partner"
        ),
        pytest.param({"REHEARSE_JUDGE_MODEL": "openai:j"}, "judge_model", "openai:j", id="judge"),
        pytest.param(
            {"REHEARSE_BASE_URL": "http://127.0.0.1:1/v1"},
            "base_url",
            "http://127.0.0.1:1/v1",
            id="base-url",
        ),
        pytest.param(
            {"OPENAI_BASE_URL": "http://127.0.0.1:2/v1"},
            "base_url",
            "http://127.0.0.1:2/v1",
            id="openai-base-url",
        ),
        pytest.param({"REHEARSE_TIMEOUT": "5"}, "timeout", 5.0, id="timeout"),
        pytest.param({"REHEARSE_MAX_RETRIES": "0"}, "max_retries", 0, id="retries"),
        pytest.param({"REHEARSE_JUDGE_MODEL": ""}, "judge_model", None, id="blank-judge-is-none"),
        pytest.param(
            {"REHEARSE_PARTNER_MODEL": " "}, "partner_model", "scripted", id="blank-partner"
        ),
    ],
)
def test_environment(monkeypatch: pytest.MonkeyPatch, env: dict, field: str, value: object) -> None:
    """Each REHEARSE_ variable (and OPENAI_BASE_URL) lands in its field."""
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert getattr(settings(), field) == value


def test_rehearse_base_url_wins_over_openai(monkeypatch: pytest.MonkeyPatch) -> None:
    """REHEARSE_BASE_URL is preferred when both are set."""
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:2/v1")
    monkeypatch.setenv("REHEARSE_BASE_URL", "http://127.0.0.1:1/v1")
    assert settings().base_url == "http://127.0.0.1:1/v1"


def test_api_key_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is read from OPENAI_API_KEY but never shown in reprs or labels."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-very-secret")
    s = settings(partner_model="openai:m")
    assert "sk-very-secret" not in repr(s) and "sk-very-secret" not in s.describe()
    assert s.model_options("openai:m")["api_key"] == "sk-very-secret"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param({"timeout": 0}, "greater than 0", id="zero-timeout"),
        pytest.param({"judge_samples": 0}, "greater than or equal to 1", id="no-samples"),
        pytest.param({"structured_mode": "xml"}, "auto", id="mode"),
    ],
)
def test_invalid_values_are_rejected(value: dict, message: str) -> None:
    """Out-of-range settings fail validation with pydantic's message."""
    with pytest.raises(ValueError, match=message):
        settings(**value)


@pytest.mark.parametrize(
    ("spec", "base_url", "label"),
    [
        pytest.param(
            "openai:gpt-4o-mini",
            "http://127.0.0.1:8080/v1/",
            "openai:gpt-4o-mini at http://127.0.0.1:8080/v1",
            id="local-server",
        ),
        pytest.param("openai:gpt-4o-mini", None, "openai:gpt-4o-mini", id="openai"),
        pytest.param(
            "local:", None, "local:SmolLM2-135M-Instruct (in-process)", id="local-default"
        ),
        pytest.param("local:/m/q.gguf", None, "local:q.gguf (in-process)", id="local-path"),
        pytest.param(
            "replay:tests/fixtures/llm/judge.json", None, "replay of judge.json", id="replay"
        ),
        pytest.param(
            "langchain:langchain_ollama:ChatOllama",
            None,
            "langchain:langchain_ollama:ChatOllama",
            id="lc",
        ),
    ],
)
def test_describe_spec(spec: str, base_url: str | None, label: str) -> None:
    """Labels say which model and where, built without contacting anything."""
    assert describe_spec(spec, base_url) == label


def test_model_options_per_provider() -> None:
    """Only options a provider takes are passed to it."""
    s = settings(base_url="http://127.0.0.1:1/v1", timeout=9)
    assert s.model_options("openai:m")["base_url"] == "http://127.0.0.1:1/v1"
    assert "base_url" not in s.model_options("langchain:a:B")
    assert s.model_options("local:") == {"total_timeout": 180.0}
