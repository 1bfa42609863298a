"""Every operation that needs admin rights answers 403 to a user key, whichever user key it is.

Which operations need admin rights comes from the spec (their `security` requirement names the
`admin` role); which keys are user keys comes from the server itself (`get_caller`, `GET /v1/me`),
never from a guess. API_KEY and SECOND_KEY are both tried when the server says they are user keys:
a server that lets SECOND_KEY read the audit log fails here, naming the operation, instead of the
harness blaming the key. Each request is a real one (the user's own shadow workspace and its
pending draft, a key issued for the flow), so a 403 cannot be a 404 in disguise; if a broken server
accepts one, what it did is undone with the admin key when there is one.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..spec import Operation
from ._base import Flow, FlowContext, FlowFailure, FlowSkipped, Key
from ._http import RawHTTP, expect_json

ADMIN_ROLE = "admin"


def run(ctx: FlowContext) -> None:
    """Call every admin-rights operation with each user key (on that user's own resources): 403 each time."""
    server = ctx.server
    users = [key for key in (server.keys.get("client"), server.keys.get("second")) if key is not None]
    unknown = [key.label for key in users if key.role is None]
    users = [key for key in users if key.role == "user"]
    if not users:
        why = (
            f"the server did not say what {' and '.join(unknown)} may do (get_caller, GET /v1/me)"
            if unknown
            else "no user key: GET /v1/me says every key given is an admin key; pass a user's key as API_KEY"
        )
        raise FlowSkipped(why)
    guarded = [op for op in server.spec.operations if ADMIN_ROLE in op.roles]
    if not guarded:
        raise FlowSkipped("the spec names no operation that needs admin rights (security: bearerAuth: [admin])")
    target_key = _target_key(ctx)
    refusals: list[str] = []
    for key in users:
        http = ctx.raw(key)
        workspace_id, draft_id = _shadow_workspace(ctx, http)
        ids = {
            "workspace_id": workspace_id,
            "draft_id": draft_id,
            "key_id": target_key,
            "email": f"{ctx.tag}@example.com",
        }
        for op in guarded:
            refusals += _refused(ctx, http, key, op, ids)
        changed = http.request(
            "PATCH", f"/v1/workspaces/{workspace_id}", json_body={"mode": "ai"}
        )  # the spec: "sending `mode` needs an admin key"
        if changed.status_code != 403:
            refusals.append(
                f"update_workspace with `mode` (PATCH /v1/workspaces/{{workspace_id}}) answered "
                f"{changed.status_code} to {key.label}, a user key (GET /v1/me: role user), not 403"
            )
        own = http.request("GET", f"/v1/workspaces/{workspace_id}")
        expect_json(f"get_workspace with {key.label} on its own workspace", own, 200)
    if refusals:
        more = f" (and {len(refusals) - 1} more: {'; '.join(refusals[1:])})" if len(refusals) > 1 else ""
        raise FlowFailure(refusals[0] + more)


def _refused(ctx: FlowContext, http: RawHTTP, key: Key, op: Operation, ids: dict[str, str]) -> list[str]:
    """Call `op` with `key`; the failure, if it was not a 403 with the error envelope."""
    path = op.path
    for name, value in ids.items():
        path = path.replace("{" + name + "}", value)
    if "{" in path:
        ctx.notes.append(f"{op.operation_id} not tried: no value for a path parameter of {op.path}")
        return []
    headers = {"Idempotency-Key": str(uuid.uuid4())} if op.method == "POST" else None
    body = _body(ctx, op.request_example) if op.method in ("POST", "PATCH", "PUT") else None
    response = http.request(op.method, path, json_body=body, headers=headers)
    if response.status_code == 403:
        error = _error(response)
        if error is None:
            return [f"{op.operation_id} ({op.label}) answered 403 to {key.label} without the error envelope"]
        return []
    _undo(ctx, op)
    return [
        f"{op.operation_id} ({op.label}) answered {response.status_code} to {key.label}, a user key "
        f"(GET /v1/me: role user), not 403: the spec requires admin rights (security: bearerAuth: [admin])"
    ]


def _shadow_workspace(ctx: FlowContext, http: RawHTTP) -> tuple[str, str]:
    """The user's own shadow-mode workspace with one pending draft (ended when the flow ends)."""
    body = {"client_id": f"{ctx.tag}-{uuid.uuid4().hex[:6]}", "mode": "shadow", "model": ctx.model}
    body["initial_message"] = f"Is {ctx.tag} open today?"
    answer = http.request("POST", "/v1/workspaces", json_body=body, headers={"Idempotency-Key": str(uuid.uuid4())})
    opened = expect_json("create_workspace", answer, 201)
    workspace_id = str(opened["workspace"]["id"])
    ctx.cleanup(
        f"POST /v1/workspaces/{workspace_id}/end", lambda: http.request("POST", f"/v1/workspaces/{workspace_id}/end")
    )
    draft = opened.get("draft") or {}
    if not draft.get("id"):
        raise FlowFailure(f"create_workspace in shadow mode with an initial message answered no draft: {opened}")
    return workspace_id, str(draft["id"])


def _target_key(ctx: FlowContext) -> str:
    """A key issued for this flow (revoked at its end) when there is an admin key, else an id that names none."""
    if "admin" not in ctx.server.keys:
        return "key_parley_contract_none"
    admin = ctx.raw("admin")
    issued = admin.request(
        "POST",
        "/v1/admin/api-keys",
        json_body={"user_id": f"{ctx.tag}-target", "name": ctx.tag},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    key_id = str(expect_json("create_api_key", issued, 201)["id"])
    ctx.cleanup(f"DELETE /v1/admin/api-keys/{key_id}", lambda: admin.request("DELETE", f"/v1/admin/api-keys/{key_id}"))
    return key_id


def _body(ctx: FlowContext, example: Any) -> Any:
    """The spec's request example with the names it would change made this flow's own."""
    if not isinstance(example, dict):
        return example if example is not None else {}
    own = {"user_id": f"{ctx.tag}-target", "workos_id": f"{ctx.tag}-target", "email": f"{ctx.tag}@example.com"}
    return {name: own.get(name, value) for name, value in example.items()}


def _undo(ctx: FlowContext, op: Operation) -> None:
    """What a broken server did for a user key, undone with the admin key (when there is one)."""
    if "admin" not in ctx.server.keys:
        return
    admin = ctx.raw("admin")
    if op.operation_id == "add_admin":
        ctx.cleanup("remove_admin", lambda: admin.request("DELETE", f"/v1/admin/admins/{ctx.tag}@example.com"))
    elif op.operation_id == "create_api_key":

        def revoke() -> None:
            listed = admin.request("GET", "/v1/admin/api-keys", params={"user_id": f"{ctx.tag}-target", "limit": 100})
            for item in (listed.json().get("data") or []) if listed.status_code == 200 else []:
                admin.request("DELETE", f"/v1/admin/api-keys/{item['id']}")

        ctx.cleanup("revoke the keys a user key created", revoke)


def _error(response: Any) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) and error.get("type") else None


FLOW = Flow(
    name="user_authorization",
    title="every operation that needs admin rights answers 403 to each user key (roles from GET /v1/me)",
    tags=("admin", "workspaces"),
    run=run,
    uses=("get_caller", "create_workspace", "update_workspace", "get_workspace", "end_workspace"),
)
