"""The deterministic rubric scorer: assessed manager turns -> credited features -> scores.

Every manager turn is assessed once, against the whole conversation before it
(:func:`simulator.moves.assessment.assess`): its moves, and whether it takes up the employee's own
words, is a listening formula, a repeat, a mis-reflection or judgment in a listening form. Each
turn then earns credit by substance (:mod:`._credit`), the rubric's YAML rules turn the credited
features into a 1-5 score per criterion, and the explanation is built from the turns cited as
evidence (:mod:`._explain`). Each manager turn is annotated with its moves, cues, the employee's
words it took up and, when weak, a rewrite from the employee's own words.

The overall score is the mean of the group sub-scores, so empathy and execution weigh the
same however many criteria each group has.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from simulator.content.personas import Persona
from simulator.content.rubrics import Criterion, Rubric
from simulator.content.transcript import Transcript
from simulator.moves import names_a_feeling
from simulator.moves.assessment import _clear_caches, assess
from simulator.moves.vocabulary import Move, cue_words
from simulator.scoring import _credit, _language, rewrites
from simulator.scoring._annotate import annotate
from simulator.scoring._credit import REWARDED, Tally, tally
from simulator.scoring._explain import consistent_level, explain
from simulator.scoring._language import not_english
from simulator.scoring._uncovered import uncovered
from simulator.scoring.analysis import AnalysedTurn, Assessor, _analyse
from simulator.scoring.scorecard import (
    CriterionScore,
    Evidence,
    Scorecard,
    group_means,
    trusted,
)

MAX_EVIDENCE = 3
QUOTE_CHARS = 160

_WORDS: OrderedDict[str, int] = OrderedDict()  # words per line: a bounded cache, like assessment's
_WORDS_MAX = 20_000


def _word_count(texts: Iterable[str]) -> int:
    total = 0
    counts = _WORDS
    for text in texts:  # every turn of every transcript: lines recur, splitting costs
        n = counts.get(text)
        if n is None:
            n = len(text.split())
            if len(text) < 2000:  # long lines are rare and costly to keep
                if len(counts) >= _WORDS_MAX:
                    counts.popitem(last=False)
                counts[text] = n
        total += n
    return total


ALL_FEATURES: tuple[str, ...] = (
    *(f"{k}:{x}" for k in ("share", "any", "count", "pattern") for x in _credit.COUNTED),
    *(f"grounded:{m.value}" for m in Move),
    *(f"ratio:{a.value}/{b.value}" for a in Move for b in Move if a is not b),
    "turns",
    "words_per_turn",
    "manager_talk_share",
)


def features(
    turns: list[AnalysedTurn], names: Iterable[str] = ALL_FEATURES, employee_words: int = 0
) -> dict[str, float | None]:
    """The named features (see :data:`simulator.content.rubrics.Feature`); all of them by default.

    ``employee_words`` is the number of words the employee spoke, for the talk share.
    """
    t = tally((x.credit, x.assessment.cues) for x in turns)
    return _credit.features(names, t, _word_count(x.text for x in turns), employee_words)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


_REWARDED_NAMES = frozenset((*(m.value for m in REWARDED), "pledge"))
_STARTS_HIGH = 3.5
"""A rule with at least this base is earned by avoiding things (a judgment-free space): its
explanation says what cost first."""


@dataclass(frozen=True, slots=True)
class _Rule:
    """A criterion's scoring rule, digested once per rubric rather than once per transcript."""

    criterion: Criterion
    base: float
    weights: tuple[tuple[str, float], ...]
    rewarded: tuple[str, ...]
    """Rewarded moves behind positive weights, largest first: they give supporting evidence."""
    costly: tuple[str, ...]
    """Moves and signals behind negative weights (and closed questions or advice in the
    denominator of a rewarded ratio), largest first: they give counter-evidence."""
    talk: bool
    """The rule weighs the manager's share of the words."""
    costs_first: bool
    """The rule starts high and loses by penalties: it is earned mostly by avoiding things."""

    @classmethod
    def of(cls, criterion: Criterion) -> _Rule | None:
        rule = criterion.scoring
        if rule is None:
            return None
        items = tuple(rule.weights.items())
        rewarded: dict[str, float] = {}
        costly: dict[str, float] = {}
        for feat, w in sorted(items, key=lambda fw: -abs(fw[1])):
            _, a, b = _credit.parse_feature(feat)
            if a is None:
                continue
            if w > 0 and a in _REWARDED_NAMES:
                rewarded.setdefault(a, w)
                if b is not None:  # ratio:open/closed rewards open and counts closed against it
                    costly.setdefault(b, w)
            elif w < 0:
                costly.setdefault(a, w)
        return cls(
            criterion,
            rule.base,
            items,
            tuple(rewarded),
            tuple(costly),
            "manager_talk_share" in rule.weights,
            rule.base >= _STARTS_HIGH,
        )


