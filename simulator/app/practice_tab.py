"""The Practice tab: choose a persona, hold the conversation, end it and read the scorecard.

Each browser tab holds its own run in ``gr.State`` (a
:class:`~simulator.conversation.practice.Practice`); nothing about a conversation is read back
from the chat component. API endpoints kept for ``gradio_client``: ``/new_session`` (persona
id), ``/send`` (message), ``/retry`` and ``/end_session``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from simulator.app import _practice_views as view
from simulator.app._downloads import write_downloads
from simulator.app._gradio import PRIVATE, Block, Updates, gr
from simulator.app._views import earlier_points, notice, subtitle
from simulator.app.context import AppContext
from simulator.app.theme import persona_gallery
from simulator.content import catalog
from simulator.content.personas import Persona
from simulator.conversation.engine import EndReason
from simulator.conversation.practice import TIMED_SECONDS, Practice
from simulator.errors import RehearseError
from simulator.reports import html as htmlreport
from simulator.store.archive import Archived, archive

STREAM_INTERVAL = 0.05
"""Seconds between chat updates while a reply streams (20 per second is smooth enough)."""


class PracticeTab:
    """The Practice tab's components, the events that wire them, and their handlers.

    Build it inside ``gr.Tab(...)``, then call :meth:`wire` inside the same ``gr.Blocks``.
    """

    def __init__(self, ctx: AppContext, personas: list[Persona]) -> None:
        self.ctx = ctx
        first = personas[0].id
        # The page opens on the first persona, ready to talk: the chat shows its opening line
        # and the first message creates the run (see ``send``).
        opening = Practice(ctx.new_session(first))
        gr.HTML('<p class="rh-step">1 · Choose who you are meeting</p>')
        self.gallery = persona_gallery(personas, first, elem_id="persona-gallery")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                self.chat = gr.Chatbot(
                    value=[*view.chat(opening.session)],  # a list of the union Gradio takes
                    label="Conversation",
                    height=440,
                    elem_id="chat",
                    layout="bubble",
                    feedback_options=None,
                    placeholder="Pick a persona to begin.",
                )
                with gr.Row():
                    self.box = gr.Textbox(
                        show_label=False,
                        placeholder="Say something as their manager and press Enter",
                        autofocus=True,
                        scale=5,
                        elem_id="message",
                        max_lines=4,
                    )
                    self.send_btn = gr.Button("Send", variant="primary", scale=1, min_width=80)
                self.status = gr.Markdown(view.status(opening), elem_id="rh-status")
                with gr.Row():
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
            with gr.Column(scale=2):
                gr.HTML('<p class="rh-step">2 · Before you start</p>')
                self.briefing = gr.Markdown(view.briefing(opening.session), elem_id="rh-briefing")
                self.timed = gr.Checkbox(
                    label="Timed: three minutes, like a real check-in", value=False, elem_id="timed"
                )
                self.countdown = gr.HTML(elem_id="rh-countdown")
                self.hints_on = gr.Checkbox(
                    label="Show hints after each turn", value=False, elem_id="hints"
                )
                self.hint_box = gr.HTML(view.hint(None), visible=False, elem_id="rh-hint")
        with gr.Column(visible=False, elem_id="rh-results") as self.results:
            gr.HTML('<p class="rh-step">3 · How it went</p>')
            self.res_notice = gr.HTML(elem_id="rh-save-notice")
            self.res_tiles = gr.HTML()
            self.res_charts = gr.HTML(elem_id="rh-result-charts")
            gr.HTML('<p class="rh-section">What you uncovered</p>')
            self.res_uncovered = gr.HTML(elem_id="rh-uncovered")
            gr.HTML('<p class="rh-section">Scores</p>')
            self.res_criteria = gr.HTML()
            gr.HTML('<p class="rh-section">Your conversation, annotated</p>')
            self.res_transcript = gr.HTML(elem_id="rh-annotated")
            with gr.Row():
                self.dl_json = gr.DownloadButton("Transcript (JSON)", size="sm")
                self.dl_txt = gr.DownloadButton("Transcript (TXT)", size="sm")
                self.dl_html = gr.DownloadButton("Report (HTML)", size="sm", variant="primary")
                self.dl_md = gr.DownloadButton("Report (Markdown)", size="sm")
        # None until the first event: handlers create the run from the persona on screen.
        # (A callable State value would add a load event that could land after the person
        # has already picked another persona.)
        self.state = gr.State()
        self.timer = gr.Timer(1.0, active=False)

    # -- outputs ----------------------------------------------------------------------
    # The order of each list is the order gradio_client returns values in (State and
    # layout blocks excepted): keep it stable for the named endpoints.

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
        ]

    @property
    def turn_outputs(self) -> list[Block]:
        """What a turn updates (``/send``, ``/retry``)."""
        return [self.box, self.state, self.chat, self.status]

    @property
    def finish_outputs(self) -> list[Block]:
        """What ending a run updates (``/end_session``): the scorecard and downloads."""
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
        ]

    def wire(self) -> None:
        """Register the tab's events."""
        start_in = [self.gallery, self.timed, self.hints_on]
        self.gallery.change(self.start, start_in, self.start_outputs, api_visibility=PRIVATE)
        self.restart.click(self.start, start_in, self.start_outputs, api_name="new_session")
        self.timed.change(
            self.set_timed,
            [self.state, self.gallery, self.timed, self.hints_on],
            self.start_outputs,
            api_visibility=PRIVATE,
        )
        self.hints_on.change(
            self.toggle_hints, [self.state, self.hints_on], [self.hint_box], api_visibility=PRIVATE
        )
        send_in = [self.box, self.state, self.gallery]
        # The chat shows its own "typing" state; no overlay over the whole column.
        sent = self.box.submit(
            self.send, send_in, self.turn_outputs, api_name="send", show_progress="minimal"
        )
        clicked = self.send_btn.click(
            self.send,
            send_in,
            self.turn_outputs,
            api_visibility=PRIVATE,
            show_progress="minimal",
        )
        retried = self.retry_btn.click(
            self.retry, [self.state], self.turn_outputs, api_name="retry"
        )
        for event in (sent, clicked, retried):
            event.then(
                self.after_turn,
                [self.state, self.hints_on],
                [self.hint_box, self.retry_btn, *self.finish_outputs],
                api_visibility=PRIVATE,
                show_progress="hidden",
            )
        self.end_btn.click(self.end, [self.state], self.finish_outputs, api_name="end_session")
        self.timer.tick(
            self.tick,
            [self.state],
            self.finish_outputs,
            api_visibility=PRIVATE,
            show_progress="hidden",
        )

    # -- handlers ---------------------------------------------------------------------

    def _new(self, persona_id: str | None, timed: bool) -> Practice:
        return Practice(
            self.ctx.new_session(persona_id), time_limit=TIMED_SECONDS if timed else None
        )

    def start(
        self, persona_id: str | None, timed: bool = False, hints_shown: bool = False
    ) -> Updates:
        """A fresh run with the persona on screen; the scorecard of any earlier run hides."""
        p = self._new(persona_id, bool(timed))
        return {
            self.state: p,
            self.chat: view.chat(p.session),
            self.briefing: view.briefing(p.session),
            self.status: view.status(p),
            self.countdown: view.countdown(p),
            self.timer: gr.Timer(active=p.time_limit is not None),
            self.results: gr.Column(visible=False),
            self.hint_box: gr.HTML(value=view.hint(p), visible=bool(hints_shown)),
            self.retry_btn: gr.Button(visible=False),
            self.box: gr.Textbox(value="", interactive=True),
        }

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

    def after_turn(self, p: Practice | None, hints_shown: bool, request: gr.Request) -> Updates:
        """After each turn: the hint, the retry button, and the scorecard if the run ended."""
        out: Updates = {
            self.hint_box: gr.HTML(value=view.hint(p), visible=bool(hints_shown)),
            self.retry_btn: gr.Button(visible=bool(p and p.pending)),
        }
        if p is not None and p.ended and p.result is None:
            out |= self._finish(p, request)
        return out

    def end(self, p: Practice | None, request: gr.Request | None) -> Updates:
        """The End button: score and store the run, and show the scorecard."""
        if p is None:
            return {self.state: p, self.status: "Start a session first."}
        return self._finish(p, request, EndReason.ENDED_BY_YOU)

    def tick(self, p: Practice | None, request: gr.Request | None) -> Updates:
        """Each second of a timed run: the clock, and the scorecard once time is up."""
        if p is None or p.time_limit is None:
            return {self.timer: gr.Timer(active=False)}
        if p.result is not None:
            return {self.timer: gr.Timer(active=False), self.countdown: view.countdown(p)}
        if p.expired():
            return self._finish(p, request, EndReason.TIME_UP)
        return {self.countdown: view.countdown(p)}

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
            # After the scorecard is kept: a failing judge costs only its own opinion.
            judged = p.ask_judge(ctx.judge)
        result: Archived = p.result
        card, t = result.card, result.transcript
        if result.problems:
            saved = "".join(notice(x, "warn") for x in result.problems)
        else:
            saved = notice("Saved to your history.")
        earlier = earlier_points(ctx, viewer.name, result.id)
        files = write_downloads(
            ctx,
            t,
            card,
            [],
            owner=viewer.name,
            session_id=result.id,
            stem=t.id,
            subtitle=subtitle(result.stored, t, p.session.partner.label),
            earlier=earlier,
            judged=judged,
        )
        silent = "" if t.manager_turns() else " You did not say anything, so there is no score."
        download: dict[Block, Any] = {
            button: gr.DownloadButton(value=path, visible=path is not None)
            for button, path in (
                (self.dl_json, files.json),
                (self.dl_txt, files.txt),
                (self.dl_html, files.html),
                (self.dl_md, files.md),
            )
        }
        return {
            self.state: p,
            self.status: view.status(p) + silent,
            self.results: gr.Column(visible=True),
            self.res_notice: saved,
            self.res_tiles: htmlreport.tiles(card),
            self.res_charts: htmlreport.chart_pair(card, earlier),
            self.res_uncovered: htmlreport.uncovered(card.uncovered),
            self.res_criteria: htmlreport.criteria_table(card)
            + htmlreport.judge_table(card, judged),
            self.res_transcript: htmlreport.transcript(t, card),
            **download,
            self.timer: gr.Timer(active=False),
            self.countdown: view.countdown(p),
        }
