"""Pins the mypyc-compiled move detector (simulator._moves_native, built by hatch_build.py).

The compiled ``detect`` must label exactly like the pure one, return the same picklable
:class:`Detection`, and never run when it was built from another version of the source. With
``REHEARSE_REQUIRE_NATIVE=1`` (as ``make test`` sets it) the compiled detector must be in use;
otherwise the tests that need it skip when it is absent (for example after a REHEARSE_PURE=1
install, or a build on a machine without a C compiler).
"""

from __future__ import annotations

import copy
import importlib.util
import inspect
import json
import os
import pickle
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hatch_build
from simulator import moves, movetypes
from simulator.moves import Detection, Move
from tests.test_moves import (
    CLOSED_QUESTIONS,
    NEGATIVES,
    NOT_REFLECTIONS,
    OPEN_QUESTIONS,
    OTHER_MOVES,
    REFLECTIONS,
    SWAMPED,
)

ROOT = Path(__file__).resolve().parent.parent
REQUIRE_NATIVE = os.environ.get("REHEARSE_REQUIRE_NATIVE", "") not in ("", "0")


def _native_or_skip() -> ModuleType:
    """The compiled module when it is built from the current source; else skip (or fail)."""
    detect, reason = moves._load_native()
    if detect is None:
        if REQUIRE_NATIVE:
            pytest.fail(f"REHEARSE_REQUIRE_NATIVE=1 but the detector is pure: {reason}")
        pytest.skip(f"compiled detector not usable: {reason}")
    from simulator import _moves_native

    return _moves_native


@pytest.fixture(scope="module")
def native() -> ModuleType:
    return _native_or_skip()


# --------------------------------------------------------------------------------------------
# Which detector runs
# --------------------------------------------------------------------------------------------


def test_compiled_detector_in_use_when_required() -> None:
    """With REHEARSE_REQUIRE_NATIVE=1, ``moves.detect`` runs the compiled detector."""
    if not REQUIRE_NATIVE:
        pytest.skip("REHEARSE_REQUIRE_NATIVE is not set")
    assert moves.IMPLEMENTATION == "compiled", (
        f"pure detector in use: {moves.IMPLEMENTATION_REASON}. Rebuild it with"
        " REHEARSE_MYPYC_REQUIRED=1 .venv/bin/pip install -e '.[dev,local,ray]'"
    )


def test_implementation_is_reported() -> None:
    """IMPLEMENTATION says which detector runs; the reason is empty exactly when compiled."""
    assert moves.IMPLEMENTATION in ("compiled", "pure")
    assert (moves.IMPLEMENTATION == "compiled") == (moves.IMPLEMENTATION_REASON == "")


def test_public_detect_keeps_its_docs_and_signature() -> None:
    """``moves.detect`` has the pure detect's docstring and signature, whichever runs."""
    assert moves.detect.__doc__ == moves.pure_detect.__doc__
    assert moves.detect.__doc__
    assert inspect.signature(moves.detect) == inspect.signature(moves.pure_detect)
    assert moves.detect.__module__ == "simulator.moves"


def test_types_are_the_plain_python_ones() -> None:
    """simulator.moves re-exports the pure-Python types; the compiled module uses the same."""
    assert moves.Move is movetypes.Move
    assert moves.Detection is movetypes.Detection
    assert moves.MOVE_ORDER is movetypes.MOVE_ORDER
    assert all(hasattr(moves, name) for name in moves.__all__)


# --------------------------------------------------------------------------------------------
# The same labels as the pure detector
# --------------------------------------------------------------------------------------------

_TABLES = (OPEN_QUESTIONS, CLOSED_QUESTIONS, REFLECTIONS, NOT_REFLECTIONS, OTHER_MOVES, NEGATIVES)
_EXTRA = [
    ("", None),
    ("   \n\t ", "   "),
    ("?!...,;", None),
    ("\x00\x00\x00", "\x00"),
    ("これは大変な週でした。", None),
    ("So you're swamped. What would help? Just drop the report.", SWAMPED),
    ("What would help? " + "blah " * 20_000 + "Let's check in on Friday.", "I'm swamped. " * 9_000),
    ("Wh-what happened? I-I mean [laughs] tell me more’s the point.", "It’s the launch."),
]
CASES = [
    pytest.param(p.values[0], prev, id=f"{p.id}-{tag}")
    for table in _TABLES
    for p in table
    for prev, tag in ((p.values[1], "own-prev"), (None, "no-prev"), (SWAMPED, "swamped"))
] + [pytest.param(text, prev, id=f"extra-{i}") for i, (text, prev) in enumerate(_EXTRA)]


@pytest.mark.parametrize(("text", "prev"), CASES)
def test_same_as_pure_on_the_hand_written_examples(
    native: ModuleType, text: str, prev: str | None
) -> None:
    """Every example of tests/test_moves.py (with its prev, none, and a long one) and some odd
    inputs get identical moves and cues from the compiled and the pure detector."""
    assert native.detect(text, prev) == moves.pure_detect(text, prev)


