"""The History tab: each criterion over time with the overall trend, the sessions table with
"new feedback" from coaches, and one session reopened with its full scorecard to read, share
with a coach, download or delete."""

from __future__ import annotations

from html import escape

from simulator.app import _history_views as hv
from simulator.app._downloads import write_downloads
from simulator.app._gradio import PRIVATE, Block, Updates, gr
from simulator.app._review_comments import TABLE_CSS, scrolling
from simulator.app._views import earlier_points, notice, shown, subtitle
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.errors import RehearseError
from simulator.reports import charts
from simulator.reports import html as htmlreport

COLUMNS = hv.COLUMNS
NEW_CSS = (
    TABLE_CSS
    + """
.rh-new-feedback { background:#eff6ff; color:#1e3a8a; border:1px solid #93c5fd; }
"""
)


class HistoryTab:
    """The History tab's components, events and handlers.

    Build it inside ``gr.Tab(...)`` (passed as ``tab``), then call :meth:`wire`.
    """

    def __init__(self, ctx: AppContext, tab: gr.Tab, personas: list[Persona]) -> None:
        self.ctx = ctx
        self.tab = tab
        self.feedback = gr.HTML(elem_id="history-feedback", css_template=NEW_CSS)
        rubric = catalog.get_rubric()
        with gr.Row():
            self.filter = gr.Dropdown(
                [("All personas", "")] + [(p.name, p.id) for p in personas],
                value="",
                label="Persona",
                min_width=160,
                elem_id="history-filter",
            )
            self.criterion = gr.Dropdown(
                [("All criteria", "")] + [(c.name, c.id) for c in rubric.criteria],
                value="",
                label="Criterion",
                min_width=160,
                elem_id="history-criterion",
            )
        gr.HTML('<h2 class="rh-section">Each criterion over time, with the overall trend</h2>')
        self.chart = gr.HTML(elem_id="history-chart", css_template=TABLE_CSS + hv.CHART_CSS)
        gr.HTML('<h2 class="rh-section">Your sessions</h2>')
        self.table = gr.HTML(elem_id="history-table", css_template=NEW_CSS)
        self.pick = gr.Dropdown(label="Open a session", choices=[], elem_id="history-pick")
        self.message = gr.HTML()
        with gr.Column(visible=False, elem_id="history-view") as self.view:
            self.summary = gr.HTML(elem_id="history-summary", css_template=TABLE_CSS)
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
            self.transcript = gr.HTML(css_template=TABLE_CSS)

    @property
    def list_outputs(self) -> list[Block]:
        """What listing the sessions updates."""
        return [self.chart, self.table, self.pick, self.feedback]

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
            self.table,
            self.feedback,
        ]

    def wire(self) -> None:
        """Register the tab's events."""
        filters = [self.filter, self.criterion]
        self.tab.select(self.history, filters, self.list_outputs, api_visibility=PRIVATE)
        for f in filters:
            f.change(self.history, filters, self.list_outputs, api_visibility=PRIVATE)
        self.pick.input(self.open, [self.pick, *filters], self.open_outputs, api_visibility=PRIVATE)
        self.share_btn.click(
            self.share, [self.pick, self.share_with], [self.message], api_visibility=PRIVATE
        ).then(self.refresh, filters, [self.chart, self.table], api_visibility=PRIVATE)
        self.delete_btn.click(self.ask_delete, None, [self.confirm], api_visibility=PRIVATE)
        self.no.click(self.keep, None, [self.confirm], api_visibility=PRIVATE)
        self.yes.click(
            self.delete,
            [self.pick],
            [self.message, self.view, self.confirm, self.pick],
            api_visibility=PRIVATE,
        ).then(self.history, filters, self.list_outputs, api_visibility=PRIVATE)

    # -- handlers ---------------------------------------------------------------------

    def history(
        self, persona: str | None, criterion: str | None = None, request: gr.Request | None = None
    ) -> Updates:
        """The progress chart (one criterion, or all, with the overall trend), the table and
        the session picker for this person's practice sessions (with one persona's only, if
        ``persona`` is set), and a notice of feedback they have not read yet."""
        viewer = self.ctx.viewer(request)
        try:
            rows = self.ctx.store.sessions(viewer.name, persona=persona or None, source="practice")
            new = self.ctx.store.new_feedback(viewer.name)
        except RehearseError as exc:
            return {self.chart: notice(str(exc), "err")}
        rubric = catalog.get_rubric()
        names = {c.id: c.name for c in rubric.criteria if not criterion or c.id == criterion}
        series: dict[str, list[float | None]] = {
            name: [r.scores.get(cid) for r in rows] for cid, name in names.items()
        }
        overall = [r.overall for r in rows]
        return {
            self.chart: charts.progress(series, hv.ticks(rows), overall=overall)
            + (hv.progress_table(series, overall) if rows else ""),
            self.table: hv.table(rows, new),
            self.pick: gr.Dropdown(
                choices=[
                    (r.label + (" · new feedback" if new.get(r.id) else ""), r.id)
                    for r in reversed(rows)
                ],
                value=None,
            ),
            self.feedback: hv.new_feedback_notice(rows, new),
        }

    def refresh(
        self, persona: str | None, criterion: str | None = None, request: gr.Request | None = None
    ) -> Updates:
        """The chart and table again (after sharing), with the open session left picked."""
        out = self.history(persona, criterion, request)
        out.pop(self.pick, None)
        out.pop(self.feedback, None)
        return out

    def open(
        self,
        session_id: str | None,
        persona: str | None = None,
        criterion: str | None = None,
        request: gr.Request | None = None,
    ) -> Updates:
        """One of this person's own sessions: the full scorecard (tiles, charts, scores table,
        what was uncovered), notes, transcript and downloads. Its feedback counts as read."""
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
        card = row.card
        scored = any(c.score is not None for c in card.criteria)
        charts_html = (
            htmlreport.chart_pair(card, earlier)
            if scored
            else notice("Nothing was scored in this session, so there are no charts.", "warn")
        )
        out: Updates = {
            self.view: gr.Column(visible=True),
            self.summary: f"<h2 class='rh-section'>{escape(subtitle(row, row.transcript))}</h2>"
            + htmlreport.tiles(card)
            + charts_html
            + (scrolling(htmlreport.criteria_table(card), "Scores by criterion") if scored else "")
            + htmlreport.uncovered(card.uncovered)
            + htmlreport.notes(comments),
            self.transcript: htmlreport.transcript(row.transcript, card, comments),
            self.share_with: gr.Dropdown(value=list(row.shared_with)),
            self.dl_html: gr.DownloadButton(value=files.html),
            self.dl_md: gr.DownloadButton(value=files.md),
            self.confirm: gr.Row(visible=False),
            self.message: "",
        }
        if ctx.store.new_feedback(viewer.name).get(row.id):
            ctx.store.mark_feedback_seen(row.id, viewer.name)
            listed = self.history(persona, criterion, request)
            out[self.table] = listed[self.table]
            out[self.feedback] = listed[self.feedback]
        return out

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
