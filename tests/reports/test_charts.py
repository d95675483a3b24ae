"""SVG charts: the numbers land where they should, and odd data does not break them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from simulator.reports import charts

NS = {"s": "http://www.w3.org/2000/svg"}


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _shape(svg: str) -> list[tuple[float, float]]:
    root = _parse(svg)
    poly = root.find(".//s:polygon[@class='rh-radar-shape']", NS)
    assert poly is not None
    return [tuple(map(float, p.split(","))) for p in poly.get("points").split()]


def test_radar_has_one_vertex_per_criterion_and_scales_by_score() -> None:
    """Each criterion is a vertex; a 5 reaches the outer ring, a 1 sits a fifth of the way."""
    svg = charts.radar([("A", 5.0), ("B", 1.0), ("C", 5.0), ("D", 1.0)])
    pts = _shape(svg)
    assert len(pts) == 4
    root = _parse(svg)
    cx = float(root.get("viewBox").split()[2]) / 2
    cy = float(root.get("viewBox").split()[3]) / 2
    dist = [((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in pts]
    assert dist[0] == pytest.approx(dist[2], abs=0.2)
    assert dist[1] == pytest.approx(dist[0] / 5, abs=0.2)


def test_radar_puts_unscored_criteria_at_the_centre_and_says_so() -> None:
    """An unscored criterion is drawn at the centre and named as unscored for screen readers."""
    svg = charts.radar([("A", 3.0), ("B", None), ("C", 4.0)])
    root = _parse(svg)
    cx, cy = (float(v) / 2 for v in root.get("viewBox").split()[2:])
    assert _shape(svg)[1] == pytest.approx((cx, cy), abs=0.2)
    assert "B unscored" in root.get("aria-label")


@pytest.mark.parametrize(
    "scores",
    [
        pytest.param([], id="none"),
        pytest.param([("Only", 3.0)], id="one"),
        pytest.param([("A", 3.0), ("B", 2.0)], id="two"),
    ],
)
def test_radar_with_too_few_axes_lists_the_scores(scores) -> None:
    """Fewer than three criteria make no polygon; the chart lists them instead."""
    svg = charts.radar(scores)
    root = _parse(svg)
    assert root.find(".//s:polygon", NS) is None
    for name, _ in scores:
        assert name in svg


def test_labels_are_escaped() -> None:
    """Names from YAML cannot inject markup into the page."""
    svg = charts.radar([("<script>", 3.0), ("A&B", 2.0), ("C", 1.0)])
    _parse(svg)  # still well-formed XML
    assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.mark.parametrize(
    ("empathy", "execution", "corner"),
    [
        pytest.param(5.0, 1.0, "top-left", id="warm-no-plan"),
        pytest.param(5.0, 5.0, "top-right", id="heard-and-moving"),
        pytest.param(1.0, 1.0, "bottom-left", id="not-connecting"),
        pytest.param(1.0, 5.0, "bottom-right", id="plan-without-person"),
    ],
)
def test_quadrant_places_the_session(empathy: float, execution: float, corner: str) -> None:
    """Empathy runs up and execution runs right, so each extreme lands in its corner."""
    svg = charts.quadrant(charts.Point(empathy, execution))
    root = _parse(svg)
    dot = root.find(".//s:circle[@class='rh-current']", NS)
    rect = root.find(".//s:rect", NS)
    x, y = float(dot.get("cx")), float(dot.get("cy"))
    left = float(rect.get("x"))
    top = float(rect.get("y"))
    w = float(rect.get("width"))
    vertical, horizontal = corner.split("-")
    assert (y < top + w / 2) is (vertical == "top")
    assert (x > left + w / 2) is (horizontal == "right")


def test_quadrant_draws_earlier_sessions_faintly() -> None:
    """Earlier sessions are separate, translucent dots behind this one."""
    earlier = [charts.Point(2, 2), charts.Point(3, 4, "last week")]
    svg = charts.quadrant(charts.Point(4, 4), earlier)
    root = _parse(svg)
    faint = root.findall(".//s:circle[@class='rh-earlier']", NS)
    assert len(faint) == 2
    assert all(float(c.get("fill-opacity")) < 0.5 for c in faint)
    assert "last week" in svg


def test_quadrant_without_scores_still_renders() -> None:
    """An unscored session has no dot, but the chart and its label still render."""
    svg = charts.quadrant(None)
    assert "unscored" in _parse(svg).get("aria-label")


def test_progress_draws_a_line_per_criterion_and_breaks_at_gaps() -> None:
    """Each criterion gets a line; an unscored session splits the line instead of dropping
    it to zero."""
    svg = charts.progress(
        {"Presence": [2.0, 3.0, None, 4.0, 4.5], "Next step": [1.0, 1.0, 2.0, 3.0, 5.0]},
        ["a", "b", "c", "d", "e"],
    )
    root = _parse(svg)
    lines = root.findall(".//s:polyline", NS)
    # Presence: [2,3] and [4,4.5] -> two segments; Next step: one.
    assert len(lines) == 3
    assert len(root.findall(".//s:circle", NS)) == 9


@pytest.mark.parametrize(
    ("n", "expect"),
    [
        pytest.param(0, "No sessions yet", id="empty"),
        pytest.param(1, "1 session", id="single"),
    ],
)
def test_progress_small_histories(n: int, expect: str) -> None:
    """No history shows an invitation; a single session shows a point, not an error."""
    svg = charts.progress({"Presence": [3.0] * n}, [f"s{i}" for i in range(n)])
    assert expect in svg
    _parse(svg)


def test_every_chart_is_labelled_for_screen_readers() -> None:
    """Each SVG carries role=img, an aria-label and a <title> with the numbers."""
    for svg in (
        charts.radar([("A", 3.0), ("B", 2.0), ("C", 1.0)]),
        charts.quadrant(charts.Point(3, 3)),
        charts.progress({"A": [3.0]}, ["x"]),
    ):
        root = _parse(svg)
        assert root.get("role") == "img" and root.get("aria-label")
        assert root.find("s:title", NS) is not None
        assert re.search(r"\d\.\d", root.get("aria-label"))
