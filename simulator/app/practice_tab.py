"""The Practice tab: choose a persona, hold the conversation, end it and read the scorecard.

Each browser tab holds its own run in ``gr.State`` (a
:class:`~simulator.conversation.practice.Practice`); nothing about a conversation is read back
from the chat component. API endpoints kept for ``gradio_client``: ``/new_session`` (persona
id), ``/send`` (message), ``/retry``, ``/end_session`` and ``/rewind`` (try a turn again).
The events are wired in :mod:`._practice_events`; the debrief and details live in
:mod:`._practice_results`, their HTML in :mod:`._debrief`;
runs kept for a reload and saved when left are in :mod:`._runs`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from simulator.app import _debrief, _practice_events
from simulator.app import _practice_views as view
from simulator.app._gradio import Block, Updates, gr
from simulator.app._practice_leave import LeavingAndReturning
from simulator.app._practice_results import ResultsPanel, start_judge
from simulator.app._runs import LiveRuns
from simulator.app._scripts import CHAT_KEYBOARD_JS
from simulator.app.context import AppContext
from simulator.app.theme import persona_gallery
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import TIMED_SECONDS, Practice
from simulator.errors import RehearseError
from simulator.store.archive import Archived, archive

STREAM_INTERVAL = 0.05
"""Seconds between chat updates while a reply streams (20 per second is smooth enough)."""


class PracticeTab(LeavingAndReturning):
    """The Practice tab's components, the events that wire them, and their handlers.

    Build it inside ``gr.Tab(...)``, then call :meth:`wire` inside the same ``gr.Blocks``.
    """

    def __init__(self, ctx: AppContext, personas: list[Persona]) -> None:
        self.ctx = ctx
        first = personas[0].id
        # The page opens on the first persona, ready to talk: the chat shows its opening line
        # and the first message creates the run (see ``send``).
        opening = Practice(ctx.new_session(first))
        gr.HTML('<h2 class="rh-step">1 · Choose who you are meeting</h2>')
        self.gallery = persona_gallery(personas, first, elem_id="persona-gallery")
        # Asked before a conversation in progress is left (another persona, Start over).
        with gr.Column(visible=False, elem_id="rh-leave") as self.leave_box:
            self.leave_msg = gr.HTML(elem_id="rh-leave-msg")
            with gr.Row():
                self.leave_save = gr.Button(
                    "Save it as unfinished and go on", variant="primary", elem_id="leave-save"
                )
                self.leave_discard = gr.Button(
                    "Discard it", variant="stop", elem_id="leave-discard"
                )
                self.leave_stay = gr.Button("Keep talking", elem_id="leave-stay")
        # The briefing comes before the chat in the page (so a phone, where the columns
        # stack, reads persona, briefing, chat); on a wide screen CSS puts the chat left.
        with gr.Row(equal_height=False, elem_id="rh-practice-row"):
            with gr.Column(scale=2, min_width=280, elem_id="rh-brief-col"):
                gr.HTML('<h2 class="rh-step">2 · Before you start</h2>')
                self.briefing = gr.Markdown(view.briefing(opening.session), elem_id="rh-briefing")
                self.timed = gr.Checkbox(
                    label="Timed: three minutes, like a real check-in", value=False, elem_id="timed"
                )
                self.countdown = gr.HTML(elem_id="rh-countdown", container=False, padding=False)
                # Screen readers hear only the milestones (2 min, 1 min, 30 s, time up), not
                # every second: this region's text changes only when one is crossed.
                self.milestone = gr.HTML(
                    "",
                    elem_id="rh-milestone",
                    # (Also where the page-wide fix for the chat's keyboard scrolling loads.)
                    js_on_load=view.LIVE_REGION_JS + CHAT_KEYBOARD_JS,
                    container=False,
                    padding=False,
                )
                self.hints_on = gr.Checkbox(
                    label="Show hints after each turn", value=False, elem_id="hints"
                )
                self.hint_box = gr.HTML(
                    view.hint(None),
                    visible=False,
                    elem_id="rh-hint",
                    js_on_load=view.LIVE_REGION_JS,
                )
            with gr.Column(scale=3, min_width=280, elem_id="rh-chat-col"):
                gr.HTML('<h2 class="rh-step">3 · Talk it through</h2>')
                self.chat = gr.Chatbot(
                    value=[*view.chat(opening.session)],  # a list of the union Gradio takes
                    label="Conversation",
                    height=440,
                    elem_id="chat",
                    layout="bubble",
                    feedback_options=None,
                    # No share button (it would post to Hugging Face); copying is harmless.
                    buttons=["copy_all"],
                    placeholder="Pick a persona to begin.",
                )
                with gr.Row(elem_id="rh-compose"):
                    # No autofocus: focusing the box on load scrolled the page past the
                    # personas and the opening line.
                    self.box = gr.Textbox(
                        label="Your message",
                        show_label=False,
                        placeholder="Say something as their manager and press Enter",
                        autofocus=False,
                        scale=5,
                        min_width=0,
                        elem_id="message",
                        max_lines=4,
                    )
                    self.send_btn = gr.Button(
                        "Send", variant="primary", scale=1, min_width=64, elem_id="send"
                    )
                self.status = gr.Markdown(view.status(opening), elem_id="rh-status")
                with gr.Row(elem_id="rh-run-buttons"):
                    self.retry_btn = gr.Button(
                        "Retry last message", visible=False, elem_id="retry", size="sm"
                    )
                    self.end_btn = gr.Button(
                        "End session and see my scorecard",
                        variant="stop",
                        elem_id="end-session",
                        size="sm",
                    )
                    self.restart = gr.Button("Start over", elem_id="restart", size="sm")
        self.panel = ResultsPanel()
        # Short names for the panel's parts (the events and tests refer to them).
        panel = self.panel
        self.results, self.res_debrief, self.res_timeline = (
            panel.column,
            panel.debrief,
            panel.timeline,
        )
        self.res_notice, self.res_tiles, self.res_charts = panel.notice, panel.tiles, panel.charts
        self.res_uncovered, self.res_criteria = panel.uncovered, panel.criteria
        self.res_transcript, self.rewind_turn, self.rewind_btn = (
            panel.transcript,
            panel.rewind_turn,
            panel.rewind_btn,
        )
        self.again_btn, self.another_btn = panel.again_btn, panel.another_btn
        self.dl_json, self.dl_txt, self.dl_html, self.dl_md = panel.downloads
        # None until the first event: handlers create the run from the persona on screen.
        # (A callable State value would add a load event that could land after the person
        # has already picked another persona.)
        self.state = gr.State()
        self.leaving = gr.State("")
        """The persona id asked for while the leave dialog is open."""
        # This browser's token for its run in progress, so a reload can restore it.
        self.token = gr.BrowserState("", storage_key="rehearse-run")
        self.timer = gr.Timer(1.0, active=False)
        self.live = LiveRuns()
        self._origins: dict[str, _debrief.Side] = {}
        """The run each branch came from, by the branch's session id, until it ends."""

    # -- outputs ----------------------------------------------------------------------
    # The order of each list is the order gradio_client returns values in (State and
    # layout blocks excepted): keep it stable for the named endpoints (new ones go last).

    @property
    def start_outputs(self) -> list[Block]:
        """What starting a run updates (``/new_session``)."""
        return [
            self.state,
            self.chat,
            self.briefing,
            self.status,
            self.countdown,
            self.timer,
            self.results,
            self.hint_box,
            self.retry_btn,
            self.box,
            self.end_btn,
            self.milestone,
            self.leave_box,
            self.leave_msg,
            self.leaving,
            self.gallery,
        ]

    @property
    def turn_outputs(self) -> list[Block]:
        """What a turn updates (``/send``, ``/retry``)."""
        return [self.box, self.state, self.chat, self.status]

    @property
    def finish_outputs(self) -> list[Block]:
        """What ending a run updates (``/end_session``): the debrief, scorecard and downloads."""
        return [
            self.state,
            self.status,
            self.results,
            self.res_notice,
            self.res_tiles,
            self.res_charts,
            self.res_uncovered,
            self.res_criteria,
            self.res_transcript,
            self.dl_json,
            self.dl_txt,
            self.dl_html,
            self.dl_md,
            self.timer,
            self.countdown,
            self.res_debrief,
            self.res_timeline,
            self.end_btn,
            self.rewind_turn,
            self.milestone,
        ]

    def wire(self, page: gr.Blocks | None = None) -> None:
        """Register the tab's events (and, given the ``page``, the reload restore)."""
        _practice_events.wire(self, page)

    # -- handlers ---------------------------------------------------------------------

    def _new(self, persona_id: str | None, timed: bool) -> Practice:
        return Practice(
            self.ctx.new_session(persona_id), time_limit=TIMED_SECONDS if timed else None
        )

    def start(
        self, persona_id: str | None, timed: bool = False, hints_shown: bool = False
    ) -> Updates:
        """A fresh run with the persona on screen; the scorecard of any earlier run hides."""
        return self._show(self._new(persona_id, bool(timed)), bool(hints_shown))

    def _start_on(self, persona_id: str | None, timed: bool, hints_shown: bool) -> Updates:
        """A fresh run with a persona that may not be the card on screen: the card follows."""
        out = self.start(persona_id, timed, hints_shown)
        out[self.gallery] = out[self.state].session.persona.id
        return out

    def _show(self, p: Practice, hints_shown: bool, note: str = "") -> Updates:
        # The persona card is left alone: setting it fires its change event, a round trip
        # that would hold up the first turn. Only a run with another persona sets it.
        """Put run ``p`` on screen, ready to talk (a new run, a restored one or a branch)."""
        return {
            self.state: p,
            self.chat: view.chat(p.session),
            self.briefing: view.briefing(p.session),
            self.status: f"{note} {view.status(p)}".strip(),
            self.countdown: view.countdown(p),
            self.timer: gr.Timer(active=p.time_limit is not None),
            self.results: gr.Column(visible=False),
            self.hint_box: gr.HTML(value=view.hint(p), visible=bool(hints_shown)),
            self.retry_btn: gr.Button(visible=False),
            self.box: gr.Textbox(value="", interactive=True),
            self.end_btn: gr.Button(interactive=True),
            self.milestone: view.milestone(p),
            self.leave_box: gr.Column(visible=False),
            self.leaving: "",
        }

    def send(
        self, message: str, p: Practice | None, persona_id: str | None = None
    ) -> Iterator[Updates]:
        """One manager turn and the employee's reply, streamed into the chat.

        A refused message stays in the box with the reason; a partner failing mid-reply
        leaves the conversation as it was and offers a retry.
        """
        p = p or self._new(persona_id, False)
        if p.expired() and not p.ended:
            p.end(EndReason.TIME_UP)
        session = p.session
        history = view.chat(session)
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
                    yield {
                        self.state: p,
                        self.chat: [*history, {"role": "assistant", "content": reply}],
                    }
        except RehearseError as exc:
            if "ended" not in str(exc) and text:
                p.pending = text
            yield self._turn(message, p, f"⚠️ {exc}")
            return
        except Exception as exc:  # a partner (model) failing mid-turn
            # Session.say rolled the turn back: nothing is lost or doubled, so retrying the
            # same message is safe. Keep it in the box and offer a retry button.
            p.pending = text
            yield self._turn(
                message,
                p,
                f"⚠️ The partner could not reply ({type(exc).__name__}: {exc}). "
                "Your conversation is intact; press **Retry last message**.",
            )
            return
        p.pending = None
        yield self._turn("", p, view.status(p))

    def _turn(self, box: str, p: Practice, status: str) -> Updates:
        return {self.box: box, self.state: p, self.chat: view.chat(p.session), self.status: status}

    def retry(self, p: Practice | None) -> Iterator[Updates]:
        """Send the message whose reply failed again."""
        if p is None or not p.pending:
            yield {self.state: p, self.status: "Nothing to retry."}
            return
        yield from self.send(p.pending, p)

    def after_turn(
        self,
        p: Practice | None,
        hints_shown: bool,
        token: str | None = None,
        request: gr.Request | None = None,
    ) -> Updates:
        """After each turn: the hint, the retry button, and the debrief if the run ended.

        The run is also remembered under this browser's ``token``, so a reload restores it.
        """
        # The hint is worked out only when shown (turning hints on works it out then).
        out: Updates = {
            self.hint_box: gr.HTML(
                value=view.hint(p) if hints_shown else "", visible=bool(hints_shown)
            ),
            self.retry_btn: gr.Button(visible=bool(p and p.pending)),
        }
        if p is not None and token:
            self.live.put(token, self.ctx.viewer(request).name, p)
        if p is not None and p.ended and p.result is None:
            out |= self._finish(p, request)
        return out

    def end(self, p: Practice | None, request: gr.Request | None) -> Updates:
        """The End button: score and store the run, and show the debrief."""
        if p is None:
            return {self.state: p, self.status: "Start a session first."}
        return self._finish(p, request, EndReason.ENDED_BY_YOU)

    def judge_joins(self, p: Practice | None, request: gr.Request | None) -> Updates:
        """After the debrief is shown: wait for the judge's opinion and add it (nothing to do
        with no judge configured, or before the run has ended)."""
        return self.panel.judge_joins(self.ctx, self.ctx.viewer(request).name, p)

    def _finish(
        self,
        p: Practice,
        request: gr.Request | None,
        reason: EndReason = EndReason.ENDED_BY_YOU,
    ) -> Updates:
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
            # After the scorecard is kept, the judge starts in the background (a failing
            # judge costs only its own opinion); judge_joins shows what it says.
            start_judge(ctx, p, viewer.name)
            judged = p.judged
        result: Archived = p.result
        t = result.transcript
        silent = "" if t.manager_turns() else " You did not say anything, so there is no score."
        return {
            self.state: p,
            self.status: view.status(p) + silent,
            **self.panel.show(
                self.ctx,
                viewer.name,
                p,
                result,
                judged,
                before=self._origins.pop(p.session.id, None),
            ),
            self.timer: gr.Timer(active=False),
            self.countdown: view.countdown(p),
            self.milestone: view.milestone(p),
            # Over is over: End would do nothing now.
            self.end_btn: gr.Button(interactive=False),
        }
