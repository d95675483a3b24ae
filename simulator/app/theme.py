"""How the app looks: the theme on system fonts, the page CSS and the persona gallery.

Nothing here is fetched from the internet: the fonts are the system's, and the gallery is a
configured ``gr.HTML`` with its template, CSS and script inline.
"""

from __future__ import annotations

from html import escape
from typing import Any

from simulator.app._gradio import gr
from simulator.content.personas import Persona
from simulator.reports import html as htmlreport

SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "sans-serif")
MONO_FONTS = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")

APP_CSS = """
.gradio-container { max-width: 1180px !important; margin: 0 auto !important; }
#rh-header { display:flex; justify-content:space-between; align-items:flex-end; flex-wrap:wrap;
  gap:8px; padding:6px 2px 2px; }
#rh-header h1 { margin:0; font-size:1.7rem; letter-spacing:-.01em; }
#rh-header p { margin:2px 0 0; color:var(--body-text-color-subdued); }
.rh-badges { display:flex; gap:6px; flex-wrap:wrap; font-size:.82rem; }
.rh-badge { border:1px solid var(--border-color-primary); border-radius:999px;
  padding:2px 10px; background:var(--background-fill-secondary); }
.rh-badge b { font-weight:600; }
.rh-step { font-weight:600; font-size:1.02rem; margin:6px 0 -4px; }
#rh-briefing { font-size:.93rem; }
#rh-countdown .rh-clock { font-size:1.6rem; font-weight:650; font-variant-numeric:tabular-nums; }
#rh-countdown .rh-clock.rh-low { color:#b91c1c; }
#rh-countdown .rh-done { color:var(--body-text-color-subdued); }
#history-table table, #history-table .cell-wrap { font-family:var(--font) !important; }
#rh-countdown .rh-track { height:6px; border-radius:3px; background:var(--border-color-primary);
  overflow:hidden; margin-top:4px; }
#rh-countdown .rh-track > i { display:block; height:100%; background:#2563eb; }
.rh-hint { border:1px solid #c7d2fe; background:#eef2ff; border-radius:12px; padding:10px 14px;
  font-size:.92rem; }
.rh-hint .rh-say { font-size:1rem; margin-top:4px; }
.rh-notice { border-radius:10px; padding:10px 14px; font-size:.95rem; }
.rh-notice.rh-ok { background:#ecfdf5; color:#065f46; }
.rh-notice.rh-warn { background:#fffbeb; color:#92400e; border:1px solid #fcd34d; }
.rh-notice.rh-err { background:#fef2f2; color:#991b1b; border:1px solid #fca5a5; }
#rh-results { border-top:1px solid var(--border-color-primary); padding-top:12px; }
.rh-section { font-weight:650; font-size:1.1rem; margin:10px 0 0; }
/* Practice tab: persona, briefing, chat in the page; chat left of the briefing when wide. */
h2.rh-step { margin:6px 0 -4px; }
@media (min-width: 720px) { #rh-chat-col { order:-1; } }
.rh-sr-only { position:absolute !important; width:1px; height:1px; padding:0; margin:-1px;
  overflow:hidden; clip:rect(0,0,0,0); white-space:nowrap; border:0; }
#rh-compose { flex-wrap:nowrap; }
#rh-compose > * { min-width:0; }
#rh-results, #rh-results .html-container, #rh-results .prose { min-width:0; max-width:100%; }
/* The report's muted grey is 4.4:1 on the tiles' tint; slate-600 passes AA everywhere. */
#rh-results { --rh-muted:#475569; }
#rh-results, #rh-results .column, #rh-results .row > *, #rh-leave .row > * {
  min-width:0 !important; }
@media (max-width: 480px) { .main.fillable { padding-left:10px !important;
  padding-right:10px !important; } }
#rh-results table { max-width:100%; }
#rh-results .html-container { overflow-x:auto; }
#rh-debrief, #rh-result-charts, #rh-timeline, #rh-uncovered, #rh-criteria, #rh-annotated {
  min-width:0 !important; max-width:100%; overflow-x:auto; }
.rh-scroll { overflow-x:auto; max-width:100%; }
#rh-results .rh-transcript, #rh-results .rh-uncovered, #rh-results td { overflow-wrap:break-word; }
.rh-radar-fallback { display:none; }
@media (max-width: 640px) {
  .rh-radar-fig { display:none; }
  .rh-radar-fallback { display:block; }
  #rh-results .rh-charts { display:block; }
}
.rh-debrief { border:1.5px solid #2563eb; border-radius:12px; padding:12px 16px;
  background:#f8fbff; scroll-margin-top:8px; }
.rh-debrief:focus { outline:2px solid #1d4ed8; outline-offset:2px; }
.rh-debrief .rh-picture { font-size:1.05rem; margin:4px 0 8px; }
.rh-lessons { padding-left:1.2rem; margin:4px 0; }
.rh-lessons li { margin-bottom:8px; }
.rh-lessons li > div { margin:2px 0; }
.rh-timeline-table td:last-child { width:60%; }
.rh-said { color:#374151; }
.rh-rewind-here { margin-top:4px; font:inherit; font-size:.88rem; cursor:pointer;
  border:1px solid #2563eb; color:#1d4ed8; background:#fff; border-radius:8px; padding:3px 10px; }
.rh-rewind-here:focus-visible { outline:2px solid #1d4ed8; outline-offset:2px; }
.rh-better { font-weight:600; color:#065f46; }
.rh-crits { list-style:none; padding:0; margin:4px 0; }
.rh-crit { border-bottom:1px solid var(--border-color-primary); padding:8px 0; }
.rh-crit-head { display:flex; flex-wrap:wrap; gap:4px 10px; align-items:baseline; }
.rh-crit-score { margin-left:auto; white-space:nowrap; font-weight:600; }
#rh-results tbody th { text-transform:none; letter-spacing:0; font-size:inherit; }
.rh-quotes { margin:4px 0 0; padding-left:1.1rem; font-size:.9rem; }
.rh-quotes .rh-against { color:#991b1b; }
.rh-compare caption, .rh-timeline-table caption { text-align:left; font-weight:600; }
#rh-downloads { flex-wrap:wrap; }
#rh-leave { border:1px solid #fcd34d; border-radius:12px; padding:8px; }
/* Coach review and History (axe, WCAG AA 4.5:1): the theme's blue-500 labels on blue-100,
   selected tab and primary buttons are 3.0-3.7:1; blue-700/800 pass. */
.gradio-container { --block-title-text-color:#1e40af; --block-label-text-color:#1e40af;
  --color-accent:#1d4ed8; --button-primary-background-fill:#1d4ed8;
  --button-primary-background-fill-hover:#1e40af; }
"""

