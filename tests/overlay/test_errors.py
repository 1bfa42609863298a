"""Every non-2xx answer raises its typed error, envelope or not; transport failures too."""

from __future__ import annotations

import asyncio

import httpx
import parley
import pytest
from parley import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    ParleyError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnauthorizedError,
    UnprocessableEntityError,
)

from .conftest import Recorder, envelope, error_response, mock_async_client, mock_client
from .flavours import Flavour

BY_STATUS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (413, PayloadTooLargeError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (599, InternalServerError),
]


def test_the_hierarchy() -> None:
    for cls in (APIError, APIStatusError, APIConnectionError, APITimeoutError):
        assert issubclass(cls, ParleyError)
    assert issubclass(APIStatusError, APIError) and issubclass(APIConnectionError, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for _, cls in BY_STATUS:
        assert cls.__mro__[1] is APIStatusError
    assert UnauthorizedError is AuthenticationError
    assert ForbiddenError is PermissionDeniedError


@pytest.mark.parametrize(("status", "cls"), BY_STATUS)
def test_each_status_raises_its_class_with_the_envelope(status: int, cls: type[APIStatusError]) -> None:
    recorder = Recorder(lambda request: error_response(status, "some_code"))
    with pytest.raises(APIStatusError) as caught:
        mock_client(recorder, max_retries=0).threads.retrieve("thr_1")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.request_id == "req_hdr"
    assert error.code == "some_code"
    assert error.message == error.args[0] == str(error)
    assert str(error).startswith(f"{status} ")
    assert "some_code" in str(error) and "It failed." in str(error) and "req_hdr" in str(error)
    assert error.body == envelope(status, "some_code")
    assert error.error is not None and error.error.message == "It failed."
    assert error.response.status_code == status and error.request.url.path == "/v1/threads/thr_1"


@pytest.mark.parametrize("status", [402, 405, 408, 418, 451])
def test_statuses_the_spec_does_not_list_raise_apistatuserror(status: int, waits: list[float]) -> None:
    recorder = Recorder(lambda request: httpx.Response(status, json=envelope(status, "odd")))
    with pytest.raises(APIStatusError) as caught:
        mock_client(recorder, max_retries=0).threads.retrieve("thr_1")
    assert type(caught.value) is APIStatusError
    assert caught.value.status_code == status and caught.value.code == "odd"


def test_request_id_falls_back_to_the_envelope() -> None:
    recorder = Recorder(lambda request: httpx.Response(404, json=envelope(404, "thread_not_found", request_id="req_b")))
    with pytest.raises(NotFoundError) as caught:
        mock_client(recorder).threads.retrieve("thr_1")
    assert caught.value.request_id == "req_b"
    assert caught.value.type == "not_found_error"


@pytest.mark.parametrize(
    ("content", "content_type", "expected_body", "expected_in_message"),
    [
        (b"<html>Bad Gateway</html>", "text/html", "<html>Bad Gateway</html>", "<html>Bad Gateway</html>"),
        (b"", "text/plain", None, "(empty body)"),
        (b'{"detail": "chat session not found"}', "application/json", {"detail": "chat session not found"}, "detail"),
        (b'["a", "list"]', "application/json", ["a", "list"], "list"),
        (b'{"error": "just a string"}', "application/json", {"error": "just a string"}, "just a string"),
    ],
)
def test_non_envelope_bodies_still_raise(
    content: bytes, content_type: str, expected_body: object, expected_in_message: str
) -> None:
    recorder = Recorder(lambda request: httpx.Response(404, content=content, headers={"content-type": content_type}))
    with pytest.raises(NotFoundError) as caught:
        mock_client(recorder).threads.retrieve("thr_1")
    error = caught.value
    assert error.body == expected_body
    assert error.code is None and error.type is None and error.error is None and error.request_id is None
    assert str(error).startswith("404 Not Found: ")
    assert expected_in_message in str(error)
    assert "request id unknown" in str(error)


def test_a_502_text_body_is_an_internal_server_error(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: httpx.Response(502, text="upstream connect error"))
    with pytest.raises(InternalServerError, match="502 Bad Gateway: upstream connect error"):
        flavour.client(recorder).threads.retrieve("thr_1")
    assert recorder.count == 3


def test_a_2xx_that_breaks_the_contract_is_an_api_error() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"unexpected": True}, headers={"x-request-id": "r9"}))
    with pytest.raises(APIError) as caught:
        mock_client(recorder).threads.retrieve("thr_1")
    assert type(caught.value) is APIError
    assert "does not match the API contract" in str(caught.value) and "r9" in str(caught.value)
    assert caught.value.body == {"unexpected": True}


def test_connection_errors_and_timeouts(flavour: Flavour, waits: list[float]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(APIConnectionError) as caught:
        flavour.client(Recorder(refuse)).threads.retrieve("thr_1")
    assert type(caught.value) is APIConnectionError
    assert "ConnectError" in str(caught.value) and "after 3 attempts" in str(caught.value)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(APITimeoutError, match="timed out"):
        flavour.client(Recorder(slow)).threads.retrieve("thr_1")


def test_async_errors_are_the_same_classes() -> None:
    recorder = Recorder(lambda request: error_response(409, "run_active"))

    async def main() -> None:
        await mock_async_client(recorder).threads("thr_1").cancel()

    with pytest.raises(ConflictError) as caught:
        asyncio.run(main())
    assert caught.value.code == "run_active" and recorder.count == 1


def test_every_error_class_is_exported() -> None:
    for name in ("ParleyError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError"):
        assert name in parley.__all__
    for _, cls in BY_STATUS:
        assert getattr(parley, cls.__name__) is cls
