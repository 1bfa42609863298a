"""The routing table: one Starlette `Route` per path of openapi.yaml, each method bound to its handler."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from parley_server.auth import Authenticator
from parley_server.chores import Chores
from parley_server.config import ServerConfig
from parley_server.contract import load_contract
from parley_server.database import Database
from parley_server.endpoint import Endpoint, Handler, new_request_id
from parley_server.engine.runs import RunEngine
from parley_server.errors import ApiError
from parley_server.http_errors import error_response
from parley_server.rate_limit import RateLimiter
from parley_server.raw_segments import KeepEncodedSlashes, decoded_path_params
from parley_server.routes import admin, attachments, completions, models, sessions, system, threads, workspaces
from parley_server.schema import SCHEMA
from parley_server.services import Services
from parley_server.store import audit, idempotency, keys
from parley_server.streams import StreamRegistry
from parley_server.usage_meter import UsageMeter

# path -> {method: handler}; each handler is named after the operationId it implements.
ROUTES: dict[str, dict[str, Handler]] = {
    "/v1/health": {"GET": system.get_health},
    "/v1/me": {"GET": system.get_caller},
    "/v1/models": {"GET": models.list_models},
    "/v1/models/{model_id}": {"GET": models.get_model},
    "/v1/chat/completions": {"POST": completions.create_chat_completion},
    "/v1/sessions": {"GET": sessions.list_sessions},
    "/v1/sessions/{session_id}": {
        "GET": sessions.get_session,
        "PATCH": sessions.update_session,
        "DELETE": sessions.delete_session,
    },
    "/v1/threads": {"POST": threads.create_thread, "GET": threads.list_threads},
    "/v1/threads/{thread_id}": {
        "GET": threads.get_thread,
        "PATCH": threads.update_thread,
        "DELETE": threads.delete_thread,
    },
    "/v1/threads/{thread_id}/items": {"GET": threads.list_thread_items},
    "/v1/threads/{thread_id}/chat": {"POST": threads.chat_thread},
    "/v1/threads/{thread_id}/cancel": {"POST": threads.cancel_thread_run},
    "/v1/threads/{thread_id}/runs/{run_id}": {"GET": threads.get_thread_run},
    "/v1/threads/{thread_id}/runs/{run_id}/events": {"GET": threads.stream_thread_run_events},
    "/v1/threads/{thread_id}/runs/{run_id}/cancel": {"POST": threads.cancel_run},
    "/v1/threads/{thread_id}/feedback": {"POST": threads.create_item_feedback},
    "/v1/threads/{thread_id}/actions": {"POST": threads.run_thread_action},
    "/v1/threads/{thread_id}/retry": {"POST": threads.retry_thread_run},
    "/v1/attachments": {"POST": attachments.upload_attachment},
    "/v1/attachments/{attachment_id}": {
        "GET": attachments.get_attachment,
        "DELETE": attachments.delete_attachment,
    },
    "/v1/attachments/{attachment_id}/content": {"GET": attachments.download_attachment_content},
    "/v1/workspaces": {"POST": workspaces.create_workspace, "GET": workspaces.list_workspaces},
    "/v1/workspaces/by-client": {"GET": workspaces.get_workspace_by_client_id},
    "/v1/workspaces/{workspace_id}": {"GET": workspaces.get_workspace, "PATCH": workspaces.update_workspace},
    "/v1/workspaces/{workspace_id}/messages": {
        "POST": workspaces.send_workspace_message,
        "GET": workspaces.list_workspace_messages,
    },
    "/v1/workspaces/{workspace_id}/typing": {
        "POST": workspaces.send_typing_preview,
        "GET": workspaces.get_typing_preview,
    },
    "/v1/workspaces/{workspace_id}/end": {"POST": workspaces.end_workspace},
    "/v1/workspaces/{workspace_id}/drafts": {"GET": workspaces.list_workspace_drafts},
    "/v1/workspaces/{workspace_id}/drafts/{draft_id}/approve": {"POST": workspaces.approve_workspace_draft},
    "/v1/workspaces/{workspace_id}/drafts/{draft_id}/reject": {"POST": workspaces.reject_workspace_draft},
    "/v1/workspaces/{workspace_id}/agent-messages": {"POST": workspaces.send_agent_message},
    "/v1/admin/stats": {"GET": admin.get_platform_stats},
    "/v1/admin/admins": {"GET": admin.list_admins, "POST": admin.add_admin},
    "/v1/admin/admins/{email}": {"DELETE": admin.remove_admin},
    "/v1/admin/audit-log": {"GET": admin.list_audit_log},
    "/v1/admin/api-keys": {"POST": admin.create_api_key, "GET": admin.list_api_keys},
    "/v1/admin/api-keys/{key_id}": {"DELETE": admin.revoke_api_key},
}


def _dispatcher(endpoints: dict[str, Endpoint]) -> Callable[[Request], Any]:
    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        request.scope["path_params"] = decoded_path_params(request.scope)
        return await endpoints[method](request)

    return dispatch


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and unsupported methods answer with the error envelope (405 keeps `Allow`)."""
    assert isinstance(exc, HTTPException)
    code = {404: "route_not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    error = ApiError(exc.status_code, code, str(exc.detail), headers=dict(exc.headers or {}))
    return error_response(error, new_request_id())


def create_app(config: ServerConfig) -> Starlette:
    """Build the ASGI app: check the settings, open (or create) the database, set the admin key, bind every route.

    Raises `ConfigError` for settings the server must not start with (a weak admin key). The admin
    secret generated on first start is in `app.state.first_admin_secret` (else `None`).
    """
    config.validate()
    db = Database(config.db_path, SCHEMA, busy_timeout=config.db_busy_timeout, migrations=[idempotency.migrate])
    contract = load_contract()
    meter = UsageMeter(db)
    runs = RunEngine(db, config, meter)
    services = Services(
        config=config,
        db=db,
        contract=contract,
        auth=Authenticator(db),
        limiter=RateLimiter(config.rate_limit_per_minute),
        meter=meter,
        streams=StreamRegistry(config.max_streams, config.max_streams_per_key),
        runs=runs,
        cpu=ThreadPoolExecutor(2, "parley-cpu"),
    )
    routes = []
    for path, handlers in ROUTES.items():
        endpoints = {}
        for method, handler in handlers.items():
            operation = contract.operations[handler.__name__]
            if (operation.method, operation.path) != (method, path):
                raise RuntimeError(
                    f"{handler.__name__} is {operation.method} {operation.path} in the spec, not {method} {path}"
                )
            endpoints[method] = Endpoint(services, handler.__name__, handler)
        # Model ids may contain `/` (`openrouter/auto`, sent as `%2F`); Starlette decodes it before routing.
        route_path = path.replace("{model_id}", "{model_id:path}")
        routes.append(Route(route_path, _dispatcher(endpoints), methods=list(handlers)))
    chores = Chores(config, db, meter)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        db.bind(asyncio.get_running_loop())
        await runs.recover()
        chores.start()
        try:
            yield
        finally:
            await runs.shutdown()
            await chores.stop()
            services.cpu.shutdown(wait=False, cancel_futures=True)
            db.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: _http_error},
        middleware=[Middleware(KeepEncodedSlashes)],
    )
    app.state.services = services
    app.state.first_admin_secret = db.call_now(lambda: _bootstrap(db, config.admin_key))
    return app


def _bootstrap(db: Database, admin_key: str | None) -> str | None:
    """Make the environment's key the one bootstrap admin key (auditing what it revokes); return a generated secret."""
    secret, revoked = keys.ensure_bootstrap_key(db, admin_key)
    for key_id in revoked:
        audit.write(db, None, "api_key.revoke", "api_key", key_id, {"reason": "PARLEY_ADMIN_KEY changed"}, None)
    return secret
