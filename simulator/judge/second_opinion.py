"""The LLM judge in the app: a second opinion next to the detectors' scorecard.

Only when a judge is configured (``REHEARSE_JUDGE_MODEL``) does the app call it, and only
after the detector scorecard is computed and the transcript archived, so a judge that fails
(unreachable, bad reply, bad spec) costs nothing but its own opinion: the outcome then says
``Judge unavailable: <reason>`` and the detector scorecard stands as it is.

The judge is slow next to the detectors, so the app need not wait for it:
:meth:`AppJudge.outcome_async` judges on a small pool and keeps the outcome (with the prompt
and the model's raw output, for audit) in the store, and the debrief adds the judge's scores
when the future resolves. :meth:`AppJudge.stored` reads a kept outcome back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from pydantic import ValidationError

from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript
from simulator.errors import RehearseError
from simulator.judge._judge import Judge, build_judge
from simulator.judge._results import JudgeResult
from simulator.settings import SCRIPTED, Settings, get_settings

CACHE_MAX = 1000
"""Judge opinions kept in memory; older ones are read back from the store."""


@dataclass(frozen=True)
class JudgeOutcome:
    """What the judge said about one session, or why it could not say anything."""

    result: JudgeResult | None = None
    error: str | None = None
    """Set when the judge is unavailable; the result (if any) is kept only for audit."""

    @property
    def message(self) -> str | None:
        """``Judge unavailable: <reason>`` when there is nothing to show."""
        return f"Judge unavailable: {self.error}" if self.error else None


def rate(judge: Judge, transcript: Transcript, rubric: Rubric) -> JudgeOutcome:
    """Ask ``judge`` about ``transcript``; a failure becomes an outcome, never an exception."""
    try:
        result = judge.rate(transcript, rubric)
    except (RehearseError, ValueError) as exc:
        return JudgeOutcome(error=str(exc) or type(exc).__name__)
    return JudgeOutcome(result=result, error=result.failure())


class StoredOpinion(Protocol):
    """What a store hands back for a judgement (:class:`simulator.store.StoredJudgement`)."""

    @property
    def error(self) -> str | None: ...
    @property
    def prompt(self) -> list[dict[str, str]]: ...
    @property
    def samples(self) -> list[dict[str, Any]]: ...
    @property
    def result(self) -> dict[str, Any] | None: ...


class JudgementStore(Protocol):
    """Where outcomes are kept: :class:`simulator.store.Store` (the store sits above the
    judge in the package layers, so the judge names it only by shape). Failures raise a
    :class:`~simulator.errors.RehearseError` (the store's ``StoreError``)."""

    def save_judgement(
        self,
        session_id: str,
        viewer: str,
        *,
        judge: str,
        model: str | None = None,
        scores: Mapping[str, float | None] | None = None,
        error: str | None = None,
        prompt: Sequence[Mapping[str, str]] = (),
        samples: Sequence[Mapping[str, Any]] = (),
        result: Mapping[str, Any] | None = None,
        created_at: datetime | None = None,
    ) -> object: ...

    def judgement(self, session_id: str, viewer: str) -> StoredOpinion | None: ...


RubricSource = Rubric | Callable[[], Rubric]
"""A rubric, or how to load it (loaded only when the judge actually runs)."""

_log = logging.getLogger(__name__)


class AppJudge:
    """The app's judge: built once (under a lock), each session judged at most once.

    :meth:`outcome` judges in the caller's thread; :meth:`outcome_async` judges on a small
    pool shared by every session, so the debrief can render before the judge has answered,
    and stores the outcome (failures included) so it survives a restart: :meth:`stored`
    reads it back.
    """

    def __init__(
        self,
        make: Callable[[], Judge | None] | Judge,
        label: str = "",
        *,
        workers: int = 2,
    ) -> None:
        self._make: Callable[[], Judge | None] = make if callable(make) else (lambda: make)
        self._judge: Judge | None = None
        self._built = False
        self._build_lock = threading.Lock()
        self._cache: dict[str, JudgeOutcome] = {}
        self._pending: dict[str, Future[JudgeOutcome | None]] = {}
        self._lock = threading.Lock()
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self.label = label

    def _get(self) -> Judge | None:
        # Double-checked: sessions ending together must not each build a judge (a model
        # client, maybe a local model load); a failed build is retried by the next session.
        if not self._built:
            with self._build_lock:
                if not self._built:
                    self._judge = self._make()
                    self._built = True
        return self._judge

    def outcome(
        self,
        key: str | None,
        transcript: Transcript,
        rubric: RubricSource,
        *,
        store: JudgementStore | None = None,
        viewer: str | None = None,
    ) -> JudgeOutcome | None:
        """The judge's outcome for a session (cached under ``key``), or ``None`` when there is
        nothing to judge (the manager said nothing) or no judge.

        With ``store`` and ``viewer`` a stored outcome is reused (no model call) and a new one
        is stored. If :meth:`outcome_async` is already judging ``key``, this waits for that
        answer rather than asking again. Never raises: any failure is the outcome's ``error``.
        """
        if key is not None:
            with self._lock:
                running = self._pending.get(key)
            if running is not None:
                return running.result()
        return self._outcome(key, transcript, rubric, store, viewer)

    def _outcome(
        self,
        key: str | None,
        transcript: Transcript,
        rubric: RubricSource,
        store: JudgementStore | None,
        viewer: str | None,
    ) -> JudgeOutcome | None:
        if not transcript.manager_turns():
            return None
        if key is not None:
            known = self._known(key, store, viewer)
            if known is not None:
                return known
        try:
            judge = self._get()
            if judge is None:
                return None
            found = rate(judge, transcript, rubric() if callable(rubric) else rubric)
        except Exception as exc:  # a bad spec, a model that will not load, a bad rubric
            found = JudgeOutcome(error=f"{type(exc).__name__}: {exc}")
        if key is not None:
            self._remember(key, found)
            if store is not None and viewer is not None:
                self._save(store, key, viewer, found, judge_name(self._judge))
        return found

    def outcome_async(
        self,
        key: str,
        transcript: Transcript,
        rubric: RubricSource,
        store: JudgementStore | None = None,
        viewer: str | None = None,
    ) -> Future[JudgeOutcome | None]:
        """:meth:`outcome` on the shared pool: returns at once with a future that never
        raises (``future.result()`` is the outcome, ``None`` when there is nothing to judge).

        Asking again for a session already judged, or being judged, returns the same
        answer without a second model call.
        """
        with self._lock:
            running = self._pending.get(key)
            if running is not None:
                return running
            cached = self._cache.get(key)
            if cached is not None:
                return _done(cached)
            future = self._executor().submit(self._judged, key, transcript, rubric, store, viewer)
            self._pending[key] = future
        future.add_done_callback(lambda _f: self._forget(key))
        return future

    def stored(self, key: str, store: JudgementStore, viewer: str) -> JudgeOutcome | None:
        """The outcome stored for session ``key`` if ``viewer`` may see it, else ``None``."""
        try:
            row = store.judgement(key, viewer)
        except RehearseError as exc:
            _log.warning("cannot read the judge result of %s: %s", key, exc)
            return None
        return outcome_of(row) if row is not None else None

    def shutdown(self, wait: bool = True) -> None:
        """Stop the pool (judging already queued finishes when ``wait``)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait)

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="rehearse-judge")
        return self._pool

    def _forget(self, key: str) -> None:
        with self._lock:
            self._pending.pop(key, None)

    def _judged(
        self,
        key: str,
        transcript: Transcript,
        rubric: RubricSource,
        store: JudgementStore | None,
        viewer: str | None,
    ) -> JudgeOutcome | None:
        try:
            return self._outcome(key, transcript, rubric, store, viewer)
        except Exception as exc:  # pragma: no cover - outcome() already never raises
            return JudgeOutcome(error=f"{type(exc).__name__}: {exc}")

    def _known(
        self, key: str, store: JudgementStore | None, viewer: str | None
    ) -> JudgeOutcome | None:
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None or store is None or viewer is None:
            return cached
        found = self.stored(key, store, viewer)
        # A stored failure (an outage, a bad key) is shown by :meth:`stored` but judged
        # again after a restart; in this process the memory cache keeps it judged once.
        if found is None or found.error is not None:
            return None
        self._remember(key, found)
        return found

    def _remember(self, key: str, found: JudgeOutcome) -> None:
        # Bounded: a server judges every session of every manager; older opinions are in
        # the store (a sessionless one may be judged again after CACHE_MAX newer ones).
        with self._lock:
            self._cache.pop(key, None)
            self._cache[key] = found
            while len(self._cache) > CACHE_MAX:
                del self._cache[next(iter(self._cache))]

    def _save(
        self, store: JudgementStore, key: str, viewer: str, found: JudgeOutcome, name: str | None
    ) -> None:
        # The outcome is shown whether or not it could be kept: a locked database costs the
        # record of the opinion, never the opinion itself.
        try:
            store.save_judgement(key, viewer, **judgement_fields(found, self.label or name))
        except RehearseError as exc:
            _log.warning("cannot store the judge result of %s: %s", key, exc)


def judge_name(judge: Judge | None) -> str | None:
    """The judge's model name, or ``None`` when there is no judge (or it has no name)."""
    try:
        return judge.name if judge is not None else None
    except Exception:  # a model whose name cannot be read still gets judged
        return None


def judgement_fields(found: JudgeOutcome, label: str | None) -> dict[str, Any]:
    """The keyword arguments of :meth:`JudgementStore.save_judgement` for an outcome: the
    prompt and each call's audit in their own columns, the rest of the result as JSON."""
    result = found.result
    if result is None:
        return {"judge": label or "judge", "error": found.error}
    return {
        "judge": label or result.model,
        "model": result.model,
        "scores": {c.id: c.score for c in result.criteria},
        "error": found.error,
        "prompt": result.prompt,
        "samples": [s.model_dump(mode="json") for s in result.samples],
        "result": result.model_dump(mode="json", exclude={"prompt", "samples"}),
    }


def outcome_of(row: StoredOpinion) -> JudgeOutcome:
    """The outcome a stored judgement records (the inverse of :func:`judgement_fields`)."""
    if row.result is None:
        return JudgeOutcome(error=row.error)
    try:
        result = JudgeResult.model_validate(
            {**row.result, "prompt": row.prompt, "samples": row.samples}
        )
    except ValidationError as exc:  # written by an older or newer release
        return JudgeOutcome(error=row.error or f"the stored judge result does not read: {exc}")
    return JudgeOutcome(result=result, error=row.error)


def _done(value: JudgeOutcome | None) -> Future[JudgeOutcome | None]:
    future: Future[JudgeOutcome | None] = Future()
    future.set_result(value)
    return future


def from_settings(settings: Settings | None = None) -> AppJudge | None:
    """The configured judge, or ``None`` (no network, nothing built) when there is none."""
    try:
        settings = settings or get_settings()
    except Exception:  # settings unreadable: the app still scores with the detectors
        return None
    if settings.judge_model in (None, SCRIPTED):
        return None
    return AppJudge(lambda: build_judge(settings), label=settings.describe("judge"))
