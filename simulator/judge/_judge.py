"""The LLM judge: rates a transcript on a rubric through structured output, never guessing.

For each criterion the model gives verbatim evidence quotes, a rationale and a 1-5 score.
What comes back is checked, not trusted:

- a quote that is not a substring of a manager turn is dropped (and kept in the audit);
- a criterion whose entry is missing, does not decode or does not validate is *unscored*
  with the reason; other criteria of the same reply still count;
- with ``samples=N`` the transcript is judged N times; each criterion's score is the median
  of its valid samples and :attr:`JudgeResult.spreads` reports min, max and stdev.

:meth:`Judge.rate` and :meth:`Judge.arate` (the same call, awaited, for a batch keeping many
in flight) build one :class:`JudgeRequest` and read every reply with :meth:`Judge.result`;
the OpenAI Batch API route builds the same request and reads its answers with the same
method, so a transcript gets the same scores by every route.

The transcript reaches the model fenced between ``<transcript-NONCE>`` lines, one turn per
line. The nonce is a hash of the transcript (so recorded fixtures replay), whitespace inside
an utterance is collapsed so it cannot start a line of its own, and ``<``/``>`` are replaced
by look-alikes so no utterance can close the fence or open a fake one. The system prompt says
anything inside the fence is conversation, not instruction.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from simulator.content.rubrics import Criterion, Rubric
from simulator.content.transcript import Transcript
from simulator.judge._results import (
    DISAGREEMENT,
    Disagreement,
    JudgeResult,
    SampleAudit,
    Spread,
    compare,
)
from simulator.models import ChatModel, Message, ModelError, StructuredResult, get_model
from simulator.models.base import astructured, schema_instructions, validation_message
from simulator.models.errors import is_fatal
from simulator.prompts import render, template
from simulator.scoring.scorecard import CriterionScore, Evidence
from simulator.settings import SCRIPTED, Settings, get_settings

PROMPT_VERSION = "judge-3"
"""Bump when the judge's behaviour changes in a way the prompt files do not show (e.g. how
replies are read). Batch results are keyed by :func:`prompt_fingerprint`, which includes
this and a hash of the prompt templates and the reply schema, so changing any of them
makes cached batch results re-score."""
MAX_QUOTES = 3

__all__ = [  # the results are defined in ._results; re-exported for existing callers
    "DISAGREEMENT",
    "MAX_QUOTES",
    "PROMPT_VERSION",
    "CriterionJudgement",
    "Disagreement",
    "Judge",
    "JudgeRequest",
    "JudgeResult",
    "Reply",
    "SampleAudit",
    "Spread",
    "build_judge",
    "compare",
    "fence_nonce",
    "judge_key",
    "judge_messages",
    "locate_quote",
    "neutralise",
    "prompt_fingerprint",
    "render_transcript",
    "reply_schema",
]


class CriterionJudgement(BaseModel):
    """The judge's verdict on one criterion."""

    # Field order matters: evidence and rationale come before the score, so a model that
    # writes left to right argues first and scores second. The docstring above and the field
    # descriptions are part of the schema the model reads.

    model_config = ConfigDict(extra="ignore")

    # Required (an empty list is fine) so schema-constrained decoders emit it first.
    evidence: list[str] = Field(description="Quotes copied word for word from manager turns.")
    rationale: str = Field(description="One or two sentences.")
    score: Literal[1, 2, 3, 4, 5] = Field(description="1-5, matching the anchors.")


def reply_schema(rubric: Rubric) -> type[BaseModel]:
    """The JSON the judge must return: one :class:`CriterionJudgement` per criterion id.

    An object keyed by criterion id (rather than a list) means a schema-constrained decoder
    cannot skip or rename a criterion.
    """
    fields: dict[str, Any] = {
        f"c{i}": (CriterionJudgement, Field(alias=c.id, description=c.name))
        for i, c in enumerate(rubric.criteria)
    }
    model: type[BaseModel] = create_model(
        "JudgeReply",
        __config__=ConfigDict(extra="ignore", validate_by_alias=True),
        **fields,
    )
    return model


