"""``rehearse batch``: score thousands of transcripts, resumably, exactly once.

:mod:`.inputs` finds and reads the inputs, :mod:`.output` owns the output folder on disk,
:mod:`.run` schedules the work locally and :mod:`.ray_engine` on Ray.
"""

from __future__ import annotations

from simulator.batch.run import BatchConfig, BatchSummary, run_batch

__all__ = ["BatchConfig", "BatchSummary", "run_batch"]
