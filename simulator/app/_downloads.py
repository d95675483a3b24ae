"""The files a person can download: the transcript (JSON, TXT) and the report (HTML, Markdown).

Each download is written to its own unguessable folder under the context's export root
(:meth:`~simulator.app.context.AppContext.export_dir`) and registered in the context's
:class:`~simulator.app._grants.DownloadGrants`. Gradio serves a copy from its cache, under a
folder named by a keyed hash of the file; :class:`DownloadGuard` stands in front of that route
and serves a download only to someone who may see its session, and only for a short time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from simulator.app._gradio import hash_file
from simulator.app._grants import Grant
from simulator.app.auth import LOCAL_USER
from simulator.app.context import AppContext
from simulator.content import formats
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.reports import charts
from simulator.reports import html as htmlreport
from simulator.reports import markdown as report
from simulator.reports.markdown import ReviewComment
from simulator.scoring.scorecard import Scorecard


@dataclass(frozen=True)
class Downloads:
    """Paths of one session's downloads; ``None`` for a file that was not written."""

    json: str | None
    txt: str | None
    html: str
    md: str


def _safe_stem(stem: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)[:80] or "session"


def write_downloads(
    ctx: AppContext,
    transcript: Transcript,
    card: Scorecard,
    comments: Sequence[ReviewComment],
    *,
    owner: str,
    session_id: str | None,
    stem: str,
    subtitle: str,
    earlier: Sequence[charts.Point],
    transcripts: bool = True,
    judged: judging.JudgeOutcome | None = None,
) -> Downloads:
    """Write the report (HTML and Markdown, with ``comments`` and the judge's opinion) and,
    with ``transcripts``, the transcript as JSON and TXT, for ``owner`` and whoever else may
    see ``session_id``."""
    d = ctx.export_dir()
    stem = _safe_stem(stem)
    written: dict[str, str | None] = {"json": None, "txt": None}
    if transcripts:
        for fmt in written:
            path = d / f"{stem}.{fmt}"
            # A plain write: the folder is new and unguessable and nobody has the link yet,
            # so the atomic write-and-fsync that history files need only cost time here.
            try:
                path.write_text(formats.dumps([transcript], fmt), encoding="utf-8")
                written[fmt] = str(path)
            except (RehearseError, UnicodeEncodeError, OSError):
                pass  # the other downloads still work; the button for this one is hidden
    # Titles name the persona people practised with, not the transcript's internal id.
    persona = ctx.personas().get(transcript.persona or "")
    title = f"Rehearse report: {persona.name if persona else transcript.id}"
    html_path = d / f"{stem}-report.html"
    html_path.write_text(
        htmlreport.report(
            card,
            transcript,
            comments,
            title=title,
            subtitle=subtitle,
            earlier=earlier,
            judged=judged,
        ),
        encoding="utf-8",
    )
    md_path = d / f"{stem}-report.md"
    md = (
        report.markdown_with_comments(card, transcript, comments)
        if comments
        else report.markdown(card, transcript)
    )
    if judged is not None:
        md = f"{md.rstrip()}\n\n{report.judge_outcome_markdown(card, judged)}"
    if persona is not None:
        md = md.replace(f"# Scorecard: {card.transcript_id}", f"# Scorecard: {persona.name}", 1)
    md_path.write_text(md, encoding="utf-8")
    files = Downloads(written["json"], written["txt"], str(html_path), str(md_path))
    grant = Grant(session_id, owner, d, ctx.grants.clock())
    for written_path in (files.json, files.txt, files.html, files.md):
        if written_path is not None:
            # The folder name Gradio will serve the copy from (see the module doc).
            ctx.grants.add(hash_file(written_path), grant)
    return files


class DownloadGuard:
    """ASGI middleware in front of Gradio's file route: a registered download is served only
    while its grant lives, and only to someone who may see its session (404 otherwise, so a
    link reveals nothing). Files that are not downloads (uploads, assets) pass through."""

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if "/file=" in path:
            grant = self.ctx.grants.get(Path(path.partition("/file=")[2]).parent.name)
            if grant is not None and not await run_in_threadpool(self._allowed, grant, scope):
                await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _allowed(self, grant: Grant, scope: Scope) -> bool:
        if not self.ctx.grants.live(grant):
            self.ctx.grants.sweep()
            return False
        viewer = _signed_in(scope) if self.ctx.users is not None else LOCAL_USER
        if viewer is None:
            return False
        if viewer == grant.owner:
            return True
        # Anyone else only through the store's own rule (a coach the session is shared with),
        # checked now: unsharing closes the link too.
        return grant.session_id is not None and (
            self.ctx.store.get(grant.session_id, viewer) is not None
        )


def _signed_in(scope: Scope) -> str | None:
    """The user Gradio's login cookie names, as Gradio's own ``get_current_user`` reads it."""
    app = scope.get("app")
    tokens = getattr(app, "tokens", None)
    cookie_id = getattr(app, "cookie_id", None)
    if not isinstance(tokens, dict) or cookie_id is None:
        return None
    cookies = Request(scope).cookies
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(
        f"access-token-unsecure-{cookie_id}"
    )
    user = tokens.get(token)
    return user if isinstance(user, str) else None
