"""Pins the one CSV writer reports share: formula-looking text is neutralised in every export."""

from __future__ import annotations

import csv
import io

import pytest

from simulator.reports._csv import cell, csv_table
from simulator.reports.markdown import csv_rows
from simulator.scoring.scorecard import Scorecard


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")', id="equals"),
        pytest.param("+1+1", "'+1+1", id="plus"),
        pytest.param("-2+3", "'-2+3", id="minus-text"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("\tcmd", "'\tcmd", id="tab"),
        pytest.param(-2.5, -2.5, id="negative-number-stays-a-number"),
        pytest.param(None, "", id="none-is-empty"),
        pytest.param("plain words", "plain words", id="plain"),
    ],
)
def test_cell_neutralises_formulas_only(value: object, expected: object) -> None:
    """Text a spreadsheet would execute gets a leading quote; numbers and plain text do not."""
    assert cell(value) == expected


def test_scorecard_csv_goes_through_the_same_guard() -> None:
    """`rehearse score --format csv` uses the shared writer, so an uploaded id cannot inject."""
    card = Scorecard(transcript_id="=cmd|' /C calc'!A0", rubric_id="one-on-one", criteria=[])
    rows = list(csv.reader(io.StringIO(csv_rows([card]))))
    assert rows[1][0].startswith("'=")
    assert list(csv.reader(io.StringIO(csv_table(["a"], [["=x"]])))) == [["a"], ["'=x"]]
