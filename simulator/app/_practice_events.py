"""The Practice tab's events: which handler each control runs, with what, and where its
progress shows.

Why every event names ``show_progress_on``: Gradio's page keeps a loading status for every
component that has been a progress target of any event since the page opened, and on each
status change of any event (queued, started, streaming, done: several per turn) it revisits
all of them: a search of the whole page's layout for each, a deep copy of its value, and
for a layout block (the results column, the leave dialog) the same for every component
inside it. With the default (every output is a target) a page that had loaded, restored,
taken turns, ended and started again revisited 31 components and the 30 inside the results
column and the leave dialog, several times per message sent (21 and 15 before the debrief
and the leave dialog were added); Enter to reply took about 1.7 times the echo app's.
Progress shows on the chat (starting a run, a turn) or the status line (everything else), so
the set stays at those two and a turn's bookkeeping stays as light as the echo app's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.app._gradio import PRIVATE, gr
from simulator.app._scripts import SHOW_LEAVE_JS, TOP_OF_CHAT_JS, TRY_ANOTHER_JS

if TYPE_CHECKING:
    from simulator.app.practice_tab import PracticeTab


def wire(tab: PracticeTab, page: gr.Blocks | None = None) -> None:
    """Register ``tab``'s events (and, given the ``page``, the reload restore)."""
    on_chat = [tab.chat]
    """Starting a run or taking a turn: the chat is what changes (and shows "typing")."""
    on_status = [tab.status]
    """Ending, rewinding, ticking, the judge: the status line says what is going on."""
    starts = tab.start_outputs
    choose_in = [tab.gallery, tab.timed, tab.hints_on, tab.state]
    tab.gallery.change(
        tab.choose, choose_in, starts, api_visibility=PRIVATE, show_progress_on=on_chat
    ).then(None, js=SHOW_LEAVE_JS)
    tab.restart.click(
        tab.start_over, choose_in, starts, api_name="new_session", show_progress_on=on_chat
    ).then(None, js=SHOW_LEAVE_JS)
    # The chat's own clear (trash) button means "start over", and asks the same way.
    tab.chat.clear(
        tab.start_over, choose_in, starts, api_visibility=PRIVATE, show_progress_on=on_chat
    ).then(None, js=SHOW_LEAVE_JS)
    leave_in = [tab.state, tab.leaving, tab.timed, tab.hints_on]
    tab.leave_save.click(tab.leave_and_save, leave_in, starts, show_progress_on=on_chat)
    tab.leave_discard.click(
        tab.leave_and_discard, leave_in, starts, api_visibility=PRIVATE, show_progress_on=on_chat
    )
    tab.leave_stay.click(
        tab.stay, [tab.state], starts, api_visibility=PRIVATE, show_progress_on=on_status
    )
    tab.again_btn.click(
        tab.practise_again,
        [tab.state, tab.timed, tab.hints_on],
        starts,
        api_visibility=PRIVATE,
        show_progress_on=on_chat,
    ).then(None, js=TOP_OF_CHAT_JS)
    tab.another_btn.click(None, js=TRY_ANOTHER_JS)
    # A lesson's or a transcript turn's "Try turn N again" button, and the dropdown.
    tab.panel.rewind_ask.change(
        tab.rewind,
        [tab.state, tab.panel.rewind_ask, tab.hints_on],
        starts,
        api_visibility=PRIVATE,
        show_progress_on=on_status,
    ).then(None, js=TOP_OF_CHAT_JS)
    tab.rewind_btn.click(
        tab.rewind,
        [tab.state, tab.rewind_turn, tab.hints_on],
        starts,
        api_name="rewind",
        show_progress_on=on_status,
    ).then(None, js=TOP_OF_CHAT_JS)
    tab.timed.change(
        tab.set_timed,
        [tab.state, tab.gallery, tab.timed, tab.hints_on],
        starts,
        api_visibility=PRIVATE,
        show_progress_on=on_chat,
    )
    tab.hints_on.change(
        tab.toggle_hints,
        [tab.state, tab.hints_on],
        [tab.hint_box],
        api_visibility=PRIVATE,
        show_progress_on=on_status,
    )
    send_in = [tab.box, tab.state, tab.gallery]
    # The chat shows its own "typing" state; no overlay over the whole column.
    sent = tab.box.submit(
        tab.send,
        send_in,
        tab.turn_outputs,
        api_name="send",
        show_progress="minimal",
        show_progress_on=on_chat,
    )
    clicked = tab.send_btn.click(
        tab.send,
        send_in,
        tab.turn_outputs,
        api_visibility=PRIVATE,
        show_progress="minimal",
        show_progress_on=on_chat,
    )
    retried = tab.retry_btn.click(
        tab.retry,
        [tab.state],
        tab.turn_outputs,
        api_name="retry",
        show_progress="minimal",
        show_progress_on=on_chat,
    )
    # However the run ends, the debrief scrolls itself into view (ResultsPanel) at once;
    # a configured judge works meanwhile and its scores join in a chained step.
    ends = [
        event.then(
            tab.after_turn,
            [tab.state, tab.hints_on, tab.token],
            [tab.hint_box, tab.retry_btn, *tab.finish_outputs],
            api_visibility=PRIVATE,
            show_progress="hidden",
            show_progress_on=on_status,
        )
        for event in (sent, clicked, retried)
    ]
    ends.append(
        tab.end_btn.click(
            tab.end,
            [tab.state],
            tab.finish_outputs,
            api_name="end_session",
            show_progress_on=on_status,
        )
    )
    ends.append(
        tab.timer.tick(
            tab.tick,
            [tab.state],
            tab.finish_outputs,
            api_visibility=PRIVATE,
            show_progress="hidden",
            show_progress_on=on_status,
        )
    )
    if tab.ctx.judge is not None:  # no judge, no extra round trip
        for event in ends:
            event.then(
                tab.judge_joins,
                [tab.state],
                tab.panel.judge_outputs,
                api_visibility=PRIVATE,
                show_progress_on=on_status,
            )
    if page is not None:
        page.load(
            tab.restore,
            [tab.token],
            [tab.token, *starts],
            api_visibility=PRIVATE,
            show_progress_on=on_chat,
        )
