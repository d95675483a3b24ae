"""Hatchling build hook: compile the move detector (simulator/moves.py) with mypyc.

The compiled copy is the extension module ``simulator._moves_native``; ``simulator.moves``
uses its ``detect`` only when it was built from the very source on disk (see the end of
moves.py), so an edited moves.py runs as pure Python until the next install.

* Regular wheels get the extension module and a platform tag.
* Editable installs (``pip install -e .``) write it into the source tree as
  ``simulator/_moves_native*.so`` (gitignored), replacing any older ones.
* A failed compilation only warns and builds pure Python, unless REHEARSE_MYPYC_REQUIRED=1.
* REHEARSE_PURE=1 skips compiling.

Compilation happens in a temporary directory, on a copy of moves.py cut at its
``# mypyc: the compiled copy ends here`` marker, with the sha256 of the sources appended as
``BUILT_FROM_SHA256``. The result is imported and checked against the pure detector before it
is used.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MODULE = "_moves_native"
MARKER = "\n# mypyc: the compiled copy ends here\n"
# Sources hashed, in this order, exactly as simulator.moves.source_sha256() does.
SOURCES = ("moves.py", "movetypes.py")

# Run in the build environment against the fresh extension module: it must load, be chosen by
# simulator.moves, and agree with the pure detector.
SMOKE_TEST = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    import simulator.moves as m
    assert m.IMPLEMENTATION == "compiled", m.IMPLEMENTATION_REASON
    samples = [
        ("So you're swamped. What would help?", "I'm drowning in the launch work."),
        ("Calm down, it's not a big deal. You should have told me earlier.", None),
        ("You handled the client call really well. Let's check in on Friday.", "Thanks."),
        ("Why don't you just delegate it?", None),
        ("", None),
    ]
    for text, prev in samples:
        assert m.detect(text, prev) == m.pure_detect(text, prev), (text, prev)
    """
)


def _flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def _is_extension(path: Path) -> bool:
    return any(path.name.endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES)


class MypycMovesHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._tmp: str | None = None
        if self.target_name != "wheel":
            return
        package = Path(self.root, "simulator")
        editable = version == "editable"
        if editable:
            # Whatever happens below, no extension module from an earlier install stays.
            for old in package.glob(f"{MODULE}*"):
                if _is_extension(old):
                    old.unlink()
        if _flag("REHEARSE_PURE"):
            self.app.display_info("REHEARSE_PURE is set: the move detector stays pure Python")
            return
        self._tmp = tempfile.mkdtemp(prefix="rehearse-mypyc-")
        start = time.monotonic()
        try:
            built = self._compile(package, Path(self._tmp))
        except Exception as exc:
            message = f"mypyc could not compile simulator/moves.py: {exc}"
            if _flag("REHEARSE_MYPYC_REQUIRED"):
                raise RuntimeError(f"{message}\n(REHEARSE_MYPYC_REQUIRED is set)") from exc
            self.app.display_warning(
                f"WARNING: {message}\nBuilding with the pure-Python move detector (same results,"
                " slower). Set REHEARSE_MYPYC_REQUIRED=1 to make this an error."
            )
            return
        for path in built:
            if editable:
                shutil.copy2(path, package / path.name)
            else:
                build_data["force_include"][str(path)] = f"simulator/{path.name}"
        if not editable:
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
        self.app.display_info(
            f"mypyc: compiled simulator/moves.py in {time.monotonic() - start:.1f}s"
        )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _compile(self, package: Path, tmp: Path) -> list[Path]:
        """Build simulator/_moves_native in ``tmp``; return the extension files to ship."""
        sources = {name: (package / name).read_bytes() for name in SOURCES}
        digest = hashlib.sha256(b"".join(sources[name] for name in SOURCES)).hexdigest()
        text = sources["moves.py"].decode("utf-8")
        if text.count(MARKER) != 1:
            raise RuntimeError(f"moves.py must hold the line {MARKER.strip()!r} exactly once")
        compiled_part = text[: text.index(MARKER)]
        out = tmp / "simulator"
        out.mkdir()
        (out / "__init__.py").write_text("")
        for name, data in sources.items():
            (out / name).write_bytes(data)  # for the smoke test, and for mypy to read
        (out / f"{MODULE}.py").write_text(
            "# Generated by hatch_build.py from simulator/moves.py; do not edit.\n"
            f"{compiled_part}\n\n"
            f'BUILT_FROM_SHA256 = "{digest}"\n'
            '"""simulator.moves.source_sha256() of the source this module was compiled from."""\n',
            encoding="utf-8",
        )
        log = self._run([sys.executable, "-m", "mypyc", f"simulator/{MODULE}.py"], tmp)
        # The module (a shim, with current mypyc) and the library it loads, _moves_native__mypyc.
        built = sorted(p for p in out.glob(f"{MODULE}*") if _is_extension(p))
        if out / f"{MODULE}{sysconfig.get_config_var('EXT_SUFFIX')}" not in built:
            raise RuntimeError(f"mypyc built no simulator/{MODULE} module:\n{log[-4000:]}")
        self._run([sys.executable, "-c", SMOKE_TEST, str(tmp)], tmp)
        return built

    @staticmethod
    def _run(command: list[str], cwd: Path) -> str:
        # PYTHONPATH stays: pip's isolated build environment is found through it.
        env = {k: v for k, v in os.environ.items() if k != "REHEARSE_PURE"}
        proc = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
        if proc.returncode:
            output = (proc.stdout + proc.stderr).strip()
            raise RuntimeError(f"{command[:3]} failed:\n{output[-4000:]}")
        return proc.stdout + proc.stderr
