"""The Practice tab's ways out of a run and back in: choosing another persona or starting
over (asking first, and saving the run as unfinished unless it is discarded), practising
again, rewinding to try a turn again, restoring a run after a reload, and the run's timer
and hint settings. Mixed into
:class:`~simulator.app.practice_tab.PracticeTab`, which builds the components named here."""

from __future__ import annotations

from typing import Any

from simulator.app import _debrief
from simulator.app import _practice_views as view
from simulator.app._gradio import Updates, gr
from simulator.app._runs import LiveRuns, in_progress, new_token, save_unfinished
from simulator.app.context import AppContext
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import Practice
from simulator.errors import RehearseError


class LeavingAndReturning:
    """Handlers for leaving a run, going back to one, and rewinding (see the module doc)."""

    ctx: AppContext
    live: LiveRuns
    _origins: dict[str, _debrief.Side]
    state: gr.State
    token: gr.BrowserState
    gallery: Any
    chat: gr.Chatbot
    status: Any
    leave_box: gr.Column
    leave_msg: gr.HTML
    leaving: gr.State
    hint_box: gr.HTML
    timer: gr.Timer
    countdown: gr.HTML
    milestone: gr.HTML

    def start(self, persona_id: str | None, timed: bool, hints_shown: bool) -> Updates:
        raise NotImplementedError  # PracticeTab's

    def _start_on(self, persona_id: str | None, timed: bool, hints_shown: bool) -> Updates:
        raise NotImplementedError  # PracticeTab's

    def _show(self, p: Practice, hints_shown: bool, note: str = "") -> Updates:
        raise NotImplementedError  # PracticeTab's

    def _finish(
        self, p: Practice, request: gr.Request | None, reason: EndReason = EndReason.ENDED_BY_YOU
    ) -> Updates:
        raise NotImplementedError  # PracticeTab's

    def choose(
        self,
        persona_id: str | None,
        timed: bool = False,
        hints_shown: bool = False,
        p: Practice | None = None,
    ) -> Updates:
        """A persona card was chosen: a new run with it, after asking if one is going on."""
        if p is not None and persona_id == p.session.persona.id and not p.ended:
            # The card of the run on screen (also what restoring or staying sets): no change.
            return {self.state: p}
        return self._leave(persona_id, timed, hints_shown, p)

    def start_over(
        self,
        persona_id: str | None,
        timed: bool = False,
        hints_shown: bool = False,
        p: Practice | None = None,
    ) -> Updates:
        """Start over (``/new_session``): a fresh run, after asking if one is going on."""
        return self._leave(persona_id, timed, hints_shown, p)

    def _leave(
        self, persona_id: str | None, timed: bool, hints_shown: bool, p: Practice | None
    ) -> Updates:
        if not in_progress(p):
            return self.start(persona_id, timed, hints_shown)
        assert p is not None
        turns = len(p.session.records)
        return {
            self.state: p,
            self.leave_box: gr.Column(visible=True),
            self.leave_msg: view.leave_question(p.session.persona.name, turns),
            # The chat's clear button blanks the chat before asking: put it back.
            self.chat: view.chat(p.session),
            self.leaving: persona_id or p.session.persona.id,
            # The card stays on the run's persona until the person decides.
            self.gallery: p.session.persona.id,
        }

    def leave_and_save(
        self, p: Practice | None, target: str, timed: bool, hints_shown: bool, request: gr.Request
    ) -> Updates:
        """Keep the run being left in the history as unfinished, then start the new one."""
        note = ""
        if in_progress(p) and p is not None:
            owner = self.ctx.viewer(request).name
            saved = save_unfinished(p, self.ctx.store, owner)
            note = (
                "Your unfinished conversation is in your history."
                if not saved.problems
                else "Your unfinished conversation was kept on disk: " + "; ".join(saved.problems)
            )
        out = self._start_on(target or None, timed, hints_shown)
        out[self.status] = f"{note} {out[self.status]}".strip()
        return out

    def leave_and_discard(
        self, p: Practice | None, target: str, timed: bool, hints_shown: bool
    ) -> Updates:
        """Throw the run being left away, and start the new one."""
        return self._start_on(target or None, timed, hints_shown)

    def stay(self, p: Practice | None) -> Updates:
        """Close the leave dialog and go on with the run."""
        return {self.leave_box: gr.Column(visible=False), self.leaving: "", self.state: p}

    def practise_again(self, p: Practice | None, timed: bool, hints_shown: bool) -> Updates:
        """A fresh run with the same persona, from the debrief."""
        return self.start(p.session.persona.id if p else None, timed, hints_shown)

    def rewind(self, p: Practice | None, turn: int | str | None, hints_shown: bool) -> Updates:
        """Try that turn again: a branch of the ended run just before manager turn ``turn``,
        replayed to the same state, to say something different there."""
        if p is None or p.result is None:
            # Rewinding is offered only with the debrief; a repeated request lands here.
            return {self.state: p}
        try:
            # From the dropdown, a turn number; from a lesson's button, "turn:click id".
            n = int(str(turn).split(":")[0]) if turn not in (None, "") else len(p.session.records)
            branch = p.session.branch(n)
        except (RehearseError, ValueError) as exc:
            return {self.state: p, self.status: f"⚠️ {exc}"}
        self._origins[branch.id] = _debrief.side(
            "First try", p.result.card, p.result.transcript.session_outcome()
        )
        return self._show(
            Practice(branch),
            bool(hints_shown),
            f"Rewound to just before your turn {n}: say something different.",
        )

    def restore(self, token: str | None, request: gr.Request) -> Updates:
        """On page load: this browser's run in progress (after a reload), or a new token."""
        if not token:
            return {self.token: new_token(), self.state: None}
        p = self.live.get(token, self.ctx.viewer(request).name)
        if p is None:
            return {self.token: token, self.state: None}
        restored = self._show(p, False, "Restored your conversation.")
        return {self.token: token, self.gallery: p.session.persona.id} | restored

    # -- the run's clock and settings -----------------------------------------------------

    def tick(self, p: Practice | None, request: gr.Request | None) -> Updates:
        """Each second of a timed run: the clock, and the debrief once time is up."""
        if p is None or p.time_limit is None:
            return {self.timer: gr.Timer(active=False)}
        if p.result is not None:
            return {self.timer: gr.Timer(active=False), self.countdown: view.countdown(p)}
        if p.expired():
            return self._finish(p, request, EndReason.TIME_UP)
        return {self.countdown: view.countdown(p), self.milestone: view.milestone(p)}

    def set_timed(
        self, p: Practice | None, persona_id: str | None, timed: bool, hints_shown: bool
    ) -> Updates:
        """Timed mode on or off: a new run, unless that would throw a conversation away."""
        if p is not None and p.session.records and not p.ended:
            note = (
                "Timed mode starts with your next session."
                if timed
                else "This session stays timed; the next one will not be."
            )
            return {self.status: f"{view.status(p)} {note}"}
        return self.start(persona_id, timed, hints_shown)

    def toggle_hints(self, p: Practice | None, shown: bool) -> Updates:
        """Show or hide the hint box (with the hint for the run so far)."""
        return {self.hint_box: gr.HTML(value=view.hint(p), visible=bool(shown))}
