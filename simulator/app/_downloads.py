"""The files a person can download: the transcript (JSON, TXT) and the report (HTML, Markdown).

Each download is written to its own unguessable folder under the context's export root
(:meth:`~simulator.app.context.AppContext.export_dir`), which is removed when the app exits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.app.context import AppContext
from simulator.content import formats
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.reports import charts
from simulator.reports import html as htmlreport
from simulator.reports import markdown as report
from simulator.reports.markdown import ReviewComment
from simulator.scoring.scorecard import Scorecard


@dataclass(frozen=True)
class Downloads:
    """Paths of one session's downloads; ``None`` for a file that was not written."""

    json: str | None
    txt: str | None
    html: str
    md: str


def _safe_stem(stem: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)[:80] or "session"


def write_downloads(
    ctx: AppContext,
    transcript: Transcript,
    card: Scorecard,
    comments: Sequence[ReviewComment],
    *,
    stem: str,
    subtitle: str,
    earlier: Sequence[charts.Point],
    transcripts: bool = True,
    judged: judging.JudgeOutcome | None = None,
) -> Downloads:
    """Write the report (HTML and Markdown, with ``comments`` and the judge's opinion) and,
    with ``transcripts``, the transcript as JSON and TXT."""
    d = ctx.export_dir()
    stem = _safe_stem(stem)
    written: dict[str, str | None] = {"json": None, "txt": None}
    if transcripts:
        for fmt in written:
            path = d / f"{stem}.{fmt}"
            try:
                formats.write_transcripts([transcript], path, fmt)
                written[fmt] = str(path)
            except RehearseError:
                pass  # the other downloads still work; the button for this one is hidden
    html_path = d / f"{stem}-report.html"
    html_path.write_text(
        htmlreport.report(
            card, transcript, comments, subtitle=subtitle, earlier=earlier, judged=judged
        ),
        encoding="utf-8",
    )
    md_path = d / f"{stem}-report.md"
    md = (
        report.markdown_with_comments(card, transcript, comments)
        if comments
        else report.markdown(card, transcript)
    )
    if judged is not None:
        md = f"{md.rstrip()}\n\n{judging.markdown(card, judged)}"
    md_path.write_text(md, encoding="utf-8")
    return Downloads(written["json"], written["txt"], str(html_path), str(md_path))
