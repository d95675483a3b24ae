"""Throughput of the labelling path: ``label_lines`` in-process and ``rehearse label`` end to end.

    .venv/bin/python bench/bench_label.py [-n 100000] [--seed 0] [--no-cli] [--keep FILE]
                                          [--history N]

Generates N synthetic JSONL records from this file's own templates (no AnnoMI text), pins
itself to one core (``taskset -c 0`` semantics via ``os.sched_setaffinity`` where available),
and prints utterances per second for:

* ``label_lines`` over the in-memory lines (JSON parse, detect, JSON dump);
* ``detect`` alone on the same utterances;
* a ``rehearse label FILE`` subprocess (also pinned to one core), if the CLI is installed and
  has a ``label`` command; skipped otherwise. Its start-up alone is timed too, as the best of
  five runs on a one-line file.

With ``--history N`` every record also carries a ``history`` of N earlier turns, which turns on
the context-aware assessment (the records of one conversation come in order, so its context is
extended rather than rebuilt); the default measures the by-form path (``prev`` only).

Each figure is given twice: by wall-clock time and by CPU time of the process (or of the
subprocess). On a busy machine the CPU-time figure is the fairer "one core" number. A
calibration figure (``json.loads`` of a short record) helps judge a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from simulator.moves.detector import detect  # noqa: E402
from simulator.moves.labeling import label_lines  # noqa: E402

# Hand-written building blocks for a workplace one-on-one (nothing taken from AnnoMI).
FILLERS = ["", "", "", "Okay. ", "Right, ", "Mm-hmm. ", "So ", "Yeah, ", "Okay, so ", "Well, "]
MANAGER = [
    "what's been taking up most of your time this week?",
    "how are you feeling about the launch?",
    "tell me more about what happened with the vendor.",
    "walk me through where the migration stands.",
    "it sounds like the deadline is really weighing on you.",
    "you're stretched between two teams and nobody is owning the priorities.",
    "so you've been covering for Sam and your own work is slipping.",
    "you handled the client escalation really well yesterday.",
    "the way you rebuilt the reporting pipeline took real skill.",
    "good job.",
    "what do you need from me to make this workable?",
    "is there anything I can take off your plate?",
    "what would help most right now?",
    "let's agree on one thing you'll drop this week.",
    "shall we check in on Thursday to see how it's going?",
    "what's a first step you could take tomorrow?",
    "calm down, it's not a big deal.",
    "everyone is stretched right now.",
    "you should have told me earlier.",
    "oh great, another excuse.",
    "have you tried blocking out your mornings for deep work?",
    "why don't you just delegate the reporting?",
    "my suggestion is to push the review to next sprint.",
    "did you send the report to finance?",
    "are you still on track for Friday?",
    "is that right?",
    "I wonder what would make Mondays less chaotic.",
    "help me understand what's getting in the way.",
    "did the new hire start on Monday or Tuesday?",
    "the quarterly numbers are due at the end of the month.",
    "I spoke to the product team this morning about the roadmap.",
    "I'm not sure we can move the date, but I hear that it's a lot.",
]
EMPLOYEE = [
    "I'm just really overwhelmed with the launch and the hiring at the same time.",
    "Honestly it's fine, I'll manage.",
    "The vendor missed two deadlines and I had to redo the integration myself.",
    "I don't know. I feel like I'm letting the team down.",
    "Sam has been out sick, so I've been doing both roles.",
    "Yeah.",
    "I'm exhausted, to be honest. I haven't had a proper weekend in a month.",
    "It's the meetings. Every morning is gone before I can start.",
    "Mm.",
    "I think I could drop the weekly report if someone else picks it up.",
]


def _manager_line(rng: random.Random) -> str:
    parts = [rng.choice(FILLERS) + rng.choice(MANAGER)]
    if rng.random() < 0.35:
        parts.append(rng.choice(MANAGER))
    return " ".join(p[0].upper() + p[1:] for p in parts)


def make_records(n: int, seed: int = 0, history: int = 0) -> list[str]:
    """N JSONL lines built from the templates above: one or two sentences, sometimes no prev.

    With ``history`` > 0, records come from conversations of that many earlier turns each
    (employee and manager alternating) and carry them as ``history``.
    """
    rng = random.Random(seed)
    out = []
    turns: list[dict[str, str]] = []
    for i in range(n):
        text = _manager_line(rng)
        if not history:
            prev = rng.choice(EMPLOYEE) if rng.random() < 0.85 else None
            out.append(json.dumps({"id": f"u{i}", "text": text, "prev": prev}))
            continue
        if len(turns) >= history:
            turns = []  # a new conversation
        turns.append({"speaker": "employee", "text": rng.choice(EMPLOYEE)})
        out.append(json.dumps({"id": f"u{i}", "text": text, "history": turns}))
        turns = [*turns, {"speaker": "manager", "text": text}]
    return out


def pin_to_one_core() -> str:
    """Pin this process to a single CPU; say which (or why not)."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def rate(n: int, wall: float, cpu: float) -> str:
    return (
        f"{n / wall:,.0f} utt/s wall ({wall / n * 1e6:.1f} us/utt), "
        f"{n / cpu:,.0f} utt/s CPU ({cpu / n * 1e6:.1f} us/utt)"
    )


