"""Completion streams (`Stream`, `AsyncStream`) over a MockTransport: chunks, helpers, errors, closing.

Every test runs for `Parley` and `AsyncParley` (the `flavour` fixture), but those that check what
the garbage collector does for a synchronous stream dropped unread.
"""

from __future__ import annotations

import gc
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parley import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    Parley,
    ParleyError,
    StreamError,
)
from parley_client.models.chat_completion import ChatCompletion
from parley_client.models.chat_completion_chunk import ChatCompletionChunk

from .conftest import BASE_URL
from .flavours import Flavour, unwrap
from .stream_helpers import SSE, USAGE, AsyncBody, Body, chunk, frames, split, text_stream

WORDS = ["Lorem", " ipsum", " dolor"]


class Server:
    """A MockTransport handler answering each request with the next `Body`."""

    def __init__(self, *bodies: Body | AsyncBody, headers: dict[str, str] | None = None) -> None:
        self.bodies = list(bodies)
        self.headers = headers or SSE
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, headers=self.headers, stream=self.bodies.pop(0))


def client_for(flavour: Flavour, server: Server, **kwargs: Any) -> Any:
    return flavour.client(server, max_retries=0, **kwargs)


def open_stream(client: Any, **kwargs: Any) -> Any:
    return client.chat.completions.create(model="lorem-1", messages="hi", stream=True, **kwargs)


def expected_completion(content: str | None, tool_calls: Any = None, finish: str = "stop") -> ChatCompletion:
    message = {"role": "assistant", "content": content, "refusal": None}
    if tool_calls is not None:  # left out when there are none, as the contract has it
        message["tool_calls"] = tool_calls
    return ChatCompletion.from_dict(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1795340400,
            "model": "lorem-1",
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": finish,
                    "logprobs": None,
                }
            ],
            "usage": USAGE,
            "system_fingerprint": "fp_1",
            "session_id": "sess_1",
        }
    )


# -- chunks and helpers ---------------------------------------------------------------------------


def test_chunks_arrive_typed_and_add_up_to_the_completion(flavour: Flavour) -> None:
    body = flavour.body(split(text_stream(WORDS), 7))
    server = Server(body)
    stream = open_stream(client_for(flavour, server))
    assert isinstance(unwrap(stream), flavour.Stream) and stream.session_id is None and stream.usage is None
    chunks = []
    for item in stream:
        assert type(item) is ChatCompletionChunk
        chunks.append(item)
        assert stream.session_id == "sess_1"
    assert [c.choices[0].delta.content for c in chunks[1:4]] == WORDS
    assert stream.usage is not None and stream.usage.total_tokens == 12
    assert stream.system_fingerprint == "fp_1" and stream.metadata["system_fingerprint"] == "fp_1"
    assert stream.metadata["usage"] == stream.usage and stream.request_id == "req_stream"
    assert stream.get_final_completion() == expected_completion("Lorem ipsum dolor")
    assert body.closed and stream.closed
    sent = server.requests[0]
    assert json.loads(sent.content)["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"


def test_get_final_completion_reads_the_whole_stream_itself(flavour: Flavour) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([text_stream(WORDS)]))))
    assert stream.get_final_completion().choices[0].message.content == "Lorem ipsum dolor"
    assert stream.get_final_completion().usage.total_tokens == 12  # again: same answer


def test_text_stream_yields_the_first_choices_content(flavour: Flavour) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([text_stream(WORDS)]))))
    assert list(stream.text_stream) == WORDS


