"""The Gradio app: Practice, Coach review and History, composed from the core.

No scoring, persona or hint logic lives here: the page wires :mod:`simulator.conversation.session`,
:mod:`simulator.scoring.scorer` (through :mod:`simulator.store.archive`),
:mod:`simulator.scoring.hints`,
:mod:`simulator.store.database` and the renderers in :mod:`simulator.reports.html` and
:mod:`simulator.reports.charts` to components.

Each browser tab holds its own run in ``gr.State``
(a :class:`~simulator.conversation.practice.Practice`);
nothing about a conversation is read back from the chat component. API endpoints kept for
``gradio_client``: ``/new_session`` (persona id), ``/send`` (message), ``/retry`` and
``/end_session``.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from simulator.app.privacy import disable_telemetry

disable_telemetry()

import gradio as gr  # noqa: E402  (telemetry must be off before gradio is imported)

from simulator.app.auth import LOCAL_USER, Users, Viewer, load_users  # noqa: E402
from simulator.content import (  # noqa: E402
    catalog,
    formats,
)
from simulator.content.personas import Persona  # noqa: E402
from simulator.content.transcript import Transcript  # noqa: E402
from simulator.conversation.practice import END_REASONS, TIMED_SECONDS, Practice  # noqa: E402
from simulator.conversation.scripted import Partner, ScriptedPartner  # noqa: E402
from simulator.conversation.session import Session  # noqa: E402
from simulator.errors import RehearseError  # noqa: E402
from simulator.judge import second_opinion as judging  # noqa: E402
from simulator.reports import charts  # noqa: E402
from simulator.reports import html as htmlreport  # noqa: E402
from simulator.reports import markdown as report  # noqa: E402
from simulator.scoring import hints  # noqa: E402
from simulator.scoring.scorecard import Scorecard  # noqa: E402
from simulator.store.archive import Archived, archive, recover  # noqa: E402
from simulator.store.database import Store, StoredSession  # noqa: E402

Message = dict[str, str]
PartnerFactory = Callable[[Persona], Partner]
UPLOAD_TYPES = [".json", ".jsonl", ".ndjson", ".txt", ".csv", ".vtt"]
SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "sans-serif")
MONO_FONTS = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")
_USE_ENV: Any = object()
STREAM_INTERVAL = 0.05
"""Seconds between chat updates while a reply streams (20 per second is smooth enough)."""

APP_CSS = """
.gradio-container { max-width: 1180px !important; margin: 0 auto !important; }
#rh-header { display:flex; justify-content:space-between; align-items:flex-end; flex-wrap:wrap;
  gap:8px; padding:6px 2px 2px; }
#rh-header h1 { margin:0; font-size:1.7rem; letter-spacing:-.01em; }
#rh-header p { margin:2px 0 0; color:var(--body-text-color-subdued); }
.rh-badges { display:flex; gap:6px; flex-wrap:wrap; font-size:.82rem; }
.rh-badge { border:1px solid var(--border-color-primary); border-radius:999px;
  padding:2px 10px; background:var(--background-fill-secondary); }
.rh-badge b { font-weight:600; }
.rh-step { font-weight:600; font-size:1.02rem; margin:6px 0 -4px; }
#rh-briefing { font-size:.93rem; }
#rh-countdown .rh-clock { font-size:1.6rem; font-weight:650; font-variant-numeric:tabular-nums; }
#rh-countdown .rh-clock.rh-low { color:#b91c1c; }
#rh-countdown .rh-done { color:var(--body-text-color-subdued); }
#history-table table, #history-table .cell-wrap { font-family:var(--font) !important; }
#rh-countdown .rh-track { height:6px; border-radius:3px; background:var(--border-color-primary);
  overflow:hidden; margin-top:4px; }
#rh-countdown .rh-track > i { display:block; height:100%; background:#2563eb; }
.rh-hint { border:1px solid #c7d2fe; background:#eef2ff; border-radius:12px; padding:10px 14px;
  font-size:.92rem; }
