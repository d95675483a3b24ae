"""What practice is made of: personas, rubrics and transcripts, and how they are read.

Personas and rubrics are YAML data loaded into strict pydantic models (:mod:`.personas`,
:mod:`.rubrics`), found by :mod:`.catalog` and described for editors by :mod:`.schema`.
Transcripts (:mod:`.transcript`) are read and written in five formats by :mod:`.formats`.
"""

from __future__ import annotations

from simulator.content.catalog import DEFAULT_RUBRIC, get_persona, get_rubric, personas, rubrics
from simulator.content.formats import (
    FORMATS,
    dumps,
    loads,
    read_transcript,
    read_transcripts,
    write_transcripts,
)
from simulator.content.personas import Persona
from simulator.content.rubrics import Criterion, Rubric, ScoringRule
from simulator.content.transcript import SPEAKERS, Transcript, Turn

__all__ = [
    "DEFAULT_RUBRIC",
    "FORMATS",
    "SPEAKERS",
    "Criterion",
    "Persona",
    "Rubric",
    "ScoringRule",
    "Transcript",
    "Turn",
    "dumps",
    "get_persona",
    "get_rubric",
    "loads",
    "personas",
    "read_transcript",
    "read_transcripts",
    "rubrics",
    "write_transcripts",
]
