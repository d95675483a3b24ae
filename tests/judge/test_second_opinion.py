"""The LLM judge in the app: side by side with the detectors, never at the detectors' cost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from simulator.app import ui
from simulator.app.context import AppContext, new_session
from simulator.content import catalog
from simulator.content.transcript import Transcript
from simulator.conversation.practice import Practice
from simulator.conversation.session import Session
from simulator.errors import RehearseError
from simulator.judge import second_opinion as judging
from simulator.judge._judge import Judge
from simulator.models import ModelUnreachable
from simulator.reports import html as htmlreport
from simulator.reports.markdown import judge_outcome_markdown
from simulator.scoring.scorecard import Scorecard
from simulator.scoring.scorer import score
from simulator.settings import Settings
from simulator.store.database import Store

TURNS = [
    "It sounds like this has been a heavy couple of weeks.",
    "Did you finish the dashboard?",
    "What would help most this week?",
]


@pytest.fixture(scope="module")
def scored() -> tuple[Transcript, Scorecard]:
    s = Session(catalog.get_persona("launch-engineer"))
    for text in (
        "Calm down, it's not a big deal.",
        "It sounds like the launch is weighing on you.",
    ):
        s.respond(text)
    t = s.transcript()
    return t, score(t, catalog.get_rubric(), persona=catalog.get_persona("launch-engineer"))


def _far(x: float) -> int:
    """A judge score at least 2 points from ``x``."""
    return 5 if x <= 3 else 1


def _near(x: float) -> int:
    """A judge score under 2 points from ``x``."""
    return min(5, max(1, round(x)))


def _reply(card: Scorecard, scores: dict[str, Any]) -> str:
    return json.dumps(
        {
            c.id: {"evidence": [], "rationale": "Because.", "score": scores.get(c.id, 3)}
            for c in card.criteria
        }
    )


def _scored_ids(card: Scorecard) -> list[str]:
    ids = [c.id for c in card.criteria if c.score is not None]
    assert len(ids) >= 2, "the fixture session needs two scored criteria"
    return ids


def _text(button: Any) -> str:
    """The text of a download button's file."""
    value = button.value
    return Path(value["path"] if isinstance(value, dict) else value).read_text(encoding="utf-8")


def _row(html: str, criterion: str) -> str:
    start = html.rindex("<tr", 0, html.index(f'data-criterion="{criterion}"'))
    return html[start : html.index("</tr>", start)]


def test_html_table_shows_both_scores_and_flags_disagreement(
    scored: tuple[Transcript, Scorecard], fake_model
) -> None:
    """The judge table has Criterion | Detectors | Judge (spread) | Flag; a criterion the
    judge scores 2+ points from the detectors is flagged, a close one is not."""
    t, card = scored
    far, near = _scored_ids(card)[:2]
    by_id = {c.id: c for c in card.criteria}
    reply = _reply(card, {far: _far(by_id[far].score), near: _near(by_id[near].score)})
    outcome = judging.rate(Judge(fake_model([reply])), t, catalog.get_rubric())
    html = htmlreport.judge_table(card, outcome)
    for head in ("Criterion", "Detectors", "Judge (spread)", "Flag"):
        assert f"<th>{head}</th>" in html
    flagged, calm = _row(html, far), _row(html, near)
    assert f"<td>{by_id[far].score:.1f}</td>" in flagged
    assert f"<td>{_far(by_id[far].score):.1f}</td>" in flagged
    assert "disagree by 2+" in flagged and "rh-disagree" in flagged
    assert f"<td>{_near(by_id[near].score):.1f}</td>" in calm
    assert "disagree" not in calm
    # The standalone report and the Markdown export carry the same comparison.
    report = htmlreport.report(card, t, judged=outcome)
    assert "Detectors and LLM judge" in report and "disagree by 2+" in report
    md = judge_outcome_markdown(card, outcome)
    assert "Detectors and judge side by side" in md and "⚠ disagree by 2+" in md


