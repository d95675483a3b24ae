"""The LLM judge in the app: side by side with the detectors, never at the detectors' cost."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from simulator.app import ui
from simulator.app._debrief import criteria_with_quotes
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
    shown = tab.end(p, None)
    assert p.result is not None and p.result.stored is not None
    card = p.result.card
    assert card.overall is not None
    # The debrief comes at once, without the judge; its opinion joins in the chained step.
    assert shown[tab.res_criteria] == criteria_with_quotes(card, p.result.transcript)
    out = tab.judge_joins(p, None)
    criteria_html = out[tab.res_criteria]
    assert criteria_html.startswith(criteria_with_quotes(card, p.result.transcript))
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
    app.practice.end(p, None)
    finished = app.practice.judge_joins(p, None)
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
    assert out[tab.res_criteria] == criteria_with_quotes(p.result.card, p.result.transcript)
    assert p.judged is None
    md = _text(out[tab.dl_md])
    assert "LLM judge" not in md and "judge side by side" not in md


# -- the judge off the critical path: built once, judged on a pool, kept in the store ------


def _all_fours(rubric_id: str | None = None) -> str:
    rubric = catalog.get_rubric(rubric_id) if rubric_id else catalog.get_rubric()
    return json.dumps(
        {c.id: {"evidence": [], "rationale": "Fine.", "score": 4} for c in rubric.criteria}
    )


class _Gated:
    """A chat model that answers only once ``gate`` is set (a slow judge, held still)."""

    def __init__(self, inner: Any, gate: threading.Event) -> None:
        self.inner, self.gate = inner, gate

    @property
    def name(self) -> str:
        return str(self.inner.name)

    def structured(self, *args: Any, **kwargs: Any) -> Any:
        assert self.gate.wait(10), "the test never opened the gate"
        return self.inner.structured(*args, **kwargs)


@pytest.fixture
def saved(tmp_path: Path, scored: tuple[Transcript, Scorecard]) -> tuple[Store, str, Transcript]:
    """A migrated SQLite store holding alice's scored session ``s1``."""
    t, card = scored
    store = Store(tmp_path)
    store.migrate()
    store.save(t, card, owner="alice", session_id="s1")
    return store, "s1", t


def test_judge_is_built_once_when_many_sessions_end_together(fake_model) -> None:
    """Eight sessions ending at the same moment share one judge: the factory (which may
    load a model) runs exactly once, and every session is judged."""
    built: list[int] = []
    model = fake_model([_all_fours()] * 8)

    def make() -> Judge:
        built.append(1)
        time.sleep(0.05)  # widen the window in which an unlocked build would run twice
        return Judge(model)

    judge = judging.AppJudge(make)
    s = Session(catalog.get_persona("new-hire"))
    s.respond(TURNS[0])
    t = s.transcript()
    start = threading.Barrier(8)

    def end(i: int) -> judging.JudgeOutcome | None:
        start.wait()
        return judge.outcome(f"s{i}", t, catalog.get_rubric())

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(end, range(8)))
    assert len(built) == 1
    assert all(o is not None and o.result is not None and o.error is None for o in outcomes)
    assert len(model.calls) == 8


def test_a_failed_build_is_tried_again_by_the_next_session(
    scored: tuple[Transcript, Scorecard], fake_model
) -> None:
    """A judge that cannot be built now (say its server is still starting) is not
    remembered as absent: the next session builds it and is judged."""
    t, _ = scored
    attempts: list[int] = []

    def make() -> Judge:
        attempts.append(1)
        if len(attempts) == 1:
            raise RehearseError("judge server not up yet")
        return Judge(fake_model([_all_fours()]))

    judge = judging.AppJudge(make)
    first = judge.outcome("a", t, catalog.get_rubric())
    second = judge.outcome("b", t, catalog.get_rubric())
    assert first is not None and "judge server not up yet" in (first.error or "")
    assert second is not None and second.error is None and second.result is not None
    assert len(attempts) == 2


