"""The document a contract run checks: openapi.yaml fitted to the server's own definitions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.contract.specialize import specialize

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi.yaml"
VERSION = "2026-03-01"


def load_document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


def fetch_definitions(http: httpx.Client, key: str) -> dict[str, Any]:
    """GET /v1/opportunities/definitions from the server under test (any httpx client or transport)."""
    response = http.get(
        "/v1/opportunities/definitions", headers={"Authorization": f"Bearer {key}", "Lightfield-Version": VERSION}
    )
    response.raise_for_status()
    definitions: dict[str, Any] = response.json()
    return definitions


async def fetch_definitions_async(http: httpx.AsyncClient, key: str) -> dict[str, Any]:
    response = await http.get(
        "/v1/opportunities/definitions", headers={"Authorization": f"Bearer {key}", "Lightfield-Version": VERSION}
    )
    response.raise_for_status()
    definitions: dict[str, Any] = response.json()
    return definitions


def contract_document(definitions: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml with its write bodies fitted to these definitions."""
    return specialize(load_document(), definitions)
