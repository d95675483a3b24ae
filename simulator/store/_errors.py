"""The store's error, apart from :mod:`.database` so every part of the store can raise it."""

from __future__ import annotations

from simulator.errors import RehearseError


class StoreError(RehearseError):
    """The history database could not be read or written."""