# Rubrics are frozen models, so their digested rules can be kept; keyed on identity (rubrics are
# not hashable) and holding the rubric itself, so an id is never reused while it is cached.
_RULES: dict[int, tuple[Rubric, list[_Rule | None], tuple[str, ...]]] = {}
_RULES_MAX = 32


def _rules(rubric: Rubric) -> tuple[list[_Rule | None], tuple[str, ...]]:
    """Each criterion's digested rule (``None`` if unscored) and the features the rubric uses."""
    hit = _RULES.get(id(rubric))
    if hit is not None and hit[0] is rubric:
        return hit[1], hit[2]
    rules = [_Rule.of(c) for c in rubric.criteria]
    names = _rubric_features(rubric)
    if len(_RULES) >= _RULES_MAX:
        _RULES.clear()
    _RULES[id(rubric)] = (rubric, rules, names)
    return rules, names


_CRITERION_SET = frozenset(("id", "name", "group", "score", "level", "rationale", "evidence"))


_NO_RULE = "no detector rule for this criterion; use an LLM judge"


def _unscored_criterion(criterion: Criterion, reason: str) -> CriterionScore:
    return CriterionScore(
        id=criterion.id, name=criterion.name, group=criterion.group, unscored_reason=reason
    )


class _Index:
    """Per move or signal, the turns holding it: best-earning first for rewarded moves (ties in
    transcript order), transcript order for the rest. Built once per transcript."""

    __slots__ = ("best", "cited", "holding", "sentences")

    def __init__(self, turns: list[AnalysedTurn]) -> None:
        holding: dict[str, list[AnalysedTurn]] = {}
        for t in turns:
            for name, c in t.credit.credit.items():
                if c > 0 or name not in _REWARDED_NAMES:
                    holding.setdefault(name, []).append(t)
        self.holding = holding
        self.best: dict[str, list[AnalysedTurn]] = {}
        self.cited: dict[tuple[int, bool], Evidence] = {}
        self.sentences: dict[tuple[int, str], str] = {}

    def rewarded(self, name: str) -> list[AnalysedTurn]:
        hit = self.best.get(name)
        if hit is None:
            turns = self.holding.get(name, [])
            hit = self.best[name] = sorted(turns, key=lambda t: -t.credit.credit[name])
        return hit

    def costly(self, name: str) -> list[AnalysedTurn]:
        return self.holding.get(name, [])

    def evidence(self, t: AnalysedTurn, supports: bool) -> Evidence:
        e = self.cited.get((t.index, supports))
        if e is None:
            e = self.cited[t.index, supports] = trusted(
                Evidence, {"turn": t.index, "quote": _quote(t.text), "supports": supports}
            )
        return e

    def sentence(self, t: AnalysedTurn, name: str) -> str:
        """:func:`_sentence_for` of ``t`` and ``name``, once per transcript (criteria share)."""
        key = (t.index, name)
        hit = self.sentences.get(key)
        if hit is None:
            hit = self.sentences[key] = _sentence_for(t.text, t.assessment.cues, name)
        return hit