def test_outcome_async_returns_before_the_judge_answers_and_stores_it(
    saved: tuple[Store, str, Transcript], fake_model
) -> None:
    """The end-of-session handler gets a future at once while the judge is still thinking;
    when it answers, the outcome is in the database with its prompt and raw output, and a
    later read (a restart: a new AppJudge) gives the same scores without a model call."""
    store, sid, t = saved
    gate = threading.Event()
    model = fake_model([_all_fours()])
    judge = judging.AppJudge(Judge(_Gated(model, gate)), label="fake judge")
    future = judge.outcome_async(sid, t, catalog.get_rubric, store, "alice")
    assert not future.done()
    assert judge.stored(sid, store, "alice") is None
    gate.set()
    outcome = future.result(timeout=10)
    assert outcome is not None and outcome.result is not None and outcome.error is None
    row = store.judgement(sid, "alice")
    assert row is not None
    assert row.judge == "fake judge" and row.model == "fake:model"
    assert row.prompt == outcome.result.prompt and row.prompt[0]["role"] == "system"
    assert row.raw == [_all_fours()]
    assert row.scores == {c.id: c.score for c in outcome.result.criteria}
    unused = fake_model([])
    restarted = judging.AppJudge(Judge(unused))
    assert restarted.stored(sid, store, "alice") == outcome
    assert restarted.outcome(sid, t, catalog.get_rubric(), store=store, viewer="alice") == outcome
    assert unused.calls == []
    judge.shutdown()


def test_same_session_asked_twice_is_judged_once(
    saved: tuple[Store, str, Transcript], fake_model
) -> None:
    """The debrief and the coach review asking while the judge is still running share one
    future; asking after it finished reuses the outcome: one model call, one stored row."""
    store, sid, t = saved
    gate = threading.Event()
    model = fake_model([_all_fours()])
    judge = judging.AppJudge(Judge(_Gated(model, gate)))
    first = judge.outcome_async(sid, t, catalog.get_rubric(), store, "alice")
    second = judge.outcome_async(sid, t, catalog.get_rubric(), store, "alice")
    assert second is first
    gate.set()
    done = first.result(timeout=10)
    third = judge.outcome_async(sid, t, catalog.get_rubric(), store, "alice")
    assert third.result(timeout=10) == done
    assert len(model.calls) == 1
    judge.shutdown()


def test_sync_outcome_waits_for_the_judgement_under_way(
    saved: tuple[Store, str, Transcript], fake_model
) -> None:
    """A chained event (or the coach review) asking synchronously while the background
    judgement runs waits for it instead of asking the model a second time."""
    store, sid, t = saved
    gate = threading.Event()
    model = fake_model([_all_fours()])
    judge = judging.AppJudge(Judge(_Gated(model, gate)))
    future = judge.outcome_async(sid, t, catalog.get_rubric(), store, "alice")
    with ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(judge.outcome, sid, t, catalog.get_rubric())
        time.sleep(0.05)  # let the waiter reach the pending future before the answer
        gate.set()
        assert waiting.result(timeout=10) == future.result(timeout=10)
    assert len(model.calls) == 1
    judge.shutdown()


def _broken_rubric() -> Any:
    raise FileNotFoundError("rubric.yaml is gone")


@pytest.mark.parametrize(
    ("make", "rubric", "reason"),
    [
        pytest.param(
            lambda fm: Judge(fm([ModelUnreachable("connection refused")])),
            catalog.get_rubric,
            "connection refused",
            id="model-unreachable",
        ),
        pytest.param(
            lambda fm: Judge(fm(["this is not JSON"])), catalog.get_rubric, "", id="garbage"
        ),
        pytest.param(
            lambda fm: _raise(RuntimeError("CUDA out of memory")),
            catalog.get_rubric,
            "CUDA out of memory",
            id="build-crashes",
        ),
        pytest.param(
            lambda fm: Judge(fm([])), _broken_rubric, "rubric.yaml is gone", id="rubric-fails"
        ),
    ],
)
def test_async_failure_is_an_outcome_and_is_stored(
    saved: tuple[Store, str, Transcript], fake_model, make, rubric, reason: str
) -> None:
    """Whatever goes wrong in the background (model, reply, build, rubric) the future
    resolves to ``Judge unavailable: <reason>``, never an exception, and the failure is
    stored so an auditor sees why the session has no judge scores."""
    store, sid, t = saved
    judge = judging.AppJudge(make(fake_model), label="broken judge")
    outcome = judge.outcome_async(sid, t, rubric, store, "alice").result(timeout=10)
    assert outcome is not None and outcome.error and reason in outcome.error
    assert outcome.message is not None and outcome.message.startswith("Judge unavailable: ")
    row = store.judgement(sid, "alice")
    assert row is not None and row.error == outcome.error and row.judge == "broken judge"
    judge.shutdown()