def test_unscored_judge_criterion_shows_the_reason(
    scored: tuple[Transcript, Scorecard], fake_model
) -> None:
    """A criterion the judge's reply leaves invalid reads "unscored: <reason>"; the rest of
    the reply still counts and nothing is flagged for it."""
    t, card = scored
    bad, good = _scored_ids(card)[:2]
    reply = _reply(card, {bad: 9, good: 3})
    outcome = judging.rate(Judge(fake_model([reply])), t, catalog.get_rubric())
    assert outcome.message is None
    row = _row(htmlreport.judge_table(card, outcome), bad)
    assert "unscored: judge: the entry does not validate" in row
    assert "disagree" not in row


def _raise(exc: Exception):
    def make() -> Judge:
        raise exc

    return make


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(
            lambda fm: Judge(fm([ModelUnreachable("connection refused")])),
            "connection refused",
            id="model-unreachable",
        ),
        pytest.param(
            lambda fm: Judge(fm(["this is not JSON"])), "Judge unavailable:", id="garbage-reply"
        ),
        pytest.param(
            lambda fm: _raise(RehearseError("no such judge model")),
            "no such judge model",
            id="judge-cannot-be-built",
        ),
    ],
)
def test_judge_failure_keeps_the_session_and_detector_scorecard(
    tmp_path: Path, fake_model, make, reason: str
) -> None:
    """A judge that fails (unreachable, unusable reply, cannot be built) leaves the session
    stored and the detector scorecard shown and exported as is, with "Judge unavailable:
    <reason>" where the comparison would be."""
    store = Store(tmp_path)
    store.migrate()
    judge = judging.AppJudge(make(fake_model))
    tab = ui.build_app(context=AppContext(store=store, users=None, judge=judge)).practice
    p = Practice(new_session("new-hire"))
    for text in TURNS:
        list(tab.send(text, p))
    out = tab.end(p, None)
    assert p.result is not None and p.result.stored is not None
    card = p.result.card
    assert card.overall is not None
    criteria_html = out[tab.res_criteria]
    assert criteria_html.startswith(htmlreport.criteria_table(card))
    assert "Judge unavailable: " in criteria_html and reason in criteria_html
    assert p.judged is not None and p.judged.message in criteria_html
    md = _text(out[tab.dl_md])
    assert "Judge unavailable: " in md and f"**Overall** {card.overall:.1f}" in md
    assert store.get(p.result.stored.id, "local").card == card


def test_coach_review_shows_the_judge_once_per_session(tmp_path: Path, fake_model) -> None:
    """The end-of-session scorecard and the coach review both show the judge's scores beside
    the detectors'; the session is judged once (the review reuses the outcome)."""
    store = Store(tmp_path)
    store.migrate()
    rubric = catalog.get_rubric()
    reply = json.dumps(
        {c.id: {"evidence": [], "rationale": "Fine.", "score": 4} for c in rubric.criteria}
    )
    model = fake_model([reply])
    app = ui.build_app(
        context=AppContext(store=store, users=None, judge=judging.AppJudge(Judge(model)))
    )
    p = Practice(new_session("new-hire"))
    for text in TURNS:
        list(app.practice.send(text, p))
    finished = app.practice.end(p, None)
    assert "<th>Judge (spread)</th>" in finished[app.practice.res_criteria]
    assert p.result is not None and p.result.id is not None
    review = app.review.review_open(p.result.id, None)
    assert "<th>Judge (spread)</th>" in review[app.review.criteria]
    assert "Detectors and LLM judge" in _text(review[app.review.dl_html])
    assert "Detectors and judge side by side" in _text(review[app.review.dl_md])
    assert len(model.calls) == 1


@pytest.mark.parametrize(
    "spec",
    [pytest.param(None, id="unset"), pytest.param("scripted", id="scripted")],
)
def test_no_judge_configured_changes_nothing(tmp_path: Path, spec: str | None) -> None:
    """With no judge configured none is built (so no network) and the scorecard has no
    judge section."""
    assert judging.from_settings(Settings(judge_model=spec)) is None
    store = Store(tmp_path)
    store.migrate()
    tab = ui.build_app(context=AppContext(store=store, users=None)).practice
    p = Practice(new_session("new-hire"))
    list(tab.send(TURNS[0], p))
    out = tab.end(p, None)
    assert p.result is not None
    assert out[tab.res_criteria] == htmlreport.criteria_table(p.result.card)
    assert p.judged is None
    md = _text(out[tab.dl_md])
    assert "LLM judge" not in md and "judge side by side" not in md
