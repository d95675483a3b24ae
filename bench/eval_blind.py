"""Blind-written manager scripts, replayed and scored: do the scorer and the employee generalise?

    .venv/bin/python bench/eval_blind.py [--scripts bench/blind_scripts.json] [--transcripts DIR]

``bench/blind_scripts.json`` holds fixed manager lines per persona and style (skilled in two
voices, mediocre, blunt, and eight gaming styles), written by playing against the scripted
partner (seed 0) turn by turn *without reading the detector or scoring rules*. The scripted
partner is deterministic for the same lines, so each script replays its conversation; a
script stops early if the session ends (shut down, time out, or closed after an agreement).

Each transcript is scored with the deterministic scorer on the ``one-on-one`` rubric. The
table gives the overall score per style and persona, each style's mean with a 95% bootstrap
interval over personas, the layers the employee disclosed (mean and most in one run) and
the runs that won a commitment. Then the targets (issues 12 and 13) are checked, and the
script exits 1 if one is missed:

- mean overall score: every skilled style > mediocre > blunt;
- every skilled style's mean is at least 1.0 above every gaming style's mean;
- the employee opens up only to real listening: no gaming run discloses more than one layer
  or wins a commitment, no blunt run wins a commitment, and every skilled style discloses at
  least two layers on average.

``--transcripts DIR`` writes ``PERSONA.STYLE.json`` (the transcript, with the session outcome
in its metadata) and ``PERSONA.STYLE.scorecard.json`` for each run, for inspection.
Replays may move when the detector rules change; the fixed lines are the asset.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content import catalog  # noqa: E402
from simulator.content.transcript import Transcript  # noqa: E402
from simulator.conversation.scripted import ScriptedPartner  # noqa: E402
from simulator.conversation.session import Session  # noqa: E402
from simulator.scoring.scorecard import Scorecard  # noqa: E402
from simulator.scoring.scorer import score  # noqa: E402

SCRIPTS = ROOT / "bench" / "blind_scripts.json"
SKILLED = ("skilled-a", "skilled-b")
MEDIOCRE = "mediocre"
BLUNT = "blunt"
GAMING = (
    "formula-repeat",
    "stuffing",
    "stuffing-varied",
    "nonsense",
    "judgment-as-reflection",
    "tell-me-more",
    "yes-no",
    "parrot",
)
STYLES = (*SKILLED, MEDIOCRE, BLUNT, *GAMING)
MARGIN = 1.0
BOOTSTRAP_DRAWS = 2000

Scripts = dict[str, dict[str, list[str]]]


@dataclass(frozen=True)
class Run:
    """One replayed script: its transcript, scorecard and what the employee gave away."""

    persona: str
    style: str
    transcript: Transcript
    card: Scorecard
    layers: int
    committed: bool
    end_reason: str | None


def load_scripts(path: Path) -> Scripts:
    """The scripts in ``path`` (persona -> style -> lines), without the ``_about`` entries.

    Raises ``ValueError`` naming the file and the entry when the shape is wrong."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: the top level must be an object of persona -> style -> lines")
    scripts: Scripts = {}
    for persona, styles in raw.items():
        if persona.startswith("_"):
            continue
        if not isinstance(styles, dict):
            raise ValueError(f"{path}: {persona!r} must map style names to lists of lines")
        scripts[persona] = {}
        for style, lines in styles.items():
            if not isinstance(lines, list) or not all(
                isinstance(x, str) and x.strip() for x in lines
            ):
                raise ValueError(f"{path}: {persona}.{style} must be a list of non-empty strings")
            scripts[persona][style] = lines
    return scripts


def replay(persona_id: str, lines: Sequence[str]) -> Session:
    """Play ``lines`` as the manager against the scripted partner (seed 0), stopping early
    if the session ends."""
    session = Session(catalog.get_persona(persona_id), ScriptedPartner(seed=0))
    for line in lines:
        if session.ended:
            break
        session.respond(line)
    return session


def run(persona_id: str, style: str, lines: Sequence[str]) -> Run:
    """Replay one script and score its transcript."""
    transcript = replay(persona_id, lines).transcript()
    outcome = transcript.session_outcome()
    return Run(
        persona=persona_id,
        style=style,
        transcript=transcript,
        card=score(transcript, catalog.get_rubric()),
        layers=len(outcome.layers_disclosed) if outcome else 0,
        committed=bool(outcome and outcome.committed),
        end_reason=outcome.end_reason if outcome else None,
    )