.rh-hint .rh-say { font-size:1rem; margin-top:4px; }
.rh-notice { border-radius:10px; padding:10px 14px; font-size:.95rem; }
.rh-notice.rh-ok { background:#ecfdf5; color:#065f46; }
.rh-notice.rh-warn { background:#fffbeb; color:#92400e; border:1px solid #fcd34d; }
.rh-notice.rh-err { background:#fef2f2; color:#991b1b; border:1px solid #fca5a5; }
#rh-results { border-top:1px solid var(--border-color-primary); padding-top:12px; }
.rh-section { font-weight:650; font-size:1.1rem; margin:10px 0 0; }
"""

GALLERY_HTML = """
<div class="pg-grid" role="radiogroup" aria-label="Who you are meeting">
${personas.map(p => `
  <button type="button" class="pg-card ${p.id === value ? 'pg-on' : ''}" role="radio"
    aria-checked="${p.id === value}" data-id="${p.id}">
    <span class="pg-top"><span class="pg-name">${p.name}</span>
      <span class="pg-diff pg-${p.difficulty}">${p.difficulty}</span></span>
    <span class="pg-role">${p.role}</span>
    <span class="pg-sit">${p.situation}</span>
  </button>`).join('')}
</div>
"""
GALLERY_CSS = """
.pg-grid { display:grid; grid-template-columns:repeat(auto-fill,minmax(250px,1fr)); gap:10px; }
.pg-card { text-align:left; display:flex; flex-direction:column; gap:3px; cursor:pointer;
  border:1.5px solid var(--border-color-primary); border-radius:12px; padding:10px 12px;
  background:var(--background-fill-primary); color:var(--body-text-color); font:inherit;
  transition:border-color .12s, box-shadow .12s; }
.pg-card:hover { border-color:#93c5fd; }
.pg-card:focus-visible { outline:2px solid #2563eb; outline-offset:2px; }
.pg-card.pg-on { border-color:#2563eb; box-shadow:0 0 0 3px #dbeafe; background:#f8fbff; }
.pg-top { display:flex; justify-content:space-between; align-items:center; gap:6px; }
.pg-name { font-weight:650; }
.pg-role { font-size:.83rem; color:var(--body-text-color-subdued); }
.pg-sit { font-size:.86rem; line-height:1.35; }
.pg-diff { font-size:.72rem; border-radius:999px; padding:1px 8px; text-transform:capitalize; }
.pg-open { background:#dcfce7; color:#166534; }
.pg-guarded { background:#fef9c3; color:#854d0e; }
.pg-defensive { background:#fee2e2; color:#991b1b; }
"""
GALLERY_JS = """
element.addEventListener('click', (e) => {
  const card = e.target.closest('.pg-card');
  if (!card || card.dataset.id === props.value) return;
  props.value = card.dataset.id;
  trigger('change');
});
"""


def persona_gallery(personas: list[Persona], value: str, **kwargs: Any) -> gr.HTML:
    """Persona cards (name, role, difficulty, situation); the value is the chosen persona id.

    A configured ``gr.HTML`` rather than a subclass: Gradio writes a ``.pyi`` stub next to
    the module of every component subclass, which an installed package must not do.
    """
    cards = [
        {
            # The template is a JS template string: escape here, once, in Python.
            "id": escape(p.id),
            "name": escape(p.name),
            "role": escape(p.role),
            "situation": escape(p.situation),
            "difficulty": escape(p.difficulty),
        }
        for p in personas
    ]
    return gr.HTML(
        value=value,
        html_template=GALLERY_HTML,
        css_template=GALLERY_CSS,
        js_on_load=GALLERY_JS,
        personas=cards,
        **kwargs,
    )


# ----------------------------------------------------------------------------------------
# Application context: what every handler needs, built once per app.
# ----------------------------------------------------------------------------------------


def default_partner_factory() -> tuple[PartnerFactory, str, str]:
    """The partner from the settings (scripted unless ``REHEARSE_PARTNER_MODEL`` says
    otherwise), and plain labels for the partner and the judge."""
    try:
        from simulator.settings import SCRIPTED, get_settings

        settings = get_settings()
    except Exception:  # settings unreadable: the embedded partner still works
        return (lambda _p: ScriptedPartner(seed=None)), "scripted partner", "no judge"
    partner_label = settings.describe("partner")
    judge_label = settings.describe("judge")
    if settings.partner_model == SCRIPTED:
        return (lambda _p: ScriptedPartner(seed=None)), partner_label, judge_label
    from simulator.conversation.llm import build_partner
    from simulator.models import get_model

    # One model client for the app (a local model is loaded once), one partner per session.
    model = get_model(settings.partner_model, settings=settings)
    return (
        (lambda _p: build_partner(model, settings=settings, seed=None)),
        partner_label,
        judge_label,
    )


@dataclass
class AppContext:
    """Shared, read-mostly state of one app instance."""

    store: Store
    users: Users | None
    extra_personas: tuple[str, ...] = ()
    partner_factory: PartnerFactory = field(default=lambda _p: ScriptedPartner(seed=None))
    partner_label: str = "scripted partner"
    judge_label: str = "no judge"
    judge: judging.AppJudge | None = None
    """The LLM judge asked after each session is kept, or ``None`` (none configured)."""
    exports: Path = field(
        default_factory=lambda: Path(tempfile.gettempdir()) / f"rehearse-{uuid.uuid4().hex[:8]}"
    )
    startup_notes: list[str] = field(default_factory=list)

    def viewer(self, request: gr.Request | None) -> Viewer:
        if self.users is None:
            return Viewer(LOCAL_USER, "user", login=False)
        name = getattr(request, "username", None)
        return self.users.viewer(name)

    def personas(self) -> dict[str, Persona]:
        return catalog.personas(self.extra_personas)

    def export_dir(self) -> Path:
        # Exports live under the system temp folder: Gradio only serves files from there
        # (or the working directory), and each download gets its own unguessable folder.
        d = self.exports / uuid.uuid4().hex
        d.mkdir(parents=True, exist_ok=True)
        return d


def _history(session: Session) -> list[Message]:
    role = {"employee": "assistant", "manager": "user"}
    return [{"role": role[t.speaker], "content": t.text} for t in session.turns]


def _briefing(session: Session) -> str:
    p = session.persona
    return (
        f"**{p.name}** · {p.role} · *{p.difficulty}*\n\n{p.situation}\n\n"
        f"**What you know:** {p.public_context}"
    )


def _status(practice: Practice) -> str:
    session = practice.session
    if not practice.ended:
        return f"Turn {len(session.records) + 1} of up to {session.persona.max_turns}."
    o = session.outcome()
    reason = practice.end_reason or o.end_reason or "ended_by_you"
    return (
        f"Session over: {END_REASONS.get(reason, reason.replace('_', ' '))}. "
        f"Uncovered {len(o.layers_disclosed)} of {o.layers_total} layers; next step "
        f"{'agreed' if o.committed else 'not agreed'}."
    )


def _countdown(practice: Practice | None) -> str:
    left = practice.remaining() if practice else None
    if left is None:
        return ""
    mins, secs = divmod(round(left), 60)
    if practice is not None and practice.ended and left > 0:
        return f'<div class="rh-done">Finished with {mins}:{secs:02d} to spare.</div>'
    low = " rh-low" if left <= 30 else ""
    pct = 100 * left / (practice.time_limit or TIMED_SECONDS) if practice else 0
    label = "Time's up" if left <= 0 else f"{mins}:{secs:02d} left"
    return (
        f'<div class="rh-clock{low}" aria-live="polite">{label}</div>'
        f'<div class="rh-track"><i style="width:{pct:.0f}%"></i></div>'
    )


def _hint_html(practice: Practice | None) -> str:
    if practice is None or not practice.session.records:
        return (
            '<div class="rh-hint">Hints appear here after each of your turns: the move '
            "Rehearse heard, and one line worth trying.</div>"
        )
    records = practice.session.records
    rubric = catalog.get_rubric(practice.session.rubric or catalog.DEFAULT_RUBRIC)
    h = hints.next_hint(rubric, [r.moves for r in records], records[-1].cues)
    if h is None:
        return ""
    heard = ", ".join(m.replace("_", " ") for m in h.moves)
    return (
        f'<div class="rh-hint"><div>Heard: <b>{escape(heard)}</b></div>'
        f"<div>{escape(h.criterion_name)}: {escape(h.reason)}. Worth trying:</div>"
        f'<div class="rh-say">“{escape(h.suggestion)}”</div></div>'
    )


@dataclass(frozen=True)
class _Shown:
    """A comment as people read it."""

    turn: int | None
    author: str
    text: str


def _shown(comments: list[Any]) -> list[_Shown]:
    # With login off every comment is the local user's, writing as their own coach.
    return [
        _Shown(c.turn, "Coach" if c.author == LOCAL_USER else c.author, c.text) for c in comments
    ]


def _notice(text: str, kind: str = "ok") -> str:
    return f'<div class="rh-notice rh-{kind}" role="status">{escape(text)}</div>'


def _exports(
    ctx: AppContext,
    transcript: Transcript,
    card: Scorecard,
    comments: list[Any],
    *,
    stem: str,
    subtitle: str,
    earlier: list[charts.Point],
    transcripts: bool = True,
    judged: judging.JudgeOutcome | None = None,
) -> list[str | None]:
    """Write the downloads: transcript JSON and TXT, report HTML and Markdown."""
    d = ctx.export_dir()
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)[:80] or "session"
    paths: list[str | None] = []
    if transcripts:
        for fmt in ("json", "txt"):
            p = d / f"{stem}.{fmt}"
            try:
                formats.write_transcripts([transcript], p, fmt)
                paths.append(str(p))
            except RehearseError:
                paths.append(None)
    html_path = d / f"{stem}-report.html"
    html_path.write_text(
        htmlreport.report(
            card, transcript, comments, subtitle=subtitle, earlier=earlier, judged=judged
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
        md = f"{md.rstrip()}\n\n{judging.markdown(card, judged)}"
    md_path.write_text(md, encoding="utf-8")
    return [*paths, str(html_path), str(md_path)]


def _earlier_points(ctx: AppContext, owner: str, exclude: str | None) -> list[charts.Point]:
    try:
        rows = ctx.store.sessions(owner, source="practice")
    except RehearseError:
        return []
    return [
        charts.Point(r.empathy, r.execution, r.label)
        for r in rows
        if r.id != exclude and r.empathy is not None and r.execution is not None
    ]


def _subtitle(row: StoredSession | None, t: Transcript, partner: str | None = None) -> str:
    who = (row.persona_name if row else None) or t.persona or "uploaded transcript"
    when = row.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if row else ""
    bits = [f"With {who}", when, partner or (row.partner if row else None) or ""]
    return " · ".join(b for b in bits if b)


# ----------------------------------------------------------------------------------------
# The app
# ----------------------------------------------------------------------------------------


def new_session(
    persona_id: str,
    extra: tuple[str, ...] = (),
    partner_factory: PartnerFactory | None = None,
) -> Session:
    """A fresh session on the configured partner (the embedded scripted one by default)."""
    persona = catalog.get_persona(persona_id, extra)
    partner = (partner_factory or (lambda _p: ScriptedPartner(seed=None)))(persona)
    return Session(persona, partner)


def build_app(
    extra_personas: tuple[str, ...] = (),
    *,
    store: Store | None = None,
    users: Users | None = _USE_ENV,
    partner_factory: PartnerFactory | None = None,
    data_dir: Path | str | None = None,
) -> gr.Blocks:
    """The whole app. ``store``, ``users`` and ``partner_factory`` default to what the
    environment configures (``REHEARSE_DATA_DIR``/``REHEARSE_DB_URL``, ``REHEARSE_USERS_FILE``
    /``REHEARSE_AUTH``, ``REHEARSE_PARTNER_MODEL``)."""
    ctx = _context(extra_personas, store, users, partner_factory, data_dir)
    personas = list(ctx.personas().values())
    if not personas:
        raise RehearseError("no personas found", hint="add persona YAML files (see README)")
    first = personas[0].id
    # The page opens on the first persona, ready to talk: the chat shows its opening line
    # and the first message creates the run (see ``_Handlers.send``).
    opening = Practice(new_session(first, ctx.extra_personas))
    persona_choices = [("All personas", "")] + [(p.name, p.id) for p in personas]

    h = _Handlers(ctx)
    # Downloads are copied into Gradio's cache in the temp folder; transcripts are personal,
    # so cached copies older than four hours are swept every hour.
    with gr.Blocks(title="Rehearse", analytics_enabled=False, delete_cache=(3600, 14400)) as demo:
        header = gr.HTML(elem_id="rh-header-wrap")
        with gr.Tabs():
            # ------------------------------------------------------------ Practice
            with gr.Tab("Practice", id="practice"):
                gr.HTML('<p class="rh-step">1 · Choose who you are meeting</p>')
                gallery = persona_gallery(personas, first, elem_id="persona-gallery")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(
                            value=_history(opening.session),
                            label="Conversation",
                            height=440,
                            elem_id="chat",
                            layout="bubble",
                            feedback_options=None,
                            placeholder="Pick a persona to begin.",
                        )
                        with gr.Row():
                            box = gr.Textbox(
                                show_label=False,
                                placeholder="Say something as their manager and press Enter",
                                autofocus=True,
                                scale=5,
                                elem_id="message",
                                max_lines=4,
                            )
                            send_btn = gr.Button("Send", variant="primary", scale=1, min_width=80)
                        status = gr.Markdown(_status(opening), elem_id="rh-status")
                        with gr.Row():
                            retry_btn = gr.Button(
                                "Retry last message", visible=False, elem_id="retry", size="sm"
                            )
                            end_btn = gr.Button(
                                "End session and see my scorecard",
                                variant="stop",
                                elem_id="end-session",
                                size="sm",
                            )
                            restart = gr.Button("Start over", elem_id="restart", size="sm")
                    with gr.Column(scale=2):
                        gr.HTML('<p class="rh-step">2 · Before you start</p>')
                        briefing = gr.Markdown(_briefing(opening.session), elem_id="rh-briefing")
                        timed = gr.Checkbox(
                            label="Timed: three minutes, like a real check-in",
                            value=False,
                            elem_id="timed",
                        )
                        countdown = gr.HTML(elem_id="rh-countdown")
                        hints_on = gr.Checkbox(
                            label="Show hints after each turn", value=False, elem_id="hints"
                        )
                        hint_box = gr.HTML(_hint_html(None), visible=False, elem_id="rh-hint")
                with gr.Column(visible=False, elem_id="rh-results") as results:
                    gr.HTML('<p class="rh-step">3 · How it went</p>')
                    res_notice = gr.HTML(elem_id="rh-save-notice")
                    res_tiles = gr.HTML()
                    res_charts = gr.HTML(elem_id="rh-result-charts")
                    gr.HTML('<p class="rh-section">What you uncovered</p>')
                    res_uncovered = gr.HTML(elem_id="rh-uncovered")
                    gr.HTML('<p class="rh-section">Scores</p>')
                    res_criteria = gr.HTML()
                    gr.HTML('<p class="rh-section">Your conversation, annotated</p>')
                    res_transcript = gr.HTML(elem_id="rh-annotated")
                    with gr.Row():
                        dl_json = gr.DownloadButton("Transcript (JSON)", size="sm")
                        dl_txt = gr.DownloadButton("Transcript (TXT)", size="sm")
                        dl_html = gr.DownloadButton("Report (HTML)", size="sm", variant="primary")
                        dl_md = gr.DownloadButton("Report (Markdown)", size="sm")
                # None until the first event: handlers create the run from the persona on
                # screen. (A callable State value would add a load event that could land
                # after the person has already picked another persona.)
                practice = gr.State()
                timer = gr.Timer(1.0, active=False)

            # ------------------------------------------------------------ Coach review
            with gr.Tab("Coach review", id="review") as review_tab:
                gr.Markdown(
                    "Open a transcript to review it turn by turn: upload one "
                    "(JSON, JSONL, TXT, CSV or WebVTT) or pick a stored session. "
                    "Comments are saved with the session and go into the exported report."
                )
                with gr.Row():
                    upload = gr.File(
                        label="Upload a transcript",
                        file_types=UPLOAD_TYPES,
                        type="filepath",
                        elem_id="upload",
                        height=120,
                    )
                    with gr.Column():
                        rev_pick = gr.Dropdown(
                            label="…or pick a stored session",
                            info="Your sessions and uploads"
                            + (", and sessions shared with you" if ctx.users else ""),
                            choices=[],
                            elem_id="review-pick",
                        )
                        rev_refresh = gr.Button("Refresh list", size="sm")
                rev_msg = gr.HTML(elem_id="review-message")
                rev_id = gr.State()
                with gr.Column(visible=False, elem_id="review-view") as rev_view:
                    rev_head = gr.HTML()
                    rev_tiles = gr.HTML()
                    rev_criteria = gr.HTML()
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=3):
                            gr.HTML('<p class="rh-section">Transcript, annotated</p>')
                            rev_transcript = gr.HTML(elem_id="review-transcript")
                        with gr.Column(scale=2):
                            gr.HTML('<p class="rh-section">Comment on a turn</p>')
                            rev_turn = gr.Dropdown(label="Turn", choices=[], elem_id="review-turn")
                            rev_comment = gr.Textbox(
                                label="Comment", lines=3, elem_id="review-comment"
                            )
                            rev_add = gr.Button(
                                "Add comment", variant="primary", elem_id="add-comment"
                            )
                            gr.HTML('<p class="rh-section">Overall note</p>')
                            rev_note = gr.Textbox(
                                label="Overall note", lines=4, elem_id="review-note"
                            )
                            rev_note_btn = gr.Button("Save note", elem_id="save-note")
                            rev_saved = gr.HTML()
                            gr.HTML('<p class="rh-section">Export with comments</p>')
                            with gr.Row():
                                rev_dl_html = gr.DownloadButton(
                                    "Report (HTML)", size="sm", elem_id="review-dl-html"
                                )
                                rev_dl_md = gr.DownloadButton(
                                    "Report (Markdown)", size="sm", elem_id="review-dl-md"
                                )

            # ------------------------------------------------------------ History
            with gr.Tab("History", id="history") as history_tab:
                with gr.Row():
                    hist_filter = gr.Dropdown(
                        persona_choices,
                        value="",
                        label="Persona",
                        scale=1,
                        elem_id="history-filter",
                    )
                    gr.HTML(scale=3)
                gr.HTML('<p class="rh-section">Each criterion over time</p>')
                hist_chart = gr.HTML(elem_id="history-chart")
                gr.HTML('<p class="rh-section">Your sessions</p>')
                hist_table = gr.Dataframe(
                    headers=[
                        "When",
                        "Persona",
                        "Overall",
                        "Empathy",
                        "Execution",
                        "Uncovered",
                        "Next step",
                        "Shared with",
                    ],
                    interactive=False,
                    elem_id="history-table",
                    wrap=True,
                )
                hist_pick = gr.Dropdown(label="Open a session", choices=[], elem_id="history-pick")
                hist_msg = gr.HTML()
                with gr.Column(visible=False, elem_id="history-view") as hist_view:
                    hist_summary = gr.HTML()
                    with gr.Row():
                        hist_share = gr.Dropdown(
                            label="Share with coach",
                            choices=ctx.users.coaches() if ctx.users else [],
                            multiselect=True,
                            visible=ctx.users is not None,
                            scale=3,
                            elem_id="history-share",
                        )
                        hist_share_btn = gr.Button(
                            "Save sharing", visible=ctx.users is not None, scale=1
                        )
                    with gr.Row():
                        hist_dl_html = gr.DownloadButton("Report (HTML)", size="sm")
                        hist_dl_md = gr.DownloadButton("Report (Markdown)", size="sm")
                        hist_delete = gr.Button(
                            "Delete this session…", variant="stop", size="sm", elem_id="delete"
                        )
                    with gr.Row(visible=False, elem_id="confirm-delete") as hist_confirm:
                        gr.HTML(
                            '<div class="rh-notice rh-warn">Delete this session, its transcript '
                            "and its comments for good? This cannot be undone.</div>"
                        )
                        hist_yes = gr.Button(
                            "Yes, delete it", variant="stop", elem_id="confirm-yes"
                        )
                        hist_no = gr.Button("Keep it", elem_id="confirm-no")
                    hist_transcript = gr.HTML()

        # ================================================================ handlers

        start_out = [
            practice,
            chat,
            briefing,
            status,
            countdown,
            timer,
            results,
            hint_box,
            retry_btn,
            box,
        ]
        finish_out = [
            practice,
            status,
            results,
            res_notice,
            res_tiles,
            res_charts,
            res_uncovered,
            res_criteria,
            res_transcript,
            dl_json,
            dl_txt,
            dl_html,
            dl_md,
            timer,
            countdown,
        ]

        demo.load(h.header, None, [header], api_name=False)
        gallery.change(h.start, [gallery, timed, hints_on], start_out, api_name=False)
        restart.click(h.start, [gallery, timed, hints_on], start_out, api_name="new_session")
        timed.change(h.set_timed, [practice, gallery, timed, hints_on], start_out, api_name=False)
        hints_on.change(h.toggle_hints, [practice, hints_on], [hint_box], api_name=False)

        send_args = {
            "fn": h.send,
            "inputs": [box, practice, gallery],
            # The chat shows its own "typing" state; no overlay over the whole column.
            "show_progress": "minimal",
        }
        sent = box.submit(**send_args, outputs=[box, practice, chat, status], api_name="send")
        clicked = send_btn.click(**send_args, outputs=[box, practice, chat, status], api_name=False)
        for ev in (sent, clicked):
            ev.then(
                h.after_turn,
                [practice, hints_on],
                [hint_box, retry_btn, *finish_out],
                api_name=False,
                show_progress="hidden",
            )
        retried = retry_btn.click(
            h.retry, [practice], [box, practice, chat, status], api_name="retry"
        )
        retried.then(
            h.after_turn,
            [practice, hints_on],
            [hint_box, retry_btn, *finish_out],
            api_name=False,
            show_progress="hidden",
        )
        end_btn.click(h.end, [practice], finish_out, api_name="end_session")
        timer.tick(h.tick, [practice], finish_out, api_name=False, show_progress="hidden")

        review_out = [
            rev_id,
            rev_msg,
            rev_view,
            rev_head,
            rev_tiles,
            rev_criteria,
            rev_transcript,
            rev_turn,
            rev_note,
            rev_dl_html,
            rev_dl_md,
            rev_pick,
        ]
        upload.upload(h.review_upload, [upload], review_out, api_name="review_upload")
        rev_pick.input(h.review_open, [rev_pick], review_out, api_name=False)
        review_tab.select(h.review_choices, None, [rev_pick], api_name=False)
        rev_refresh.click(h.review_choices, None, [rev_pick], api_name=False)
        rev_add.click(
            h.add_comment,
            [rev_id, rev_turn, rev_comment],
            [rev_saved, rev_comment, rev_transcript, rev_dl_html, rev_dl_md],
            api_name="add_comment",
        )
        rev_note_btn.click(
            h.save_note,
            [rev_id, rev_note],
            [rev_saved, rev_transcript, rev_dl_html, rev_dl_md, rev_head],
            api_name="save_note",
        )

        hist_out = [hist_chart, hist_table, hist_pick]
        history_tab.select(h.history, [hist_filter], hist_out, api_name=False)
        hist_filter.change(h.history, [hist_filter], hist_out, api_name=False)
        view_out = [
            hist_view,
            hist_summary,
            hist_transcript,
            hist_share,
            hist_dl_html,
            hist_dl_md,
            hist_confirm,
            hist_msg,
        ]
        hist_pick.input(h.history_open, [hist_pick], view_out, api_name=False)
        hist_share_btn.click(h.share, [hist_pick, hist_share], [hist_msg], api_name=False).then(
            h.history_table, [hist_filter], [hist_chart, hist_table], api_name=False
        )
        hist_delete.click(lambda: gr.update(visible=True), None, [hist_confirm], api_name=False)
        hist_no.click(lambda: gr.update(visible=False), None, [hist_confirm], api_name=False)
        hist_yes.click(
            h.delete, [hist_pick], [hist_msg, hist_view, hist_confirm, hist_pick], api_name=False
        ).then(h.history, [hist_filter], hist_out, api_name=False)

    demo.rehearse = ctx  # type: ignore[attr-defined]  (launch() reads the auth from here)
    return demo


def _context(
    extra: tuple[str, ...],
    store: Store | None,
    users: Users | None,
    partner_factory: PartnerFactory | None,
    data_dir: Path | str | None,
) -> AppContext:
    notes: list[str] = []
    if store is None:
        store = Store(data_dir)
        store.migrate()
        # Sessions whose database write failed last time (locked, disk full) go in now.
        with contextlib.suppress(RehearseError):
            recovered = recover(store, extra)
            if recovered:
                notes.append(f"Recovered {len(recovered)} session(s) into your history.")
    if users is _USE_ENV:
        users = load_users()
    if partner_factory is None:
        partner_factory, partner_label, judge_label = default_partner_factory()
    else:
        partner_label = "custom partner"
        judge_label = "no judge"
        with contextlib.suppress(Exception):
            from simulator.settings import get_settings

            judge_label = get_settings().describe("judge")
    exports = Path(tempfile.gettempdir()) / f"rehearse-{uuid.uuid4().hex[:8]}"
    atexit.register(shutil.rmtree, exports, ignore_errors=True)
    return AppContext(
        exports=exports,
        store=store,
        users=users,
        extra_personas=extra,
        partner_factory=partner_factory,
        partner_label=partner_label,
        judge_label=judge_label,
        judge=judging.from_settings(),
        startup_notes=notes,
    )


class _Handlers:
    """Event handlers: translate between components and the core, nothing more."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- header -----------------------------------------------------------------------

    def header(self, request: gr.Request) -> str:
        ctx = self.ctx
        viewer = ctx.viewer(request)
        judge = ctx.judge_label
        if judge in ("no judge", "scripted (no judge)"):
            judge = "rubric scorer (no LLM judge)"
        badges = [
            f'<span class="rh-badge">Partner: <b>{escape(ctx.partner_label)}</b></span>',
            f'<span class="rh-badge">Scoring: <b>{escape(judge)}</b></span>',
        ]
        if viewer.login:
            badges.append(
                f'<span class="rh-badge" id="rh-user">Signed in as <b>{escape(viewer.name)}</b>'
                f" ({viewer.role}) · <a href='/logout'>Log out</a></span>"
            )
        notes = "".join(f"<p>{escape(n)}</p>" for n in ctx.startup_notes)
        return (
            '<div id="rh-header"><div><h1>Rehearse</h1><p>Practise the hard one-on-one '
            "before you have it. Listen first; the scorecard shows what you did.</p>"
            f'{notes}</div><div class="rh-badges">{"".join(badges)}</div></div>'
        )

    # -- practice ---------------------------------------------------------------------

    def _new(self, persona_id: str | None, timed: bool) -> Practice:
        ctx = self.ctx
        persona_id = persona_id or next(iter(ctx.personas()))
        session = new_session(persona_id, ctx.extra_personas, ctx.partner_factory)
        return Practice(session, time_limit=TIMED_SECONDS if timed else None)

    def start(
        self, persona_id: str | None, timed: bool = False, hints_shown: bool = False
    ) -> tuple[Any, ...]:
        p = self._new(persona_id, bool(timed))
        return (
            p,
            _history(p.session),
            _briefing(p.session),
            _status(p),
            _countdown(p),
            gr.Timer(active=p.time_limit is not None),
            gr.Column(visible=False),
            gr.HTML(value=_hint_html(p), visible=bool(hints_shown)),
            gr.Button(visible=False),
            gr.Textbox(value="", interactive=True),
        )

    def set_timed(
        self, p: Practice | None, persona_id: str | None, timed: bool, hints_shown: bool
    ) -> tuple[Any, ...]:
        # Switching mid-conversation would throw the conversation away; apply it next time.
        if p is not None and p.session.records and not p.ended:
            note = (
                "Timed mode starts with your next session."
                if timed
                else "This session stays timed; the next one will not be."
            )
            return (gr.skip(), gr.skip(), gr.skip(), f"{_status(p)} {note}", *([gr.skip()] * 6))
        return self.start(persona_id, timed, hints_shown)

    def toggle_hints(self, p: Practice | None, shown: bool) -> Any:
        return gr.HTML(value=_hint_html(p), visible=bool(shown))

    def send(
        self, message: str, p: Practice | None, persona_id: str | None = None
    ) -> Iterator[tuple[Any, ...]]:
        p = p or self._new(persona_id, False)
        if p.expired() and not p.ended:
            p.end("time_up")
        session = p.session
        history = _history(session)
        text = (message or "").strip()
        try:
            stream = session.say(message or "")
            history.append({"role": "user", "content": text})
            reply = ""
            shown = time.monotonic()
            for chunk in stream:
                reply += chunk
                # Coalesce chunks: re-rendering the whole chat per token costs more than it
                # shows. A model's tokens still appear as they come; a scripted reply that
                # is ready at once goes out in one update.
                if time.monotonic() - shown >= STREAM_INTERVAL:
                    shown = time.monotonic()
                    yield (
                        gr.skip(),
                        p,
                        [*history, {"role": "assistant", "content": reply}],
                        gr.skip(),
                    )
        except RehearseError as exc:
            if "ended" not in str(exc) and text:
                p.pending = text
            yield message, p, _history(session), f"⚠️ {exc}"
            return
        except Exception as exc:  # a partner (model) failing mid-turn
            # Session.say rolled the turn back: nothing is lost or doubled, so retrying the
            # same message is safe. Keep it in the box and offer a retry button.
            p.pending = text
            yield (
                message,
                p,
                _history(session),
                f"⚠️ The partner could not reply ({type(exc).__name__}: {exc}). "
                "Your conversation is intact; press **Retry last message**.",
            )
            return
        p.pending = None
        yield "", p, _history(session), _status(p)

    def retry(self, p: Practice | None) -> Iterator[tuple[Any, ...]]:
        if p is None or not p.pending:
            yield gr.skip(), p, gr.skip(), "Nothing to retry."
            return
        yield from self.send(p.pending, p)

    def after_turn(self, p: Practice | None, hints_shown: bool, request: gr.Request) -> tuple:
        hint = gr.HTML(value=_hint_html(p), visible=bool(hints_shown))
        retry = gr.Button(visible=bool(p and p.pending))
        if p is not None and p.ended and p.result is None:
            return (hint, retry, *self._finish(p, request))
        return (hint, retry, *([gr.skip()] * 15))

    def end(self, p: Practice | None, request: gr.Request) -> tuple:
        if p is None:
            return (p, "Start a session first.", *([gr.skip()] * 13))
        return self._finish(p, request, reason="ended_by_you")

    def tick(self, p: Practice | None, request: gr.Request) -> tuple:
        if p is None or p.time_limit is None:
            return (*([gr.skip()] * 13), gr.Timer(active=False), gr.skip())
        if p.result is not None:
            return (*([gr.skip()] * 13), gr.Timer(active=False), _countdown(p))
        if p.expired():
            return self._finish(p, request, reason="time_up")
        return (*([gr.skip()] * 14), _countdown(p))

    def _finish(self, p: Practice, request: gr.Request, reason: str = "ended_by_you") -> tuple:
        ctx = self.ctx
        viewer = ctx.viewer(request)
        # A timer tick and a click can race to finish the same run; only one may store it.
        with p.lock:
            if p.result is None:
                p.end(reason)
                session = p.session
                p.result = archive(
                    p.transcript(),
                    ctx.store,
                    owner=viewer.name,
                    rubric=catalog.get_rubric(session.rubric or catalog.DEFAULT_RUBRIC),
                    persona=session.persona,
                    partner=session.partner.label,
                )
            # After the scorecard is kept: a failing judge costs only its own opinion.
            judged = p.ask_judge(ctx.judge)
        result: Archived = p.result
        card, t = result.card, result.transcript
        if result.problems:
            notice = "".join(_notice(x, "warn") for x in result.problems)
        else:
            notice = _notice("Saved to your history.")
        earlier = _earlier_points(ctx, viewer.name, result.id)
        subtitle = _subtitle(result.stored, t, p.session.partner.label)
        files = _exports(
            ctx, t, card, [], stem=t.id, subtitle=subtitle, earlier=earlier, judged=judged
        )
        has_manager_turn = bool(t.manager_turns())
        return (
            p,
            _status(p)
            + ("" if has_manager_turn else " You did not say anything, so there is no score."),
            gr.Column(visible=True),
            notice,
            htmlreport.tiles(card),
            htmlreport.chart_pair(card, earlier),
            htmlreport.uncovered(card.uncovered),
            htmlreport.criteria_table(card) + htmlreport.judge_table(card, judged),
            htmlreport.transcript(t, card),
            *[gr.DownloadButton(value=f, visible=f is not None) for f in files],
            gr.Timer(active=False),
            _countdown(p),
        )

    # -- coach review -----------------------------------------------------------------

    def _reviewable(self, viewer: Viewer) -> list[StoredSession]:
        store = self.ctx.store
        rows = store.sessions(viewer.name)
        if viewer.is_coach and viewer.login:
            rows += store.shared_with(viewer.name)
        return sorted(rows, key=lambda r: r.created_at, reverse=True)

    def review_choices(self, request: gr.Request) -> Any:
        viewer = self.ctx.viewer(request)
        try:
            rows = self._reviewable(viewer)
        except RehearseError as exc:
            gr.Warning(str(exc))
            return gr.skip()
        choices = [
            (r.label + (f" · from {r.owner}" if r.owner != viewer.name else ""), r.id) for r in rows
        ]
        return gr.Dropdown(choices=choices)

    def _review_view(self, row: StoredSession, viewer: Viewer, message: str = "") -> tuple:
        ctx = self.ctx
        t, card = row.transcript, row.card
        stored = ctx.store.comments(row.id, viewer.name)
        mine = next((c.text for c in stored if c.turn is None and c.author == viewer.name), "")
        comments = _shown(stored)
        turns = [
            (
                f"#{i} {'Manager' if x.speaker == 'manager' else 'Employee'}: "
                f"{x.text[:70]}{'…' if len(x.text) > 70 else ''}",
                i,
            )
            for i, x in enumerate(t.turns)
        ]
        first_manager = next((i for i, x in enumerate(t.turns) if x.speaker == "manager"), None)
        html_file, md_file = self._review_exports(row, comments)
        return (
            row.id,
            message,
            gr.Column(visible=True),
            self._review_head(row, comments, viewer),
            htmlreport.tiles(card) + htmlreport.chart_pair(card),
            htmlreport.criteria_table(card) + htmlreport.judge_table(card, self._judged(row)),
            htmlreport.transcript(t, card, comments, names=("Manager", "Employee")),
            gr.Dropdown(choices=turns, value=first_manager),
            mine,
            gr.DownloadButton(value=html_file),
            gr.DownloadButton(value=md_file),
            self.review_choices_for(viewer, row.id),
        )

    def review_choices_for(self, viewer: Viewer, selected: str | None) -> Any:
        rows = self._reviewable(viewer)
        choices = [
            (r.label + (f" · from {r.owner}" if r.owner != viewer.name else ""), r.id) for r in rows
        ]
        return gr.Dropdown(choices=choices, value=selected)

    def _review_head(self, row: StoredSession, comments: list[Any], viewer: Viewer) -> str:
        t = row.transcript
        who = f" · shared by {escape(row.owner)}" if row.owner != viewer.name else ""
        notes = htmlreport.notes(comments)
        return (
            f"<h3 style='margin:4px 0'>{escape(_subtitle(row, t))}{who}</h3>"
            f"<p class='rh-group'>Transcript id {escape(t.id)} · rubric {escape(row.rubric_id)}"
            f" · {len(t.turns)} turns</p>{notes}"
        )

    def _judged(self, row: StoredSession) -> judging.JudgeOutcome | None:
        judge = self.ctx.judge
        if judge is None:
            return None
        return judge.outcome(row.id, row.transcript, lambda: catalog.get_rubric(row.rubric_id))

    def _review_exports(self, row: StoredSession, comments: list[Any]) -> tuple[str, str]:
        files = _exports(
            self.ctx,
            row.transcript,
            row.card,
            comments,
            stem=f"{row.transcript.id}-review",
            subtitle=_subtitle(row, row.transcript),
            earlier=[],
            transcripts=False,
            judged=self._judged(row),
        )
        return files[0] or "", files[1] or ""

    def review_upload(self, path: str | None, request: gr.Request) -> tuple:
        ctx = self.ctx
        viewer = ctx.viewer(request)
        skip = [gr.skip()] * 10
        if not path:
            return (gr.skip(), "", *skip)
        name = Path(path).name
        try:
            found = formats.read_transcripts(path)
        except RehearseError as exc:
            # Name the file as the user knows it, not Gradio's temporary copy.
            exc.path = name
            return (
                None,
                _notice(f"Could not read the transcript: {exc.render()}", "err"),
                gr.Column(visible=False),
                *skip[1:],
            )
        personas = ctx.personas()
        stored: list[StoredSession] = []
        problems: list[str] = []
        for t in found:
            try:
                rubric = catalog.get_rubric(t.rubric or catalog.DEFAULT_RUBRIC, ())
            except RehearseError:
                rubric = catalog.get_rubric()
            result = archive(
                t,
                ctx.store,
                owner=viewer.name,
                rubric=rubric,
                persona=personas.get(t.persona or ""),
                source="upload",
                session_id=ctx.store.new_id(),
            )
            problems += result.problems
            if result.stored:
                stored.append(result.stored)
        if not stored:
            return (
                None,
                _notice(" ".join(problems) or "Nothing to review.", "err"),
                gr.Column(visible=False),
                *skip[1:],
            )
        msg = f"Loaded {name}."
        if len(stored) > 1:
            msg += f" It holds {len(stored)} transcripts; the first is open, pick others above."
        kind = "warn" if problems else "ok"
        return self._review_view(stored[0], viewer, _notice(" ".join([msg, *problems]), kind))

    def review_open(self, session_id: str | None, request: gr.Request) -> tuple:
        viewer = self.ctx.viewer(request)
        row = self.ctx.store.get(session_id, viewer.name) if session_id else None
        if row is None:
            return (
                None,
                _notice("That session is not available.", "err"),
                gr.Column(visible=False),
                *([gr.skip()] * 9),
            )
        return self._review_view(row, viewer)

    def add_comment(
        self, session_id: str | None, turn: int | None, text: str, request: gr.Request
    ) -> tuple:
        viewer = self.ctx.viewer(request)
        store = self.ctx.store
        if not session_id:
            return (_notice("Open a transcript first.", "err"), *([gr.skip()] * 4))
        try:
            store.add_comment(session_id, viewer.name, text or "", turn)
        except RehearseError as exc:
            return (_notice(str(exc), "err"), *([gr.skip()] * 4))
        _, _, refreshed = self._saved_review(session_id, viewer)
        return (_notice(f"Comment saved on turn #{turn}."), "", *refreshed)

    def save_note(self, session_id: str | None, text: str, request: gr.Request) -> tuple:
        viewer = self.ctx.viewer(request)
        store = self.ctx.store
        if not session_id:
            return (_notice("Open a transcript first.", "err"), *([gr.skip()] * 4))
        try:
            store.set_note(session_id, viewer.name, text or "")
        except RehearseError as exc:
            return (_notice(str(exc), "err"), *([gr.skip()] * 4))
        row, comments, refreshed = self._saved_review(session_id, viewer)
        return (
            _notice("Note saved." if (text or "").strip() else "Note removed."),
            *refreshed,
            self._review_head(row, comments, viewer),
        )

    def _saved_review(
        self, session_id: str, viewer: Viewer
    ) -> tuple[StoredSession, list[Any], tuple[str, Any, Any]]:
        """After a comment or note is saved: the row and its comments as stored now, and the
        annotated transcript and both export buttons rebuilt from them."""
        store = self.ctx.store
        row = store.get(session_id, viewer.name)
        assert row is not None
        comments = _shown(store.comments(session_id, viewer.name))
        html_file, md_file = self._review_exports(row, comments)
        transcript = htmlreport.transcript(
            row.transcript, row.card, comments, names=("Manager", "Employee")
        )
        return (
            row,
            comments,
            (transcript, gr.DownloadButton(value=html_file), gr.DownloadButton(value=md_file)),
        )

    # -- history ----------------------------------------------------------------------

    def history(self, persona: str | None, request: gr.Request) -> tuple:
        ctx = self.ctx
        viewer = ctx.viewer(request)
        try:
            rows = ctx.store.sessions(viewer.name, persona=persona or None, source="practice")
        except RehearseError as exc:
            return (_notice(str(exc), "err"), gr.skip(), gr.skip())
        rubric = catalog.get_rubric()
        names = {c.id: c.name for c in rubric.criteria}
        series: dict[str, list[float | None]] = {
            names.get(cid, cid): [r.scores.get(cid) for r in rows] for cid in names
        }
        ticks = [r.created_at.astimezone().strftime("%d %b %H:%M") for r in rows]
        chart = charts.progress(series, ticks)

        def f(v: float | None) -> str:
            return "–" if v is None else f"{v:.1f}"

        table = [
            [
                r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                r.persona_name or r.persona_id or "",
                f(r.overall),
                f(r.empathy),
                f(r.execution),
                f"{r.layers_disclosed}/{r.layers_total}" if r.layers_total else "–",
                "agreed" if r.committed else "–",
                ", ".join(r.shared_with),
            ]
            for r in reversed(rows)
        ]
        choices = [(r.label, r.id) for r in reversed(rows)]
        return (chart, table, gr.Dropdown(choices=choices, value=None))

    def history_table(self, persona: str | None, request: gr.Request) -> tuple:
        return self.history(persona, request)[:2]

    def history_open(self, session_id: str | None, request: gr.Request) -> tuple:
        ctx = self.ctx
        viewer = ctx.viewer(request)
        row = ctx.store.get(session_id, viewer.name) if session_id else None
        if row is None or row.owner != viewer.name:
            return (
                gr.Column(visible=False),
                *([gr.skip()] * 5),
                gr.Row(visible=False),
                _notice("Pick one of your sessions.", "err") if session_id else "",
            )
        comments = _shown(ctx.store.comments(row.id, viewer.name))
        earlier = _earlier_points(ctx, viewer.name, row.id)
        files = _exports(
            ctx,
            row.transcript,
            row.card,
            comments,
            stem=row.transcript.id,
            subtitle=_subtitle(row, row.transcript),
            earlier=earlier,
            transcripts=False,
        )
        summary = (
            htmlreport.tiles(row.card)
            + htmlreport.chart_pair(row.card, earlier)
            + htmlreport.uncovered(row.card.uncovered)
            + htmlreport.notes(comments)
        )
        return (
            gr.Column(visible=True),
            summary,
            htmlreport.transcript(row.transcript, row.card, comments),
            gr.Dropdown(value=list(row.shared_with)),
            gr.DownloadButton(value=files[0]),
            gr.DownloadButton(value=files[1]),
            gr.Row(visible=False),
            "",
        )

    def share(self, session_id: str | None, coaches: list[str] | None, request: gr.Request):
        ctx = self.ctx
        viewer = ctx.viewer(request)
        if not session_id or ctx.users is None:
            return _notice("Pick a session first.", "err"), gr.skip()
        allowed = set(ctx.users.coaches())
        wanted = {c for c in (coaches or []) if c in allowed and c != viewer.name}
        row = ctx.store.get(session_id, viewer.name)
        if row is None or row.owner != viewer.name:
            return _notice("Only your own sessions can be shared.", "err"), gr.skip()
        for coach in allowed:
            ctx.store.share(session_id, viewer.name, coach, shared=coach in wanted)
        text = f"Shared with {', '.join(sorted(wanted))}." if wanted else "Not shared with anyone."
        return _notice(text), gr.skip()

    def delete(self, session_id: str | None, request: gr.Request) -> tuple:
        viewer = self.ctx.viewer(request)
        hide = gr.Row(visible=False)
        if not session_id:
            return _notice("Pick a session first.", "err"), gr.skip(), hide, gr.skip()
        try:
            ok = self.ctx.store.delete(session_id, viewer.name)
        except RehearseError as exc:
            return _notice(str(exc), "err"), gr.skip(), hide, gr.skip()
        if not ok:
            return (
                _notice("Only your own sessions can be deleted.", "err"),
                gr.skip(),
                hide,
                gr.skip(),
            )
        return _notice("Session deleted."), gr.Column(visible=False), hide, gr.Dropdown(value=None)


def theme() -> gr.themes.Base:
    """Gradio's Soft theme on system fonts: nothing is fetched from a font CDN."""
    return gr.themes.Soft(
        primary_hue="blue", neutral_hue="slate", font=SYSTEM_FONTS, font_mono=MONO_FONTS
    )


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = None, **kw: Any) -> Any:
    """Serve on loopback by default, with no share link and no telemetry; login if users
    are configured (``REHEARSE_USERS_FILE`` / ``REHEARSE_AUTH``)."""
    ctx: AppContext | None = getattr(demo, "rehearse", None)
    if ctx is not None and ctx.users is not None and "auth" not in kw:
        kw["auth"] = ctx.users.check
        kw.setdefault("auth_message", "Sign in to practise and see your own history.")
    kw.setdefault("theme", theme())
    kw.setdefault("css", htmlreport.STYLE + APP_CSS)
    kw.setdefault("footer_links", [])
    # Transcripts are refused above 20 MB by the reader; stop bigger uploads at the door.
    kw.setdefault("max_file_size", "25mb")
    kw.setdefault("ssr_mode", False)
    return demo.queue(default_concurrency_limit=32).launch(
        server_name=host, server_port=port, share=False, show_error=True, **kw
    )
