"""The ``rehearse`` command line: thin wiring over the core packages."""

from __future__ import annotations

from simulator.cli.entry import main

__all__ = ["main"]
