"""Regenerate ``generated/lightfield_opportunities`` from openapi.yaml, codegen/ and overrides/.

    python codegen/regenerate.py            validate, generate, install overrides, format, replace
    python codegen/regenerate.py --check    the same into a temporary folder; fail on any difference
    python codegen/regenerate.py --pins     print the hashes that overrides and templates pin

Every hand-made piece states what it was written against, and the run stops before anything is
written when that has changed:

- an override that *replaces* a generated file names it with the sha256 of the generator's output
  for it (``# override: replaces models/field_entry.py sha256=...``);
- an override that *adds* a file fails if the generator starts producing a file of that name;
- a custom template names the generator template it was derived from, with its sha256;
- a patch (codegen/patches.py) must find its text exactly as often as it says.

So a new generator version or a changed schema never ships a stale override silently: the message
names the override to review, and ``--pins`` prints the new hash to pin once it is reviewed.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patches import PATCHES  # noqa: E402  (codegen/ is a folder of scripts, not a package)

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi.yaml"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
OVERRIDES = ROOT / "overrides"
PACKAGE = "lightfield_opportunities"
TARGET = ROOT / "generated" / PACKAGE
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"  # keep equal to the pin in pyproject.toml

_OVERRIDE_HEADER = re.compile(r"^# override: (?P<kind>replaces|adds) (?P<path>\S+)(?: sha256=(?P<sha>\S+))?$")
_TEMPLATE_HEADER = re.compile(r"^\{# derived-from: (?P<name>\S+) sha256=(?P<sha>\S+) #\}$")


class RegenerationError(Exception):
    """Regeneration stopped; the message says what to review."""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generator_templates() -> Path:
    import openapi_python_client  # noqa: PLC0415 - only needed once the version is checked

    return Path(openapi_python_client.__file__).parent / "templates"


def check_generator() -> None:
    installed = importlib.metadata.version(GENERATOR)
    if installed != GENERATOR_VERSION:
        raise RegenerationError(
            f"{GENERATOR} {installed} is installed but the project pins {GENERATOR_VERSION}; "
            "run `make setup`, or move the pin deliberately and review every override."
        )


def check_document() -> None:
    document, _ = read_from_filename(str(DOCUMENT))
    validate(document)


def check_templates() -> list[str]:
    """Each custom template must still match the generator template it was derived from."""
    problems = []
    upstream = generator_templates()
    for template in sorted(TEMPLATES.glob("*.jinja")):
        match = _TEMPLATE_HEADER.match(template.read_text(encoding="utf-8").splitlines()[0])
        if match is None:
            problems.append(f"{template.relative_to(ROOT)}: first line must be {{# derived-from: NAME sha256=HEX #}}")
            continue
        source = upstream / match["name"]
        if not source.exists():
            problems.append(f"{template.relative_to(ROOT)}: the generator has no template {match['name']} any more")
        elif sha256(source) != match["sha"]:
            problems.append(
                f"{template.relative_to(ROOT)}: the generator's {match['name']} changed "
                f"(now sha256={sha256(source)}); review the custom template against it, then update its pin"
            )
    return problems


def overrides() -> list[tuple[Path, str, str, str | None]]:
    """(override file, kind, path inside the package, pinned sha256) for every override."""
    found = []
    for source in sorted(OVERRIDES.rglob("*.py")):
        first = source.read_text(encoding="utf-8").splitlines()[0]
        match = _OVERRIDE_HEADER.match(first)
        if match is None:
            raise RegenerationError(
                f"{source.relative_to(ROOT)}: first line must be '# override: replaces PATH sha256=HEX' "
                "or '# override: adds PATH'"
            )
        found.append((source, match["kind"], match["path"], match["sha"]))
    return found


def run_generator(package_dir: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(DOCUMENT),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--custom-template-path",
        str(TEMPLATES),
        "--overwrite",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    # The generator reports problems with the document as warnings and still exits 0.
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        raise RegenerationError(f"the generator failed or warned:\n{result.stdout}\n{result.stderr}")


def install_overrides(package_dir: Path) -> list[str]:
    """Check every override against the generator's output, then install them all, or none."""
    found = overrides()
    problems = []
    for source, kind, relative, pinned in found:
        target = package_dir / relative
        name = source.relative_to(ROOT)
        if kind == "replaces":
            if not target.exists():
                problems.append(f"{name}: the generator no longer writes {relative}; review the override")
                continue
            actual = sha256(target)
            if actual != pinned:
                problems.append(
                    f"{name}: the generator's {relative} changed (now sha256={actual}, pinned {pinned}); "
                    "review the override against the new output, then update its pin"
                )
        elif target.exists():
            problems.append(f"{name}: the generator now writes {relative} itself; review the override")
    if not problems:
        for source, _, relative, _ in found:
            target = package_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return problems