GALLERY_HTML = """
<div class="pg-grid" role="radiogroup" aria-label="Who you are meeting">
${personas.map(p => `
  <button type="button" class="pg-card ${p.id === value ? 'pg-on' : ''}" role="radio"
    aria-checked="${p.id === value}" data-id="${p.id}">
    <span class="pg-top"><span class="pg-name">${p.name}</span>
      <span class="pg-diff pg-${p.difficulty}">${p.difficulty}</span></span>
    <span class="pg-role">${p.role}</span>
    <span class="pg-sit">${p.situation}</span>
  </button>`).join('')}
</div>
"""
GALLERY_CSS = """
.pg-grid { display:grid; grid-template-columns:repeat(auto-fill,minmax(250px,1fr)); gap:10px; }
.pg-card { text-align:left; display:flex; flex-direction:column; gap:3px; cursor:pointer;
  border:1.5px solid var(--border-color-primary); border-radius:12px; padding:10px 12px;
  background:var(--background-fill-primary); color:var(--body-text-color); font:inherit;
  transition:border-color .12s, box-shadow .12s; }
.pg-card:hover { border-color:#93c5fd; }
.pg-card:focus-visible { outline:2px solid #2563eb; outline-offset:2px; }
.pg-card.pg-on { border-color:#2563eb; box-shadow:0 0 0 3px #dbeafe; background:#f8fbff; }
.pg-top { display:flex; justify-content:space-between; align-items:center; gap:6px; }
.pg-name { font-weight:650; }
.pg-role { font-size:.83rem; color:#475569; }
.pg-sit { font-size:.86rem; line-height:1.35; }
.pg-diff { font-size:.72rem; border-radius:999px; padding:1px 8px; text-transform:capitalize; }
.pg-open { background:#dcfce7; color:#166534; }
.pg-guarded { background:#fef9c3; color:#854d0e; }
.pg-defensive { background:#fee2e2; color:#991b1b; }
"""
GALLERY_JS = """
element.addEventListener('click', (e) => {
  const card = e.target.closest('.pg-card');
  if (!card || card.dataset.id === props.value) return;
  props.value = card.dataset.id;
  trigger('change');
});
"""


def persona_gallery(personas: list[Persona], value: str, **kwargs: Any) -> gr.HTML:
    """Persona cards (name, role, difficulty, situation); the value is the chosen persona id.

    A configured ``gr.HTML`` rather than a subclass: Gradio writes a ``.pyi`` stub next to
    the module of every component subclass, which an installed package must not do.
    """
    cards = [
        {
            # The template is a JS template string: escape here, once, in Python.
            "id": escape(p.id),
            "name": escape(p.name),
            "role": escape(p.role),
            "situation": escape(p.situation),
            "difficulty": escape(p.difficulty),
        }
        for p in personas
    ]
    return gr.HTML(
        value=value,
        html_template=GALLERY_HTML,
        css_template=GALLERY_CSS,
        js_on_load=GALLERY_JS,
        personas=cards,
        **kwargs,
    )


def theme() -> gr.themes.Base:
    """Gradio's Soft theme on system fonts: nothing is fetched from a font CDN."""
    # Subdued text (subtitles, roles, captions) darkened to slate-600: 7.6:1 on white, where
    # the theme's slate-400 gave 2.45:1, below WCAG AA's 4.5:1.
    return gr.themes.Soft(
        primary_hue="blue", neutral_hue="slate", font=SYSTEM_FONTS, font_mono=MONO_FONTS
    ).set(body_text_color_subdued="#475569", body_text_color_subdued_dark="#cbd5e1")


def page_css() -> str:
    """The report styles the results reuse, then the app's own."""
    return htmlreport.STYLE + APP_CSS


# The chat's message list scrolls; a region that scrolls must be reachable from the keyboard
# (WCAG 2.1.1, axe's scrollable-region-focusable), and Gradio's Chatbot gives it no tabindex.
# It is re-rendered by Gradio, so an observer labels each new one.
_FOCUSABLE_CHAT_JS = """
<script>
(() => {
  const label = () => document.querySelectorAll("#chat .bubble-wrap:not([tabindex])")
    .forEach((el) => {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", "Conversation messages");
    });
  const start = () => {
    label();
    new MutationObserver(label).observe(document.body, {childList: true, subtree: true});
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
</script>
"""


def page_head() -> str:
    """Extra ``<head>`` content for the page: makes the chat's scrolling list keyboard-reachable."""
    return _FOCUSABLE_CHAT_JS
