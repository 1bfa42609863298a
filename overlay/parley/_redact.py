"""What the SDK never shows: the credentials a request carried, scrubbed from everything an error holds.

A credential is the value of a request header named like one (`Authorization`,
`Proxy-Authorization`, `Cookie`, `X-Api-Key`, `Api-Key`, and any name containing `key`, `token`,
`secret`, `auth`, `password`, `cookie`, `credential` or `signature`, but `Idempotency-Key`), the
credential part of such a value (`abc` of `Bearer abc`, of `Basic abc`), and the password of a
`user:password@` base URL. Where the header came from does not matter: the API key, `headers=`,
`default_headers` and a call's `extra_headers` all end up in the request, and the secrets are read
from there. Values shorter than 4 characters are not searched for (they would blank out every
occurrence of a common letter), but their headers are still redacted in `exc.request`.

Every `APIError` scrubs its message, `body` and `request` this way when it is built (and an
`APIStatusError` its `response`), so no caller, log line or traceback can show them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import httpx

REDACTED = "[redacted]"

CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"})
_CREDENTIAL_WORDS = ("key", "token", "secret", "auth", "password", "cookie", "credential", "signature")
_NOT_CREDENTIALS = frozenset({"idempotency-key"})
_SHORTEST = 4


def is_credential(name: str) -> bool:
    """Whether a header named `name` carries a credential."""
    name = name.lower()
    if name in CREDENTIAL_HEADERS:
        return True
    return name not in _NOT_CREDENTIALS and any(word in name for word in _CREDENTIAL_WORDS)


def secrets_of(request: httpx.Request | None, also: Iterable[str] = ()) -> tuple[str, ...]:
    """The secrets `request` carried (and `also`), longest first, so a value is scrubbed before its parts."""
    found = {secret for secret in also if secret and len(secret) >= _SHORTEST}
    if request is not None:
        for name, value in request.headers.items():
            if is_credential(name):
                found.update(_parts(value))
        password = request.url.password
        if password and len(password) >= _SHORTEST:
            found.add(password)
    return tuple(sorted(found, key=len, reverse=True))


def _parts(value: str) -> list[str]:
    """A header value, its credential when it has a scheme (`Bearer abc` -> `abc`), a cookie's values."""
    value = value.strip()
    _scheme, _, credential = value.partition(" ")
    parts = [value, credential.strip()]
    parts += [pair.partition("=")[2].strip() for pair in value.split(";")]
    return [part for part in parts if len(part) >= _SHORTEST]


def redact(value: Any, secrets: Sequence[str]) -> Any:
    """`value` with every occurrence of each secret replaced, in strings, bytes, lists and dicts."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
        return value
    if isinstance(value, dict):
        return {redact(k, secrets): redact(v, secrets) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(redact(v, secrets) for v in value)
    return value


def redact_headers(headers: httpx.Headers, secrets: Sequence[str]) -> httpx.Headers:
    """A copy of `headers`: credential headers' values replaced whole, secrets scrubbed from the others."""
    return httpx.Headers(
        [(name, REDACTED if is_credential(name) else redact(value, secrets)) for name, value in headers.multi_items()]
    )


def redact_request(request: httpx.Request, secrets: Sequence[str]) -> httpx.Request:
    """A copy of `request` to show: credential headers redacted, no URL password (the body is shared)."""
    url = request.url.copy_with(password=REDACTED) if request.url.password else request.url
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:  # an upload that streams: keep its stream
        content = None
    return httpx.Request(
        request.method,
        url,
        headers=redact_headers(request.headers, secrets),
        content=content,
        stream=None if content is not None else request.stream,
        extensions=request.extensions,
    )


def redact_response(response: httpx.Response, request: httpx.Request, secrets: Sequence[str]) -> httpx.Response:
    """`response` as an error may show it: its request the redacted one; rebuilt when its body or headers held a secret.

    The body must have been read. A rebuilt response has the same status, headers (scrubbed) and
    body (scrubbed), and is closed.
    """
    content = response.content
    scrubbed = redact(content, secrets)
    headers = [(name, redact(value, secrets)) for name, value in response.headers.multi_items()]
    if scrubbed == content and headers == response.headers.multi_items():
        response.request = request
        return response
    # the body is kept decoded: the copy must not claim an encoding or the original's length
    kept = [(name, value) for name, value in headers if name.lower() not in _BODY_FRAMING]
    return httpx.Response(
        response.status_code, headers=kept, content=scrubbed, request=request, extensions=response.extensions
    )


_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})
