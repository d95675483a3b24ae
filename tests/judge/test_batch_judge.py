"""The batch's judge: the app's Judge, scheduled; what stops a batch and what re-scores it."""

from __future__ import annotations

import asyncio
import json
from string import Template
from typing import Any

import pytest

from simulator.content.catalog import get_rubric
from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript, Turn
from simulator.errors import RehearseError
from simulator.judge import _judge
from simulator.judge._batch import BatchJudge, JudgeConfig, JudgeError, JudgeFatal
from simulator.judge._judge import Judge, prompt_fingerprint
from simulator.models import ModelAuthError, ModelUnreachable
from simulator.models.openai_model import OpenAIChatModel
from simulator.prompts import template
from simulator.settings import Settings


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return get_rubric("one-on-one")


def _transcript() -> Transcript:
    return Transcript(
        id="t",
        turns=[
            Turn(speaker="employee", text="I'm behind on the report."),
            Turn(speaker="manager", text="What's been getting in the way?"),
        ],
    )


def _valid(rubric: Rubric) -> str:
    return json.dumps(
        {c.id: {"evidence": [], "rationale": "Because.", "score": 3} for c in rubric.criteria}
    )


def _config(**kw: Any) -> JudgeConfig:
    return JudgeConfig("fake:model", settings=Settings(_env_file=None), **kw)


@pytest.mark.parametrize(
    ("replies", "outcome", "calls"),
    [
        pytest.param(["valid"], "scored", 1, id="valid-reply"),
        pytest.param(["prose", "valid"], "scored", 2, id="unusable-reply-asked-again"),
        pytest.param(["prose"] * 3, JudgeError, 3, id="unusable-three-times-fails"),
        pytest.param([ModelUnreachable("down")], JudgeError, 1, id="model-error-not-re-asked"),
        pytest.param([ModelAuthError("bad key")], JudgeFatal, 1, id="bad-key-stops-the-batch"),
    ],
)
def test_batch_judge_outcomes(
    rubric: Rubric, fake_model, replies: list[Any], outcome: Any, calls: int
) -> None:
    """A reply with a usable criterion is returned; an unusable one is asked again up to
    ``reply_retries`` times; a transient model error (its retries already spent) fails the
    transcript; an error no retry can fix stops the batch."""
    canned = {"valid": _valid(rubric), "prose": "The manager did fine."}
    fake = fake_model([canned.get(r, r) if isinstance(r, str) else r for r in replies])
    judge = BatchJudge(_config(reply_retries=2), rubric, judge=Judge(fake))
    if outcome == "scored":
        result = asyncio.run(judge.rate(_transcript()))
        assert all(c.score == 3 for c in result.criteria)
        assert judge.stats.succeeded == 1
    else:
        with pytest.raises(outcome) as info:
            asyncio.run(judge.rate(_transcript()))
        assert isinstance(info.value, JudgeFatal) == (outcome is JudgeFatal)
    assert len(fake.calls) == calls


def test_batch_judge_asks_what_the_app_judge_asks(rubric: Rubric, fake_model) -> None:
    """The batch sends the interactive judge's prompt: same messages for the same transcript."""
    batch_fake, app_fake = fake_model([_valid(rubric)]), fake_model([_valid(rubric)])
    asyncio.run(BatchJudge(_config(), rubric, judge=Judge(batch_fake)).rate(_transcript()))
    Judge(app_fake).rate(_transcript(), rubric)
    assert batch_fake.calls == app_fake.calls


def test_prompt_edit_changes_the_record_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing a judge prompt template changes every judged record's key, so cached batch
    results are scored again; nobody has to remember to bump a version."""
    before = _config().cache_key()
    edited = Template(template("judge_system.txt").template + "\nBe strict.")
    monkeypatch.setattr(
        _judge, "template", lambda name: edited if name == "judge_system.txt" else template(name)
    )
    prompt_fingerprint.cache_clear()
    try:
        assert _config().cache_key() != before
    finally:
        monkeypatch.undo()
        prompt_fingerprint.cache_clear()
    assert _config().cache_key() == before


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        pytest.param("scripted", "unsupported judge", id="scripted-is-not-a-judge"),
        pytest.param("openai:gpt-4o-mini", "no API key", id="openai-without-key"),
        pytest.param("nonsense", "unknown model spec", id="unknown-spec"),
    ],
)
def test_config_errors_are_usage_errors(spec: str, error: str) -> None:
    """A judge that cannot be built says why before any transcript is read."""
    with pytest.raises(RehearseError, match=error):
        JudgeConfig(spec, settings=Settings(_env_file=None)).build()


@pytest.mark.parametrize(
    ("env", "base_url"),
    [
        pytest.param(
            {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, "http://127.0.0.1:9/v1", id="base-url"
        ),
        pytest.param({"OPENAI_API_KEY": "sk-from-env"}, "https://api.openai.com/v1", id="key"),
    ],
)
def test_batch_judge_reads_key_and_url_from_settings(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], base_url: str
) -> None:
    """OPENAI_BASE_URL and OPENAI_API_KEY reach the batch's judge through Settings, as they
    reach the app's (the old batch client ignored OPENAI_BASE_URL and .env)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    judge, _ = JudgeConfig("openai:m", settings=Settings(_env_file=None)).build()
    assert isinstance(judge.model, OpenAIChatModel)
    assert judge.model.base_url == base_url
