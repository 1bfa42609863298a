"""Raw HTTP for the flows that must see the wire as it is: pages, streams and refusals, with no SDK in between.

The SDK's pager drops nothing and repeats nothing even when the server does (it follows `after`
and stops on `has_more`), and its run streams skip events they have already delivered; a flow
that judges pagination or resume must read the answers themselves. Every request is recorded as
a curl command whose key is an environment variable (`$PARLEY_API_KEY`), never the key itself.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from ._verdicts import FlowFailure


@dataclass(frozen=True, slots=True)
class Event:
    """One server-sent event as the wire carried it (`id:`, `event:`, and its `data:` lines joined)."""

    id: str | None
    event: str
    data: str


def _check_request_id(method: str, path: str, response: httpx.Response) -> None:
    """An error envelope's `request_id` must be the answer's `X-Request-Id` (the spec's `ErrorObject` says so)."""
    header = response.headers.get("x-request-id")
    if response.status_code < 400 or header is None:
        return
    try:
        body = response.json()
    except ValueError:
        return
    error = body.get("error") if isinstance(body, dict) else None
    named = error.get("request_id") if isinstance(error, dict) else None
    if isinstance(named, str) and named != header:
        raise FlowFailure(
            f"{method} {path} answered {response.status_code} with an error envelope naming request {named!r}, "
            f"but its X-Request-Id header says {header!r}: the spec makes them the same id"
        )


class RawHTTP:
    """Requests with one key, answers as they come; `note` records each as a reproducible curl command."""

    def __init__(
        self, base_url: str, key: str, key_variable: str, note: Callable[[str], None], timeout: float = 60.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.key_variable = key_variable
        self._note = note
        self._http = httpx.Client(base_url=self.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=timeout)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        files: dict[str, Any] | None = None,
        data: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request (JSON, or multipart with `files` and `data`); its answer, whatever its status."""
        self._record(method, path, params, json_body, headers, files, data)
        try:
            response = self._http.request(
                method, path, params=params, json=json_body, headers=headers, files=files, data=data
            )
        except httpx.HTTPError as exc:
            raise FlowFailure(f"{method} {path} failed on the wire: {type(exc).__name__}: {exc}") from None
        _check_request_id(method, path, response)
        return response

    def get_json(self, operation: str, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET `path`, which must answer 200 with JSON; the decoded body (`operation` names it in failures)."""
        response = self.request("GET", path, params=params)
        return expect_json(operation, response, 200)

    def events(
        self, path: str, *, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> list[Event]:
        """GET an event stream and read it to its end; its events (`FlowFailure` unless 200 text/event-stream)."""
        self._record("GET", path, params, None, headers)
        try:
            with self._http.stream("GET", path, params=params, headers=headers) as response:
                content_type = response.headers.get("content-type", "")
                if response.status_code != 200 or not content_type.startswith("text/event-stream"):
                    response.read()
                    raise FlowFailure(
                        f"GET {path} answered {response.status_code} {content_type or '(no content type)'}, "
                        f"not a 200 text/event-stream: {response.text[:200]}"
                    )
                return list(parse_events(response.iter_lines()))
        except httpx.HTTPError as exc:
            raise FlowFailure(f"GET {path} failed on the wire: {type(exc).__name__}: {exc}") from None

    def post_events(
        self, path: str, json_body: Any, headers: dict[str, str] | None = None
    ) -> tuple[httpx.Response, list[Event]]:
        """POST and read the event stream it answers; the response (closed) and its events."""
        self._record("POST", path, None, json_body, headers)
        try:
            with self._http.stream("POST", path, json=json_body, headers=headers) as response:
                if not response.headers.get("content-type", "").startswith("text/event-stream"):
                    response.read()
                    return response, []
                return response, list(parse_events(response.iter_lines()))
        except httpx.HTTPError as exc:
            raise FlowFailure(f"POST {path} failed on the wire: {type(exc).__name__}: {exc}") from None

    def _record(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        body: Any,
        headers: dict[str, str] | None,
        files: dict[str, Any] | None = None,
        data: dict[str, str] | None = None,
    ) -> None:
        url = self.base_url + path + (("?" + urlencode(params)) if params else "")
        parts = ["curl", "-X", method, "-H", f'"Authorization: Bearer ${self.key_variable}"']
        for name, value in (headers or {}).items():
            parts += ["-H", shlex.quote(f"{name}: {value}")]
        if body is not None:
            parts += ["-H", "'Content-Type: application/json'", "-d", shlex.quote(json.dumps(body))]
        for name in files or {}:
            parts += ["-F", shlex.quote(f"{name}=@{name}")]
        for name, value in (data or {}).items():
            parts += ["-F", shlex.quote(f"{name}={value}")]
        parts.append(shlex.quote(url))
        self._note(" ".join(parts))


def expect_json(operation: str, response: httpx.Response, status: int) -> Any:
    """The JSON body of `response`, which must have `status` (`FlowFailure` naming `operation` otherwise)."""
    method, path = response.request.method, response.request.url.path
    if response.status_code != status:
        raise FlowFailure(
            f"{operation} ({method} {path}) answered {response.status_code}, not {status}: {response.text[:200]}"
        )
    try:
        return response.json()
    except ValueError:
        raise FlowFailure(f"{operation} ({method} {path}) answered {status} without a JSON body") from None


def parse_events(lines: Iterator[str]) -> Iterator[Event]:
    """Server-sent events from the lines of a stream (WHATWG rules: comments skipped, `data:` lines joined)."""
    event_id: str | None = None
    kind, data = "", list[str]()
    for line in lines:
        if line == "":
            if data:
                yield Event(event_id, kind or "message", "\n".join(data))
            event_id, kind, data = None, "", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            kind = value
        elif name == "id":
            event_id = value
    if data:
        yield Event(event_id, kind or "message", "\n".join(data))