def _load_bench_label() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_bench_label", ROOT / "bench/bench_label.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_same_as_pure_on_generated_records(native: ModuleType) -> None:
    """5,000 records from bench/bench_label.py's generator label identically."""
    records = [json.loads(line) for line in _load_bench_label().make_records(5000, seed=7)]
    for record in records:
        text, prev = record["text"], record["prev"]
        assert native.detect(text, prev) == moves.pure_detect(text, prev), record


_CUES = (
    "so you what how why okay um tell me sounds like feel not sure calm down should have"
    " by friday let's check in wh-what i-i - -- ? . , ! ' [laughs] great job thanks"
    " handled really well need help plate next step always overwhelmed"
)
_SOUP = st.lists(st.sampled_from([*_CUES.split(), "\x00", "’"]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(), _SOUP),
    st.one_of(st.none(), st.text(max_size=80), _SOUP),
)
def test_same_as_pure_on_arbitrary_text(text: str, prev: str | None) -> None:
    """Arbitrary text and cue-word soup label identically (moves and cues)."""
    native = _native_or_skip()
    assert native.detect(text, prev) == moves.pure_detect(text, prev)


# --------------------------------------------------------------------------------------------
# Detections cross processes
# --------------------------------------------------------------------------------------------


def test_compiled_detection_pickles_and_copies(native: ModuleType) -> None:
    """A Detection from the compiled detector is the plain dataclass: it pickles and copies."""
    found = native.detect("So you're swamped. What would help?", SWAMPED)
    assert type(found) is Detection
    assert all(type(m) is Move for m in found.moves)
    assert pickle.loads(pickle.dumps(found)) == found
    assert copy.deepcopy(found) == found
    assert copy.copy(found) == found


def test_detect_runs_in_a_process_pool() -> None:
    """``moves.detect`` pickles by reference and its Detections come back from a spawned pool
    (batch scoring uses process pools), equal to the pure detector's."""
    texts = ["What would help?", "Calm down.", "You handled the client call really well."]
    assert pickle.loads(pickle.dumps(moves.detect)) is moves.detect
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        got = list(pool.map(moves.detect, texts, [SWAMPED] * len(texts)))
    assert got == [moves.pure_detect(t, SWAMPED) for t in texts]


# --------------------------------------------------------------------------------------------
# Never stale compiled code
# --------------------------------------------------------------------------------------------


def test_compiled_module_holds_no_loader(native: ModuleType) -> None:
    """The compiled copy stops at the marker: it never loads itself, and it is compiled."""
    assert not hasattr(native, "_load_native")
    assert not hasattr(native, "IMPLEMENTATION")
    assert type(native.detect).__name__ == "builtin_function_or_method"


def test_stale_compiled_module_is_not_used(native: ModuleType) -> None:
    """A compiled module whose embedded sha256 differs from the source's is refused."""
    assert moves.source_sha256() == native.BUILT_FROM_SHA256
    detect, reason = moves._load_native(lambda: "0" * 64)
    assert detect is None
    assert "another version" in reason


def test_rehearse_pure_forces_pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """REHEARSE_PURE=1 keeps the pure detector even when a compiled one is there."""
    monkeypatch.setenv("REHEARSE_PURE", "1")
    assert moves._load_native() == (None, "REHEARSE_PURE is set")


def test_missing_compiled_module_means_pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an importable compiled module the pure detector runs, and the reason says so."""
    monkeypatch.delenv("REHEARSE_PURE", raising=False)
    monkeypatch.setitem(sys.modules, "simulator._moves_native", None)
    detect, reason = moves._load_native()
    assert detect is None
    assert reason.startswith("no compiled detector")


def _copy_package(native: ModuleType, dest: Path) -> Path:
    """The detector's files and the compiled module in a fresh ``simulator`` package."""
    package = dest / "simulator"
    package.mkdir()
    for name in ("__init__.py", "moves.py", "movetypes.py"):
        shutil.copy2(ROOT / "simulator" / name, package / name)
    for built in Path(native.__file__).parent.glob("_moves_native*"):
        shutil.copy2(built, package / built.name)
    return package


def _implementation(path: Path, **env: str) -> list[str]:
    code = "import simulator.moves as m; print(m.IMPLEMENTATION); print(m.IMPLEMENTATION_REASON)"
    environ = {k: v for k, v in os.environ.items() if k != "REHEARSE_PURE"} | env
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=path, env=environ, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.mark.parametrize(
    ("edit", "env", "expected"),
    [
        pytest.param(None, {}, "compiled", id="unchanged-source"),
        pytest.param("moves.py", {}, "pure", id="edited-moves"),
        pytest.param("movetypes.py", {}, "pure", id="edited-movetypes"),
        pytest.param(None, {"REHEARSE_PURE": "1"}, "pure", id="rehearse-pure"),
        pytest.param(None, {"REHEARSE_PURE": "0"}, "compiled", id="rehearse-pure-0"),
    ],
)
def test_edited_source_runs_pure_until_rebuilt(
    native: ModuleType, tmp_path: Path, edit: str | None, env: dict[str, str], expected: str
) -> None:
    """In a copy of the package, the compiled module runs only while moves.py and
    movetypes.py are byte for byte those it was built from (and REHEARSE_PURE is unset)."""
    package = _copy_package(native, tmp_path)
    if edit:
        with (package / edit).open("a") as f:
            f.write("# edited\n")
    implementation, *reason = _implementation(tmp_path, **env)
    assert implementation == expected, reason
    if edit:
        assert "another version" in reason[0]