@functools.cache
def prompt_fingerprint() -> str:
    """``PROMPT_VERSION`` and a hash of everything that shapes the judge's request.

    The two prompt templates and the per-criterion reply schema (with the instructions that
    carry it) are hashed, so an edit to any of them changes every judged record's key
    without anyone having to remember to bump a version. Taken once per process, like the
    scorer's fingerprint.
    """
    digest = hashlib.sha256(PROMPT_VERSION.encode())
    for name in ("judge_system.txt", "judge_user.txt"):
        digest.update(template(name).template.encode())
    digest.update(schema_instructions(CriterionJudgement).encode())
    return f"{PROMPT_VERSION}-{digest.hexdigest()[:12]}"


def judge_key(name: str, temperature: float, samples: int) -> str:
    """The part of a batch record's key that says which judge scored it, and how."""
    return f"{name}|t={temperature:g}|n={samples}|{prompt_fingerprint()}"


# --- transcript fencing ------------------------------------------------------------------------

_LOOKALIKE = str.maketrans({"<": "‹", ">": "›"})
_WS = re.compile(r"\s+")


def neutralise(text: str) -> str:
    """An utterance as the judge sees it: one line, no angle brackets."""
    return _WS.sub(" ", text).strip().translate(_LOOKALIKE)


def fence_nonce(transcript: Transcript) -> str:
    """A nonce for the fence, derived from the turns so a recorded prompt replays."""
    payload = json.dumps([[t.speaker, t.text] for t in transcript.turns], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:12]


def render_transcript(transcript: Transcript) -> str:
    """The turns as ``[index] speaker: words`` lines, neutralised."""
    return "\n".join(
        f"[{i}] {t.speaker}: {neutralise(t.text)}" for i, t in enumerate(transcript.turns)
    )


def _criterion_block(c: Criterion) -> str:
    anchors = "\n".join(f"    {level}: {text}" for level, text in sorted(c.anchors.items()))
    return f'- "{c.id}" ({c.name}): {c.description}\n  Anchors:\n{anchors}'


def judge_messages(transcript: Transcript, rubric: Rubric) -> list[Message]:
    """The prompt: rubric and instructions as system, the fenced transcript as user."""
    nonce = fence_nonce(transcript)
    system = render(
        "judge_system.txt",
        rubric_name=rubric.name,
        rubric_description=rubric.description,
        criteria="\n".join(_criterion_block(c) for c in rubric.criteria),
        nonce=nonce,
    )
    user = render("judge_user.txt", nonce=nonce, transcript=render_transcript(transcript))
    return [Message("system", system), Message("user", user)]


# --- evidence ----------------------------------------------------------------------------------

_QUOTE_MAP = str.maketrans({"‹": "<", "›": ">", "“": '"', "”": '"', "‘": "'", "’": "'"})


def _norm(text: str) -> str:
    return _WS.sub(" ", text.translate(_QUOTE_MAP)).strip()


def locate_quote(quote: str, transcript: Transcript) -> int | None:
    """Index of the first manager turn containing ``quote`` verbatim, or ``None``.

    Whitespace runs and typographic quote marks are normalised on both sides (the judge saw
    collapsed whitespace); words, case and punctuation must match exactly.
    """
    q = _norm(quote).strip("\"' ")
    if not q:
        return None
    for i, turn in transcript.manager_turns():
        if q in _norm(turn.text):
            return i
    return None


# --- the judge ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class JudgeRequest:
    """What the judge asks the model about one transcript, whatever the route.

    Live calls send :attr:`messages` with :attr:`schema` ``samples`` times; the Batch API
    sends the same through the provider's request builder. Every reply is read back by
    :meth:`Judge.result`.
    """

    transcript: Transcript
    rubric: Rubric
    messages: list[Message]
    schema: type[BaseModel]
    max_tokens: int
    temperature: float
    samples: int


Reply = StructuredResult[Any] | ModelError
"""One sample's outcome: the model's structured reply, or the transient error it ended in."""


