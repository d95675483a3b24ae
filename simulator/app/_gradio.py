"""Gradio, imported only after telemetry is off, and the one type every handler returns.

Every app module imports ``gr`` from here rather than ``import gradio`` itself, so no import
order can let Gradio start before :func:`~simulator.app.privacy.disable_telemetry` runs.
"""

from __future__ import annotations

import copy
import threading
from typing import Any, cast

from simulator.app.privacy import disable_telemetry

disable_telemetry()

import gradio as gr  # noqa: E402  (telemetry must be off before gradio is imported)
from gradio.blocks import Block  # noqa: E402
from gradio.components.base import Component  # noqa: E402
from gradio.components.chatbot import MessageDict  # noqa: E402
from gradio.processing_utils import hash_file  # noqa: E402
from gradio.state_holder import SessionState  # noqa: E402

_plain_api_info = Component.api_info
_schemas: dict[type, dict[str, Any]] = {}
_schemas_lock = threading.Lock()


def _api_info_by_model(self: Component) -> dict[str, Any]:
    """Gradio's ``Component.api_info``, with the JSON schema kept per data model class.

    A handler that returns a component (``gr.DownloadButton(value=...)``, ``gr.Button(
    visible=...)``) makes Gradio build a fresh instance and its config for the session, and
    each fresh instance asked pydantic for its data model's JSON schema again: a fifth of
    Gradio's own work after a handler returned, on every reply and session end. The schema
    depends only on the data model, so it is built once; each instance gets its own copy,
    as before (callers may edit it).
    """
    cached: Any = self._api_info_cache  # Gradio types it None; it holds the schema once set
    if cached is not None:
        return cast(dict[str, Any], cached)
    model = self.data_model
    if not isinstance(model, type):
        return _plain_api_info(self)
    with _schemas_lock:
        schema = _schemas.get(model)
    if schema is None:
        schema = copy.deepcopy(_plain_api_info(self))
        with _schemas_lock:
            _schemas[model] = schema
    mine: Any = copy.deepcopy(schema)
    self._api_info_cache = mine
    return cast(dict[str, Any], mine)


Component.api_info = _api_info_by_model  # type: ignore[method-assign]

_plain_setitem = SessionState.__setitem__


def _replace_in_place(self: SessionState, key: int, value: Any) -> None:
    """Gradio's ``SessionState.__setitem__``, with a replacement component keeping the id of
    the component it replaces.

    A handler that changes a component's properties (``gr.Textbox(interactive=True)``,
    ``gr.update(visible=...)``) makes Gradio build a new instance for the session under the
    old id, but the instance carries a fresh id of its own. When that component is next an
    input, Gradio files the instance again under the fresh id, with a copy of its config:
    every run a tab started left the message box and the persona gallery (4 KB of config
    each) behind, for as long as the tab's state lived.
    """
    if isinstance(value, Block) and value._id != key and key in self.blocks_config.blocks:
        value._id = key
    _plain_setitem(self, key, value)


SessionState.__setitem__ = _replace_in_place  # type: ignore[method-assign]

Updates = dict[Block, Any]
"""What a handler returns: new values (or ``gr.update``-style components) keyed by the
component they go to. Gradio leaves every output the dict does not name unchanged."""

PRIVATE = "private"
"""``api_visibility`` for events the page uses but API clients must not call."""

__all__ = ["PRIVATE", "Block", "MessageDict", "Updates", "gr", "hash_file"]
