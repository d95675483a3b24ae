"""The judge as a batch uses it: the one :class:`~simulator.judge._judge.Judge`, scheduled.

Nothing here builds a prompt, talks to a server or reads a reply: a batch rates a transcript
with exactly the request, retry policy and reader the app uses, so the cohort report and the
app give the same scores for the same transcript and model. This module only decides

- how the batch's judge is built: from one :class:`~simulator.settings.Settings` (key and
  URL from ``REHEARSE_*``/``OPENAI_*`` and ``.env``), like every other model;
- how fast calls start: a :class:`~simulator.models.ratelimit.TokenBucket` shared by every
  request of the run (each HTTP attempt takes a token, and a 429 pauses everyone);
- which failures stop the batch (:class:`JudgeFatal`, see
  :func:`simulator.models.errors.is_fatal`) and which cost one transcript (:class:`JudgeError`);

A :class:`~simulator.judge._judge.JudgeResult` lands in a batch record through
:meth:`simulator.batch.records.BatchRecord.judged`.

The number of calls in flight is the caller's (``concurrency`` tasks awaiting
:meth:`BatchJudge.rate`, see :mod:`simulator.batch.run`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge._judge import Judge, build_judge, judge_key
from simulator.judge._results import JudgeResult
from simulator.models.errors import ModelError
from simulator.models.ratelimit import Limiter, TokenBucket, Unlimited
from simulator.settings import SCRIPTED, Settings, get_settings

# Providers whose models take a shared limiter for every HTTP attempt (see OpenAIChatModel).
_LIMITED_PROVIDERS = frozenset({"openai", "azure", "replay"})


class JudgeError(RehearseError):
    """One transcript could not be judged; the batch goes on and the next run retries it."""


class JudgeFatal(JudgeError):
    """No request can succeed (credentials, model name, quota, refused request): stop."""


@dataclass(frozen=True)
class JudgeConfig:
    """Which judge a batch uses and how hard it may push it.

    Everything about reaching the model (key, URL, timeouts, transport retries, samples,
    temperature) comes from :attr:`settings`, as for the app's judge.
    """

    spec: str
    """A model spec, as for ``REHEARSE_JUDGE_MODEL``: ``openai:MODEL``, ``replay:FILE``..."""
    settings: Settings | None = field(default=None, repr=False, compare=False)
    """``None``: :func:`simulator.settings.get_settings` (the environment and ``.env``)."""
    via: Literal["live", "batch-api"] = "live"
    concurrency: int = 8
    rate: float | None = None
    """Requests per second allowed to start (``None``: no client-side limit)."""
    reply_retries: int = 2
    """How often a transcript is asked again when no criterion of the reply was usable
    (prose, cut-off JSON). Transport failures are retried by the model's own policy."""
    poll_interval: float = 30.0
    """Batch API only: seconds between status checks."""

    def resolved_settings(self) -> Settings:
        """The settings the judge is built from."""
        return self.settings if self.settings is not None else get_settings()

    def build(self, limiter: Limiter | None = None) -> tuple[Judge, bool]:
        """The judge, and whether its model took ``limiter`` for every HTTP attempt.

        Raises :class:`RehearseError` (a usage error) for a spec that names no judge or a
        model that cannot be configured, e.g. OpenAI itself with no key.
        """
        if self.spec == SCRIPTED or not self.spec.strip():
            raise RehearseError(
                f"unsupported judge {self.spec!r} for batch scoring",
                hint="name a model, e.g. openai:gpt-4o-mini (any OpenAI-compatible server "
                "works with --base-url)",
            )
        provider = self.spec.partition(":")[0]
        takes_limiter = limiter is not None and provider in _LIMITED_PROVIDERS
        opts: dict[str, Any] = {"limiter": limiter} if takes_limiter else {}
        judge = build_judge(self.spec, settings=self.resolved_settings(), **opts)
        assert judge is not None  # a spec was given and it is not "scripted"
        return judge, takes_limiter

    def cache_key(self) -> str:
        """What decides the scores: the spec, temperature, samples and prompt fingerprint.

        Not the route (live or Batch API) nor the URL: the same model answers the same.
        """
        settings = self.resolved_settings()
        samples = settings.judge_samples
        temperature = settings.judge_temperature
        if temperature is None:
            temperature = 0.0 if samples == 1 else 0.7
        return judge_key(self.spec, temperature, samples)


@dataclass
class JudgeStats:
    """What the judge went through in a run, for the summary and the benchmarks."""

    requests: int = 0
    """Judge calls started (each may be several HTTP attempts)."""
    succeeded: int = 0
    retried: int = 0
    """Transcripts asked again because no criterion of the reply was usable."""
    bad_replies: int = 0
    failed: int = 0


def only_model_errors(result: JudgeResult) -> bool:
    """Whether every sample ended in a model error (the transport's retries are spent)."""
    return all((s.error or "").startswith("model error:") for s in result.samples)


class BatchJudge:
    """Rates one batch's transcripts with the shared judge, raising on failure.

    ``rate`` returns a result with at least one scored criterion, or raises
    :class:`JudgeError` (this transcript failed) or :class:`JudgeFatal` (stop the batch).
    """

    def __init__(self, config: JudgeConfig, rubric: Rubric, *, judge: Judge | None = None) -> None:
        self.config = config
        self.rubric = rubric
        self.limiter: TokenBucket | Unlimited = (
            TokenBucket(config.rate) if config.rate else Unlimited()
        )
        if judge is not None:
            self.judge, self._model_limits = judge, False
        else:
            try:
                self.judge, self._model_limits = config.build(self.limiter)
            except ModelError as exc:
                raise JudgeFatal(str(exc)) from exc
        self.name = config.spec
        self.stats = JudgeStats()

    async def rate(self, transcript: Transcript) -> JudgeResult:
        """The judge's result for ``transcript``; see the class docs for what raises."""
        attempts = 1 + self.config.reply_retries
        for attempt in range(1, attempts + 1):
            if not self._model_limits:
                await self.limiter.acquire()
            self.stats.requests += 1
            try:
                result = await self.judge.arate(transcript, self.rubric)
            except ModelError as exc:
                # The judge raises only what no retry can fix (is_fatal).
                raise JudgeFatal(str(exc)) from exc
            if result.scored_any:
                self.stats.succeeded += 1
                return result
            if only_model_errors(result) or attempt == attempts:
                break
            self.stats.bad_replies += 1
            self.stats.retried += 1
        self.stats.failed += 1
        raise JudgeError(
            f"judge failed after {attempt} attempt(s): {result.failure()}",
            hint="run the same command again to retry the failures",
        )

    async def aclose(self) -> None:
        """Close the model's async connections, if it keeps any."""
        close = getattr(self.judge.model, "aclose", None)
        if close is not None:
            await close()