def test_tool_calls_are_accumulated_by_index(flavour: Flavour) -> None:
    calls = [
        {"index": 0, "id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": ""}},
        {"index": 1, "id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": ""}},
    ]
    body = frames(
        chunk(delta={"role": "assistant", "content": None}),
        chunk(delta={"tool_calls": calls[:1]}),
        chunk(delta={"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
        chunk(delta={"tool_calls": calls[1:]}),
        chunk(delta={"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
        chunk(delta={"tool_calls": [{"index": 1, "function": {"arguments": "{}"}}]}),
        chunk(finish="tool_calls", usage=USAGE),
    )
    completion = open_stream(client_for(flavour, Server(flavour.body(split(body, 13))))).get_final_completion()
    expected = [
        {"id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
        {"id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": "{}"}},
    ]
    assert completion == expected_completion(None, expected, "tool_calls")


def test_several_choices_are_accumulated_apart(flavour: Flavour) -> None:
    def pair(first: str, second: str) -> dict[str, Any]:
        return chunk(
            choices=[
                {"index": 0, "delta": {"content": first}, "finish_reason": None},
                {"index": 1, "delta": {"content": second}, "finish_reason": None},
            ]
        )

    last = chunk(
        choices=[{"index": i, "delta": {}, "finish_reason": "stop"} for i in (0, 1)],
        usage=USAGE,
    )
    completion = open_stream(
        client_for(flavour, Server(flavour.body([frames(pair("a", "x"), pair("b", "y"), last)])))
    ).get_final_completion()
    assert [c.message.content for c in completion.choices] == ["ab", "xy"]


def test_a_long_stream_keeps_its_text_compactly(flavour: Flavour) -> None:
    words = [f"w{i} " for i in range(3000)]
    stream = open_stream(client_for(flavour, Server(flavour.body(split(text_stream(words), 4096)))))
    assert stream.get_final_completion().choices[0].message.content == "".join(words)


# -- errors -----------------------------------------------------------------------------------------

ERROR = {
    "type": "api_error",
    "message": "The model failed.",
    "code": "model_error",
    "param": None,
    "request_id": "req_9",
}


def test_an_error_frame_raises_stream_error_with_the_servers_fields(flavour: Flavour) -> None:
    body = flavour.body([frames(chunk(delta={"role": "assistant", "content": ""}), chunk("Hi"), {"error": ERROR})])
    stream = open_stream(client_for(flavour, Server(body)))
    seen = []
    with pytest.raises(StreamError) as caught:
        for item in stream:
            seen.append(item.choices[0].delta.content)
    assert seen == ["", "Hi"]
    error = caught.value
    assert (error.type, error.code, error.request_id) == ("api_error", "model_error", "req_9")
    assert error.message.startswith("Stream error api_error (model_error): The model failed.")
    assert error.error is not None and error.error.message == "The model failed."
    assert body.closed


def test_get_final_completion_raises_the_error_frame_too(flavour: Flavour) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([frames({"error": ERROR})]))))
    with pytest.raises(StreamError, match="The model failed"):
        stream.get_final_completion()


@pytest.mark.parametrize(
    ("pieces", "error", "expected", "message"),
    [
        ([frames(chunk("a"), done=False)], None, APIConnectionError, "ended before `data: \\[DONE\\]`"),
        ([frames(chunk("a"), done=False)], httpx.RemoteProtocolError("peer closed"), APIConnectionError, "peer closed"),
        ([frames(chunk("a"), done=False)], httpx.ReadError("reset"), APIConnectionError, "cannot be resumed"),
        ([frames(chunk("a"), done=False)], httpx.ReadTimeout("slow"), APITimeoutError, "no data for 7.0 s"),
    ],
)
def test_a_broken_or_truncated_stream_raises_a_connection_error(
    flavour: Flavour, pieces: list[bytes], error: Exception | None, expected: type[Exception], message: str
) -> None:
    body = flavour.body(pieces, error)
    stream = open_stream(client_for(flavour, Server(body)), stream_idle_timeout=7)
    with pytest.raises(expected, match=message):
        list(stream)
    assert body.closed


@pytest.mark.parametrize(
    ("pieces", "error", "cause"),
    [
        ([frames(chunk("a"), {"error": ERROR})], None, "StreamError: Stream error api_error \\(model_error\\)"),
        ([frames(chunk("a"), done=False)], httpx.ReadError("reset"), "APIConnectionError: The connection broke"),
        ([frames(chunk("a"), done=False)], None, "APIConnectionError: The stream ended before `data: \\[DONE\\]`"),
    ],
    ids=["error-frame", "cut", "no-done"],
)
def test_after_a_stream_failed_the_final_completion_says_why_and_a_new_loop_says_it_was_read(
    flavour: Flavour, pieces: list[bytes], error: Exception | None, cause: str
) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body(pieces, error))))
    with pytest.raises(ParleyError):
        list(stream)
    with pytest.raises(ParleyError, match=rf"^The stream failed \({cause}.*\), so there is no final completion\.$"):
        stream.get_final_completion()
    with pytest.raises(ParleyError, match=r"^This stream was read already; a stream can be read once\.$"):
        list(stream)


@pytest.mark.parametrize("payload", ["{not json", "[1, 2]", '"a string"', '{"id": "x"}', "{} trailing", "[" * 100_000])
def test_an_event_that_is_not_a_chunk_raises_api_error(flavour: Flavour, payload: str) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([frames(chunk("a"), payload)]))))
    with pytest.raises(APIError, match="does not match the API contract") as caught:
        list(stream)
    assert not isinstance(caught.value, (StreamError, APIConnectionError))


def test_whitespace_around_the_json_is_what_json_loads_makes_of_it(flavour: Flavour) -> None:
    body = frames(" " + json.dumps(chunk("a")) + " ", chunk(finish="stop", usage=USAGE))
    assert (
        open_stream(client_for(flavour, Server(flavour.body([body])))).get_final_completion().choices[0].message.content
        == "a"
    )


