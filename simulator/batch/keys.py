"""Record keys: what makes a stored result reusable.

A result is reused only when its **key** matches: a hash of the transcript, the rubric, the
code that turns a transcript into a record and the judge. A changed transcript, rubric,
scorer or judge model therefore gets a new key and is scored afresh; everything else on
disk is kept (see :mod:`simulator.batch.output`).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
from pathlib import Path
from typing import Any

from simulator.content.rubrics import Rubric
from simulator.content.transcript import Transcript

RECORD_VERSION = 2
"""Bump when the record's fields change meaning; every key changes with it.

2: the record is a typed model (:class:`simulator.batch.records.BatchRecord`) whose group
sub-scores are named by the rubric; lines written by version 1 are rescored once."""

_FINGERPRINTED = (
    "simulator.scoring",
    "simulator.moves",
    "simulator.batch.records",
)
"""The modules whose code decides what a record says; a package means every module in it (the
scorer and detectors keep their rules in private modules such as ``_credit``)."""


def sha256_hex(data: str | bytes) -> str:
    """Hex SHA-256 of ``data`` (text is hashed as UTF-8)."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def canonical_json(value: Any) -> str:
    """``value`` as JSON with sorted keys and no spaces: equal values hash equally."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def transcript_sha256(transcript: Transcript) -> str:
    """Hash of everything in the transcript (id, turns, metadata), independent of file format."""
    return sha256_hex(canonical_json(transcript.model_dump(mode="json")))


def rubric_sha256(rubric: Rubric) -> str:
    """Hash of the rubric model: any change to a weight, anchor or criterion changes it."""
    return sha256_hex(canonical_json(rubric.model_dump(mode="json")))


@functools.cache
def scorer_fingerprint() -> str:
    """Hash of the code that turns a transcript into a record.

    Editing the detectors or the scorer changes scores, so old results must not be reused;
    hashing the source files is the one way to notice that nobody has to remember. Taken
    once per process (and first at import, see the end of this module), so it describes the
    code this process loaded even if the files are edited while a long run goes on.
    """
    digest = hashlib.sha256(f"record-v{RECORD_VERSION}".encode())
    for name in _FINGERPRINTED:
        module = importlib.import_module(name)
        path = getattr(module, "__file__", None)
        files = [Path(path)] if path else []
        if hasattr(module, "__path__") and path:
            files = sorted(Path(path).parent.glob("*.py"))
        for file in files:
            if os.path.exists(file):
                digest.update(file.read_bytes())
    return digest.hexdigest()


def record_key(transcript_digest: str, rubric_digest: str, scorer: str, judge: str | None) -> str:
    """The key of one result: the same key means the same inputs, hence the same scores."""
    return sha256_hex("\0".join([transcript_digest, rubric_digest, scorer, judge or "detectors"]))


scorer_fingerprint()
