"""Checks before anything is written: the URL is safe to write to, the server is there, every key is what it should be.

Each check raises `HarnessError` (exit code 2) with a message that says which thing is wrong.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from .errors import HarnessError
from .flows import Key

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


def check_reachable(base_url: str, timeout: float, *, health_required: bool = True) -> str:
    """The server answers HTTP: `GET /v1/health` is 200, or (`health_required` False) anything at all.

    A run narrowed by `--include` to operations other than `get_health` (an OpenAI-compatible
    server with only completions and models, say) needs no health check; the note says so.
    """
    url = base_url.rstrip("/") + "/v1/health"
    try:
        response = httpx.get(url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise HarnessError(f"server unreachable: GET {url} failed ({type(exc).__name__}: {exc})") from None
    if response.status_code == 200:
        return ""
    if not health_required:
        return f"GET /v1/health answered {response.status_code}, not 200 (get_health is not selected)"
    raise HarnessError(
        f"server unreachable: GET {url} answered {response.status_code}, not 200; "
        "is --base-url the root of a Parley server (the URL before /v1)?"
    )


def learn_keys(
    base_url: str, api_key: str, admin_key: str | None, second_key: str | None, timeout: float
) -> dict[str, Key]:
    """Each key given, with the role and user the server reports for it (`get_caller`, `GET /v1/me`).

    Exit code 2 (`HarnessError`) when a key is refused, when ADMIN_KEY has no admin rights, when
    SECOND_KEY is API_KEY (or the same user's) or an admin's: each is the caller's mistake, learned
    from the server, never guessed from a refusal. A server that does not route `GET /v1/me`
    leaves the roles unknown (flows that need them say so and are skipped); the key is then
    checked with `GET /v1/models`.
    """
    given = [("client", "PARLEY_API_KEY", api_key), ("admin", "PARLEY_ADMIN_KEY", admin_key)]
    given.append(("second", "PARLEY_SECOND_KEY", second_key))
    keys: dict[str, Key] = {}
    with httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout) as http:
        for name, variable, secret in given:
            if secret is None:
                continue
            key = Key(name, variable, secret)
            option = {"client": "--api-key", "admin": "--admin-key", "second": "--second-key"}[name]
            me = _get(http, secret, "/v1/me")
            if me.status_code == 401:
                raise HarnessError(f"bad key: {key.label} ({option}) was refused (401 on GET /v1/me)")
            if me.status_code == 200:
                caller = _caller(me)
                if caller is None:
                    raise HarnessError(f"GET /v1/me answered 200 without a role and a user id for {key.label}")
                key = Key(name, variable, secret, role=caller[0], user_id=caller[1])
            elif _get(http, secret, "/v1/models").status_code == 401:
                raise HarnessError(f"bad key: {key.label} ({option}) was refused (401 on GET /v1/models)")
            keys[name] = key
    _check_roles(keys)
    return keys


def _check_roles(keys: dict[str, Key]) -> None:
    admin, client, second = keys.get("admin"), keys["client"], keys.get("second")
    if admin is not None and admin.role == "user":
        raise HarnessError("bad key: ADMIN_KEY (--admin-key) is not an admin key (GET /v1/me says role user)")
    if second is None:
        return
    if second.secret == client.secret:
        raise HarnessError("bad key: SECOND_KEY (--second-key) is API_KEY itself; pass another user's key")
    if second.user_id is not None and second.user_id == client.user_id:
        raise HarnessError(
            f"bad key: SECOND_KEY (--second-key) belongs to API_KEY's user ({client.user_id}, says GET /v1/me); "
            "pass a key of another user"
        )
    if second.role == "admin":
        raise HarnessError(
            "bad key: SECOND_KEY (--second-key) is an admin key (GET /v1/me says role admin), and admins see "
            "every workspace; pass a user key of another user"
        )


def _get(http: httpx.Client, key: str, path: str) -> httpx.Response:
    try:
        return http.get(path, headers={"Authorization": f"Bearer {key}"})
    except httpx.HTTPError as exc:
        raise HarnessError(f"server unreachable: GET {path} failed ({type(exc).__name__}: {exc})") from None


def _caller(response: httpx.Response) -> tuple[str, str] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("role") not in ("user", "admin") or not body.get("user_id"):
        return None
    return str(body["role"]), str(body["user_id"])


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
