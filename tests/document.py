"""openapi.yaml as data, for the tests that draw from it or fit it to a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DOCUMENT = Path(__file__).resolve().parents[1] / "openapi.yaml"


def load_document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return loaded
