"""Load YAML into strict pydantic models with errors that point at file, line and field."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
import yaml.composer
import yaml.reader
from pydantic import BaseModel, ValidationError

from simulator.errors import ConfigError, RehearseError, ValidationErrors

M = TypeVar("M", bound=BaseModel)

# A persona or rubric is a few kilobytes; anything far larger is a mistake, not data.
MAX_YAML_BYTES = 1_000_000
# Far beyond any persona or rubric, far below what hurts: PyYAML's scanner slows with depth
# and its composer recurses, and aliases can make a small file expand into billions of values.
MAX_YAML_DEPTH = 50
MAX_YAML_VALUES = 100_000


class _BoundedLoader(yaml.SafeLoader):
    """A safe loader that refuses deep nesting while composing, before it can get costly."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"nested more than {MAX_YAML_DEPTH} levels deep",
                    self.peek_event().start_mark,  # type: ignore[no-untyped-call]
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _expanded_size(root: yaml.Node) -> int:
    """How many values the document holds once every alias is expanded (aliases share one
    node, so a billion-laughs file is small as nodes but huge as data). Raises
    :class:`ValueError` naming the line of an alias that contains itself."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = min(1 + sum(sizes[id(c)] for c in children), MAX_YAML_VALUES + 1)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ValueError(f"line {node.start_mark.line + 1}")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _line_index(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    """Record the 1-based line of every mapping key and sequence item below ``node``.

    Runs only on documents :func:`_expanded_size` bounded, so the walk is bounded too.
    """
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            # A complex key (a list or mapping used as a key) has no name to point at.
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else repr(key_node)
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


def read_bounded(path: Path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of ``path``, refusing (with :class:`ConfigError`) a file over ``max_bytes``
    before reading it, and never reading more than ``max_bytes + 1`` bytes of it."""
    try:
        size = path.stat().st_size
        raw = b""
        if size <= max_bytes:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)  # special files report size 0 to stat
    except OSError as exc:
        raise ConfigError(f"cannot read {what}: {exc.strerror}", path=path) from exc
    if size > max_bytes or len(raw) > max_bytes:
        shown = size if size > max_bytes else f"more than {max_bytes}"
        raise ConfigError(
            f"{what} is {shown} bytes, over the {max_bytes}-byte limit",
            path=path,
            hint="persona, rubric and users files should be a few kilobytes",
        )
    return raw


def decode_utf8(raw: bytes, path: Path) -> str:
    """``raw`` as UTF-8 text (a UTF-8 BOM is dropped), or a :class:`ConfigError` with the
    line of the first bad byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError("file is UTF-16, not UTF-8", path=path, line=1, hint="save it as UTF-8")
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            "file is not valid UTF-8", path=path, line=line, hint="save it as UTF-8"
        ) from exc
    if (nul := text.find("\x00")) >= 0:
        raise ConfigError(
            "file contains a NUL character",
            path=path,
            line=text.count("\n", 0, nul) + 1,
            hint="is it a binary file? save it as UTF-8 text",
        )
    return text


def read_yaml(path: Path) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse a YAML file, returning the data and a map from field path to line."""
    raw = read_bounded(path, MAX_YAML_BYTES)
    return parse_yaml(decode_utf8(raw, path), path)


def parse_yaml(text: str, path: Path) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse YAML ``text`` read from ``path`` safely: no deep nesting, no alias bombs.

    Returns the data and a map from field path to line; every problem is a
    :class:`ConfigError` naming ``path`` and the line.
    """
    # One parse gives both the node tree (for line numbers) and the data, as safe_load does.
    loader: _BoundedLoader | None = None
    try:
        loader = _BoundedLoader(text)  # checks the characters first: may raise ReaderError
        node = loader.get_single_node()
        if node is not None:
            try:
                size = _expanded_size(node)
            except ValueError as exc:
                raise ConfigError(
                    "an alias refers to the value that contains it",
                    path=path,
                    line=int(str(exc).split()[-1]),
                    hint="remove the self-reference (&anchor ... *anchor inside it)",
                ) from exc
            if size > MAX_YAML_VALUES:
                raise ConfigError(
                    f"aliases expand the file to more than {MAX_YAML_VALUES} values",
                    path=path,
                    line=1,
                    hint="write the values out instead of repeating anchors (&name / *name)",
                )
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        raise ConfigError(
            f"character {exc.character:#06x} is not allowed in YAML",
            path=path,
            line=text.count("\n", 0, exc.position) + 1,
            hint="remove control characters; save the file as plain UTF-8 text",
        ) from exc
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
        if loader is not None:
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
