"""Settings for the chat models, from ``REHEARSE_*`` environment variables (or a ``.env``).

=============================  ==========================================================
``REHEARSE_PARTNER_MODEL``     who voices the employee: ``scripted`` (default, no model),
                               ``openai:MODEL``, ``azure:DEPLOYMENT``, ``local:[PATH.gguf]``,
                               ``langchain:MODULE:CLASS`` or ``replay:FILE``
``REHEARSE_JUDGE_MODEL``       the LLM judge, same specs; unset means no judge
``REHEARSE_BASE_URL``          an OpenAI-compatible server (``OPENAI_BASE_URL`` also works)
``REHEARSE_API_KEY``           its key (``OPENAI_API_KEY`` also works; local servers need none)
``REHEARSE_TIMEOUT``           seconds for one request (connect, and each read while streaming)
``REHEARSE_TOTAL_TIMEOUT``     seconds for a whole call, retries and waits included
``REHEARSE_MAX_RETRIES``       retries of a 429, 5xx or dropped connection
``REHEARSE_JUDGE_SAMPLES``     how many times the judge rates a transcript (median is used)
``REHEARSE_STRUCTURED_MODE``   ``auto``, ``json_schema``, ``json_object`` or ``prompt``
``REHEARSE_DATA_DIR``          where sessions, archives and the SQLite database live
``REHEARSE_DB_URL``            a SQLAlchemy URL for the history database (default: SQLite)
``REHEARSE_PERSONAS``          extra persona folders, separated by ``:`` (``;`` on Windows)
``REHEARSE_RUBRICS``           extra rubric folders, likewise
``REHEARSE_USERS_FILE``        a TOML/YAML users file: login on, with roles
``REHEARSE_AUTH``              a quick login list, ``alice:pw,carol:pw:coach``
``RAY_ADDRESS``                a Ray cluster for ``rehearse batch --engine ray``
``OPENAI_API_KEY``/``_BASE_URL`` read too, when the ``REHEARSE_`` ones are unset
=============================  ==========================================================

This is the one place the process environment is read (the CLI's flags override it through
:func:`get_settings`), so every setting is documented, validated and testable here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SCRIPTED = "scripted"


class Settings(BaseSettings):
    """Which models play the partner and the judge, and how to reach them."""

    model_config = SettingsConfigDict(
        env_prefix="REHEARSE_",
        env_file=".env",
        extra="ignore",
        validate_by_name=True,
        validate_by_alias=True,
    )

    partner_model: str = Field(SCRIPTED, description="Model spec for the partner.")
    judge_model: str | None = Field(None, description="Model spec for the judge; None: no judge.")
    base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("REHEARSE_BASE_URL", "OPENAI_BASE_URL", "base_url"),
        description="Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.",
    )
    api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("REHEARSE_API_KEY", "OPENAI_API_KEY", "api_key"),
        description="API key; local servers need none.",
    )
    timeout: float = Field(60.0, gt=0, le=3600, description="Seconds for one request.")
    total_timeout: float = Field(
        180.0, gt=0, le=7200, description="Seconds for a whole call, retries included."
    )
    max_retries: int = Field(2, ge=0, le=10)
    partner_temperature: float = Field(0.7, ge=0, le=2)
    judge_temperature: float | None = Field(
        None, ge=0, le=2, description="Default: 0 for one sample, 0.7 for several."
    )
    judge_samples: int = Field(1, ge=1, le=15)
    structured_mode: Literal["auto", "json_schema", "json_object", "prompt"] = "auto"

    data_dir: Path | None = Field(
        None, description="Where sessions live; None: the platform's per-user data folder."
    )
    db_url: str | None = Field(None, description="SQLAlchemy URL; None: SQLite in data_dir.")
    personas: str = Field("", description="Extra persona folders, os.pathsep-separated.")
    rubrics: str = Field("", description="Extra rubric folders, os.pathsep-separated.")
    users_file: Path | None = Field(None, description="Users file: login on, with roles.")
    auth: str | None = Field(None, description="Quick login list, 'alice:pw,carol:pw:coach'.")
    ray_address: str | None = Field(
        None,
        validation_alias=AliasChoices("RAY_ADDRESS", "REHEARSE_RAY_ADDRESS", "ray_address"),
        description="A running Ray cluster to join; None: start a local Ray.",
    )

    @field_validator(
        "judge_model",
        "base_url",
        "db_url",
        "data_dir",
        "users_file",
        "auth",
        "ray_address",
        mode="before",
    )
    @classmethod
    def _blank_is_none(cls, v: Any) -> Any:
        # An exported-but-empty variable means "not set", not "a model named ''".
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("partner_model", mode="before")
    @classmethod
    def _blank_is_scripted(cls, v: Any) -> Any:
        return SCRIPTED if isinstance(v, str) and not v.strip() else v

    def model_options(self, spec: str) -> dict[str, Any]:
        """Keyword options :func:`simulator.models.get_model` takes for ``spec``."""
        provider = spec.split(":", 1)[0]
        opts: dict[str, Any] = {
            "timeout": self.timeout,
            "total_timeout": self.total_timeout,
            "max_retries": self.max_retries,
        }
        if provider in ("openai", "azure"):
            opts["structured_mode"] = self.structured_mode
            if self.base_url:
                opts["base_url"] = self.base_url
            if self.api_key is not None:
                opts["api_key"] = self.api_key.get_secret_value()
        if provider == "local":
            opts = {"total_timeout": self.total_timeout}
        return opts

    def resolved_data_dir(self) -> Path:
        """:attr:`data_dir`, else the platform's per-user data folder + ``rehearse``."""
        if self.data_dir is not None:
            return self.data_dir.expanduser()
        home = Path.home()
        if sys.platform == "win32":
            return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "rehearse"
        if sys.platform == "darwin":
            return home / "Library" / "Application Support" / "rehearse"
        return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "rehearse"

    def resolved_db_url(self, data_dir: Path) -> str:
        """:attr:`db_url`, else a SQLite file in ``data_dir``."""
        return self.db_url or f"sqlite:///{data_dir / 'rehearse.db'}"

    def folders(self, kind: Literal["personas", "rubrics"]) -> list[Path]:
        """The extra persona or rubric folders the environment names, in order."""
        value = self.personas if kind == "personas" else self.rubrics
        return [Path(p) for p in value.split(os.pathsep) if p.strip()]

    def describe(self, role: Literal["partner", "judge"] = "partner") -> str:
        """A plain label for the UI and CLI, built without contacting any server.

        ``scripted partner``, ``openai:gpt-4o-mini at http://127.0.0.1:8080/v1``,
        ``no judge``...
        """
        spec = self.partner_model if role == "partner" else self.judge_model
        if spec is None:
            return "no judge"
        if spec == SCRIPTED:
            return "scripted partner" if role == "partner" else "scripted (no judge)"
        return describe_spec(spec, self.base_url)


def describe_spec(spec: str, base_url: str | None = None) -> str:
    """A label for a model spec: where it runs, never its key."""
    provider, _, rest = spec.partition(":")
    if provider in ("openai", "azure") and base_url:
        return f"{spec} at {base_url.rstrip('/')}"
    if provider == "local":
        return f"local:{Path(rest).name if rest else 'SmolLM2-135M-Instruct'} (in-process)"
    if provider == "replay":
        return f"replay of {Path(rest).name}"
    return spec


def get_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with ``overrides`` (e.g. from CLI options) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
