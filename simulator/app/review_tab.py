"""The Coach review tab: open a transcript (uploaded, stored or shared), comment on turns, export.

Uploads are scored and stored like practice sessions (``source="upload"``); a transcript that
names its speakers ("Alex:", "Sam:") is read only after the coach says which one is the
manager. Comments (added by pressing "Comment" on a turn, edited or deleted by their author)
and the overall note are kept with the session and go into both exported reports. A coach
sees the sessions shared with them in an inbox and marks each reviewed. API endpoints:
``/review_upload``, ``/add_comment`` and ``/save_note``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.app import _review_comments as view
from simulator.app._gradio import PRIVATE, Block, Updates, gr
from simulator.app._review_feedback import ReviewFeedback, event_data
from simulator.app._review_upload import ask_speakers, speaker_map, web_error
from simulator.app._views import notice, shown
from simulator.app.auth import Viewer
from simulator.app.context import AppContext
from simulator.content import catalog, formats
from simulator.errors import RehearseError
from simulator.reports import html as htmlreport
from simulator.store.archive import archive
from simulator.store.records import StoredSession

UPLOAD_TYPES = [".json", ".jsonl", ".ndjson", ".txt", ".csv", ".vtt"]
NAMES = view.NAMES
"""How the two speakers are named to a coach (the manager is not "you" here)."""


class ReviewTab(ReviewFeedback):
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
        # The coach's inbox; hidden until the tab knows the viewer is a signed-in coach.
        self.inbox = gr.HTML(
            visible=False,
            elem_id="review-inbox",
            js_on_load=view.CLICK_JS,
            css_template=view.TABLE_CSS,
        )
        with gr.Row(elem_id="review-open-row"):
            self.upload = gr.File(
                label="Upload a transcript",
                file_types=UPLOAD_TYPES,
                type="filepath",
                elem_id="upload",
                height=120,
                min_width=200,
            )
            with gr.Column(min_width=200):
                self.pick = gr.Dropdown(
                    label="…or pick a stored session",
                    info="Your sessions and uploads"
                    + (", and sessions shared with you" if ctx.users else ""),
                    choices=[],
                    elem_id="review-pick",
                )
                self.refresh = gr.Button("Refresh list", size="sm")
        self.message = gr.HTML(elem_id="review-message")
        self.pending = gr.State()
        """The upload waiting for its speakers: ``{"path", "name", "names"}``."""
        with gr.Column(visible=False, elem_id="review-speakers") as self.speakers:
            self.speaker_preview = gr.HTML(elem_id="review-speaker-preview")
            self.manager = gr.Radio(
                label="Who is the manager?", choices=[], elem_id="review-manager"
            )
            with gr.Row():
                self.map_btn = gr.Button(
                    "Review with this manager", variant="primary", elem_id="review-map"
                )
                self.map_cancel = gr.Button("Cancel upload", elem_id="review-map-cancel")
        self.session_id = gr.State()
        self.editing = gr.State()
        """The id of the comment being edited, or ``None`` when adding."""
        with gr.Column(visible=False, elem_id="review-view") as self.view:
            self.head = gr.HTML(css_template=view.TABLE_CSS)
            self.tiles = gr.HTML(css_template=view.TABLE_CSS)
            self.criteria = gr.HTML(css_template=view.TABLE_CSS, elem_id="review-criteria")
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=240):
                    gr.HTML('<h2 class="rh-section">Transcript, annotated</h2>')
                    self.transcript = gr.HTML(
                        elem_id="review-transcript",
                        js_on_load=view.CLICK_JS,
                        css_template=view.TRANSCRIPT_CSS,
                    )
                with gr.Column(scale=2, min_width=240, elem_id="review-side"):
                    gr.HTML(
                        '<h2 class="rh-section">Comment on a turn</h2><p class="rh-group">'
                        "Press <b>Comment</b> on any turn of the transcript, or choose the "
                        "turn here.</p>"
                    )
                    self.turn = gr.Dropdown(label="Turn", choices=[], elem_id="review-turn")
                    self.comment = gr.Textbox(label="Comment", lines=3, elem_id="review-comment")
                    with gr.Row():
                        self.add = gr.Button(
                            "Add comment", variant="primary", elem_id="add-comment"
                        )
                        self.save_edit = gr.Button(
                            "Save changes", variant="primary", visible=False, elem_id="save-edit"
                        )
                        self.delete_c = gr.Button(
                            "Delete comment",
                            variant="stop",
                            visible=False,
                            elem_id="delete-comment",
                        )
                        self.cancel_edit = gr.Button("Cancel", visible=False, elem_id="cancel-edit")
                    self.reviewed = gr.Checkbox(
                        label="Reviewed: I have finished my feedback on this session",
                        visible=False,
                        elem_id="review-reviewed",
                    )
                    gr.HTML('<h2 class="rh-section">Overall note</h2>')
                    self.note = gr.Textbox(label="Overall note", lines=4, elem_id="review-note")
                    self.note_btn = gr.Button("Save note", elem_id="save-note")
                    self.saved = gr.HTML(elem_id="review-saved")
                    gr.HTML('<h2 class="rh-section">Export with comments</h2>')
                    with gr.Row():
                        self.dl_html = gr.DownloadButton(
                            "Report (HTML)", size="sm", elem_id="review-dl-html"
                        )
                        self.dl_md = gr.DownloadButton(
                            "Report (Markdown)", size="sm", elem_id="review-dl-md"
                        )

    @property
    def open_outputs(self) -> list[Block]:
        """What opening a transcript updates, in the API's order (``/review_upload`` adds
        :attr:`speaker_outputs`)."""
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
            self.speakers,
            self.reviewed,
            self.inbox,
            *self.edit_outputs,
        ]

    @property
    def speaker_outputs(self) -> list[Block]:
        """What asking who the manager is updates."""
        return [self.pending, self.speaker_preview, self.manager]

    @property
    def edit_outputs(self) -> list[Block]:
        """What switching between adding and editing a comment updates."""
        return [
            self.editing,
            self.comment,
            self.add,
            self.save_edit,
            self.delete_c,
            self.cancel_edit,
        ]

    @property
    def comment_outputs(self) -> list[Block]:
        """What a saved, edited or deleted comment updates."""
        return [self.saved, self.transcript, self.dl_html, self.dl_md, *self.edit_outputs]

    def wire(self) -> None:
        """Register the tab's events."""
        upload_outputs = self.open_outputs + self.speaker_outputs
        self.upload.upload(
            self.review_upload, [self.upload], upload_outputs, api_name="review_upload"
        )
        self.map_btn.click(
            self.map_speakers,
            [self.pending, self.manager],
            upload_outputs,
            api_visibility=PRIVATE,
        )
        self.map_cancel.click(
            self.cancel_upload,
            None,
            [self.pending, self.speakers, self.message],
            api_visibility=PRIVATE,
        )
        self.pick.input(self.review_open, [self.pick], self.open_outputs, api_visibility=PRIVATE)
        self.inbox.click(self.inbox_open, None, self.open_outputs, api_visibility=PRIVATE)
        self.tab.select(self.choices, None, [self.pick, self.inbox], api_visibility=PRIVATE)
        self.refresh.click(self.choices, None, [self.pick, self.inbox], api_visibility=PRIVATE)
        self.transcript.click(
            self.on_transcript,
            [self.session_id, self.editing],
            [self.turn, self.saved, *self.edit_outputs],
            api_visibility=PRIVATE,
        )
        self.add.click(
            self.add_comment,
            [self.session_id, self.turn, self.comment],
            [self.saved, self.comment, self.transcript, self.dl_html, self.dl_md],
            api_name="add_comment",
        )
        self.save_edit.click(
            self.edit_comment,
            [self.session_id, self.editing, self.comment],
            self.comment_outputs,
            api_visibility=PRIVATE,
        )
        self.delete_c.click(
            self.delete_comment,
            [self.session_id, self.editing],
            self.comment_outputs,
            api_visibility=PRIVATE,
        )
        self.cancel_edit.click(self.stop_editing, None, self.edit_outputs, api_visibility=PRIVATE)
        self.reviewed.input(
            self.set_reviewed,
            [self.session_id, self.reviewed],
            [self.saved, self.pick, self.inbox],
            api_visibility=PRIVATE,
        )
        self.note_btn.click(
            self.save_note,
            [self.session_id, self.note],
            [self.saved, self.transcript, self.dl_html, self.dl_md, self.head],
            api_name="save_note",
        )

    def choices(self, request: gr.Request | None) -> Updates:
        """The sessions this person may review: their own, and (coaches) those shared, with
        the coach's inbox of shared sessions and their reviewed status."""
        try:
            viewer = self.ctx.viewer(request)
            return {self.pick: self._choices(viewer), self.inbox: self._inbox(viewer)}
        except RehearseError as exc:
            gr.Warning(str(exc))
            return {self.pick: gr.skip()}

    # -- opening ----------------------------------------------------------------------

    def review_upload(self, path: str | None, request: gr.Request | None) -> Updates:
        """Read an uploaded transcript file. If its speakers are people's names, ask which
        one is the manager first; otherwise score and store it and open its first transcript."""
        if not path:
            return {self.message: ""}
        name = Path(path).name
        try:
            question = ask_speakers(path)
        except RehearseError as exc:
            return self._closed(self._unreadable(exc, name))
        if question is None:
            return self._load(path, name, self.ctx.viewer(request), None)
        return {
            self.session_id: None,
            self.view: gr.Column(visible=False),
            self.message: notice(f"{name}: who is the manager? Choose below.", "warn"),
            self.pending: {"path": path, "name": name, "names": question.names},
            self.speakers: gr.Column(visible=True),
            self.speaker_preview: question.html(),
            self.manager: gr.Radio(choices=question.names, value=None),
        }

    def map_speakers(
        self, pending: dict[str, Any] | None, manager: str | None, request: gr.Request | None
    ) -> Updates:
        """Read the waiting upload with ``manager`` as the manager and everyone else as the
        employee, then score, store and open it."""
        if not pending:
            return self._closed(notice("Upload a transcript first.", "err"))
        names: list[str] = list(pending["names"])
        if manager not in names:
            return {
                self.message: notice("Choose who the manager is, then press the button.", "err")
            }
        assert manager is not None
        return self._load(
            pending["path"], pending["name"], self.ctx.viewer(request), speaker_map(names, manager)
        )

    def cancel_upload(self) -> Updates:
        """Forget the upload that was waiting for its speakers."""
        return {
            self.pending: None,
            self.speakers: gr.Column(visible=False),
            self.message: notice("Upload cancelled; nothing was stored."),
        }

    def _unreadable(self, exc: RehearseError, name: str) -> str:
        return notice(f"Could not read the transcript: {web_error(exc, name)}", "err")

    def _load(
        self, path: str, name: str, viewer: Viewer, speakers: dict[str, str] | None
    ) -> Updates:
        ctx = self.ctx
        try:
            found = formats.read_transcripts(path, speakers=speakers)
        except RehearseError as exc:
            return self._closed(self._unreadable(exc, name))
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
        return self._opened(stored[0], viewer, loaded) | {self.pending: None}

    def review_open(self, session_id: str | None, request: gr.Request | None) -> Updates:
        """Open a stored session this person may see."""
        viewer = self.ctx.viewer(request)
        row = self.ctx.store.get(session_id, viewer.name) if session_id else None
        if row is None:
            return self._closed(notice("That session is not available.", "err"))
        return self._opened(row, viewer)

    def inbox_open(self, evt: gr.EventData, request: gr.Request | None) -> Updates:
        """Open the session whose "Open" button was pressed in the inbox."""
        data = event_data(evt)
        if data.get("act") != "open":
            return {self.message: gr.skip()}
        return self.review_open(str(data.get("ref") or ""), request)

    def _closed(self, message: str) -> Updates:
        return {
            self.session_id: None,
            self.message: message,
            self.view: gr.Column(visible=False),
            self.speakers: gr.Column(visible=False),
        }

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
        coach_of = row.owner != viewer.name and viewer.name in row.shared_with
        reviewed = coach_of and any(
            e.reviewed for e in self.ctx.store.inbox(viewer.name) if e.session.id == row.id
        )
        return {
            self.session_id: row.id,
            self.message: message,
            self.view: gr.Column(visible=True),
            self.head: self._head(row, comments, viewer),
            self.tiles: htmlreport.tiles(card) + htmlreport.chart_pair(card),
            self.criteria: view.scrolling(
                htmlreport.criteria_table(card)
                + htmlreport.judge_table(card, self._judged(row, viewer)),
                "Scores by criterion",
            ),
            self.transcript: view.transcript(t, card, stored, viewer.name),
            self.turn: gr.Dropdown(choices=turns, value=first_manager),
            self.note: mine,
            self.dl_html: gr.DownloadButton(value=files.html),
            self.dl_md: gr.DownloadButton(value=files.md),
            self.pick: self._choices(viewer, row.id),
            self.speakers: gr.Column(visible=False),
            self.reviewed: gr.Checkbox(value=reviewed, visible=coach_of),
            self.inbox: self._inbox(viewer),
        } | self._editing(None)
