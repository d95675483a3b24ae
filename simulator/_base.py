"""Shared pydantic base for the YAML-backed data models."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
"""An id written in lower case, digits, ``-`` and ``_``; used in file names and URLs."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty prose."""


class StrictModel(BaseModel):
    """Rejects unknown fields, so a typo in YAML is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)
