"""One judge: the app and the cohort report give the same scores for the same transcript.

Both routes replay ONE recorded cassette (``tests/fixtures/llm/one_judge.json``, answered by
the fake OpenAI server with a dropped quote, a score of 7 and a missing criterion; re-record
with ``python scripts/record_fixtures.py --fake``) through the spec ``replay:FILE``, each
from the start of the file. A replayed request matches only if its body equals the recorded
one, so passing also means the app's synchronous call and the batch's asynchronous call
sent the same request.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.batch.run import BatchConfig, run_batch
from simulator.content._yamlfile import load_model
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.judge import second_opinion
from simulator.judge._batch import JudgeConfig
from simulator.judge._results import JudgeResult
from simulator.settings import Settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "llm"
CASSETTE = FIXTURES / "one_judge.json"


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    """A frozen copy of the one-on-one rubric: the cassette's prompt depends on its words."""
    return load_model(Rubric, FIXTURES / "one_judge_rubric.yaml")


@pytest.fixture(scope="module")
def transcript() -> Transcript:
    return Transcript.model_validate_json(
        (FIXTURES / "one_judge_transcript.json").read_text(encoding="utf-8")
    )


def _settings() -> Settings:
    return Settings(_env_file=None, judge_model=f"replay:{CASSETTE}")


def _app_result(transcript: Transcript, rubric: Rubric) -> JudgeResult:
    """The judge as the app runs it: from settings, through the second opinion."""
    app = second_opinion.from_settings(_settings())
    assert app is not None
    outcome = app.outcome("session-1", transcript, rubric)
    assert outcome is not None and outcome.error is None and outcome.result is not None
    return outcome.result


def _batch_record(tmp_path: Path, transcript: Transcript, rubric: Rubric) -> dict:
    """The judge as ``rehearse batch --judge`` runs it: the transcript read from a file."""
    src = tmp_path / "in" / "one.json"
    src.parent.mkdir()
    src.write_text(transcript.model_dump_json(), encoding="utf-8")
    settings = _settings()
    cfg = BatchConfig(
        inputs=(str(src),),
        out=tmp_path / "out",
        rubric=rubric,
        judge=JudgeConfig(str(settings.judge_model), settings=settings, concurrency=2),
        workers=1,
    )
    summary = run_batch(cfg)
    assert summary.exit_code == 0, (tmp_path / "out" / "errors.jsonl").read_text()
    (line,) = (tmp_path / "out" / "results.jsonl").read_text().splitlines()
    return json.loads(line)


def test_app_and_batch_give_the_same_scores(
    tmp_path: Path, transcript: Transcript, rubric: Rubric
) -> None:
    """The app's second opinion and a batch run with the judge give identical per-criterion
    scores, the same unscored criteria with the same reasons, and the same evidence."""
    app = _app_result(transcript, rubric)
    record = _batch_record(tmp_path, transcript, rubric)

    app_scores = {c.id: c.score for c in app.criteria}
    assert record["criteria"] == app_scores
    assert record["scored_by"] == f"replay:{CASSETTE}"
    # The recorded reply's quirks were read the same way on both routes.
    ids = [c.id for c in rubric.criteria]
    assert app_scores[ids[1]] is None and app_scores[ids[2]] is None
    assert all(app_scores[i] is not None for i in ids[:1] + ids[3:])
    unscored = {c.id: c.unscored_reason for c in app.criteria if c.score is None}
    assert record["judge_unscored"] == unscored
    assert "got 7" in unscored[ids[1]] and "no entry" in unscored[ids[2]]
    evidence = {
        c.id: [{"turn": e.turn, "quote": e.quote} for e in c.evidence]
        for c in app.criteria
        if c.evidence
    }
    assert record["evidence"] == evidence
    assert app.samples[0].dropped_quotes == {ids[0]: ["You are doing amazing, keep it up!"]}
    assert record["rationales"] == {c.id: c.rationale for c in app.criteria if c.rationale}
    # Groups and overall follow from the same criteria by the scorer's one formula.
    card = app.scorecard()
    assert record["overall"] == pytest.approx(card.overall)
