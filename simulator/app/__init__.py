"""The Gradio app: Practice, Coach review and History, wired from the core packages.

Importing this package does not import Gradio; :func:`build_app` and :func:`launch` do, after
turning telemetry off (:mod:`.privacy`). The context (:mod:`.context`) and login
(:mod:`.auth`) need no Gradio either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.app.ui import RehearseApp, build_app, launch

__all__ = ["RehearseApp", "build_app", "launch"]


def __getattr__(name: str) -> Any:
    # Lazy: ``python -m simulator.app.auth`` and the CLI must not pay for importing Gradio.
    if name in __all__:
        from simulator.app import ui

        return getattr(ui, name)
    raise AttributeError(f"module 'simulator.app' has no attribute {name!r}")
