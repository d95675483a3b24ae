"""Telemetry off, before any UI library is imported: transcripts are personal."""

from __future__ import annotations

import os

TELEMETRY_OFF = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
}


def disable_telemetry() -> None:
    """Force every known telemetry switch off; a user's environment cannot turn them on."""
    os.environ.update(TELEMETRY_OFF)
