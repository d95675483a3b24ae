"""``rehearse batch``: score thousands of transcripts, resumably, exactly once.

:mod:`.inputs` finds and reads the inputs, :mod:`.keys` says when a result can be reused,
:mod:`.records` is the typed ``results.jsonl`` line, :mod:`.work` the unit of work every
engine runs, :mod:`.output` owns the output folder on disk, :mod:`.run` plans and finishes a
run, and the engines run the work: :mod:`.local_engine` (a process pool) and
:mod:`.ray_engine` (Ray Data).
"""

from __future__ import annotations

from simulator.batch.keys import RECORD_VERSION, record_key
from simulator.batch.output import BatchLocked, OutputDir
from simulator.batch.records import BatchRecord, CoachNote
from simulator.batch.run import BatchConfig, BatchSummary, run_batch
from simulator.batch.work import Engine, ResultStream, ScoreContext, UnitResult

__all__ = [
    "RECORD_VERSION",
    "BatchConfig",
    "BatchLocked",
    "BatchRecord",
    "BatchSummary",
    "CoachNote",
    "Engine",
    "OutputDir",
    "ResultStream",
    "ScoreContext",
    "UnitResult",
    "record_key",
    "run_batch",
]
