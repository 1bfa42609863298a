"""Client lifecycle, `with_options`, the lazy public surface, sync/async parity, aliases, docs."""

from __future__ import annotations

import asyncio
import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import parley
import pytest
from parley import AsyncParley, Parley
from parley.resources import admin, attachments, chat, models, sessions, threads, workspaces

from .conftest import BASE_URL, THREAD, Recorder, mock_async_client, mock_client

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, **env: str) -> str:
    path = os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": path, **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_with_options_shares_the_connection_pool() -> None:
    client = Parley(base_url=BASE_URL, api_key="k")
    copy = client.with_options(timeout=3, max_retries=0, headers={"X-A": "1"})
    assert copy._http is client._http
    assert (copy.timeout.read, copy.max_retries, copy.api_key, copy.base_url) == (3, 0, "k", BASE_URL)
    assert (client.timeout.read, client.max_retries) == (60, 2)
    copy.close()
    assert not client._http.is_closed  # the copy does not own the pool
    client.close()
    assert client._http.is_closed


def test_with_options_keeps_headers_unless_replaced() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json=THREAD))
    client = mock_client(recorder, headers={"X-Tenant": "a"})
    client.with_options(timeout=5).threads.retrieve("thr_1")
    client.with_options(headers={"X-Tenant": "b"}).threads.retrieve("thr_1")
    client.with_options(api_key="other").threads.retrieve("thr_1")
    sent = recorder.requests
    assert [r.headers["x-tenant"] for r in sent] == ["a", "b", "a"]
    assert sent[2].headers["authorization"] == "Bearer other"


def test_with_options_api_key_none_means_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_API_KEY", "prl_from_env")
    recorder = Recorder(lambda r: httpx.Response(200, json=THREAD))
    client = mock_client(recorder, api_key="prl_explicit")
    keyless = client.with_options(api_key=None)
    assert keyless.api_key is None and client.api_key == "prl_explicit"
    keyless.threads.retrieve("thr_1")
    assert "authorization" not in recorder.requests[0].headers


def test_async_with_options_shares_the_pool_and_close_aliases_aclose() -> None:
    async def main() -> None:
        client = AsyncParley(base_url=BASE_URL)
        copy = client.with_options(max_retries=5)
        assert copy._http is client._http and copy.max_retries == 5
        await copy.aclose()
        assert not client._http.is_closed
        await client.close()
        assert client._http.is_closed

    asyncio.run(main())


