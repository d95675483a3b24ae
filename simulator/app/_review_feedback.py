"""The Coach review tab's feedback: listing what a person may review, the comment and note
handlers (add, edit and delete one's own, by pressing a turn's button), and a coach's
reviewed mark. Mixed into :class:`~simulator.app.review_tab.ReviewTab`, which builds the
components named here."""

from __future__ import annotations

from html import escape
from typing import Any

from simulator.app import _review_comments as view
from simulator.app._downloads import Downloads, write_downloads
from simulator.app._gradio import Updates, gr
from simulator.app._views import Shown, notice, shown, subtitle
from simulator.app.auth import Viewer
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.reports import html as htmlreport
from simulator.store.database import StoredSession


class ReviewFeedback:
    """Handlers for comments, notes and the reviewed mark (see the module doc)."""

    ctx: AppContext
    pick: gr.Dropdown
    inbox: gr.HTML
    saved: gr.HTML
    head: gr.HTML
    transcript: gr.HTML
    turn: gr.Dropdown
    comment: gr.Textbox
    editing: gr.State
    add: gr.Button
    save_edit: gr.Button
    delete_c: gr.Button
    cancel_edit: gr.Button
    dl_html: gr.DownloadButton
    dl_md: gr.DownloadButton

    # -- listing ----------------------------------------------------------------------

    def _reviewable(self, viewer: Viewer) -> list[StoredSession]:
        store = self.ctx.store
        rows = store.sessions(viewer.name)
        if viewer.is_coach and viewer.login:
            rows += store.shared_with(viewer.name)
        return sorted(rows, key=lambda r: r.created_at, reverse=True)

    def _choices(self, viewer: Viewer, selected: str | None = None) -> gr.Dropdown:
        rows = self._reviewable(viewer)
        status: dict[str, bool] = {}
        if viewer.is_coach and viewer.login:
            status = {e.session.id: e.reviewed for e in self.ctx.store.inbox(viewer.name)}
        choices = []
        for r in rows:
            label = r.label
            if r.owner != viewer.name:
                label += f" · from {r.owner}"
                label += " · reviewed" if status.get(r.id) else " · to review"
            choices.append((label, r.id))
        if selected is None:
            return gr.Dropdown(choices=choices)
        return gr.Dropdown(choices=choices, value=selected)

    def _inbox(self, viewer: Viewer) -> gr.HTML:
        if not (viewer.is_coach and viewer.login):
            return gr.HTML(visible=False)
        return gr.HTML(value=view.inbox(self.ctx.store.inbox(viewer.name)), visible=True)

    def _head(self, row: StoredSession, comments: list[Shown], viewer: Viewer) -> str:
        t = row.transcript
        who = f" · shared by {escape(row.owner)}" if row.owner != viewer.name else ""
        return (
            f"<h2 style='margin:4px 0;font-size:1.2rem'>{escape(subtitle(row, t))}{who}</h2>"
            f"<p class='rh-group'>Transcript id {escape(t.id)} · rubric {escape(row.rubric_id)}"
            f" · {len(t.turns)} turns</p>{htmlreport.notes(comments)}"
        )

    def _judged(self, row: StoredSession, viewer: Viewer) -> judging.JudgeOutcome | None:
        judge = self.ctx.judge
        if judge is None:
            return None
        # The stored opinion, when the session was judged before (in practice or a review).
        return judge.outcome(
            row.id,
            row.transcript,
            lambda: catalog.get_rubric(row.rubric_id),
            store=self.ctx.store,
            viewer=viewer.name,
        )

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
            judged=self._judged(row, viewer),
        )

    # -- comments ---------------------------------------------------------------------

    def _editing(self, comment_id: int | None, text: str = "") -> Updates:
        """The comment controls for adding (``None``) or for editing one comment."""
        on = comment_id is not None
        return {
            self.editing: comment_id,
            self.comment: gr.Textbox(value=text, label="Edit your comment" if on else "Comment"),
            self.add: gr.Button(visible=not on),
            self.save_edit: gr.Button(visible=on),
            self.delete_c: gr.Button(visible=on),
            self.cancel_edit: gr.Button(visible=on),
        }

    def on_transcript(
        self,
        session_id: str | None,
        editing: int | None,
        evt: gr.EventData,
        request: gr.Request | None,
    ) -> Updates:
        """A transcript button: "Comment" picks its turn, "Edit" loads one's own comment.

        Picking a turn keeps whatever is already typed in the comment box (the reply may
        arrive after the coach started writing); only an edit being abandoned is cleared."""
        data = event_data(evt)
        act, ref = data.get("act"), str(data.get("ref") or "")
        if not session_id or not ref.isdigit():
            return {self.saved: gr.skip()}
        if act == "turn":
            turn = int(ref)
            out = {
                self.turn: gr.Dropdown(value=turn),
                self.saved: notice(f"Commenting on turn #{turn}: write it, then Add comment."),
            } | self._editing(None)
            if editing is None:
                out[self.comment] = gr.Textbox(label="Comment")
            return out
        viewer = self.ctx.viewer(request)
        found = next(
            (
                c
                for c in self.ctx.store.comments(session_id, viewer.name)
                if c.id == int(ref) and c.author == viewer.name
            ),
            None,
        )
        if act != "edit" or found is None:
            return {self.saved: notice("You can edit only your own comments.", "err")}
        return {
            self.turn: gr.Dropdown(value=found.turn),
            self.saved: notice(f"Editing your comment on turn #{found.turn}."),
        } | self._editing(found.id, found.text)

    def stop_editing(self) -> Updates:
        """Leave editing; nothing changes."""
        return self._editing(None)

    def add_comment(
        self, session_id: str | None, turn: int | None, text: str, request: gr.Request | None
    ) -> Updates:
        """Keep a comment on one turn; the annotated transcript and exports show it."""
        viewer = self.ctx.viewer(request)
        if not session_id:
            return {self.saved: notice("Open a transcript first.", "err")}
        if turn is None:
            return {self.saved: notice("Press Comment on a turn (or choose one) first.", "err")}
        try:
            self.ctx.store.add_comment(session_id, viewer.name, text or "", turn)
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        _row, _comments, refreshed = self._refreshed(session_id, viewer)
        return {self.saved: notice(f"Comment saved on turn #{turn}."), self.comment: ""} | refreshed

    def edit_comment(
        self, session_id: str | None, comment_id: int | None, text: str, request: gr.Request | None
    ) -> Updates:
        """Change one's own comment; the transcript and exports show the new text."""
        viewer = self.ctx.viewer(request)
        if not session_id or comment_id is None:
            return {self.saved: notice("Press Edit on one of your comments first.", "err")}
        try:
            changed = self.ctx.store.edit_comment(comment_id, viewer.name, text or "")
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        if changed is None:
            return {self.saved: notice("You can edit only your own comments.", "err")}
        _row, _comments, refreshed = self._refreshed(session_id, viewer)
        return refreshed | self._editing(None) | {self.saved: notice("Comment updated.")}

    def delete_comment(
        self, session_id: str | None, comment_id: int | None, request: gr.Request | None
    ) -> Updates:
        """Delete one's own comment."""
        viewer = self.ctx.viewer(request)
        if not session_id or comment_id is None:
            return {self.saved: notice("Press Edit on one of your comments first.", "err")}
        try:
            gone = self.ctx.store.delete_comment(comment_id, viewer.name)
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        if not gone:
            return {self.saved: notice("You can delete only your own comments.", "err")}
        _row, _comments, refreshed = self._refreshed(session_id, viewer)
        return refreshed | self._editing(None) | {self.saved: notice("Comment deleted.")}

    def set_reviewed(
        self, session_id: str | None, reviewed: bool, request: gr.Request | None
    ) -> Updates:
        """Mark a session shared with this coach reviewed, or back to "to review"."""
        viewer = self.ctx.viewer(request)
        if not session_id:
            return {self.saved: notice("Open a transcript first.", "err")}
        try:
            ok = self.ctx.store.mark_reviewed(session_id, viewer.name, bool(reviewed))
        except RehearseError as exc:
            return {self.saved: notice(str(exc), "err")}
        if not ok:
            return {self.saved: notice("Only sessions shared with you can be marked.", "err")}
        text = "Marked reviewed." if reviewed else "Marked as still to review."
        return {
            self.saved: notice(text),
            self.pick: self._choices(viewer, session_id),
            self.inbox: self._inbox(viewer),
        }

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
        stored = store.comments(session_id, viewer.name)
        comments = shown(stored)
        files = self._downloads(row, comments, viewer)
        return (
            row,
            comments,
            {
                self.transcript: view.transcript(row.transcript, row.card, stored, viewer.name),
                self.dl_html: gr.DownloadButton(value=files.html),
                self.dl_md: gr.DownloadButton(value=files.md),
            },
        )


def event_data(evt: gr.EventData | None) -> dict[str, Any]:
    """The data a page script sent with an event (``{}`` if none)."""
    data = getattr(evt, "_data", None)
    return data if isinstance(data, dict) else {}
