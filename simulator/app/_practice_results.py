"""The Practice tab's results panel: the debrief on top, then the details and downloads.

Built inside the Practice tab; :meth:`ResultsPanel.show` fills it for a finished run, however
the run ended (End, time up, the employee shutting down or agreeing).
"""

from __future__ import annotations

from typing import Any

from simulator.app import _debrief
from simulator.app._downloads import write_downloads
from simulator.app._gradio import Block, Updates, gr
from simulator.app._scripts import SHOW_DEBRIEF_JS
from simulator.app._views import earlier_points, notice, subtitle
from simulator.app.context import AppContext
from simulator.content import catalog
from simulator.conversation.practice import Practice
from simulator.judge.second_opinion import JudgeOutcome
from simulator.reports import html as htmlreport
from simulator.store.archive import Archived

REWIND_ASK_JS = """
// On the results, not the document: the results are mounted afresh each time they are
// shown, and a listener from an earlier mount must go with it.
(element.closest('#rh-results') || element.parentElement).addEventListener('click', (e) => {
  const b = e.target.closest('[data-rewind]');
  // The script can be loaded more than once; one click asks once.
  if (!b || e.rhRewindAsked) return;
  e.rhRewindAsked = true;
  props.value = b.dataset.rewind + ':' + Date.now();  // a new value even for the same turn
  trigger('change');
});
"""


class ResultsPanel:
    """The components of the results, in reading order."""

    def __init__(self) -> None:
        # Not mounted until a run ends (visible=False), so the page a manager talks in stays
        # light; End mounts it, which is what brings the debrief into view (below).
        with gr.Column(visible=False, elem_id="rh-results") as self.column:
            # The lesson first (it is where End scrolls to), then the details.
            # Mounted afresh each time the results are shown, so this brings it into view
            # (and moves focus to it) whichever way the run ended.
            self.debrief = gr.HTML(elem_id="rh-debrief", js_on_load=f"({SHOW_DEBRIEF_JS})();")
            with gr.Row(elem_id="rh-next"):
                self.again_btn = gr.Button("Practise again", variant="primary", elem_id="again")
                self.another_btn = gr.Button("Try another persona", elem_id="another")
            with gr.Column(elem_id="rh-rewind"):
                self.rewind_turn = gr.Dropdown(
                    choices=[], label="Try that turn again: rewind to", elem_id="rewind-turn"
                )
                self.rewind_btn = gr.Button("Rewind and say it differently", elem_id="rewind")
            # Carries a click on a "Try turn N again" button (a lesson's, or a turn's in the
            # annotated transcript) to the server.
            self.rewind_ask = gr.HTML(
                "",
                html_template="<span></span>",
                js_on_load=REWIND_ASK_JS,
                elem_id="rh-rewind-ask",
                container=False,
                padding=False,
            )
            self.notice = gr.HTML(elem_id="rh-save-notice")
            self.tiles = gr.HTML()
            self.charts = gr.HTML(elem_id="rh-result-charts")
            gr.HTML('<h3 class="rh-section">What moved them, turn by turn</h3>')
            self.timeline = gr.HTML(elem_id="rh-timeline")
            gr.HTML('<h3 class="rh-section">What you uncovered</h3>')
            self.uncovered = gr.HTML(elem_id="rh-uncovered")
            gr.HTML('<h3 class="rh-section">Scores, with your words</h3>')
            self.criteria = gr.HTML(elem_id="rh-criteria")
            gr.HTML('<h3 class="rh-section">Your conversation, annotated</h3>')
            self.transcript = gr.HTML(elem_id="rh-annotated")
            with gr.Row(elem_id="rh-downloads"):
                self.downloads = (
                    gr.DownloadButton("Transcript (JSON)", size="sm"),
                    gr.DownloadButton("Transcript (TXT)", size="sm"),
                    gr.DownloadButton("Report (HTML)", size="sm", variant="primary"),
                    gr.DownloadButton("Report (Markdown)", size="sm"),
                )

    @property
    def judge_outputs(self) -> list[Block]:
        """What the judge's late opinion updates: the criteria and the report downloads."""
        return [self.criteria, *self.downloads]

    def judge_joins(self, ctx: AppContext, owner: str, p: Practice | None) -> Updates:
        """The judge's opinion joined to a debrief already on screen: waits for the judgement
        :func:`start_judge` began (nothing to do with no judge, or before the run ended)."""
        # An empty dict would read as one missing value; gr.skip() leaves each block as it is.
        unchanged: Updates = {block: gr.skip() for block in self.judge_outputs}
        if ctx.judge is None or p is None or p.result is None:
            return unchanged
        judged = p.ask_judge(ctx.judge, store=ctx.store, viewer=owner)
        if judged is None:
            return unchanged
        full = self.show(ctx, owner, p, p.result, judged)
        return {block: full[block] for block in self.judge_outputs}

    def show(
        self,
        ctx: AppContext,
        owner: str,
        p: Practice,
        result: Archived,
        judged: JudgeOutcome | None,
        *,
        before: _debrief.Side | None = None,
    ) -> Updates:
        """The panel filled for ``p``'s stored ``result``: debrief, details and downloads.
        ``before`` is the run a branch came from, shown side by side with it."""
        card, t = result.card, result.transcript
        outcome = t.session_outcome()
        if result.problems:
            saved = "".join(notice(x, "warn") for x in result.problems)
        else:
            saved = notice("Saved to your history.")
        earlier = earlier_points(ctx, owner, result.id)
        files = write_downloads(
            ctx,
            t,
            card,
            [],
            owner=owner,
            session_id=result.id,
            stem=t.id,
            subtitle=subtitle(result.stored, t, p.session.partner.label),
            earlier=earlier,
            judged=judged,
        )
        paths = (files.json, files.txt, files.html, files.md)
        download: dict[Block, Any] = {
            button: gr.DownloadButton(value=path, visible=path is not None)
            for button, path in zip(self.downloads, paths, strict=True)
        }
        choices = _debrief.turn_choices(t)
        return {
            self.column: gr.Column(visible=True),
            self.debrief: _debrief.summary(
                card,
                t,
                outcome,
                persona_name=p.session.persona.name,
                run_id=p.session.id,
                before=before,
            ),
            self.notice: saved,
            self.tiles: htmlreport.tiles(card),
            self.charts: _debrief.charts_block(card, earlier),
            self.timeline: _debrief.timeline_block(outcome),
            self.uncovered: htmlreport.uncovered(card.uncovered),
            self.criteria: _debrief.criteria_with_quotes(card, t)
            + htmlreport.judge_table(card, judged),
            self.transcript: _debrief.annotated_transcript(t, card),
            **download,
            self.rewind_turn: gr.Dropdown(
                choices=choices,
                value=choices[-1][1] if choices else None,
                interactive=bool(choices),
            ),
        }


def start_judge(ctx: AppContext, p: Practice, owner: str) -> None:
    """Set the configured judge to work on ``p``'s stored run in the background, so the
    debrief is shown at once and :meth:`ResultsPanel.judge_joins` adds the opinion."""
    result = p.result
    if ctx.judge is None or p.judged is not None or result is None:
        return
    if result.id is None or not result.transcript.turns:
        return  # not in the database: judge_joins asks the judge itself, still after the debrief
    rubric_id = p.session.rubric or catalog.DEFAULT_RUBRIC
    ctx.judge.outcome_async(
        result.id,
        result.transcript,
        lambda: catalog.get_rubric(rubric_id),
        store=ctx.store,
        viewer=owner,
    )
