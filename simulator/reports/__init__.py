"""Scorecards rendered for people and machines: Markdown, HTML, CSV, charts, cohort report."""

from __future__ import annotations

from simulator.reports.charts import progress, quadrant, radar
from simulator.reports.html import report
from simulator.reports.markdown import csv_rows, markdown_with_comments, summary

__all__ = [
    "csv_rows",
    "markdown_with_comments",
    "progress",
    "quadrant",
    "radar",
    "report",
    "summary",
]
