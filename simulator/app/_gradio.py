"""Gradio, imported only after telemetry is off, and the one type every handler returns.

Every app module imports ``gr`` from here rather than ``import gradio`` itself, so no import
order can let Gradio start before :func:`~simulator.app.privacy.disable_telemetry` runs.
"""

from __future__ import annotations

from typing import Any

from simulator.app.privacy import disable_telemetry

disable_telemetry()

import gradio as gr  # noqa: E402  (telemetry must be off before gradio is imported)
from gradio.blocks import Block  # noqa: E402
from gradio.components.chatbot import MessageDict  # noqa: E402
from gradio.processing_utils import hash_file  # noqa: E402

Updates = dict[Block, Any]
"""What a handler returns: new values (or ``gr.update``-style components) keyed by the
component they go to. Gradio leaves every output the dict does not name unchanged."""

PRIVATE = "private"
"""``api_visibility`` for events the page uses but API clients must not call."""

__all__ = ["PRIVATE", "Block", "MessageDict", "Updates", "gr", "hash_file"]
