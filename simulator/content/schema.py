"""JSON Schemas for the persona and rubric YAML, so editors can validate them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric

MODELS: dict[str, type[BaseModel]] = {"persona": Persona, "rubric": Rubric}
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for ``persona`` or ``rubric`` files."""
    schema = MODELS[kind].model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://rehearse.invalid/schemas/{kind}.schema.json",
        **schema,
    }


def render(kind: str) -> str:
    """The schema as stable, diff-friendly JSON text."""
    return json.dumps(json_schema(kind), indent=2, sort_keys=True) + "\n"


def write_all(out_dir: Path) -> list[Path]:
    """Write every schema into ``out_dir`` and return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in MODELS:
        path = out_dir / f"{kind}.schema.json"
        path.write_text(render(kind), encoding="utf-8")
        paths.append(path)
    return paths
