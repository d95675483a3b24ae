"""The published JSON Schemas match the models, so editors validate what the loader does."""

from __future__ import annotations

import json

import pytest

from simulator.content import schema


@pytest.mark.parametrize("kind", [pytest.param(k, id=k) for k in schema.MODELS])
def test_committed_schema_is_current(kind: str) -> None:
    """schemas/*.schema.json equals what `rehearse schema` generates (run `make schemas`)."""
    committed = (schema.SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema.render(kind)


@pytest.mark.parametrize("kind", [pytest.param(k, id=k) for k in schema.MODELS])
def test_schema_forbids_unknown_fields(kind: str) -> None:
    """The schema says additionalProperties: false, like the strict models."""
    data = json.loads(schema.render(kind))
    assert data["additionalProperties"] is False
    assert data["$schema"].endswith("2020-12/schema")