def best_of(repeat: int, run: Callable[[], None]) -> tuple[float, float]:
    """Best wall and best CPU seconds of ``repeat`` runs of ``run()``."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        run()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def bench_in_process(lines: list[str], repeat: int) -> tuple[float, float]:
    def run() -> None:
        for _ in label_lines(lines, "bench"):
            pass

    return best_of(repeat, run)


def bench_detect(lines: list[str], repeat: int) -> tuple[float, float]:
    pairs = [(r["text"], r.get("prev")) for r in map(json.loads, lines)]

    def run() -> None:
        for text, prev in pairs:
            detect(text, prev)

    return best_of(repeat, run)


def run_timed(cmd: list[str], out: Path) -> tuple[subprocess.CompletedProcess[bytes], float, float]:
    """Run ``cmd`` (pinned to CPU 0 where taskset exists) with stdout to ``out``; its wall and
    CPU seconds. A file rather than a pipe: reading a pipe would put this process on the
    child's core for the whole run."""
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with out.open("wb") as sink:
        done = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done, wall, cpu


def bench_cli(lines: list[str], keep: Path | None) -> list[str]:
    exe = shutil.which("rehearse") or str(Path(sys.executable).with_name("rehearse"))
    if not Path(exe).exists():
        return ["skipped: no `rehearse` executable (install the project, e.g. pip install -e .)"]
    probe = subprocess.run([exe, "label", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        return ["skipped: `rehearse label` is not available yet"]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.jsonl"
        one.write_text(lines[0] + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        startup = [run_timed([exe, "label", str(one)], out)[1:] for _ in range(5)]
        path = keep or Path(tmp) / "bench.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        done, wall, cpu = run_timed([exe, "label", str(path)], out)
        n_out = out.read_bytes().count(b"\n")
    if done.returncode != 0:
        return [f"failed ({done.returncode}): {done.stderr.decode(errors='replace')[:300]}"]
    wall1, cpu1 = min(w for w, _ in startup), min(c for _, c in startup)
    return [
        f"{rate(len(lines), wall, cpu)}; {n_out} lines out; includes start-up",
        f"start-up (one line, best of 5): {wall1:.3f} s wall, {cpu1:.3f} s CPU",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000, help="synthetic utterances (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="in-process runs; the best is kept")
    ap.add_argument("--no-cli", action="store_true", help="skip the `rehearse label` subprocess")
    ap.add_argument("--keep", type=Path, help="write the generated JSONL here (outside the repo)")
    ap.add_argument(
        "--history", type=int, default=0, help="records carry N earlier turns (context-aware)"
    )
    args = ap.parse_args(argv)

    print(pin_to_one_core())
    lines = make_records(args.n, args.seed, args.history)
    calib = min(timeit.repeat(lambda: json.loads(lines[0]), number=20_000, repeat=3)) / 20_000
    print(f"calibration: json.loads of one record {calib * 1e6:.2f} us")
    list(label_lines(lines[:2000], "warm-up"))

    print(f"label_lines: {rate(len(lines), *bench_in_process(lines, args.repeat))}")
    print(f"detect only: {rate(len(lines), *bench_detect(lines, args.repeat))}")
    if not args.no_cli:
        first, *rest = bench_cli(lines, args.keep)
        print(f"rehearse label: {first}")
        for line in rest:
            print(f"rehearse label {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
