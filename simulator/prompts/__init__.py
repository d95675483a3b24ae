"""Prompt templates, one file per prompt, rendered with :class:`string.Template`.

Templates are data so they can be reviewed and tuned without reading code. ``$name``
placeholders are filled with :func:`render`; a missing value is an error rather than a
silent blank, and values are inserted as they are (a ``$`` in a value is not re-read).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Template


@cache
def template(name: str) -> Template:
    """The template ``name`` (a file in this package, e.g. ``partner_system.txt``)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return Template(text)


def render(name: str, /, **values: object) -> str:
    """Fill template ``name`` with ``values``; every placeholder must be given."""
    return template(name).substitute({k: str(v) for k, v in values.items()})


@cache
def keyed_lines(name: str) -> dict[str, str]:
    """A ``key: text`` file (``#`` comments allowed) as a dict, e.g. partner_reactions.txt."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out
