"""The one request pipeline, written once as flows: auth headers → send → retry → raise.

Every API call, streaming ones included, goes through `Pipeline.send`:

1. resolve the auth headers (calling a `headers=` callable each attempt);
2. build the request from the `Prepared` call (same `Idempotency-Key` on every attempt);
3. send it; on a transport failure or a retryable status, wait (`_retry`) and go to 1;
4. on a 401 with a `headers=` callable, call it once more and go to 1 (token refresh);
5. return a 2xx `httpx.Response` (unread when `stream=True`), or raise the typed error.

The pipeline decides; it does no I/O itself. It yields `Send`, `Sleep`, `Read`, `Close` and
`AuthFor` operations (`_flow`), which the sync and async drivers carry out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from time import perf_counter
from typing import Any, TypeVar

import httpx

from . import _retry
from ._auth import AuthHeaders
from ._call import Prepared, not_json, prepare, prepare_stream
from ._errors import APIConnectionError, APIError, APITimeoutError, decode_body, make_status_error
from ._flow import AuthFor, Close, Flow, Read, Send, Sleep
from ._logs import logger
from ._types import RequestOptions

T = TypeVar("T")

_NOT_RETRYABLE_TRANSPORT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class Pipeline:
    """What every call of one client goes out through: its settings, HTTP client and auth."""

    __slots__ = ("auth", "base_headers", "base_url", "http", "idle_timeout", "max_retries", "timeout")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        *,
        base_url: str,
        base_headers: Mapping[str, str],
        auth: AuthHeaders,
        max_retries: int,
        timeout: httpx.Timeout,
        idle_timeout: float | None,
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.base_headers = dict(base_headers)
        self.auth = auth
        self.max_retries = max_retries
        self.timeout = timeout
        self.idle_timeout = idle_timeout

    def call(self, kwargs: Mapping[str, Any], options: RequestOptions, parse: Callable[[httpx.Response], T]) -> Flow[T]:
        """Send a generated operation's request (`request_kwargs`) with the call's options; its parsed answer."""
        response = yield from self.send(prepare(self.base_url, kwargs, options, self.timeout))
        return parse_answer(response, parse)

    def open_stream(self, kwargs: Mapping[str, Any], options: RequestOptions) -> Flow[httpx.Response]:
        """Send a request that answers server-sent events; the 2xx response, its body unread."""
        prepared = prepare_stream(self.base_url, kwargs, options, self.timeout, self.idle_timeout)
        response = yield from self.send(prepared, stream=True)
        if not _is_event_stream(response):
            try:
                yield Read(response)
            finally:
                yield Close(response)
            raise _not_an_event_stream(response)
        return response

    def send(self, prepared: Prepared, *, stream: bool = False) -> Flow[httpx.Response]:
        """Send until a 2xx answer (returned) or a final failure (raised as a `ParleyError`)."""
        retries = 0
        refreshed = False
        while True:
            auth = yield AuthFor(self.auth)
            request = self._build(prepared, auth)
            started = perf_counter()
            try:
                response: httpx.Response = yield Send(self.http, request, stream)
            except httpx.TransportError as exc:
                delay = self._transport_delay(exc, retries)
                _log_transport_error(request, exc, retries, started, delay)
                if delay is None:
                    raise connection_error(request, exc, retries) from exc
                yield Sleep(delay)
                retries += 1
                continue
            _log_answer(request, response, retries, started)
            if response.is_success:
                return response
            if stream:
                yield Read(response)
            if response.status_code == 401 and not refreshed and self.auth.refreshable:
                refreshed = True
                yield Close(response)
                logger.info("%s %s answered 401; calling the headers function again", request.method, _shown(request))
                continue
            delay = _retry.response_retry_delay(response, retries, self.max_retries)
            if delay is None:
                raise make_status_error(response)
            _log_retry(request, response.status_code, retries, delay)
            yield Close(response)
            yield Sleep(delay)
            retries += 1

    def _build(self, prepared: Prepared, auth: Mapping[str, str]) -> httpx.Request:
        try:
            return self.http.build_request(
                prepared.method,
                prepared.url,
                params=prepared.params,
                headers={**self.base_headers, **auth, **prepared.headers},
                json=prepared.json,
                files=prepared.files,
                data=prepared.data,
                timeout=prepared.timeout,
            )
        except ValueError as exc:
            problem = not_json(prepared.json)
            if problem is None:
                raise
            raise ValueError(f"The request cannot be sent: {problem}, which JSON cannot carry.") from exc

    def _transport_delay(self, exc: httpx.TransportError, retries: int) -> float | None:
        if retries >= self.max_retries or isinstance(exc, _NOT_RETRYABLE_TRANSPORT):
            return None
        return _retry.backoff_delay(retries)


def parse_answer(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """`parse(response)`, turning an answer that does not fit the contract into an `APIError`."""
    try:
        return parse(response)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        request = response.request
        message = (
            f"The {response.status_code} answer to {request.method} {request.url.path} does not match the API "
            f"contract ({type(exc).__name__}: {exc}) [request id {response.headers.get('x-request-id', 'unknown')}]"
        )
        raise APIError(message, request, body=decode_body(response)) from exc


def connection_error(request: httpx.Request, exc: httpx.TransportError, retries: int) -> APIConnectionError:
    """The `APIConnectionError` (or `APITimeoutError`) for a failed transport (scrubbed, as every error)."""
    attempts = f"after {retries + 1} attempt{'s' if retries else ''}"
    where = f"{request.method} {request.url.path}"
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request, f"Request timed out ({type(exc).__name__}) on {where} {attempts}.")
    return APIConnectionError(request, f"Connection error ({type(exc).__name__}: {detail}) on {where} {attempts}.")


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = str(response.headers.get("content-type", ""))
    return content_type.split(";")[0].strip().lower() == "text/event-stream"


def _not_an_event_stream(response: httpx.Response) -> APIError:
    request = response.request
    kind = response.headers.get("content-type", "no content type")
    return APIError(
        f"Expected a text/event-stream answer to {request.method} {request.url.path}, got {kind} "
        f"[request id {response.headers.get('x-request-id', 'unknown')}]",
        request,
        body=decode_body(response),
    )


def without_userinfo(url: httpx.URL) -> httpx.URL:
    """`url` without any `user:password@` part, for log lines and messages."""
    return url.copy_with(username=None, password=None) if url.userinfo else url


def _shown(request: httpx.Request) -> httpx.URL:
    """The request's URL without any `user:password@` part, for log lines."""
    return without_userinfo(request.url)


def _log_answer(request: httpx.Request, response: httpx.Response, retries: int, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d (request id %s, retry %d, %.1f ms)",
            request.method,
            _shown(request),
            response.status_code,
            response.headers.get("x-request-id", "-"),
            retries,
            (perf_counter() - started) * 1000.0,
        )


def _log_transport_error(
    request: httpx.Request, exc: Exception, retries: int, started: float, delay: float | None
) -> None:
    if logger.isEnabledFor(logging.INFO):
        outcome = f"retrying in {delay:.2f} s" if delay is not None else "giving up"
        elapsed = (perf_counter() - started) * 1000.0
        logger.info(
            "%s %s failed: %s (retry %d, %.1f ms); %s",
            *(request.method, _shown(request), type(exc).__name__, retries, elapsed, outcome),
        )


def _log_retry(request: httpx.Request, status_code: int, retries: int, delay: float) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info("%s %s -> %d; retry %d in %.2f s", request.method, _shown(request), status_code, retries + 1, delay)
