"""The Coach review tab: open a transcript (uploaded or stored), comment on turns, export.

Uploads are scored and stored like practice sessions (``source="upload"``); comments and the
overall note are kept with the session and go into both exported reports. API endpoints:
``/review_upload``, ``/add_comment`` and ``/save_note``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from simulator.app._downloads import Downloads, write_downloads
from simulator.app._gradio import PRIVATE, Block, Updates, gr
from simulator.app._views import Shown, notice, shown, subtitle
from simulator.app.auth import Viewer
from simulator.app.context import AppContext
from simulator.content import catalog, formats
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.reports import html as htmlreport
from simulator.store.archive import archive
from simulator.store.database import StoredSession

UPLOAD_TYPES = [".json", ".jsonl", ".ndjson", ".txt", ".csv", ".vtt"]
NAMES = ("Manager", "Employee")
"""How the two speakers are named to a coach (the manager is not "you" here)."""


class ReviewTab:
    """The Coach review tab's components, events and handlers.

    Build it inside ``gr.Tab(...)`` (passed as ``tab``), then call :meth:`wire`.
    """

    def __init__(self, ctx: AppContext, tab: gr.Tab) -> None:
        self.ctx = ctx
        self.tab = tab
        gr.Markdown(
            "Open a transcript to review it turn by turn: upload one "
            "(JSON, JSONL, TXT, CSV or WebVTT) or pick a stored session. "
            "Comments are saved with the session and go into the exported report."
        )
        with gr.Row():
            self.upload = gr.File(
                label="Upload a transcript",
                file_types=UPLOAD_TYPES,
                type="filepath",
                elem_id="upload",
                height=120,
            )
            with gr.Column():
                self.pick = gr.Dropdown(
                    label="…or pick a stored session",
                    info="Your sessions and uploads"
                    + (", and sessions shared with you" if ctx.users else ""),
                    choices=[],
                    elem_id="review-pick",
                )
                self.refresh = gr.Button("Refresh list", size="sm")
        self.message = gr.HTML(elem_id="review-message")
        self.session_id = gr.State()
        with gr.Column(visible=False, elem_id="review-view") as self.view:
            self.head = gr.HTML()
            self.tiles = gr.HTML()
            self.criteria = gr.HTML()
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    gr.HTML('<p class="rh-section">Transcript, annotated</p>')
                    self.transcript = gr.HTML(elem_id="review-transcript")
                with gr.Column(scale=2):
                    gr.HTML('<p class="rh-section">Comment on a turn</p>')
                    self.turn = gr.Dropdown(label="Turn", choices=[], elem_id="review-turn")
                    self.comment = gr.Textbox(label="Comment", lines=3, elem_id="review-comment")
                    self.add = gr.Button("Add comment", variant="primary", elem_id="add-comment")
                    gr.HTML('<p class="rh-section">Overall note</p>')
                    self.note = gr.Textbox(label="Overall note", lines=4, elem_id="review-note")
                    self.note_btn = gr.Button("Save note", elem_id="save-note")
                    self.saved = gr.HTML()
                    gr.HTML('<p class="rh-section">Export with comments</p>')
                    with gr.Row():
                        self.dl_html = gr.DownloadButton(
                            "Report (HTML)", size="sm", elem_id="review-dl-html"
                        )
                        self.dl_md = gr.DownloadButton(
                            "Report (Markdown)", size="sm", elem_id="review-dl-md"
                        )

    @property
    def open_outputs(self) -> list[Block]:
        """What opening a transcript updates (``/review_upload``), in the API's order."""
        return [
            self.session_id,
            self.message,
            self.view,
            self.head,
            self.tiles,
            self.criteria,
            self.transcript,
            self.turn,
            self.note,
            self.dl_html,
            self.dl_md,
            self.pick,
        ]

    def wire(self) -> None:
        """Register the tab's events."""
        self.upload.upload(
            self.review_upload, [self.upload], self.open_outputs, api_name="review_upload"
        )
        self.pick.input(self.review_open, [self.pick], self.open_outputs, api_visibility=PRIVATE)
        self.tab.select(self.choices, None, [self.pick], api_visibility=PRIVATE)
        self.refresh.click(self.choices, None, [self.pick], api_visibility=PRIVATE)
        self.add.click(
            self.add_comment,
            [self.session_id, self.turn, self.comment],
            [self.saved, self.comment, self.transcript, self.dl_html, self.dl_md],
            api_name="add_comment",
        )
        self.note_btn.click(
            self.save_note,
            [self.session_id, self.note],
            [self.saved, self.transcript, self.dl_html, self.dl_md, self.head],
            api_name="save_note",
        )

    # -- handlers ---------------------------------------------------------------------

    def _reviewable(self, viewer: Viewer) -> list[StoredSession]:
        store = self.ctx.store
        rows = store.sessions(viewer.name)
        if viewer.is_coach and viewer.login:
            rows += store.shared_with(viewer.name)
        return sorted(rows, key=lambda r: r.created_at, reverse=True)

    def _choices(self, viewer: Viewer, selected: str | None = None) -> gr.Dropdown:
        rows = self._reviewable(viewer)
        choices = [
            (r.label + (f" · from {r.owner}" if r.owner != viewer.name else ""), r.id) for r in rows
        ]
        if selected is None:
            return gr.Dropdown(choices=choices)
        return gr.Dropdown(choices=choices, value=selected)

    def choices(self, request: gr.Request | None) -> Updates:
        """The sessions this person may review: their own, and (coaches) those shared."""
        try:
            return {self.pick: self._choices(self.ctx.viewer(request))}
        except RehearseError as exc:
            gr.Warning(str(exc))
            return {self.pick: gr.skip()}

    def review_upload(self, path: str | None, request: gr.Request | None) -> Updates:
        """Read, score and store an uploaded transcript file, and open its first transcript."""
        ctx = self.ctx
        viewer = ctx.viewer(request)
        if not path:
            return {self.message: ""}
        name = Path(path).name
        try:
            found = formats.read_transcripts(path)
        except RehearseError as exc:
            # Name the file as the user knows it, not Gradio's temporary copy.
            exc.path = name
            return self._closed(notice(f"Could not read the transcript: {exc.render()}", "err"))
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
            return self._closed(notice(" ".join(problems) or "Nothing to review.", "err"))
        msg = f"Loaded {name}."
        if len(stored) > 1:
            msg += f" It holds {len(stored)} transcripts; the first is open, pick others above."
        loaded = notice(" ".join([msg, *problems]), "warn" if problems else "ok")
        return self._opened(stored[0], viewer, loaded)

    def review_open(self, session_id: str | None, request: gr.Request | None) -> Updates:
        """Open a stored session this person may see."""
        viewer = self.ctx.viewer(request)
        row = self.ctx.store.get(session_id, viewer.name) if session_id else None
        if row is None:
            return self._closed(notice("That session is not available.", "err"))
        return self._opened(row, viewer)

    def _closed(self, message: str) -> Updates:
        return {self.session_id: None, self.message: message, self.view: gr.Column(visible=False)}

    def _opened(self, row: StoredSession, viewer: Viewer, message: str = "") -> Updates:
        t, card = row.transcript, row.card
        stored = self.ctx.store.comments(row.id, viewer.name)
        mine = next((c.text for c in stored if c.turn is None and c.author == viewer.name), "")
        comments = shown(stored)
        turns = [
            (
                f"#{i} {NAMES[0] if x.speaker == 'manager' else NAMES[1]}: "
                f"{x.text[:70]}{'…' if len(x.text) > 70 else ''}",
                i,
            )
            for i, x in enumerate(t.turns)
        ]
        first_manager = next((i for i, x in enumerate(t.turns) if x.speaker == "manager"), None)
        files = self._downloads(row, comments, viewer)
        return {
            self.session_id: row.id,
            self.message: message,
            self.view: gr.Column(visible=True),
            self.head: self._head(row, comments, viewer),
            self.tiles: htmlreport.tiles(card) + htmlreport.chart_pair(card),
            self.criteria: htmlreport.criteria_table(card)
            + htmlreport.judge_table(card, self._judged(row)),
            self.transcript: htmlreport.transcript(t, card, comments, names=NAMES),
            self.turn: gr.Dropdown(choices=turns, value=first_manager),
            self.note: mine,
            self.dl_html: gr.DownloadButton(value=files.html),
            self.dl_md: gr.DownloadButton(value=files.md),
            self.pick: self._choices(viewer, row.id),
        }

    def _head(self, row: StoredSession, comments: list[Shown], viewer: Viewer) -> str:
        t = row.transcript
        who = f" · shared by {escape(row.owner)}" if row.owner != viewer.name else ""
        return (
            f"<h3 style='margin:4px 0'>{escape(subtitle(row, t))}{who}</h3>"
            f"<p class='rh-group'>Transcript id {escape(t.id)} · rubric {escape(row.rubric_id)}"
            f" · {len(t.turns)} turns</p>{htmlreport.notes(comments)}"
        )

    def _judged(self, row: StoredSession) -> judging.JudgeOutcome | None:
        judge = self.ctx.judge
        if judge is None:
            return None
        return judge.outcome(row.id, row.transcript, lambda: catalog.get_rubric(row.rubric_id))

    def _downloads(self, row: StoredSession, comments: list[Shown], viewer: Viewer) -> Downloads:
        return write_downloads(
            self.ctx,
            row.transcript,
            row.card,
            comments,
            owner=viewer.name,
            session_id=row.id,
            stem=f"{row.transcript.id}-review",
            subtitle=subtitle(row, row.transcript),
            earlier=[],
            transcripts=False,
            judged=self._judged(row),
        )

    def add_comment(
        self, session_id: str | None, turn: int | None, text: str, request: gr.Request | None
    ) -> Updates:
        """Keep a comment on one turn; the annotated transcript and exports show it."""
        viewer = self.ctx.viewer(request)
        if not session_id:
            return {self.saved: notice("Open a transcript first.", "err")}
        try:
            self.ctx.store.add_comment(session_id, viewer.name, text or "", turn)
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        _row, _comments, refreshed = self._refreshed(session_id, viewer)
        return {self.saved: notice(f"Comment saved on turn #{turn}."), self.comment: ""} | refreshed

    def save_note(self, session_id: str | None, text: str, request: gr.Request | None) -> Updates:
        """Keep (or, when empty, remove) this reviewer's overall note."""
        viewer = self.ctx.viewer(request)
        if not session_id:
            return {self.saved: notice("Open a transcript first.", "err")}
        try:
            self.ctx.store.set_note(session_id, viewer.name, text or "")
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        row, comments, refreshed = self._refreshed(session_id, viewer)
        saved = notice("Note saved." if (text or "").strip() else "Note removed.")
        # The heading lists the overall notes; a turn comment does not change it.
        return {self.saved: saved, self.head: self._head(row, comments, viewer)} | refreshed

    def _refreshed(
        self, session_id: str, viewer: Viewer
    ) -> tuple[StoredSession, list[Shown], Updates]:
        """After a comment or note is saved: the row and its comments as stored now, and the
        annotated transcript and both exports rebuilt from them."""
        store = self.ctx.store
        row = store.get(session_id, viewer.name)
        assert row is not None
        comments = shown(store.comments(session_id, viewer.name))
        files = self._downloads(row, comments, viewer)
        return (
            row,
            comments,
            {
                self.transcript: htmlreport.transcript(
                    row.transcript, row.card, comments, names=NAMES
                ),
                self.dl_html: gr.DownloadButton(value=files.html),
                self.dl_md: gr.DownloadButton(value=files.md),
            },
        )