def test_context_managers_close_an_owned_pool_but_not_a_given_one() -> None:
    with Parley(base_url=BASE_URL) as client:
        pass
    assert client._http.is_closed
    given = httpx.Client()
    with Parley(base_url=BASE_URL, http_client=given):
        pass
    assert not given.is_closed
    given.close()

    async def main() -> httpx.AsyncClient:
        async with AsyncParley(base_url=BASE_URL) as async_client:
            return async_client._http

    assert asyncio.run(main()).is_closed


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Parley(base_url=BASE_URL, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncParley(base_url=BASE_URL, http_client=httpx.Client())  # type: ignore[arg-type]


def test_import_parley_is_lazy() -> None:
    loaded = run_python(
        "import sys, parley; print(sorted(m for m in sys.modules if m.startswith(('httpx', 'parley', 'attr'))))"
    )
    assert loaded.strip() == "['parley']"
    loaded = run_python(
        "import sys; from parley import Parley; Parley(base_url='http://x');"
        "print(sorted(m for m in sys.modules if m.startswith(('parley_client', 'parley.resources'))))"
    )
    # Only the generated package's own lazy __init__ (the version for the user agent), the typed
    # calls' runtime (options types, NOT_GIVEN) and the calls the client's own methods bind (each
    # imports its operation and model when called): no operation, no model, no resource.
    calls = ", ".join(f"'parley_client.calls.{name}'" for name in ("admin", "models", "sessions", "system"))
    assert loaded.strip() == f"['parley_client', 'parley_client.calls', {calls}]"


def test_the_public_surface() -> None:
    assert sorted(parley.__all__) == sorted(["__version__", *parley._EXPORTS])
    listed = [name for names in parley._MODULES.values() for name in names]
    assert len(listed) == len(set(listed))  # each name comes from one module
    for name in parley.__all__:
        assert getattr(parley, name) is not None
    assert set(parley.__all__) <= set(dir(parley))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        parley.Nope  # noqa: B018


SYNC_ASYNC = [
    (models.Models, models.AsyncModels),
    (chat.Chat, chat.AsyncChat),
    (chat.Completions, chat.AsyncCompletions),
    (sessions.Sessions, sessions.AsyncSessions),
    (threads.Threads, threads.AsyncThreads),
    (threads.ThreadHandle, threads.AsyncThreadHandle),
    (threads.ThreadItems, threads.AsyncThreadItems),
    (threads.RunHandle, threads.AsyncRunHandle),
    (attachments.Attachments, attachments.AsyncAttachments),
    (workspaces.Workspaces, workspaces.AsyncWorkspaces),
    (workspaces.Drafts, workspaces.AsyncDrafts),
    (admin.Admin, admin.AsyncAdmin),
    (admin.Admins, admin.AsyncAdmins),
    (admin.AuditLog, admin.AsyncAuditLog),
    (admin.ApiKeys, admin.AsyncApiKeys),
    (Parley, AsyncParley),
]
SYNC_ONLY = {"chat_sync", "cancel_sync"}  # the assistant-ui names of the synchronous calls
ASYNC_ONLY = {"aclose"}


def public(cls: type) -> dict[str, Any]:
    return {name: getattr(cls, name) for name in dir(cls) if not name.startswith("_")}


@pytest.mark.parametrize(("sync_cls", "async_cls"), SYNC_ASYNC, ids=lambda c: c.__name__)
def test_async_twins_have_the_same_methods_and_signatures(sync_cls: type, async_cls: type) -> None:
    sync_members, async_members = public(sync_cls), public(async_cls)
    assert set(sync_members) - SYNC_ONLY == set(async_members) - ASYNC_ONLY
    for name, member in sync_members.items():
        if name in SYNC_ONLY or not callable(member) or isinstance(member, type):
            continue
        sync_params = list(inspect.signature(member).parameters)
        async_params = list(inspect.signature(async_members[name]).parameters)
        assert sync_params == async_params, name


@pytest.mark.parametrize(("sync_cls", "async_cls"), SYNC_ASYNC, ids=lambda c: c.__name__)
def test_every_public_class_and_method_is_documented(sync_cls: type, async_cls: type) -> None:
    for cls in (sync_cls, async_cls):
        assert (cls.__doc__ or "").strip(), cls
        for name, member in public(cls).items():
            assert (getattr(member, "__doc__", None) or "").strip(), f"{cls.__name__}.{name}"


def test_aliases_point_at_the_canonical_methods() -> None:
    assert "Alias of `list_messages`" in (workspaces.Workspaces.get_messages.__doc__ or "")
    assert "AiAssist" in (workspaces.Workspaces.get_by_client_id.__doc__ or "")
    for name in ("get_platform_stats", "list_admins", "add_admin", "remove_admin", "get_audit_log"):
        assert "Alias of" in (getattr(admin.Admin, name).__doc__ or "")
        assert "Alias of" in (getattr(Parley, name).__doc__ or "")
    for name in ("list_models", "list_sessions", "get_session", "create_completion"):
        assert "Alias of" in (getattr(Parley, name).__doc__ or "")


def test_seed_calls_send_the_same_requests_as_the_canonical_ones() -> None:
    recorder = Recorder(lambda r: httpx.Response(599))
    client = mock_client(recorder, max_retries=0)
    pairs: list[tuple[Any, Any]] = [
        (lambda: client.workspaces.get_messages("ws_1"), lambda: client.workspaces.list_messages("ws_1")),
        (lambda: client.workspaces.get_by_client_id("c1"), lambda: client.workspaces.retrieve_by_client_id("c1")),
        (lambda: client.workspaces.end_conversation("ws_1"), lambda: client.workspaces.end("ws_1")),
        (lambda: client.workspaces.get("ws_1"), lambda: client.workspaces.retrieve("ws_1")),
        (
            lambda: client.workspaces.send_typing_preview("ws_1", "hi"),
            lambda: client.workspaces.send_typing_preview("ws_1", "hi"),
        ),
        (lambda: client.admin.get_platform_stats(), lambda: client.admin.stats()),
        (lambda: client.get_platform_stats(), lambda: client.admin.stats()),
        (lambda: client.admin.list_admins(), lambda: client.admin.admins.list()),
        (lambda: client.list_admins(), lambda: client.admin.admins.list()),
        (lambda: client.admin.add_admin("w1", "a@b.c", "A"), lambda: client.admin.admins.add("w1", "a@b.c", "A")),
        (lambda: client.add_admin("w1", "a@b.c", "A"), lambda: client.admin.admins.add("w1", "a@b.c", "A")),
        (lambda: client.admin.remove_admin("a@b.c"), lambda: client.admin.admins.remove("a@b.c")),
        (lambda: client.remove_admin("a@b.c"), lambda: client.admin.admins.remove("a@b.c")),
        (lambda: client.admin.get_audit_log(limit=20), lambda: client.admin.audit_log.list(limit=20)),
        (lambda: client.get_audit_log(limit=20), lambda: client.admin.audit_log.list(limit=20)),
        (lambda: client.list_models(), lambda: client.models.list()),
        (lambda: client.list_sessions("u1"), lambda: client.sessions.list(user_id="u1")),
        (lambda: client.get_session("s1", user_id="u1"), lambda: client.sessions.retrieve("s1", user_id="u1")),
        (lambda: client.sessions.get("s1"), lambda: client.sessions.retrieve("s1")),
        (lambda: client.threads("t1").chat_sync("hi"), lambda: client.threads("t1").chat("hi")),
        (lambda: client.threads("t1").cancel_sync(), lambda: client.threads("t1").cancel()),
    ]
    for seed, canonical in pairs:
        for call in (seed, canonical):
            with pytest.raises(parley.InternalServerError):
                call()
        alias_request, canonical_request = recorder.requests[-2:]
        assert (alias_request.method, alias_request.url) == (canonical_request.method, canonical_request.url)
        assert alias_request.content == canonical_request.content


def test_async_seed_names_work() -> None:
    recorder = Recorder(lambda r: httpx.Response(599))

    async def main() -> None:
        client = mock_async_client(recorder, max_retries=0)
        for call in (
            lambda: client.workspaces.get_messages("ws_1"),
            lambda: client.get_platform_stats(),
            lambda: client.add_admin("w", "a@b.c"),
            lambda: client.get_audit_log(limit=5),
            lambda: client.list_sessions("u"),
            lambda: client.get_session("s"),
            lambda: client.create_completion(model="m", messages="hi"),
        ):
            with pytest.raises(parley.InternalServerError):
                await call()

    asyncio.run(main())
    assert [r.url.path for r in recorder.requests] == [
        "/v1/workspaces/ws_1/messages",
        "/v1/admin/stats",
        "/v1/admin/admins",
        "/v1/admin/audit-log",
        "/v1/sessions",
        "/v1/sessions/s",
        "/v1/chat/completions",
    ]


def test_handles_make_no_request_and_show_their_id() -> None:
    recorder = Recorder([])
    handle = mock_client(recorder).threads("thr_9")
    assert (handle.id, repr(handle), handle.runs("run_3").id) == ("thr_9", "ThreadHandle('thr_9')", "run_3")
    assert recorder.count == 0


def test_parley_log_debug_prints_each_attempt_to_stderr() -> None:
    code = """
import httpx
from parley import Parley
def answer(request):
    return httpx.Response(200, json={"status": "ok", "version": "1", "time": "2026-11-22T09:30:00Z"},
                          headers={"x-request-id": "req_log_1"})
client = Parley(base_url="http://log.test", api_key="prl_log_secret",
                http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.health()
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'overlay'}{os.pathsep}{ROOT / 'generated'}", "PARLEY_LOG": "debug"},
    )
    assert result.returncode == 0, result.stderr
    assert "parley DEBUG] GET http://log.test/v1/health -> 200 (request id req_log_1, retry 0, " in result.stderr
    assert " ms)" in result.stderr and "prl_log_secret" not in result.stderr
