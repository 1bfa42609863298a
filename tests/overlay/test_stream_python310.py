"""Streams work on Python 3.10: the SSE decoders, the generated `decode`rs, the flows, both clients."""

from __future__ import annotations

import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.generated.test_python310 import PYTHON310

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import asyncio, json, sys
assert sys.version_info[:2] == (3, 10), sys.version
import httpx
from parley import AsyncParley, Parley, StreamError

def chunk(content, finish=None, usage=None):
    delta = {} if content is None else {"content": content}
    return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "usage": usage,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], "system_fingerprint": "s",
            "session_id": "s"}

usage = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
chunks = [chunk("a"), chunk("b"), chunk(None, "stop", usage)]
body = b"".join(b"data: " + json.dumps(c).encode() + b"\\n\\n" for c in chunks)
body += b"data: [DONE]\\n\\n"
run = b"".join(
    f"id: {i}\\nevent: item.delta\\ndata: {json.dumps(e)}\\n\\n".encode()
    for i, e in enumerate([{"type": "item.delta", "run_id": "r", "sequence": 1, "item_id": "i",
                            "delta": {"type": "text", "text": "hi"}},
                           {"type": "error", "run_id": "r", "sequence": 2, "allow_retry": False,
                            "error": {"type": "stream_error", "message": "m", "request_id": "q"}}], 1)
)

def answer(request):
    content = run if request.url.path.endswith("/chat") else body
    return httpx.Response(200, headers={"content-type": "text/event-stream", "x-run-id": "r"}, content=content)

client = Parley(base_url="http://x", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
stream = client.chat.completions.create(model="m", messages="hi", stream=True)
assert stream.get_final_completion().choices[0].message.content == "ab"
texts = []
try:
    for text in client.threads("t").chat("hi").text_stream:
        texts.append(text)
except StreamError as error:
    assert texts == ["hi"] and error.request_id == "q" and error.allow_retry is False
else:
    raise AssertionError("the error event was swallowed")

async def main():
    transport = httpx.MockTransport(answer)
    async_client = AsyncParley(base_url="http://x", api_key="k", http_client=httpx.AsyncClient(transport=transport))
    stream = await async_client.chat.completions.create(model="m", messages="hi", stream=True)
    assert [t async for t in stream.text_stream] == ["a", "b"]

asyncio.run(main())
print("ok")
"""


@pytest.mark.skipif(PYTHON310 is None, reason="no python3.10 on this machine")
def test_streams_work_on_310() -> None:
    path = [str(ROOT / "overlay"), str(ROOT / "generated"), sysconfig.get_paths()["purelib"]]
    result = subprocess.run(
        [str(PYTHON310), "-I", "-c", f"import sys; sys.path[:0] = {path!r}\n{PROBE}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
