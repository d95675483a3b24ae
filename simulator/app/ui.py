"""The whole app: the header and the three tabs composed into one page, and :func:`launch`.

No scoring, persona or hint logic lives in :mod:`simulator.app`: each tab wires the core
(:mod:`simulator.conversation`, :mod:`simulator.store`, :mod:`simulator.reports`) to its
components, and gets the app's :class:`~simulator.app.context.AppContext` explicitly.

=====================  ===================================================================
:mod:`.context`         the store, users, partner and judge, built from the settings
:mod:`.theme`           theme, CSS, persona gallery
:mod:`.practice_tab`    persona, conversation, scorecard (``/new_session``, ``/send``,
                        ``/retry``, ``/end_session``)
:mod:`.review_tab`      coach review of uploads and stored sessions
:mod:`.history_tab`     progress, sharing, downloads and deletion of one's sessions
=====================  ===================================================================
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from starlette.middleware import Middleware

from simulator.app import _views
from simulator.app._downloads import DownloadGuard
from simulator.app._gradio import PRIVATE, gr
from simulator.app._grants import CACHE_SWEEP
from simulator.app._sessions import SessionReaper, limit_malloc_arenas
from simulator.app.auth import Users
from simulator.app.context import (
    FROM_SETTINGS,
    AppContext,
    FromSettings,
    PartnerFactory,
    build_context,
)
from simulator.app.history_tab import HistoryTab
from simulator.app.practice_tab import PracticeTab
from simulator.app.review_tab import ReviewTab
from simulator.app.theme import page_css, page_head, theme
from simulator.errors import RehearseError
from simulator.store.database import Store


@dataclass(frozen=True)
class RehearseApp:
    """The built page and what it was built from: pass it to :func:`launch`."""

    blocks: gr.Blocks
    context: AppContext
    practice: PracticeTab
    review: ReviewTab
    history: HistoryTab

    def close(self) -> None:
        """Stop the server if it is running."""
        self.blocks.close()


def build_app(
    extra_personas: tuple[str, ...] = (),
    *,
    store: Store | None = None,
    users: Users | Literal[FromSettings.USE] | None = FROM_SETTINGS,
    partner_factory: PartnerFactory | None = None,
    data_dir: Path | str | None = None,
    context: AppContext | None = None,
) -> RehearseApp:
    """The whole app. ``store``, ``users`` and ``partner_factory`` default to what the
    settings configure (``REHEARSE_DATA_DIR``/``REHEARSE_DB_URL``, ``REHEARSE_USERS_FILE``
    /``REHEARSE_AUTH``, ``REHEARSE_PARTNER_MODEL``); a ready ``context`` replaces them all."""
    ctx = context or build_context(
        extra_personas,
        store=store,
        users=users,
        partner_factory=partner_factory,
        data_dir=data_dir,
    )
    personas = list(ctx.personas().values())
    if not personas:
        raise RehearseError("no personas found", hint="add persona YAML files (see README)")

    def header(request: gr.Request) -> str:
        return _views.header(ctx, ctx.viewer(request))

    # Downloads are copied into Gradio's cache in the temp folder; transcripts are personal,
    # so cached copies are swept once they can no longer be fetched (see ``_grants``).
    sweep = (int(CACHE_SWEEP), int(ctx.grants.ttl))
    with gr.Blocks(title="Rehearse", analytics_enabled=False, delete_cache=sweep) as demo:
        header_html = gr.HTML(elem_id="rh-header-wrap")
        with gr.Tabs():
            with gr.Tab("Practice", id="practice"):
                practice = PracticeTab(ctx, personas)
            with gr.Tab("Coach review", id="review") as review_tab:
                review = ReviewTab(ctx, review_tab)
            with gr.Tab("History", id="history") as history_tab:
                history = HistoryTab(ctx, history_tab, personas)
        demo.load(header, None, [header_html], api_visibility=PRIVATE)
        practice.wire(demo)
        review.wire()
        history.wire()
    return RehearseApp(demo, ctx, practice, review, history)


ANALYTICS_EVENTS = 1000
"""Events Gradio's queue keeps for its monitoring summary (its default: 10,000)."""
ANALYTICS_EVERY = 500
"""Events between two recomputations of that summary (its default: every event)."""


def quiet_queue_analytics() -> None:
    """Keep Gradio's queue analytics off the reply path (``GRADIO_ANALYTICS_*`` set by the
    operator win).

    After every event Gradio's queue rebuilds a pandas DataFrame of the last 10,000 events
    and their percentiles, for its ``/monitoring`` page only. Under load that was a fifth of
    the server's CPU, growing with uptime, on the threads that run replies, and its Arrow
    buffers grew resident memory. The queue reads these variables when it is built and again
    after each event, so they are set in the environment.
    """
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", str(ANALYTICS_EVENTS))
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(ANALYTICS_EVERY))


def launch(app: RehearseApp, host: str = "127.0.0.1", port: int | None = None, **kw: Any) -> Any:
    """Serve on loopback by default, with no share link and no telemetry; login if users
    are configured (``REHEARSE_USERS_FILE`` / ``REHEARSE_AUTH``)."""
    users = app.context.users
    if users is not None and "auth" not in kw:
        kw["auth"] = users.check
        kw.setdefault("auth_message", "Sign in to practise and see your own history.")
    kw.setdefault("theme", theme())
    kw.setdefault("css", page_css())
    kw.setdefault("head", page_head())
    kw.setdefault("footer_links", [])
    # Transcripts are refused above 20 MB by the reader; stop bigger uploads at the door.
    kw.setdefault("max_file_size", "25mb")
    kw.setdefault("ssr_mode", False)
    # Gradio 6 otherwise keeps every event's inputs and outputs (whole conversations and
    # debriefs) in the browser's localStorage, and re-reads and re-writes it on each update.
    kw.setdefault("run_history", False)
    # Downloads are served only to who may see the session, and only for a short while.
    app_kwargs = dict(kw.pop("app_kwargs", None) or {})
    app_kwargs["middleware"] = [
        *app_kwargs.get("middleware", []),
        Middleware(DownloadGuard, ctx=app.context),
    ]
    quiet_queue_analytics()
    # Before the server starts its threads: they share two malloc arenas (see _sessions).
    limit_malloc_arenas()
    blocks = app.blocks.queue(default_concurrency_limit=32)
    # Sessions nobody can use any more, and expired downloads, are forgotten as it runs.
    reaper = SessionReaper(
        lambda: getattr(blocks, "state_holder", None),
        app.context.grants,
        queue=lambda: getattr(blocks, "_queue", None),
    )
    app.context.reaper = reaper
    app_kwargs["lifespan"] = reaper.around(app_kwargs.get("lifespan"))
    return blocks.launch(
        server_name=host,
        server_port=port,
        share=False,
        show_error=True,
        app_kwargs=app_kwargs,
        **kw,
    )
