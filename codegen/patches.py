"""Small edits to generated files, each too small to justify replacing the whole file.

Each patch must find its ``old`` text exactly ``times`` times in the generator's output, or regeneration
stops and names it: a patch is never applied to code it was not written against.
"""

from __future__ import annotations

from typing import NamedTuple


class Patch(NamedTuple):
    path: str  # inside the package; a glob patches every file it matches
    old: str
    new: str
    why: str
    times: int = 1  # how many times ``old`` must occur; every occurrence is replaced


PATCHES = [
    Patch(
        path="client.py",
        old='    token: str\n    """The token to use for authentication"""',
        new='    token: str = field(repr=False)\n    """The token to use for authentication (left out of repr)"""',
        why="the generated AuthenticatedClient printed the API key in its repr",
    ),
    Patch(
        path="types.py",
        old="class Unset:\n    def __bool__(self) -> Literal[False]:\n        return False\n",
        new=(
            "class Unset:\n    def __bool__(self) -> Literal[False]:\n        return False\n\n"
            '    def __repr__(self) -> str:\n        return "UNSET"\n'
        ),
        why="the generated UNSET printed as an object address in every model's repr",
    ),
    Patch(
        path="client.py",
        old='_timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")',
        new=(
            "_timeout: httpx.Timeout | None = field(\n"
            '        factory=lambda: httpx.Timeout(30.0, connect=5.0), kw_only=True, alias="timeout"\n'
            "    )"
        ),
        why="the generated Client and AuthenticatedClient had no timeout by default, so a call could hang",
        times=2,
    ),
    Patch(
        path="api/*/*.py",
        old=(
            "    return Response(\n"
            "        status_code=HTTPStatus(response.status_code),\n"
            "        content=response.content,\n"
            "        headers=response.headers,\n"
            "        parsed=_parse_response(client=client, response=response),\n"
            "    )\n"
        ),
        new=(
            "    from ..._lowlevel import build_response  # noqa: PLC0415  (codegen/patches.py)\n\n"
            "    return build_response(response, lambda: _parse_response(client=client, response=response))\n"
        ),
        why="the generated low-level functions raised ValueError for a status like 520 and "
        "JSONDecodeError for an HTML error page",
    ),
    Patch(
        path="types.py",
        old="    status_code: HTTPStatus\n",
        new="    status_code: HTTPStatus | int  # an int for a status HTTPStatus does not know (520, say)\n",
        why="a status the standard library does not know has no HTTPStatus member",
    ),
]
