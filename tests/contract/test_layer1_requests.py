"""What layer 1 actually sends, seen by a recording wrapper around the reference server.

- every request that carries a valid `Idempotency-Key` carries its own, in every phase (the spec's
  example key is never reused, so no request turns into a replay or a 409 it did not ask for);
- generated completion requests name the server's model and ask for streams: some are answered
  `200 text/event-stream`, and their events are checked (the `bad_completion_chunk` mutant shows
  a broken chunk is caught);
- the server's refusals of issue 14 (an unknown field is a `400 unknown_parameter`, an unknown
  model a `404 model_not_found`) are met by generated cases, and the run still passes: the
  harness does not cry wolf at them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.contract.conftest import Run
from tests.contract.mutants import WrappedServer

VALID_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")


@pytest.mark.slow
def test_every_request_has_its_own_key_and_streams_are_reached(harness: Callable[..., Run], tmp_path: Path) -> None:
    log = tmp_path / "requests.jsonl"
    server = WrappedServer(tmp_path / "recorded.db", "recorder", log=log).start()
    try:
        run = harness(
            "--base-url", server.base_url, "--layer", "spec", "--include", "create_thread,create_chat_completion",
            "--max-examples", "20", api_key=server.new_key("user_recorded"),
        )  # fmt: skip
    finally:
        server.stop()
    assert run.code == 0, run.stdout + run.stderr
    requests = [json.loads(line) for line in log.read_text().splitlines()]
    posts = [request for request in requests if request["method"] == "POST"]
    assert len(posts) > 100
    by_key = defaultdict(list)
    for request in posts:
        if request["key"] is not None and VALID_KEY.match(request["key"]):
            by_key[request["key"]].append(request)
    assert len(by_key) > 100
    for key, sharing in by_key.items():
        # schemathesis's ignored_auth check resends a request without (or with a wrong) key: 401 each time
        assert len([request for request in sharing if request["status"] != 401]) <= 1, (key, sharing)
    assert not [request for request in posts if request["path"] == "/v1/threads" and request["status"] == 409]
    streamed = [
        request
        for request in posts
        if request["path"] == "/v1/chat/completions"
        and request["stream"] is True
        and request["status"] == 200
        and request["content_type"].startswith("text/event-stream")
    ]
    assert len(streamed) >= 3, f"{len(streamed)} streamed completions answered 200"
    completions = [request for request in posts if request["path"] == "/v1/chat/completions"]
    refused = {(request["status"], request["code"]) for request in completions}
    assert (400, "unknown_parameter") in refused, sorted(refused, key=str)
    assert (404, "model_not_found") in refused, sorted(refused, key=str)