# --------------------------------------------------------------------------------------------
# The build hook
# --------------------------------------------------------------------------------------------


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []

    def display_warning(self, message: str) -> None:
        self.warnings.append(message)

    def display_info(self, message: str) -> None:
        pass


def _hook(root: Path) -> tuple[hatch_build.MypycMovesHook, _App]:
    app = _App()
    hook = hatch_build.MypycMovesHook(
        str(root), {}, None, None, str(root / "dist"), "wheel", app=app
    )
    return hook, app


def _fail(*args: Any) -> list[Path]:
    raise RuntimeError("no C compiler")


def test_failed_compile_builds_pure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A compile failure warns and leaves a pure-Python wheel."""
    monkeypatch.delenv("REHEARSE_PURE", raising=False)
    monkeypatch.delenv("REHEARSE_MYPYC_REQUIRED", raising=False)
    monkeypatch.setattr(hatch_build.MypycMovesHook, "_compile", _fail)
    hook, app = _hook(tmp_path)
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("standard", build_data)
    hook.finalize("standard", build_data, "")
    assert build_data == {"force_include": {}}
    assert len(app.warnings) == 1 and "no C compiler" in app.warnings[0]


def test_failed_compile_fails_when_required(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With REHEARSE_MYPYC_REQUIRED=1 a compile failure fails the build."""
    monkeypatch.delenv("REHEARSE_PURE", raising=False)
    monkeypatch.setenv("REHEARSE_MYPYC_REQUIRED", "1")
    monkeypatch.setattr(hatch_build.MypycMovesHook, "_compile", _fail)
    hook, _ = _hook(tmp_path)
    with pytest.raises(RuntimeError, match="REHEARSE_MYPYC_REQUIRED"):
        hook.initialize("standard", {"force_include": {}})


def test_editable_pure_build_removes_old_compiled_module(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An editable install with REHEARSE_PURE=1 compiles nothing and deletes the compiled
    files an earlier install left in the tree (and nothing else)."""
    monkeypatch.setenv("REHEARSE_PURE", "1")
    monkeypatch.setattr(hatch_build.MypycMovesHook, "_compile", _fail)
    package = tmp_path / "simulator"
    package.mkdir()
    suffix = hatch_build.sysconfig.get_config_var("EXT_SUFFIX")
    old = [package / f"_moves_native{suffix}", package / f"_moves_native__mypyc{suffix}"]
    for path in [*old, package / "moves.py"]:
        path.write_text("")
    hook, app = _hook(tmp_path)
    hook.initialize("editable", {"force_include": {}})
    assert not any(path.exists() for path in old)
    assert (package / "moves.py").exists()
    assert not app.warnings


def test_hook_hashes_like_the_runtime() -> None:
    """The hook's digest recipe (SOURCES, in order) matches ``moves.source_sha256()``."""
    import hashlib

    data = b"".join((ROOT / "simulator" / name).read_bytes() for name in hatch_build.SOURCES)
    assert hashlib.sha256(data).hexdigest() == moves.source_sha256()
    assert (ROOT / "simulator/moves.py").read_text().count(hatch_build.MARKER) == 1


def test_wheel_ships_the_compiled_detector(tmp_path: Path) -> None:
    """A wheel built here carries the compiled module under a platform tag, and an install
    of it (outside the checkout) runs the compiled detector."""
    if importlib.util.find_spec("mypyc") is None and not REQUIRE_NATIVE:
        pytest.skip("mypyc is not installed here (pip install -e '.[dev]')")
    env = {k: v for k, v in os.environ.items() if k != "REHEARSE_PURE"}
    env["REHEARSE_MYPYC_REQUIRED"] = "1"
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    out = tmp_path / "dist"
    subprocess.run(
        [*pip_wheel, "--no-build-isolation", "-w", str(out), str(ROOT)], check=True, env=env
    )
    wheel = next(out.glob("rehearse-*.whl"))
    assert not wheel.name.endswith("-py3-none-any.whl"), wheel.name
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "site")
    assert any(n.startswith("simulator/_moves_native.") for n in names), names
    assert "simulator/movetypes.py" in names
    assert "simulator/_data/rubrics/one-on-one.yaml" in names
    implementation, *reason = _implementation(tmp_path, PYTHONPATH=str(tmp_path / "site"))
    assert implementation == "compiled", reason