def _pick(
    names: tuple[str, ...],
    get: Callable[[str], list[AnalysedTurn]],
    quotes: dict[str, str],
    index: _Index,
) -> list[AnalysedTurn]:
    """Up to :data:`MAX_EVIDENCE` turns, each behaviour's first before any's second, so every
    behaviour the explanation names has its quote among the evidence."""
    picked: list[AnalysedTurn] = []
    seen: set[int] = set()  # turn indexes: unique within a transcript, cheaper than __eq__
    lists = [(name, get(name)) for name in names]
    for depth in range(MAX_EVIDENCE):
        if depth and len(picked) >= MAX_EVIDENCE:
            break  # full, and quotes are taken at depth 0 only
        for name, turns in lists:
            if depth < len(turns) and len(picked) < MAX_EVIDENCE:
                t = turns[depth]
                if t.index not in seen:
                    seen.add(t.index)
                    picked.append(t)
                if depth == 0 and name not in quotes:
                    quotes[name] = index.sentence(t, name)
    picked.sort(key=_turn_index)
    return picked


_SENTENCES = re.compile(r"[^.!?]+[.!?]*")


def _sentence_for(text: str, cues: dict[Move, str], name: str) -> str:
    """The sentence of ``text`` holding the cue for ``name`` (a move), so the explanation quotes
    the words that counted; the whole turn when the cue names no words of it."""
    cue = cues.get(_MOVE_OF.get(name))  # type: ignore[arg-type]
    return _sentence_holding(text, cue) if cue else text


@lru_cache(maxsize=4096)
def _sentence_holding(text: str, cue: str) -> str:
    """:func:`_sentence_for` given the cue: worked out once per line and cue."""
    words = cue_words(cue)
    if not words or ("." not in text and "?" not in text and "!" not in text):
        return text
    at = text.lower().find(words.lower())
    if at < 0:
        return text
    for m in _SENTENCES.finditer(text):
        if m.start() <= at < m.end():
            return m.group(0).strip()
    return text


_MOVE_OF = {m.value: m for m in Move} | {"pledge": Move.NEXT_STEP}  # a pledge is a next step


def _turn_index(t: AnalysedTurn) -> int:
    return t.index


def _required_shown(turns: list[AnalysedTurn]) -> tuple[str, ...]:
    """Which of the things anchors may require (see :data:`._explain._REQUIRES`) the
    conversation showed."""
    reflections = [x for x in turns if x.credit.credit.get("reflection", 0.0) > 0]
    sympathy = [x for x in turns if x.credit.credit.get("sympathy", 0.0) > 0]
    feeling_named = any(names_a_feeling(x.text) for x in reflections)
    # A feeling of theirs named back, or sympathy that earned: "reflects content and feeling".
    felt = feeling_named or bool(sympathy)
    # Reflections that earned in two turns or more, or a feeling named back, or sympathy for
    # something they said: what ties praise to what they told (one stray echo ties nothing, nor
    # a parting wish to nobody in particular, "take care of yourself", between stock praise).
    heard = feeling_named or any(x.credit.grounded for x in sympathy) or len(reflections) >= 2
    # The last plan put to them not turned down: what "agreed together" requires.
    steps = [x for x in turns if Move.NEXT_STEP in x.assessment.moves]
    agreed = not steps or not steps[-1].credit.credit.get("declined")
    return tuple(n for n, ok in (("feeling", felt), ("agreed", agreed), ("heard", heard)) if ok)


