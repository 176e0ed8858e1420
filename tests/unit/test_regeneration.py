"""The pipeline: the document validates, generated/ is reproducible, stale overrides stop it loudly."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]


def load_regenerate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "codegen" / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regenerate = load_regenerate()


def test_document_is_valid_openapi_3_1() -> None:
    document, _ = read_from_filename(str(ROOT / "openapi.yaml"))
    validate(document)
    assert document["openapi"].startswith("3.1")


def test_document_has_the_five_operations_with_links() -> None:
    document, _ = read_from_filename(str(ROOT / "openapi.yaml"))
    operations = {
        op["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    assert operations == {
        "definitions": ("GET", "/v1/opportunities/definitions"),
        "create": ("POST", "/v1/opportunities"),
        "update": ("POST", "/v1/opportunities/{id}"),
        "retrieve": ("GET", "/v1/opportunities/{id}"),
        "list": ("GET", "/v1/opportunities"),
    }
    links = document["paths"]["/v1/opportunities"]["post"]["responses"]["200"]["links"]
    assert {link["operationId"] for link in links.values()} == {"retrieve", "update"}


def test_committed_package_matches_a_fresh_regeneration() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "regenerate.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies of the document, templates and overrides that a test may break."""
    for name in ("openapi.yaml", "codegen/templates", "overrides"):
        source = ROOT / name
        target = tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copyfile(source, target)
    monkeypatch.setattr(regenerate, "DOCUMENT", tmp_path / "openapi.yaml")
    monkeypatch.setattr(regenerate, "TEMPLATES", tmp_path / "codegen" / "templates")
    monkeypatch.setattr(regenerate, "OVERRIDES", tmp_path / "overrides")
    monkeypatch.setattr(regenerate, "ROOT", tmp_path)
    return tmp_path


def build_error(tmp_path: Path) -> str:
    with pytest.raises(regenerate.RegenerationError) as caught:
        regenerate.build(tmp_path / "out" / "lightfield_opportunities")
    return str(caught.value)


def test_changed_schema_under_an_override_stops_regeneration(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = sandbox / "openapi.yaml"
    text = document.read_text()
    text = text.replace(
        '        valueType: {$ref: "#/components/schemas/FieldValueType"}\n    FieldMap:',
        '        valueType: {$ref: "#/components/schemas/FieldValueType"}\n'
        "        label: {type: string}\n    FieldMap:",
    )
    document.write_text(text)
    committed = ROOT / "generated" / "lightfield_opportunities"
    target = sandbox / "generated" / "lightfield_opportunities"
    shutil.copytree(committed, target, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(regenerate, "TARGET", target)
    monkeypatch.setattr(sys, "argv", ["regenerate.py"])
    assert regenerate.main() == 1
    message = capsys.readouterr().err
    assert "overrides/models/field_entry.py" in message and "changed" in message
    assert "nothing was written" in message
    assert regenerate.differences(committed, target) == []


def test_new_generator_template_stops_regeneration(sandbox: Path) -> None:
    template = sandbox / "codegen" / "templates" / "str_enum.py.jinja"
    lines = template.read_text().splitlines(keepends=True)
    lines[0] = "{# derived-from: str_enum.py.jinja sha256=" + "0" * 64 + " #}\n"
    template.write_text("".join(lines))
    assert "codegen/templates/str_enum.py.jinja" in build_error(sandbox)


def test_override_that_the_generator_now_writes_stops_regeneration(sandbox: Path) -> None:
    override = sandbox / "overrides" / "_json.py"
    override.write_text(override.read_text().replace("# override: adds _json.py", "# override: adds types.py"))
    assert "generator now writes types.py" in build_error(sandbox)


def test_patch_that_no_longer_matches_stops_regeneration(sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = regenerate.PATCHES[0]._replace(old="text the generator never wrote")
    monkeypatch.setattr(regenerate, "PATCHES", [stale])
    assert "codegen/patches.py" in build_error(sandbox)


def test_override_without_a_header_stops_regeneration(sandbox: Path) -> None:
    (sandbox / "overrides" / "stray.py").write_text("x = 1\n")
    assert "overrides/stray.py" in build_error(sandbox)


def test_every_override_says_what_it_replaces_or_adds() -> None:
    for source, kind, relative, pinned in regenerate.overrides():
        assert kind in ("replaces", "adds")
        assert (kind == "replaces") == (pinned is not None), source
        installed = ROOT / "generated" / "lightfield_opportunities" / relative
        assert installed.read_text().splitlines()[0] == source.read_text().splitlines()[0]
