"""Load YAML into strict pydantic models with errors that point at file, line and field."""

from __future__ import annotations

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


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> int | None:
    # Walk up until a known node: a missing field points at its parent mapping.
    for cut in range(len(loc), -1, -1):
        found = lines.get(tuple(loc[:cut]))
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
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(
            f"YAML syntax error: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            hint="check indentation and quoting on that line",
        ) from exc
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


def validation_problems(
    exc: ValidationError, path: Path, lines: dict[tuple[Any, ...], int]
) -> list[RehearseError]:
    """Turn a pydantic error into one readable problem per field."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        msg = err["msg"]
        hint = None
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
            hint = "remove it or check its spelling against the schema from `rehearse schema`"
        elif err["type"] == "missing":
            msg = "required field is missing"
        line = _line_for(loc, lines)
        problems.append(RehearseError(msg, path=path, line=line, field=format_loc(loc), hint=hint))
    return problems


def load_model(model: type[M], path: Path) -> M:
    """Load ``path`` into ``model``; every problem in the file is reported at once."""
    data, lines = read_yaml(path)
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
