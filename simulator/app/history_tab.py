"""The History tab: each criterion over time, the sessions table, and one session reopened
to read, share with a coach, download or delete."""

from __future__ import annotations

from simulator.app._downloads import write_downloads
from simulator.app._gradio import PRIVATE, Block, Updates, gr
from simulator.app._views import WHEN, earlier_points, notice, shown, subtitle
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.errors import RehearseError
from simulator.reports import charts
from simulator.reports import html as htmlreport
from simulator.reports.vocabulary import NOT_APPLICABLE, fmt_score

COLUMNS = [
    "When",
    "Persona",
    "Overall",
    "Empathy",
    "Execution",
    "Uncovered",
    "Next step",
    "Shared with",
]
TICK = "%d %b %H:%M"
"""How a session's time reads under the progress chart."""


class HistoryTab:
    """The History tab's components, events and handlers.

    Build it inside ``gr.Tab(...)`` (passed as ``tab``), then call :meth:`wire`.
    """

    def __init__(self, ctx: AppContext, tab: gr.Tab, personas: list[Persona]) -> None:
        self.ctx = ctx
        self.tab = tab
        with gr.Row():
            self.filter = gr.Dropdown(
                [("All personas", "")] + [(p.name, p.id) for p in personas],
                value="",
                label="Persona",
                scale=1,
                elem_id="history-filter",
            )
            gr.HTML(scale=3)
        gr.HTML('<p class="rh-section">Each criterion over time</p>')
        self.chart = gr.HTML(elem_id="history-chart")
        gr.HTML('<p class="rh-section">Your sessions</p>')
        self.table = gr.Dataframe(
            headers=COLUMNS, interactive=False, elem_id="history-table", wrap=True
        )
        self.pick = gr.Dropdown(label="Open a session", choices=[], elem_id="history-pick")
        self.message = gr.HTML()
        with gr.Column(visible=False, elem_id="history-view") as self.view:
            self.summary = gr.HTML()
            with gr.Row():
                self.share_with = gr.Dropdown(
                    label="Share with coach",
                    choices=ctx.users.coaches() if ctx.users else [],
                    multiselect=True,
                    visible=ctx.users is not None,
                    scale=3,
                    elem_id="history-share",
                )
                self.share_btn = gr.Button("Save sharing", visible=ctx.users is not None, scale=1)
            with gr.Row():
                self.dl_html = gr.DownloadButton("Report (HTML)", size="sm")
                self.dl_md = gr.DownloadButton("Report (Markdown)", size="sm")
                self.delete_btn = gr.Button(
                    "Delete this session…", variant="stop", size="sm", elem_id="delete"
                )
            with gr.Row(visible=False, elem_id="confirm-delete") as self.confirm:
                gr.HTML(
                    '<div class="rh-notice rh-warn">Delete this session, its transcript '
                    "and its comments for good? This cannot be undone.</div>"
                )
                self.yes = gr.Button("Yes, delete it", variant="stop", elem_id="confirm-yes")
                self.no = gr.Button("Keep it", elem_id="confirm-no")
            self.transcript = gr.HTML()

    @property
    def list_outputs(self) -> list[Block]:
        """What listing the sessions updates."""
        return [self.chart, self.table, self.pick]

    @property
    def open_outputs(self) -> list[Block]:
        """What opening one session updates."""
        return [
            self.view,
            self.summary,
            self.transcript,
            self.share_with,
            self.dl_html,
            self.dl_md,
            self.confirm,
            self.message,
        ]

    def wire(self) -> None:
        """Register the tab's events."""
        self.tab.select(self.history, [self.filter], self.list_outputs, api_visibility=PRIVATE)
        self.filter.change(self.history, [self.filter], self.list_outputs, api_visibility=PRIVATE)
        self.pick.input(self.open, [self.pick], self.open_outputs, api_visibility=PRIVATE)
        self.share_btn.click(
            self.share, [self.pick, self.share_with], [self.message], api_visibility=PRIVATE
        ).then(self.refresh, [self.filter], [self.chart, self.table], api_visibility=PRIVATE)
        self.delete_btn.click(self.ask_delete, None, [self.confirm], api_visibility=PRIVATE)
        self.no.click(self.keep, None, [self.confirm], api_visibility=PRIVATE)
        self.yes.click(
            self.delete,
            [self.pick],
            [self.message, self.view, self.confirm, self.pick],
            api_visibility=PRIVATE,
        ).then(self.history, [self.filter], self.list_outputs, api_visibility=PRIVATE)

    # -- handlers ---------------------------------------------------------------------

    def history(self, persona: str | None, request: gr.Request | None) -> Updates:
        """The progress chart, the table and the session picker for this person's practice
        sessions (with one persona's only, if ``persona`` is set)."""
        viewer = self.ctx.viewer(request)
        try:
            rows = self.ctx.store.sessions(viewer.name, persona=persona or None, source="practice")
        except RehearseError as exc:
            return {self.chart: notice(str(exc), "err")}
        rubric = catalog.get_rubric()
        names = {c.id: c.name for c in rubric.criteria}
        series: dict[str, list[float | None]] = {
            names.get(cid, cid): [r.scores.get(cid) for r in rows] for cid in names
        }
        ticks = [r.created_at.astimezone().strftime(TICK) for r in rows]
        table = [
            [
                r.created_at.astimezone().strftime(WHEN),
                r.persona_name or r.persona_id or "",
                fmt_score(r.overall),
                fmt_score(r.empathy),
                fmt_score(r.execution),
                f"{r.layers_disclosed}/{r.layers_total}" if r.layers_total else NOT_APPLICABLE,
                "agreed" if r.committed else NOT_APPLICABLE,
                ", ".join(r.shared_with),
            ]
            for r in reversed(rows)
        ]
        return {
            self.chart: charts.progress(series, ticks),
            self.table: table,
            self.pick: gr.Dropdown(choices=[(r.label, r.id) for r in reversed(rows)], value=None),
        }

    def refresh(self, persona: str | None, request: gr.Request | None) -> Updates:
        """The chart and table again (after sharing), with the open session left picked."""
        out = self.history(persona, request)
        out.pop(self.pick, None)
        return out

    def open(self, session_id: str | None, request: gr.Request | None) -> Updates:
        """One of this person's own sessions: scorecard, notes, transcript and downloads."""
        ctx = self.ctx
        viewer = ctx.viewer(request)
        row = ctx.store.get(session_id, viewer.name) if session_id else None
        if row is None or row.owner != viewer.name:
            return {
                self.view: gr.Column(visible=False),
                self.confirm: gr.Row(visible=False),
                self.message: notice("Pick one of your sessions.", "err") if session_id else "",
            }
        comments = shown(ctx.store.comments(row.id, viewer.name))
        earlier = earlier_points(ctx, viewer.name, row.id)
        files = write_downloads(
            ctx,
            row.transcript,
            row.card,
            comments,
            owner=viewer.name,
            session_id=row.id,
            stem=row.transcript.id,
            subtitle=subtitle(row, row.transcript),
            earlier=earlier,
            transcripts=False,
        )
        return {
            self.view: gr.Column(visible=True),
            self.summary: htmlreport.tiles(row.card)
            + htmlreport.chart_pair(row.card, earlier)
            + htmlreport.uncovered(row.card.uncovered)
            + htmlreport.notes(comments),
            self.transcript: htmlreport.transcript(row.transcript, row.card, comments),
            self.share_with: gr.Dropdown(value=list(row.shared_with)),
            self.dl_html: gr.DownloadButton(value=files.html),
            self.dl_md: gr.DownloadButton(value=files.md),
            self.confirm: gr.Row(visible=False),
            self.message: "",
        }

    def share(
        self, session_id: str | None, coaches: list[str] | None, request: gr.Request | None
    ) -> Updates:
        """Share one's own session with exactly the coaches picked (and no others)."""
        ctx = self.ctx
        viewer = ctx.viewer(request)
        if not session_id or ctx.users is None:
            return {self.message: notice("Pick a session first.", "err")}
        allowed = set(ctx.users.coaches())
        wanted = {c for c in (coaches or []) if c in allowed and c != viewer.name}
        row = ctx.store.get(session_id, viewer.name)
        if row is None or row.owner != viewer.name:
            return {self.message: notice("Only your own sessions can be shared.", "err")}
        for coach in allowed:
            ctx.store.share(session_id, viewer.name, coach, shared=coach in wanted)
        text = f"Shared with {', '.join(sorted(wanted))}." if wanted else "Not shared with anyone."
        return {self.message: notice(text)}

    def ask_delete(self) -> Updates:
        """Show the "delete for good?" confirmation."""
        return {self.confirm: gr.Row(visible=True)}

    def keep(self) -> Updates:
        """Hide the confirmation; nothing is deleted."""
        return {self.confirm: gr.Row(visible=False)}

    def delete(self, session_id: str | None, request: gr.Request | None) -> Updates:
        """Delete one's own session, its transcript and its comments."""
        hide = {self.confirm: gr.Row(visible=False)}
        if not session_id:
            return {self.message: notice("Pick a session first.", "err")} | hide
        try:
            ok = self.ctx.store.delete(session_id, self.ctx.viewer(request).name)
        except RehearseError as exc:
            return {self.message: notice(str(exc), "err")} | hide
        if not ok:
            return {self.message: notice("Only your own sessions can be deleted.", "err")} | hide
        return {
            self.message: notice("Session deleted."),
            self.view: gr.Column(visible=False),
            self.pick: gr.Dropdown(value=None),
        } | hide