def bootstrap(values: Sequence[float], seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean (resampling personas)."""
    if not values:
        return (float("nan"), float("nan"))
    rng = random.Random(seed)
    means = sorted(
        statistics.fmean(rng.choices(values, k=len(values))) for _ in range(BOOTSTRAP_DRAWS)
    )
    return means[int(0.025 * BOOTSTRAP_DRAWS)], means[int(0.975 * BOOTSTRAP_DRAWS) - 1]


def _fmt(x: float | None) -> str:
    return "unscored" if x is None else f"{x:.2f}"


def table(runs: dict[tuple[str, str], Run], personas: Sequence[str], styles: Sequence[str]) -> str:
    """The Markdown table style x persona, with mean, interval, layers and commitments."""
    head = ["style", *personas, "mean", "95% CI", "layers mean (max)", "committed", "ended"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for style in styles:
        mine = [runs[p, style] for p in personas if (p, style) in runs]
        scores = [r.card.overall for r in mine if r.card.overall is not None]
        lo, hi = bootstrap(scores)
        layers = [r.layers for r in mine]
        ends = sorted({r.end_reason or "-" for r in mine})
        cells = [
            style,
            *(_fmt(runs[p, style].card.overall) if (p, style) in runs else "-" for p in personas),
            _fmt(statistics.fmean(scores)) if scores else "unscored",
            f"{lo:.2f}–{hi:.2f}" if scores else "-",
            f"{statistics.fmean(layers):.1f} ({max(layers)})" if layers else "-",
            f"{sum(r.committed for r in mine)}/{len(mine)}",
            ", ".join(ends),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


Roles = tuple[tuple[str, ...], str, str, tuple[str, ...]]


def roles_of(styles: Sequence[str]) -> Roles:
    """(skilled styles, the mediocre one, the blunt one, gaming styles) by name: ``skilled*``,
    ``mediocre*``, ``blunt*``, and every other style is gaming (so a second set's names work)."""
    skilled = tuple(s for s in styles if s.startswith("skilled"))
    mediocre = next(s for s in styles if s.startswith("mediocre"))
    blunt = next(s for s in styles if s.startswith("blunt"))
    gaming = tuple(s for s in styles if s not in (*skilled, mediocre, blunt))
    return skilled, mediocre, blunt, gaming


def check_targets(
    runs: dict[tuple[str, str], Run], roles: Roles = (SKILLED, MEDIOCRE, BLUNT, GAMING)
) -> list[tuple[str, bool]]:
    """Each target in words, with whether it is met."""
    skilled_styles, mediocre, blunt, gaming = roles

    def mean(style: str) -> float:
        got = [r.card.overall for (_, s), r in runs.items() if s == style]
        # An unscored run counts as failing: never guess a score.
        return statistics.fmean(x if x is not None else float("-inf") for x in got)

    def of(style: str) -> list[Run]:
        return [r for (_, s), r in runs.items() if s == style]

    checks: list[tuple[str, bool]] = []
    for sk in skilled_styles:
        checks.append(
            (
                f"{sk} {mean(sk):.2f} > {mediocre} {mean(mediocre):.2f}"
                f" > {blunt} {mean(blunt):.2f}",
                mean(sk) > mean(mediocre) > mean(blunt),
            )
        )
        best = max(gaming, key=mean)
        checks.append(
            (
                f"{sk} {mean(sk):.2f} >= best gaming ({best}) {mean(best):.2f} + {MARGIN}",
                mean(sk) >= mean(best) + MARGIN,
            )
        )
        layers = statistics.fmean(r.layers for r in of(sk))
        checks.append((f"{sk} discloses >= 2 layers on average ({layers:.1f})", layers >= 2))
    for style in gaming:
        bad = [r.persona for r in of(style) if r.layers > 1 or r.committed]
        checks.append(
            (
                f"{style}: no run discloses > 1 layer or commits"
                + (f" (missed: {', '.join(bad)})" if bad else ""),
                not bad,
            )
        )
    bad = [r.persona for r in of(blunt) if r.committed]
    checks.append(
        (f"{blunt}: no run commits" + (f" (missed: {', '.join(bad)})" if bad else ""), not bad)
    )
    return checks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scripts", type=Path, default=SCRIPTS, help="the scripts JSON")
    parser.add_argument("--transcripts", type=Path, help="write each transcript as JSON here")
    args = parser.parse_args(argv)

    scripts = load_scripts(args.scripts)
    personas = sorted(scripts)
    styles = tuple(scripts[personas[0]])
    roles = roles_of(styles)
    missing = [f"{p}.{s}" for p in personas for s in styles if s not in scripts[p]]
    if missing:
        print(f"{args.scripts}: missing scripts: {', '.join(missing)}", file=sys.stderr)
        return 2
    runs = {(p, s): run(p, s, scripts[p][s]) for p in personas for s in styles}

    if args.transcripts:
        args.transcripts.mkdir(parents=True, exist_ok=True)
        for (p, s), r in runs.items():
            (args.transcripts / f"{p}.{s}.json").write_text(
                r.transcript.model_dump_json(indent=2), encoding="utf-8"
            )
            (args.transcripts / f"{p}.{s}.scorecard.json").write_text(
                r.card.model_dump_json(indent=2), encoding="utf-8"
            )

    print(f"Overall score (1-5) per style and persona, scripted partner seed 0, {args.scripts}\n")
    print(table(runs, personas, styles))
    print("\nTargets:")
    checks = check_targets(runs, roles)
    for text, ok in checks:
        print(f"- {'met' if ok else 'MISSED'}: {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
