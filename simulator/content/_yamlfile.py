"""Load YAML into strict pydantic models with errors that point at file, line and field."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from simulator.errors import ConfigError, RehearseError, ValidationErrors

M = TypeVar("M", bound=BaseModel)

# A persona or rubric is a few kilobytes; anything far larger is a mistake, not data.
MAX_YAML_BYTES = 1_000_000


def _line_index(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    """Record the 1-based line of every mapping key and sequence item below ``node``."""
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[(*path, key)] = key_node.start_mark.line + 1
            _line_index(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, (*path, i), out)


def line_for(loc: tuple[Any, ...], lines: Mapping[tuple[Any, ...], int]) -> int | None:
    """The line of ``loc``, or of its nearest known parent (a missing field has no line of its
    own, so it points at the mapping it is missing from)."""
    for cut in range(len(loc), -1, -1):
        found = lines.get(loc[:cut])
        if found is not None:
            return found
    return None


def read_yaml(path: Path) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse a YAML file, returning the data and a map from field path to line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read file: {exc.strerror}", path=path) from exc
    if len(raw) > MAX_YAML_BYTES:
        raise ConfigError(
            f"file is {len(raw)} bytes, over the {MAX_YAML_BYTES}-byte limit",
            path=path,
            hint="persona and rubric files should be a few kilobytes",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            "file is not valid UTF-8", path=path, line=line, hint="save it as UTF-8"
        ) from exc
    # One parse gives both the node tree (for line numbers) and the data, as safe_load does.
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(
            f"YAML syntax error: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            hint="check indentation and quoting on that line",
        ) from exc
    finally:
        loader.dispose()
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _line_index(node, (), lines)
    return data, lines


def format_loc(loc: tuple[Any, ...]) -> str:
    """Render a pydantic location as ``layers[1].unlock.min_trust``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def field_message(err: Mapping[str, Any]) -> str:
    """A pydantic error's message in our words, for YAML and transcript files alike."""
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "extra_forbidden":
        return "unknown field"
    return str(err["msg"])


def validation_problems(
    exc: ValidationError, path: Path, lines: dict[tuple[Any, ...], int]
) -> list[RehearseError]:
    """Turn a pydantic error into one readable problem per field."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        msg = field_message(err)
        hint = None
        if err["type"] == "extra_forbidden":
            hint = "remove it or check its spelling against the schema from `rehearse schema`"
        line = line_for(loc, lines)
        problems.append(RehearseError(msg, path=path, line=line, field=format_loc(loc), hint=hint))
    return problems


def load_model(model: type[M], path: Path) -> M:
    """Load ``path`` into ``model``; every problem in the file is reported at once."""
    data, lines = read_yaml(path)
    return validate_model(model, data, lines, path)


def validate_model(model: type[M], data: Any, lines: dict[tuple[Any, ...], int], path: Path) -> M:
    """Validate data already read by :func:`read_yaml` from ``path`` into ``model``."""
    if not isinstance(data, dict):
        raise ConfigError(
            "expected a mapping of fields at the top level",
            path=path,
            line=1,
            hint=f"see the {model.__name__} schema (rehearse schema)",
        )
    try:
        return model.model_validate(data, context={"path": str(path)})
    except ValidationError as exc:
        problems = validation_problems(exc, path, lines)
        if len(problems) == 1:
            raise ConfigError(
                problems[0].message,
                path=path,
                line=problems[0].line,
                field=problems[0].field,
                hint=problems[0].hint,
            ) from exc
        raise ValidationErrors(problems, path=path) from exc
