"""The one request pipeline: auth headers → send → retry → raise (sync and async twins).

Every API call, streaming ones included, goes through `Pipeline.send` / `AsyncPipeline.send`:

1. resolve the auth headers (calling a `headers=` callable each attempt);
2. build the request from the `Prepared` call (same `Idempotency-Key` on every attempt);
3. send it; on a transport failure or a retryable status, wait (`_retry`) and go to 1;
4. on a 401 with a `headers=` callable, call it once more and go to 1 (token refresh);
5. return a 2xx `httpx.Response` (unread when `stream=True`), or raise the typed error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from time import perf_counter
from typing import TypeVar

import httpx

from . import _retry
from ._auth import AuthHeaders
from ._call import Prepared
from ._errors import APIConnectionError, APIError, APITimeoutError, decode_body, make_status_error, redact
from ._logs import logger

T = TypeVar("T")

_NOT_RETRYABLE_TRANSPORT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class _Base:
    __slots__ = ("auth", "base_headers", "http", "max_retries")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        base_headers: Mapping[str, str],
        auth: AuthHeaders,
        max_retries: int,
    ) -> None:
        self.http = http
        self.base_headers = dict(base_headers)
        self.auth = auth
        self.max_retries = max_retries

    def _build(self, prepared: Prepared, auth: Mapping[str, str]) -> httpx.Request:
        headers = {**self.base_headers, **auth, **prepared.headers}
        return self.http.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params,
            headers=headers,
            json=prepared.json,
            files=prepared.files,
            data=prepared.data,
            timeout=prepared.timeout,
        )

    def _transport_delay(self, exc: httpx.TransportError, retries: int) -> float | None:
        if retries >= self.max_retries or isinstance(exc, _NOT_RETRYABLE_TRANSPORT):
            return None
        return _retry.backoff_delay(retries)


class Pipeline(_Base):
    """Sends requests for `Parley` over its `httpx.Client`."""

    http: httpx.Client

    def send(self, prepared: Prepared, *, stream: bool = False) -> httpx.Response:
        """Send until a 2xx answer (returned) or a final failure (raised as a `ParleyError`)."""
        retries = 0
        refreshed = False
        while True:
            auth = self.auth.resolve()
            request = self._build(prepared, auth)
            started = perf_counter()
            try:
                response = self.http.send(request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._transport_delay(exc, retries)
                _log_transport_error(request, exc, retries, started, delay)
                if delay is None:
                    raise connection_error(request, exc, retries, self.auth.secrets(auth)) from exc
                _retry.sleep(delay)
                retries += 1
                continue
            _log_answer(request, response, retries, started)
            if response.is_success:
                return response
            if stream:
                response.read()
            if response.status_code == 401 and not refreshed and self.auth.refreshable:
                refreshed = True
                response.close()
                logger.info(
                    "%s %s answered 401; calling the headers function again", request.method, _shown(request.url)
                )
                continue
            delay = _retry.response_retry_delay(response, retries, self.max_retries)
            if delay is None:
                raise make_status_error(response, self.auth.secrets(auth))
            _log_retry(request, response.status_code, retries, delay)
            response.close()
            _retry.sleep(delay)
            retries += 1


class AsyncPipeline(_Base):
    """Sends requests for `AsyncParley` over its `httpx.AsyncClient` (same rules as `Pipeline`)."""

    http: httpx.AsyncClient

    async def send(self, prepared: Prepared, *, stream: bool = False) -> httpx.Response:
        """Send until a 2xx answer (returned) or a final failure (raised as a `ParleyError`)."""
        retries = 0
        refreshed = False
        while True:
            auth = await self.auth.aresolve()
            request = self._build(prepared, auth)
            started = perf_counter()
            try:
                response = await self.http.send(request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._transport_delay(exc, retries)
                _log_transport_error(request, exc, retries, started, delay)
                if delay is None:
                    raise connection_error(request, exc, retries, self.auth.secrets(auth)) from exc
                await _retry.async_sleep(delay)
                retries += 1
                continue
            _log_answer(request, response, retries, started)
            if response.is_success:
                return response
            if stream:
                await response.aread()
            if response.status_code == 401 and not refreshed and self.auth.refreshable:
                refreshed = True
                await response.aclose()
                logger.info(
                    "%s %s answered 401; calling the headers function again", request.method, _shown(request.url)
                )
                continue
            delay = _retry.response_retry_delay(response, retries, self.max_retries)
            if delay is None:
                raise make_status_error(response, self.auth.secrets(auth))
            _log_retry(request, response.status_code, retries, delay)
            await response.aclose()
            await _retry.async_sleep(delay)
            retries += 1


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


def connection_error(
    request: httpx.Request, exc: httpx.TransportError, retries: int, secrets: tuple[str, ...]
) -> APIConnectionError:
    """The `APIConnectionError` (or `APITimeoutError`) for a failed transport."""
    attempts = f"after {retries + 1} attempt{'s' if retries else ''}"
    where = f"{request.method} {request.url.path}"
    detail = redact(str(exc) or type(exc).__name__, secrets)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request, f"Request timed out ({type(exc).__name__}) on {where} {attempts}.")
    return APIConnectionError(request, f"Connection error ({type(exc).__name__}: {detail}) on {where} {attempts}.")


def _shown(url: httpx.URL) -> httpx.URL:
    """The URL without any `user:password@` part, for log lines."""
    return url.copy_with(username=None, password=None) if url.userinfo else url


def _log_answer(request: httpx.Request, response: httpx.Response, retries: int, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d (request id %s, retry %d, %.1f ms)",
            request.method,
            _shown(request.url),
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
        logger.info(
            "%s %s failed: %s (retry %d, %.1f ms); %s",
            request.method,
            _shown(request.url),
            type(exc).__name__,
            retries,
            (perf_counter() - started) * 1000.0,
            outcome,
        )


def _log_retry(request: httpx.Request, status_code: int, retries: int, delay: float) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %d; retry %d in %.2f s", request.method, _shown(request.url), status_code, retries + 1, delay
        )