def apply_patches(package_dir: Path) -> list[str]:
    problems = []
    for patch in PATCHES:
        targets = sorted(package_dir.glob(patch.path))
        if not targets:
            problems.append(f"codegen/patches.py ({patch.why}): no file matches {patch.path}")
        for target in targets:
            if target.name == "__init__.py" and "*" in patch.path:
                continue  # a glob patches modules, not packages
            text = target.read_text(encoding="utf-8")
            count = text.count(patch.old)
            name = target.relative_to(package_dir)
            if count != patch.times:
                problems.append(
                    f"codegen/patches.py ({patch.why}): expected its text {patch.times} time(s) in {name}, "
                    f"found {count}"
                )
                continue
            target.write_text(text.replace(patch.old, patch.new), encoding="utf-8")
    return problems


def format_package(package_dir: Path) -> None:
    settings = ["--config", str(ROOT / "pyproject.toml")]
    for args in (["check", "--fix-only", "--quiet", "--exit-zero"], ["format", "--quiet"]):
        subprocess.run([sys.executable, "-m", "ruff", *args, *settings, str(package_dir)], check=True)


def build(package_dir: Path) -> None:
    """Write the whole package into ``package_dir`` (which must not exist)."""
    check_generator()
    check_document()
    problems = check_templates()
    if problems:
        raise RegenerationError("\n".join(problems))
    run_generator(package_dir)
    problems = install_overrides(package_dir) + apply_patches(package_dir)
    if problems:
        raise RegenerationError("\n".join(problems))
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    for cache in package_dir.rglob("__pycache__"):
        shutil.rmtree(cache)
    format_package(package_dir)


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, with a unified diff of each text file."""
    out: list[str] = []

    def walk(compare: filecmp.dircmp[str], prefix: str) -> None:
        for name in compare.left_only:
            out.append(f"only in the committed package: {prefix}{name}")
        for name in compare.right_only:
            out.append(f"only in the regenerated package: {prefix}{name}")
        for name in compare.diff_files + compare.funny_files:
            out.append(f"differs: {prefix}{name}")
            old = (Path(compare.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            new = (Path(compare.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            out.extend(difflib.unified_diff(old, new, f"committed/{prefix}{name}", f"regenerated/{prefix}{name}"))
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return out


def print_pins() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        package_dir = Path(tmp) / PACKAGE
        run_generator(package_dir)
        for source, kind, relative, pinned in overrides():
            if kind == "replaces":
                actual = sha256(package_dir / relative)
                state = "ok" if actual == pinned else "CHANGED"
                print(f"{source.relative_to(ROOT)}: replaces {relative} sha256={actual} [{state}]")
    upstream = generator_templates()
    for template in sorted(TEMPLATES.glob("*.jinja")):
        name = template.name
        print(f"{template.relative_to(ROOT)}: derived-from {name} sha256={sha256(upstream / name)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh build")
    parser.add_argument("--pins", action="store_true", help="print the hashes overrides and templates pin")
    args = parser.parse_args()
    if args.pins:
        print_pins()
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        package_dir = Path(tmp) / PACKAGE
        try:
            build(package_dir)
        except RegenerationError as exc:
            print(f"regeneration stopped, nothing was written:\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = differences(TARGET, package_dir) if TARGET.exists() else ["generated/ is missing"]
            if diff:
                sys.stderr.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
                print("generated/ is stale: run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated/ matches openapi.yaml, codegen/ and overrides/")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package_dir, TARGET)
    print(f"regenerated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
