"""The SDK runs on Python 3.10, the oldest version Parley supports."""

from __future__ import annotations

import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.generated.test_python310 import PYTHON310

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import asyncio, sys
assert sys.version_info[:2] == (3, 10), sys.version
import httpx
import parley
from parley import AsyncParley, NotFoundError, Parley
from parley.resources import admin, attachments, chat, models, sessions, threads, workspaces

THREAD = {"id": "thr_1", "title": None, "status": "active", "metadata": {}, "created_at": "2026-11-22T09:30:00Z",
          "updated_at": "2026-11-22T09:30:00Z", "last_message_at": None, "active_run_id": None, "item_count": 0}

def answer(request):
    if request.url.path == "/v1/threads" and request.method == "GET":
        return httpx.Response(200, json={"data": [THREAD], "has_more": False, "after": "thr_1"})
    if request.url.path == "/v1/threads/thr_1":
        return httpx.Response(200, json=THREAD)
    return httpx.Response(404, json={"error": {"type": "not_found_error", "message": "No.", "request_id": "r"}})

client = Parley(base_url="http://x", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert [t.id for t in client.threads.list()] == ["thr_1"]
try:
    client.threads.retrieve("nope")
except NotFoundError as error:
    assert error.request_id == "r"

async def main():
    transport = httpx.MockTransport(answer)
    async_client = AsyncParley(base_url="http://x", http_client=httpx.AsyncClient(transport=transport))
    assert (await async_client.threads("thr_1").retrieve()).id == "thr_1"
    assert [t.id async for t in async_client.threads.list()] == ["thr_1"]

asyncio.run(main())
print("ok")
"""


@pytest.mark.skipif(PYTHON310 is None, reason="no python3.10 on this machine")
def test_the_sdk_imports_and_works_on_310() -> None:
    path = [str(ROOT / "overlay"), str(ROOT / "generated"), sysconfig.get_paths()["purelib"]]
    result = subprocess.run(
        [str(PYTHON310), "-I", "-c", f"import sys; sys.path[:0] = {path!r}\n{PROBE}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
