"""The document a contract run checks: openapi.yaml fitted to the server's own definitions."""

from __future__ import annotations

from typing import Any

import httpx

from tests.contract.specialize import specialize
from tests.document import load_document

DEFINITIONS = "/v1/opportunities/definitions"
VERSION = "2026-03-01"


def _headers(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Lightfield-Version": VERSION}


def _definitions(response: httpx.Response) -> dict[str, Any]:
    response.raise_for_status()
    definitions: dict[str, Any] = response.json()
    return definitions


def fetch_definitions(http: httpx.Client, key: str) -> dict[str, Any]:
    """GET /v1/opportunities/definitions from the server under test (any httpx client or transport)."""
    return _definitions(http.get(DEFINITIONS, headers=_headers(key)))


async def fetch_definitions_async(http: httpx.AsyncClient, key: str) -> dict[str, Any]:
    return _definitions(await http.get(DEFINITIONS, headers=_headers(key)))


def contract_document(definitions: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml with its write bodies fitted to these definitions."""
    return specialize(load_document(), definitions)
