"""The app's context: the store, the users, the partner and judge, the personas on offer.

Built once per app by :func:`build_context` and handed to each tab explicitly; nothing is
attached to the Gradio ``Blocks``. This module does not import Gradio, so the context can be
built and tested without it.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from simulator.app._grants import DownloadGrants
from simulator.app._sessions import SessionReaper
from simulator.app.auth import LOCAL_USER, Users, Viewer, load_users
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.conversation.scripted import Partner, ScriptedPartner
from simulator.conversation.session import Session
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.store.archive import recover
from simulator.store.database import Store

if TYPE_CHECKING:
    from gradio import Request

PartnerFactory = Callable[[Persona], Partner]
"""Builds the partner for one session with a persona."""


class FromSettings(Enum):
    """Marks an argument left to the settings (environment), as opposed to an explicit None."""

    USE = "use"


FROM_SETTINGS = FromSettings.USE


def _scripted(_persona: Persona) -> Partner:
    return ScriptedPartner(seed=None)


def default_partner_factory() -> tuple[PartnerFactory, str, str]:
    """The partner from the settings (scripted unless ``REHEARSE_PARTNER_MODEL`` says
    otherwise), and plain labels for the partner and the judge."""
    try:
        from simulator.settings import SCRIPTED, get_settings

        settings = get_settings()
    except Exception:  # settings unreadable: the embedded partner still works
        return _scripted, "scripted partner", "no judge"
    partner_label = settings.describe("partner")
    judge_label = settings.describe("judge")
    if settings.partner_model == SCRIPTED:
        return _scripted, partner_label, judge_label
    from simulator.conversation.llm import build_partner
    from simulator.models import get_model

    # One model client for the app (a local model is loaded once), one partner per session.
    model = get_model(settings.partner_model, settings=settings)

    def llm_partner(_persona: Persona) -> Partner:
        return build_partner(model, settings=settings, seed=None)

    return llm_partner, partner_label, judge_label


def _new_exports_root() -> Path:
    return Path(tempfile.gettempdir()) / f"rehearse-{uuid.uuid4().hex[:8]}"


@dataclass
class AppContext:
    """Shared, read-mostly state of one app instance."""

    store: Store
    users: Users | None
    extra_personas: tuple[str, ...] = ()
    partner_factory: PartnerFactory = _scripted
    partner_label: str = "scripted partner"
    judge_label: str = "no judge"
    judge: judging.AppJudge | None = None
    """The LLM judge asked after each session is kept, or ``None`` (none configured)."""
    exports: Path = field(default_factory=_new_exports_root)
    """Where downloads are written (one unguessable folder per download)."""
    grants: DownloadGrants = field(default_factory=DownloadGrants)
    """Who may fetch each download, and until when."""
    startup_notes: list[str] = field(default_factory=list)
    reaper: SessionReaper | None = None
    """Forgets Gradio's state of sessions nobody can use, once the app is served."""

    def viewer(self, request: Request | None) -> Viewer:
        """Who sent ``request``: the signed-in user, or the one local user with login off."""
        if self.users is None:
            return Viewer(LOCAL_USER, "user", login=False)
        return self.users.viewer(getattr(request, "username", None))

    def personas(self) -> dict[str, Persona]:
        """The personas on offer, by id: the built-in ones and the extra folders'."""
        return catalog.personas(self.extra_personas)

    def new_session(self, persona_id: str | None) -> Session:
        """A fresh session with ``persona_id`` (the first persona if none) on the partner."""
        return new_session(
            persona_id or next(iter(self.personas())), self.extra_personas, self.partner_factory
        )

    def export_dir(self) -> Path:
        """A new, unguessable folder for one download's files."""
        # Under the system temp folder: Gradio only serves files from there (or the working
        # directory).
        d = self.exports / uuid.uuid4().hex
        d.mkdir(parents=True, exist_ok=True)
        return d


def new_session(
    persona_id: str,
    extra: tuple[str, ...] = (),
    partner_factory: PartnerFactory | None = None,
) -> Session:
    """A fresh session on the configured partner (the embedded scripted one by default)."""
    persona = catalog.get_persona(persona_id, extra)
    return Session(persona, (partner_factory or _scripted)(persona))


def build_context(
    extra_personas: tuple[str, ...] = (),
    *,
    store: Store | None = None,
    users: Users | Literal[FromSettings.USE] | None = FROM_SETTINGS,
    partner_factory: PartnerFactory | None = None,
    data_dir: Path | str | None = None,
) -> AppContext:
    """The context the settings describe, with any of its parts given explicitly instead.

    ``store`` defaults to the history in ``data_dir`` (or ``REHEARSE_DATA_DIR`` /
    ``REHEARSE_DB_URL``), migrated, with any sessions a failed write left on disk recovered
    into it; ``users`` to ``REHEARSE_USERS_FILE`` / ``REHEARSE_AUTH`` (``None``: no login);
    ``partner_factory`` to ``REHEARSE_PARTNER_MODEL``.
    """
    notes: list[str] = []
    if store is None:
        store = Store(data_dir)
        store.migrate()
        # Sessions whose database write failed last time (locked, disk full) go in now.
        with contextlib.suppress(RehearseError):
            recovered = recover(store, extra_personas)
            if recovered:
                notes.append(f"Recovered {len(recovered)} session(s) into your history.")
    if users is FROM_SETTINGS:
        users = load_users()
    if partner_factory is None:
        partner_factory, partner_label, judge_label = default_partner_factory()
    else:
        partner_label, judge_label = "custom partner", "no judge"
        with contextlib.suppress(Exception):
            from simulator.settings import get_settings

            judge_label = get_settings().describe("judge")
    exports = _new_exports_root()
    atexit.register(shutil.rmtree, exports, ignore_errors=True)
    return AppContext(
        exports=exports,
        store=store,
        users=users,
        extra_personas=extra_personas,
        partner_factory=partner_factory,
        partner_label=partner_label,
        judge_label=judge_label,
        judge=judging.from_settings(),
        startup_notes=notes,
    )