def test_an_answer_that_is_not_an_event_stream_raises_api_error(flavour: Flavour) -> None:
    server = Server(flavour.body([b'{"id": "chatcmpl-1"}']), headers={"content-type": "application/json"})
    with pytest.raises(APIError, match="Expected a text/event-stream answer") as caught:
        open_stream(client_for(flavour, server))
    assert caught.value.body == {"id": "chatcmpl-1"}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=300)
    | st.lists(st.sampled_from([b"data: ", b"{}", b"[DONE]", b"\n\n", b"\r"])).map(b"".join)
)
def test_arbitrary_bytes_raise_nothing_but_parley_errors(flavour: Flavour, body: bytes) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body(split(body, 5)))))
    try:
        for _ in stream:
            pass
        stream.get_final_completion()
    except ParleyError:
        pass


# -- closing ----------------------------------------------------------------------------------------


def first_event_pieces(body: bytes, size: int) -> int:
    """How many pieces of `size` bytes hold the body's first event."""
    return -(-(body.index(b"\n\n") + 2) // size)


def test_breaking_out_of_the_loop_closes_the_response_at_once(flavour: Flavour) -> None:
    whole = text_stream(WORDS * 50)
    body = flavour.body(split(whole, 64))
    stream = open_stream(client_for(flavour, Server(body)))
    for _ in stream:
        break
    assert body.closed and stream.closed
    assert body.read == first_event_pieces(whole, 64) < len(body.pieces)


def test_an_exception_in_the_loop_closes_the_response(flavour: Flavour) -> None:
    body = flavour.body([text_stream(WORDS)])
    with pytest.raises(KeyError):
        for _ in open_stream(client_for(flavour, Server(body))):
            raise KeyError("caller's bug")
    assert body.closed


def test_leaving_the_with_block_closes_and_iteration_stops_after_close(flavour: Flavour) -> None:
    body = flavour.body(split(text_stream(WORDS), 10))
    with open_stream(client_for(flavour, Server(body))) as stream:
        iterator = iter(stream)
        next(iterator)
    assert body.closed
    assert list(iterator) == []
    with pytest.raises(ParleyError, match="incomplete"):
        stream.get_final_completion()


def test_a_sync_stream_dropped_unread_is_closed() -> None:
    """Sync only: an async response cannot be closed from `__del__` (use `async with`)."""
    body = Body([text_stream(WORDS)])
    stream = open_stream(client_for(Flavour("sync"), Server(body)))
    del stream
    assert body.closed


def test_iterating_a_temporary_stream_works_to_the_end(flavour: Flavour) -> None:
    body = flavour.body(split(text_stream(WORDS), 3))
    assert len(list(open_stream(client_for(flavour, Server(body))))) == 5
    gc.collect()
    assert body.closed


def test_done_is_followed_by_reading_the_end_of_the_body(flavour: Flavour) -> None:
    body = flavour.body([text_stream(WORDS), b": trailing bytes the server sent\n\n"])
    stream = open_stream(client_for(flavour, Server(body)))
    assert len(list(stream)) == 5
    assert body.read == 2 and body.closed


def test_next_reads_chunk_by_chunk_and_a_loop_continues_from_there(flavour: Flavour) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([text_stream(WORDS)]))))
    assert next(stream).choices[0].delta.role == "assistant"
    assert next(stream).choices[0].delta.content == "Lorem"
    rest = list(stream)
    assert [c.choices[0].delta.content for c in rest[:2]] == [" ipsum", " dolor"]
    assert rest[2].choices[0].finish_reason == "stop" and len(rest) == 3
    with pytest.raises(StopIteration):
        next(stream)


def test_a_stream_is_read_once(flavour: Flavour) -> None:
    stream = open_stream(client_for(flavour, Server(flavour.body([text_stream(WORDS)]))))
    iterator = iter(stream)
    next(iterator)
    with pytest.raises(ParleyError, match="already being iterated"):
        next(iter(stream))
    with pytest.raises(ParleyError, match="being iterated elsewhere"):
        stream.get_final_completion()


# -- timeouts -----------------------------------------------------------------------------------------


def test_the_idle_timeout_is_the_read_timeout_of_stream_requests_only(flavour: Flavour) -> None:
    server = Server(
        flavour.body([text_stream(WORDS)]), flavour.body([text_stream(WORDS)]), flavour.body([text_stream(WORDS)])
    )
    client = client_for(flavour, server, stream_idle_timeout=12.5)
    list(open_stream(client))
    list(open_stream(client, stream_idle_timeout=None))
    list(open_stream(client.with_options(stream_idle_timeout=3)))
    reads = [request.extensions["timeout"]["read"] for request in server.requests]
    assert reads == [12.5, None, 3.0]
    assert server.requests[0].extensions["timeout"]["connect"] == 5.0
    assert Parley(base_url=BASE_URL).stream_idle_timeout == 60.0
    with pytest.raises(ValueError, match="stream_idle_timeout must be"):
        Parley(base_url=BASE_URL, stream_idle_timeout=0)
