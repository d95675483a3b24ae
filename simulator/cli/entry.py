"""The ``rehearse`` command line.

:func:`main` is the console-script entry point. It runs ``rehearse label`` itself, with
:func:`simulator.moves.labeling.main`, because labelling runs in pipelines where start-up time
counts: that path imports only the move detector, not typer and the persona, rubric and
report models (about half a second). Every other command, and ``label`` with anything but
``[SRC] [--skip-errors]`` (``--help``, a mistyped option), goes to the typer app in
:mod:`simulator.cli.commands`, imported on first use; ``simulator.cli.entry.app`` (and the other
names of that module) still resolve here.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typer import Typer

    app: Typer


def __getattr__(name: str) -> Any:
    # Importing this module must stay cheap (see main), so the typer app loads on first use;
    # the commands that used to live here (simulator.cli.entry.app, .label, ...) are found here.
    if not name.startswith("__"):
        from simulator.cli import commands

        if hasattr(commands, name):
            return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point."""
    args = sys.argv[1:]
    if args[:1] == ["label"]:
        from simulator.moves.labeling import main as label

        code = label(args[1:])
        if code is not None:
            sys.exit(code)
    from simulator.cli.commands import app

    app()


if __name__ == "__main__":
    main()
