"""The few lines of browser script the Practice tab runs: moving the view and focus.

Each is a Gradio ``js=`` function run after an event's update has rendered. Moving the view
is what tells a person something happened (the debrief appeared, a dialog opened); focus
moves with it so keyboard and screen-reader users land in the same place.
"""

from __future__ import annotations

# Once per run (the debrief carries the run's id): a tick or a later turn must not pull
# the page back to the top of the debrief while the person reads further down.
SHOW_DEBRIEF_JS = """
() => { setTimeout(() => {
  const d = document.getElementById('rh-debrief-top');
  if (!d || d.offsetParent === null || window.rhShownRun === d.dataset.run) return;
  window.rhShownRun = d.dataset.run;
  d.scrollIntoView({block: 'start'});
  d.focus({preventScroll: true});
}, 60); }
"""

SHOW_LEAVE_JS = """
() => { setTimeout(() => {
  const d = document.getElementById('rh-leave');
  if (!d || d.offsetParent === null) return;
  d.scrollIntoView({block: 'center'});
  const b = d.querySelector('button'); if (b) b.focus({preventScroll: true});
}, 60); }
"""

TOP_OF_CHAT_JS = """
() => { setTimeout(() => {
  const c = document.getElementById('chat');
  if (c) c.scrollIntoView({block: 'start'});
  const box = document.querySelector('#message textarea');
  if (box) box.focus({preventScroll: true});
}, 60); }
"""

TRY_ANOTHER_JS = """
() => {
  const g = document.getElementById('persona-gallery');
  if (!g) return;
  g.scrollIntoView({block: 'start'});
  const card = g.querySelector('.pg-card:not(.pg-on)') || g.querySelector('.pg-card');
  if (card) card.focus({preventScroll: true});
}
"""

# Gradio's chat scrolls inside its own box but cannot be focused, so keyboard users could
# not scroll it (axe: scrollable-region-focusable). Make the scrolling box focusable.
CHAT_KEYBOARD_JS = """
const rhChatFocusable = () => {
  const w = document.querySelector('#chat .bubble-wrap');
  if (w && !w.hasAttribute('tabindex')) w.setAttribute('tabindex', '0');
};
rhChatFocusable();
// A cheap check each second rather than an observer of every change on the page, which
// would run during each reply's rendering.
setInterval(rhChatFocusable, 1000);
"""