class Judge:
    """Rates transcripts with a chat model, synchronously or awaited."""

    def __init__(
        self,
        model: ChatModel,
        *,
        samples: int = 1,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> None:
        if samples < 1:
            raise ValueError("samples must be at least 1")
        self.model = model
        self.samples = samples
        # Several samples at temperature 0 would be one sample N times.
        self.temperature = (
            temperature if temperature is not None else (0.0 if samples == 1 else 0.7)
        )
        self.max_tokens = max_tokens
        self._schemas: dict[int, tuple[Rubric, type[BaseModel]]] = {}

    @property
    def name(self) -> str:
        """The model's name, used as each CriterionScore's ``source``."""
        return self.model.name

    def cache_key(self) -> str:
        """What decides this judge's scores: model, temperature, samples and prompt.

        Part of a batch record's key. Not the route (live or Batch API) nor the URL: the
        same model asked the same thing answers the same.
        """
        return judge_key(self.name, self.temperature, self.samples)

    def schema(self, rubric: Rubric) -> type[BaseModel]:
        """The reply schema for ``rubric``, built once per rubric object.

        Providers cache work per schema class (OpenAI's strict conversion), so a batch must
        not hand them a new class for every transcript.
        """
        cached = self._schemas.get(id(rubric))
        if cached is None or cached[0] is not rubric:
            cached = (rubric, reply_schema(rubric))
            self._schemas[id(rubric)] = cached
        return cached[1]

    def request(
        self, transcript: Transcript, rubric: Rubric, *, samples: int | None = None
    ) -> JudgeRequest:
        """The request for ``transcript`` on ``rubric`` (``samples`` default: the judge's)."""
        return JudgeRequest(
            transcript=transcript,
            rubric=rubric,
            messages=judge_messages(transcript, rubric),
            schema=self.schema(rubric),
            max_tokens=self.max_tokens or 160 * len(rubric.criteria) + 100,
            temperature=self.temperature,
            samples=samples or self.samples,
        )

    def rate(
        self, transcript: Transcript, rubric: Rubric, *, samples: int | None = None
    ) -> JudgeResult:
        """Judge ``transcript`` on ``rubric`` ``samples`` times (default: the judge's own).

        A model error that no retry can fix (bad key, unknown model: see
        :func:`simulator.models.errors.is_fatal`) is raised; any other failure leaves the
        criteria unscored with the reason.
        """
        req = self.request(transcript, rubric, samples=samples)
        return self.result(req, [self._ask(req) for _ in range(req.samples)])

    async def arate(
        self, transcript: Transcript, rubric: Rubric, *, samples: int | None = None
    ) -> JudgeResult:
        """:meth:`rate`, awaited: the same request and reading, samples asked concurrently.

        A provider without native async runs in a worker thread
        (:func:`simulator.models.base.astructured`).
        """
        req = self.request(transcript, rubric, samples=samples)
        replies = await asyncio.gather(*(self._aask(req) for _ in range(req.samples)))
        return self.result(req, replies)

    def _ask(self, req: JudgeRequest) -> Reply:
        try:
            return self.model.structured(
                req.messages, req.schema, max_tokens=req.max_tokens, temperature=req.temperature
            )
        except ModelError as exc:
            if is_fatal(exc):
                raise
            return exc

    async def _aask(self, req: JudgeRequest) -> Reply:
        try:
            return await astructured(
                self.model,
                req.messages,
                req.schema,
                max_tokens=req.max_tokens,
                temperature=req.temperature,
            )
        except ModelError as exc:
            if is_fatal(exc):
                raise
            return exc

    def result(self, req: JudgeRequest, replies: Sequence[Reply]) -> JudgeResult:
        """Every sample's reply read, validated and combined: the one reader of the judge.

        A reply that failed as a whole leaves each criterion unscored with the reason; a
        criterion that does not validate is unscored while the others count; quotes that
        are not in a manager turn are dropped (and kept in the audit).
        """
        transcript, rubric = req.transcript, req.rubric
        audits: list[SampleAudit] = []
        per_sample: list[dict[str, CriterionJudgement | str]] = []
        prompt: list[Message] = req.messages
        for reply in replies:
            if isinstance(reply, ModelError):
                reason = f"model error: {reply}"
                audits.append(SampleAudit(error=reason))
                per_sample.append({c.id: reason for c in rubric.criteria})
                continue
            prompt = reply.messages or prompt
            audit, judged = _read_sample(reply, rubric, transcript)
            audits.append(audit)
            per_sample.append(judged)
        criteria, spreads = _combine(per_sample, rubric, transcript, self.name, audits)
        return JudgeResult(
            model=self.name,
            transcript_id=transcript.id,
            rubric_id=rubric.id,
            groups=list(rubric.groups),
            criteria=criteria,
            spreads=spreads,
            prompt=[m.as_dict() for m in prompt],
            samples=audits,
        )


def _read_sample(
    result: StructuredResult[Any], rubric: Rubric, transcript: Transcript
) -> tuple[SampleAudit, dict[str, CriterionJudgement | str]]:
    """Per criterion: the validated judgement, or the reason it is unusable."""
    audit = SampleAudit(raw=result.raw, mode=result.mode, error=result.error)
    judged: dict[str, CriterionJudgement | str] = {}
    data = result.data
    for c in rubric.criteria:
        if not isinstance(data, dict):
            judged[c.id] = result.error or "the reply is not a JSON object"
            continue
        entry = data.get(c.id)
        if entry is None:
            judged[c.id] = "the judge gave no entry for this criterion"
            continue
        try:
            judged[c.id] = CriterionJudgement.model_validate(entry)
        except ValidationError as exc:
            judged[c.id] = f"the entry does not validate: {validation_message(exc)}"
    for cid, j in judged.items():
        if isinstance(j, str):
            audit.criterion_errors[cid] = j
        else:
            dropped = [q for q in j.evidence if locate_quote(q, transcript) is None]
            if dropped:
                audit.dropped_quotes[cid] = dropped
    return audit, judged


def _evidence(j: CriterionJudgement, transcript: Transcript) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[str] = set()
    for quote in j.evidence:
        turn = locate_quote(quote, transcript)
        q = _norm(quote).strip("\"' ")
        if turn is None or q in seen:
            continue
        seen.add(q)
        out.append(Evidence(turn=turn, quote=q))
    return out[:MAX_QUOTES]


def _combine(
    per_sample: Sequence[dict[str, CriterionJudgement | str]],
    rubric: Rubric,
    transcript: Transcript,
    source: str,
    audits: Sequence[SampleAudit],
) -> tuple[list[CriterionScore], dict[str, Spread]]:
    n = len(per_sample)
    criteria: list[CriterionScore] = []
    spreads: dict[str, Spread] = {}
    for c in rubric.criteria:
        base: dict[str, Any] = {"id": c.id, "name": c.name, "group": c.group, "source": source}
        judgements = [j for s in per_sample if isinstance(j := s[c.id], CriterionJudgement)]
        if not judgements:
            reasons = list(dict.fromkeys(s[c.id] for s in per_sample if isinstance(s[c.id], str)))
            reason = "; ".join(str(r) for r in reasons)
            criteria.append(CriterionScore(**base, unscored_reason=f"judge: {reason}"))
            continue
        scores: list[int] = [j.score for j in judgements]
        median = float(statistics.median(scores))
        spreads[c.id] = Spread(
            scores=scores,
            median=median,
            min=min(scores),
            max=max(scores),
            stdev=round(statistics.pstdev(scores), 3),
        )
        # Quote and explain with the sample closest to the median, so they match the score.
        rep = min(judgements, key=lambda j: abs(j.score - median))
        rationale = rep.rationale.strip()
        if len(judgements) < n:
            rationale += f" ({len(judgements)} of {n} samples usable)"
        criteria.append(
            CriterionScore(
                **base,
                score=median,
                level=min(5, int(median + 0.5)),
                rationale=rationale,
                evidence=_evidence(rep, transcript),
            )
        )
    return criteria, spreads


def build_judge(
    spec: str | Settings | Any | None = None,
    *,
    settings: Settings | None = None,
    samples: int | None = None,
    **opts: Any,
) -> Judge | None:
    """The judge named by ``spec`` (default: ``REHEARSE_JUDGE_MODEL``), or ``None`` if unset."""
    if isinstance(spec, Settings):
        settings, spec = spec, None
    settings = settings or get_settings()
    if spec is None:
        spec = settings.judge_model
    if spec is None or spec == SCRIPTED:
        return None
    model = get_model(spec, settings=settings if isinstance(spec, str) else None, **opts)
    return Judge(
        model,
        samples=samples or settings.judge_samples,
        temperature=settings.judge_temperature,
    )