def test_stored_failure_is_judged_again_after_a_restart(
    saved: tuple[Store, str, Transcript], fake_model
) -> None:
    """An outage is not the session's verdict forever: a new process asks the judge again
    (the stored failure is still readable until then), and the newest opinion wins."""
    store, sid, t = saved
    down = judging.AppJudge(Judge(fake_model([ModelUnreachable("connection refused")])))
    failed = down.outcome(sid, t, catalog.get_rubric(), store=store, viewer="alice")
    assert failed is not None and failed.error
    assert down.stored(sid, store, "alice") == failed
    model = fake_model([_all_fours()])
    back = judging.AppJudge(Judge(model)).outcome(
        sid, t, catalog.get_rubric(), store=store, viewer="alice"
    )
    assert back is not None and back.error is None and len(model.calls) == 1
    assert judging.AppJudge(Judge(fake_model([]))).stored(sid, store, "alice") == back


@pytest.mark.parametrize(
    ("viewer", "shared", "visible"),
    [
        pytest.param("alice", False, True, id="owner"),
        pytest.param("carol", True, True, id="coach-shared-with"),
        pytest.param("carol", False, False, id="coach-not-shared-with"),
    ],
)
def test_stored_outcome_follows_session_visibility(
    saved: tuple[Store, str, Transcript], fake_model, viewer: str, shared: bool, visible: bool
) -> None:
    """Reading a judge result back obeys the sessions' rule: the owner, or a coach the
    session is shared with; anyone else gets ``None``."""
    store, sid, t = saved
    judge = judging.AppJudge(Judge(fake_model([_all_fours()])))
    assert judge.outcome_async(sid, t, catalog.get_rubric(), store, "alice").result(10)
    if shared:
        store.share(sid, "alice", viewer)
    assert (judge.stored(sid, store, viewer) is not None) is visible
    judge.shutdown()


def test_unstorable_outcome_is_still_returned(
    scored: tuple[Transcript, Scorecard], tmp_path: Path, fake_model
) -> None:
    """A session the database does not hold (it was only archived: the database was
    locked) still gets its judge's opinion in the debrief; only the record is missing."""
    t, _ = scored
    store = Store(tmp_path)
    store.migrate()
    judge = judging.AppJudge(Judge(fake_model([_all_fours()])))
    outcome = judge.outcome_async("not-stored", t, catalog.get_rubric(), store, "alice")
    got = outcome.result(timeout=10)
    assert got is not None and got.result is not None and got.error is None
    assert store.judgement("not-stored", "alice") is None
    judge.shutdown()


def test_nothing_to_judge_resolves_to_none(tmp_path: Path, fake_model) -> None:
    """A session where the manager said nothing resolves to ``None`` without a model call
    or a stored row, as the synchronous path does."""
    model = fake_model([])
    judge = judging.AppJudge(Judge(model))
    silent = Transcript(id="quiet", persona="new-hire", turns=[])
    assert judge.outcome_async("quiet", silent, catalog.get_rubric()).result(10) is None
    assert model.calls == []
    judge.shutdown()


def test_debrief_does_not_wait_for_the_judge(tmp_path: Path, fake_model) -> None:
    """Ending returns the debrief while the judge is still at work; the opinion joins later
    and is kept in the database with the run."""
    import threading

    store = Store(tmp_path)
    store.migrate()
    rubric = catalog.get_rubric()
    reply = json.dumps(
        {c.id: {"evidence": [], "rationale": "Fine.", "score": 4} for c in rubric.criteria}
    )
    release = threading.Event()
    model = fake_model([reply])
    held = Judge(model)
    rate = held.rate

    def slow_rate(*args: object, **kwargs: object) -> object:
        release.wait(10)  # the model is slow: the debrief must not wait for it
        return rate(*args, **kwargs)  # type: ignore[arg-type]

    held.rate = slow_rate  # type: ignore[method-assign]
    app = ui.build_app(context=AppContext(store=store, users=None, judge=judging.AppJudge(held)))
    p = Practice(new_session("new-hire"))
    for text in TURNS:
        list(app.practice.send(text, p))
    shown = app.practice.end(p, None)
    assert p.result is not None and p.result.id is not None
    assert "Judge (spread)" not in shown[app.practice.res_criteria]
    release.set()
    joined = app.practice.judge_joins(p, None)
    assert "<th>Judge (spread)</th>" in joined[app.practice.res_criteria]
    assert store.judgement(p.result.id, "local") is not None
