"""The one CSV writer for reports: spreadsheet-safe cells, one header, rows in order.

Reports are opened in spreadsheets, where a cell starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return runs as a formula (CSV injection). Free text in a report (ids,
sources, reasons) comes from transcripts people upload, so every text cell goes through
:func:`cell`. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A CSV cell: empty for ``None``, text a spreadsheet would run prefixed with ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """``header`` and ``rows`` as CSV text, every cell made safe by :func:`cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([cell(h) for h in header])
    writer.writerows([cell(v) for v in row] for row in rows)
    return buf.getvalue()
