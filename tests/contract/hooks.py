"""Schemathesis extensions for contract runs (imported by the pytest run; SCHEMATHESIS_HOOKS for the CLI)."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.core.transport import Response


@schemathesis.check
def key_accepted(ctx: schemathesis.CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A contract run sends its API key with every request it makes, so a 401 to a request that
    carries a key means the server refused the run's key. Schemathesis counts a documented 401 as
    conforming, and a run with a wrong key would otherwise pass every check while testing nothing.
    (Schemathesis' own probes without credentials carry no key, and their 401 is right.)"""
    if response.status_code == 401 and "authorization" in {name.lower() for name in response.request.headers}:
        raise AssertionError(
            "The server answered 401 to a request carrying the run's API key: the key is wrong or "
            "was not accepted, so this run proves nothing. Check KEY."
        )
    return None
