"""Find and load the built-in personas and rubrics, plus any the user adds.

Built-ins ship inside the wheel (``simulator/_data``); in a source checkout they are the
top-level ``personas/`` and ``rubrics/`` folders. Extra folders come from ``--personas`` /
``--rubrics`` options or the ``REHEARSE_PERSONAS`` / ``REHEARSE_RUBRICS`` environment
variables (several folders separated by ``os.pathsep``). A user file with the same id as a
built-in replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from simulator.content._yamlfile import load_model
from simulator.content.personas import Persona
from simulator.content.rubrics import Rubric
from simulator.errors import ConfigError, RehearseError, ValidationErrors
from simulator.settings import get_settings

_PACKAGE = Path(__file__).resolve().parents[1]
M = TypeVar("M", Persona, Rubric)


def builtin_dir(kind: str) -> Path:
    """The folder of built-in ``personas`` or ``rubrics``."""
    shipped = _PACKAGE / "_data" / kind
    if shipped.is_dir():
        return shipped
    return _PACKAGE.parent / kind


def search_dirs(kind: str, extra: Iterable[str | Path] = ()) -> list[Path]:
    """Built-in folder first, then environment folders, then ``extra``; later wins."""
    dirs = [builtin_dir(kind)]
    dirs += get_settings().folders("personas" if kind == "personas" else "rubrics")
    dirs += [Path(p) for p in extra]
    for d in dirs[1:]:
        if not d.is_dir():
            raise ConfigError(f"{kind} folder does not exist", path=d, hint="check the path")
    return dirs


def yaml_files(dirs: Sequence[Path]) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file in ``dirs``, sorted within each folder."""
    files: list[Path] = []
    for d in dirs:
        files += sorted([*d.glob("*.yaml"), *d.glob("*.yml")])
    return files


def _load_all(model: type[M], kind: str, extra: tuple[str, ...]) -> dict[str, M]:
    items: dict[str, M] = {}
    problems: list[RehearseError] = []
    for path in yaml_files(search_dirs(kind, extra)):
        try:
            item = load_model(model, path)
        except ValidationErrors as exc:
            problems += exc.errors
            continue
        except RehearseError as exc:
            problems.append(exc)
            continue
        items[item.id] = item
    if problems:
        raise ValidationErrors(problems)
    return items


@lru_cache(maxsize=16)
def personas(extra: tuple[str, ...] = ()) -> dict[str, Persona]:
    """All personas by id."""
    return _load_all(Persona, "personas", extra)


@lru_cache(maxsize=16)
def rubrics(extra: tuple[str, ...] = ()) -> dict[str, Rubric]:
    """All rubrics by id."""
    return _load_all(Rubric, "rubrics", extra)


def get_persona(persona_id: str, extra: tuple[str, ...] = ()) -> Persona:
    """The persona ``persona_id``, or an error listing the known ids."""
    found = personas(extra)
    if persona_id not in found:
        raise ConfigError(
            f"unknown persona {persona_id!r}",
            hint=f"known personas: {', '.join(sorted(found))}",
        )
    return found[persona_id]


DEFAULT_RUBRIC = "one-on-one"


def get_rubric(rubric_id: str = DEFAULT_RUBRIC, extra: tuple[str, ...] = ()) -> Rubric:
    """The rubric ``rubric_id``, or an error listing the known ids."""
    found = rubrics(extra)
    if rubric_id not in found:
        raise ConfigError(
            f"unknown rubric {rubric_id!r}", hint=f"known rubrics: {', '.join(sorted(found))}"
        )
    return found[rubric_id]