def _score_rule(
    rule: _Rule,
    feats: dict[str, float | None],
    t: Tally,
    index: _Index,
    also_shown: tuple[str, ...] = (),
) -> CriterionScore:
    """Apply one digested rule to the features, with evidence and an explanation from it."""
    criterion = rule.criterion
    value = rule.base
    for feature, weight in rule.weights:
        f = feats.get(feature)
        if f is None:  # e.g. a ratio with no questions at all: no information either way
            continue
        value += weight * f
    value = min(5.0, max(1.0, value))
    quotes: dict[str, str] = {}
    support = _pick(rule.rewarded, index.rewarded, quotes, index)
    against = _pick(rule.costly, index.costly, quotes, index)
    evidence = [index.evidence(x, True) for x in support]
    evidence += [index.evidence(x, False) for x in against]
    level = math.floor(value + 0.5)
    shown = [n for n in rule.rewarded if t.earned[n]] + [n for n in rule.costly if t.raw[n]]
    shown += also_shown
    slips = max((t.raw[n] for n in rule.costly), default=0)
    fixed = consistent_level(criterion.anchors, level, shown, rule.costly, slips)  # type: ignore[arg-type]
    if fixed != level:  # the anchors define the levels: move into the band the evidence allows
        value = fixed - 0.5 if fixed > level else fixed + 0.49
        level = fixed
    anchor = criterion.anchors[level]  # type: ignore[index]
    talk = feats.get("manager_talk_share") if rule.talk else None
    rationale = explain(
        anchor, level, list(rule.rewarded), list(rule.costly), t, quotes, talk, rule.costs_first
    )
    # Built from a validated rubric and clamped numbers, so skip re-validation (see trusted).
    return trusted(
        CriterionScore,
        {
            "id": criterion.id,
            "name": criterion.name,
            "group": criterion.group,
            "score": round(value, 2),
            "level": level,
            "rationale": rationale,
            "evidence": evidence,
            "unscored_reason": None,
            "source": "detectors",
        },
        set(_CRITERION_SET),
    )


def _forget() -> None:
    """Empty every cache of lines seen (assessment, credit, rewrites): benchmarks start cold."""
    _clear_caches()
    _credit._CREDITS.clear()
    _language._COUNTS.clear()
    _WORDS.clear()
    _sentence_holding.cache_clear()
    rewrites.forget()


def _rubric_features(rubric: Rubric) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for c in rubric.criteria if c.scoring for f in c.scoring.weights))


def _unscored(transcript: Transcript, rubric: Rubric, reason: str) -> Scorecard:
    return Scorecard(
        transcript_id=transcript.id,
        rubric_id=rubric.id,
        criteria=[_unscored_criterion(c, reason) for c in rubric.criteria],
        groups=dict.fromkeys(rubric.groups),
        unscored_reason=reason,
    )


_SCORECARD_SET = frozenset(
    ("transcript_id", "rubric_id", "criteria", "groups", "overall", "annotations", "uncovered")
)


def score(
    transcript: Transcript,
    rubric: Rubric,
    *,
    persona: Persona | None = None,
    assessor: Assessor = assess,
) -> Scorecard:
    """Score ``transcript`` on ``rubric``. Never raises for content; unscorable input is
    returned as an unscored scorecard with the reason."""
    turns, employee, said = _analyse(transcript, assessor)
    if not turns:
        spoke = any(t.speaker == "manager" for t in transcript.turns)
        reason = "every manager turn is empty" if spoke else "the transcript has no manager turns"
        return _unscored(transcript, rubric, reason)
    if not_english([t.text for t in turns]):
        return _unscored(
            transcript,
            rubric,
            "the manager's turns do not look like English; the detectors are English-only",
        )
    rules, names = _rules(rubric)
    t = tally((x.credit, x.assessment.cues) for x in turns)
    feats = _credit.features(names, t, _word_count(x.text for x in turns), _word_count(employee))
    index = _Index(turns)
    shown = _required_shown(turns)
    criteria = [
        _unscored_criterion(c, _NO_RULE)
        if rule is None
        else _score_rule(rule, feats, t, index, shown)
        for c, rule in zip(rubric.criteria, rules, strict=True)
    ]
    groups, overall = group_means(((c.group, c.score) for c in criteria), rubric.groups)
    # Every part was built above from validated input, so skip re-validation (see trusted).
    return trusted(
        Scorecard,
        {
            "transcript_id": transcript.id,
            "rubric_id": rubric.id,
            "criteria": criteria,
            "groups": groups,
            "overall": overall,
            "annotations": annotate(turns, said),
            "uncovered": uncovered(transcript, persona),
            "unscored_reason": None,
        },
        set(_SCORECARD_SET),
    )
