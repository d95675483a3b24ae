"""Finding personas and rubrics: built-ins, user folders and the environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.content import catalog
from simulator.errors import ConfigError, ValidationErrors

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def _fresh_cache():
    catalog.personas.cache_clear()
    catalog.rubrics.cache_clear()
    yield
    catalog.personas.cache_clear()
    catalog.rubrics.cache_clear()


def test_builtins_load() -> None:
    """The shipped personas and rubrics load and include the required ones."""
    assert len(catalog.personas()) >= 6
    assert {"one-on-one", "compassionate-leadership"} <= set(catalog.rubrics())


def test_extra_folder_adds_personas() -> None:
    """--personas DIR adds the user's own personas next to the built-ins."""
    found = catalog.personas((str(FIXTURES / "personas"),))
    assert "tiny" in found and len(found) == len(catalog.personas()) + 1


def test_environment_variable_adds_personas(monkeypatch: pytest.MonkeyPatch) -> None:
    """REHEARSE_PERSONAS works like the option."""
    monkeypatch.setenv("REHEARSE_PERSONAS", str(FIXTURES / "personas"))
    assert "tiny" in catalog.personas()


def test_broken_user_file_is_reported_with_its_name(tmp_path: Path) -> None:
    """A broken file in a user folder fails loudly, naming the file, not silently skipped."""
    shutil.copy(FIXTURES / "broken" / "bad-move.yaml", tmp_path)
    with pytest.raises(ValidationErrors, match=r"bad-move\.yaml:20"):
        catalog.personas((str(tmp_path),))


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(lambda: catalog.get_persona("nobody"), "known personas:", id="persona"),
        pytest.param(lambda: catalog.get_rubric("nothing"), "known rubrics:", id="rubric"),
        pytest.param(
            lambda: catalog.personas(("/no/such/dir",)), "folder does not exist", id="folder"
        ),
    ],
)
def test_unknown_ids_list_the_known_ones(call, expected: str) -> None:
    """Asking for something that does not exist says what does."""
    with pytest.raises(ConfigError, match=expected):
        call()


def test_wheel_layout_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed wheel's simulator/_data folder is used when present."""
    pkg = tmp_path / "simulator"
    (pkg / "_data" / "personas").mkdir(parents=True)
    monkeypatch.setattr(catalog, "_PACKAGE", pkg)
    assert catalog.builtin_dir("personas") == pkg / "_data" / "personas"


_REPO = Path(__file__).parents[2]


@pytest.mark.parametrize(
    "folder", [pytest.param("personas", id="personas"), pytest.param("rubrics", id="rubrics")]
)
def test_shipped_yaml_has_no_text_cut_by_a_comment(folder: str) -> None:
    """In YAML, " #" starts a comment even inside an unquoted value, so "the #incidents
    discussion" silently lost everything after "the" (the debrief showed "Someone asks for
    the"). Shipped values holding " #" must be quoted."""
    cut = []
    for path in sorted((_REPO / folder).glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            body = line.strip()
            if body.startswith("- ") and ": " not in body:
                value = body[2:].lstrip()  # a list item
            elif ": " in body and not body.startswith("#"):
                value = body.split(": ", 1)[1].lstrip()
            else:
                continue
            if " #" in value and value[:1] not in "\"'|>":
                cut.append(f"{path.name}:{number}: {body}")
    assert not cut, "\n".join(cut)
