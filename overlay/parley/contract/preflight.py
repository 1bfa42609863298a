"""Checks before anything is written: the URL is safe to write to, the server is there, every key is accepted.

Each check raises `HarnessError` (exit code 2) with a message that says which thing is wrong.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from .errors import HarnessError

if TYPE_CHECKING:
    from parley import Parley


def check_url(base_url: str, *, allow_writes: bool) -> None:
    """The URL is http(s) and names a loopback host, unless writes to other hosts are allowed."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HarnessError(f"bad --base-url {base_url!r}: expected http(s)://host[:port][/prefix]")
    if not allow_writes and not is_loopback(parts.hostname):
        raise HarnessError(
            f"refusing to test {base_url}: the harness creates and deletes threads, sessions, workspaces "
            "and API keys, and this host is not a loopback address. Pass --allow-writes to test it anyway "
            "(use a staging deployment, never production data)."
        )


def is_loopback(host: str) -> bool:
    """Whether every address `host` resolves to is a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    if host.lower() == "localhost":
        return True
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(addresses) and all(
        ipaddress.ip_address(str(address).split("%")[0]).is_loopback for address in addresses
    )


def check_reachable(base_url: str, timeout: float) -> None:
    """`GET /v1/health` answers 200 (it needs no key)."""
    url = base_url.rstrip("/") + "/v1/health"
    try:
        response = httpx.get(url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise HarnessError(f"server unreachable: GET {url} failed ({type(exc).__name__}: {exc})") from None
    if response.status_code != 200:
        raise HarnessError(
            f"server unreachable: GET {url} answered {response.status_code}, not 200; "
            "is --base-url the root of a Parley server (the URL before /v1)?"
        )


def check_keys(base_url: str, api_key: str, admin_key: str | None, second_key: str | None, timeout: float) -> None:
    """API_KEY, ADMIN_KEY and SECOND_KEY are accepted; ADMIN_KEY is an admin's; SECOND_KEY another user's.

    Only the status codes matter here (401: refused, 403: not an admin); whether the answers keep the
    contract is for the layers to judge.
    """
    with httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout) as http:

        def status(key: str, path: str) -> int:
            try:
                return http.get(path, headers={"Authorization": f"Bearer {key}"}).status_code
            except httpx.HTTPError as exc:
                raise HarnessError(f"server unreachable: GET {path} failed ({type(exc).__name__}: {exc})") from None

        if status(api_key, "/v1/threads?limit=1") == 401:
            raise HarnessError("bad key: API_KEY (--api-key) was refused (401 on GET /v1/threads)")
        if admin_key is not None:
            answer = status(admin_key, "/v1/admin/stats")
            if answer == 401:
                raise HarnessError("bad key: ADMIN_KEY (--admin-key) was refused (401 on GET /v1/admin/stats)")
            if answer == 403:
                raise HarnessError("bad key: ADMIN_KEY (--admin-key) is not an admin key (403 on GET /v1/admin/stats)")
        if second_key is not None:
            if second_key == api_key:
                raise HarnessError("bad key: SECOND_KEY (--second-key) is API_KEY itself; pass another user's key")
            if status(second_key, "/v1/threads?limit=1") == 401:
                raise HarnessError("bad key: SECOND_KEY (--second-key) was refused (401 on GET /v1/threads)")
            if status(second_key, "/v1/admin/stats") == 200:
                raise HarnessError(
                    "bad key: SECOND_KEY (--second-key) is an admin key, and admins see every workspace; "
                    "pass a user key of another user"
                )


def choose_model(client: Parley, wanted: str | None) -> str:
    """The model the flows ask: `--model`, else the first available chat model of the catalogue."""
    if wanted:
        return wanted
    from parley import ParleyError

    try:
        models = list(client.models.list())
    except ParleyError as exc:
        raise HarnessError(f"cannot choose a model for the flows: list_models failed ({exc}); pass --model") from None
    for model in models:
        capabilities = {str(getattr(item, "value", item)) for item in getattr(model, "capabilities", None) or ()}
        if getattr(model, "available", True) is not False and (not capabilities or "chat" in capabilities):
            return str(model.id)
    raise HarnessError("cannot choose a model for the flows: the catalogue lists no available chat model; pass --model")
