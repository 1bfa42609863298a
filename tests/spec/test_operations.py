"""Every operation the contract promises exists, is named, tagged and routed as the house rules say."""

from __future__ import annotations

import re

from tests.spec_model import Spec

# The operations issue #2 names, by area (the tag each must carry).
REQUIRED_OPERATIONS = {
    "system": ["get_health"],
    "models": ["list_models", "get_model"],
    "completions": ["create_chat_completion"],
    "sessions": ["list_sessions", "get_session", "update_session", "delete_session"],
    "threads": [
        "create_thread", "list_threads", "get_thread", "update_thread", "delete_thread",
        "list_thread_items", "chat_thread", "cancel_thread_run", "get_thread_run",
        "stream_thread_run_events", "create_item_feedback", "run_thread_action", "retry_thread_run",
    ],
    "attachments": ["upload_attachment", "get_attachment", "download_attachment_content", "delete_attachment"],
    "workspaces": [
        "create_workspace", "list_workspaces", "get_workspace", "get_workspace_by_client_id",
        "update_workspace", "send_workspace_message", "list_workspace_messages", "send_typing_preview",
        "get_typing_preview", "end_workspace", "list_workspace_drafts", "approve_workspace_draft",
        "reject_workspace_draft", "send_agent_message",
    ],
    "admin": [
        "get_platform_stats", "list_admins", "add_admin", "remove_admin", "list_audit_log",
        "create_api_key", "list_api_keys", "revoke_api_key",
    ],
}  # fmt: skip

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def test_spec_is_openapi_3_1_with_relative_server(spec: Spec) -> None:
    assert spec.doc["openapi"] == "3.1.0"
    assert spec.doc["servers"] == [{"url": "/"}]


def test_every_required_operation_exists_with_its_area_tag(spec: Spec) -> None:
    tags_by_id = {op.operation_id: op.raw.get("tags") for op in spec.operations}
    for tag, operation_ids in REQUIRED_OPERATIONS.items():
        for operation_id in operation_ids:
            assert operation_id in tags_by_id, f"{operation_id} is missing from openapi.yaml"
            assert tags_by_id[operation_id] == [tag], f"{operation_id} must be tagged [{tag}]"


def test_operation_ids_are_unique_snake_case(spec: Spec) -> None:
    ids = [op.raw.get("operationId") for op in spec.operations]
    assert all(isinstance(i, str) and SNAKE_CASE.match(i) for i in ids), ids
    assert len(ids) == len(set(ids))


def test_every_operation_has_one_declared_tag_a_summary_and_a_description(spec: Spec) -> None:
    declared = {t["name"] for t in spec.doc["tags"]}
    for op in spec.operations:
        assert len(op.raw.get("tags", [])) == 1 and op.raw["tags"][0] in declared, op
        assert op.raw.get("summary"), f"{op} has no summary"
        assert op.raw.get("description"), f"{op} has no description"


def test_paths_are_under_v1_with_snake_case_parameters(spec: Spec) -> None:
    for op in spec.operations:
        assert op.path.startswith("/v1/"), op
        for name in re.findall(r"{([^}]+)}", op.path):
            assert SNAKE_CASE.match(name), f"{op}: path parameter {name}"
        declared = {p["name"] for p in spec.parameters(op) if p["in"] == "path"}
        assert declared == set(re.findall(r"{([^}]+)}", op.path)), op


def test_only_the_health_check_is_public(spec: Spec) -> None:
    assert spec.doc["security"] == [{"bearerAuth": []}]
    scheme = spec.doc["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    public = [op.operation_id for op in spec.operations if op.raw.get("security") == []]
    assert public == ["get_health"]
    for op in spec.operations:
        assert op.raw.get("security") in (None, [], ADMIN_RIGHTS), f"{op} overrides security"


# Operations that need admin rights: the admin area and the manager actions on workspaces.
MANAGER_ACTIONS = [
    "get_typing_preview", "list_workspace_drafts", "approve_workspace_draft", "reject_workspace_draft",
    "send_agent_message",
]  # fmt: skip
ADMIN_RIGHTS = [{"bearerAuth": ["admin"]}]


def test_operations_that_need_admin_rights_say_so_in_their_security(spec: Spec) -> None:
    needing = sorted(op.operation_id for op in spec.operations if op.raw.get("security") == ADMIN_RIGHTS)
    assert needing == sorted(REQUIRED_OPERATIONS["admin"] + MANAGER_ACTIONS)
    for op in spec.operations:
        if op.operation_id in needing:
            assert "403" in op.raw["responses"], f"{op} needs admin rights but documents no 403"
    caller = spec.operation("get_caller")
    assert caller.path == "/v1/me" and caller.raw.get("security") is None


def test_every_post_accepts_an_idempotency_key(spec: Spec) -> None:
    for op in spec.operations:
        names = {p["name"] for p in spec.parameters(op) if p["in"] == "header"}
        if op.method == "post":
            assert "Idempotency-Key" in names, f"{op} lacks the Idempotency-Key header"
            for status, response in spec.responses(op).items():
                if status.startswith("2"):
                    assert "Idempotent-Replayed" in response.get("headers", {}), f"{op} {status}"
        else:
            assert "Idempotency-Key" not in names, f"{op} is not a POST"
