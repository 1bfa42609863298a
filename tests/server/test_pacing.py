"""Pacing of the built-in models: `--token-delay` apart, but no answer paced over more than 2 s.

Without the bound a 32,768-token answer at the default 5 ms would take 164 s, and a client
waiting for it as JSON (schemathesis in `make contract`, 15 s a request) would time out.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from parley_server.config import ServerConfig

from tests.live_server import LiveServer


@pytest.mark.parametrize(
    ("tokens", "delay"),
    [(1, 0.005), (200, 0.005), (400, 0.005), (800, 0.0025), (32768, 2.0 / 32768), (0, 0.005)],
)
def test_pace_is_the_token_delay_up_to_the_time_limit(tokens: int, delay: float) -> None:
    """Short answers keep the configured delay; a long one is spread over `max_pace_seconds`."""
    assert ServerConfig(db_path=Path("x.db")).pace(tokens) == pytest.approx(delay)


def test_a_zero_delay_stays_zero() -> None:
    """`--token-delay 0` (load tests) is never slowed down."""
    assert ServerConfig(db_path=Path("x.db"), token_delay=0.0).pace(32768) == 0.0


def test_the_longest_answer_at_the_default_delay_is_answered_within_a_client_timeout(tmp_path: Path) -> None:
    """A non-streamed thread chat of 32,768 tokens at the default 5 ms answers before a 15 s timeout."""
    live = LiveServer(tmp_path / "parley.db", token_delay=0.005).start()
    try:
        with live.client() as client:
            client.timeout = httpx.Timeout(15.0)
            thread = client.post("/v1/threads", json={}).json()
            message = {"role": "user", "content": "Tell me everything."}
            body = {"messages": [message], "model": "lorem-1", "max_tokens": 32768, "stream": False}
            answer = client.post(f"/v1/threads/{thread['id']}/chat", json=body)
        assert answer.status_code == 200, answer.text
        assert answer.json()["run"]["status"] == "completed"
        assert answer.json()["run"]["usage"]["completion_tokens"] == 32768
    finally:
        live.stop()
