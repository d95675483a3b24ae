"""The HTML report and the Markdown report with coach comments."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from simulator.content import catalog
from simulator.content.transcript import Transcript, Turn
from simulator.conversation.session import Session
from simulator.reports import html as htmlreport
from simulator.reports.markdown import markdown_with_comments
from simulator.scoring.scorer import score


@dataclass(frozen=True)
class C:
    turn: int | None
    author: str
    text: str


@pytest.fixture(scope="module")
def session_transcript() -> Transcript:
    s = Session(catalog.get_persona("launch-engineer"))
    for text in (
        "Calm down, it's not a big deal.",
        "It sounds like the launch is weighing on you.",
        "Did you finish the retry logic?",
    ):
        s.respond(text)
    return s.transcript()


def test_report_is_standalone_and_complete(session_transcript: Transcript) -> None:
    """One HTML file with inline CSS and SVG: scores, both charts, what was uncovered,
    coach notes and the annotated transcript with rewrites for weak turns."""
    t = session_transcript
    card = score(t, catalog.get_rubric(), persona=catalog.get_persona("launch-engineer"))
    html = htmlreport.report(
        card, t, [C(1, "carol", "Dismissive: name the feeling."), C(None, "carol", "Keep going.")]
    )
    assert html.startswith("<!doctype html>") and "<style>" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    for part in ("rh-radar", "rh-quadrant", "layers disclosed", "Coach notes", "Keep going."):
        assert part in html
    weak = [a for a in card.annotations if a.weak]
    assert weak and all(a.rewrite.replace("'", "&#x27;") in html for a in weak)
    # The comment sits inside turn 1's block, not elsewhere.
    block = html.split('data-turn="1"')[1].split('data-turn="2"')[0]
    assert "Dismissive: name the feeling." in block


def test_user_text_is_escaped() -> None:
    """Transcript text and comments cannot inject markup into the report."""
    t = Transcript(
        id="x<y>",
        turns=[
            Turn(speaker="employee", text="<img src=x onerror=alert(1)>"),
            Turn(speaker="manager", text="What <b>happened</b>?"),
        ],
    )
    card = score(t, catalog.get_rubric())
    html = htmlreport.report(card, t, [C(1, "<script>", "<script>alert(1)</script>")])
    assert "<img src=x" not in html and "<script>" not in html
    assert "&lt;img src=x" in html


def test_markdown_with_comments(session_transcript: Transcript) -> None:
    """The Markdown report puts the overall note up front and each comment under its turn."""
    t = session_transcript
    card = score(t, catalog.get_rubric())
    md = markdown_with_comments(
        card, t, [C(3, "carol", "Good reflection."), C(None, "carol", "Solid.")]
    )
    assert md.index("## Coach notes") < md.index("## Annotated transcript")
    turn3 = md.split("**3. Manager:**")[1].split("**4.")[0]
    assert "coach carol: Good reflection." in turn3
    assert "> **carol:** Solid." in md
