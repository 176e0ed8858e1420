"""2. One list() call end to end over httpx.MockTransport: what a client adds on top of the network."""

from __future__ import annotations

import json

import httpx
import lightfield
from lightfield_opportunities import Lightfield

from bench.payload import page_bytes
from bench.timing import Row, per_call

SECTION = "2. list() over MockTransport"
BASE = "https://api.example.test"
KEY = "sk_bench"


def transport(raw: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=raw, headers=headers))


def run(number: int = 200, repeat: int = 9) -> list[Row]:
    raw = page_bytes()
    expected = json.loads(raw)
    floor_client = httpx.Client(base_url=BASE, transport=transport(raw))
    headers = {"Authorization": f"Bearer {KEY}", "Lightfield-Version": "2026-03-01"}

    def floor() -> object:
        return floor_client.get("/v1/opportunities", params={"limit": 25, "offset": 0}, headers=headers).json()

    # rate_limit=None: a MockTransport answers in microseconds, so the client's 25/s pacing would
    # time the limiter's sleeps instead of the client.
    ours = Lightfield(api_key=KEY, base_url=BASE, http_client=httpx.Client(transport=transport(raw)), rate_limit=None)
    official = lightfield.Lightfield(api_key=KEY, base_url=BASE, http_client=httpx.Client(transport=transport(raw)))

    assert floor() == expected
    page = ours.opportunity.list(limit=25)
    assert page.to_dict() == expected
    peer = official.opportunity.list(limit=25)
    assert peer.total_count == expected["totalCount"] and peer.data[0].id == expected["data"][0]["id"]

    floor_time = per_call(floor, number=number, repeat=repeat)
    return [
        Row(SECTION, "raw httpx + .json()", floor_time, "s"),
        Row(
            SECTION,
            "lightfield_opportunities",
            per_call(lambda: ours.opportunity.list(limit=25), number=number, repeat=repeat),
            "s",
            floor_time,
        ),
        Row(
            SECTION,
            "lightfield SDK",
            per_call(lambda: official.opportunity.list(limit=25), number=number, repeat=repeat),
            "s",
            floor_time,
        ),
    ]
